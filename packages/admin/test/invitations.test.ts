import { INVITATION_DAYS, LOCALES } from "@nk/shared";
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
import { choose, toastsSettled } from "./support/casework";
import { checkScreen, tick } from "./support/coalition";
import { message } from "./support/messages";
import { STAFF_PASSWORD, staffEmail } from "./support/users";

// Each screen is photographed and checked in three languages: longer than the default minute.
jest.setTimeout(240_000);

let browser: Browser;
let cookie: string;
const run = Date.now().toString(36);

beforeAll(async () => {
  browser = await launchBrowser();
  cookie = await sessionCookie(baseUrl(), staffEmail("ADMIN"), STAFF_PASSWORD);
});
afterAll(async () => {
  await browser?.close();
});

async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { body } = await graphql<T>(baseUrl(), query, variables, cookie);
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

interface Account {
  id: string;
  status: string;
  role: string;
  units: { code: string }[];
}
async function accountsOf(email: string): Promise<Account[]> {
  const data = await api<{ current: { edges: { node: Account }[] }; deactivated: { edges: { node: Account }[] } }>(
    `query($search: String!) {
      current: users(first: 10, filter: { search: $search }) { edges { node { id status role units { code } } } }
      deactivated: users(first: 10, filter: { search: $search, archived: true }) { edges { node { id status role units { code } } } }
    }`,
    { search: email },
  );
  return [...data.current.edges, ...data.deactivated.edges].map((e) => e.node);
}

/** The invited person's page, opened in a browser of her own (no cookie of the admin's). */
async function openLink(link: string) {
  const her = await openPage(browser);
  await her.page.goto(link);
  await her.page.locator('[data-testid="accept-invitation"][data-ready="true"]').waitFor();
  return her;
}

async function closedText(page: Page) {
  return (await page.getByTestId("accept-closed").textContent())?.trim();
}

describe("inviting a staff member", () => {
  it("the admin invites a case worker, copies the link once, and she chooses her password and signs in", async () => {
    const email = `nigina.invited.${run}@najoti-kudakon.tj`;
    const fullName = `Нигина Даъватшуда ${run}`;
    const units = await api<{ units: { edges: { node: { id: string; code: string; nameTg: string } }[] } }>(
      "{ units(first: 10) { edges { node { id code nameTg } } } }",
    );
    const crisis = units.units.edges.map((e) => e.node).find((u) => u.code === "CRISIS");
    if (!crisis) throw new Error("the demo data has no Crisis Center");

    const { page, context, problems } = await openPage(browser);
    await signInAs(page, "ADMIN");
    await navTo(page, "users");
    await page.getByTestId("user-invite").click();
    await page.getByTestId("invite-form-fields").waitFor();
    await page.getByTestId("invite-name").fill(fullName);
    await page.getByTestId("invite-email").fill(email);
    await choose(page, "invite-role", message("tg", "roles.CASE_WORKER"));
    await tick(page, "invite-units", crisis.nameTg);
    await checkScreen(page, "invite-form");
    await page.getByTestId("invite-save").dblclick();

    // The link, once, with its warning; the copy button puts it on the clipboard.
    const linkInput = page.getByTestId("invitation-link");
    await linkInput.waitFor();
    const link = await linkInput.inputValue();
    expect(link).toMatch(new RegExp(`^${baseUrl()}/invite/[A-Za-z0-9_-]{43}$`));
    // "… it works once and expires in 7 days" (both Tajik plural forms say it alike).
    expect((await page.getByTestId("invitation-warning").textContent())?.trim()).toBe(
      message("tg", "users.invite.linkWarning", { days: INVITATION_DAYS }).split(" | ")[1],
    );
    await page.getByTestId("invitation-copy").click();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(link);
    await toastsSettled(page);
    await checkScreen(page, "invite-link");

    // A double click made one invited account, with her role and unit.
    const invited = await accountsOf(email);
    expect(invited.map((a) => ({ status: a.status, role: a.role, units: a.units }))).toEqual([
      { status: "INVITED", role: "CASE_WORKER", units: [{ code: "CRISIS" }] },
    ]);
    const userId = invited[0]?.id ?? "";

    // The list says she is invited, until when.
    await page.getByTestId("invitation-done").click();
    await page.locator('[data-testid="user-form"][data-ready="true"]').waitFor();
    await page.getByTestId("invitation-state").waitFor();
    await checkScreen(page, "user-invited");
    await page.goto(`${baseUrl()}/users?search=${encodeURIComponent(run)}`);
    const tag = page.getByTestId(`user-invited-${email}`);
    await tag.waitFor();
    expect(await tag.textContent()).toMatch(/\d\d\.\d\d\.\d{4}/);
    await checkScreen(page, "users-invited");

    // She opens the link in her own browser: her name and role, nothing else.
    const her = await openLink(link);
    const forText = await her.page.getByTestId("accept-for").textContent();
    expect(forText).toContain(fullName);
    expect(forText).toContain(message("tg", "roles.CASE_WORKER"));
    expect(await her.page.locator("body").textContent()).not.toContain(email);
    await checkScreen(her.page, "invite-accept");
    await her.page.getByTestId("accept-email").fill(`someone.else.${run}@example.org`);
    await her.page.getByTestId("accept-password").fill("Kulob-2026");
    await her.page.getByTestId("accept-again").fill("Kulob-2026");
    await her.page.getByTestId("accept-submit").click();
    await her.page.getByTestId("accept-error").filter({ hasText: /12/ }).waitFor();
    const password = `Kulob-Bahor-${run}`;
    await her.page.getByTestId("accept-password").fill(password);
    await her.page.getByTestId("accept-again").fill(`${password}x`);
    await her.page.getByTestId("accept-submit").click();
    await her.page
      .getByTestId("accept-error")
      .filter({ hasText: message("tg", "users.accept.mismatch") })
      .waitFor();
    await checkScreen(her.page, "invite-accept-error");
    // The link alone does not open the account: another email is refused, and nothing is set.
    await her.page.getByTestId("accept-again").fill(password);
    await her.page.getByTestId("accept-submit").click();
    await her.page
      .getByTestId("accept-error")
      .filter({ hasText: message("tg", "users.accept.emailMismatch") })
      .waitFor();
    expect((await accountsOf(email))[0]?.status).toBe("INVITED");
    await her.page.getByTestId("accept-email").fill(email);
    await her.page.getByTestId("accept-submit").click();
    // Signed in as her: the case worker's home, her name in the top bar.
    await her.page.getByTestId("side-nav").waitFor();
    await her.page.waitForURL(/\/caseload/);
    expect(await her.page.locator("body").textContent()).toContain(fullName);
    expect(her.problems).toEqual([]);
    await her.context.close();

    // She signs in again later with the password she chose; the link works no more.
    const later = await openPage(browser);
    await signInAs(later.page, "CASE_WORKER", { email, password });
    await later.context.close();
    const reused = await openLink(link);
    expect(await closedText(reused.page)).toBe(message("tg", "users.accept.state.USED"));
    await reused.context.close();

    const [accepted] = await accountsOf(email);
    expect(accepted?.status).toBe("ACTIVE");
    await page.goto(`${baseUrl()}/users/${userId}`);
    await page.locator('[data-testid="user-form"][data-ready="true"]').waitFor();
    expect(await page.getByTestId("invitation-status").count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("issues a new link (the old one stops working) and cancels an invitation", async () => {
    const email = `zarina.invited.${run}@najoti-kudakon.tj`;
    const created = await api<{ inviteUser: { user: { id: string; fullName: string }; invitation: { token: string } } }>(
      "mutation($input: InviteUserInput!) { inviteUser(input: $input) { user { id fullName } invitation { token } } }",
      { input: { email, fullName: `Зарина Даъватшуда ${run}`, role: "TRAINER", unitIds: [] } },
    );
    const { user, invitation } = created.inviteUser;
    const { page, context, problems } = await openPage(browser);
    await signInAs(page, "ADMIN");
    await page.goto(`${baseUrl()}/users/${user.id}`);
    await page.getByTestId("invitation-state").waitFor();

    await setLanguage(page, "ru");
    await page.getByTestId("invitation-reissue").click();
    await page.locator(".p-confirmdialog").waitFor();
    await page.locator(".p-confirmdialog-accept-button").click();
    const newLink = await page.getByTestId("invitation-link").inputValue();
    expect(newLink).not.toContain(invitation.token);
    const old = await openLink(`${baseUrl()}/invite/${invitation.token}`);
    expect(await closedText(old.page)).toBe(message("tg", "users.accept.state.CANCELLED"));
    await old.context.close();
    const fresh = await openLink(newLink);
    await fresh.page.getByTestId("accept-form").waitFor();
    await fresh.context.close();

    await page.getByTestId("invitation-done").click();
    // The confirmation keeps the words of the language it opened in: opened again in each.
    for (const locale of LOCALES) {
      await setLanguage(page, locale);
      await page.getByTestId("invitation-cancel").click();
      await page.locator(".p-confirmdialog").waitFor();
      await screenshot(page, "invite-cancel-dialog");
      expect(await untranslatedTexts(page, locale)).toEqual([]);
      if (locale === "tg") expect(await axeViolations(page)).toEqual([]);
      if (locale !== "en") {
        await page.keyboard.press("Escape");
        await page.locator(".p-confirmdialog").waitFor({ state: "detached" });
      }
    }
    expect(await page.locator(".p-confirmdialog").textContent()).toContain(message("en", "users.invite.cancelTitle"));
    await page.locator(".p-confirmdialog-accept-button").click();
    await page.getByTestId("user-deactivated").waitFor();
    expect(await page.getByTestId("invitation-status").count()).toBe(0);
    expect((await accountsOf(email)).map((a) => a.status)).toEqual(["DEACTIVATED"]);
    const cancelled = await openLink(newLink);
    expect(await closedText(cancelled.page)).toBe(message("tg", "users.accept.state.CANCELLED"));
    await checkScreen(cancelled.page, "invite-accept-closed");
    await cancelled.context.close();
    expect(problems).toEqual([]);
    await context.close();
  });

  it("says in words that an unknown link is not known", async () => {
    const { page, context, problems } = await openPage(browser);
    await page.goto(`${baseUrl()}/invite/${"n".repeat(43)}`);
    await page.locator('[data-testid="accept-invitation"][data-ready="true"]').waitFor();
    expect(await closedText(page)).toBe(message("tg", "users.accept.unknown"));
    expect(problems).toEqual([]);
    await context.close();
  });
});
