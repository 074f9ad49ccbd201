import { LOCALES } from "@nk/shared";
import type { Browser, Page } from "playwright-core";
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
import { asCaseWorker, choose, day, optionsOf, toastsSettled, typeDay, womanOfCrisisCenter } from "./support/casework";
import { message } from "./support/messages";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface ServiceRow {
  id: string;
  version: number;
  outcome: string;
  followUpDueOn: string | null;
  followUpDoneAt: string | null;
  archivedAt: string | null;
}

async function servicesOf(beneficiaryId: string, archived = false): Promise<ServiceRow[]> {
  const data = await asCaseWorker<{ services: { edges: Array<{ node: ServiceRow }> } }>(
    `query($b: ID!, $a: Boolean) { services(first: 100, filter: { beneficiaryId: $b, archived: $a }) {
      edges { node { id version outcome followUpDueOn followUpDoneAt archivedAt } } } }`,
    { b: beneficiaryId, a: archived },
  );
  return data.services.edges.map((e) => e.node);
}

/** Every screen once in each language, with no untranslated text in Tajik or Russian. */
async function inEveryLanguage(page: Page, screen: string) {
  for (const locale of LOCALES) {
    await setLanguage(page, locale);
    expect(await untranslatedTexts(page, locale)).toEqual([]);
    await screenshot(page, screen);
  }
  await setLanguage(page, "tg");
}

const overdueDeadlines = (page: Page) => page.getByTestId("services-table").locator("tbody tr td:nth-child(6)").allTextContents();

describe("services", () => {
  it("records a service with a follow-up, shows it among the overdue follow-ups by deadline, and completes it", async () => {
    const woman = await womanOfCrisisCenter(0);
    const before = (await servicesOf(woman.id)).map((s) => s.id);
    const recordedNow = async () => (await servicesOf(woman.id)).filter((s) => !before.includes(s.id));
    const { page, context, problems } = await openPage(browser);
    await signInAs(page, "CASE_WORKER");
    await navTo(page, "services");
    await page.getByTestId("services-list").waitFor();
    await page.getByTestId("service-new").click();
    await page.getByTestId("service-form-fields").waitFor();

    // The woman is found by part of her name.
    await page.getByTestId("service-beneficiary").locator("input").fill(woman.firstName);
    await page.getByRole("option", { name: `${woman.lastName} ${woman.firstName} · ${woman.code}` }).click();
    await choose(page, "service-unit", "Маркази бӯҳронӣ");

    // Only the subtypes of the chosen kind are offered.
    await choose(page, "service-kind", message("tg", "services.kind.ECONOMIC"));
    expect(await optionsOf(page, "service-subtype")).toEqual(
      ["SMALL_BUSINESS_ADVICE", "VOCATIONAL_TRAINING", "OTHER"].map((s) => message("tg", `services.subtype.${s}`)),
    );
    await choose(page, "service-subtype", message("tg", "services.subtype.VOCATIONAL_TRAINING"));
    await choose(page, "service-kind", message("tg", "services.kind.LEGAL"));
    const legal = await optionsOf(page, "service-subtype");
    expect(legal).toHaveLength(6);
    expect(legal).not.toContain(message("tg", "services.subtype.VOCATIONAL_TRAINING"));
    expect(await page.getByTestId("service-subtype").textContent()).not.toContain(message("tg", "services.subtype.VOCATIONAL_TRAINING"));
    await choose(page, "service-subtype", message("tg", "services.subtype.ALIMONY"));

    await typeDay(page, "service-provided-on", day(-10));
    await typeDay(page, "service-follow-up", day(-30));
    await page.getByTestId("service-notes").fill("Машварат оид ба алимент; шавҳараш таҳдид мекунад.");
    expect(await axeViolations(page)).toEqual([]);
    await inEveryLanguage(page, "service-new");

    // A follow-up before the day it was given: the field says so, nothing is recorded.
    await page.getByTestId("service-save").click();
    await page.getByTestId("service-follow-up-errors").waitFor();
    expect((await page.getByTestId("service-follow-up-errors").textContent())?.trim()).not.toBe("");
    expect(await recordedNow()).toEqual([]);
    await screenshot(page, "service-field-error");

    // A double click records one service.
    await typeDay(page, "service-follow-up", day(-3));
    await page.getByTestId("service-save").dblclick();
    await page.getByTestId("service-detail").waitFor();
    await page.getByTestId("service-complete").waitFor();
    const [saved, ...more] = await recordedNow();
    expect(more).toEqual([]);
    expect(saved).toMatchObject({ followUpDueOn: day(-3), followUpDoneAt: null });
    await toastsSettled(page);
    expect(await axeViolations(page)).toEqual([]);
    await inEveryLanguage(page, "service-detail");

    // The morning list: overdue follow-ups only, the nearest deadline first.
    await navTo(page, "services");
    await page.getByTestId("services-overdue").getByText(message("tg", "services.list.overdueOnly")).click();
    await page.waitForURL(/overdue=1/);
    await page.getByTestId(`service-complete-${saved?.id}`).waitFor();
    expect(await page.getByTestId("page-title").textContent()).toBe(message("tg", "services.list.overdueTitle"));
    const deadlines = (await overdueDeadlines(page)).map((text) =>
      (text.match(/(\d\d)\.(\d\d)\.(\d{4})/) ?? []).slice(1).reverse().join("-"),
    );
    expect(deadlines.length).toBeGreaterThan(0);
    expect(deadlines).toEqual([...deadlines].sort());
    expect(await axeViolations(page)).toEqual([]);
    await inEveryLanguage(page, "services-overdue");

    // Completing it takes it off the list.
    await page.getByTestId(`service-complete-${saved?.id}`).click();
    await page.getByTestId(`service-complete-${saved?.id}`).waitFor({ state: "detached" });
    expect((await recordedNow())[0]?.followUpDoneAt).toEqual(expect.any(String));

    // Filters sit in the address: a kind and days that match it, then days that do not.
    await page.goto(`${baseUrl()}/services?kind=LEGAL&from=${day(-10)}&to=${day(-10)}`);
    await page.getByTestId(`service-link-${saved?.id}`).waitFor();
    await page.goto(`${baseUrl()}/services?kind=LEGAL&from=${day(-9)}`);
    await page.getByTestId("services-list").waitFor();
    await page.waitForFunction(() => document.querySelector("[data-testid=services-list]")?.getAttribute("data-ready") === "true");
    expect(await page.getByTestId(`service-link-${saved?.id}`).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await inEveryLanguage(page, "services-list");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("edits with the version read, shows a colleague's change as a conflict, and archives and restores", async () => {
    const woman = await womanOfCrisisCenter(1);
    const recorded = await asCaseWorker<{ recordService: { service: { id: string } } }>(
      `mutation($input: RecordServiceInput!) { recordService(input: $input) { service { id } } }`,
      {
        input: {
          beneficiaryId: woman.id,
          unitId: (
            await asCaseWorker<{ units: { edges: Array<{ node: { id: string; code: string } }> } }>(
              "{ units(first: 10) { edges { node { id code } } } }",
            )
          ).units.edges.find((e) => e.node.code === "CRISIS")?.node.id,
          kind: "PSYCHOLOGICAL",
          subtype: "INDIVIDUAL_COUNSELLING",
          providedOn: day(-2),
          outcome: "PROVIDED",
        },
      },
    );
    const id = recorded.recordService.service.id;
    const serviceById = async (archived = false) => (await servicesOf(woman.id, archived)).find((s) => s.id === id);
    const { page, context, problems } = await openPage(browser);
    await signInAs(page, "CASE_WORKER");
    await setLanguage(page, "ru");
    await page.goto(`${baseUrl()}/services/${id}/edit`);
    await page.getByTestId("service-outcome").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    for (const locale of LOCALES) {
      await setLanguage(page, locale);
      await screenshot(page, "service-edit");
    }
    await setLanguage(page, "ru");

    // A colleague saves first.
    const current = await serviceById();
    await asCaseWorker(`mutation($input: UpdateServiceInput!) { updateService(input: $input) { userErrors { code } } }`, {
      input: { id, version: current?.version, outcome: "DECLINED" },
    });
    await choose(page, "service-outcome", message("ru", "services.outcome.REFERRED"));
    await page.getByTestId("service-save").click();
    await page.getByTestId("conflict-dialog").waitFor();
    expect(await page.getByTestId("conflict-outcome").locator(".conflict-theirs").textContent()).toBe(
      message("ru", "services.outcome.DECLINED"),
    );
    expect(await page.getByTestId("conflict-outcome").locator(".conflict-mine").inputValue()).toBe(
      message("ru", "services.outcome.REFERRED"),
    );
    expect(await untranslatedTexts(page, "ru")).toEqual([]);
    await screenshot(page, "service-conflict");
    await page.getByTestId("conflict-reload").click();
    await page.getByTestId("conflict-close").click();
    await choose(page, "service-outcome", message("ru", "services.outcome.REFERRED"));
    await page.getByTestId("service-save").click();
    await page.getByTestId("service-detail").waitFor();
    await page.getByTestId("service-outcome").getByText(message("ru", "services.outcome.REFERRED")).waitFor();
    expect((await serviceById())?.outcome).toBe("REFERRED");

    // Archive, with confirmation, then restore.
    await page.getByTestId("archive-toggle").click();
    await page
      .getByRole("alertdialog")
      .getByRole("button", { name: message("ru", "archive.archive") })
      .click();
    await page.getByTestId("service-archived-tag").waitFor();
    expect(await serviceById()).toBeUndefined();
    expect((await serviceById(true))?.archivedAt).toEqual(expect.any(String));
    await page.getByTestId("archive-toggle").click();
    await page
      .getByRole("alertdialog")
      .getByRole("button", { name: message("ru", "archive.restore") })
      .click();
    await page.getByTestId("service-archived-tag").waitFor({ state: "detached" });
    expect((await serviceById())?.archivedAt).toBeNull();
    expect(problems).toEqual([]);
    await context.close();
  });
});
