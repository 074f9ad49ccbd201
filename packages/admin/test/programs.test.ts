import { LOCALES } from "@nk/shared";
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
import { STAFF_PASSWORD, staffEmail } from "./support/users";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const rowCodes = (page: Page) => page.getByTestId("programs-table").locator("tbody tr td:first-child").allTextContents();

async function count(search: string): Promise<number> {
  const cookie = await sessionCookie(baseUrl(), staffEmail("COORDINATOR"), STAFF_PASSWORD);
  const { body } = await graphql<{ programs: { totalCount: number } }>(
    baseUrl(),
    "query($s: String) { programs(filter: { search: $s }) { totalCount } }",
    { s: search },
    cookie,
  );
  return body.data?.programs.totalCount ?? -1;
}

async function fillNewProgramme(page: Page, code: string, title: string) {
  await page.getByTestId("program-code").fill(code);
  await page.getByTestId("program-title").fill(title);
  await page.getByTestId("program-goal").fill("Занон дар бораи ҳуқуқҳои худ маълумот мегиранд.");
  await page.getByTestId("program-target-groups").fill("Занони ҷавон\nЗанони бекор");
  await page.getByTestId("program-starts").locator("input").fill("01.03.2026");
  await page.keyboard.press("Escape");
  await page.getByTestId("program-ends").locator("input").fill("31.12.2026");
  await page.keyboard.press("Escape");
}

describe("programmes", () => {
  it("lists, searches, sorts and pages, with the list's state in the address and the back button", async () => {
    const { page, context, problems } = await openPage(browser);
    await page.goto(`${baseUrl()}/sign-in`);
    await signInAs(page, "COORDINATOR");
    await navTo(page, "programs");
    await page.getByTestId("programs-table").waitFor();
    const all = await rowCodes(page);
    expect(all.length).toBeGreaterThanOrEqual(4);
    expect(all).toEqual([...all].sort());
    expect(await page.getByTestId("page-title").textContent()).toBe(message("tg", "programs.list.title"));
    expect(await axeViolations(page)).toEqual([]);
    for (const locale of LOCALES) {
      await setLanguage(page, locale);
      expect(await untranslatedTexts(page, locale)).toEqual([]);
      await screenshot(page, "programmes-list");
    }
    await setLanguage(page, "tg");

    // Search: the address follows, and so does the table.
    await page.getByTestId("programs-search").fill("VDV");
    await page.waitForURL(/search=VDV/);
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=programs-table] tbody tr").length === 1);
    expect(await rowCodes(page)).toEqual(["VDV-SERVICES"]);

    // A shared link opens the same list.
    const shared = page.url();
    const other = await context.newPage();
    await other.goto(shared);
    await other.getByTestId("programs-table").waitFor();
    expect(await rowCodes(other)).toEqual(["VDV-SERVICES"]);
    expect(await other.getByTestId("programs-search").inputValue()).toBe("VDV");
    await other.close();

    // Nothing matches: the empty state, in words.
    await page.getByTestId("programs-search").fill("no-such-programme-anywhere");
    await page.getByTestId("request-empty").waitFor();
    expect(await page.getByTestId("request-empty").textContent()).toBe(message("tg", "common.noResults"));

    // Sorting by title, descending, is a server-side sort kept in the address.
    await page.getByTestId("programs-reset").click();
    await page.getByTestId("programs-table").waitFor();
    const titleHeader = page.getByTestId("programs-table").locator("thead th").nth(1);
    await titleHeader.click();
    await page.waitForURL(/sort=title/);
    await titleHeader.click();
    await page.waitForURL(/sort=-title/);
    await page.waitForFunction(() => {
      const cells = Array.from(document.querySelectorAll("[data-testid=programs-table] tbody tr td:nth-child(2)")).map(
        (c) => c.textContent ?? "",
      );
      return cells.length > 1 && cells.every((c, i) => i === 0 || (cells[i - 1] ?? "").localeCompare(c) >= 0);
    });

    // Back: the ascending sort, then the unsorted list, then the empty search.
    await page.goBack();
    await page.waitForURL((u) => u.searchParams.get("sort") === "title");
    await page.goBack();
    await page.waitForURL((u) => !u.searchParams.has("sort"));
    await page.goBack();
    await page.waitForURL(/search=no-such/);
    await page.getByTestId("request-empty").waitFor();
    expect(await page.getByTestId("programs-search").inputValue()).toBe("no-such-programme-anywhere");

    // Archived programmes are a filter of their own.
    await page.goto(`${baseUrl()}/programmes?archived=1`);
    await page.getByTestId("programs-archived").waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it("creates a programme once however often save is clicked, edits it, and adds an indicator with a chart", async () => {
    const { page, context, problems } = await openPage(browser);
    await page.goto(`${baseUrl()}/sign-in`);
    await signInAs(page, "COORDINATOR");
    await page.goto(`${baseUrl()}/programmes`);
    await page.getByTestId("program-new").click();
    await page.getByTestId("program-form-fields").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "programme-new");

    // Field-level messages from userErrors: a code the API refuses.
    await fillNewProgramme(page, "bad code!", "Ҳуқуқи занон дар Кӯлоб");
    await page.getByTestId("program-save").click();
    await page.getByTestId("program-code-errors").waitFor();
    // The sentence names the expected format in words, never the raw CODE.
    expect(await page.getByTestId("program-code-errors").textContent()).toBe(
      message("tg", "userErrors.INVALID_FORMAT.detail", { format: message("tg", "formats.CODE") }),
    );
    await screenshot(page, "programme-field-error");

    await page.getByTestId("program-code").fill("E2E-RIGHTS");
    await page.getByTestId("program-save").dblclick();
    await page.getByTestId("program-detail").waitFor();
    await page.getByTestId("program-goal").waitFor();
    expect(await page.getByTestId("page-title").textContent()).toBe("Ҳуқуқи занон дар Кӯлоб");
    expect(await page.getByTestId("program-period").textContent()).toBe("01.03.2026 – 31.12.2026");
    expect(await count("E2E-RIGHTS")).toBe(1);

    // The list shows the new programme without a reload (its cached pages were dropped).
    await page.getByRole("link", { name: message("tg", "programs.detail.back") }).click();
    await page.getByTestId("program-link-E2E-RIGHTS").waitFor();

    // Edit.
    await page.getByTestId("program-link-E2E-RIGHTS").click();
    await page.getByTestId("program-edit").click();
    await page.getByTestId("program-title").fill("Ҳуқуқи занон дар ноҳияи Кӯлоб");
    await page.getByTestId("program-save").click();
    await page.getByTestId("program-detail").waitFor();
    await page.getByText("Ҳуқуқи занон дар ноҳияи Кӯлоб", { exact: true }).first().waitFor();

    // An indicator with targets for two periods and a reached value: the progress chart.
    await page.getByTestId("indicator-add").click();
    await page.getByTestId("indicator-code").fill("TRAINED");
    await page.getByTestId("indicator-unit").fill("занон");
    await page.getByTestId("indicator-name").fill("Занони омӯзишдида");
    await page.locator("#target-0-period").fill("2026-H1");
    await page.locator("#target-0-start").fill("01.01.2026");
    await page.keyboard.press("Escape");
    await page.locator("#target-0-end").fill("30.06.2026");
    await page.keyboard.press("Escape");
    await page.locator("#target-0-target").fill("120");
    await page.locator("#target-0-actual").fill("95");
    await page.getByTestId("indicator-save").click();
    await page.getByTestId("indicator-TRAINED").waitFor();
    await page.getByTestId("indicator-TRAINED").locator("canvas").waitFor();
    expect(await page.getByTestId("indicator-TRAINED").textContent()).toContain("120");
    expect(await axeViolations(page)).toEqual([]);
    for (const locale of LOCALES) {
      await setLanguage(page, locale);
      expect(await untranslatedTexts(page, locale)).toEqual([]);
      await screenshot(page, "programme-detail");
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it("shows the conflict dialog on a stale edit, with what changed and her text kept to copy", async () => {
    const { page, context, problems } = await openPage(browser);
    await page.goto(`${baseUrl()}/sign-in`);
    await signInAs(page, "COORDINATOR");
    await page.goto(`${baseUrl()}/programmes?search=LEADERSHIP`);
    await page.getByTestId("programs-table").locator("tbody tr a").first().click();
    await page.getByTestId("program-edit").click();
    await page.getByTestId("program-title").waitFor();
    const id = new URL(page.url()).pathname.split("/")[2] ?? "";

    // A colleague saves first.
    const colleague = await sessionCookie(baseUrl(), staffEmail("ADMIN"), STAFF_PASSWORD);
    const current = await graphql<{ program: { version: number } }>(
      baseUrl(),
      "query($id: ID!) { program(id: $id) { version } }",
      { id },
      colleague,
    );
    const saved = await graphql(
      baseUrl(),
      "mutation($input: UpdateProgramInput!) { updateProgram(input: $input) { userErrors { code } } }",
      { input: { id, version: current.body.data?.program.version, title: "Сабти ҳамкор" } },
      colleague,
    );
    expect(saved.body.errors).toBeUndefined();

    await page.getByTestId("program-title").fill("Сабти ман");
    await page.getByTestId("program-save").click();
    const dialog = page.getByTestId("conflict-dialog");
    await dialog.waitFor();
    const titleRow = page.getByTestId("conflict-title");
    expect(await titleRow.locator(".conflict-theirs").textContent()).toBe("Сабти ҳамкор");
    expect(await titleRow.locator("textarea").inputValue()).toBe("Сабти ман");
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "programme-conflict");

    // Load the saved version: the form takes it, her text stays in the dialog to copy.
    await page.getByTestId("conflict-reload").click();
    expect(await page.getByTestId("program-title").inputValue()).toBe("Сабти ҳамкор");
    expect(await titleRow.locator("textarea").inputValue()).toBe("Сабти ман");
    await page.getByTestId("conflict-close").click();
    await page.getByTestId("program-title").fill("Сабти ман");
    await page.getByTestId("program-save").click();
    await page.getByTestId("program-detail").waitFor();
    await page.getByText("Сабти ман", { exact: true }).first().waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it("counts a measured indicator's actual from the records, shows its progress, and meets a stale indicator edit with the conflict dialog", async () => {
    const coordinator = await sessionCookie(baseUrl(), staffEmail("COORDINATOR"), STAFF_PASSWORD);
    type Target = { period: string; periodStart: string; periodEnd: string; target: number; actual: number | null };
    type Indicator = {
      id: string;
      version: number;
      code: string;
      name: string;
      unit: string;
      baseline: number | null;
      measure: string | null;
      targets: Target[];
    };
    const read = async () => {
      const { body } = await graphql<{ programs: { edges: { node: { id: string; indicators: Indicator[] } }[] } }>(
        baseUrl(),
        `{ programs(filter: { search: "VDV-SERVICES" }) { edges { node { id indicators { id version code name unit baseline measure
            targets { period periodStart periodEnd target actual } } } } } }`,
        {},
        coordinator,
      );
      const program = body.data?.programs.edges[0]?.node;
      return { programId: program?.id ?? "", legal: program?.indicators.find((i) => i.code === "LEGAL") };
    };
    const { programId, legal } = await read();
    expect(legal?.measure).toBe("WOMEN_LEGAL");
    const counted = legal?.targets.find((x) => x.period === "2025")?.actual;
    expect(counted).toBeGreaterThan(0);

    const { page, context, problems } = await openPage(browser);
    await page.goto(`${baseUrl()}/sign-in`);
    await signInAs(page, "COORDINATOR");
    await page.goto(`${baseUrl()}/programmes/${programId}`);
    const card = page.getByTestId("indicator-LEGAL");
    await card.locator("canvas").waitFor();
    expect(await card.getByTestId("indicator-source").textContent()).toBe(
      message("tg", "programs.indicator.counted", { measure: message("tg", "programs.measure.WOMEN_LEGAL") }),
    );
    expect(await card.textContent()).not.toContain("WOMEN_LEGAL");
    expect((await card.getByTestId("target-2025").getByTestId("target-actual").textContent())?.replace(/\D/g, "")).toBe(String(counted));
    const percent = Math.round(((counted ?? 0) / 380) * 100);
    expect(await card.getByTestId("target-2025").textContent()).toContain(`${percent} %`);
    await screenshot(page, "indicator-progress");

    // She opens the indicator; a colleague saves it first.
    await page.getByTestId("indicator-edit-LEGAL").click();
    await page.getByTestId("indicator-name").waitFor();
    expect(await page.locator("#target-0-actual").count()).toBe(0); // a counted value is not typed
    const saved = await graphql<{ saveIndicator: { userErrors: unknown[] } }>(
      baseUrl(),
      "mutation($input: SaveIndicatorInput!) { saveIndicator(input: $input) { userErrors { code } } }",
      {
        input: {
          programId,
          id: legal?.id,
          version: legal?.version,
          code: "LEGAL",
          name: "Занон бо кӯмаки ҳуқуқӣ",
          unit: legal?.unit,
          baseline: legal?.baseline,
          measure: legal?.measure,
          targets: legal?.targets.map(({ actual: _, ...x }) => x),
        },
      },
      await sessionCookie(baseUrl(), staffEmail("ADMIN"), STAFF_PASSWORD),
    );
    expect(saved.body.data?.saveIndicator.userErrors).toEqual([]);
    await page.getByTestId("indicator-name").fill("Занони кӯмаки ҳуқуқӣ гирифта");
    await page.getByTestId("indicator-save").click();
    await page.getByTestId("conflict-dialog").waitFor();
    expect(await page.getByTestId("conflict-name").locator(".conflict-theirs").textContent()).toBe("Занон бо кӯмаки ҳуқуқӣ");
    expect(await page.getByTestId("conflict-name").locator("textarea").inputValue()).toBe("Занони кӯмаки ҳуқуқӣ гирифта");
    // A conflict is not a field she got wrong.
    expect(await page.getByTestId("form-errors").textContent()).toBe("");
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "indicator-conflict");
    await page.getByTestId("conflict-reload").click();
    expect(await page.getByTestId("indicator-name").inputValue()).toBe("Занон бо кӯмаки ҳуқуқӣ");
    await page.getByTestId("conflict-close").click();
    await page.getByTestId("indicator-save").click();
    await page.getByTestId("program-detail").waitFor();
    expect((await read()).legal?.version).toBe((legal?.version ?? 0) + 2);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("archives and restores after a confirmation, and guards unsaved edits", async () => {
    const { page, context, problems } = await openPage(browser);
    await page.goto(`${baseUrl()}/sign-in`);
    await signInAs(page, "ADMIN");
    await setLanguage(page, "ru");
    await page.goto(`${baseUrl()}/programmes`);
    await page.getByTestId("program-new").click();
    await fillNewProgramme(page, "E2E-ARCHIVE", "Программа для архива");
    await page.getByTestId("program-save").click();
    await page.getByTestId("program-detail").waitFor();

    await page.getByTestId("archive-toggle").click();
    await page.getByRole("alertdialog").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "programme-archive-confirm");
    await page
      .getByRole("alertdialog")
      .getByRole("button", { name: message("ru", "archive.archive") })
      .click();
    await page.getByTestId("program-archived-tag").waitFor();
    await page.goto(`${baseUrl()}/programmes?search=E2E-ARCHIVE`);
    await page.getByTestId("request-empty").waitFor();
    await page.goto(`${baseUrl()}/programmes?search=E2E-ARCHIVE&archived=1`);
    await page.getByTestId("program-link-E2E-ARCHIVE").click();
    await page.getByTestId("archive-toggle").click();
    await page
      .getByRole("alertdialog")
      .getByRole("button", { name: message("ru", "archive.restore") })
      .click();
    await page.getByTestId("program-edit").waitFor();

    // Unsaved edits: leaving asks first; staying keeps the text.
    await page.getByTestId("program-edit").click();
    await page.getByTestId("program-title").fill("Недописанное название");
    await navTo(page, "dashboard");
    await page.getByTestId("leave-guard").waitFor();
    await page.getByTestId("leave-guard-stay").click();
    expect(await page.getByTestId("program-title").inputValue()).toBe("Недописанное название");
    await navTo(page, "dashboard");
    await page.getByTestId("leave-guard-leave").click();
    await page.waitForURL(/\/dashboard$/);
    expect(problems).toEqual([]);
    await context.close();
  });
});
