import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Beds become records: each shelter unit gets beds B1…B<capacity>, every label a stay already used
 * becomes a bed of its own (nothing typed before is lost), and stays point at their bed by id.
 */
export class ShelterBeds1796134146312 implements MigrationInterface {
  name = "ShelterBeds1796134146312";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "shelter_bed" ("version" integer NOT NULL DEFAULT '1', "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "unit_id" uuid NOT NULL, "code" character varying(20) NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_674cceb9393804b3dcb334553ba" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "shelter_bed_code_per_unit" ON "shelter_bed"  ("unit_id", "code") `);
    await queryRunner.query(
      `ALTER TABLE "shelter_bed" ADD CONSTRAINT "FK_54f3f4c90ed8c3a62f773ae9e6a" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `INSERT INTO shelter_bed (unit_id, code, position)
        SELECT u.id, 'B' || n, n FROM unit u CROSS JOIN LATERAL generate_series(1, COALESCE(u.capacity, 0)) AS n WHERE u.kind = 'SHELTER'`,
    );
    await queryRunner.query(
      `INSERT INTO shelter_bed (unit_id, code, position)
        SELECT used.unit_id, used.bed, 1000 + row_number() OVER (PARTITION BY used.unit_id ORDER BY used.bed)
        FROM (SELECT DISTINCT unit_id, bed FROM shelter_stay) used
        WHERE NOT EXISTS (SELECT 1 FROM shelter_bed b WHERE b.unit_id = used.unit_id AND b.code = used.bed)`,
    );
    await queryRunner.query(`DROP INDEX "public"."shelter_stay_one_open_per_bed"`);
    await queryRunner.query(`ALTER TABLE "shelter_stay" ADD "bed_id" uuid`);
    await queryRunner.query(`UPDATE shelter_stay s SET bed_id = b.id FROM shelter_bed b WHERE b.unit_id = s.unit_id AND b.code = s.bed`);
    await queryRunner.query(`ALTER TABLE "shelter_stay" ALTER COLUMN "bed_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "shelter_stay" DROP COLUMN "bed"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "shelter_stay_one_open_per_bed" ON "shelter_stay"  ("bed_id") WHERE discharged_on IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "shelter_stay" ADD CONSTRAINT "FK_c55d07e03a4d4eccc1c76e15a7d" FOREIGN KEY ("bed_id") REFERENCES "shelter_bed"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "shelter_stay" DROP CONSTRAINT "FK_c55d07e03a4d4eccc1c76e15a7d"`);
    await queryRunner.query(`DROP INDEX "public"."shelter_stay_one_open_per_bed"`);
    await queryRunner.query(`ALTER TABLE "shelter_stay" ADD "bed" character varying(20)`);
    await queryRunner.query(`UPDATE shelter_stay s SET bed = b.code FROM shelter_bed b WHERE b.id = s.bed_id`);
    await queryRunner.query(`ALTER TABLE "shelter_stay" ALTER COLUMN "bed" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "shelter_stay" DROP COLUMN "bed_id"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "shelter_stay_one_open_per_bed" ON "shelter_stay" ("unit_id", "bed") WHERE discharged_on IS NULL`,
    );
    await queryRunner.query(`ALTER TABLE "shelter_bed" DROP CONSTRAINT "FK_54f3f4c90ed8c3a62f773ae9e6a"`);
    await queryRunner.query(`DROP INDEX "public"."shelter_bed_code_per_unit"`);
    await queryRunner.query(`DROP TABLE "shelter_bed"`);
  }
}
