import type { MiddlewareFn } from "type-graphql";
import { audit } from "./audit";
import type { Context } from "./context";
import { ApiError, forbidden, unauthenticated } from "./errors";
import { allowedDuringEnrolment, allows, grantsOf } from "./grants";

export { Allow, AllowDuringEnrolment, allows, type Grant, grantsOf, hasRole, PERSONAL_DATA, STAFF } from "./grants";

const isRoot = (type: string) => type === "Query" || type === "Mutation" || type === "Subscription";

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
  // Nested fields run only under a root field that passed: checking the root is enough.
  if (context.viewer?.kind === "user" && context.viewer.mustEnrol && isRoot(info.parentType.name) && !allowedDuringEnrolment(field)) {
    throw new ApiError("FORBIDDEN", "Your role requires two-step sign-in: set up an authenticator first.", {
      reason: "MFA_ENROLMENT_REQUIRED",
    });
  }
  return next();
};
