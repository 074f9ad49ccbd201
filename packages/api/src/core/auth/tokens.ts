import { createHash, randomBytes } from "node:crypto";

/** A random secret of `bytes` bytes (default 32, 256 bits), URL-safe. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

/** Tokens are high-entropy, so one SHA-256 is enough to store them safely. */
export function hashToken(token: string): Buffer {
  return createHash("sha256").update(token, "utf8").digest();
}
