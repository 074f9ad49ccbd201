import { createHmac, randomBytes } from "node:crypto";
import { encrypted, KeyRing, keyId, keyRing, parseKey, useKeyRing } from "./crypto";

const key = (fill: number) => Buffer.alloc(32, fill);
const PLAIN = "She left on 3 May; the neighbour in Kulob keeps her papers.";

/** The error `work` throws, and proof that it returned nothing. */
function refusal(work: () => unknown): string {
  let returned: unknown;
  try {
    returned = work();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`expected a refusal, got ${JSON.stringify(returned)}`);
}

/** `stored` with the base64 part `index` (0 version … 4 ciphertext) changed by `change`. */
function alter(stored: string, index: number, change: (bytes: Buffer) => Buffer): string {
  const parts = stored.split(":");
  parts[index] = change(Buffer.from(parts[index] as string, "base64")).toString("base64");
  return parts.join(":");
}

const flipFirstBit = (bytes: Buffer) => {
  const copy = Buffer.from(bytes);
  copy[0] = (copy[0] as number) ^ 1;
  return copy;
};

describe("sensitive text at rest", () => {
  it("refuses to work with no key ring installed", () => {
    expect(refusal(() => keyRing())).toBe("no data key is configured");
    expect(refusal(() => encrypted.to(PLAIN))).toBe("no data key is configured");
    expect(refusal(() => encrypted.from(new KeyRing(key(1)).encrypt(PLAIN)))).toBe("no data key is configured");
  });

  it("stores v1:<key id>:<iv>:<tag>:<ciphertext> and reads it back", () => {
    const ring = new KeyRing(key(1));
    const stored = ring.encrypt(PLAIN);
    const [version, id, iv, tag, body, ...rest] = stored.split(":");
    expect({ version, id, rest }).toEqual({ version: "v1", id: keyId(key(1)), rest: [] });
    expect(ring.currentId).toBe(keyId(key(1)));
    expect(ring.currentPrefix).toBe(`v1:${keyId(key(1))}:`);
    expect(stored.startsWith(ring.currentPrefix)).toBe(true);
    expect(Buffer.from(iv as string, "base64")).toHaveLength(12);
    expect(Buffer.from(tag as string, "base64")).toHaveLength(16);
    expect(Buffer.from(body as string, "base64")).toHaveLength(Buffer.byteLength(PLAIN));
    expect(stored).not.toContain("Kulob");
    expect(ring.decrypt(stored)).toBe(PLAIN);
    // A fresh IV each time: the same text never gives the same stored value.
    expect(ring.encrypt(PLAIN)).not.toBe(stored);
    expect(ring.decrypt(ring.encrypt("Ҳуқуқи занон — права женщин"))).toBe("Ҳуқуқи занон — права женщин");
  });

  it("names a key by the first 8 hex digits of its SHA-256", () => {
    expect(keyId(key(1))).toMatch(/^[0-9a-f]{8}$/);
    expect(keyId(key(1))).toBe(keyId(key(1)));
    expect(keyId(key(2))).not.toBe(keyId(key(1)));
  });

  it("refuses tampered ciphertext, tag or IV, and decrypts nothing", () => {
    const ring = new KeyRing(key(1));
    const stored = ring.encrypt(PLAIN);
    const id = keyId(key(1));
    for (const part of [2, 3, 4]) {
      const message = refusal(() => ring.decrypt(alter(stored, part, flipFirstBit)));
      expect({ part, message }).toEqual({
        part,
        message: `sensitive text under key ${id} could not be decrypted: it was altered or damaged`,
      });
    }
    // Cut short, or with a tag of the wrong length.
    expect(refusal(() => ring.decrypt(alter(stored, 4, (b) => b.subarray(0, 10))))).toMatch(/could not be decrypted/);
    expect(refusal(() => ring.decrypt(alter(stored, 3, (b) => b.subarray(0, 4))))).toMatch(/could not be decrypted/);
  });

  it("refuses a value that is not in the encrypted form", () => {
    const ring = new KeyRing(key(1));
    const id = keyId(key(1));
    const [, , iv, tag, body] = ring.encrypt(PLAIN).split(":");
    for (const stored of [
      PLAIN,
      "",
      `v2:${id}:${iv}:${tag}:${body}`,
      `v1::${iv}:${tag}:${body}`,
      `v1:${id}`,
      `v1:${id}:${iv}`,
      `v1:${id}:${iv}:${tag}`,
    ]) {
      expect({ stored, message: refusal(() => ring.decrypt(stored)) }).toEqual({
        stored,
        message: "sensitive text is not in the encrypted form",
      });
    }
  });

  it("refuses a value under a key it does not hold, naming the key", () => {
    const stored = new KeyRing(key(2)).encrypt(PLAIN);
    const message = refusal(() => new KeyRing(key(1)).decrypt(stored));
    expect(message).toBe(
      `sensitive text is encrypted with key ${keyId(key(2))}, which is not configured (NK_DATA_KEY / NK_DATA_KEYS_PREVIOUS)`,
    );
    expect(message).not.toContain("Kulob");
  });

  it("reads with previous keys and writes with the current one", () => {
    const old = new KeyRing(key(2)).encrypt(PLAIN);
    const ring = new KeyRing(key(1), [key(2), key(3)]);
    expect(ring.decrypt(old)).toBe(PLAIN);
    expect(ring.decrypt(new KeyRing(key(3)).encrypt("third"))).toBe("third");
    expect(ring.encrypt(PLAIN).startsWith(`v1:${keyId(key(1))}:`)).toBe(true);
    expect(refusal(() => new KeyRing(key(2)).decrypt(ring.encrypt(PLAIN)))).toMatch(/not configured/);
  });

  it("refuses a key of the wrong length, current or previous, and in base64", () => {
    for (const bytes of [0, 16, 31, 33, 64]) {
      const wrong = randomBytes(bytes);
      const message = `a data key must be 32 bytes, given in base64; this one has ${bytes}`;
      expect({ bytes, parsed: refusal(() => parseKey(wrong.toString("base64"))) }).toEqual({ bytes, parsed: message });
      expect({ bytes, current: refusal(() => new KeyRing(wrong)) }).toEqual({ bytes, current: message });
      expect({ bytes, previous: refusal(() => new KeyRing(key(1), [wrong])) }).toEqual({ bytes, previous: message });
    }
    expect(parseKey(key(7).toString("base64"))).toEqual(key(7));
  });

  it("hashes a value for look-up with a key derived from each data key, never the data key itself", () => {
    const ring = new KeyRing(key(1), [key(2)]);
    // Known answers (HMAC-SHA-256 under HKDF-SHA-256 of the data key, info "nk lookup hash v1"):
    // every stored look-up hash depends on them, so a change here would orphan them all.
    const current = "72cd6e84:bf75c55f2c5f6586bbfbfff423c673bd8aa6145485cd0b6331708e0c8bd2f941";
    const previous = "75877bb4:23783a49379f17961b39995e53f4f537f08e935f9079b4bd28ad4a581030903f";
    expect(ring.lookupHash("992917123456")).toBe(current);
    expect(ring.lookupHash("992917123456", keyId(key(2)))).toBe(previous);
    expect(ring.lookupHashes("992917123456")).toEqual([current, previous]);
    expect(new KeyRing(key(1)).lookupHashes("992917123456")).toEqual([current]);
    expect(ring.lookupHash("992917123457")).not.toBe(current);
    const underDataKey = createHmac("sha256", key(1)).update("992917123456").digest("hex");
    expect(current).not.toBe(`${keyId(key(1))}:${underDataKey}`);
    expect(refusal(() => ring.lookupHash("992917123456", "00000000"))).toBe("no data key 00000000 is configured");
  });

  it("encrypts and decrypts columns through the installed ring, leaving null and undefined as they are", () => {
    const ring = new KeyRing(key(1));
    useKeyRing(ring);
    expect(keyRing()).toBe(ring);
    const stored = encrypted.to(PLAIN) as string;
    expect(stored.startsWith(ring.currentPrefix)).toBe(true);
    expect(encrypted.from(stored)).toBe(PLAIN);
    expect(encrypted.to(null)).toBeNull();
    expect(encrypted.to(undefined)).toBeUndefined();
    expect(encrypted.from(null)).toBeNull();
    expect(refusal(() => encrypted.from(alter(stored, 4, flipFirstBit)))).toMatch(/could not be decrypted/);
  });
});
