import { authenticator } from "otplib";
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

const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } userErrors { code } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { userErrors { code } } }`;

/** The code the authenticator app shows `steps` steps of 30 s from now (the API accepts one step either side). */
const codeAt = (secret: string, steps = 0) => authenticator.clone({ epoch: Date.now() + steps * 30_000 }).generate(secret);

let browser: Browser;
let person: { email: string; password: string };
beforeAll(async () => {
  browser = await launchBrowser();
  // Her own account: enrolling one of the shared accounts would change other files' sign-ins.
  const admin = await sessionCookie(baseUrl(), staffEmail("ADMIN"), STAFF_PASSWORD);
  person = { email: `mfa-${process.pid}@e2e.example.org`, password: "e2e-Password-for-mfa-2026" };
  const input = { ...person, fullName: "Дилафрӯз Шарипова", role: "TRAINER", unitIds: [] };
  const { body } = await graphql(baseUrl(), CREATE_USER, { input }, admin);
  if (body.errors?.length) throw new Error(`cannot create the user: ${JSON.stringify(body.errors)}`);
});
afterAll(async () => {
  await browser?.close();
});

/** axe once the success toast has gone (it fades in and out; its text is read by screen readers anyway). */
async function axeWithoutToasts(page: Page): Promise<string[]> {
  await page.locator(".p-toast-message").first().waitFor({ state: "detached" });
  return axeViolations(page);
}

async function signOut(page: Page): Promise<void> {
  await page.getByTestId("sign-out").click();
  await page.getByTestId("sign-in-form").waitFor();
}

async function password(page: Page): Promise<void> {
  await page.goto(`${baseUrl()}/sign-in`);
  await page.getByTestId("sign-in-email").fill(person.email);
  await page.getByTestId("sign-in-password").fill(person.password);
  await page.getByTestId("sign-in-submit").click();
  await page.getByTestId("sign-in-code-form").waitFor();
}

describe("two-step sign-in", () => {
  it("enrols with the QR code and a first code, shows the recovery codes once, then asks for a code at sign-in", async () => {
    const { page, context, problems } = await openPage(browser);
    await signInAs(page, "TRAINER", person);
    await page.getByTestId("nav-security").click();
    await page.getByTestId("security-start").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "security-start");

    await page.locator("#enrol-password").fill(person.password);
    await page.getByTestId("enrol-start").click();
    await page.getByTestId("security-enrol").waitFor();
    expect(await page.getByTestId("security-qr").getAttribute("src")).toMatch(/^data:image\/svg\+xml;base64,/);
    const secret = ((await page.getByTestId("security-secret").textContent()) ?? "").replace(/\s/g, "");
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(await axeWithoutToasts(page)).toEqual([]);
    await screenshot(page, "security-enrol");

    await page.getByTestId("enrol-code").fill("000000");
    await page.getByTestId("enrol-confirm").click();
    await page
      .getByTestId("enrol-code-errors")
      .filter({ hasText: message("tg", "userErrors.INVALID_CODE.generic") })
      .waitFor();
    await page.getByTestId("enrol-code").fill(codeAt(secret));
    await page.getByTestId("enrol-confirm").click();
    await page.getByTestId("recovery-codes").waitFor();
    const recovery = await page.getByTestId("recovery-codes").locator("li").allTextContents();
    expect(recovery).toHaveLength(10);
    await page.getByTestId("recovery-copy").click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(recovery.join("\n"));
    expect(await page.getByTestId("recovery-done").isDisabled()).toBe(true);
    expect(await axeWithoutToasts(page)).toEqual([]);
    await screenshot(page, "security-recovery");
    await page.getByTestId("recovery-saved").check();
    await page.getByTestId("recovery-done").click();
    await page.getByTestId("side-nav").waitFor();

    // Back on the page: on, with ten codes left; in every language.
    await page.getByTestId("nav-security").click();
    await page.getByTestId("security-enabled").waitFor();
    for (const locale of ["tg", "ru", "en"] as const) {
      await setLanguage(page, locale);
      // The plural form of the language (Russian has three), with the number in it.
      const forms = message(locale, "auth.security.codesLeft", { count: 10 }).split(" | ");
      expect(forms).toContain(await page.getByTestId("recovery-left").textContent());
      expect(await page.getByTestId("recovery-left").textContent()).toContain("10");
      expect(await untranslatedTexts(page, locale)).toEqual([]);
      await screenshot(page, "security-enabled");
    }
    await setLanguage(page, "tg");
    await signOut(page);

    // The password alone opens nothing: the code step, a wrong code, then the right one.
    await password(page);
    const codeInput = page.getByTestId("sign-in-code");
    expect(await codeInput.getAttribute("autocomplete")).toBe("one-time-code");
    expect(await codeInput.getAttribute("inputmode")).toBe("numeric");
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "sign-in-code");
    await codeInput.fill("123456");
    await page.getByTestId("sign-in-code-submit").click();
    await page
      .getByTestId("sign-in-error")
      .filter({ hasText: message("tg", "userErrors.INVALID_CODE.generic") })
      .waitFor();
    await codeInput.fill(codeAt(secret, 1));
    await page.getByTestId("sign-in-code-submit").click();
    await page.getByTestId("side-nav").waitFor();
    expect(new URL(page.url()).pathname).toBe("/courses");
    await signOut(page);

    // A recovery code instead of the phone.
    await password(page);
    await page.getByTestId("sign-in-use-recovery").click();
    await page.getByTestId("sign-in-code").fill(recovery[0] ?? "");
    await page.getByTestId("sign-in-code-submit").click();
    await page.getByTestId("side-nav").waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it("shows an admin the sign-in locks in force and lifts one", async () => {
    const ghost = `locked-${process.pid}@e2e.example.org`;
    // Five wrong passwords for one email from this address: that pair waits, nobody else does.
    for (let i = 0; i < 5; i++) await graphql(baseUrl(), LOGIN, { input: { email: ghost, password: `wrong-password-${i}` } });
    const { page, context, problems } = await openPage(browser);
    await signInAs(page, "ADMIN");
    await navTo(page, "login-locks");
    const row = page
      .getByTestId("login-locks-table")
      .locator("tr", { hasText: ghost })
      .filter({ hasText: message("tg", "auth.locks.kinds.PAIR") });
    await row.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "login-locks");
    await row.getByRole("button", { name: message("tg", "auth.locks.lift") }).click();
    await row.waitFor({ state: "detached" });
    expect(await axeWithoutToasts(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
