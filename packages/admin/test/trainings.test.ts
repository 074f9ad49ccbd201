import { LOCALES } from "@nk/shared";
import type { Browser, Page } from "playwright-core";
import { graphql, sessionCookie } from "./support/api-server.cjs";
import {
  axeViolations,
  baseUrl,
  launchBrowser,
  navTo,
  nextAnswer,
  openPage,
  operationOf,
  screenshot,
  setLanguage,
  signInAs,
  untranslatedTexts,
} from "./support/browser";
import { choose, day, typeDay } from "./support/casework";
import { message } from "./support/messages";
import { STAFF_PASSWORD, staffEmail } from "./support/users";

const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } userErrors { code } } }`;

interface Woman {
  id: string;
  code: string;
  firstName: string;
}
interface Mark {
  present: boolean;
  beneficiary: { id: string };
}

let browser: Browser;
let coordinator: string;
/** Her own trainer accounts: the shared trainer's courses are counted by other files. */
const giver = {
  email: `trainer-giver-${process.pid}@e2e.example.org`,
  password: "e2e-Password-for-trainer-2026",
  fullName: "Мадина Раҳимова",
};
const other = {
  email: `trainer-other-${process.pid}@e2e.example.org`,
  password: "e2e-Password-for-trainer-2026",
  fullName: "Зарина Қодирова",
};
let giverId: string;
let otherId: string;

async function api<T>(query: string, variables: Record<string, unknown> = {}, cookie = coordinator): Promise<T> {
  const { body } = await graphql<T>(baseUrl(), query, variables, cookie);
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

beforeAll(async () => {
  browser = await launchBrowser();
  coordinator = await sessionCookie(baseUrl(), staffEmail("COORDINATOR"), STAFF_PASSWORD);
  const admin = await sessionCookie(baseUrl(), staffEmail("ADMIN"), STAFF_PASSWORD);
  const ids: string[] = [];
  for (const person of [giver, other]) {
    const { body } = await graphql<{ createUser: { user: { id: string } | null } }>(
      baseUrl(),
      CREATE_USER,
      { input: { email: person.email, password: person.password, fullName: person.fullName, role: "TRAINER", unitIds: [] } },
      admin,
    );
    const id = body.data?.createUser.user?.id;
    if (!id) throw new Error(`cannot create the trainer: ${JSON.stringify(body.errors ?? body.data)}`);
    ids.push(id);
  }
  [giverId, otherId] = ids as [string, string];
});
afterAll(async () => {
  await browser?.close();
});

async function checkScreen(page: Page, name: string, ready: string) {
  for (const locale of LOCALES) {
    await setLanguage(page, locale);
    await page.locator(`[data-testid='${ready}'][data-ready='true']`).waitFor();
    await screenshot(page, name);
    if (locale !== "en") expect(await untranslatedTexts(page, locale)).toEqual([]);
  }
  await setLanguage(page, "tg");
  expect(await axeViolations(page)).toEqual([]);
}

async function signOut(page: Page) {
  await page.getByTestId("sign-out").click();
  await page.getByTestId("sign-in-email").waitFor();
}

const attendanceOf = async (courseId: string, sessionId: string) => {
  const data = await api<{ course: { sessions: { id: string; attendance: Mark[] }[] } }>(
    "query($id: ID!) { course(id: $id) { sessions { id attendance { present beneficiary { id } } } } }",
    { id: courseId },
  );
  return data.course.sessions.find((s) => s.id === sessionId)?.attendance ?? [];
};

describe("trainings", () => {
  it("a coordinator creates a course and enrols women; its trainer takes attendance once, records scores and sees the results", async () => {
    const { page, context, problems } = await openPage(browser);
    const data = await api<{
      trainings: { edges: { node: { id: string; title: string; assessmentItems: string[] } }[] };
      beneficiaries: { edges: { node: Woman }[] };
    }>(
      `{ trainings(first: 10, filter: { search: "I-AND-LEADERSHIP" }) { edges { node { id title assessmentItems } } }
         beneficiaries(first: 100) { edges { node { id code firstName } } } }`,
    );
    const training = data.trainings.edges[0]?.node;
    if (!training) throw new Error("the demo data has no I-AND-LEADERSHIP training");
    // Women far down the register, so other files' enrolments never meet these.
    const women = data.beneficiaries.edges.slice(70, 74).map((e) => e.node) as [Woman, Woman, Woman, Woman];

    // The coordinator: trainings list, its curriculum, the form; then a new course for the trainer.
    await page.goto(`${baseUrl()}/sign-in`);
    await signInAs(page, "COORDINATOR");
    await navTo(page, "courses");
    await page.locator("[data-testid='my-courses'][data-ready='true']").waitFor();
    await checkScreen(page, "courses-list", "my-courses");
    await page.getByTestId("trainings-link").click();
    await page.locator("[data-testid='trainings-list'][data-ready='true']").waitFor();
    await checkScreen(page, "trainings-list", "trainings-list");
    await page.getByTestId("training-link-I-AND-LEADERSHIP").click();
    await page.locator("[data-testid='training-detail'][data-ready='true']").waitFor();
    expect(await page.getByTestId("training-rule").textContent()).toBe(message("tg", "courses.rule", { percent: "80", sessions: "8" }));
    await checkScreen(page, "training-detail", "training-detail");
    await page.getByTestId("training-edit").click();
    await page.locator("[data-testid='training-form'][data-ready='true']").waitFor();
    await checkScreen(page, "training-form", "training-form");
    // She sharpens the aims and saves: the curriculum shows them, the rule and items stay as they were.
    const aims = `${await page.getByTestId("training-aims").inputValue()} Ҳар як зан нақшаи шахсии худро тартиб медиҳад.`;
    await page.getByTestId("training-aims").fill(aims);
    await page.getByTestId("training-save").click();
    await page.locator("[data-testid='training-detail'][data-ready='true']").waitFor();
    await page.getByText(message("tg", "courses.trainings.saved")).first().waitFor();
    expect(await page.getByTestId("training-aims").textContent()).toBe(aims);
    expect(await page.getByTestId("training-rule").textContent()).toBe(message("tg", "courses.rule", { percent: "80", sessions: "8" }));
    const curriculum = await api<{ training: { aims: string; assessmentItems: string[] } }>(
      "query($id: ID!) { training(id: $id) { aims assessmentItems } }",
      { id: training.id },
    );
    expect(curriculum.training).toEqual({ aims, assessmentItems: training.assessmentItems });

    await page.getByTestId("training-new-course").click();
    await page.locator("[data-testid='course-form'][data-ready='true']").waitFor();
    await choose(page, "course-trainer", giver.fullName);
    await typeDay(page, "course-starts", day(-7));
    await typeDay(page, "course-ends", day(40));
    await page.getByTestId("course-place").fill("Маркази захиравии занон, Кӯлоб");
    await page.getByTestId("course-capacity").locator("input").fill("3");
    await checkScreen(page, "course-form", "course-form");
    await page.getByTestId("course-save").dblclick();
    await page.locator("[data-testid='course-detail'][data-ready='true']").waitFor();
    const courses = await api<{ courses: { edges: { node: { id: string } }[] } }>(
      "query($t: ID) { courses(first: 10, filter: { trainerId: $t }) { edges { node { id } } } }",
      { t: giverId },
    );
    expect(courses.courses.edges).toHaveLength(1);
    const courseId = courses.courses.edges[0]?.node.id as string;
    expect(new URL(page.url()).pathname).toBe(`/courses/${courseId}`);
    expect(await page.getByTestId("course-trainer").textContent()).toBe(giver.fullName);

    // A session today, three women enrolled; a fourth does not fit and is told why in words.
    await typeDay(page, "session-new-day", day(0));
    await page.getByTestId("session-new-topic").fill("Ман кистам: худбаҳодиҳӣ");
    await page.getByTestId("session-add").click();
    await page.getByTestId("session-link").waitFor();
    for (const woman of women.slice(0, 3)) {
      await page.getByTestId("enrol-search").locator("input").fill(woman.code);
      await page.getByRole("option", { name: new RegExp(woman.code) }).click();
      await page.getByTestId("enrol-chosen").getByText(woman.code).waitFor();
    }
    await page.getByTestId("enrol-submit").dblclick();
    await page.getByTestId("enrolments-table").locator("tbody tr").nth(2).waitFor();
    expect(await page.getByTestId("enrolments-table").locator("tbody tr").count()).toBe(3);
    await page.getByTestId("enrol-search").locator("input").fill(women[3].code);
    await page.getByRole("option", { name: new RegExp(women[3].code) }).click();
    await page.getByTestId("enrol-chosen").getByText(women[3].code).waitFor();
    await page.getByTestId("enrol-submit").click();
    await page
      .getByTestId("enrol-error")
      .getByText(message("tg", "userErrors.CAPACITY_EXCEEDED.detail", { free: "0", capacity: "3", requested: "1" }))
      .waitFor();
    expect(await page.getByTestId("enrolments-table").locator("tbody tr").count()).toBe(3);
    await checkScreen(page, "course-detail", "course-detail");

    // A colleague changes the course while the form is open: the save meets the conflict dialog.
    await page.getByTestId("course-edit").click();
    await page.locator("[data-testid='course-form'][data-ready='true']").waitFor();
    const current = await api<{ course: { version: number } }>("query($id: ID!) { course(id: $id) { version } }", { id: courseId });
    const meanwhile = await api<{ updateCourse: { userErrors: unknown[] } }>(
      "mutation($input: UpdateCourseInput!) { updateCourse(input: $input) { userErrors { code } } }",
      { input: { id: courseId, version: current.course.version, place: "Мактаби 5, Кӯлоб" } },
    );
    expect(meanwhile.updateCourse.userErrors).toEqual([]);
    await page.getByTestId("course-place").fill("Маркази ҷамоатӣ");
    await page.getByTestId("course-save").click();
    await page.getByTestId("conflict-dialog").waitFor();
    expect(await page.getByTestId("conflict-place").textContent()).toContain("Мактаби 5, Кӯлоб");
    await screenshot(page, "course-conflict");
    await page.getByTestId("conflict-close").click();
    await page.getByTestId("course-form").locator(".back-link").click();
    await page.getByTestId("leave-guard-leave").click();
    await page.locator("[data-testid='course-detail'][data-ready='true']").waitFor();
    await signOut(page);

    // The trainer lands on her courses, with the session of today linked to its sheet.
    await signInAs(page, "TRAINER", giver);
    expect(new URL(page.url()).pathname).toBe("/courses");
    await page.locator("[data-testid='my-courses'][data-ready='true']").waitFor();
    expect(await page.getByTestId("courses-table").locator("tbody tr").count()).toBe(1);
    await checkScreen(page, "trainer-courses", "my-courses");
    // She corrects the topic of the session in place (updateSession).
    await page.getByTestId("course-link").click();
    await page.locator("[data-testid='course-detail'][data-ready='true']").waitFor();
    await page.getByTestId("session-edit").click();
    await page.getByTestId("session-edit-topic").fill("Ман кистам: худбаҳодиҳӣ ва овози ман");
    await page.getByTestId("session-save").click();
    await page.getByTestId("session-link").getByText("Ман кистам: худбаҳодиҳӣ ва овози ман").waitFor();
    await navTo(page, "courses");
    await page.locator("[data-testid='my-courses'][data-ready='true']").waitFor();
    await page.getByTestId("next-session-link").click();
    await page.locator("[data-testid='attendance-sheet'][data-ready='true']").waitFor();
    const sessionId = new URL(page.url()).pathname.split("/").at(-1) as string;
    await checkScreen(page, "attendance-sheet", "attendance-sheet");

    // Keyboard: Tab reaches the first woman's toggle, Space marks her; the targets are large.
    const order = await page
      .locator("[data-testid^='mark-']")
      .evaluateAll((els) => els.map((el) => el.getAttribute("data-testid")?.slice(5) ?? ""));
    const byCode = new Map(women.map((w) => [w.code, w]));
    const [a, b, c] = order.map((code) => byCode.get(code)) as [Woman, Woman, Woman];
    expect(new Set(order)).toEqual(new Set(women.slice(0, 3).map((w) => w.code)));
    const first = page.getByTestId(`mark-${a.code}`);
    await page.getByTestId("sheet-all").focus();
    await page.keyboard.press("Tab");
    expect(await first.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await first.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe("none");
    await page.keyboard.press("Space");
    expect(await first.getAttribute("aria-checked")).toBe("true");
    expect((await first.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    expect((await page.getByTestId("sheet-save").boundingBox())?.height).toBeGreaterThanOrEqual(44);
    await page.getByTestId(`mark-${b.code}`).click();
    expect(await page.getByTestId("sheet-count").textContent()).toContain(
      message("tg", "courses.sheet.count", { present: "2", total: "3" }),
    );

    // One save, whatever the double click: one request with the whole sheet.
    const sent: string[] = [];
    page.on("request", (r) => {
      if (operationOf(r) === "RecordAttendance") sent.push(r.headers()["idempotency-key"] ?? "");
    });
    await page.getByTestId("sheet-save").dblclick();
    await page.getByTestId("sheet-changed").waitFor();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatch(/^[0-9a-f-]{36}$/);
    const saved = await attendanceOf(courseId, sessionId);
    expect(saved.map((m) => [m.beneficiary.id, m.present]).sort()).toEqual(
      [
        [a.id, true],
        [b.id, true],
        [c.id, false],
      ].sort(),
    );

    // Reload: the sheet shows what was saved; saving it again changes nothing.
    await page.reload();
    await page.locator("[data-testid='attendance-sheet'][data-ready='true']").waitFor();
    expect(await page.getByTestId(`mark-${a.code}`).getAttribute("aria-checked")).toBe("true");
    expect(await page.getByTestId(`mark-${b.code}`).getAttribute("aria-checked")).toBe("true");
    expect(await page.getByTestId(`mark-${c.code}`).getAttribute("aria-checked")).toBe("false");
    expect(await page.getByTestId("sheet-new").count()).toBe(0);
    await page.getByTestId("sheet-save").click();
    await page
      .getByTestId("sheet-changed")
      .getByText(message("tg", "courses.sheet.changed").split(" | ")[0] as string)
      .waitFor();
    expect(await attendanceOf(courseId, sessionId)).toEqual(saved);

    // At tablet width the sheet fits, with large targets.
    await page.setViewportSize({ width: 768, height: 1024 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
    expect((await page.getByTestId(`mark-${c.code}`).boundingBox())?.height).toBeGreaterThanOrEqual(44);
    await screenshot(page, "attendance-sheet-tablet");
    await page.setViewportSize({ width: 1280, height: 800 });

    // Scores before and after for one woman; the results say it and draw it.
    await page.goto(`${baseUrl()}/courses/${courseId}/assessments`);
    await page.locator("[data-testid='assessments'][data-ready='true']").waitFor();
    await page.getByTestId(`score-${a.code}-0`).locator("input").fill("2");
    await page.getByTestId(`assess-save-${a.code}`).click();
    await page.getByText(message("tg", "courses.assess.saved")).first().waitFor();
    await page.getByTestId("assess-phase").getByText(message("tg", "courses.assess.AFTER")).click();
    await page.getByTestId(`score-${a.code}-0`).locator("input").fill("4");
    // The first save's message may still be showing: wait for this save's own answer.
    const assessed = nextAnswer(page, "RecordSelfAssessment");
    await page.getByTestId(`assess-save-${a.code}`).click();
    await assessed;
    await page.waitForFunction(() => document.querySelectorAll(".p-toast-message").length >= 1);
    await checkScreen(page, "assessments", "assessments");
    const scores = await api<{
      course: { enrollments: { beneficiary: { id: string }; selfAssessment: { phase: string; item: string; score: number }[] }[] };
    }>("query($id: ID!) { course(id: $id) { enrollments { beneficiary { id } selfAssessment { phase item score } } } }", { id: courseId });
    expect(scores.course.enrollments.find((e) => e.beneficiary.id === a.id)?.selfAssessment).toEqual([
      { phase: "BEFORE", item: training.assessmentItems[0], score: 2 },
      { phase: "AFTER", item: training.assessmentItems[0], score: 4 },
    ]);
    await page.getByTestId("results-link").click();
    await page.locator("[data-testid='course-results'][data-ready='true']").waitFor();
    await page.getByTestId("results-chart").waitFor();
    // The saved scores brought the course's results back: the page shows them as soon as it opens.
    await page.getByTestId("results-change").getByText("+2", { exact: true }).waitFor({ timeout: 2000 });
    expect(await page.getByTestId(`completed-${a.code}`).textContent()).toBe(message("tg", "courses.results.no"));
    // The rule under its name, not a sentence starting in lower case on its own.
    expect((await page.getByTestId("results-rule").textContent())?.replace(/\s+/g, " ").trim()).toBe(
      `${message("tg", "courses.completionRule")}: ${message("tg", "courses.rule", { percent: "80", sessions: "8" })}`,
    );
    await checkScreen(page, "course-results", "course-results");

    // Another trainer's course: refused in words, none of it shown.
    const foreign = await api<{ createCourse: { course: { id: string } | null } }>(
      "mutation($input: CreateCourseInput!) { createCourse(input: $input) { course { id } } }",
      { input: { trainingId: training.id, startsOn: day(0), endsOn: day(30), capacity: 10, trainerId: otherId } },
    );
    const foreignId = foreign.createCourse.course?.id as string;
    for (const path of [`/courses/${foreignId}`, `/courses/${foreignId}/results`]) {
      await page.goto(`${baseUrl()}${path}`);
      await page.getByTestId("request-error").getByText(message("tg", "errors.request.FORBIDDEN")).waitFor();
      expect(await page.getByTestId("enrol-panel").count()).toBe(0);
    }
    await screenshot(page, "course-forbidden");
    const mine = await graphql<{ courses: { edges: { node: { id: string } }[] } }>(
      baseUrl(),
      "{ courses(first: 100, filter: { mine: true }) { edges { node { id } } } }",
      {},
      await sessionCookie(baseUrl(), giver.email, giver.password),
    );
    expect(mine.body.data?.courses.edges.map((e) => e.node.id)).toEqual([courseId]);

    expect(problems).toEqual([]);
    await context.close();
  }, 600_000);
});
