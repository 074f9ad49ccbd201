import { randomInt } from "node:crypto";
import { authenticator } from "otplib";
import { toString as qrCode } from "qrcode";
import type { EntityManager } from "typeorm";
import { audit } from "../../core/audit";
import { verifyPassword } from "../../core/auth/password";
import { Session } from "../../core/auth/session.entity";
import { hashToken, randomToken } from "../../core/auth/tokens";
import { User } from "../../core/auth/user.entity";
import type { Config } from "../../core/config";
import type { RequestContext, Viewer } from "../../core/context";
import { selectOne } from "../../core/db/query";
import { forbidden, notFound } from "../../core/errors";
import { refuse } from "../../core/graphql/mutation";
import { MfaChallenge, MfaFactor, MfaRecoveryCode } from "./mfa.entity";
import { type Attempt, ensureNotThrottled, recordFailure } from "./throttle.service";

const ISSUER = "NK Platform";
const CHALLENGE_MS = 5 * 60_000;
export const RECOVERY_CODES = 10;
/** Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand is not mistaken. */
const RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/** 16 symbols of 5 bits: 80 random bits, enough for one unsalted SHA-256. */
const RECOVERY_LENGTH = 16;
/** TOTP as authenticator apps know it: SHA-1, 6 digits, 30-second steps. */
const STEP_SECONDS = 30;
/** A code of the step before or after the server's clock is accepted too (phones drift). */
const WINDOW_STEPS = 1;

export function mfaRequired(config: Config, role: User["role"]): boolean {
  return config.mfa.requiredRoles.includes(role);
}

type StaffViewer = Extract<Viewer, { kind: "user" }>;

/** The signed-in staff member acting; FORBIDDEN for a partner key or nobody. */
function staffOf(ctx: RequestContext): StaffViewer {
  if (ctx.viewer?.kind !== "user") throw forbidden();
  return ctx.viewer;
}

function attemptOf(ctx: RequestContext, email: string): Attempt {
  return { account: email, address: ctx.request.ip };
}

export function confirmedFactor(em: EntityManager, userId: string): Promise<MfaFactor | null> {
  return em
    .getRepository(MfaFactor)
    .createQueryBuilder("f")
    .where("f.user_id = :userId AND f.confirmed_at IS NOT NULL", { userId })
    .getOne();
}

/**
 * Accepts a TOTP code of the factor once: the time step it belongs to must come after the last
 * one accepted, and recording it is one conditional update, so two requests cannot both use it.
 */
async function acceptTotp(em: EntityManager, factor: MfaFactor, code: string): Promise<boolean> {
  if (!/^\d{6}$/.test(code)) return false;
  const now = Date.now();
  const delta = authenticator.clone({ epoch: now, step: STEP_SECONDS, window: WINDOW_STEPS }).checkDelta(code, factor.secret);
  if (delta === null) return false;
  const step = Math.floor(now / 1000 / STEP_SECONDS) + delta;
  const updated = await em
    .createQueryBuilder()
    .update(MfaFactor)
    .set({ lastTimeStep: step })
    .where("id = :id AND (last_time_step IS NULL OR last_time_step < :step)", { id: factor.id, step })
    .execute();
  return updated.affected === 1;
}

/** "k7qm 2xpa-…" → "K7QM2XPA…", with O read as 0 and I, L as 1. */
function normaliseRecoveryCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
}

async function useRecoveryCode(em: EntityManager, userId: string, code: string): Promise<boolean> {
  const updated = await em
    .createQueryBuilder()
    .update(MfaRecoveryCode)
    .set({ usedAt: () => "now()" })
    .where("user_id = :userId AND code_hash = :hash AND used_at IS NULL", { userId, hash: hashToken(normaliseRecoveryCode(code)) })
    .execute();
  return updated.affected === 1;
}

function newRecoveryCode(): string {
  const symbols = Array.from({ length: RECOVERY_LENGTH }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join("");
  // Stryker disable next-line OptionalChaining: 16 symbols always hold four groups of four
  return symbols.match(/.{4}/g)?.join("-") ?? symbols;
}

/** Replaces the user's recovery codes with fresh ones; returns them (the only time they are seen). */
async function issueRecoveryCodes(em: EntityManager, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODES }, newRecoveryCode);
  await em.delete(MfaRecoveryCode, { userId });
  await em.insert(
    MfaRecoveryCode,
    codes.map((c) => ({ userId, codeHash: hashToken(normaliseRecoveryCode(c)), usedAt: null })),
  );
  return codes;
}

export interface Enrolment {
  secret: string;
  otpauthUri: string;
  qrCodeDataUrl: string;
}

/** Starts (or starts again) an enrolment: a new secret, waiting for its first code. */
export async function beginEnrolment(ctx: RequestContext, em: EntityManager, password: string): Promise<Enrolment> {
  const { userId } = staffOf(ctx);
  const user = await em.getRepository(User).findOneByOrFail({ id: userId });
  const attempt = attemptOf(ctx, user.email);
  await ensureNotThrottled(ctx.db, attempt);
  if (!(await verifyPassword(user.passwordHash, password))) {
    await recordFailure(ctx.db, ctx.config.login, attempt);
    refuse("password", "The password is not correct.", "INVALID_CREDENTIALS");
  }
  if (await confirmedFactor(em, userId)) {
    refuse("password", "Two-step sign-in is on already; turn it off first to enrol another authenticator.", "INVALID_STATE", {
      state: "ENABLED",
    });
  }
  const secret = authenticator.generateSecret(20);
  await em.delete(MfaFactor, { userId });
  await em.insert(MfaFactor, { userId, secret, confirmedAt: null, lastTimeStep: null });
  await audit(ctx, { action: "MFA_ENROLMENT_STARTED", entityType: "User", entityId: userId }, em);
  const otpauthUri = authenticator.keyuri(user.email, ISSUER, secret);
  // SVG: a few kilobytes drawn in about a millisecond, where a PNG took the event loop 150 ms.
  const svg = await qrCode(otpauthUri, { type: "svg", errorCorrectionLevel: "M", margin: 2, width: 240 });
  return { secret, otpauthUri, qrCodeDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}` };
}

/** Refuses a wrong code: counted like a wrong password (outside the transaction the refusal rolls back). */
async function refuseCode(ctx: RequestContext, attempt: Attempt, userId: string, field: string): Promise<never> {
  await recordFailure(ctx.db, ctx.config.login, attempt);
  await audit(ctx, { action: "MFA_FAILED", entityType: "User", entityId: userId });
  return refuse(field, "The code is not correct, or has been used already.", "INVALID_CODE");
}

/**
 * Confirms the enrolment with a first code: the factor is on from now, this session counts as
 * signed in with two steps, the user's other sessions end, and the recovery codes are returned once.
 */
export async function confirmEnrolment(ctx: RequestContext, em: EntityManager, code: string): Promise<string[]> {
  const viewer = staffOf(ctx);
  const { userId, sessionId } = viewer;
  const user = await em.getRepository(User).findOneByOrFail({ id: userId });
  const attempt = attemptOf(ctx, user.email);
  await ensureNotThrottled(ctx.db, attempt);
  const factor = await em.getRepository(MfaFactor).findOneBy({ userId });
  if (!factor || factor.confirmedAt) {
    refuse("code", "Start the enrolment first.", "INVALID_STATE", { state: factor ? "ENABLED" : "NOT_STARTED" });
  }
  if (!(await acceptTotp(em, factor, code.trim()))) return refuseCode(ctx, attempt, userId, "code");
  await em.update(MfaFactor, { id: factor.id }, { confirmedAt: new Date() });
  await em.update(Session, { id: sessionId }, { mfa: true });
  await em.createQueryBuilder().delete().from(Session).where("user_id = :userId AND id <> :sessionId", { userId, sessionId }).execute();
  await audit(ctx, { action: "MFA_ENABLED", entityType: "User", entityId: userId }, em);
  ctx.viewer = { ...viewer, mfa: true, mustEnrol: false };
  return issueRecoveryCodes(em, userId);
}

/** Turns the signed-in user's own second step off, with a current code; refused while her role requires it. */
export async function disable(ctx: RequestContext, em: EntityManager, code: string): Promise<void> {
  const { userId } = staffOf(ctx);
  const user = await em.getRepository(User).findOneByOrFail({ id: userId });
  if (mfaRequired(ctx.config, user.role)) {
    refuse("code", "Your role requires two-step sign-in; it cannot be turned off.", "INVALID_STATE", { state: "REQUIRED" });
  }
  const factor = await confirmedFactor(em, userId);
  if (!factor) refuse("code", "Two-step sign-in is not on.", "INVALID_STATE", { state: "NOT_STARTED" });
  const attempt = attemptOf(ctx, user.email);
  await ensureNotThrottled(ctx.db, attempt);
  if (!(await acceptTotp(em, factor, code.trim()))) return refuseCode(ctx, attempt, userId, "code");
  await removeFactor(em, userId);
  await audit(ctx, { action: "MFA_DISABLED", entityType: "User", entityId: userId }, em);
}

async function removeFactor(em: EntityManager, userId: string): Promise<void> {
  await em.delete(MfaFactor, { userId });
  await em.delete(MfaRecoveryCode, { userId });
  await em.delete(MfaChallenge, { userId });
}

/** An admin resets a user's second step (a lost phone): factor and codes go, her sessions end. */
export async function reset(ctx: RequestContext, em: EntityManager, userId: string): Promise<User> {
  const user = await em.getRepository(User).findOneBy({ id: userId });
  if (!user) throw notFound("User");
  await removeFactor(em, userId);
  await em.delete(Session, { userId });
  await audit(ctx, { action: "MFA_RESET", entityType: "User", entityId: userId }, em);
  return user;
}

/** A half-done sign-in: the token the client sends back with the code. */
export interface Challenge {
  token: string;
  expiresAt: Date;
}

export async function startChallenge(em: EntityManager, userId: string): Promise<Challenge> {
  const token = randomToken(32);
  const expiresAt = new Date(Date.now() + CHALLENGE_MS);
  await em.delete(MfaChallenge, { userId });
  await em.insert(MfaChallenge, { tokenHash: hashToken(token), userId, expiresAt });
  return { token, expiresAt };
}

export interface SecondStep {
  challenge: string;
  code?: string | null;
  recoveryCode?: string | null;
}

/**
 * Checks the second step of a sign-in: a TOTP code, or a recovery code (each used once). Returns
 * the user and how she passed; wrong codes are throttled as passwords are.
 */
export async function passSecondStep(ctx: RequestContext, em: EntityManager, step: SecondStep): Promise<{ user: User; method: string }> {
  const challenge = await em
    .getRepository(MfaChallenge)
    .createQueryBuilder("c")
    .where("c.token_hash = :hash AND c.expires_at > now()", { hash: hashToken(step.challenge) })
    .getOne();
  if (!challenge) refuse("challenge", "This sign-in has expired. Sign in again.", "INVALID_STATE", { state: "EXPIRED" });
  const user = await em.getRepository(User).findOneBy({ id: challenge.userId });
  const factor = user && !user.archivedAt ? await confirmedFactor(em, user.id) : null;
  if (!user || !factor) return refuse("challenge", "This sign-in has expired. Sign in again.", "INVALID_STATE", { state: "EXPIRED" });
  const attempt = attemptOf(ctx, user.email);
  await ensureNotThrottled(ctx.db, attempt);
  const code = step.code?.trim();
  const passed = code
    ? await acceptTotp(em, factor, code)
    : step.recoveryCode
      ? await useRecoveryCode(em, user.id, step.recoveryCode)
      : false;
  if (!passed) return refuseCode(ctx, attempt, user.id, code ? "code" : "recoveryCode");
  await em.delete(MfaChallenge, { id: challenge.id });
  return { user, method: code ? "TOTP" : "RECOVERY_CODE" };
}

export interface MfaStatus {
  enabled: boolean;
  required: boolean;
  enabledAt: Date | null;
  recoveryCodesLeft: number;
}

export async function status(ctx: RequestContext, userId: string, role: User["role"]): Promise<MfaStatus> {
  const row = await selectOne<{ enabledAt: Date | null; left: number }>(
    ctx.db,
    `SELECT (SELECT confirmed_at FROM mfa_factor WHERE user_id = $1 AND confirmed_at IS NOT NULL) AS "enabledAt",
            (SELECT count(*)::int FROM mfa_recovery_code WHERE user_id = $1 AND used_at IS NULL) AS left`,
    [userId],
  );
  return {
    enabled: row.enabledAt !== null,
    required: mfaRequired(ctx.config, role),
    enabledAt: row.enabledAt,
    recoveryCodesLeft: row.left,
  };
}
