import type { TestPlatform } from "../../../test/harness";

/** A fixture in 2019 (the demo data covers 2021–2026), written with SQL into a test file's own database. */

export const TABLE = `query($input: StatisticsTableInput!) {
  statisticsTable(input: $input) {
    table period { from to kind } minimumCount note
    columns { key label }
    rows { key label cells { column value suppressed } total { value suppressed } }
    columnTotals { column value suppressed }
    grandTotal { value suppressed }
  }
}`;

export type Consent = "yes" | "no" | "withdrawn" | "late";
let counter = 0;

export interface Fixture {
  districts: Map<string, string>; // name → id
  women(district: string, n: number, consent?: Consent): Promise<string[]>;
  services(ids: string[], kind: string, on?: string): Promise<void>;
}

export async function fixture(t: Pick<TestPlatform, "sql" | "unitId">): Promise<Fixture> {
  const unitId = await t.unitId("CRISIS");
  const rows = await t.sql<{ district: string; districtId: string; community: string }>(
    `SELECT DISTINCT ON (d.name) d.name AS district, d.id AS "districtId", c.id AS community
       FROM district d JOIN community c ON c.district_id = d.id ORDER BY d.name, c.name`,
  );
  const community = new Map(rows.map((r) => [r.district, r.community]));
  const f: Fixture = {
    districts: new Map(rows.map((r) => [r.district, r.districtId])),
    async women(district, n, consent = "yes") {
      const ids = (
        await t.sql<{ id: string }>(
          `INSERT INTO beneficiary (code, first_name, last_name, community_id, unit_id, search_text, search_text_minimal, registered_on)
           SELECT 'ST-' || $1::int || '-' || g, 'Test', 'Woman', $2, $3, '', '', '2018-11-01' FROM generate_series(1, $4::int) g
           RETURNING id`,
          [++counter, community.get(district), unitId, n],
        )
      ).map((r) => r.id);
      if (consent !== "no") {
        await t.sql(
          `INSERT INTO consent (beneficiary_id, scope, given_at, withdrawn_at)
           SELECT id, 'STATISTICS', $2::timestamptz, $3::timestamptz FROM unnest($1::uuid[]) id`,
          [
            ids,
            consent === "late" ? "2019-04-02T10:00:00Z" : "2018-12-01T10:00:00Z",
            consent === "withdrawn" ? "2020-01-10T10:00:00Z" : null,
          ],
        );
      }
      return ids;
    },
    async services(ids, kind, on = "2019-02-10") {
      await t.sql(
        `INSERT INTO service (beneficiary_id, unit_id, kind, subtype, provided_on, outcome)
         SELECT id, $2, $3, 'OTHER', $4::date, 'PROVIDED' FROM unnest($1::uuid[]) id`,
        [ids, unitId, kind, on],
      );
    },
  };
  return f;
}

/** Women supported in 2019 Q1: Kulob 12 legal (3 of them also medical), 15 psychological; Hamadoni 11 legal, 10 psychological, 6 medical. */
export async function supportFixture(t: Pick<TestPlatform, "sql">, f: Fixture) {
  const kulobLegal = await f.women("Kulob", 12);
  await f.services(kulobLegal, "LEGAL");
  await f.services(kulobLegal.slice(0, 3), "MEDICAL", "2019-03-31");
  await f.services(kulobLegal.slice(0, 5), "LEGAL", "2019-01-01"); // a second legal service counts once
  await f.services(await f.women("Kulob", 15), "PSYCHOLOGICAL");
  const hamadoniLegal = await f.women("Hamadoni", 11);
  await f.services(hamadoniLegal, "LEGAL");
  await t.sql("UPDATE beneficiary SET erased_at = now() WHERE id = $1", [hamadoniLegal[0]]); // erased, consented: still counted
  await f.services(await f.women("Hamadoni", 10), "PSYCHOLOGICAL");
  await f.services(await f.women("Hamadoni", 6), "MEDICAL");
  // outside the period, or not counted
  await f.services(await f.women("Kulob", 4), "ECONOMIC", "2018-12-31");
  await f.services(await f.women("Kulob", 4), "ECONOMIC", "2019-04-01");
  const archived = await f.women("Shurabad", 12);
  await f.services(archived, "LEGAL");
  await t.sql("UPDATE service SET archived_at = now() WHERE beneficiary_id = ANY($1::uuid[])", [archived]);
}

export const Q1 = { year: 2019, quarter: 1 };
export const cell = (value: number | null) => (value === null ? { value: null, suppressed: true } : { value, suppressed: false });

type Value = { value: number | null };

/** A table as rows of values by label (each row's total last), with the totals row as TOTAL. */
export function grid(table: {
  rows: { label: string; cells: Value[]; total: Value }[];
  columnTotals: Value[];
  grandTotal: Value;
}): Record<string, (number | null)[]> {
  const out: Record<string, (number | null)[]> = {};
  for (const row of table.rows) out[row.label] = [...row.cells.map((c) => c.value), row.total.value];
  out.TOTAL = [...table.columnTotals.map((c) => c.value), table.grandTotal.value];
  return out;
}
