import { LOCALES } from "@nk/shared";
import type { Browser, Page } from "playwright-core";
import { graphql, sessionCookie } from "./support/api-server.cjs";
import { axeViolations, baseUrl, launchBrowser, openPage, screenshot, setLanguage, signInAs, untranslatedTexts } from "./support/browser";
import { message, messageKeys } from "./support/messages";
import { STAFF_NAMES } from "./support/users";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The labels of the navigation's links she can see now. */
async function visibleEntries(page: Page): Promise<string[]> {
  const links = await page.getByTestId("side-nav").getByRole("link").allTextContents();
  return links.map((text: string) => text.trim());
}

/** The navigation of a role: the entries above the groups, then each group with its entries (route names). */
const NAVIGATION: Record<"ADMIN" | "CASE_WORKER" | "FACILITATOR", { home: string; top: string[]; groups: Array<[string, string[]]> }> = {
  ADMIN: {
    home: "/dashboard",
    top: ["dashboard"],
    groups: [
      ["casework", ["beneficiaries", "cases", "services", "referrals", "shelter"]],
      ["learning", ["courses", "programs"]],
      ["community", ["group-list", "support-services", "coalition", "partners", "campaigns", "forums", "statistics"]],
      ["administration", ["users", "api-keys", "audit", "login-locks"]],
    ],
  },
  CASE_WORKER: {
    home: "/caseload",
    top: [],
    groups: [
      ["casework", ["caseload", "beneficiaries", "cases", "services", "referrals", "shelter"]],
      ["learning", ["programs"]],
      ["community", ["coalition", "partners", "campaigns", "forums"]],
    ],
  },
  FACILITATOR: {
    home: "/groups",
    top: [],
    groups: [["community", ["groups", "support-services", "coalition", "partners", "campaigns", "forums"]]],
  },
};

/** The label key of a navigation entry, from its route name ("group-list" → nav.groupList). */
const navKey = (route: string) => `nav.${route.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}`;
/** The navigation's bottom edge and the window's height: it must fit without scrolling. */
const navFits = (page: Page) =>
  page.getByTestId("side-nav").evaluate((nav) => {
    const last = [...nav.querySelectorAll("a, button")].filter((el) => (el as HTMLElement).offsetParent !== null).pop();
    return {
      bottom: last ? last.getBoundingClientRect().bottom : 0,
      height: window.innerHeight,
      scrolls: nav.scrollHeight > nav.clientHeight,
    };
  });

/** Opens a group of the navigation (a click on its heading, unless it is open already). */
async function openGroup(page: Page, group: string): Promise<void> {
  const toggle = page.getByTestId(`nav-toggle-${group}`);
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  expect(await toggle.getAttribute("aria-expanded")).toBe("true");
}

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
    // Her courses, and the coalition's joint work every staff member may read (nothing to change there).
    expect(await visibleEntries(page)).toEqual(["nav.courses"].map((key) => message("tg", key)));
    await openGroup(page, "community");
    expect(await visibleEntries(page)).toEqual(
      ["nav.coalition", "nav.partners", "nav.campaigns", "nav.forums"].map((key) => message("tg", key)),
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

  for (const role of ["ADMIN", "CASE_WORKER", "FACILITATOR"] as const) {
    it(`groups the navigation of a ${role.toLowerCase()} so that it fits 1280×800: every entry visible once its group is open, and reachable`, async () => {
      const { page, context, problems } = await openPage(browser);
      const expected = NAVIGATION[role];
      await page.goto(`${baseUrl()}/sign-in`);
      await signInAs(page, role);
      expect(new URL(page.url()).pathname).toBe(expected.home);
      const toggles = page.getByTestId("side-nav").locator("[data-testid^=nav-toggle-]");
      expect(await toggles.evaluateAll((els) => els.map((el) => el.getAttribute("data-testid")))).toEqual(
        expected.groups.map(([group]) => `nav-toggle-${group}`),
      );
      // Her home page's group is the open one (none for the dashboard, above the groups).
      const homeGroup = expected.groups.find(([, routes]) => routes.includes(expected.home.slice(1)));
      for (const [group] of expected.groups) {
        expect(await page.getByTestId(`nav-toggle-${group}`).getAttribute("aria-expanded")).toBe(String(group === homeGroup?.[0]));
      }

      for (const [group, routes] of expected.groups) {
        const toggle = page.getByTestId(`nav-toggle-${group}`);
        await openGroup(page, group);
        // One group open at a time: hers, with the entries above the groups.
        for (const [other] of expected.groups) {
          if (other !== group) expect(await page.getByTestId(`nav-toggle-${other}`).getAttribute("aria-expanded")).toBe("false");
        }
        expect(await visibleEntries(page)).toEqual([...expected.top, ...routes].map((r) => message("tg", navKey(r))));
        const fit = await navFits(page);
        expect(fit.scrolls).toBe(false);
        expect(fit.bottom).toBeLessThanOrEqual(fit.height);
        // Each entry opens its page, and its group stays open there.
        for (const route of routes) {
          const link = page.getByTestId(`nav-${route}`);
          expect(await link.isVisible()).toBe(true);
          const href = await link.getAttribute("href");
          await link.click();
          await page.waitForURL((url) => url.pathname === href);
          await page.getByTestId("page-title").first().waitFor();
          expect(await toggle.getAttribute("aria-expanded")).toBe("true");
          expect(await link.getAttribute("aria-current")).toBe("page");
        }
      }
      for (const route of expected.top) {
        await page.getByTestId(`nav-${route}`).click();
        await page.waitForURL((url) => url.pathname === `/${route}`);
      }

      // By keyboard: Enter on a closed heading opens its group, Tab goes on to its first entry, Space closes it.
      const [firstGroup, firstRoutes] = expected.groups[0] ?? ["", []];
      const first = page.getByTestId(`nav-toggle-${firstGroup}`);
      if ((await first.getAttribute("aria-expanded")) === "true") await first.click();
      expect(await first.getAttribute("aria-expanded")).toBe("false");
      await first.focus();
      await page.keyboard.press("Enter");
      expect(await first.getAttribute("aria-expanded")).toBe("true");
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe(`nav-${firstRoutes[0]}`);
      await page.keyboard.press("Shift+Tab");
      await page.keyboard.press("Space");
      expect(await first.getAttribute("aria-expanded")).toBe("false");

      // The largest group open, as she would see it on her laptop, in each language.
      const [largest] = [...expected.groups].sort((a, b) => b[1].length - a[1].length)[0] ?? [""];
      await openGroup(page, largest);
      for (const locale of LOCALES) {
        await setLanguage(page, locale);
        expect(await page.getByTestId(`nav-toggle-${largest}`).textContent()).toContain(message(locale, `navGroups.${largest}`));
        const fit = await navFits(page);
        expect(fit.bottom).toBeLessThanOrEqual(fit.height);
        expect(await untranslatedTexts(page, locale)).toEqual([]);
        await screenshot(page, `navigation-${role.toLowerCase()}`, { fullPage: false });
      }
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it("loads a module's texts with its pages, and those of the pages opened so far when the language changes, never showing a key", async () => {
    const { page, context, problems } = await openPage(browser);
    // Any text node that is a message key, however briefly, is caught as it enters the page.
    await context.addInitScript((keys: string[]) => {
      const known = new Set(keys);
      const shown: string[] = [];
      (window as unknown as { nkKeysShown: string[] }).nkKeysShown = shown;
      const check = (node: Node) => {
        const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
        for (let text = node.nodeType === Node.TEXT_NODE ? node : walker.nextNode(); text; text = walker.nextNode()) {
          const value = (text.textContent ?? "").trim();
          if (known.has(value)) shown.push(value);
        }
      };
      new MutationObserver((records) => {
        for (const record of records) {
          if (record.type === "characterData") check(record.target);
          for (const node of Array.from(record.addedNodes)) check(node);
        }
      }).observe(document, { subtree: true, childList: true, characterData: true });
    }, messageKeys());
    const texts: string[] = [];
    page.on("request", (request) => {
      const found = /\/assets\/texts-([a-z-]+)-(tg|ru|en)-[\w-]+\.js$/.exec(request.url());
      if (found) texts.push(`${found[1]}.${found[2]}`);
    });
    const fetched = () => [...new Set(texts)].sort();

    await page.goto(`${baseUrl()}/sign-in`);
    await page.getByTestId("sign-in-form").waitFor();
    expect(fetched()).toEqual(["auth.tg", "core.tg"]);

    await signInAs(page, "ADMIN");
    await page.getByTestId("page-title").waitFor();
    expect(fetched()).toEqual(["auth.tg", "core.tg", "dashboard.tg"]);

    await openGroup(page, "learning");
    await page.getByTestId("nav-programs").click();
    await page.getByTestId("programs-table").waitFor();
    expect(await page.getByTestId("page-title").textContent()).toBe(message("tg", "programs.list.title"));
    expect(fetched()).toEqual(["auth.tg", "core.tg", "dashboard.tg", "programs.tg"]);

    // Russian: the shell's texts and those of the three modules seen so far, before it shows.
    await setLanguage(page, "ru");
    expect(await page.getByTestId("page-title").textContent()).toBe(message("ru", "programs.list.title"));
    expect(fetched()).toEqual(["auth.ru", "auth.tg", "core.ru", "core.tg", "dashboard.ru", "dashboard.tg", "programs.ru", "programs.tg"]);
    expect(await untranslatedTexts(page, "ru")).toEqual([]);

    // A page that shows other modules' words gets theirs too: the case load speaks of cases and services.
    await page.getByTestId("sign-out").click();
    await page.getByTestId("sign-in-form").waitFor();
    await signInAs(page, "CASE_WORKER");
    await page.getByTestId("page-title").waitFor();
    expect(fetched()).toEqual(expect.arrayContaining(["caseload.ru", "cases.ru", "services.ru"]));
    expect(fetched()).not.toContain("cases.tg");
    expect(await untranslatedTexts(page, "ru")).toEqual([]);
    await page.getByTestId("nav-cases").click();
    await page.getByTestId("page-title").waitFor();
    await setLanguage(page, "en");
    expect(await page.getByTestId("page-title").textContent()).toBe(message("en", "cases.list.title"));
    expect(fetched()).toEqual(expect.arrayContaining(["caseload.en", "cases.en", "services.en"]));

    expect(await page.evaluate(() => (window as unknown as { nkKeysShown: string[] }).nkKeysShown)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
