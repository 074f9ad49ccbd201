import { LOCALES } from "@nk/shared";
import type { Browser } from "playwright-core";
import { graphql, sessionCookie } from "./support/api-server.cjs";
import { axeViolations, baseUrl, launchBrowser, openPage, screenshot, setLanguage, signInAs, untranslatedTexts } from "./support/browser";
import { message } from "./support/messages";
import { STAFF_NAMES } from "./support/users";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("the shell", () => {
  it("signs in (after a wrong password) and out, in Tajik by default, with each role landing on its home page", async () => {
    const { page, context, problems } = await openPage(browser);
    await page.goto(`${baseUrl()}/`);
    await page.getByTestId("sign-in-form").waitFor();
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    expect(await page.locator("html").getAttribute("lang")).toBe("tg");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(message("tg", "signIn.title"));
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "sign-in");

    await page.getByLabel(message("tg", "signIn.email")).fill("coordinator@e2e.example.org");
    await page.getByLabel(message("tg", "signIn.password")).fill("not-the-password-at-all");
    await page.getByTestId("sign-in-submit").click();
    await page
      .getByTestId("sign-in-error")
      .filter({ hasText: message("tg", "userErrors.INVALID_CREDENTIALS.generic") })
      .waitFor();

    await signInAs(page, "COORDINATOR");
    expect(new URL(page.url()).pathname).toBe("/dashboard");
    expect(await page.getByTestId("signed-in-as").textContent()).toContain(STAFF_NAMES.COORDINATOR);
    expect(await page.getByTestId("signed-in-role").textContent()).toBe(message("tg", "roles.COORDINATOR"));
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "dashboard");

    await page.getByTestId("sign-out").click();
    await page.getByTestId("sign-in-form").waitFor();
    await page.goto(`${baseUrl()}/programmes`);
    await page.getByTestId("sign-in-form").waitFor();
    expect(new URL(page.url()).searchParams.get("redirect")).toBe("/programmes");

    for (const [role, home] of [
      ["CASE_WORKER", "/caseload"],
      ["TRAINER", "/courses"],
      ["FACILITATOR", "/groups"],
    ] as const) {
      await page.goto(`${baseUrl()}/sign-in`);
      await signInAs(page, role);
      expect(new URL(page.url()).pathname).toBe(home);
      await page.getByTestId("sign-out").click();
      await page.getByTestId("sign-in-form").waitFor();
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it("switches between Tajik, Russian and English, remembers the choice, and shows no untranslated text", async () => {
    const { page, context, problems } = await openPage(browser);
    await page.goto(`${baseUrl()}/sign-in`);
    await signInAs(page, "ADMIN");
    await page.goto(`${baseUrl()}/programmes`);
    await page.getByTestId("programs-table").waitFor();
    for (const locale of LOCALES) {
      await setLanguage(page, locale);
      expect(await page.getByTestId("nav-programs").textContent()).toContain(message(locale, "nav.programs"));
      expect(await page.getByTestId("page-title").textContent()).toBe(message(locale, "programs.list.title"));
      expect(await untranslatedTexts(page, locale)).toEqual([]);
    }
    await setLanguage(page, "ru");
    await page.reload();
    await page.getByTestId("programs-table").waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("ru");
    expect(await page.getByTestId("page-title").textContent()).toBe(message("ru", "programs.list.title"));
    // The tablet width: the navigation folds behind the menu button.
    await page.setViewportSize({ width: 800, height: 1100 });
    expect(await page.getByTestId("side-nav").isVisible()).toBe(false);
    await page.getByTestId("menu-toggle").click();
    expect(await page.getByTestId("side-nav").isVisible()).toBe(true);
    await screenshot(page, "tablet-menu");
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("sends her to sign in when the session ends, then back to the same page with what she typed", async () => {
    const { page, context, problems } = await openPage(browser);
    await page.goto(`${baseUrl()}/sign-in`);
    await signInAs(page, "COORDINATOR");
    await page.goto(`${baseUrl()}/programmes/new`);
    await page.getByTestId("program-title").fill("Программа, набранная до конца сеанса");
    await page.getByTestId("program-goal").fill("Этот текст не должен пропасть.");

    // The session ends on the server (signed out elsewhere, or expired): her cookie stops working.
    const cookie = (await context.cookies()).find((c: { name: string }) => c.name === "nk_session");
    expect(cookie).toBeDefined();
    const { body } = await graphql(baseUrl(), "mutation { logout { ok } }", {}, `nk_session=${cookie?.value ?? ""}`);
    expect(body.errors).toBeUndefined();

    await page.getByTestId("program-code").fill("E2E-EXPIRED");
    await page.getByTestId("program-save").click();
    await page.getByTestId("session-expired").waitFor();
    const url = new URL(page.url());
    expect(url.pathname).toBe("/sign-in");
    expect(url.searchParams.get("redirect")).toBe("/programmes/new");
    await screenshot(page, "session-expired");

    await signInAs(page, "COORDINATOR");
    await page.getByTestId("draft-restored").waitFor();
    expect(new URL(page.url()).pathname).toBe("/programmes/new");
    expect(await page.getByTestId("program-title").inputValue()).toBe("Программа, набранная до конца сеанса");
    expect(await page.getByTestId("program-goal").inputValue()).toBe("Этот текст не должен пропасть.");
    expect(await page.getByTestId("program-code").inputValue()).toBe("E2E-EXPIRED");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("shows a trainer her entries, and the API's refusal of a typed address in words", async () => {
    const { page, context, problems } = await openPage(browser);
    await page.goto(`${baseUrl()}/sign-in`);
    await signInAs(page, "TRAINER");
    const entries = await page.getByTestId("side-nav").getByRole("link").allTextContents();
    // Her courses, and the coalition's joint work every staff member may read (nothing to change there).
    expect(entries.map((e: string) => e.trim())).toEqual(
      ["nav.courses", "nav.coalition", "nav.partners", "nav.campaigns", "nav.forums"].map((key) => message("tg", key)),
    );
    expect(await page.getByTestId("nav-programs").count()).toBe(0);

    // A typed address of an editors' screen: the refusal in words, and no form to fill.
    await page.goto(`${baseUrl()}/programmes/new`);
    await page.getByTestId("forbidden").waitFor();
    expect(await page.getByTestId("forbidden").textContent()).toContain(message("tg", "errors.request.FORBIDDEN"));
    expect(await page.getByTestId("forbidden").textContent()).not.toContain("FORBIDDEN");
    expect(await page.getByTestId("program-code").count()).toBe(0);
    await screenshot(page, "trainer-refused");
    expect(await axeViolations(page)).toEqual([]);

    // The API refuses her anyway, in words, and creates nothing.
    const trainer = await sessionCookie(baseUrl(), "trainer@e2e.example.org", "e2e-Password-for-staff-2026");
    const refused = await graphql(
      baseUrl(),
      `mutation { createProgram(input: { code: "TRAINER-TRY", title: "Кӯшиши омӯзгор", goal: "Бояд рад карда шавад.", startsOn: "2026-02-01" }) { userErrors { code } } }`,
      {},
      trainer,
    );
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    // Nothing was created: the coordinator finds no such programme.
    const coordinator = await sessionCookie(baseUrl(), "coordinator@e2e.example.org", "e2e-Password-for-staff-2026");
    const { body } = await graphql<{ programs: { totalCount: number } }>(
      baseUrl(),
      `{ programs(filter: { search: "TRAINER-TRY" }) { totalCount } }`,
      {},
      coordinator,
    );
    expect(body.data?.programs.totalCount).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});
