import path from "node:path";
import type { GraphQLSchema } from "graphql";
import { buildSchema, type NonEmptyArray } from "type-graphql";
import { accessGuard } from "./core/access";
import { ApiKeyResolver } from "./modules/api-keys/api-key.resolver";
import { AuditEventResolver } from "./modules/audit/audit.resolver";
import { AuthResolver } from "./modules/auth/auth.resolver";
import { BeneficiaryResolver } from "./modules/beneficiaries/beneficiary.resolver";
import { CommunityResolver, DistrictResolver } from "./modules/geography/geography.resolver";
import { PartnerResolver } from "./modules/organisation/partner.resolver";
import { UnitResolver } from "./modules/organisation/unit.resolver";
import { IndicatorResolver, ProgramResolver } from "./modules/programs/program.resolver";
import { UserResolver } from "./modules/users/user.resolver";

/** The one list of resolvers. */
export const resolvers: NonEmptyArray<Function> = [
  AuthResolver,
  UserResolver,
  ApiKeyResolver,
  AuditEventResolver,
  UnitResolver,
  PartnerResolver,
  DistrictResolver,
  CommunityResolver,
  ProgramResolver,
  IndicatorResolver,
  BeneficiaryResolver,
];

export const SCHEMA_FILE = path.resolve(__dirname, "../schema.graphql");

let built: Promise<GraphQLSchema> | undefined;

/** Builds the schema once per process; every field passes the access guard. */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    globalMiddlewares: [accessGuard],
    // Inputs are validated by runMutation, which turns problems into userErrors.
    validate: false,
    emitSchemaFile: false,
  });
  return built;
}
