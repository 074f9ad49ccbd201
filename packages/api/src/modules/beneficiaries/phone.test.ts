import { EncryptedPhones1796119937128 } from "../../../migrations/1796119937128-EncryptedPhones";
import { graphql } from "../../../test/gql";
import { type Client, codes, present, startTestPlatform, TEST_DATA_KEY, type TestPlatform } from "../../../test/harness";
import { KeyRing, keyId, useKeyRing } from "../../core/crypto";
import { reencryptAll } from "../../core/db/rotate";

/** Phones at rest (issue 9, item 5): encrypted like sensitive text, found by a keyed hash. */

const CREATE = graphql(`mutation PhoneCreateBeneficiary($input: CreateBeneficiaryInput!) {
  createBeneficiary(input: $input) { beneficiary { id code phone version } userErrors { field message code } }
}`);
const BY_PHONE = graphql(
  `query PhoneBeneficiaries($phone: String!) { beneficiaries(first: 10, filter: { phone: $phone }) { totalCount edges { node { id phone } } } }`,
);
const PHONES = ["+992918123456", "+992935550101", "+992900777888"];

let t: TestPlatform;
let coordinator: Client;
const ids: string[] = [];

beforeAll(async () => {
  t = await startTestPlatform();
  coordinator = await t.signedIn("COORDINATOR");
  const [community] = await t.sql<{ id: string }>("SELECT id FROM community ORDER BY name LIMIT 1");
  for (const phone of PHONES) {
    const r = await coordinator.ok(CREATE, {
      input: { firstName: "Телефон", lastName: "Санҷишова", phone, communityId: community?.id, unitId: await t.unitId("CRISIS") },
    });
    expect(r.createBeneficiary.userErrors).toEqual([]);
    ids.push(present(r.createBeneficiary.beneficiary, "the woman").id);
  }
});
afterAll(() => t?.stop());

/** Every row of every table in the database, as text. */
async function everything(): Promise<string> {
  const tables = await t.sql<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public'");
  const parts = await Promise.all(tables.map(({ tablename }) => t.sql(`SELECT row_to_json(x)::text AS j FROM "${tablename}" x`)));
  return parts
    .flat()
    .map((r) => r.j)
    .join("\n");
}

describe("phones at rest", () => {
  it("keeps no phone in plain text in any table, the demo data's included", async () => {
    const [{ n }] = await t.sql("SELECT count(*)::int AS n FROM beneficiary WHERE phone IS NOT NULL");
    expect(n).toBeGreaterThan(100); // the demo women's phones and ours
    const dump = await everything();
    for (const phone of PHONES) {
      expect(dump).not.toContain(phone);
      expect(dump).not.toContain(phone.slice(4)); // the nine digits without +992
    }
    // Partner organisations' office numbers are not personal data and stay plain (see the README).
    const offices = (await t.sql<{ p: string }>("SELECT contact_phone AS p FROM partner WHERE contact_phone IS NOT NULL")).map((r) => r.p);
    expect(offices.length).toBeGreaterThan(0);
    expect(dump.match(/\+992\d{9}/g)?.filter((p) => !offices.includes(p)) ?? []).toEqual([]);
    const [row] = await t.sql("SELECT phone, phone_hash FROM beneficiary WHERE id = $1", [ids[0]]);
    expect(row.phone).toMatch(/^v1:[0-9a-f]{8}:/);
    expect(row.phone_hash).toMatch(new RegExp(`^${keyId(Buffer.from(TEST_DATA_KEY, "base64"))}:[0-9a-f]{64}$`));
    // Staff who may read it still read the number.
    const read = await coordinator.ok(graphql(`query PhoneBeneficiary($id: ID!) { beneficiary(id: $id) { phone } }`), { id: ids[0] });
    expect(read.beneficiary.phone).toBe(PHONES[0]);
  });

  it("finds a woman by her exact phone, however it is typed, and only for those who may read phones", async () => {
    for (const typed of ["+992918123456", "+992 91 812-34-56", "00992918123456", "918123456"]) {
      const r = await coordinator.ok(BY_PHONE, { phone: typed });
      expect(r.beneficiaries.edges.map((e) => e.node.id)).toEqual([ids[0]]);
    }
    expect((await coordinator.ok(BY_PHONE, { phone: "+992918123457" })).beneficiaries.totalCount).toBe(0);
    const trainer = await t.signedIn("TRAINER");
    expect(codes(await trainer.gql(BY_PHONE, { phone: PHONES[0] }))).toEqual(["FORBIDDEN"]);
    // A phone changed by an update is found under the new number only.
    const [{ version }] = await t.sql("SELECT version FROM beneficiary WHERE id = $1", [ids[2]]);
    await coordinator.ok(
      graphql(
        `mutation PhoneUpdateBeneficiary($input: UpdateBeneficiaryInput!) { updateBeneficiary(input: $input) { userErrors { message } } }`,
      ),
      {
        input: { id: ids[2], version, phone: "+992900777999" },
      },
    );
    expect((await coordinator.ok(BY_PHONE, { phone: "+992900777888" })).beneficiaries.totalCount).toBe(0);
    expect((await coordinator.ok(BY_PHONE, { phone: "+992900777999" })).beneficiaries.totalCount).toBe(1);
  });

  it("clears the phone and its hash when she is erased", async () => {
    const r = await t.admin.ok(
      graphql(
        `mutation PhoneEraseBeneficiary($input: EraseBeneficiaryInput!) { eraseBeneficiary(input: $input) { userErrors { message } } }`,
      ),
      {
        input: { id: ids[1], reason: "She asked to be forgotten." },
      },
    );
    expect(r.eraseBeneficiary.userErrors).toEqual([]);
    expect(await t.sql("SELECT phone, phone_hash FROM beneficiary WHERE id = $1", [ids[1]])).toEqual([{ phone: null, phone_hash: null }]);
    expect((await coordinator.ok(BY_PHONE, { phone: PHONES[1] })).beneficiaries.totalCount).toBe(0);
  });

  it("re-encrypts phones and recomputes their hashes when the data key is rotated", async () => {
    const oldKey = Buffer.from(TEST_DATA_KEY, "base64");
    const newKey = Buffer.alloc(32, 0x09);
    const ring = new KeyRing(newKey, [oldKey]);
    useKeyRing(ring);
    try {
      // While the rotation has not run, a look-up matches the hash under either key.
      expect((await coordinator.ok(BY_PHONE, { phone: PHONES[0] })).beneficiaries.totalCount).toBe(1);
      const report = await reencryptAll(t.platform.services.db, ring);
      const phones = report.find((r) => r.table === "beneficiary" && r.column === "phone")?.reencrypted ?? 0;
      const hashes = report.find((r) => r.table === "beneficiary" && r.column === "phone_hash")?.reencrypted ?? 0;
      expect(phones).toBeGreaterThan(100);
      expect(hashes).toBe(phones);
      const [stale] = await t.sql(
        "SELECT count(*)::int AS n FROM beneficiary WHERE phone IS NOT NULL AND (phone NOT LIKE $1 OR phone_hash NOT LIKE $2)",
        [`v1:${keyId(newKey)}:%`, `${keyId(newKey)}:%`],
      );
      expect(stale.n).toBe(0);
      useKeyRing(new KeyRing(newKey)); // the old key is gone
      const found = await coordinator.ok(BY_PHONE, { phone: PHONES[0] });
      expect(found.beneficiaries.edges).toEqual([{ node: { id: ids[0], phone: PHONES[0] } }]);
    } finally {
      useKeyRing(new KeyRing(oldKey, [newKey]));
      await reencryptAll(t.platform.services.db, new KeyRing(oldKey, [newKey]));
    }
  });

  it("converts existing rows in its migration, and back without losing a number", async () => {
    const migration = new EncryptedPhones1796119937128();
    const runner = t.platform.services.db.createQueryRunner();
    try {
      const before = await t.sql<{ id: string; phone: string | null }>("SELECT id, phone FROM beneficiary ORDER BY id");
      await runner.startTransaction();
      await migration.down(runner);
      const plain = await runner.query("SELECT id, phone FROM beneficiary ORDER BY id");
      expect(plain.find((r: { id: string }) => r.id === ids[0]).phone).toBe(PHONES[0]);
      expect(plain.filter((r: { phone: string | null }) => r.phone?.startsWith("v1:"))).toEqual([]);
      expect(plain.filter((r: { phone: string | null }) => r.phone !== null).length).toBe(before.filter((r) => r.phone !== null).length);
      await migration.up(runner);
      const again = await runner.query("SELECT id, phone, phone_hash FROM beneficiary WHERE id = $1", [ids[0]]);
      expect(again[0].phone).toMatch(/^v1:/);
      expect(again[0].phone_hash).toBe(new KeyRing(Buffer.from(TEST_DATA_KEY, "base64")).lookupHash(PHONES[0] as string));
      await runner.commitTransaction();
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
    expect((await coordinator.ok(BY_PHONE, { phone: PHONES[0] })).beneficiaries.totalCount).toBe(1);
  });
});
