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

interface Bed {
  id: string;
  code: string;
  occupied: boolean;
}
interface Stay {
  id: string;
  version: number;
  dischargedOn: string | null;
  bed: string;
}

let browser: Browser;
let cookie: string;
beforeAll(async () => {
  browser = await launchBrowser();
  cookie = await sessionCookie(baseUrl(), staffEmail("COORDINATOR"), STAFF_PASSWORD);
});
afterAll(async () => {
  await browser?.close();
});

async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { body } = await graphql<T>(baseUrl(), query, variables, cookie);
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const beds = async () =>
  (
    await api<{ shelterBeds: { edges: { node: Bed }[] } }>("{ shelterBeds(first: 100) { edges { node { id code occupied } } } }")
  ).shelterBeds.edges.map((e) => e.node);

const staysOf = async (beneficiaryId: string) =>
  (
    await api<{ shelterStays: { edges: { node: Stay }[] } }>(
      "query($b: ID) { shelterStays(first: 10, filter: { beneficiaryId: $b }) { edges { node { id version dischargedOn bed } } } }",
      { b: beneficiaryId },
    )
  ).shelterStays.edges.map((e) => e.node);

/** Women of the demo register who are not in the shelter now, to admit in this file. */
async function womenOutside(n: number) {
  const data = await api<{
    beneficiaries: { edges: { node: { id: string; code: string; firstName: string } }[] };
    shelterStays: { edges: { node: { beneficiary: { id: string } } }[] };
  }>(`{ beneficiaries(first: 60) { edges { node { id code firstName } } }
        shelterStays(first: 100, filter: { current: true }) { edges { node { beneficiary { id } } } } }`);
  const staying = new Set(data.shelterStays.edges.map((e) => e.node.beneficiary.id));
  return data.beneficiaries.edges
    .map((e) => e.node)
    .filter((w) => !staying.has(w.id))
    .slice(0, n);
}

async function checkScreen(page: Page, name: string) {
  for (const locale of LOCALES) {
    await setLanguage(page, locale);
    await screenshot(page, name);
    expect(await untranslatedTexts(page, locale)).toEqual([]);
  }
  await setLanguage(page, "tg");
  expect(await axeViolations(page)).toEqual([]);
}

const bedCard = (page: Page, code: string) => page.getByTestId(`bed-${code}`);

describe("shelter", () => {
  it("admits a woman to a free bed once however often she clicks, refuses a taken bed in words, and discharges her", async () => {
    const { page, context, problems } = await openPage(browser);
    await page.goto(`${baseUrl()}/sign-in`);
    await signInAs(page, "COORDINATOR");
    await navTo(page, "shelter");
    await page.locator("[data-testid='shelter-board'][data-ready='true']").waitFor();
    expect(await page.getByTestId("page-title").textContent()).toBe(message("tg", "shelter.board.title"));
    const before = await beds();
    const free = before.filter((b) => !b.occupied);
    expect(free.length).toBeGreaterThanOrEqual(2);
    const [first, second] = free as [Bed, Bed];
    expect(await page.locator("[data-testid^='bed-'][data-occupied]").count()).toBe(before.length);
    await checkScreen(page, "shelter-board");

    // Admit from the free bed's card: the bed is chosen already, the woman found by her code.
    const [woman, other] = (await womenOutside(2)) as [{ id: string; code: string; firstName: string }, { id: string; code: string }];
    await bedCard(page, first.code).getByTestId("bed-admit").click();
    await page.locator("[data-testid='shelter-admit-form'][data-ready='true']").waitFor();
    expect(await page.getByTestId("admit-bed").textContent()).toContain(first.code);
    await page.getByTestId("admit-woman").locator("input").fill(woman.code);
    await page.getByRole("option", { name: new RegExp(woman.code) }).click();
    await page.getByTestId("admit-children").locator("input").fill("2");
    await checkScreen(page, "shelter-admit");
    await page.getByTestId("admit-submit").dblclick();
    await page.locator("[data-testid='shelter-board'][data-ready='true']").waitFor();
    await page.locator(`[data-testid='bed-${first.code}'][data-occupied='true']`).waitFor();
    expect(await bedCard(page, first.code).getByTestId("bed-woman").textContent()).toContain(woman.firstName);
    expect(await bedCard(page, first.code).getByTestId("bed-children").textContent()).toBe("2");
    const admitted = await staysOf(woman.id);
    expect(admitted).toHaveLength(1);
    expect(admitted[0]).toMatchObject({ bed: first.code, dischargedOn: null });

    // Someone else takes the bed while the form is open: the bed is refused in words, nothing is written.
    await bedCard(page, second.code).getByTestId("bed-admit").click();
    await page.locator("[data-testid='shelter-admit-form'][data-ready='true']").waitFor();
    await page.getByTestId("admit-woman").locator("input").fill(other.code);
    await page.getByRole("option", { name: new RegExp(other.code) }).click();
    const third = (await womenOutside(3)).find((w) => w.id !== other.id && w.id !== woman.id) as { id: string };
    const taken = await api<{ admitToShelter: { userErrors: unknown[] } }>(
      "mutation($input: AdmitToShelterInput!) { admitToShelter(input: $input) { userErrors { code } } }",
      {
        input: {
          beneficiaryId: third.id,
          bedId: second.id,
          admittedOn: new Date().toLocaleDateString("en-CA", { timeZone: "Asia/Dushanbe" }),
        },
      },
    );
    expect(taken.admitToShelter.userErrors).toEqual([]);
    await page.getByTestId("admit-submit").click();
    await page.getByTestId("admit-bed-errors").getByText(message("tg", "shelter.admit.bedTaken")).waitFor();
    expect(await page.getByTestId("form-errors").textContent()).not.toContain("DUPLICATE");
    await screenshot(page, "shelter-admit-bed-taken");
    expect(await staysOf(other.id)).toEqual([]);

    // Discharge from the board: the bed is free again.
    await navTo(page, "shelter");
    await page.getByTestId("leave-guard-leave").click();
    await page.locator("[data-testid='shelter-board'][data-ready='true']").waitFor();
    await bedCard(page, first.code).getByTestId("bed-discharge").click();
    await page.getByTestId("discharge-dialog").waitFor();
    await checkScreen(page, "shelter-discharge");
    await page.getByTestId("discharge-confirm").dblclick();
    await page.getByTestId("discharge-dialog").waitFor({ state: "hidden" });
    await page.locator(`[data-testid='bed-${first.code}'][data-occupied='false']`).waitFor();
    const [left] = await staysOf(woman.id);
    expect(left?.dischargedOn).not.toBeNull();
    expect(left?.version).toBe(2);

    // Leave the board as found.
    const [thirdStay] = await staysOf(third.id);
    await api("mutation($input: DischargeFromShelterInput!) { dischargeFromShelter(input: $input) { userErrors { code } } }", {
      input: {
        id: thirdStay?.id,
        version: thirdStay?.version,
        dischargedOn: new Date().toLocaleDateString("en-CA", { timeZone: "Asia/Dushanbe" }),
      },
    });
    expect(problems).toEqual([]);
    await context.close();
  });

  it("shows the history of stays, filtered, and occupancy over time as a chart", async () => {
    const { page, context, problems } = await openPage(browser);
    await page.goto(`${baseUrl()}/sign-in`);
    await signInAs(page, "COORDINATOR");
    await page.goto(`${baseUrl()}/shelter/stays`);
    await page.getByTestId("stays-table").waitFor();
    const all = await page.getByTestId("stays-table").locator("tbody tr").count();
    expect(all).toBeGreaterThan(0);
    await checkScreen(page, "shelter-stays");
    await page.getByTestId("stays-status").getByText(message("tg", "shelter.stays.current")).click();
    await page.waitForURL(/status=current/);
    await page.locator("[data-testid='shelter-stays'][data-ready='true']").waitFor();
    const stayingNow = await page.getByTestId("stays-table").locator("tbody tr").allTextContents();
    const current = (await beds()).filter((b) => b.occupied).length;
    expect(stayingNow).toHaveLength(current);
    for (const row of stayingNow) expect(row).toContain(message("tg", "shelter.stays.stayingNow"));

    await page.getByTestId("shelter-tab-shelter-occupancy").click();
    await page.locator("[data-testid='shelter-occupancy'][data-ready='true']").waitFor();
    await page.getByTestId("chart").waitFor();
    const rows = await page.getByTestId("chart").locator("table tbody tr").count();
    expect(rows).toBe(30);
    await checkScreen(page, "shelter-occupancy");
    await page.getByTestId("occupancy-interval").getByText(message("tg", "shelter.occupancy.byMonth")).click();
    await page.waitForFunction(() => document.querySelectorAll("[data-testid='chart'] table tbody tr").length === 13);
    await screenshot(page, "shelter-occupancy-months");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("is hidden from a trainer, and a typed address is refused in words", async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}/sign-in`);
    await signInAs(page, "TRAINER");
    expect(await page.getByTestId("nav-shelter").count()).toBe(0);
    await page.goto(`${baseUrl()}/shelter`);
    await page.getByTestId("request-error").getByText(message("tg", "errors.request.FORBIDDEN")).waitFor();
    expect(await page.getByTestId("request-error").textContent()).not.toContain("FORBIDDEN");
    await screenshot(page, "shelter-trainer-refused");
    await context.close();
  });
});
