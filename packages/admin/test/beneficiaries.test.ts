import type { Locale } from "@nk/shared";
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

const SHOWN: Locale[] = ["tg", "ru", "en"];

/** Each language in turn: no untranslated text in tg and ru, no serious accessibility problem, a screenshot. */
async function checkScreen(page: Page, name: string) {
  for (const locale of SHOWN) {
    await setLanguage(page, locale);
    if (locale !== "en") expect(await untranslatedTexts(page, locale)).toEqual([]);
    // A toast still fading in has not reached its colours yet.
    await page.locator(".p-toast-message-enter-active").waitFor({ state: "detached" });
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, name);
  }
  await setLanguage(page, "tg");
}

async function api<T>(role: "ADMIN" | "COORDINATOR", query: string, variables: Record<string, unknown> = {}) {
  const cookie = await sessionCookie(baseUrl(), staffEmail(role), STAFF_PASSWORD);
  const { body } = await graphql<T>(baseUrl(), query, variables, cookie);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

async function choose(page: Page, testid: string, option: string | RegExp) {
  await page.getByTestId(testid).click();
  await page.getByRole("listbox").getByRole("option", { name: option }).first().click();
  await page.getByRole("listbox").waitFor({ state: "detached" });
}

/** Registers a woman through the API, in the Crisis Center; answers her id and code. */
async function registered(firstName: string, lastName: string) {
  const places = await api<{
    units: { edges: { node: { id: string; code: string } }[] };
    communities: { edges: { node: { id: string } }[] };
  }>("ADMIN", "{ units(first: 10) { edges { node { id code } } } communities(first: 1) { edges { node { id } } } }");
  const unitId = places.units.edges.find((e) => e.node.code === "CRISIS")?.node.id;
  const communityId = places.communities.edges[0]?.node.id;
  const r = await api<{ createBeneficiary: { beneficiary: { id: string; code: string } } }>(
    "ADMIN",
    "mutation($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { beneficiary { id code } } }",
    { input: { firstName, lastName, birthYear: 1990, unitId, communityId } },
  );
  return r.createBeneficiary.beneficiary;
}

const rowNames = (page: Page) => page.getByTestId("beneficiaries-table").getByTestId("beneficiary-name").allTextContents();

describe("beneficiaries", () => {
  let registeredId = "";

  it("registers a woman once, though the button is clicked twice, and records her household", async () => {
    const { page, context, problems } = await openPage(browser);
    await signInAs(page, "CASE_WORKER");
    await navTo(page, "beneficiaries");
    await page.getByTestId("beneficiaries-table").waitFor();
    expect(await page.getByTestId("page-title").textContent()).toBe(message("tg", "beneficiaries.list.title"));
    await checkScreen(page, "beneficiaries-list");

    // Register her, in Tajik letters.
    await page.getByTestId("beneficiary-new").click();
    await page.getByTestId("beneficiary-last-name").fill("Ҷӯрахонова");
    await page.getByTestId("beneficiary-first-name").fill("Ҷумъагул");
    await page.getByTestId("beneficiary-birth-year").locator("input").fill("1988");
    await page.getByTestId("beneficiary-phone").fill("+992 93 555 0101");
    await choose(page, "beneficiary-community", /.+/);
    await choose(page, "beneficiary-unit", "Маркази бӯҳронӣ");
    await checkScreen(page, "beneficiary-form");
    await page.getByTestId("beneficiary-save").dblclick();
    await page.getByTestId("beneficiary-detail").waitFor();
    const id = new URL(page.url()).pathname.split("/")[2] ?? "";
    expect(await page.getByTestId("page-title").textContent()).toBe("Ҷӯрахонова Ҷумъагул");
    expect(await page.getByTestId("beneficiary-phone").textContent()).toBe("+992935550101");

    // Her household: none yet; recorded here with her as its head.
    await page.getByTestId("household-none").waitFor();
    await page.getByTestId("household-children").locator("input").fill("2");
    await page.getByTestId("household-create-submit").click();
    await page.getByTestId("household-summary").waitFor();
    expect(await page.getByTestId("household-summary").textContent()).toContain("3 нафар");
    await checkScreen(page, "beneficiary-detail");

    // One registration only, though the button was clicked twice.
    const twice = await api<{ beneficiaries: { totalCount: number } }>(
      "COORDINATOR",
      '{ beneficiaries(filter: { search: "Ҷӯрахонова" }) { totalCount } }',
    );
    expect(twice.beneficiaries.totalCount).toBe(1);
    registeredId = id;
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);

  it("warns of her when she is registered again, opens her record from the warning, and finds her in Cyrillic either way round", async () => {
    expect(registeredId).not.toBe("");
    const id = registeredId;
    const { page, context, problems } = await openPage(browser);
    await signInAs(page, "CASE_WORKER");

    // Registering her again, typed in Russian letters: the form shows her record and opens it.
    await page.goto(`${baseUrl()}/beneficiaries/new`);
    await page.getByTestId("beneficiary-last-name").fill("Джурахонова");
    await page.getByTestId("beneficiary-first-name").fill("Джумагул");
    await page.getByTestId("duplicate-warning").waitFor();
    expect(await page.getByTestId("duplicate-match").count()).toBe(1);
    expect(await page.getByTestId("duplicate-match").textContent()).toContain(message("tg", "beneficiaries.duplicates.reason.NAME"));
    await checkScreen(page, "beneficiary-duplicates");
    await page.getByTestId("duplicate-match").getByRole("link").click();
    await page.getByTestId("beneficiary-detail").waitFor();
    expect(new URL(page.url()).pathname).toBe(`/beneficiaries/${id}`);

    // The register's search: surname first, "дж" for "ҷ", no hard sign.
    await page.goto(`${baseUrl()}/beneficiaries`);
    await page.getByTestId("beneficiaries-search").fill("Джурахонова Джумагул");
    await page.waitForURL(/search=/);
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=beneficiaries-table] tbody tr").length === 1);
    expect(await rowNames(page)).toEqual(["Ҷӯрахонова Ҷумъагул"]);
    await page.getByTestId("beneficiaries-search").fill("джумагул ҷӯрахонова");
    await page.waitForURL(/search=%D0%B4%D0%B6%D1%83%D0%BC/i);
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=beneficiaries-table] tbody tr").length === 1);
    expect(await rowNames(page)).toEqual(["Ҷӯрахонова Ҷумъагул"]);
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);

  it("shows the conflict dialog on a stale edit", async () => {
    const woman = await registered("Мавлуда", "Конфликтова");
    const { page, context, problems } = await openPage(browser);
    await signInAs(page, "COORDINATOR");
    await page.goto(`${baseUrl()}/beneficiaries/${woman.id}/edit`);
    await page.getByTestId("beneficiary-patronymic").waitFor();

    const { beneficiary } = await api<{ beneficiary: { version: number } }>(
      "ADMIN",
      "query($id: ID!) { beneficiary(id: $id) { version } }",
      {
        id: woman.id,
      },
    );
    await api("ADMIN", "mutation($input: UpdateBeneficiaryInput!) { updateBeneficiary(input: $input) { userErrors { code } } }", {
      input: { id: woman.id, version: beneficiary.version, patronymic: "Ҳамкоровна" },
    });

    await page.getByTestId("beneficiary-patronymic").fill("Мановна");
    await page.getByTestId("beneficiary-save").click();
    await page.getByTestId("conflict-dialog").waitFor();
    const row = page.getByTestId("conflict-patronymic");
    expect(await row.locator(".conflict-theirs").textContent()).toBe("Ҳамкоровна");
    expect(await row.locator("textarea").inputValue()).toBe("Мановна");
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "beneficiary-conflict");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("shows her household, archives and restores her after a confirmation", async () => {
    const page1 = await api<{ beneficiaries: { edges: { node: { id: string; household: { code: string; size: number } | null } }[] } }>(
      "COORDINATOR",
      "{ beneficiaries(first: 100) { edges { node { id household { code size } } } } }",
    );
    const housed = page1.beneficiaries.edges.find((e) => e.node.household !== null)?.node;
    expect(housed).toBeDefined();
    const { page, context, problems } = await openPage(browser);
    await signInAs(page, "COORDINATOR");
    await setLanguage(page, "ru");
    await page.goto(`${baseUrl()}/beneficiaries/${housed?.id}`);
    await page.getByTestId("household-summary").waitFor();
    expect(await page.getByTestId("household-summary").textContent()).toContain(housed?.household?.code);
    expect(await page.getByTestId("household-members").locator("li").count()).toBeGreaterThanOrEqual(2);

    await page.getByTestId("archive-toggle").click();
    await page.getByRole("alertdialog").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page
      .getByRole("alertdialog")
      .getByRole("button", { name: message("ru", "archive.archive") })
      .click();
    await page.getByTestId("beneficiary-archived-tag").waitFor();
    await page.getByTestId("archive-toggle").click();
    await page
      .getByRole("alertdialog")
      .getByRole("button", { name: message("ru", "archive.restore") })
      .click();
    await page.getByTestId("beneficiary-edit").waitFor();
    expect(await page.getByTestId("beneficiary-archived-tag").count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("lets an admin erase her personal data, with a reason and her code typed to confirm", async () => {
    const woman = await registered("Зулфия", "Несткунова");
    const { page, context, problems } = await openPage(browser);
    await signInAs(page, "ADMIN");
    await page.goto(`${baseUrl()}/beneficiaries/${woman.id}`);
    await page.getByTestId("beneficiary-erase").click();
    await page.getByTestId("erase-dialog").waitFor();
    await page.getByTestId("erase-reason").fill("Аризаи хаттии ӯ аз 30.11.2026");
    expect(await page.getByTestId("erase-confirm").isDisabled()).toBe(true);
    await page.getByTestId("erase-code").fill(woman.code);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "beneficiary-erase");
    await page.getByTestId("erase-confirm").click();
    await page.getByTestId("beneficiaries-list").waitFor();
    const after = await api<{ beneficiary: { erasedAt: string | null; lastName: string } }>(
      "ADMIN",
      "query($id: ID!) { beneficiary(id: $id) { erasedAt lastName } }",
      { id: woman.id },
    );
    expect(after.beneficiary.erasedAt).not.toBeNull();
    expect(after.beneficiary.lastName).toBe("");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("shows a trainer her code and first name only", async () => {
    const { page, context, problems } = await openPage(browser);
    await signInAs(page, "TRAINER");
    expect(await page.getByTestId("nav-beneficiaries").count()).toBe(0);
    await page.goto(`${baseUrl()}/beneficiaries`);
    await page.getByTestId("beneficiaries-table").waitFor();
    expect(await page.getByTestId("beneficiaries-unit").count()).toBe(0);
    const names = await rowNames(page);
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => !n.includes(" "))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
