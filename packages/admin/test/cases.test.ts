import { LOCALES, type Locale } from "@nk/shared";
import type { Browser, Page } from "playwright-core";
import { graphql, sessionCookie } from "./support/api-server.cjs";
import {
  axeViolations,
  baseUrl,
  launchBrowser,
  navTo,
  openPage,
  screenshot,
  setLanguage,
  signInAs,
  untranslatedTexts,
} from "./support/browser";
import { message } from "./support/messages";
import { STAFF_NAMES, STAFF_PASSWORD, staffEmail } from "./support/users";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const cookieOf = (role: "CASE_WORKER" | "COORDINATOR") => sessionCookie(baseUrl(), staffEmail(role), STAFF_PASSWORD);

async function api<T>(role: "CASE_WORKER" | "COORDINATOR", query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { body } = await graphql<T>(baseUrl(), query, variables, await cookieOf(role));
  if (body.errors?.length || !body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

interface Woman {
  id: string;
  code: string;
  lastName: string;
  unit: { id: string };
}

/** Women in the case worker's reach, registered in her unit (the crisis centre). */
async function women(): Promise<Woman[]> {
  const data = await api<{ beneficiaries: { edges: { node: Woman }[] } }>(
    "CASE_WORKER",
    "{ beneficiaries(first: 20) { edges { node { id code lastName unit { id code } } } } }",
  );
  return data.beneficiaries.edges.map((e) => e.node).filter((w) => (w.unit as { code?: string }).code === "CRISIS");
}

/** Every visible text is in the page's language, and axe finds nothing serious, in tg, ru and en. */
async function checkScreen(page: Page, name: string) {
  // A toast of the last save and a closing drop-down are not part of the screen.
  await page.waitForFunction(() => !document.querySelector(".p-toast-message, .p-select-overlay"), null, { timeout: 10_000 });
  for (const locale of LOCALES) {
    await setLanguage(page, locale);
    expect(await untranslatedTexts(page, locale)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, name);
  }
  await setLanguage(page, "tg");
}

async function choose(page: Page, testId: string, locale: Locale, key: string) {
  await page.getByTestId(testId).click();
  await page.getByRole("option", { name: message(locale, key), exact: true }).click();
}

const OPEN_CASE = `mutation($input: OpenCaseInput!) { openCase(input: $input) { case { id version } userErrors { code } } }`;
const REQUEST = `mutation($input: CaseStepInput!) { requestCaseClosure(input: $input) { case { id version } userErrors { code } } }`;
const UPDATE = `mutation($input: UpdateCaseInput!) { updateCase(input: $input) { case { version } userErrors { code } } }`;

describe("cases", () => {
  let caseId = "";

  it("a case worker lands on her case load, opens a case for a woman, changes its risk, adds a note and an incident, and asks to close it", async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl()}/sign-in`);
    await signInAs(page, "CASE_WORKER");
    expect(new URL(page.url()).pathname).toBe("/caseload");
    await page.locator("[data-testid=caseload][data-ready=true]").waitFor();
    expect(await page.getByTestId("caseload-risk-HIGH").textContent()).toContain("0");
    await checkScreen(page, "caseload");

    // Open a case: find her by part of her surname.
    const [woman] = await women();
    if (!woman) throw new Error("the demo data has no woman in the crisis centre");
    await page.getByTestId("caseload-open-case").click();
    await page.getByTestId("case-open").waitFor();
    await checkScreen(page, "case-form");
    await page.getByTestId("case-open-save").click();
    await page.getByTestId("case-woman-errors").waitFor();
    expect(await page.getByTestId("case-woman-errors").textContent()).toBe(message("tg", "userErrors.REQUIRED.generic"));

    await page.getByTestId("case-woman-search").locator("input").fill(woman.code);
    await page.getByRole("option", { name: new RegExp(woman.code) }).click();
    await choose(page, "case-risk", "tg", "cases.risk.HIGH");
    await page.getByTestId("case-open-plan").fill("Маслиҳати ҳуқуқӣ оид ба алимент; равоншинос ҳафтае як бор.");
    await page.getByTestId("case-open-save").dblclick();
    await page.locator("[data-testid=case-detail][data-ready=true]").waitFor();
    caseId = new URL(page.url()).pathname.split("/")[2] ?? "";
    const mine = await api<{ cases: { totalCount: number } }>(
      "CASE_WORKER",
      `query($b: ID) { cases(filter: { beneficiaryId: $b, mine: true }) { totalCount } }`,
      {
        b: woman.id,
      },
    );
    expect(mine.cases.totalCount).toBe(1);
    expect(await page.getByTestId("case-stage").textContent()).toBe(message("tg", "cases.stage.CASE_PLAN"));

    // Risk: the change is kept with who made it, and why.
    await choose(page, "risk-change-level", "tg", "cases.risk.MEDIUM");
    await page.getByTestId("risk-change-reason").fill("Шавҳар ба Русия рафт; таҳдид кам шуд.");
    await page.getByTestId("risk-change-save").click();
    await page.getByTestId("case-risk").getByTestId("risk-MEDIUM").waitFor();
    const latest = page.getByTestId("risk-history").locator("tbody tr").first();
    expect(await latest.textContent()).toContain(STAFF_NAMES.CASE_WORKER);
    expect(await latest.textContent()).toContain("Шавҳар ба Русия рафт; таҳдид кам шуд.");
    expect(await latest.textContent()).toContain(`${message("tg", "cases.risk.HIGH")} → ${message("tg", "cases.risk.MEDIUM")}`);
    await checkScreen(page, "case-detail");

    // A note: added with her name and the time, and nothing typed before is written over.
    await page.getByTestId("note-add-reason").fill("Бо модараш сӯҳбат кардем; ӯ кӯмак мекунад.");
    await page.getByTestId("note-add-save").dblclick();
    await page.getByTestId("case-note").first().waitFor();
    await page.getByTestId("note-add-reason").fill("Вай рӯзи панҷшанбе меояд.");
    await page.getByTestId("note-add-save").click();
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=case-note]").length === 2);
    const notes = await page.getByTestId("case-note").allTextContents();
    expect(notes[0]).toContain("Вай рӯзи панҷшанбе меояд.");
    expect(notes[0]).toContain(STAFF_NAMES.CASE_WORKER);
    expect(notes[1]).toContain("Бо модараш сӯҳбат кардем; ӯ кӯмак мекунад.");

    // An incident, its free text read only when asked for.
    await page.getByTestId("incident-add").click();
    await page.getByTestId("incident-form").waitFor();
    await checkScreen(page, "incident-form");
    await page.getByTestId("incident-occurred").locator("input").fill("01.11.2026");
    await page.keyboard.press("Escape");
    await choose(page, "incident-type", "tg", "cases.gbv.PHYSICAL_ASSAULT");
    await choose(page, "incident-relation", "tg", "cases.relation.INTIMATE_PARTNER");
    await choose(page, "incident-place", "tg", "cases.place.HOME");
    await page.getByTestId("incident-narrative-input").fill("Шавҳараш ӯро задааст; ҳамсояҳо шунидаанд.");
    await page.getByTestId("incident-save").click();
    await page.locator("[data-testid=case-detail][data-ready=true]").waitFor();
    await page.getByTestId("incident").first().waitFor();
    expect(await page.getByTestId("incident-narrative").count()).toBe(0);
    await page.getByTestId("incident-show-text").first().click();
    expect(await page.getByTestId("incident-narrative").textContent()).toBe("Шавҳараш ӯро задааст; ҳамсояҳо шунидаанд.");
    expect(await page.getByTestId("incident-type").first().textContent()).toBe(message("tg", "cases.gbv.PHYSICAL_ASSAULT"));

    // Asking to close.
    await page.getByTestId("closing-request-reason").fill("Хизматҳо расонида шуданд; ӯ дар амн аст.");
    await page.getByTestId("closing-request-save").click();
    await page.getByTestId("closing-state").getByText(message("tg", "cases.closure.REQUESTED")).waitFor();
    expect(await page.getByTestId("closing-decision").count()).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("a coordinator approves one request and rejects another, and both reasons are kept", async () => {
    expect(caseId).not.toBe("");
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl()}/sign-in`);
    await signInAs(page, "COORDINATOR");
    await page.goto(`${baseUrl()}/cases/${caseId}`);
    await page.locator("[data-testid=case-detail][data-ready=true]").waitFor();
    await page.getByTestId("closing-decision-reason").fill("Нақша иҷро шуд.");
    await page.getByTestId("closing-decision-approve").click();
    await page.getByTestId("case-status").getByText(message("tg", "cases.status.CLOSED")).waitFor();
    const approved = await page.getByTestId("closing-history").textContent();
    expect(approved).toContain("Хизматҳо расонида шуданд; ӯ дар амн аст.");
    expect(approved).toContain("Нақша иҷро шуд.");
    expect(approved).toContain(STAFF_NAMES.COORDINATOR);

    // Another case, asked to close through the API; the coordinator refuses, with her reason.
    const [, second] = await women();
    if (!second) throw new Error("the demo data has fewer than two women in the crisis centre");
    const opened = await api<{ openCase: { case: { id: string; version: number } } }>("CASE_WORKER", OPEN_CASE, {
      input: { beneficiaryId: second.id, unitId: second.unit.id, riskLevel: "LOW" },
    });
    const { id, version } = opened.openCase.case;
    await api("CASE_WORKER", REQUEST, { input: { id, version, reason: "Вай ба шаҳри дигар кӯчид." } });
    await page.goto(`${baseUrl()}/cases/${id}`);
    await page.locator("[data-testid=case-detail][data-ready=true]").waitFor();
    await page.getByTestId("closing-decision-reject").click();
    await page.getByTestId("closing-decision-reason-errors").waitFor();
    await page.getByTestId("closing-decision-reason").fill("Аввал бо ӯ дар ҷои нав тамос гиред.");
    await page.getByTestId("closing-decision-reject").click();
    await page.getByTestId("closing-state").getByText(message("tg", "cases.closure.REJECTED")).waitFor();
    const rejected = await page.getByTestId("closing-history").textContent();
    expect(rejected).toContain("Вай ба шаҳри дигар кӯчид.");
    expect(rejected).toContain("Аввал бо ӯ дар ҷои нав тамос гиред.");
    expect(await page.getByTestId("case-status").textContent()).toBe(message("tg", "cases.status.OPEN"));
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("lists cases by stage and risk, and a stale edit of the case plan shows the conflict dialog", async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl()}/sign-in`);
    await signInAs(page, "CASE_WORKER");
    await navTo(page, "cases");
    await page.getByTestId("cases-table").waitFor();
    await checkScreen(page, "cases-list");
    await choose(page, "cases-stage", "tg", "cases.stage.SERVICE_PROVISION");
    await page.waitForURL(/stage=SERVICE_PROVISION/);
    await page.locator("[data-testid=cases-list][data-ready=true]").waitFor();
    const stages = await page.getByTestId("cases-table").locator("tbody tr td:nth-child(3)").allTextContents();
    expect(stages.length).toBeGreaterThan(0);
    for (const s of stages) expect(s.trim()).toContain(message("tg", "cases.stage.SERVICE_PROVISION"));

    const third = (await women())[2];
    if (!third) throw new Error("the demo data has fewer than three women in the crisis centre");
    const opened = await api<{ openCase: { case: { id: string; version: number } } }>("CASE_WORKER", OPEN_CASE, {
      input: { beneficiaryId: third.id, unitId: third.unit.id, riskLevel: "MEDIUM", plan: "Нақшаи аввал." },
    });
    const { id, version } = opened.openCase.case;
    await page.goto(`${baseUrl()}/cases/${id}/edit`);
    await page.locator("[data-testid=case-form][data-ready=true]").waitFor();
    await page.getByTestId("case-plan-input").fill("Нақшаи ман: ҳамроҳӣ ба суд.");
    // A colleague saves first.
    await api("COORDINATOR", UPDATE, { input: { id, version, plan: "Нақшаи ҳамкор: маслиҳати равоншинос." } });
    await page.getByTestId("case-save").click();
    const dialog = page.getByTestId("conflict-dialog");
    await dialog.waitFor();
    expect(await dialog.getByTestId("conflict-plan").textContent()).toContain("Нақшаи ҳамкор: маслиҳати равоншинос.");
    expect(await dialog.getByTestId("conflict-plan").locator("textarea").inputValue()).toBe("Нақшаи ман: ҳамроҳӣ ба суд.");
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("a trainer has no cases in the navigation, and a typed case address is refused in words", async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl()}/sign-in`);
    await signInAs(page, "TRAINER");
    expect(await page.getByTestId("nav-cases").count()).toBe(0);
    expect(await page.getByTestId("nav-caseload").count()).toBe(0);
    await page.goto(`${baseUrl()}/cases/${caseId}`);
    await page.getByTestId("request-error").getByText(message("tg", "errors.request.FORBIDDEN")).waitFor();
    expect(await page.getByTestId("case-detail").textContent()).not.toContain("FORBIDDEN");
    expect(await page.getByTestId("incident").count()).toBe(0);
    await screenshot(page, "trainer-case-refused");
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
