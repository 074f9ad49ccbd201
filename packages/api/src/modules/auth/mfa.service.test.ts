import { randomUUID } from "node:crypto";
import { authenticator } from "otplib";
import { type DirectDatabase, directDatabase } from "../../../test/direct";
import { hashPassword } from "../../core/auth/password";
import { Session } from "../../core/auth/session.entity";
import { hashToken } from "../../core/auth/tokens";
import { User } from "../../core/auth/user.entity";
import type { RequestContext, Viewer } from "../../core/context";
import { LoginThrottle } from "./login-throttle.entity";
import { MfaChallenge, MfaFactor, MfaRecoveryCode } from "./mfa.entity";
import {
  beginEnrolment,
  confirmEnrolment,
  confirmedFactor,
  disable,
  mfaRequired,
  passSecondStep,
  RECOVERY_CODES,
  reset,
  startChallenge,
  status,
} from "./mfa.service";

/**
 * The second step called directly on a real PostgreSQL: enrolment, TOTP codes (the window, one
 * use per time step), recovery codes (read loosely, used once), challenges, turning off and
 * resetting, and that every wrong code is throttled like a wrong password. Through the server:
 * mfa.test.ts.
 */

const PASSWORD = "Staff-Password-For-Tests-1";
let d: DirectDatabase;
let passwordHash: string;
beforeAll(async () => {
  d = await directDatabase([User, Session, MfaFactor, MfaRecoveryCode, MfaChallenge, LoginThrottle]);
  d.config.mfa.requiredRoles = ["ADMIN"];
  // Wrong codes are counted here, never locked out (locks are set by hand where a test needs one).
  d.config.login = { ...d.config.login, freeFailures: 1000, accountCeiling: 1000, addressCeiling: 1000 };
  passwordHash = await hashPassword(PASSWORD);
});
afterAll(() => d?.stop());

interface Staff {
  id: string;
  email: string;
  sessionId: string;
  ctx: RequestContext;
}

let address = 0;
/** A staff member with one session of her own (and one other), signed in from an address of her own. */
async function staff(role: "CASE_WORKER" | "ADMIN" = "CASE_WORKER"): Promise<Staff> {
  const email = `${randomUUID()}@test.example`;
  const [user] = await d.sql<{ id: string }>(
    `INSERT INTO "user" (email, full_name, role, password_hash) VALUES ($1, 'Test', $2, $3) RETURNING id`,
    [email, role, passwordHash],
  );
  const id = (user as { id: string }).id;
  const sessions = await d.sql<{ id: string }>(
    `INSERT INTO session (token_hash, user_id, expires_at) SELECT gen_random_bytes(32), $1, now() + interval '1 day' FROM generate_series(1, 2) RETURNING id`,
    [id],
  );
  const sessionId = (sessions[0] as { id: string }).id;
  const viewer: Viewer = { kind: "user", userId: id, role, unitIds: [], sessionId };
  return { id, email, sessionId, ctx: d.context(viewer, `192.0.2.${++address}`) };
}

async function refusal(work: Promise<unknown>) {
  try {
    await work;
  } catch (error) {
    const errors = (error as { errors?: { field: string[]; code: string; params: unknown; message: string }[] }).errors;
    if (errors) return errors;
    return { message: (error as Error).message, extensions: (error as { extensions?: unknown }).extensions };
  }
  throw new Error("not refused");
}

const tx = <T>(work: (em: import("typeorm").EntityManager) => Promise<T>) => d.db.transaction(work);

/** The code of the time step `steps` from now. */
const code = (secret: string, steps = 0) => authenticator.clone({ epoch: Date.now() + steps * 30_000 }).generate(secret);

const failures = async (s: Staff) =>
  (await d.sql<{ failures: number }>("SELECT failures FROM login_throttle WHERE kind = 'ACCOUNT' AND account = $1", [s.email]))[0]
    ?.failures ?? 0;

const events = (s: Staff) => d.sql<{ action: string }>("SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY id", [s.id]);

/** Enrols `s` (password, then a first code); returns the secret and the recovery codes. */
async function enrolled(s: Staff) {
  const { secret } = await tx((em) => beginEnrolment(s.ctx, em, PASSWORD));
  const codes = await tx((em) => confirmEnrolment(s.ctx, em, code(secret)));
  // The step just used cannot be used again: later codes in these tests come from the next step.
  return { secret, codes };
}

describe("enrolment", () => {
  it("starts with the password: a new secret, its otpauth URI and QR code, audited", async () => {
    const s = await staff();
    const first = await tx((em) => beginEnrolment(s.ctx, em, PASSWORD));
    expect(first.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(first.otpauthUri).toBe(
      `otpauth://totp/NK%20Platform:${encodeURIComponent(s.email)}?secret=${first.secret}&period=30&digits=6&algorithm=SHA1&issuer=NK%20Platform`,
    );
    expect(first.qrCodeDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    // An SVG of 240 × 240 pixels, as asked.
    expect(Buffer.from(first.qrCodeDataUrl.split(",")[1] ?? "", "base64").toString()).toMatch(/^<svg [^>]*width="240" height="240"/);
    const again = await tx((em) => beginEnrolment(s.ctx, em, PASSWORD));
    expect(again.secret).not.toBe(first.secret);
    const factors = await d.db.getRepository(MfaFactor).findBy({ userId: s.id });
    expect(factors.map((f) => [f.secret, f.confirmedAt, f.lastTimeStep])).toEqual([[again.secret, null, null]]);
    const [raw] = await d.sql<{ secret: string }>("SELECT secret FROM mfa_factor WHERE user_id = $1", [s.id]);
    expect(raw?.secret).toMatch(/^v1:/);
    expect((await events(s)).map((e) => e.action)).toEqual(["MFA_ENROLMENT_STARTED", "MFA_ENROLMENT_STARTED"]);
  });

  it("refuses a wrong password (counted), a throttled one, a partner, and a second authenticator", async () => {
    const s = await staff();
    expect(await refusal(tx((em) => beginEnrolment(s.ctx, em, "wrong")))).toEqual([
      { field: ["input", "password"], message: "The password is not correct.", code: "INVALID_CREDENTIALS", params: null },
    ]);
    expect(await failures(s)).toBe(1);
    expect(await d.sql("SELECT id FROM mfa_factor WHERE user_id = $1", [s.id])).toEqual([]);
    const partner = d.context({ kind: "partner", apiKeyId: randomUUID(), partnerId: randomUUID(), scopes: [] });
    expect(await refusal(tx((em) => beginEnrolment(partner, em, PASSWORD)))).toEqual({
      message: "You are not allowed to do this.",
      extensions: { code: "FORBIDDEN" },
    });
    await enrolled(s);
    expect(await refusal(tx((em) => beginEnrolment(s.ctx, em, PASSWORD)))).toEqual([
      {
        field: ["input", "password"],
        message: "Two-step sign-in is on already; turn it off first to enrol another authenticator.",
        code: "INVALID_STATE",
        params: { state: "ENABLED" },
      },
    ]);
    await d.sql("UPDATE login_throttle SET locked_until = now() + interval '1 minute' WHERE account = $1", [s.email]);
    expect(await refusal(tx((em) => beginEnrolment(s.ctx, em, PASSWORD)))).toEqual(
      expect.objectContaining({ extensions: expect.objectContaining({ code: "RATE_LIMITED" }) }),
    );
  });

  it("is confirmed with a first code: this session counts two steps, the others end, ten recovery codes once", async () => {
    const s = await staff();
    const { secret } = await tx((em) => beginEnrolment(s.ctx, em, PASSWORD));
    const codes = await tx((em) => confirmEnrolment(s.ctx, em, ` ${code(secret)} `));
    expect(codes).toHaveLength(RECOVERY_CODES);
    expect(RECOVERY_CODES).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(new Set(codes).size).toBe(10);
    const stored = await d.sql<{ code_hash: Buffer; used_at: null }>(
      "SELECT code_hash, used_at FROM mfa_recovery_code WHERE user_id = $1",
      [s.id],
    );
    expect(stored.map((r) => r.code_hash.toString("hex")).sort()).toEqual(
      codes.map((c) => hashToken(c.replace(/-/g, "")).toString("hex")).sort(),
    );
    expect(stored.every((r) => r.used_at === null)).toBe(true);
    expect(await d.sql("SELECT id, mfa FROM session WHERE user_id = $1", [s.id])).toEqual([{ id: s.sessionId, mfa: true }]);
    expect(s.ctx.viewer).toEqual(expect.objectContaining({ kind: "user", userId: s.id, mfa: true, mustEnrol: false }));
    expect((await confirmedFactor(d.db.manager, s.id))?.confirmedAt).toEqual(expect.any(Date));
    expect((await events(s)).map((e) => e.action)).toEqual(["MFA_ENROLMENT_STARTED", "MFA_ENABLED"]);
    expect(await refusal(tx((em) => confirmEnrolment(s.ctx, em, code(secret, 1))))).toEqual([
      { field: ["input", "code"], message: "Start the enrolment first.", code: "INVALID_STATE", params: { state: "ENABLED" } },
    ]);
  });

  it("refuses to confirm what was not started, and a wrong code (counted and audited)", async () => {
    const s = await staff();
    expect(await refusal(tx((em) => confirmEnrolment(s.ctx, em, "123456")))).toEqual([
      { field: ["input", "code"], message: "Start the enrolment first.", code: "INVALID_STATE", params: { state: "NOT_STARTED" } },
    ]);
    const { secret } = await tx((em) => beginEnrolment(s.ctx, em, PASSWORD));
    for (const wrong of [code(secret, 2), code(secret, -2), "12345", "1234567", "abcdef", `${code(secret)}x`, `x${code(secret)}`]) {
      expect(await refusal(tx((em) => confirmEnrolment(s.ctx, em, wrong)))).toEqual([
        { field: ["input", "code"], message: "The code is not correct, or has been used already.", code: "INVALID_CODE", params: null },
      ]);
    }
    expect(await failures(s)).toBe(7);
    expect((await events(s)).filter((e) => e.action === "MFA_FAILED")).toHaveLength(7);
    expect(await confirmedFactor(d.db.manager, s.id)).toBeNull();
    expect(await d.sql("SELECT count(*)::int AS n FROM session WHERE user_id = $1", [s.id])).toEqual([{ n: 2 }]);
  });

  it("takes the code of the step before or after, once per step and never an earlier step", async () => {
    const s = await staff();
    const { secret } = await tx((em) => beginEnrolment(s.ctx, em, PASSWORD));
    await tx((em) => confirmEnrolment(s.ctx, em, code(secret, -1)));
    const challenge = async () => (await tx((em) => startChallenge(em, s.id))).token;
    const pass = async (c: string) => tx(async (em) => (await passSecondStep(s.ctx, em, { challenge: await challenge(), code: c })).method);
    expect(await pass(code(secret, 1))).toBe("TOTP");
    // The same step again, and a step before the last one used, are refused.
    expect(await refusal(pass(code(secret, 1)))).toEqual([expect.objectContaining({ code: "INVALID_CODE", field: ["input", "code"] })]);
    expect(await refusal(pass(code(secret)))).toEqual([expect.objectContaining({ code: "INVALID_CODE" })]);
    const [factor] = await d.sql<{ last_time_step: string }>("SELECT last_time_step FROM mfa_factor WHERE user_id = $1", [s.id]);
    expect(Number(factor?.last_time_step)).toBe(Math.floor(Date.now() / 30_000) + 1);
  });
});

describe("signing in with a second step", () => {
  it("passes with a TOTP code: the challenge is used up", async () => {
    const s = await staff();
    const { secret } = await enrolled(s);
    const { token } = await tx((em) => startChallenge(em, s.id));
    const passed = await tx((em) => passSecondStep(s.ctx, em, { challenge: token, code: ` ${code(secret, 1)} `, recoveryCode: "ignored" }));
    expect(passed).toEqual({ user: expect.objectContaining({ id: s.id, email: s.email }), method: "TOTP" });
    expect(await refusal(tx((em) => passSecondStep(s.ctx, em, { challenge: token, code: code(secret, 1) })))).toEqual([
      {
        field: ["input", "challenge"],
        message: "This sign-in has expired. Sign in again.",
        code: "INVALID_STATE",
        params: { state: "EXPIRED" },
      },
    ]);
  });

  it("passes with a recovery code read loosely, each once, and only the user's own", async () => {
    const s = await staff();
    const { codes } = await enrolled(s);
    const other = await staff();
    const theirs = (await enrolled(other)).codes;
    const pass = async (recoveryCode: string, who = s) => {
      const { token } = await tx((em) => startChallenge(em, who.id));
      return tx(async (em) => (await passSecondStep(who.ctx, em, { challenge: token, code: "  ", recoveryCode })).method);
    };
    const [a, b, c] = codes as [string, string, string];
    expect(await pass(a.toLowerCase().replace(/-/g, " "))).toBe("RECOVERY_CODE");
    // O is read as 0, I and L as 1, whatever the case.
    const loose = b.replace(/0/g, "o").replace(/1/g, "l").toLowerCase();
    expect(await pass(loose)).toBe("RECOVERY_CODE");
    const capital = c.replace(/0/g, "O").replace(/1/g, "I");
    expect(await pass(capital)).toBe("RECOVERY_CODE");
    expect(await refusal(pass(a))).toEqual([
      {
        field: ["input", "recoveryCode"],
        message: "The code is not correct, or has been used already.",
        code: "INVALID_CODE",
        params: null,
      },
    ]);
    expect(await refusal(pass(theirs[0] as string))).toEqual([expect.objectContaining({ code: "INVALID_CODE" })]);
    expect(await pass(theirs[0] as string, other)).toBe("RECOVERY_CODE");
    expect(await status(s.ctx, s.id, "CASE_WORKER")).toEqual({
      enabled: true,
      required: false,
      enabledAt: expect.any(Date),
      recoveryCodesLeft: 7,
    });
    expect(await failures(s)).toBe(2);
  });

  it("refuses no code at all, an expired or unknown challenge, an archived user and one without a factor", async () => {
    const s = await staff();
    await enrolled(s);
    const challenge = async (who = s) => (await tx((em) => startChallenge(em, who.id))).token;
    expect(await refusal(tx(async (em) => passSecondStep(s.ctx, em, { challenge: await challenge() })))).toEqual([
      expect.objectContaining({ field: ["input", "recoveryCode"], code: "INVALID_CODE" }),
    ]);
    const expired = await challenge();
    await d.sql("UPDATE mfa_challenge SET expires_at = now() - interval '1 second' WHERE user_id = $1", [s.id]);
    const expiredState = [expect.objectContaining({ field: ["input", "challenge"], code: "INVALID_STATE", params: { state: "EXPIRED" } })];
    expect(await refusal(tx((em) => passSecondStep(s.ctx, em, { challenge: expired, code: "123456" })))).toEqual(expiredState);
    expect(await refusal(tx((em) => passSecondStep(s.ctx, em, { challenge: "unknown", code: "123456" })))).toEqual(expiredState);
    const archived = await challenge();
    await d.sql(`UPDATE "user" SET archived_at = now() WHERE id = $1`, [s.id]);
    expect(await refusal(tx((em) => passSecondStep(s.ctx, em, { challenge: archived, code: "123456" })))).toEqual(expiredState);
    const plain = await staff();
    const none = await challenge(plain);
    expect(await refusal(tx((em) => passSecondStep(plain.ctx, em, { challenge: none, code: "123456" })))).toEqual(expiredState);
    expect(await failures(s)).toBe(1);
  });

  it("refuses while throttled, even the right code", async () => {
    const s = await staff();
    const { secret } = await enrolled(s);
    const { token } = await tx((em) => startChallenge(em, s.id));
    await d.sql(
      "INSERT INTO login_throttle (kind, account, address, failures, last_failure_at, locked_until) VALUES ('ACCOUNT', $1, '', 9, now(), now() + interval '1 minute')",
      [s.email],
    );
    expect(await refusal(tx((em) => passSecondStep(s.ctx, em, { challenge: token, code: code(secret, 1) })))).toEqual(
      expect.objectContaining({ extensions: expect.objectContaining({ code: "RATE_LIMITED" }) }),
    );
  });

  it("keeps one challenge per user, for five minutes, stored hashed", async () => {
    const s = await staff();
    const first = await tx((em) => startChallenge(em, s.id));
    const second = await tx((em) => startChallenge(em, s.id));
    expect(second.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(second.token).not.toBe(first.token);
    expect(Math.round((second.expiresAt.getTime() - Date.now()) / 60_000)).toBe(5);
    const rows = await d.sql<{ token_hash: Buffer; expires_at: Date }>(
      "SELECT token_hash, expires_at FROM mfa_challenge WHERE user_id = $1",
      [s.id],
    );
    expect(rows).toEqual([{ token_hash: hashToken(second.token), expires_at: second.expiresAt }]);
  });
});

describe("turning it off and resetting", () => {
  it("turns her own second step off with a current code: factor, codes and challenges go", async () => {
    const s = await staff();
    const { secret } = await enrolled(s);
    await tx((em) => startChallenge(em, s.id));
    expect(await refusal(tx((em) => disable(s.ctx, em, code(secret, 2))))).toEqual([
      expect.objectContaining({ code: "INVALID_CODE", field: ["input", "code"] }),
    ]);
    await tx((em) => disable(s.ctx, em, ` ${code(secret, 1)} `));
    for (const table of ["mfa_factor", "mfa_recovery_code", "mfa_challenge"]) {
      expect(await d.sql(`SELECT count(*)::int AS n FROM ${table} WHERE user_id = $1`, [s.id])).toEqual([{ n: 0 }]);
    }
    expect((await events(s)).map((e) => e.action)).toEqual(["MFA_ENROLMENT_STARTED", "MFA_ENABLED", "MFA_FAILED", "MFA_DISABLED"]);
    expect(await status(s.ctx, s.id, "CASE_WORKER")).toEqual({ enabled: false, required: false, enabledAt: null, recoveryCodesLeft: 0 });
    expect(await refusal(tx((em) => disable(s.ctx, em, "123456")))).toEqual([
      { field: ["input", "code"], message: "Two-step sign-in is not on.", code: "INVALID_STATE", params: { state: "NOT_STARTED" } },
    ]);
  });

  it("refuses to turn off what her role requires, and while throttled", async () => {
    const admin = await staff("ADMIN");
    expect(mfaRequired(d.config, "ADMIN")).toBe(true);
    expect(mfaRequired(d.config, "CASE_WORKER")).toBe(false);
    const { secret } = await enrolled(admin);
    expect(await refusal(tx((em) => disable(admin.ctx, em, code(secret, 1))))).toEqual([
      {
        field: ["input", "code"],
        message: "Your role requires two-step sign-in; it cannot be turned off.",
        code: "INVALID_STATE",
        params: { state: "REQUIRED" },
      },
    ]);
    expect(await status(admin.ctx, admin.id, "ADMIN")).toEqual(
      expect.objectContaining({ enabled: true, required: true, recoveryCodesLeft: 10 }),
    );
    const s = await staff();
    const mine = await enrolled(s);
    await d.sql(
      "INSERT INTO login_throttle (kind, account, address, failures, last_failure_at, locked_until) VALUES ('ACCOUNT', $1, '', 9, now(), now() + interval '1 minute')",
      [s.email],
    );
    expect(await refusal(tx((em) => disable(s.ctx, em, code(mine.secret, 1))))).toEqual(
      expect.objectContaining({ extensions: expect.objectContaining({ code: "RATE_LIMITED" }) }),
    );
    expect(await confirmedFactor(d.db.manager, s.id)).not.toBeNull();
  });

  it("an admin resets a user's second step: factor, codes, challenges and sessions go, audited", async () => {
    const s = await staff();
    await enrolled(s);
    await tx((em) => startChallenge(em, s.id));
    const admin = await staff("ADMIN");
    expect((await tx((em) => reset(admin.ctx, em, s.id))).id).toBe(s.id);
    for (const table of ["mfa_factor", "mfa_recovery_code", "mfa_challenge", "session"]) {
      expect(await d.sql(`SELECT count(*)::int AS n FROM ${table} WHERE user_id = $1`, [s.id])).toEqual([{ n: 0 }]);
    }
    expect((await events(s)).at(-1)?.action).toBe("MFA_RESET");
    expect(await refusal(tx((em) => reset(admin.ctx, em, randomUUID())))).toEqual({
      message: "User was not found.",
      extensions: { code: "NOT_FOUND" },
    });
  });
});
