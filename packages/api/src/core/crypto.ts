import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import type { ValueTransformer } from "typeorm";

const VERSION = "v1";
const ALGORITHM = "aes-256-gcm";
const TAG_BYTES = 16;

/** A short, stable name for a key (not secret): the first 8 hex digits of its SHA-256. */
export function keyId(key: Buffer): string {
  return createHash("sha256").update(key).digest("hex").slice(0, 8);
}

const KEY_BYTES = 32;

function checked(key: Buffer): Buffer {
  if (key.length !== KEY_BYTES) throw new Error(`a data key must be ${KEY_BYTES} bytes, given in base64; this one has ${key.length}`);
  return key;
}

export function parseKey(base64: string): Buffer {
  return checked(Buffer.from(base64, "base64"));
}

/**
 * The keys for sensitive text at rest: one current key that encrypts, and previous keys that
 * still decrypt while a rotation re-encrypts their rows. Stored form:
 * `v1:<key id>:<iv>:<tag>:<ciphertext>` (base64 parts), AES-256-GCM with a random 96-bit IV.
 */
export class KeyRing {
  readonly currentId: string;
  /** How every value written under the current key begins. */
  readonly currentPrefix: string;
  private readonly keys = new Map<string, Buffer>();

  constructor(
    private readonly current: Buffer,
    previous: Buffer[] = [],
  ) {
    this.currentId = keyId(checked(current));
    this.currentPrefix = `${VERSION}:${this.currentId}:`;
    for (const key of [current, ...previous]) this.keys.set(keyId(checked(key)), key);
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv(ALGORITHM, this.current, iv);
    const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
    return `${this.currentPrefix}${[iv, cipher.getAuthTag(), body].map((part) => part.toString("base64")).join(":")}`;
  }

  decrypt(stored: string): string {
    const [version, id, iv, tag, body] = stored.split(":");
    if (version !== VERSION || !id || iv === undefined || tag === undefined || body === undefined) {
      throw new Error("sensitive text is not in the encrypted form");
    }
    const key = this.keys.get(id);
    if (!key) throw new Error(`sensitive text is encrypted with key ${id}, which is not configured (NK_DATA_KEY / NK_DATA_KEYS_PREVIOUS)`);
    try {
      // A full-length tag only: Node accepts a GCM tag cut to 4 bytes, which is easy to forge.
      const decipher = createDecipheriv(ALGORITHM, key, Buffer.from(iv, "base64"), { authTagLength: TAG_BYTES });
      decipher.setAuthTag(Buffer.from(tag, "base64"));
      return Buffer.concat([decipher.update(Buffer.from(body, "base64")), decipher.final()]).toString("utf8");
    } catch {
      // GCM checks the tag before anything is returned: altered text yields no plaintext at all.
      throw new Error(`sensitive text under key ${id} could not be decrypted: it was altered or damaged`);
    }
  }
}

let ring: KeyRing | undefined;

/** Installs the key ring of this process (done once at start). */
export function useKeyRing(keys: KeyRing): void {
  ring = keys;
}

export function keyRing(): KeyRing {
  if (!ring) throw new Error("no data key is configured");
  return ring;
}

/** Column transformer for sensitive free text: encrypted on the way in, decrypted on the way out. */
export const encrypted: ValueTransformer = {
  to: (value: string | null | undefined) => (value === null || value === undefined ? value : keyRing().encrypt(value)),
  from: (value: string | null) => (value === null ? null : keyRing().decrypt(value)),
};
