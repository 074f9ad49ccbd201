import { type ApiKeyScope, ROLES, type Role } from "@nk/shared";
import type { GraphQLField, GraphQLObjectType } from "graphql";
import { Extensions } from "type-graphql";
import type { Viewer } from "./context";

/**
 * Who may reach a type, field or operation:
 * - a staff role;
 * - `SELF`: the signed-in user, on fields of their own User record;
 * - `PARTNER`: any partner API key, or `PARTNER:<scope>` one holding that scope;
 * - `PUBLIC`: anyone, signed in or not (sign-in itself, health of the API).
 */
export type Grant = Role | "SELF" | "PUBLIC" | "PARTNER" | `PARTNER:${ApiKeyScope}`;

export const STAFF: readonly Grant[] = ROLES;
/** Staff who may read personal data of beneficiaries. */
export const PERSONAL_DATA: readonly Grant[] = ["ADMIN", "COORDINATOR", "CASE_WORKER"];

const EXTENSION = "allow";
const DURING_ENROLMENT = "duringEnrolment";

/**
 * Declares who may reach a type (default for all its fields), a field or an operation. Stored in
 * the schema's extensions, so the rule travels with the field and a test can walk the schema.
 */
export function Allow(...grants: Grant[]): ClassDecorator & MethodDecorator & PropertyDecorator {
  if (grants.length === 0) throw new Error("Allow() needs at least one grant");
  return Extensions({ [EXTENSION]: grants });
}

/**
 * Marks a root operation that a staff member who must still set up her second step may call
 * (signing in and out, the viewer, the enrolment itself); every other one is refused to her.
 */
export function AllowDuringEnrolment(): MethodDecorator {
  return Extensions({ [DURING_ENROLMENT]: true });
}

export function allowedDuringEnrolment(field: GraphQLField<unknown, unknown>): boolean {
  return field.extensions[DURING_ENROLMENT] === true;
}

export function grantsOf(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>): readonly Grant[] | undefined {
  const own = field.extensions[EXTENSION] as Grant[] | undefined;
  if (own) return own;
  if (type.name === "Query" || type.name === "Mutation" || type.name === "Subscription") return undefined;
  return type.extensions[EXTENSION] as Grant[] | undefined;
}

export function allows(grants: readonly Grant[], viewer: Viewer | null, root?: unknown): boolean {
  for (const grant of grants) {
    if (grant === "PUBLIC") return true;
    if (!viewer) continue;
    if (viewer.kind === "user") {
      if (grant === viewer.role) return true;
      if (grant === "SELF" && (root as { id?: unknown } | undefined)?.id === viewer.userId) return true;
    } else if (grant === "PARTNER") {
      return true;
    } else if (grant.startsWith("PARTNER:") && viewer.scopes.includes(grant.slice(8) as ApiKeyScope)) {
      return true;
    }
  }
  return false;
}

export function hasRole(viewer: Viewer | null, ...roles: Role[]): boolean {
  return viewer?.kind === "user" && roles.includes(viewer.role);
}
