import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes } from "node:crypto";
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
  /** Per data key, the key of its lookup hashes: derived with HKDF, so it is never the encryption key itself. */
  private readonly hashKeys = new Map<string, Buffer>();

  constructor(
    private readonly current: Buffer,
    previous: Buffer[] = [],
  ) {
    this.currentId = keyId(checked(current));
    this.currentPrefix = `${VERSION}:${this.currentId}:`;
    for (const key of [current, ...previous]) {
      this.keys.set(keyId(checked(key)), key);
      this.hashKeys.set(keyId(key), Buffer.from(hkdfSync("sha256", key, Buffer.alloc(0), "nk lookup hash v1", 32)));
    }
  }

  /**
   * A keyed hash (HMAC-SHA-256) of an already normalised value, for exact look-up of an encrypted
   * column: `<key id>:<hex>`. Without the data key nobody can hash candidate numbers and compare.
   */
  lookupHash(normalised: string, id: string = this.currentId): string {
    const key = this.hashKeys.get(id);
    if (!key) throw new Error(`no data key ${id} is configured`);
    // A string is read as UTF-8.
    return `${id}:${createHmac("sha256", key).update(normalised).digest("hex")}`;
  }

  /** The value's hash under every configured key: what a look-up matches while a rotation runs. */
  lookupHashes(normalised: string): string[] {
    return [...this.hashKeys.keys()].map((id) => this.lookupHash(normalised, id));
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv(ALGORITHM, this.current, iv);
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    return `${this.currentPrefix}${[iv, cipher.getAuthTag(), body].map((part) => part.toString("base64")).join(":")}`;
  }

  decrypt(stored: string): string {
    const [version, id, iv, tag, body] = stored.split(":");
    // Stryker disable next-line ConditionalExpression: split fills from the left, so iv and tag are set whenever body is
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

/**
 * A column kept as a keyed hash of an encrypted column, for exact look-up (registered by the
 * entity's module): key rotation recomputes it from the decrypted value.
 */
export interface LookupHashedColumn {
  table: string;
  /** The encrypted column. */
  column: string;
  /** The column holding `lookupHash(normalise(value))`. */
  hashColumn: string;
  normalise(value: string): string;
}

export const lookupHashedColumns: LookupHashedColumn[] = [];
