// The export buttons on a record's page: a campaign's activities, a course's results, a group's
// members. Each file's header row is in the language shown and its columns are the role's.
import { LOCALES, type Locale } from "@nk/shared";
import type { Browser, Page } from "playwright-core";
import { graphql, sessionCookie } from "./support/api-server.cjs";
import { axeViolations, baseUrl, launchBrowser, openPage, screenshot, setLanguage, signInAs, untranslatedTexts } from "./support/browser";
import { exportedCsv } from "./support/exports";
import { message } from "./support/messages";
import { STAFF_PASSWORD, staffEmail } from "./support/users";

jest.setTimeout(180_000);

/** Their own accounts, so the shared trainer's and facilitator's homes keep the counts other files check. */
const TRAINER = { email: "trainer-exports@e2e.example.org", password: STAFF_PASSWORD, fullName: "Малика Шарипова" };
const FACILITATOR = { email: "facilitator-exports@e2e.example.org", password: STAFF_PASSWORD, fullName: "Меҳрангез Давлатова" };

const ACTIVITY_COLUMNS: Record<Locale, string[]> = {
  tg: [
    "Сана",
    "Маърака",
    "Чӣ анҷом дода шуд",
    "Намуд",
    "Ноҳия",
    "Ҷамоат",
    "Гузориш дод",
    "Занон то 18",
    "Занон 18–29",
    "Занон 30–49",
    "Занон 50+",
    "Мардон то 18",
    "Мардон 18–29",
    "Мардон 30–49",
    "Мардон 50+",
  ],
  ru: [
    "Дата",
    "Кампания",
    "Что сделано",
    "Вид",
    "Район",
    "Сообщество",
    "Кто сообщил",
    "Женщины до 18",
    "Женщины 18–29",
    "Женщины 30–49",
    "Женщины 50+",
    "Мужчины до 18",
    "Мужчины 18–29",
    "Мужчины 30–49",
    "Мужчины 50+",
  ],
  en: [
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
  ],
};
const RESULT_COLUMNS = {
  tg: [
    "Курс",
    "Рамз",
    "Ном",
    "Насаб",
    "Номи падар",
    "Сабти ном шуд",
    "Тарк кард",
    "Дарсҳои ҳозиршуда",
    "Хатм кард",
    "Худбаҳодиҳӣ пеш аз курс",
    "Худбаҳодиҳӣ баъд аз курс",
  ],
  ru: [
    "Курс",
    "Код",
    "Имя",
    "Фамилия",
    "Отчество",
    "Зачислена",
    "Выбыла",
    "Посещено занятий",
    "Завершила",
    "Самооценка до курса",
    "Самооценка после курса",
  ],
};
const MEMBER_COLUMNS = {
  tg: ["Гурӯҳ", "Рамз", "Ном", "Насаб", "Номи падар", "Санаи воридшавӣ", "Санаи баромадан"],
  en: ["Group", "Code", "First name", "Last name", "Patronymic", "Joined on", "Left on"],
};
/** A trainer's and a facilitator's files: the woman's code and first name, never her other names. */
const withoutNames = (columns: string[]) => columns.filter((_, i) => i !== 3 && i !== 4);

const cookies = new Map<string, string>();
async function api<T>(email: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let cookie = cookies.get(email);
  if (!cookie) {
    cookie = await sessionCookie(baseUrl(), email, STAFF_PASSWORD);
    cookies.set(email, cookie);
  }
  const { body } = await graphql<T>(baseUrl(), query, variables, cookie);
  if (body.errors || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}
const asCoordinator = <T>(query: string, variables: Record<string, unknown> = {}) => api<T>(staffEmail("COORDINATOR"), query, variables);
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

interface Woman {
  id: string;
  code: string;
  firstName: string;
}

let browser: Browser;
let women: Woman[];
let courseId: string;
let groupId: string;
let groupName: string;

async function createUser(person: { email: string; password: string; fullName: string }, role: string): Promise<string> {
  const created = await api<{ createUser: { user: { id: string } | null; userErrors: unknown[] } }>(
    staffEmail("ADMIN"),
    "mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } userErrors { code message } } }",
    { input: { ...person, role, unitIds: [] } },
  );
  expect(created.createUser.userErrors).toEqual([]);
  return created.createUser.user?.id ?? "";
}

beforeAll(async () => {
  browser = await launchBrowser();
  const [trainerId, facilitatorId] = [await createUser(TRAINER, "TRAINER"), await createUser(FACILITATOR, "FACILITATOR")];
  const register = await asCoordinator<{ beneficiaries: { edges: { node: Woman }[] } }>(
    "{ beneficiaries(first: 60) { edges { node { id code firstName } } } }",
  );
  // Two women from the middle of the demo register.
  women = register.beneficiaries.edges.slice(44, 46).map((e) => e.node);
  expect(women).toHaveLength(2);

  const [training] = (
    await asCoordinator<{ trainings: { edges: { node: { id: string } }[] } }>("{ trainings(first: 1) { edges { node { id } } } }")
  ).trainings.edges;
  const course = await asCoordinator<{ createCourse: { course: { id: string } | null; userErrors: unknown[] } }>(
    "mutation($input: CreateCourseInput!) { createCourse(input: $input) { course { id } userErrors { code message } } }",
    { input: { trainingId: training?.node.id, trainerId, startsOn: day(-40), endsOn: day(-10), capacity: 12, place: "Кӯлоб" } },
  );
  expect(course.createCourse.userErrors).toEqual([]);
  courseId = course.createCourse.course?.id ?? "";
  const enrolled = await asCoordinator<{ enrollInCourse: { userErrors: unknown[] } }>(
    "mutation($input: EnrollInCourseInput!) { enrollInCourse(input: $input) { userErrors { code message } } }",
    { input: { courseId, beneficiaryIds: women.map((w) => w.id) } },
  );
  expect(enrolled.enrollInCourse.userErrors).toEqual([]);

  const [community] = (
    await asCoordinator<{ communities: { edges: { node: { id: string } }[] } }>("{ communities(first: 1) { edges { node { id } } } }")
  ).communities.edges;
  groupName = `Гурӯҳи Бодом ${Date.now() % 100000}`;
  const group = await asCoordinator<{ createSelfHelpGroup: { selfHelpGroup: { id: string } | null; userErrors: unknown[] } }>(
    "mutation($input: CreateSelfHelpGroupInput!) { createSelfHelpGroup(input: $input) { selfHelpGroup { id } userErrors { code message } } }",
    { input: { name: groupName, communityId: community?.node.id, foundedOn: day(-400), facilitatorId } },
  );
  expect(group.createSelfHelpGroup.userErrors).toEqual([]);
  groupId = group.createSelfHelpGroup.selfHelpGroup?.id ?? "";
  for (const [i, woman] of women.entries()) {
    const joined = await asCoordinator<{ addGroupMember: { userErrors: unknown[] } }>(
      "mutation($input: AddGroupMemberInput!) { addGroupMember(input: $input) { userErrors { code message } } }",
      { input: { groupId, beneficiaryId: woman.id, joinedOn: day(-300 + i * 10) } },
    );
    expect(joined.addGroupMember.userErrors).toEqual([]);
  }
});
afterAll(async () => {
  await browser?.close();
});

/** The page in each language: no untranslated text in tg and ru, no serious axe violation, a screenshot; back to Tajik. */
async function checkScreen(page: Page, name: string) {
  for (const locale of LOCALES) {
    await setLanguage(page, locale);
    if (locale !== "en") expect(await untranslatedTexts(page, locale)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, name);
  }
  await setLanguage(page, "tg");
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

describe("a campaign's activities", () => {
  let campaign: { id: string; title: string };
  beforeAll(async () => {
    const found = await asCoordinator<{ campaigns: { edges: { node: { id: string; title: string } }[] } }>(
      "{ campaigns(first: 50) { edges { node { id title } } } }",
    );
    // The demo campaign with activities of NK and of partners.
    const sixteenDays = found.campaigns.edges.find((e) => e.node.title.startsWith("16 рӯзи"));
    if (!sixteenDays) throw new Error("the demo campaign is missing");
    campaign = sixteenDays.node;
  });

  async function openCampaign(page: Page) {
    await page.goto(`${baseUrl()}/campaigns/${campaign.id}`);
    await page.locator("[data-testid=campaign-detail][data-ready=true]").waitFor();
    await page.getByTestId("campaign-activities").waitFor();
  }
  /**
   * coalition.test.ts records activities titled so in the same campaign while this file runs beside
   * it: both counts leave them out.
   */
  const OTHER_FILE = "Беседа в махалле ";
  const shownRows = (page: Page) => page.getByTestId("campaign-activities").locator("tbody tr").filter({ hasNotText: OTHER_FILE }).count();
  const ownRows = (rows: string[][]) => rows.filter((r) => !r[2]?.startsWith(OTHER_FILE));

  it("gives a coordinator the activities shown, headed in her language, NK's alone when she chooses them", async () => {
    const { page, context, problems } = await openPage(browser);
    await signInAs(page, "COORDINATOR");
    await openCampaign(page);
    await checkScreen(page, "exports-campaign-activities");

    const all = await exportedCsv(page);
    expect(all.name).toMatch(/^campaign-activities-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(all.header).toEqual(ACTIVITY_COLUMNS.tg);
    expect(ownRows(all.rows).length).toBe(await shownRows(page));
    expect(all.rows.length).toBeGreaterThan(1);
    for (const row of all.rows) {
      expect(row).toHaveLength(ACTIVITY_COLUMNS.tg.length);
      expect(row[0]).toMatch(ISO_DAY);
      expect(row[1]).toBe(campaign.title);
      // Reach by sex and age band: whole numbers as reported.
      for (const reach of row.slice(7)) expect(reach).toMatch(/^\d+$/);
    }
    // Activities of NK and of partners.
    expect(new Set(all.rows.map((r) => r[6])).size).toBeGreaterThan(1);
    await screenshot(page, "exports-campaign-activities-done");

    // NK's own activities: the file follows the choice.
    await page.getByTestId("activities-who").getByText(message("tg", "campaigns.activities.nk"), { exact: true }).click();
    await page.waitForFunction((n) => document.querySelectorAll("[data-testid=campaign-activities] tbody tr").length < n, all.rows.length);
    const nk = await exportedCsv(page);
    expect(ownRows(nk.rows).length).toBe(await shownRows(page));
    expect(nk.rows.length).toBeGreaterThan(0);
    expect(nk.rows.length).toBeLessThan(all.rows.length);
    for (const row of nk.rows) expect(row[6]).toBe("NK");

    for (const locale of ["ru", "en"] as const) {
      await setLanguage(page, locale);
      const file = await exportedCsv(page);
      expect(file.header).toEqual(ACTIVITY_COLUMNS[locale]);
      expect(ownRows(file.rows).length).toBe(ownRows(nk.rows).length);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it("gives a trainer the same aggregate columns (no one is named in them)", async () => {
    const { page, context, problems } = await openPage(browser);
    await signInAs(page, "TRAINER");
    await openCampaign(page);
    const file = await exportedCsv(page);
    expect(file.header).toEqual(ACTIVITY_COLUMNS.tg);
    expect(ownRows(file.rows).length).toBe(await shownRows(page));
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "exports-campaign-activities-trainer");
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe("a course's results", () => {
  async function openResults(page: Page) {
    await page.goto(`${baseUrl()}/courses/${courseId}/results`);
    await page.locator("[data-testid=course-results][data-ready=true]").waitFor();
    await page.getByTestId("results-table").waitFor();
  }

  it("gives a coordinator each woman of the course with her names, attendance and scores, headed in her language", async () => {
    const { page, context, problems } = await openPage(browser);
    await signInAs(page, "COORDINATOR");
    await openResults(page);
    await checkScreen(page, "exports-course-results");
    const file = await exportedCsv(page);
    expect(file.name).toMatch(/^enrollments-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(file.header).toEqual(RESULT_COLUMNS.tg);
    expect(file.rows.map((r) => r[1]).sort()).toEqual(women.map((w) => w.code).sort());
    for (const row of file.rows) {
      expect(row).toHaveLength(RESULT_COLUMNS.tg.length);
      expect(row[2]).toBe(women.find((w) => w.code === row[1])?.firstName);
      // Her last name is in the coordinator's file.
      expect(row[3]).not.toBe("");
      expect(row[7]).toBe("0");
    }
    await screenshot(page, "exports-course-results-done");
    await setLanguage(page, "ru");
    expect((await exportedCsv(page)).header).toEqual(RESULT_COLUMNS.ru);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("gives the course's trainer the women's codes and first names only", async () => {
    const { page, context, problems } = await openPage(browser);
    await signInAs(page, "TRAINER", TRAINER);
    await openResults(page);
    const file = await exportedCsv(page);
    expect(file.header).toEqual(withoutNames(RESULT_COLUMNS.tg));
    expect(file.rows.map((r) => [r[1], r[2]]).sort()).toEqual(women.map((w) => [w.code, w.firstName]).sort());
    for (const row of file.rows) expect(row).toHaveLength(withoutNames(RESULT_COLUMNS.tg).length);
    await setLanguage(page, "ru");
    expect((await exportedCsv(page)).header).toEqual(withoutNames(RESULT_COLUMNS.ru));
    expect(await untranslatedTexts(page, "ru")).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "exports-course-results-trainer");
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe("a group's members", () => {
  async function openGroup(page: Page) {
    await page.goto(`${baseUrl()}/groups/${groupId}`);
    await page.locator("[data-testid=group-detail][data-ready=true]").waitFor();
    await page.getByTestId("export-button").waitFor();
  }

  it("gives a coordinator the women of the group with their names and the days they joined", async () => {
    const { page, context, problems } = await openPage(browser);
    await signInAs(page, "COORDINATOR");
    await openGroup(page);
    await checkScreen(page, "exports-group-members");
    const file = await exportedCsv(page);
    expect(file.name).toMatch(/^group-members-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(file.header).toEqual(MEMBER_COLUMNS.tg);
    expect(file.rows.map((r) => r[1]).sort()).toEqual(women.map((w) => w.code).sort());
    for (const row of file.rows) {
      expect(row).toHaveLength(MEMBER_COLUMNS.tg.length);
      expect(row[0]).toBe(groupName);
      expect(row[3]).not.toBe("");
      expect(row[5]).toMatch(ISO_DAY);
      expect(row[6]).toBe("");
    }
    expect(file.rows.map((r) => r[5]).sort()).toEqual([day(-300), day(-290)]);
    await screenshot(page, "exports-group-members-done");
    await setLanguage(page, "en");
    expect((await exportedCsv(page)).header).toEqual(MEMBER_COLUMNS.en);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("gives the group's facilitator the women's codes and first names only", async () => {
    const { page, context, problems } = await openPage(browser);
    await signInAs(page, "FACILITATOR", FACILITATOR);
    await openGroup(page);
    const file = await exportedCsv(page);
    expect(file.header).toEqual(withoutNames(MEMBER_COLUMNS.tg));
    expect(file.rows.map((r) => [r[1], r[2]]).sort()).toEqual(women.map((w) => [w.code, w.firstName]).sort());
    for (const row of file.rows) expect(row).toHaveLength(withoutNames(MEMBER_COLUMNS.tg).length);
    await setLanguage(page, "en");
    expect((await exportedCsv(page)).header).toEqual(withoutNames(MEMBER_COLUMNS.en));
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "exports-group-members-facilitator");
    expect(problems).toEqual([]);
    await context.close();
  });
});
