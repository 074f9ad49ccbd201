import { authenticator } from "otplib";
import { graphql } from "../../../test/gql";
import { Client, codes, PASSWORD, present, startTestPlatform, type TestPlatform } from "../../../test/harness";
import { loadConfig } from "../../core/config";

let t: TestPlatform;
beforeAll(async () => {
  t = await startTestPlatform((config) => {
    // The harness's admin signs in with a password alone; the case roles here need a second step.
    config.mfa.requiredRoles = ["COORDINATOR", "CASE_WORKER"];
    config.login.freeFailures = 3;
  });
});
afterAll(() => t?.stop());

const SIGN_IN = graphql(`mutation SignIn($input: LoginInput!) {
  login(input: $input) { step viewer { user { email } session { mfa enrolmentRequired } } mfaChallenge { token expiresAt } userErrors { field code } }
}`);
const VERIFY = graphql(`mutation Verify($input: VerifyMfaInput!) {
  verifyMfa(input: $input) { step viewer { user { email } session { mfa enrolmentRequired } } userErrors { field code } }
}`);
const BEGIN = graphql(`mutation Begin($input: BeginMfaEnrolmentInput!) {
  beginMfaEnrolment(input: $input) { enrolment { secret otpauthUri qrCodeDataUrl } userErrors { field code } }
}`);
const CONFIRM = graphql(
  `mutation Confirm($input: MfaCodeInput!) { confirmMfaEnrolment(input: $input) { recoveryCodes userErrors { field code } } }`,
);
const DISABLE = graphql(`mutation Disable($input: MfaCodeInput!) { disableMfa(input: $input) { ok userErrors { field code params } } }`);
const RESET = graphql(`mutation Reset($input: IdInput!) { resetUserMfa(input: $input) { user { id mfaEnabled } userErrors { code } } }`);
const ME = graphql(`query MfaViewer { viewer { session { mfa enrolmentRequired } mfa { enabled required enabledAt recoveryCodesLeft } } }`);
const CASES = graphql(`query MfaCases { cases(first: 1) { totalCount } }`);

/** The code an authenticator app shows `steps` steps of 30 s from now (the server accepts one step either side). */
const codeAt = (secret: string, steps = 0) => authenticator.clone({ epoch: Date.now() + steps * 30_000 }).generate(secret);

let addresses = 0;
const from = () => new Client(t.url, { "x-forwarded-for": `192.0.2.${++addresses}` });

/** A staff member with an enrolled authenticator: her secret and recovery codes. */
async function enrolled(role: "CASE_WORKER" | "TRAINER") {
  const user = await t.signedIn(role, ["CRISIS"]);
  const begun = await user.ok(BEGIN, { input: { password: PASSWORD } });
  const secret = present(begun.beginMfaEnrolment.enrolment, "enrolment").secret as string;
  const confirmed = await user.ok(CONFIRM, { input: { code: codeAt(secret) } });
  return { user, secret, recoveryCodes: confirmed.confirmMfaEnrolment.recoveryCodes as string[] };
}

describe("enrolment", () => {
  it("lets a case worker who has not enrolled in only to enrol, then opens everything once she has", async () => {
    const user = await t.signedIn("CASE_WORKER", ["CRISIS"]);
    const signIn = await from().ok(SIGN_IN, { input: { email: user.email, password: PASSWORD } });
    expect(signIn.login).toMatchObject({ step: "MFA_ENROLMENT_REQUIRED", viewer: { session: { mfa: false, enrolmentRequired: true } } });
    const refused = await user.gql(CASES);
    expect(codes(refused)).toEqual(["FORBIDDEN"]);
    expect(refused.errors?.[0]?.extensions?.reason).toBe("MFA_ENROLMENT_REQUIRED");
    expect((await user.ok(ME)).viewer).toMatchObject({ mfa: { enabled: false, required: true, recoveryCodesLeft: 0 } });

    const wrongPassword = (await user.ok(BEGIN, { input: { password: "Not-Her-Password-1" } })).beginMfaEnrolment;
    expect(wrongPassword).toEqual({ enrolment: null, userErrors: [{ field: ["input", "password"], code: "INVALID_CREDENTIALS" }] });
    const begun = (await user.ok(BEGIN, { input: { password: PASSWORD } })).beginMfaEnrolment;
    expect(begun.userErrors).toEqual([]);
    const { secret, otpauthUri, qrCodeDataUrl } = present(begun.enrolment, "enrolment");
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUri).toBe(
      `otpauth://totp/NK%20Platform:${encodeURIComponent(user.email)}?secret=${secret}&period=30&digits=6&algorithm=SHA1&issuer=NK%20Platform`,
    );
    expect(qrCodeDataUrl).toMatch(/^data:image\/svg\+xml;base64,[A-Za-z0-9+/]+=*$/);
    // The secret is encrypted at rest under the data key.
    const [stored] = await t.sql("SELECT secret FROM mfa_factor WHERE user_id = $1", [user.userId]);
    expect(stored.secret).toMatch(/^v1:[0-9a-f]{8}:/);
    expect(stored.secret).not.toContain(secret);

    const wrong = await user.ok(CONFIRM, { input: { code: codeAt(secret, 4) } });
    expect(wrong.confirmMfaEnrolment).toEqual({ recoveryCodes: null, userErrors: [{ field: ["input", "code"], code: "INVALID_CODE" }] });
    expect(codes(await user.gql(CASES))).toEqual(["FORBIDDEN"]);

    const confirmed = (await user.ok(CONFIRM, { input: { code: codeAt(secret) } })).confirmMfaEnrolment;
    expect(confirmed.userErrors).toEqual([]);
    expect(confirmed.recoveryCodes).toHaveLength(10);
    expect(new Set(confirmed.recoveryCodes).size).toBe(10);
    for (const code of present(confirmed.recoveryCodes, "recoveryCodes"))
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    // Only hashes are kept.
    const hashes = await t.sql("SELECT encode(code_hash, 'escape') AS h FROM mfa_recovery_code WHERE user_id = $1", [user.userId]);
    expect(hashes).toHaveLength(10);
    for (const { h } of hashes)
      for (const code of present(confirmed.recoveryCodes, "recoveryCodes")) expect(h).not.toContain(code.replace(/-/g, ""));

    expect((await user.ok(ME)).viewer).toMatchObject({
      session: { mfa: true, enrolmentRequired: false },
      mfa: { enabled: true, required: true, recoveryCodesLeft: 10 },
    });
    expect(codes(await user.gql(CASES))).toEqual([]);
    const actions = await t.sql("SELECT action FROM audit_event WHERE entity_id = $1 AND action LIKE 'MFA%' ORDER BY id", [user.userId]);
    expect(actions.map((a) => a.action)).toEqual(["MFA_ENROLMENT_STARTED", "MFA_FAILED", "MFA_ENABLED"]);
  });

  it("lets anyone enrol of her own choice, and turn it off with a code unless her role requires it", async () => {
    const trainer = await enrolled("TRAINER");
    const off = await trainer.user.ok(DISABLE, { input: { code: codeAt(trainer.secret, 1) } });
    expect(off.disableMfa).toEqual({ ok: true, userErrors: [] });
    expect((await trainer.user.ok(ME)).viewer?.mfa?.enabled).toBe(false);

    const worker = await enrolled("CASE_WORKER");
    const refused = await worker.user.ok(DISABLE, { input: { code: codeAt(worker.secret, 1) } });
    expect(refused.disableMfa).toEqual({
      ok: null,
      userErrors: [{ field: ["input", "code"], code: "INVALID_STATE", params: { state: "REQUIRED" } }],
    });
  });
});

describe("signing in with a second step", () => {
  it("asks for the code after the password; the challenge opens nothing; the right code signs her in once", async () => {
    const { user, secret } = await enrolled("CASE_WORKER");
    const browser = from();
    const first = await browser.gql(SIGN_IN, { input: { email: user.email, password: PASSWORD } });
    expect(first.data?.login).toMatchObject({ step: "MFA_REQUIRED", viewer: null, userErrors: [] });
    expect(first.headers.get("set-cookie")).toBeNull();
    const token = present(first.data?.login.mfaChallenge, "mfaChallenge").token;
    expect(Date.parse(present(first.data?.login.mfaChallenge, "mfaChallenge").expiresAt)).toBeGreaterThan(Date.now());
    // Half signed in is not signed in: no session, and the token is no cookie.
    expect((await browser.ok(ME)).viewer).toBeNull();
    const asCookie = new Client(t.url);
    asCookie.cookie = `nk_session=${token}`;
    expect(codes(await asCookie.gql(CASES))).toEqual(["UNAUTHENTICATED"]);

    const none = await browser.ok(VERIFY, { input: { challenge: token } });
    expect(none.verifyMfa).toEqual({ step: null, viewer: null, userErrors: [{ field: ["input", "recoveryCode"], code: "INVALID_CODE" }] });
    const wrong = await browser.ok(VERIFY, { input: { challenge: token, code: codeAt(secret, 5) } });
    expect(wrong.verifyMfa.userErrors).toEqual([{ field: ["input", "code"], code: "INVALID_CODE" }]);

    const code = codeAt(secret, 1);
    const ok = await browser.gql(VERIFY, { input: { challenge: token, code } });
    expect(ok.data?.verifyMfa).toMatchObject({
      step: "SIGNED_IN",
      viewer: { user: { email: user.email }, session: { mfa: true } },
      userErrors: [],
    });
    expect(ok.headers.get("set-cookie")).toMatch(/^nk_session=/);
    expect(codes(await browser.gql(CASES))).toEqual([]);
    const [session] = await t.sql("SELECT mfa FROM session WHERE user_id = $1 ORDER BY created_at DESC LIMIT 1", [user.userId]);
    expect(session.mfa).toBe(true);

    // The same code again, inside its window, is refused; and the challenge was used up.
    const again = await from().ok(SIGN_IN, { input: { email: user.email, password: PASSWORD } });
    const replay = await from().ok(VERIFY, { input: { challenge: present(again.login.mfaChallenge, "mfaChallenge").token, code } });
    expect(replay.verifyMfa.userErrors).toEqual([{ field: ["input", "code"], code: "INVALID_CODE" }]);
    const used = await from().ok(VERIFY, { input: { challenge: token, code: codeAt(secret, -1) } });
    expect(used.verifyMfa.userErrors).toEqual([{ field: ["input", "challenge"], code: "INVALID_STATE" }]);
  });

  it("accepts each recovery code once", async () => {
    const { user, recoveryCodes } = await enrolled("TRAINER");
    const [code] = recoveryCodes as [string];
    const challenge = async () =>
      present((await from().ok(SIGN_IN, { input: { email: user.email, password: PASSWORD } })).login.mfaChallenge, "mfaChallenge").token;
    const browser = from();
    // Typed in lower case with spaces instead of dashes, as she may.
    const used = await browser.ok(VERIFY, { input: { challenge: await challenge(), recoveryCode: code.toLowerCase().replace(/-/g, " ") } });
    expect(used.verifyMfa).toMatchObject({ step: "SIGNED_IN", viewer: { session: { mfa: true } }, userErrors: [] });
    expect((await browser.ok(ME)).viewer?.mfa?.recoveryCodesLeft).toBe(9);
    const twice = await from().ok(VERIFY, { input: { challenge: await challenge(), recoveryCode: code } });
    expect(twice.verifyMfa.userErrors).toEqual([{ field: ["input", "recoveryCode"], code: "INVALID_CODE" }]);
  });

  it("throttles wrong codes as it throttles wrong passwords", async () => {
    const { user, secret } = await enrolled("CASE_WORKER");
    const browser = from();
    const token = present(
      (await browser.ok(SIGN_IN, { input: { email: user.email, password: PASSWORD } })).login.mfaChallenge,
      "mfaChallenge",
    ).token;
    for (let i = 0; i < 3; i++) {
      const r = present(await browser.ok(VERIFY, { input: { challenge: token, code: String(100000 + i) } }), "r");
      expect(r.verifyMfa.userErrors[0]?.code).toBe("INVALID_CODE");
    }
    const blocked = await browser.gql(VERIFY, { input: { challenge: token, code: codeAt(secret, 1) } });
    expect(codes(blocked)).toEqual(["RATE_LIMITED"]);
    // A password that is right does not reset the count of wrong codes.
    expect(codes(await browser.gql(SIGN_IN, { input: { email: user.email, password: PASSWORD } }))).toEqual(["RATE_LIMITED"]);
  });
});

describe("administration", () => {
  it("lets an admin reset a user's second step: her sessions end and she enrols again", async () => {
    const { user } = await enrolled("CASE_WORKER");
    const reset = await t.admin.ok(RESET, { input: { id: user.userId } });
    expect(reset.resetUserMfa).toEqual({ user: { id: user.userId, mfaEnabled: false }, userErrors: [] });
    expect((await user.ok(ME)).viewer).toBeNull();
    const back = await from().ok(SIGN_IN, { input: { email: user.email, password: PASSWORD } });
    expect(back.login.step).toBe("MFA_ENROLMENT_REQUIRED");
    const events = await t.sql("SELECT actor_role FROM audit_event WHERE action = 'MFA_RESET' AND entity_id = $1", [user.userId]);
    expect(events).toEqual([{ actor_role: "ADMIN" }]);
    const worker = await t.signedIn("TRAINER");
    expect(codes(await worker.gql(RESET, { input: { id: user.userId } }))).toEqual(["FORBIDDEN"]);
  });

  it("leaves partner keys as they are", async () => {
    const partner = await t.partnerClient(["READ_CAMPAIGNS"]);
    const r = await partner.ok(
      graphql(`query MfaViewer2 { viewer { kind session { mfa } mfa { enabled } } campaigns(first: 1) { totalCount } }`),
    );
    expect(r.viewer).toEqual({ kind: "PARTNER", session: null, mfa: null });
  });

  it("requires the second step of ADMIN and the roles that read cases and incidents, unless configured otherwise", () => {
    expect(loadConfig({}).mfa.requiredRoles).toEqual(["ADMIN", "COORDINATOR", "CASE_WORKER"]);
    expect(loadConfig({ NK_MFA_REQUIRED_ROLES: "ADMIN" }).mfa.requiredRoles).toEqual(["ADMIN"]);
    expect(loadConfig({ NK_MFA_REQUIRED_ROLES: "none" }).mfa.requiredRoles).toEqual([]);
    expect(() => loadConfig({ NK_MFA_REQUIRED_ROLES: "ADMIN,PARTNER" })).toThrow(/NK_MFA_REQUIRED_ROLES/);
  });
});
