import { graphql } from "../../../test/gql";
import { Client, codes, LOGIN, PASSWORD, present, startTestPlatform, type TestPlatform } from "../../../test/harness";

let t: TestPlatform;
beforeAll(async () => {
  t = await startTestPlatform();
});
afterAll(() => t?.stop());

let addresses = 0;
/** A client calling from an address of its own (the API trusts X-Forwarded-For from loopback), so throttling stays per test. */
function from(address = `198.51.100.${++addresses}`): Client {
  return new Client(t.url, { "x-forwarded-for": address });
}

const INVITE = graphql(`
  mutation InvitationInvite($input: InviteUserInput!) {
    inviteUser(input: $input) {
      user { id email fullName role status invitationExpiresAt units { code } }
      invitation { token expiresAt }
      userErrors { code field params }
    }
  }
`);
const PREVIEW = graphql(`query InvitationPreview($token: String!) { invitation(token: $token) { state fullName role expiresAt } }`);
const ACCEPT = graphql(`
  mutation InvitationAccept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accepted userErrors { code field params } } }
`);
const REISSUE = graphql(`
  mutation InvitationReissue($input: InvitationUserInput!) {
    reissueInvitation(input: $input) { user { id status invitationExpiresAt } invitation { token expiresAt } userErrors { code field params } }
  }
`);
const CANCEL = graphql(`
  mutation InvitationCancel($input: InvitationUserInput!) { cancelInvitation(input: $input) { user { id status archivedAt } userErrors { code field params } } }
`);
const STATUS = graphql(`query InvitationStatus($id: ID!) { user(id: $id) { id status invitationExpiresAt } }`);

let invited = 0;
async function invite(role: "CASE_WORKER" | "TRAINER" = "CASE_WORKER") {
  const email = `invited-${++invited}-${Date.now()}@test.example`;
  const r = await t.admin.ok(INVITE, {
    input: { email, fullName: `Нигина Invited ${invited}`, role, unitIds: [await t.unitId("CRISIS")] },
  });
  expect(r.inviteUser.userErrors).toEqual([]);
  const user = present(r.inviteUser.user, "the invited user");
  const invitation = present(r.inviteUser.invitation, "the invitation");
  return { user, token: invitation.token, expiresAt: invitation.expiresAt, email };
}

const signIn = (client: Client, email: string, password: string) => client.gql(LOGIN, { input: { email, password } });
const NEW_PASSWORD = "Her-Own-Password-2026";

describe("inviting a staff member", () => {
  it("makes an invited account that cannot sign in, shows her only name and role, and accepts the link once", async () => {
    const { user, token, expiresAt, email } = await invite();
    expect(user).toMatchObject({ email, role: "CASE_WORKER", status: "INVITED", units: [{ code: "CRISIS" }] });
    expect(token.length).toBeGreaterThanOrEqual(43); // 32 random bytes, base64url
    const days = (new Date(expiresAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);
    expect(user.invitationExpiresAt).toBe(expiresAt);

    // Only the hash is stored.
    const [row] = await t.sql<{ token_hash: Buffer }>("SELECT token_hash FROM invitation WHERE user_id = $1", [user.id]);
    expect(present(row, "the invitation row").token_hash.toString("base64url")).not.toBe(token);
    expect(JSON.stringify(await t.sql("SELECT * FROM invitation WHERE user_id = $1", [user.id]))).not.toContain(token);

    // Before accepting she cannot sign in, whatever she types: the answer of a wrong password.
    const her = from();
    const early = await signIn(her, email, PASSWORD);
    expect(early.data?.login.userErrors.map((e) => e.code)).toEqual(["INVALID_CREDENTIALS"]);

    // The page of her link: her name and role, nothing else.
    const preview = await her.ok(PREVIEW, { token });
    expect(preview.invitation).toEqual({ state: "OPEN", fullName: user.fullName, role: "CASE_WORKER", expiresAt });

    // A password too short is refused on its field, and the link still works.
    const short = await her.ok(ACCEPT, { input: { token, email, password: "short" } });
    expect(short.acceptInvitation.userErrors.map((e) => [e.field, e.code])).toEqual([[["input", "password"], "TOO_SHORT"]]);
    // The link alone does not open the account: her email must be the one the admin entered.
    const other = await her.ok(ACCEPT, { input: { token, email: `someone-else-${email}`, password: NEW_PASSWORD } });
    expect(other.acceptInvitation).toEqual({
      accepted: null,
      userErrors: [{ code: "MISMATCH", field: ["input", "email"], params: { field: "token" } }],
    });
    expect((await t.admin.ok(STATUS, { id: user.id })).user?.status).toBe("INVITED");
    const accepted = await her.ok(ACCEPT, { input: { token, email: email.toUpperCase(), password: NEW_PASSWORD } });
    expect(accepted.acceptInvitation).toEqual({ accepted: true, userErrors: [] });

    const signedIn = await signIn(her, email, NEW_PASSWORD);
    expect(signedIn.data?.login.userErrors).toEqual([]);
    expect(signedIn.data?.login.viewer?.user?.email).toBe(email);
    expect((await t.admin.ok(STATUS, { id: user.id })).user).toEqual({ id: user.id, status: "ACTIVE", invitationExpiresAt: null });

    // Single use: the same link again is refused and tells no name.
    const again = await from().ok(ACCEPT, { input: { token, email, password: "Another-Password-2026" } });
    expect(again.acceptInvitation).toEqual({
      accepted: null,
      userErrors: [{ code: "INVALID_STATE", field: ["input", "token"], params: { state: "INVITATION_USED" } }],
    });
    expect((await from().ok(PREVIEW, { token })).invitation).toEqual({ state: "USED", fullName: null, role: null, expiresAt: null });
    expect((await signIn(from(), email, NEW_PASSWORD)).data?.login.userErrors).toEqual([]);
    const reissued = await t.admin.ok(REISSUE, { input: { userId: user.id } });
    expect(reissued.reissueInvitation.userErrors).toEqual([
      { code: "INVALID_STATE", field: ["input", "userId"], params: { state: "ACCEPTED" } },
    ]);

    // Audited: invited (by the admin) and accepted; no token in the details.
    const events = await t.sql<{ action: string; actor_type: string; details: unknown }>(
      "SELECT action, actor_type, details FROM audit_event WHERE entity_id = $1 AND action LIKE 'INVIT%' ORDER BY id",
      [user.id],
    );
    expect(events).toEqual([
      { action: "INVITE", actor_type: "USER", details: { role: "CASE_WORKER" } },
      { action: "INVITATION_ACCEPTED", actor_type: "ANONYMOUS", details: null },
    ]);
  });

  it("refuses an unknown and an expired link without naming anyone", async () => {
    const { user, token, email } = await invite("TRAINER");
    const client = from();
    const unknown = await client.ok(ACCEPT, { input: { token: "x".repeat(43), email: "nobody@test.example", password: NEW_PASSWORD } });
    expect(unknown.acceptInvitation).toEqual({
      accepted: null,
      userErrors: [{ code: "NOT_FOUND", field: ["input", "token"], params: null }],
    });
    expect((await client.ok(PREVIEW, { token: "x".repeat(43) })).invitation).toBeNull();

    await t.sql("UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE user_id = $1", [user.id]);
    expect((await client.ok(PREVIEW, { token })).invitation).toEqual({ state: "EXPIRED", fullName: null, role: null, expiresAt: null });
    const expired = await client.ok(ACCEPT, { input: { token, email, password: NEW_PASSWORD } });
    expect(expired.acceptInvitation).toEqual({
      accepted: null,
      userErrors: [{ code: "INVALID_STATE", field: ["input", "token"], params: { state: "INVITATION_EXPIRED" } }],
    });
    // The admin sees she is still invited, with a link that expired (in the past): time for a new one.
    const status = present((await t.admin.ok(STATUS, { id: user.id })).user, "her account");
    expect(status.status).toBe("INVITED");
    expect(new Date(present(status.invitationExpiresAt, "the expiry")).getTime()).toBeLessThan(Date.now());
  });

  it("re-issues a link (the old one stops working) and cancels an invitation (the account is deactivated)", async () => {
    const { user, token: first, email } = await invite();
    const reissued = await t.admin.ok(REISSUE, { input: { userId: user.id } });
    expect(reissued.reissueInvitation.userErrors).toEqual([]);
    const second = present(reissued.reissueInvitation.invitation, "the new link").token;
    expect(second).not.toBe(first);
    expect(reissued.reissueInvitation.user?.invitationExpiresAt).toBe(reissued.reissueInvitation.invitation?.expiresAt);
    const client = from();
    expect((await client.ok(PREVIEW, { token: first })).invitation?.state).toBe("CANCELLED");
    expect((await client.ok(PREVIEW, { token: second })).invitation?.state).toBe("OPEN");

    const cancelled = await t.admin.ok(CANCEL, { input: { userId: user.id } });
    expect(cancelled.cancelInvitation.userErrors).toEqual([]);
    expect(cancelled.cancelInvitation.user?.status).toBe("DEACTIVATED");
    const late = await client.ok(ACCEPT, { input: { token: second, email, password: NEW_PASSWORD } });
    expect(late.acceptInvitation.userErrors).toEqual([
      { code: "INVALID_STATE", field: ["input", "token"], params: { state: "INVITATION_CANCELLED" } },
    ]);

    const events = await t.sql<{ action: string }>(
      "SELECT action FROM audit_event WHERE entity_id = $1 AND action LIKE 'INVIT%' ORDER BY id",
      [user.id],
    );
    expect(events.map((e) => e.action)).toEqual(["INVITE", "INVITATION_REISSUED", "INVITATION_CANCELLED"]);
  });

  it("throttles wrong links per address as failed sign-ins are", async () => {
    const { token, email } = await invite();
    const guesser = from();
    for (let i = 0; i < t.config.login.freeFailures; i++) {
      const r = await guesser.ok(ACCEPT, { input: { token: `guess-${i}-${"y".repeat(40)}`, email, password: NEW_PASSWORD } });
      expect(r.acceptInvitation.userErrors.map((e) => e.code)).toEqual(["NOT_FOUND"]);
    }
    // Now even the right link waits from that address, and the page's query too.
    const blocked = await guesser.gql(ACCEPT, { input: { token, email, password: NEW_PASSWORD } });
    expect(codes(blocked)).toEqual(["RATE_LIMITED"]);
    expect(codes(await guesser.gql(PREVIEW, { token }))).toEqual(["RATE_LIMITED"]);
    // Someone else, elsewhere, is not held back by it.
    const her = await from().ok(ACCEPT, { input: { token, email, password: NEW_PASSWORD } });
    expect(her.acceptInvitation.userErrors).toEqual([]);
  });

  it("is for admins only", async () => {
    const coordinator = await t.signedIn("COORDINATOR");
    const refused = await coordinator.gql(INVITE, {
      input: { email: "no@test.example", fullName: "No One", role: "TRAINER", unitIds: [] },
    });
    expect(codes(refused)).toEqual(["FORBIDDEN"]);
    expect(
      codes(await t.anonymous().gql(INVITE, { input: { email: "no@test.example", fullName: "No One", role: "TRAINER", unitIds: [] } })),
    ).toEqual(["UNAUTHENTICATED"]);
    const { user } = await invite();
    expect(codes(await coordinator.gql(REISSUE, { input: { userId: user.id } }))).toEqual(["FORBIDDEN"]);
    expect(codes(await coordinator.gql(CANCEL, { input: { userId: user.id } }))).toEqual(["FORBIDDEN"]);
    expect(await t.sql("SELECT 1 FROM \"user\" WHERE email = 'no@test.example'")).toEqual([]);
  });
});
