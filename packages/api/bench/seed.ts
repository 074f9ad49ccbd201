// Fills the benchmark's own database (bench/database.ts) with NK at a hundred times its size, in
// SQL: the demo organisation, then women over the 9 communities, five years of services, cases
// with incidents, referrals and shelter stays, consents, courses with attendance and campaign
// activities. Run: pnpm --filter @nk/api bench:seed [--women 100000] (services: 10 per woman).
// The database is emptied first; nothing else is touched.
import "reflect-metadata";
import type { DataSource, EntityManager } from "typeorm";
import { seedDemoData } from "../seed/demo";
import { hashPassword } from "../src/core/auth/password";
import { KeyRing, parseKey, useKeyRing } from "../src/core/crypto";
import { createDataSource, DEFAULT_DATABASE_LIMITS } from "../src/core/db/data-source";
import { createLogger } from "../src/core/logger";
import { foldName } from "../src/core/text";
import { entities } from "../src/entities";
import { SUBTYPES } from "../src/modules/assistance/service.entity";
import { BENCH_PASSWORD, BENCH_USERS, openBenchDatabase } from "./database";

const FIRST = [
  "Зарина",
  "Гулнора",
  "Мадина",
  "Нилуфар",
  "Фарзона",
  "Шахноза",
  "Мехрона",
  "Парвина",
  "Дилором",
  "Малика",
  "Тахмина",
  "Гулҷаҳон",
  "Зебо",
  "Ситора",
  "Марҳабо",
  "Саодат",
];
const LAST = [
  "Каримова",
  "Раҳимова",
  "Назарова",
  "Саидова",
  "Шарипова",
  "Юсупова",
  "Давлатова",
  "Исмоилова",
  "Ҷӯраева",
  "Қодирова",
  "Сафарова",
  "Ҳасанова",
];
const PATRONYMIC = ["Рустамовна", "Давроновна", "Шарифовна", "Умедовна", "Файзуллоевна", "Азизовна", null];

function numberArg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 100) throw new Error(`--${name} takes a whole number of at least 100`);
  return value;
}

async function step(log: (line: string) => void, name: string, work: () => Promise<unknown>) {
  const t0 = Date.now();
  await work();
  log(`${name.padEnd(44)} ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

/** Women over the nine communities (one as large as 17.7 % of all), registered over five years. */
async function women(em: EntityManager, n: number) {
  const names = (list: (string | null)[]) => [list.map((x) => x ?? ""), list.map((x) => (x ? foldName(x) : ""))];
  const [first, firstFolded] = names(FIRST);
  const [last, lastFolded] = names(LAST);
  const [patronymic, patronymicFolded] = names(PATRONYMIC);
  await em.query(
    `WITH c AS (SELECT id, row_number() OVER (ORDER BY name)::int AS i FROM community),
          u AS (SELECT id, code FROM unit),
          g AS (SELECT g,
                       width_bucket(random() * 100, ARRAY[0, 17.7, 32.7, 45.7, 57.7, 68.7, 78.7, 86.7, 93.7]::float8[]) AS ci,
                       1 + floor(random() * ${FIRST.length})::int AS f, 1 + floor(random() * ${LAST.length})::int AS l,
                       1 + floor(random() * ${PATRONYMIC.length})::int AS p, random() AS r, random() AS r2
                  FROM generate_series(1, $1) g)
     INSERT INTO beneficiary (code, first_name, last_name, patronymic, birth_year, community_id, unit_id, status,
                              vulnerabilities, registered_on, search_text, search_text_minimal, created_at, updated_at)
     SELECT 'NK-B-' || lpad(g.g::text, 7, '0'), ($2::text[])[f], ($4::text[])[l], NULLIF(($6::text[])[p], ''),
            1950 + floor(r * 55)::int, c.id,
            (SELECT id FROM u WHERE code = CASE WHEN r2 < 0.6 THEN 'RESOURCE' WHEN r2 < 0.95 THEN 'CRISIS' ELSE 'SHELTER' END),
            CASE WHEN r2 < 0.8 THEN 'ACTIVE' ELSE 'INACTIVE' END,
            CASE WHEN r < 0.3 THEN ARRAY['DOMESTIC_VIOLENCE_SURVIVOR'] WHEN r < 0.5 THEN ARRAY['LOW_INCOME', 'SINGLE_MOTHER'] ELSE '{}' END,
            current_date - floor(r2 * 1825)::int,
            lower('nk-b-' || lpad(g.g::text, 7, '0')) || ' ' || ($3::text[])[f] || ' ' || ($5::text[])[l] || ' ' || ($7::text[])[p],
            lower('nk-b-' || lpad(g.g::text, 7, '0')) || ' ' || ($3::text[])[f],
            now(), now()
       FROM g JOIN c ON c.i = g.ci`,
    [n, first, firstFolded, last, lastFolded, patronymic, patronymicFolded],
  );
  await em.query(`CREATE TEMP TABLE bench_woman AS
    SELECT row_number() OVER (ORDER BY id)::int AS i, id, unit_id, registered_on FROM beneficiary`);
  await em.query("CREATE UNIQUE INDEX ON bench_woman (i)");
}

/** Cases of one woman in five, a third still open, assigned over the case workers. */
async function cases(em: EntityManager, n: number) {
  await em.query(
    `WITH w AS (SELECT id, registered_on FROM bench_woman ORDER BY random() LIMIT $1),
          cw AS (SELECT array_agg(id ORDER BY email) AS ids FROM "user" WHERE role = 'CASE_WORKER' AND archived_at IS NULL),
          crisis AS (SELECT id FROM unit WHERE code = 'CRISIS'),
          p AS (SELECT w.*, random() AS r, random() AS r2 FROM w)
     INSERT INTO "case" (beneficiary_id, unit_id, case_worker_id, status, stage, risk_level, opened_at, closed_at)
     SELECT p.id, crisis.id, cw.ids[1 + floor(p.r2 * cardinality(cw.ids))::int],
            CASE WHEN p.r < 0.33 THEN 'OPEN' WHEN p.r < 0.95 THEN 'CLOSED' ELSE 'TRANSFERRED' END,
            CASE WHEN p.r < 0.1 THEN 'NEW' WHEN p.r < 0.2 THEN 'CASE_PLAN' WHEN p.r < 0.33 THEN 'SERVICE_PROVISION' ELSE 'CLOSED' END,
            (ARRAY['HIGH', 'MEDIUM', 'LOW'])[1 + floor(p.r2 * 7)::int % 3],
            (p.registered_on + floor(p.r2 * (current_date - p.registered_on))::int)::timestamptz + interval '10 hours',
            CASE WHEN p.r >= 0.33 THEN now() - (p.r * interval '300 days') END
       FROM p, cw, crisis`,
    [n],
  );
  await em.query(`INSERT INTO case_risk_change (case_id, previous_level, level, reason, changed_at)
    SELECT id, NULL, risk_level, NULL, opened_at FROM "case"`);
  await em.query(`INSERT INTO incident (case_id, occurred_on, reported_on, gbv_type, perpetrator_relation, place_type)
    SELECT c.id, (c.opened_at::date - k * 3 - floor(random() * 20)::int), (c.opened_at::date - k * 3),
           (ARRAY['RAPE','SEXUAL_ASSAULT','PHYSICAL_ASSAULT','FORCED_MARRIAGE','DENIAL_OF_RESOURCES','PSYCHOLOGICAL_ABUSE'])[1 + floor(random() * 6)::int],
           (ARRAY['INTIMATE_PARTNER','FORMER_PARTNER','FAMILY_MEMBER','IN_LAW','OTHER'])[1 + floor(random() * 5)::int],
           (ARRAY['HOME','IN_LAWS_HOME','PUBLIC_PLACE','WORKPLACE'])[1 + floor(random() * 4)::int]
      FROM "case" c CROSS JOIN generate_series(0, 1) k WHERE k = 0 OR random() < 0.25`);
  await em.query(`CREATE TEMP TABLE bench_case AS
    SELECT DISTINCT ON (beneficiary_id) beneficiary_id, id, unit_id, opened_at FROM "case" ORDER BY beneficiary_id, opened_at`);
  await em.query("CREATE UNIQUE INDEX ON bench_case (beneficiary_id)");
}

/** Ten services per woman on average, more for some, after her registration; half of a case's woman's on her case. */
async function services(em: EntityManager, n: number) {
  const pairs = Object.entries(SUBTYPES).flatMap(([kind, subtypes]) => subtypes.map((s) => [kind, s]));
  const [{ women }] = (await em.query("SELECT count(*)::int AS women FROM bench_woman")) as [{ women: number }];
  // The women-supported rollups (months and days) are refilled once after the bulk insert rather than kept per statement.
  await em.query("ALTER TABLE service DISABLE TRIGGER service_reach_insert");
  await em.query("ALTER TABLE service DISABLE TRIGGER service_reach_days_insert");
  await em.query(
    `WITH staff AS (SELECT array_agg(id ORDER BY email) AS ids FROM "user" WHERE role IN ('CASE_WORKER', 'COORDINATOR')),
          g AS (SELECT 1 + floor(power(random(), 1.6) * $2)::int AS wi, 1 + floor(random() * $5)::int AS k,
                       random() AS r, random() AS r2, random() AS r3 FROM generate_series(1, $1))
     INSERT INTO service (beneficiary_id, case_id, unit_id, provider_id, kind, subtype, provided_on, outcome, follow_up_due_on, follow_up_done_at)
     SELECT w.id, CASE WHEN g.r3 < 0.5 THEN bc.id END, COALESCE(CASE WHEN g.r3 < 0.5 THEN bc.unit_id END, w.unit_id),
            staff.ids[1 + floor(g.r2 * cardinality(staff.ids))::int],
            ($3::text[])[g.k], ($4::text[])[g.k],
            s.day,
            CASE WHEN g.r < 0.7 THEN 'PROVIDED' WHEN g.r < 0.85 THEN 'REFERRED' WHEN g.r < 0.92 THEN 'RECEIVED_ELSEWHERE' ELSE 'DECLINED' END,
            CASE WHEN g.r2 < 0.2 THEN s.day + 14 END,
            CASE WHEN g.r2 < 0.2 AND s.day + 14 < current_date - 30 AND g.r3 < 0.9 THEN (s.day + 12)::timestamptz END
       FROM g JOIN bench_woman w ON w.i = g.wi LEFT JOIN bench_case bc ON bc.beneficiary_id = w.id CROSS JOIN staff
       CROSS JOIN LATERAL (SELECT w.registered_on + floor(g.r * (current_date - w.registered_on))::int AS day) s`,
    [n, women, pairs.map((p) => p[0]), pairs.map((p) => p[1]), pairs.length],
  );
  await em.query("ALTER TABLE service ENABLE TRIGGER service_reach_insert");
  await em.query("ALTER TABLE service ENABLE TRIGGER service_reach_days_insert");
  await em.query("SELECT service_reach_refill()");
  await em.query("SELECT service_reach_days_refill()");
}

async function referralsAndStays(em: EntityManager) {
  await em.query(`WITH r AS (SELECT c.*, random() AS x FROM "case" c WHERE random() < 0.5)
    INSERT INTO referral (beneficiary_id, case_id, unit_id, receiver_kind, receiver_name, reason, shares_personal_data, status, referred_at)
    SELECT beneficiary_id, id, unit_id, (ARRAY['HOSPITAL','POLICE','LEGAL_AID','STATE_BODY'])[1 + floor(x * 4)::int],
           'Kulob receiver ' || (1 + floor(x * 12)::int), NULL, false,
           CASE WHEN status = 'OPEN' THEN (ARRAY['IN_PROGRESS','ACCEPTED'])[1 + floor(x * 2)::int] ELSE 'DONE' END,
           opened_at + interval '2 days'
      FROM r`);
  await em.query(`INSERT INTO referral_status_change (referral_id, from_status, to_status, changed_at)
    SELECT id, NULL, 'IN_PROGRESS', referred_at FROM referral`);
  await em.query(`WITH s AS (SELECT c.*, row_number() OVER (ORDER BY random()) AS k FROM "case" c WHERE c.status <> 'OPEN' AND random() < 0.15),
         shelter AS (SELECT id FROM unit WHERE code = 'SHELTER')
    INSERT INTO shelter_stay (beneficiary_id, case_id, unit_id, admitted_on, planned_discharge_on, discharged_on, accompanying_children, bed_id)
    SELECT s.beneficiary_id, s.id, shelter.id, s.opened_at::date, s.opened_at::date + 30,
           s.opened_at::date + 5 + floor(random() * 50)::int, floor(random() * 3)::int,
           (SELECT b.id FROM shelter_bed b WHERE b.unit_id = shelter.id ORDER BY b.position
             OFFSET s.k % (SELECT count(*) FROM shelter_bed WHERE unit_id = shelter.id) LIMIT 1)
      FROM s, shelter`);
}

async function consents(em: EntityManager) {
  await em.query(`INSERT INTO consent (beneficiary_id, scope, given_at)
    SELECT w.id, scope, w.registered_on::timestamptz + interval '9 hours'
      FROM bench_woman w CROSS JOIN unnest(ARRAY['SERVICES', 'STATISTICS']) scope
     WHERE scope = 'SERVICES' OR random() < 0.8`);
}

/** Courses of the demo trainings in every community, 15 women each, six sessions with attendance. */
async function learning(em: EntityManager, courses: number) {
  await em.query(
    `WITH t AS (SELECT id FROM training ORDER BY code LIMIT 1), c AS (SELECT array_agg(id) AS ids FROM community),
          g AS (SELECT g, current_date - 60 - floor(random() * 1700)::int AS starts FROM generate_series(1, $1) g)
     INSERT INTO training_course (training_id, community_id, place, starts_on, ends_on, capacity)
     SELECT t.id, c.ids[1 + g.g % cardinality(c.ids)], 'Community hall', g.starts, g.starts + 35, 20 FROM g, t, c`,
    [courses],
  );
  await em.query(`INSERT INTO training_session (course_id, held_on, topic)
    SELECT c.id, c.starts_on + k * 7, 'Session ' || (k + 1) FROM training_course c CROSS JOIN generate_series(0, 5) k
     WHERE NOT EXISTS (SELECT 1 FROM training_session s WHERE s.course_id = c.id)`);
  await em.query(`INSERT INTO enrollment (course_id, beneficiary_id, enrolled_at)
    SELECT c.id, w.id, c.starts_on::timestamptz
      FROM training_course c CROSS JOIN LATERAL (
        SELECT b.id FROM beneficiary b WHERE b.community_id = c.community_id ORDER BY b.id
        OFFSET floor(random() * 500)::int LIMIT 15) w
     WHERE NOT EXISTS (SELECT 1 FROM enrollment e WHERE e.course_id = c.id)
    ON CONFLICT DO NOTHING`);
  await em.query(`INSERT INTO attendance (session_id, enrollment_id, present, recorded_at)
    SELECT s.id, e.id, random() < 0.85, s.held_on::timestamptz
      FROM enrollment e JOIN training_session s ON s.course_id = e.course_id
    ON CONFLICT DO NOTHING`);
}

/** Activities of every campaign, in its districts and within its period. */
async function activities(em: EntityManager, n: number) {
  await em.query(
    `WITH cd AS (SELECT cd.campaign_id, cd.district_id, c.starts_on, c.ends_on, row_number() OVER () AS i
                   FROM campaign_district cd JOIN campaign c ON c.id = cd.campaign_id),
          total AS (SELECT count(*) AS n FROM cd),
          g AS (SELECT 1 + floor(random() * (SELECT n FROM total))::int AS i, random() AS r FROM generate_series(1, $1))
     INSERT INTO campaign_activity (campaign_id, kind, title, district_id, held_on, women_18_29, women_30_49, men_18_29, materials)
     SELECT cd.campaign_id, (ARRAY['EVENT','TRAINING','MEDIA','DOOR_TO_DOOR'])[1 + floor(g.r * 4)::int], 'Activity',
            cd.district_id, cd.starts_on + floor(g.r * (cd.ends_on - cd.starts_on + 1))::int,
            floor(g.r * 40)::int, floor(g.r * 30)::int, floor(g.r * 10)::int, floor(g.r * 100)::int
       FROM g JOIN cd ON cd.i = g.i`,
    [n],
  );
}

/** The staff the benchmark signs in as; the case worker holds her share of the cases. */
async function benchStaff(em: EntityManager) {
  const hash = await hashPassword(BENCH_PASSWORD);
  await em.query(
    `INSERT INTO "user" (email, full_name, role, password_hash) VALUES ($1, 'Bench Coordinator', 'COORDINATOR', $3), ($2, 'Bench Case Worker', 'CASE_WORKER', $3)`,
    [BENCH_USERS.coordinator, BENCH_USERS.caseWorker, hash],
  );
  await em.query(
    `INSERT INTO user_unit (user_id, unit_id) SELECT u.id, unit.id FROM "user" u, unit WHERE u.email = $1 AND unit.code = 'CRISIS'`,
    [BENCH_USERS.caseWorker],
  );
}

async function emptyDatabase(db: DataSource) {
  await db.query("DROP SCHEMA public CASCADE");
  await db.query("CREATE SCHEMA public");
}

async function main() {
  const womenCount = numberArg("women", 10_000);
  const log = createLogger("warn");
  const print = (line: string) => console.log(line);
  const database = await openBenchDatabase(log);
  useKeyRing(new KeyRing(parseKey(database.dataKey), []));
  // Statements of a million rows take longer than a request may: no statement timeout.
  const db = createDataSource(database.url, { entities, limits: { ...DEFAULT_DATABASE_LIMITS, statementTimeoutMs: 0 } });
  try {
    await db.initialize();
    const t0 = Date.now();
    await step(print, "empty the bench database", () => emptyDatabase(db));
    await step(print, "migrations", () => db.runMigrations({ transaction: "each" }));
    await step(print, "demo organisation and records", () => seedDemoData(db, log));
    await db.transaction(async (em) => {
      await em.query("SET LOCAL synchronous_commit = off");
      await em.query("SELECT setseed(0.1993)");
      await step(print, "bench staff", () => benchStaff(em));
      await step(print, `${womenCount} women`, () => women(em, womenCount));
      await step(print, `${womenCount / 5} cases with incidents`, () => cases(em, Math.round(womenCount / 5)));
      await step(print, `${womenCount * 10} services`, () => services(em, womenCount * 10));
      await step(print, "referrals and shelter stays", () => referralsAndStays(em));
      await step(print, "consents", () => consents(em));
      await step(print, "courses, sessions, enrolments, attendance", () => learning(em, Math.round(womenCount / 100)));
      await step(print, "campaign activities", () => activities(em, Math.round(womenCount / 20)));
    });
    await step(print, "VACUUM ANALYZE", () => db.query("VACUUM ANALYZE"));
    const counts = (await db.query(`SELECT
        (SELECT count(*) FROM beneficiary)::int AS beneficiaries, (SELECT count(*) FROM service)::int AS services,
        (SELECT count(*) FROM "case")::int AS cases, (SELECT count(*) FROM incident)::int AS incidents,
        (SELECT count(*) FROM referral)::int AS referrals, (SELECT count(*) FROM shelter_stay)::int AS shelter_stays,
        (SELECT count(*) FROM consent)::int AS consents, (SELECT count(*) FROM enrollment)::int AS enrolments,
        (SELECT count(*) FROM attendance)::int AS attendance, (SELECT count(*) FROM campaign_activity)::int AS activities,
        pg_size_pretty(pg_database_size(current_database())) AS size`)) as Record<string, unknown>[];
    console.log(JSON.stringify(counts[0]));
    console.log(`done in ${((Date.now() - t0) / 1000).toFixed(0)} s: ${database.url.replace(/:[^:@/]+@/, ":***@")}`);
  } finally {
    if (db.isInitialized) await db.destroy();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
