import type { GraphQLField } from "graphql";
import type { MiddlewareFn } from "type-graphql";
import { audit } from "./audit";
import type { Context } from "./context";
import { ApiError, forbidden, unauthenticated } from "./errors";
import { allowedDuringEnrolment, allows, grantsOf } from "./grants";

export { Allow, AllowDuringEnrolment, allows, type Grant, grantsOf, hasRole, PERSONAL_DATA, STAFF } from "./grants";

const isRoot = (type: string) => type === "Query" || type === "Mutation" || type === "Subscription";

/**
 * Whether a root operation is closed to this viewer because her role requires a second step she
 * has not set up yet. Nested fields run only under a root field that passed: the root is enough.
 */
export function closedUntilEnrolled(viewer: Context["viewer"], type: string, field: GraphQLField<unknown, unknown>): boolean {
  return viewer?.kind === "user" && viewer.mustEnrol === true && isRoot(type) && !allowedDuringEnrolment(field);
}

/**
 * Runs before every field: a field without a declared rule is closed to everyone. A refusal to a
 * signed-in user or a key is written to the audit log, once per field and request.
 */
export const accessGuard: MiddlewareFn<Context> = async ({ info, context, root }, next) => {
  const field = info.parentType.getFields()[info.fieldName];
  const grants = field && grantsOf(info.parentType, field);
  if (!grants) {
    context.log.error({ field: `${info.parentType.name}.${info.fieldName}` }, "field without an access rule");
    throw forbidden();
  }
  if (!allows(grants, context.viewer, root)) {
    if (!context.viewer) throw unauthenticated();
    const name = `${info.parentType.name}.${info.fieldName}`;
    if (!context.denied.has(name)) {
      context.denied.add(name);
      await audit(context, { action: "DENIED", details: { field: name } });
    }
    throw forbidden();
  }
  if (closedUntilEnrolled(context.viewer, info.parentType.name, field)) {
    throw new ApiError("FORBIDDEN", "Your role requires two-step sign-in: set up an authenticator first.", {
      reason: "MFA_ENROLMENT_REQUIRED",
    });
  }
  return next();
};
