import { KeyRing, lookupHashedColumns, useKeyRing } from "./crypto";
import { hashedPhone, normalisePhone, phoneColumns, phoneHashes } from "./phone";

const key = (fill: number) => Buffer.alloc(32, fill);

describe("phone numbers", () => {
  it("writes every way of typing one Tajik number as +992 and nine digits", () => {
    for (const typed of [
      "+992 93 123 45 67",
      "+992-93-123-45-67",
      "00992 (93) 123.45.67",
      "992931234567",
      "93 123 45 67",
      "931234567",
      "  +992931234567  ",
      "+992\t93\n1234567",
    ]) {
      expect({ typed, normalised: normalisePhone(typed) }).toEqual({ typed, normalised: "+992931234567" });
    }
  });

  it("keeps a number of another form as typed, without its separators", () => {
    expect(normalisePhone("+7 (916) 123-45-67")).toBe("+79161234567");
    expect(normalisePhone("0099293123456")).toBe("0099293123456"); // 00992 and eight digits
    expect(normalisePhone("99293123456")).toBe("99293123456"); // 992 and eight digits
    expect(normalisePhone("93123456")).toBe("93123456"); // eight digits
    expect(normalisePhone("9312345678")).toBe("9312345678"); // ten digits
    expect(normalisePhone("x00992931234567")).toBe("x00992931234567");
    expect(normalisePhone("00992931234567x")).toBe("00992931234567x");
    expect(normalisePhone("x992931234567")).toBe("x992931234567");
    expect(normalisePhone("992931234567x")).toBe("992931234567x");
    expect(normalisePhone("x931234567")).toBe("x931234567");
    expect(normalisePhone("931234567x")).toBe("931234567x");
    expect(normalisePhone("9929312345678")).toBe("9929312345678");
  });

  it("stores the normalised number with its keyed hash, and nothing for no number", () => {
    const ring = new KeyRing(key(1), [key(2)]);
    useKeyRing(ring);
    expect(phoneColumns("93 123 45 67")).toEqual({ phone: "+992931234567", phoneHash: ring.lookupHash("+992931234567") });
    for (const none of [null, undefined, ""]) expect(phoneColumns(none)).toEqual({ phone: null, phoneHash: null });
    // Under every key while a rotation runs, for the number however it is typed.
    expect(phoneHashes("0099293 123 4567")).toEqual(ring.lookupHashes("+992931234567"));
    expect(phoneHashes("0099293 123 4567")).toHaveLength(2);
  });

  it("registers a table's phone column once, for key rotation", () => {
    const before = lookupHashedColumns.length;
    hashedPhone("test_person");
    hashedPhone("test_person");
    hashedPhone("test_person", "mobile", "mobile_hash");
    hashedPhone("test_contact");
    const added = lookupHashedColumns.slice(before);
    expect(added.map(({ table, column, hashColumn }) => ({ table, column, hashColumn }))).toEqual([
      { table: "test_person", column: "phone", hashColumn: "phone_hash" },
      { table: "test_person", column: "mobile", hashColumn: "mobile_hash" },
      { table: "test_contact", column: "phone", hashColumn: "phone_hash" },
    ]);
    expect(added[0]?.normalise("93 123 45 67")).toBe("+992931234567");
  });
});
