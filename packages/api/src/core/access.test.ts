import type { Role } from "@nk/shared";
import { type GraphQLFieldConfig, GraphQLObjectType, type GraphQLResolveInfo, GraphQLString } from "graphql";
import { type DirectDatabase, directDatabase } from "../../test/direct";
import { accessGuard, closedUntilEnrolled } from "./access";
import type { Context, Viewer } from "./context";

/**
 * The access guard as every field of the schema runs it: a field without a rule is closed, a
 * refusal answers UNAUTHENTICATED to an anonymous caller and FORBIDDEN to anyone else, and each
 * refusal to a signed-in user or a key is written to the audit log once per field and request.
 */
let u: DirectDatabase;
beforeAll(async () => {
  u = await directDatabase();
});
afterAll(() => u?.stop());

const staff = (role: Role, extra: Partial<Extract<Viewer, { kind: "user" }>> = {}): Viewer => ({
  kind: "user",
  userId: "00000000-0000-4000-8000-0000000000a1",
  role,
  unitIds: [],
  sessionId: "s-1",
  ...extra,
});
const partner: Viewer = {
  kind: "partner",
  apiKeyId: "00000000-0000-4000-8000-0000000000b1",
  partnerId: "00000000-0000-4000-8000-0000000000c1",
  scopes: ["READ_CAMPAIGNS"],
};

const field = (allow?: string[], duringEnrolment?: boolean): GraphQLFieldConfig<unknown, unknown> => ({
  type: GraphQLString,
  extensions: { ...(allow ? { allow } : {}), ...(duringEnrolment ? { duringEnrolment } : {}) },
});
const fields = {
  open: field(["PUBLIC"]),
  admins: field(["ADMIN"]),
  coordinators: field(["COORDINATOR"]),
  unruled: field(),
  enrol: field(["ADMIN", "CASE_WORKER"], true),
  casework: field(["CASE_WORKER"]),
};
const Query = new GraphQLObjectType({ name: "Query", fields });
const Mutation = new GraphQLObjectType({ name: "Mutation", fields });
const Subscription = new GraphQLObjectType({ name: "Subscription", fields });
const Beneficiary = new GraphQLObjectType({ name: "Beneficiary", extensions: { allow: ["CASE_WORKER"] }, fields });

/** What the guard makes of `type.fieldName` for `context`: the value `next` gave, or the error's code and message. */
async function guard(context: Context, type: GraphQLObjectType, fieldName: string) {
  const info = { parentType: type, fieldName } as unknown as GraphQLResolveInfo;
  let nextCalls = 0;
  try {
    const value = await accessGuard({ root: {}, args: {}, context, info }, () => {
      nextCalls++;
      return Promise.resolve(`resolved ${fieldName}`);
    });
    return { value, nextCalls };
  } catch (error) {
    const e = error as Error & { extensions?: Record<string, unknown> };
    return { code: e.extensions?.code, reason: e.extensions?.reason, message: e.message, nextCalls };
  }
}

const FORBIDDEN = { code: "FORBIDDEN", reason: undefined, message: "You are not allowed to do this.", nextCalls: 0 };

async function deniedOf(actorId: string) {
  return u.sql<{ actor_type: string; actor_role: string; entity_type: string | null; field: string }>(
    "SELECT actor_type, actor_role, entity_type, details->>'field' AS field FROM audit_event WHERE action = 'DENIED' AND actor_id = $1 ORDER BY id",
    [actorId],
  );
}

describe("the access guard", () => {
  it("passes a caller the rule names on to the resolver", async () => {
    expect(await guard(u.context(null), Query, "open")).toEqual({ value: "resolved open", nextCalls: 1 });
    expect(await guard(u.context(staff("ADMIN")), Query, "admins")).toEqual({ value: "resolved admins", nextCalls: 1 });
    expect(await guard(u.context(staff("CASE_WORKER")), Beneficiary, "unruled")).toEqual({ value: "resolved unruled", nextCalls: 1 });
    expect(await guard(u.context(partner), Beneficiary, "open")).toEqual({ value: "resolved open", nextCalls: 1 });
  });

  it("closes a field without a rule to everyone, and logs it", async () => {
    const before = u.logged.length;
    expect(await guard(u.context(staff("ADMIN")), Query, "unruled")).toEqual(FORBIDDEN);
    expect(await guard(u.context(null), Query, "unruled")).toEqual(FORBIDDEN);
    expect(await guard(u.context(staff("ADMIN")), Query, "notInTheType")).toEqual(FORBIDDEN);
    expect(u.logged.slice(before).map((l) => ({ level: l.level, field: l.field, msg: l.msg }))).toEqual([
      { level: 50, field: "Query.unruled", msg: "field without an access rule" },
      { level: 50, field: "Query.unruled", msg: "field without an access rule" },
      { level: 50, field: "Query.notInTheType", msg: "field without an access rule" },
    ]);
  });

  it("asks an anonymous caller to sign in and writes nothing for her", async () => {
    const before = await u.sql<{ n: number }>("SELECT count(*)::int AS n FROM audit_event");
    expect(await guard(u.context(null), Query, "admins")).toEqual({
      code: "UNAUTHENTICATED",
      reason: undefined,
      message: "Sign in to do this.",
      nextCalls: 0,
    });
    expect(await u.sql("SELECT count(*)::int AS n FROM audit_event")).toEqual(before);
  });

  it("refuses a signed-in user and audits each refused field once per request", async () => {
    const trainerId = "00000000-0000-4000-8000-0000000000a2";
    const viewer = staff("TRAINER", { userId: trainerId });
    const request = u.context(viewer);
    expect(await guard(request, Query, "admins")).toEqual(FORBIDDEN);
    expect(await guard(request, Query, "admins")).toEqual(FORBIDDEN);
    expect(await guard(request, Beneficiary, "admins")).toEqual(FORBIDDEN);
    expect(await guard(request, Beneficiary, "unruled")).toEqual(FORBIDDEN);
    expect(await guard(request, Beneficiary, "unruled")).toEqual(FORBIDDEN);
    const trainer = { actor_type: "USER", actor_role: "TRAINER", entity_type: null };
    expect(await deniedOf(trainerId)).toEqual([
      { ...trainer, field: "Query.admins" },
      { ...trainer, field: "Beneficiary.admins" },
      { ...trainer, field: "Beneficiary.unruled" },
    ]);
    expect([...request.denied].sort()).toEqual(["Beneficiary.admins", "Beneficiary.unruled", "Query.admins"]);
    // The next request is audited again.
    expect(await guard(u.context(viewer), Query, "admins")).toEqual(FORBIDDEN);
    expect((await deniedOf(trainerId)).map((r) => r.field)).toEqual([
      "Query.admins",
      "Beneficiary.admins",
      "Beneficiary.unruled",
      "Query.admins",
    ]);
  });

  it("audits a partner key's refusal under the key", async () => {
    expect(await guard(u.context(partner), Query, "coordinators")).toEqual(FORBIDDEN);
    expect(await deniedOf(partner.apiKeyId)).toEqual([
      { actor_type: "PARTNER", actor_role: "PARTNER", entity_type: null, field: "Query.coordinators" },
    ]);
  });

  const ENROL = {
    code: "FORBIDDEN",
    reason: "MFA_ENROLMENT_REQUIRED",
    message: "Your role requires two-step sign-in: set up an authenticator first.",
    nextCalls: 0,
  };

  it.each([Query, Mutation, Subscription])(
    "closes %s operations to someone who must still enrol her second step, but enrolment's own",
    async (root) => {
      const request = u.context(staff("CASE_WORKER", { mustEnrol: true, userId: "00000000-0000-4000-8000-0000000000a3" }));
      expect(await guard(request, root, "casework")).toEqual(ENROL);
      expect(await guard(request, root, "open")).toEqual(ENROL);
      expect(await guard(request, root, "enrol")).toEqual({ value: "resolved enrol", nextCalls: 1 });
      // What her role does not reach is refused as to anyone, and audited.
      expect(await guard(request, root, "admins")).toEqual(FORBIDDEN);
      expect(await deniedOf("00000000-0000-4000-8000-0000000000a3")).toEqual(
        expect.arrayContaining([expect.objectContaining({ field: `${root.name}.admins` })]),
      );
    },
  );

  it("leaves nested fields, other staff and partner keys to their rules alone", async () => {
    const enrolling = u.context(staff("CASE_WORKER", { mustEnrol: true }));
    expect(await guard(enrolling, Beneficiary, "casework")).toEqual({ value: "resolved casework", nextCalls: 1 });
    expect(await guard(u.context(staff("CASE_WORKER", { mustEnrol: false })), Query, "casework")).toEqual({
      value: "resolved casework",
      nextCalls: 1,
    });
    expect(await guard(u.context(staff("CASE_WORKER")), Query, "casework")).toEqual({ value: "resolved casework", nextCalls: 1 });
    expect(await guard(u.context(partner), Query, "open")).toEqual({ value: "resolved open", nextCalls: 1 });
  });
});

describe("closed until enrolled", () => {
  const rootField = (type: GraphQLObjectType, name: string) => {
    const f = type.getFields()[name];
    if (!f) throw new Error(`${type.name}.${name} is missing`);
    return f;
  };

  it("closes only root operations, only to a user who must enrol, except enrolment's own", () => {
    const enrolling = staff("COORDINATOR", { mustEnrol: true });
    for (const root of [Query, Mutation, Subscription]) {
      expect(closedUntilEnrolled(enrolling, root.name, rootField(root, "casework"))).toBe(true);
      expect(closedUntilEnrolled(enrolling, root.name, rootField(root, "enrol"))).toBe(false);
    }
    expect(closedUntilEnrolled(enrolling, "Beneficiary", rootField(Beneficiary, "casework"))).toBe(false);
    expect(closedUntilEnrolled(staff("COORDINATOR"), "Query", rootField(Query, "casework"))).toBe(false);
    expect(closedUntilEnrolled(staff("COORDINATOR", { mustEnrol: false }), "Query", rootField(Query, "casework"))).toBe(false);
    expect(closedUntilEnrolled(partner, "Query", rootField(Query, "casework"))).toBe(false);
    expect(closedUntilEnrolled(null, "Query", rootField(Query, "casework"))).toBe(false);
  });
});
