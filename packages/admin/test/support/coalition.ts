import { LOCALES } from "@nk/shared";
import type { Page } from "playwright-core";
import { graphql, sessionCookie } from "./api-server.cjs";
import { axeViolations, baseUrl, screenshot, setLanguage, untranslatedTexts } from "./browser";
import { STAFF_PASSWORD, staffEmail } from "./users";

let cookie: string | null = null;

/** A GraphQL request as the coordinator, over HTTP; fails the test on any error. */
export async function asCoordinator<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  cookie ??= await sessionCookie(baseUrl(), staffEmail("COORDINATOR"), STAFF_PASSWORD);
  const { body } = await graphql<T>(baseUrl(), query, variables, cookie);
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** Screenshots in tg, ru and en with no untranslated text, then no serious axe violation (in Tajik). */
export async function checkScreen(page: Page, name: string): Promise<void> {
  for (const locale of LOCALES) {
    await setLanguage(page, locale);
    await screenshot(page, name);
    expect(await untranslatedTexts(page, locale)).toEqual([]);
  }
  await setLanguage(page, "tg");
  expect(await axeViolations(page)).toEqual([]);
}

/** Types a whole number into a PrimeVue InputNumber and leaves the field. */
export async function typeNumber(page: Page, testId: string, value: number): Promise<void> {
  const field = page.getByTestId(testId);
  const input = (await field.evaluate((el) => el.tagName)) === "INPUT" ? field : field.locator("input");
  await input.click();
  await page.keyboard.press("Control+A");
  await page.keyboard.type(String(value));
  await page.keyboard.press("Tab");
}

/** Ticks options of a PrimeVue MultiSelect by their visible text, then closes it. */
export async function tick(page: Page, testId: string, ...options: string[]): Promise<void> {
  await page.getByTestId(testId).click();
  for (const option of options) await page.locator(".p-multiselect-overlay").getByRole("option", { name: option, exact: true }).click();
  await page.keyboard.press("Escape");
  await page.locator(".p-multiselect-overlay").waitFor({ state: "detached" });
}

/** The whole number shown in a text such as "1 234" or "1,234". */
export function figure(text: string | null): number {
  const digits = (text ?? "").replace(/[^\d]/g, "");
  if (digits === "") throw new Error(`no number in "${text}"`);
  return Number(digits);
}

/** What `read` gives once it equals `expected`, or its last value after 10 s (the assertion then shows the difference). */
export async function settled<T>(read: () => Promise<T>, expected: T): Promise<T> {
  const until = Date.now() + 10_000;
  let value = await read().catch(() => undefined as T);
  while (JSON.stringify(value) !== JSON.stringify(expected) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    value = await read().catch(() => undefined as T);
  }
  return value;
}
