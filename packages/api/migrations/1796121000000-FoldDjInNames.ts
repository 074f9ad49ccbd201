import type { MigrationInterface, QueryRunner } from "typeorm";

/** Names are now searched with "дж" folded to "ч" (as Tajik "ҷ" is): refold the stored search text. */
export class FoldDjInNames1796121000000 implements MigrationInterface {
  name = "FoldDjInNames1796121000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE beneficiary SET search_text = replace(search_text, 'дж', 'ч'), search_text_minimal = replace(search_text_minimal, 'дж', 'ч')
        WHERE search_text LIKE '%дж%' OR search_text_minimal LIKE '%дж%'`,
    );
  }

  async down(): Promise<void> {
    // The folded text cannot be unfolded; it is recomputed from the names on the next save.
  }
}
