import { readFile } from "node:fs/promises";
import type { Locale } from "@nk/shared";
import type { Browser, Page } from "playwright-core";
import { axeViolations, baseUrl, launchBrowser, openPage, screenshot, setLanguage, signInAs, untranslatedTexts } from "./support/browser";
import { message } from "./support/messages";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const BOM = "\uFEFF";
const CASE_WORKER_COLUMNS = [
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
];

/** Each language in turn: no untranslated text in tg and ru, no serious accessibility problem, a screenshot. */
async function checkScreen(page: Page, name: string, locales: Locale[] = ["tg", "ru", "en"]) {
  for (const locale of locales) {
    await setLanguage(page, locale);
    if (locale !== "en") expect(await untranslatedTexts(page, locale)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, name);
  }
  await setLanguage(page, "tg");
}

/** Presses "Export CSV" and answers the saved file's name and its lines (the BOM checked and taken off). */
async function exported(page: Page) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-button").click()]);
  const text = await readFile(await download.path(), "utf8");
  expect(text.startsWith(BOM)).toBe(true);
  const lines = text.slice(1).split("\r\n").filter(Boolean);
  await page.getByTestId("export-done").waitFor();
  return { name: download.suggestedFilename(), lines, rows: lines.slice(1).map((l) => l.split(",")) };
}

/** The number of women the list says it holds (the line under its title). */
async function shownCount(page: Page): Promise<number> {
  const subtitle = (await page.locator(".page-header .muted").first().textContent()) ?? "";
  return Number(subtitle.replace(/\D/g, ""));
}

async function openBeneficiaries(page: Page) {
  await page.goto(`${baseUrl()}/beneficiaries`);
  await page.getByTestId("beneficiaries-table").waitFor();
  await page.locator('[data-testid="beneficiaries-list"][data-ready="true"]').waitFor();
}

describe("exporting beneficiaries", () => {
  it("gives a case worker the whole register of her units in Tajik, and the filtered part", async () => {
    const { page, context, problems } = await openPage(browser);
    await signInAs(page, "CASE_WORKER");
    await openBeneficiaries(page);
    expect(await page.getByTestId("export-button").textContent()).toContain(message("tg", "export.button"));
    await checkScreen(page, "exports-beneficiaries");

    const all = await exported(page);
    expect(all.name).toMatch(/^beneficiaries-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(all.lines[0]?.split(",")).toEqual(CASE_WORKER_COLUMNS);
    expect(all.rows.length).toBeGreaterThan(0);
    // The count on the page is the number of rows of the file.
    expect(await shownCount(page)).toBe(all.rows.length);
    // The day of registration in ISO form.
    for (const row of all.rows) expect(row.at(-1)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await screenshot(page, "exports-beneficiaries-done");

    // With a search typed, the file holds the rows the list shows.
    const firstName = present(all.rows[0]?.[1]);
    await page.getByTestId("beneficiaries-search").fill(firstName);
    await page.waitForURL(/search=/);
    await page.locator('[data-testid="beneficiaries-list"][data-ready="true"]').waitFor();
    // "Saved: N rows" spoke of the whole register: it goes once the list is filtered.
    expect(await page.getByTestId("export-done").count()).toBe(0);
    const some = await exported(page);
    expect(some.rows.length).toBeGreaterThan(0);
    expect(some.rows.length).toBeLessThan(all.rows.length);
    expect(await shownCount(page)).toBe(some.rows.length);
    expect(some.rows.map((r) => r[1])).toContain(firstName);
    // And once it is sorted otherwise.
    await page
      .getByTestId("beneficiaries-table")
      .locator("thead th", { hasText: message("tg", "beneficiaries.fields.registeredOn") })
      .click();
    await page.waitForURL(/sort=registeredOn/);
    await page.locator('[data-testid="beneficiaries-list"][data-ready="true"]').waitFor();
    expect(await page.getByTestId("export-done").count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("gives a trainer the code and first name only", async () => {
    const { page, context, problems } = await openPage(browser);
    await signInAs(page, "TRAINER");
    await openBeneficiaries(page);
    const file = await exported(page);
    expect(file.lines[0]?.split(",")).toEqual(["Рамз", "Ном"]);
    for (const row of file.rows) expect(row).toHaveLength(2);
    await checkScreen(page, "exports-beneficiaries-trainer", ["tg", "ru"]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("says in words when the export cannot be made", async () => {
    const { page, context } = await openPage(browser);
    await signInAs(page, "CASE_WORKER");
    await openBeneficiaries(page);
    await page.route("**/exports/**", (route) =>
      route.fulfill({
        status: 403,
        contentType: "application/json",
        body: JSON.stringify({ errors: [{ message: "no", extensions: { code: "FORBIDDEN" } }] }),
      }),
    );
    await page.getByTestId("export-button").click();
    await page.getByTestId("export-error").waitFor();
    expect(await page.getByTestId("export-error").textContent()).toContain(message("tg", "export.forbidden"));
    await checkScreen(page, "exports-error", ["tg", "ru"]);
    await context.close();
  });
});

function present<T>(value: T | undefined | null): T {
  if (value === undefined || value === null) throw new Error("missing");
  return value;
}
