import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Names are now searched without the hard sign, which Tajik writes for the ayn (Маъруфа,
 * Маъмура) and Russian spellings usually leave out (Маруфа, Мамура): refold the stored search text.
 */
export class FoldHardSignInNames1796131000000 implements MigrationInterface {
  name = "FoldHardSignInNames1796131000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE beneficiary SET search_text = replace(replace(search_text, 'ъ', ''), 'дж', 'ч'),
        search_text_minimal = replace(replace(search_text_minimal, 'ъ', ''), 'дж', 'ч')
        WHERE search_text LIKE '%ъ%' OR search_text_minimal LIKE '%ъ%'`,
    );
  }

  async down(): Promise<void> {
    // The folded text cannot be unfolded; it is recomputed from the names on the next save.
  }
}
