import { parse } from "csv-parse/sync";
import { graphql } from "./gql";
import { type Client, present, startTestPlatform, type TestPlatform } from "./harness";

const CREATE = graphql(`mutation ExportsCreateBeneficiary($input: CreateBeneficiaryInput!) {
  createBeneficiary(input: $input) { beneficiary { id code } userErrors { field message code } }
}`);
const COUNT = graphql(`query ExportsBeneficiaryCount($filter: BeneficiaryFilter) {
  beneficiaries(first: 0, filter: $filter) { totalCount }
}`);

const CREATE_CAMPAIGN = graphql(`mutation ExportsCreateCampaign($input: CreateCampaignInput!) {
  createCampaign(input: $input) { campaign { id } userErrors { field message code } }
}`);
const REPORT_ACTIVITY = graphql(`mutation ExportsReportActivity($input: ReportCampaignActivityInput!) {
  reportCampaignActivity(input: $input) { activity { id } userErrors { field message code } }
}`);
const ACTIVITY_COUNT = graphql(`query ExportsActivityCount($filter: CampaignActivitiesFilter) {
  campaignActivities(first: 0, filter: $filter) { totalCount }
}`);

const CREATE_COURSE = graphql(`mutation ExportsCreateCourse($input: CreateCourseInput!) {
  createCourse(input: $input) { course { id } userErrors { field message } }
}`);
const SCHEDULE = graphql(`mutation ExportsScheduleSession($input: ScheduleSessionInput!) {
  scheduleSession(input: $input) { session { id } userErrors { field message } }
}`);
const ENROL = graphql(`mutation ExportsEnrollInCourse($input: EnrollInCourseInput!) {
  enrollInCourse(input: $input) { added userErrors { field message } }
}`);
const ATTEND = graphql(`mutation ExportsRecordAttendance($input: RecordAttendanceInput!) {
  recordAttendance(input: $input) { changed userErrors { field message } }
}`);
const ASSESS = graphql(`mutation ExportsRecordSelfAssessment($input: RecordSelfAssessmentInput!) {
  recordSelfAssessment(input: $input) { userErrors { field message } }
}`);
const ENROLMENTS = graphql(`query ExportsEnrollments($filter: EnrollmentFilter) {
  enrollments(first: 50, filter: $filter) { totalCount edges { node { beneficiary { code } attendedSessions completed } } }
}`);

const CREATE_GROUP = graphql(`mutation ExportsCreateGroup($input: CreateSelfHelpGroupInput!) {
  createSelfHelpGroup(input: $input) { selfHelpGroup { id } userErrors { field message } }
}`);
const ADD_MEMBER = graphql(`mutation ExportsAddGroupMember($input: AddGroupMemberInput!) {
  addGroupMember(input: $input) { membership { id } userErrors { field message } }
}`);
const REMOVE_MEMBER = graphql(`mutation ExportsRemoveGroupMember($input: RemoveGroupMemberInput!) {
  removeGroupMember(input: $input) { membership { id } userErrors { field message } }
}`);
const MEMBER_COUNT = graphql(`query ExportsGroupMemberCount($filter: GroupMemberFilter) {
  groupMembers(first: 0, filter: $filter) { totalCount }
}`);

const BOM = [0xef, 0xbb, 0xbf];

interface Exported {
  status: number;
  headers: Headers;
  bytes: Uint8Array;
  /** The headings, then the rows. */
  lines: string[][];
  error?: { message: string; extensions: { code: string; field?: string } };
}

async function exportCsv(c: Client, list: string, query: Record<string, string> = {}): Promise<Exported> {
  const response = await fetch(`${t.url}/exports/${list}.csv?${new URLSearchParams(query)}`, {
    headers: { ...c.headers, ...(c.cookie ? { cookie: c.cookie } : {}) },
  });
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (response.status !== 200) {
    const body = JSON.parse(new TextDecoder().decode(bytes)) as { errors: [Exported["error"]] };
    return { status: response.status, headers: response.headers, bytes, lines: [], error: body.errors[0] };
  }
  const lines = parse(new TextDecoder().decode(bytes), { bom: true }) as string[][];
  return { status: response.status, headers: response.headers, bytes, lines };
}

/** The rows of an export as objects keyed by heading. */
function records(e: Exported): Record<string, string>[] {
  const [headings = [], ...rows] = e.lines;
  return rows.map((r) => Object.fromEntries(headings.map((h, i) => [h, r[i] ?? ""])));
}

async function exportEvents(list: string) {
  return t.sql<{ actor_role: string; details: { list: string; rows: number; total: number; complete: boolean; filter: unknown } }>(
    "SELECT actor_role, details FROM audit_event WHERE action = 'EXPORT' AND details->>'list' = $1 ORDER BY id",
    [list],
  );
}

let t: TestPlatform;
let coordinator: Client;
let caseWorker: Client;
let trainer: Client;
let analyst: Client;
let crisisId: string;
let resourceId: string;
let tajik: { id: string; code: string };
let elsewhere: { id: string; code: string };

beforeAll(async () => {
  t = await startTestPlatform();
  coordinator = await t.signedIn("COORDINATOR");
  caseWorker = await t.signedIn("CASE_WORKER", ["CRISIS"]);
  trainer = await t.signedIn("TRAINER");
  analyst = await t.signedIn("ANALYST");
  crisisId = await t.unitId("CRISIS");
  resourceId = await t.unitId("RESOURCE");
  const [community] = await t.sql<{ id: string }>("SELECT id FROM community ORDER BY name LIMIT 1");
  const communityId = present(community, "a community").id;
  const create = async (input: Record<string, unknown>) => {
    const data = await coordinator.ok(CREATE, {
      input: { communityId, firstName: "x", lastName: "x", unitId: crisisId, ...input } as never,
    });
    if (data.createBeneficiary.userErrors.length) throw new Error(JSON.stringify(data.createBeneficiary.userErrors));
    return present(data.createBeneficiary.beneficiary, "the new beneficiary");
  };
  tajik = await create({ firstName: "Гулҷаҳон", lastName: "Ҷӯраева", phone: "+992901234567", birthYear: 1990 });
  elsewhere = await create({ firstName: "Зарина", lastName: "Қодирова", unitId: resourceId });
});
afterAll(() => t?.stop());

describe("exporting beneficiaries", () => {
  it("gives a case worker every column, in Tajik by default, with a BOM and Cyrillic intact", async () => {
    const e = await exportCsv(caseWorker, "beneficiaries");
    expect(e.status).toBe(200);
    expect(e.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(e.headers.get("content-disposition")).toMatch(/^attachment; filename="beneficiaries-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect([...e.bytes.slice(0, 3)]).toEqual(BOM);
    expect(e.lines[0]).toEqual([
      "Рамз",
      "Ном",
      "Насаб",
      "Номи падар",
      "Соли таваллуд",
      "Телефон",
      "Ҷамоат",
      "Шуъба",
      "Ҳолат",
      "Осебпазирӣ",
      "Санаи бақайдгирӣ",
    ]);
    const row = records(e).find((r) => r.Рамз === tajik.code);
    expect(row).toMatchObject({ Ном: "Гулҷаҳон", Насаб: "Ҷӯраева", Телефон: "+992901234567", "Соли таваллуд": "1990", Ҳолат: "ACTIVE" });
    expect(row?.["Санаи бақайдгирӣ"]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const [unit] = await t.sql<{ name_tg: string }>("SELECT name_tg FROM unit WHERE id = $1", [crisisId]);
    expect(row?.Шуъба).toBe(unit?.name_tg);
  });

  it("leaves out the women she does not reach, and counts as the GraphQL list does", async () => {
    const e = await exportCsv(caseWorker, "beneficiaries");
    const codes = records(e).map((r) => r.Рамз);
    expect(codes).not.toContain(elsewhere.code);
    const counted = await caseWorker.ok(COUNT, {});
    expect(codes).toHaveLength(counted.beneficiaries.totalCount);
    expect(e.headers.get("x-total-count")).toBe(String(codes.length));
    const everyone = records(await exportCsv(coordinator, "beneficiaries")).map((r) => r.Рамз);
    expect(everyone).toContain(elsewhere.code);
  });

  it("gives a trainer the code and first name only", async () => {
    const e = await exportCsv(trainer, "beneficiaries", { lang: "en" });
    expect(e.status).toBe(200);
    expect(e.lines[0]).toEqual(["Code", "First name"]);
    expect(records(e).find((r) => r.Code === tajik.code)).toEqual({ Code: tajik.code, "First name": "Гулҷаҳон" });
  });

  it("refuses an analyst in words, and records the refusal, not an export", async () => {
    const e = await exportCsv(analyst, "beneficiaries");
    expect(e.status).toBe(403);
    expect(e.error?.extensions.code).toBe("FORBIDDEN");
    expect(e.error?.message).toMatch(/may not export the list of beneficiaries/);
    expect((await exportEvents("beneficiaries")).filter((x) => x.actor_role === "ANALYST")).toEqual([]);
    const denied = await t.sql(
      "SELECT 1 FROM audit_event WHERE action = 'DENIED' AND actor_role = 'ANALYST' AND details->>'export' = 'beneficiaries'",
    );
    expect(denied).toHaveLength(1);
  });

  it("refuses a signed-out caller", async () => {
    const e = await exportCsv(t.anonymous(), "beneficiaries");
    expect(e.status).toBe(401);
    expect(e.error?.extensions.code).toBe("UNAUTHENTICATED");
  });

  it("applies the list's filters, in Russian headings", async () => {
    const filter = { search: "Гулҷаҳон Ҷӯраева" };
    const e = await exportCsv(coordinator, "beneficiaries", { filter: JSON.stringify(filter), lang: "ru" });
    expect(e.lines[0]?.slice(0, 3)).toEqual(["Код", "Имя", "Фамилия"]);
    expect(records(e).map((r) => r.Код)).toEqual([tajik.code]);
    const byUnit = records(await exportCsv(coordinator, "beneficiaries", { filter: JSON.stringify({ unitId: resourceId }), lang: "en" }));
    const counted = await coordinator.ok(COUNT, { filter: { unitId: resourceId } });
    expect(byUnit).toHaveLength(counted.beneficiaries.totalCount);
    expect(byUnit.map((r) => r.Code)).toContain(elsewhere.code);
    expect(byUnit.map((r) => r.Code)).not.toContain(tajik.code);
  });

  it("sorts as the list sorts", async () => {
    const e = records(
      await exportCsv(coordinator, "beneficiaries", { sort: JSON.stringify({ field: "CODE", direction: "DESC" }), lang: "en" }),
    );
    const codes = e.map((r) => r.Code ?? "");
    expect(codes.length).toBeGreaterThan(2);
    expect(codes).toEqual([...codes].sort().reverse());
  });

  it("refuses a filter a trainer may not use, as the list does", async () => {
    const e = await exportCsv(trainer, "beneficiaries", { filter: JSON.stringify({ phone: "+992901234567" }) });
    expect(e.status).toBe(403);
    expect(e.error?.extensions.field).toBe("filter.phone");
  });

  it("answers a bad filter with a clear 400 and audits no export", async () => {
    const before = (await exportEvents("beneficiaries")).length;
    const notJson = await exportCsv(coordinator, "beneficiaries", { filter: "{status:" });
    expect(notJson.status).toBe(400);
    expect(notJson.error).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "filter" } });
    expect(notJson.error?.message).toMatch(/not valid JSON/);
    const badValue = await exportCsv(coordinator, "beneficiaries", { filter: JSON.stringify({ status: "MISSING", nope: 1 }) });
    expect(badValue.status).toBe(400);
    expect(badValue.error?.message).toMatch(/filter\.status/);
    expect(badValue.error?.message).toMatch(/nope/);
    const badSort = await exportCsv(coordinator, "beneficiaries", { sort: JSON.stringify({ field: "PHONE" }) });
    expect(badSort.status).toBe(400);
    const control = await exportCsv(coordinator, "beneficiaries", { filter: JSON.stringify({ search: "a\u0000b" }) });
    expect(control.status).toBe(400);
    expect(await exportEvents("beneficiaries")).toHaveLength(before);
  });

  it("answers an unknown list with 404 naming the exports", async () => {
    const e = await exportCsv(coordinator, "households");
    expect(e.status).toBe(404);
    expect(e.error?.message).toMatch(/beneficiaries/);
  });

  it("records who exported which list, with which filters, and how many rows", async () => {
    const filter = { search: "Гулҷаҳон", status: "ACTIVE" };
    const e = await exportCsv(caseWorker, "beneficiaries", { filter: JSON.stringify(filter) });
    const events = await exportEvents("beneficiaries");
    const last = present(events.at(-1), "the export event");
    expect(last.actor_role).toBe("CASE_WORKER");
    // The name searched for is personal: the log keeps its length, and the coded value as it is.
    expect(last.details).toMatchObject({ rows: e.lines.length - 1, total: e.lines.length - 1, complete: true });
    expect(last.details.filter).toEqual({ archived: false, search: { text: 8 }, status: "ACTIVE" });
    expect(JSON.stringify(last.details)).not.toContain("Гулҷаҳон");
  });
});

describe("exporting case work", () => {
  it("gives a coordinator the coded columns of cases with ISO instants, and a case worker her units' only", async () => {
    const e = await exportCsv(coordinator, "cases", { lang: "en" });
    expect(e.status).toBe(200);
    expect(e.lines[0]).toEqual(["Id", "Woman's code", "Unit", "Status", "Stage", "Risk level", "Opened at", "Closed at"]);
    const rows = records(e);
    const [{ n }] = (await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM "case" WHERE archived_at IS NULL')) as [{ n: number }];
    expect(rows).toHaveLength(n);
    expect(n).toBeGreaterThan(0);
    for (const r of rows) expect(r["Opened at"]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const mine = records(await exportCsv(caseWorker, "cases", { lang: "en" }));
    const [{ m }] = (await t.sql<{ m: number }>('SELECT count(*)::int AS m FROM "case" WHERE archived_at IS NULL AND unit_id = $1', [
      crisisId,
    ])) as [{ m: number }];
    expect(mine).toHaveLength(m);
    expect(m).toBeLessThan(n);
  });

  it("filters cases as the GraphQL list does", async () => {
    const high = records(await exportCsv(coordinator, "cases", { filter: JSON.stringify({ riskLevel: "HIGH" }), lang: "en" }));
    expect(high.length).toBeGreaterThan(0);
    expect(new Set(high.map((r) => r["Risk level"]))).toEqual(new Set(["HIGH"]));
  });

  it.each(["services", "referrals", "shelter-stays"])("exports %s to case roles and refuses trainers and analysts", async (list) => {
    const e = await exportCsv(coordinator, list, { lang: "en" });
    expect(e.status).toBe(200);
    expect(e.lines[0]?.slice(0, 3)).toEqual(["Id", "Woman's code", "Unit"]);
    expect(records(e).length).toBeGreaterThan(0);
    expect((await exportCsv(trainer, list)).status).toBe(403);
    expect((await exportCsv(analyst, list)).status).toBe(403);
  });

  it("closes the cursor when the client goes away mid-way, and records how far it got", async () => {
    await t.sql(
      "INSERT INTO audit_event (actor_type, action, entity_type, details) SELECT 'SYSTEM', 'BULK', 'Test', jsonb_build_object('n', g) FROM generate_series(1, 30000) g",
    );
    const abort = new AbortController();
    const response = await fetch(`${t.url}/exports/audit-events.csv?lang=en`, {
      headers: { cookie: present(t.admin.cookie, "cookie") },
      signal: abort.signal,
    });
    expect(response.status).toBe(200);
    const total = Number(response.headers.get("x-total-count"));
    expect(total).toBeGreaterThan(30000);
    const reader = present(response.body, "the body").getReader();
    await reader.read();
    abort.abort();
    await reader.cancel().catch(() => undefined);
    let event: Awaited<ReturnType<typeof exportEvents>>[number] | undefined;
    for (let i = 0; i < 100 && !event; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      event = (await exportEvents("audit-events")).find((x) => x.details.complete === false);
    }
    const cut = present(event, "the event of the abandoned export");
    expect(cut.details.total).toBe(total);
    expect(cut.details.rows).toBeLessThan(total);
    // The connection went back to the pool: the next export still works.
    expect((await exportCsv(t.admin, "audit-events", { filter: JSON.stringify({ action: "EXPORT" }) })).status).toBe(200);
  });

  it("gives the audit log to admins only", async () => {
    const e = await exportCsv(t.admin, "audit-events", { lang: "en", filter: JSON.stringify({ action: "EXPORT" }) });
    expect(e.status).toBe(200);
    expect(new Set(records(e).map((r) => r.Action))).toEqual(new Set(["EXPORT"]));
    expect((await exportCsv(coordinator, "audit-events")).status).toBe(403);
  });

  it("exports self-help groups to every staff role that lists them", async () => {
    const e = await exportCsv(analyst, "self-help-groups", { lang: "tg" });
    expect(e.status).toBe(200);
    expect(e.lines[0]).toEqual(["Рақами сабт", "Номи гурӯҳ", "Ҷамоат", "Санаи таъсис", "Марҳила"]);
  });
});

describe("exporting campaign activities", () => {
  const zero = { womenUnder18: 0, women18to29: 0, women30to49: 0, women50plus: 0, menUnder18: 0, men18to29: 0, men30to49: 0, men50plus: 0 };
  let partner: Client & { partnerId: string };
  let reporterOnly: Client;
  let ours: string;
  let theirs: string;
  let kulobTg: string;

  beforeAll(async () => {
    partner = await t.partnerClient(["READ_CAMPAIGNS", "REPORT_ACTIVITIES"]);
    reporterOnly = await t.partnerClient(["REPORT_ACTIVITIES"]);
    const [district] = await t.sql<{ id: string; name_tg: string }>("SELECT id, name_tg FROM district WHERE name = 'Kulob'");
    const districtId = present(district, "Kulob").id;
    kulobTg = present(district, "Kulob").name_tg;
    const campaign = async (title: string, partners: { partnerId: string; role: "CO_ORGANISER" }[]) => {
      const data = await coordinator.ok(CREATE_CAMPAIGN, {
        input: {
          title,
          aims: "Speak up.",
          startsOn: "2026-01-10",
          endsOn: "2026-03-31",
          status: "ONGOING",
          districtIds: [districtId],
          partners,
        },
      });
      expect(data.createCampaign.userErrors).toEqual([]);
      return present(data.createCampaign.campaign, "campaign").id;
    };
    ours = await campaign("16 рӯзи фаъолнокӣ", [{ partnerId: partner.partnerId, role: "CO_ORGANISER" }]);
    theirs = await campaign("Кампанияи дигар", []);
    const report = async (c: Client, input: Record<string, unknown>) => {
      const data = await c.ok(REPORT_ACTIVITY, { input: { kind: "EVENT", districtId, heldOn: "2026-02-10", ...zero, ...input } as never });
      expect(data.reportCampaignActivity.userErrors).toEqual([]);
    };
    await report(coordinator, { campaignId: ours, title: "Суҳбат дар мактаб", womenUnder18: 12, women18to29: 3, men50plus: 1 });
    await report(partner, { campaignId: ours, title: "Training for imams", heldOn: "2026-02-12", men30to49: 20 });
    await report(coordinator, { campaignId: theirs, title: "Radio talk", heldOn: "2026-03-01", women30to49: 40 });
  });

  it("gives coordinators every activity with the campaign, place, reporter and reach by sex and age band", async () => {
    const e = await exportCsv(coordinator, "campaign-activities", { lang: "en" });
    expect(e.status).toBe(200);
    expect(e.lines[0]).toEqual([
      "Day",
      "Campaign",
      "What was done",
      "Kind",
      "District",
      "Community",
      "Reported by",
      "Women under 18",
      "Women 18–29",
      "Women 30–49",
      "Women 50+",
      "Men under 18",
      "Men 18–29",
      "Men 30–49",
      "Men 50+",
    ]);
    const rows = records(e);
    const counted = await coordinator.ok(ACTIVITY_COUNT, {});
    expect(rows).toHaveLength(counted.campaignActivities.totalCount);
    expect(e.headers.get("x-total-count")).toBe(String(rows.length));
    const titled = (title: string) => rows.find((r) => r["What was done"] === title);
    expect(titled("Суҳбат дар мактаб")).toMatchObject({
      Day: "2026-02-10",
      Campaign: "16 рӯзи фаъолнокӣ",
      Kind: "EVENT",
      District: "Kulob",
      Community: "",
      "Reported by": "NK",
      "Women under 18": "12",
      "Women 18–29": "3",
      "Men 50+": "1",
    });
    const [partnerRow] = await t.sql<{ name: string }>("SELECT name FROM partner WHERE id = $1", [partner.partnerId]);
    expect(titled("Training for imams")?.["Reported by"]).toBe(present(partnerRow, "partner").name);
    expect(titled("Radio talk")?.Campaign).toBe("Кампанияи дигар");
  });

  it("filters by campaign, in Tajik headings", async () => {
    const e = await exportCsv(analyst, "campaign-activities", { lang: "tg", filter: JSON.stringify({ campaignId: ours }) });
    expect(e.status).toBe(200);
    expect(e.lines[0]?.slice(0, 4)).toEqual(["Сана", "Маърака", "Чӣ анҷом дода шуд", "Намуд"]);
    // latest first
    expect(records(e).map((r) => r["Чӣ анҷом дода шуд"])).toEqual(["Training for imams", "Суҳбат дар мактаб"]);
    expect(records(e)[1]?.Ноҳия).toBe(kulobTg);
  });

  it("gives a partner key the same columns for its own campaigns only", async () => {
    const e = await exportCsv(partner, "campaign-activities", { lang: "en" });
    expect(e.status).toBe(200);
    expect(e.lines[0]).toEqual((await exportCsv(coordinator, "campaign-activities", { lang: "en" })).lines[0]);
    expect(new Set(records(e).map((r) => r.Campaign))).toEqual(new Set(["16 рӯзи фаъолнокӣ"]));
    expect(records(e)).toHaveLength(2);
  });

  it("refuses a key that may only report activities", async () => {
    const e = await exportCsv(reporterOnly, "campaign-activities");
    expect(e.status).toBe(403);
    expect(e.error?.extensions.code).toBe("FORBIDDEN");
  });
});

describe("exporting the women of a course", () => {
  let giver: Client;
  let courseId: string;

  beforeAll(async () => {
    giver = await t.signedIn("TRAINER");
    const [training] = await t.sql<{ id: string; assessment_items: string[] }>(
      "SELECT id, assessment_items FROM training WHERE code = 'I-AND-LEADERSHIP'",
    );
    const { id: trainingId, assessment_items: items } = present(training, "the training");
    const course = await giver.ok(CREATE_COURSE, { input: { trainingId, startsOn: "2026-09-01", endsOn: "2026-10-20", capacity: 10 } });
    expect(course.createCourse.userErrors).toEqual([]);
    courseId = present(course.createCourse.course, "course").id;
    const session = await giver.ok(SCHEDULE, { input: { courseId, heldOn: "2026-09-01", topic: "Who am I" } });
    const sessionId = present(session.scheduleSession.session, "session").id;
    expect((await giver.ok(ENROL, { input: { courseId, beneficiaryIds: [tajik.id, elsewhere.id] } })).enrollInCourse.added).toBe(2);
    await giver.ok(ATTEND, { input: { sessionId, present: [tajik.id], absent: [elsewhere.id] } });
    const [enrolment] = await t.sql<{ id: string }>("SELECT id FROM enrollment WHERE course_id = $1 AND beneficiary_id = $2", [
      courseId,
      tajik.id,
    ]);
    const enrollmentId = present(enrolment, "her enrolment").id;
    const item = present(items[0], "an assessment item");
    for (const [phase, score] of [
      ["BEFORE", 2],
      ["AFTER", 4],
    ] as const) {
      const assessed = await giver.ok(ASSESS, { input: { enrollmentId, phase, scores: [{ item, score }] } });
      expect(assessed.recordSelfAssessment.userErrors).toEqual([]);
    }
  });

  it("gives a coordinator the women's names with attendance, completion and scores before and after", async () => {
    const filter = JSON.stringify({ courseId });
    const e = await exportCsv(coordinator, "enrollments", { lang: "en", filter });
    expect(e.status).toBe(200);
    expect(e.lines[0]).toEqual([
      "Course",
      "Code",
      "First name",
      "Last name",
      "Patronymic",
      "Enrolled at",
      "Withdrawn at",
      "Sessions attended",
      "Completed",
      "Self-assessment before",
      "Self-assessment after",
    ]);
    const rows = records(e);
    const listed = await coordinator.ok(ENROLMENTS, { filter: { courseId } });
    expect(rows).toHaveLength(listed.enrollments.totalCount);
    expect(rows).toHaveLength(2);
    expect(e.headers.get("x-total-count")).toBe("2");
    const her = rows.find((r) => r.Code === tajik.code);
    const herNode = listed.enrollments.edges.find((x) => x.node.beneficiary.code === tajik.code)?.node;
    expect(her).toMatchObject({
      "First name": "Гулҷаҳон",
      "Last name": "Ҷӯраева",
      "Withdrawn at": "",
      "Sessions attended": "1",
      Completed: String(herNode?.completed),
      "Self-assessment before": "2",
      "Self-assessment after": "4",
    });
    expect(her?.Course).toMatch(/^I-AND-LEADERSHIP 2026-09-01$/);
    expect(her?.["Enrolled at"]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(rows.find((r) => r.Code === elsewhere.code)).toMatchObject({ "Sessions attended": "0", "Self-assessment before": "" });
  });

  it("gives the trainer her women's code and first name only, as the beneficiary export does", async () => {
    const e = await exportCsv(giver, "enrollments", { lang: "tg", filter: JSON.stringify({ courseId }) });
    expect(e.status).toBe(200);
    expect(e.lines[0]).toEqual([
      "Курс",
      "Рамз",
      "Ном",
      "Сабти ном шуд",
      "Тарк кард",
      "Дарсҳои ҳозиршуда",
      "Хатм кард",
      "Худбаҳодиҳӣ пеш аз курс",
      "Худбаҳодиҳӣ баъд аз курс",
    ]);
    expect(records(e).find((r) => r.Рамз === tajik.code)).toMatchObject({ Ном: "Гулҷаҳон", "Худбаҳодиҳӣ баъд аз курс": "4" });
    expect(e.bytes.includes(0)).toBe(false);
    expect(new TextDecoder().decode(e.bytes)).not.toContain("Ҷӯраева");
    const [event] = (await exportEvents("enrollments")).filter((x) => x.actor_role === "TRAINER");
    expect(event?.details).toMatchObject({ rows: 2, total: 2, complete: true });
  });

  it("gives another trainer none of the women of a course she does not give", async () => {
    const e = await exportCsv(trainer, "enrollments", { filter: JSON.stringify({ courseId }) });
    expect(e.status).toBe(200);
    expect(records(e)).toEqual([]);
  });

  it("refuses an analyst, who may not list enrolments", async () => {
    const e = await exportCsv(analyst, "enrollments", { filter: JSON.stringify({ courseId }) });
    expect(e.status).toBe(403);
    expect(e.error?.message).toMatch(/may not export the list of enrollments/);
  });
});

describe("exporting the members of a group", () => {
  let facilitator: Client;
  let groupId: string;

  beforeAll(async () => {
    facilitator = await t.signedIn("FACILITATOR");
    const [community] = await t.sql<{ id: string }>("SELECT id FROM community ORDER BY name LIMIT 1");
    const created = await facilitator.ok(CREATE_GROUP, {
      input: { name: "Гурӯҳи Умед", communityId: present(community, "a community").id, foundedOn: "2024-03-01" },
    });
    expect(created.createSelfHelpGroup.userErrors).toEqual([]);
    groupId = present(created.createSelfHelpGroup.selfHelpGroup, "group").id;
    const add = async (beneficiaryId: string, joinedOn: string) => {
      const data = await facilitator.ok(ADD_MEMBER, { input: { groupId, beneficiaryId, joinedOn } });
      expect(data.addGroupMember.userErrors).toEqual([]);
      return present(data.addGroupMember.membership, "membership").id;
    };
    await add(tajik.id, "2024-03-05");
    const left = await add(elsewhere.id, "2024-04-01");
    const removed = await facilitator.ok(REMOVE_MEMBER, { input: { membershipId: left, leftOn: "2024-09-30" } });
    expect(removed.removeGroupMember.userErrors).toEqual([]);
  });

  it("gives a coordinator the women's names with the days they joined and left", async () => {
    const e = await exportCsv(coordinator, "group-members", { lang: "en", filter: JSON.stringify({ groupId }) });
    expect(e.status).toBe(200);
    expect(e.lines[0]).toEqual(["Group", "Code", "First name", "Last name", "Patronymic", "Joined on", "Left on"]);
    expect(records(e)).toEqual([
      {
        Group: "Гурӯҳи Умед",
        Code: tajik.code,
        "First name": "Гулҷаҳон",
        "Last name": "Ҷӯраева",
        Patronymic: "",
        "Joined on": "2024-03-05",
        "Left on": "",
      },
      {
        Group: "Гурӯҳи Умед",
        Code: elsewhere.code,
        "First name": "Зарина",
        "Last name": "Қодирова",
        Patronymic: "",
        "Joined on": "2024-04-01",
        "Left on": "2024-09-30",
      },
    ]);
    const counted = await coordinator.ok(MEMBER_COUNT, { filter: { groupId } });
    expect(e.headers.get("x-total-count")).toBe(String(counted.groupMembers.totalCount));
  });

  it("gives a facilitator the code and first name only, and the current members when asked", async () => {
    const e = await exportCsv(facilitator, "group-members", { lang: "ru", filter: JSON.stringify({ groupId, current: true }) });
    expect(e.status).toBe(200);
    expect(e.lines[0]).toEqual(["Группа", "Код", "Имя", "Дата вступления", "Дата выхода"]);
    expect(records(e)).toEqual([
      { Группа: "Гурӯҳи Умед", Код: tajik.code, Имя: "Гулҷаҳон", "Дата вступления": "2024-03-05", "Дата выхода": "" },
    ]);
    expect(new TextDecoder().decode(e.bytes)).not.toContain("Ҷӯраева");
  });

  it("refuses a case worker and an analyst, who may not list group members", async () => {
    for (const c of [caseWorker, analyst]) {
      const e = await exportCsv(c, "group-members", { filter: JSON.stringify({ groupId }) });
      expect(e.status).toBe(403);
      expect(e.error?.extensions.code).toBe("FORBIDDEN");
    }
  });
});
