import type { Page } from "playwright-core";
import { graphql, sessionCookie } from "./api-server.cjs";
import { baseUrl } from "./browser";
import { STAFF_PASSWORD, staffEmail } from "./users";

/** A day `offset` days from today in Dushanbe, YYYY-MM-DD. */
export function day(offset: number): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Dushanbe" }).format(new Date());
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

/** A day as Tajik and Russian staff type it, dd.mm.yyyy. */
export function typed(isoDay: string): string {
  const [y, m, d] = isoDay.split("-");
  return `${d}.${m}.${y}`;
}

/** GraphQL as the case worker of the tests (Crisis Center), through the real API. */
let cookie: string | undefined;
export async function asCaseWorker<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  cookie ??= await sessionCookie(baseUrl(), staffEmail("CASE_WORKER"), STAFF_PASSWORD);
  const { body } = await graphql<T>(baseUrl(), query, variables, cookie);
  if (body.errors || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

export interface Woman {
  id: string;
  code: string;
  firstName: string;
  lastName: string;
}

/** A woman of the case worker's units from the demo register, by her place in it. */
export async function womanOfCrisisCenter(index: number): Promise<Woman> {
  const data = await asCaseWorker<{ beneficiaries: { edges: Array<{ node: Woman }> } }>(
    "{ beneficiaries(first: 50) { edges { node { id code firstName lastName } } } }",
  );
  const woman = data.beneficiaries.edges[index]?.node;
  if (!woman) throw new Error(`the demo register has no woman number ${index} in the case worker's reach`);
  return woman;
}

/** Picks an option of a PrimeVue Select by its visible text. */
export async function choose(page: Page, testId: string, option: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.locator(".p-select-overlay").getByRole("option", { name: option, exact: true }).click();
  await page.locator(".p-select-overlay").waitFor({ state: "detached" });
}

/** Types a day into a DateField and closes its calendar. */
export async function typeDay(page: Page, testId: string, isoDay: string): Promise<void> {
  await page.getByTestId(testId).locator("input").fill(typed(isoDay));
  await page.keyboard.press("Escape");
  await page.locator(".p-datepicker-panel").waitFor({ state: "detached" });
}

/** Texts of the options a PrimeVue Select offers now (it is opened, read, and closed). */
export async function optionsOf(page: Page, testId: string): Promise<string[]> {
  await page.getByTestId(testId).click();
  const options = page.locator(".p-select-overlay").getByRole("option");
  await options.first().waitFor();
  const texts = await options.allTextContents();
  await page.keyboard.press("Escape");
  await page.locator(".p-select-overlay").waitFor({ state: "detached" });
  return texts.map((t) => t.trim());
}

/** Waits until no toast is fading in or out (axe measures contrast on what is on screen at that moment). */
export async function toastsSettled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll(".p-toast-message")).every(
      (el) => getComputedStyle(el).opacity === "1" && el.getAnimations().length === 0,
    ),
  );
}
