import type { MigrationInterface, QueryRunner } from "typeorm";
import { keyRing } from "../src/core/crypto";
import { normalisePhone } from "../src/core/phone";

const BATCH = 500;

/**
 * Beneficiaries' phones encrypted at rest (AES-256-GCM under the data key, as sensitive text),
 * with a keyed hash (HMAC-SHA-256 of the normalised number) for exact look-up. Existing numbers
 * are converted in place; going down decrypts them back, so no number is lost either way.
 */
export class EncryptedPhones1796119937128 implements MigrationInterface {
  name = "EncryptedPhones1796119937128";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "beneficiary" ALTER COLUMN "phone" TYPE text');
    await queryRunner.query('ALTER TABLE "beneficiary" ADD "phone_hash" character varying(80)');
    await queryRunner.query('CREATE INDEX "beneficiary_phone_hash_idx" ON "beneficiary" ("phone_hash")');
    for (;;) {
      const rows: { id: string; phone: string }[] = await queryRunner.query(
        `SELECT id, phone FROM beneficiary WHERE phone IS NOT NULL AND phone NOT LIKE 'v1:%' LIMIT ${BATCH}`,
      );
      if (rows.length === 0) break;
      const ring = keyRing();
      const phones = rows.map((r) => normalisePhone(r.phone));
      await queryRunner.query(
        `UPDATE beneficiary b SET phone = x.phone, phone_hash = x.hash
           FROM unnest($1::uuid[], $2::text[], $3::text[]) AS x(id, phone, hash) WHERE b.id = x.id`,
        [rows.map((r) => r.id), phones.map((p) => ring.encrypt(p)), phones.map((p) => ring.lookupHash(p))],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (;;) {
      const rows: { id: string; phone: string }[] = await queryRunner.query(
        `SELECT id, phone FROM beneficiary WHERE phone LIKE 'v1:%' LIMIT ${BATCH}`,
      );
      if (rows.length === 0) break;
      const ring = keyRing();
      await queryRunner.query(
        "UPDATE beneficiary b SET phone = x.phone FROM unnest($1::uuid[], $2::text[]) AS x(id, phone) WHERE b.id = x.id",
        [rows.map((r) => r.id), rows.map((r) => ring.decrypt(r.phone))],
      );
    }
    await queryRunner.query('DROP INDEX "public"."beneficiary_phone_hash_idx"');
    await queryRunner.query('ALTER TABLE "beneficiary" DROP COLUMN "phone_hash"');
    await queryRunner.query('ALTER TABLE "beneficiary" ALTER COLUMN "phone" TYPE character varying(20)');
  }
}
