import type { Browser, Page } from "playwright-core";
import { graphql, sessionCookie } from "./support/api-server.cjs";
import { axeViolations, baseUrl, launchBrowser, openPage, screenshot, setLanguage, signInAs, untranslatedTexts } from "./support/browser";
import { message } from "./support/messages";
import { STAFF_PASSWORD, staffEmail } from "./support/users";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Figures {
  womenSupported: { total: { value: number | null }; byKind: { key: string; value: number | null }[] };
  openCasesByRisk: { total: { value: number | null } };
  overdueFollowUps: { value: number | null };
  campaignReach: { total: number; women: number };
}

const FIGURES = `query($scope: DashboardScope!) { dashboard(scope: $scope) {
  womenSupported { total { value } byKind { key value } } openCasesByRisk { total { value } } overdueFollowUps { value }
  campaignReach { total women } } }`;

async function api<T>(role: "COORDINATOR" | "TRAINER" | "FACILITATOR", query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const cookie = await sessionCookie(baseUrl(), staffEmail(role), STAFF_PASSWORD);
  const { body } = await graphql<T>(baseUrl(), query, variables, cookie);
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const figuresFor = async (scope: { from: string; to: string; districtId?: string }) =>
  (await api<{ dashboard: Figures }>("COORDINATOR", FIGURES, { scope })).dashboard;

/** The digits a tile shows (numbers are grouped with spaces in tg and ru). */
const tile = async (page: Page, testId: string) =>
  (await page.getByTestId(testId).getByTestId("figure-value").textContent())?.replace(/\D/g, "");

async function ready(page: Page) {
  await page.locator("[data-testid=dashboard][data-ready=true]").waitFor();
  await page.getByTestId("dashboard").locator("canvas").first().waitFor();
}

const year = new Date().getFullYear();
const thisYear = { from: `${year}-01-01`, to: `${year}-12-31` };

describe("dashboard", () => {
  it("shows a coordinator NK's figures for this year, as the API counts them, with charts", async () => {
    const { page, context, problems } = await openPage(browser);
    await page.goto(`${baseUrl()}/sign-in`);
    await signInAs(page, "COORDINATOR");
    expect(new URL(page.url()).pathname).toBe("/dashboard");
    await ready(page);

    const expected = await figuresFor(thisYear);
    expect(expected.womenSupported.total.value).toBeGreaterThan(0);
    expect(await tile(page, "figure-women")).toBe(String(expected.womenSupported.total.value));
    expect(await tile(page, "figure-open-cases")).toBe(String(expected.openCasesByRisk.total.value));
    expect(await tile(page, "figure-overdue")).toBe(String(expected.overdueFollowUps.value));
    expect(await tile(page, "figure-reach")).toBe(String(expected.campaignReach.total));
    const legal = expected.womenSupported.byKind.find((k) => k.key === "LEGAL")?.value;
    expect((await page.getByTestId("women-LEGAL").textContent())?.replace(/\D/g, "")).toBe(String(legal));
    expect(await page.getByTestId("dashboard").locator("canvas").count()).toBeGreaterThanOrEqual(4);
    expect(await page.getByTestId("page-title").textContent()).toBe(message("tg", "dashboard.title"));

    for (const locale of ["tg", "ru"] as const) {
      await setLanguage(page, locale);
      await ready(page);
      expect(await untranslatedTexts(page, locale)).toEqual([]);
      await screenshot(page, "dashboard-figures");
    }
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("changes the figures with the district and the period, keeping both in the address", async () => {
    const { page, context, problems } = await openPage(browser);
    await page.goto(`${baseUrl()}/sign-in`);
    await signInAs(page, "ADMIN");
    await ready(page);
    await setLanguage(page, "ru");
    const districts = await api<{ districts: { edges: { node: { id: string; name: string; nameRu: string } }[] } }>(
      "COORDINATOR",
      "{ districts(first: 10) { edges { node { id name nameRu } } } }",
    );
    const kulob = districts.districts.edges.find((e) => e.node.name === "Kulob")?.node;
    expect(kulob).toBeDefined();
    const all = await figuresFor(thisYear);
    const inKulob = await figuresFor({ ...thisYear, districtId: kulob?.id ?? "" });
    expect(inKulob.womenSupported.total.value).toBeLessThan(all.womenSupported.total.value ?? 0);

    await page.getByTestId("dashboard-district").click();
    await page.getByRole("option", { name: kulob?.nameRu ?? "" }).click();
    await page.waitForURL((url) => url.searchParams.get("district") === kulob?.id);
    await ready(page);
    await page.waitForFunction(
      (n) => document.querySelector("[data-testid=figure-women] [data-testid=figure-value]")?.textContent?.replace(/\D/g, "") === n,
      String(inKulob.womenSupported.total.value),
    );
    expect(await tile(page, "figure-women")).toBe(String(inKulob.womenSupported.total.value));

    // A quarter: last year's third, chosen from the list.
    await page.getByTestId("dashboard-period-kind").getByText(message("ru", "dashboard.period.quarter")).click();
    await page.waitForURL((url) => url.searchParams.get("period") === "quarter");
    await page.getByTestId("dashboard-period").click();
    await page.getByRole("option", { name: message("ru", "dashboard.period.quarterOf", { quarter: 3, year: year - 1 }) }).click();
    await page.waitForURL((url) => url.searchParams.get("at") === `${year - 1}-Q3`);
    const quarter = await figuresFor({ from: `${year - 1}-07-01`, to: `${year - 1}-09-30`, districtId: kulob?.id ?? "" });
    await page.waitForFunction(
      (n) => document.querySelector("[data-testid=figure-women] [data-testid=figure-value]")?.textContent?.replace(/\D/g, "") === n,
      String(quarter.womenSupported.total.value),
    );
    expect(new URL(page.url()).searchParams.get("district")).toBe(kulob?.id);

    // The shared link shows the same figures; the back button the previous ones.
    const link = page.url();
    const other = await openPage(browser);
    await other.page.goto(`${baseUrl()}/sign-in`);
    await signInAs(other.page, "COORDINATOR");
    await other.page.goto(link);
    await ready(other.page);
    expect(await tile(other.page, "figure-women")).toBe(String(quarter.womenSupported.total.value));
    await other.context.close();
    await page.goBack();
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get("period") === null);
    await page.waitForFunction(
      (n) => document.querySelector("[data-testid=figure-women] [data-testid=figure-value]")?.textContent?.replace(/\D/g, "") === n,
      String(inKulob.womenSupported.total.value),
    );
    await screenshot(page, "dashboard-district");
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("counts nothing for days before NK's first record", async () => {
    const { page, context, problems } = await openPage(browser);
    await page.goto(`${baseUrl()}/sign-in`);
    await signInAs(page, "COORDINATOR");
    await page.goto(`${baseUrl()}/dashboard?period=custom&from=1995-01-01&to=1995-01-31`);
    await page.locator("[data-testid=dashboard][data-ready=true]").waitFor();
    const old = await figuresFor({ from: "1995-01-01", to: "1995-01-31" });
    expect(old.womenSupported.total.value).toBe(0);
    expect(await tile(page, "figure-women")).toBe("0");
    expect(await page.getByTestId("dashboard-trainings").count()).toBe(0);
    expect(await page.getByText(message("tg", "dashboard.noTrainings")).count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe("homes of trainers and facilitators", () => {
  it("lists a trainer's own courses with the next session, and a facilitator's groups with their meetings", async () => {
    const trainer = await api<{ viewer: { user: { id: string } } }>("TRAINER", "{ viewer { user { id } } }");
    const facilitator = await api<{ viewer: { user: { id: string } } }>("FACILITATOR", "{ viewer { user { id } } }");
    const courses = await api<{ courses: { edges: { node: { id: string; version: number; training: { title: string } } }[] } }>(
      "COORDINATOR",
      "{ courses(first: 1) { edges { node { id version training { title } } } } }",
    );
    const course = courses.courses.edges[0]?.node;
    expect(course).toBeDefined();
    const assigned = await api<{ updateCourse: { userErrors: unknown[] } }>(
      "COORDINATOR",
      "mutation($i: UpdateCourseInput!) { updateCourse(input: $i) { userErrors { code } } }",
      { i: { id: course?.id, version: course?.version, trainerId: trainer.viewer.user.id } },
    );
    expect(assigned.updateCourse.userErrors).toEqual([]);
    const groups = await api<{ selfHelpGroups: { edges: { node: { id: string; version: number; name: string } }[] } }>(
      "COORDINATOR",
      "{ selfHelpGroups(first: 1) { edges { node { id version name } } } }",
    );
    const group = groups.selfHelpGroups.edges[0]?.node;
    expect(group).toBeDefined();
    const led = await api<{ updateSelfHelpGroup: { userErrors: unknown[] } }>(
      "COORDINATOR",
      "mutation($i: UpdateSelfHelpGroupInput!) { updateSelfHelpGroup(input: $i) { userErrors { code } } }",
      { i: { id: group?.id, version: group?.version, facilitatorId: facilitator.viewer.user.id } },
    );
    expect(led.updateSelfHelpGroup.userErrors).toEqual([]);

    const { page, context, problems } = await openPage(browser);
    await page.goto(`${baseUrl()}/sign-in`);
    await signInAs(page, "TRAINER");
    expect(new URL(page.url()).pathname).toBe("/courses");
    await page.getByTestId("courses-table").waitFor();
    expect(await page.getByTestId("courses-table").locator("tbody tr").count()).toBe(1);
    expect(await page.getByTestId("courses-table").textContent()).toContain(course?.training.title);
    expect(await page.getByTestId("course-next-session").count()).toBe(1);
    expect(await untranslatedTexts(page, "tg")).toEqual([]);
    await screenshot(page, "my-courses");
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId("sign-out").click();
    await page.getByTestId("sign-in-form").waitFor();

    await signInAs(page, "FACILITATOR");
    expect(new URL(page.url()).pathname).toBe("/groups");
    await page.getByTestId("groups-table").waitFor();
    expect(await page.getByTestId("groups-table").locator("tbody tr").count()).toBe(1);
    expect(await page.getByTestId("groups-table").textContent()).toContain(group?.name);
    await setLanguage(page, "ru");
    expect(await untranslatedTexts(page, "ru")).toEqual([]);
    await screenshot(page, "my-groups");
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
