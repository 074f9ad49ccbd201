import { LOCALES } from "@nk/shared";
import type { Browser, Page } from "playwright-core";
import { graphql, sessionCookie } from "./support/api-server.cjs";
import {
  axeViolations,
  baseUrl,
  heapHolds,
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

/** A request to /graphql as a partner would send it, with her key. */
async function asPartner(secret: string) {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${secret}` },
    body: JSON.stringify({ query: "{ viewer { kind partner { id name } } }" }),
  });
  const body = (await response.json()) as {
    data?: { viewer: { kind: string; partner: { id: string; name: string } | null } };
    errors?: { extensions?: { code?: string } }[];
  };
  return { status: response.status, body };
}

/** Screenshots in every language, no untranslated text in Tajik and Russian, no serious axe violation. */
async function checkScreen(page: Page, name: string) {
  for (const locale of LOCALES) {
    await setLanguage(page, locale);
    await screenshot(page, name);
    expect(await untranslatedTexts(page, locale)).toEqual([]);
  }
  await setLanguage(page, "tg");
  expect(await axeViolations(page)).toEqual([]);
}

/** A confirmation dialog opened in each language (its words are set when it opens), then closed. */
async function checkDialog(page: Page, name: string, open: () => Promise<void>) {
  for (const locale of LOCALES) {
    await setLanguage(page, locale);
    await open();
    await page.locator(".p-confirmdialog").waitFor();
    await screenshot(page, name);
    expect(await untranslatedTexts(page, locale)).toEqual([]);
    if (locale === "tg") expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await page.locator(".p-confirmdialog").waitFor({ state: "detached" });
  }
  await setLanguage(page, "tg");
  await open();
  await page.locator(".p-confirmdialog").waitFor();
}

/** Chooses `label` in the PrimeVue Select with this test id, typing into its filter when it has one. */
async function choose(page: Page, testId: string, label: string, filter = false) {
  await page.getByTestId(testId).click();
  if (filter) await page.locator(".p-select-overlay input").fill(label);
  await page.locator(".p-select-overlay [role='option']", { hasText: label }).first().click();
}

describe("partner API keys", () => {
  it("creates a key shown once with a copy button, which works against /graphql until it is revoked", async () => {
    const partnerName = `Ҳамкори санҷишӣ ${run}`;
    const made = await api<{ createPartner: { partner: { id: string } } }>(
      "mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } userErrors { code } } }",
      { input: { name: partnerName, kind: "NGO" } },
    );
    const partnerId = made.createPartner.partner.id;

    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl()}/sign-in`);
    await signInAs(page, "ADMIN");
    await navTo(page, "api-keys");
    await page.getByTestId("api-keys-list").waitFor();
    await page.locator("[data-testid='api-keys-list'][data-ready='true']").waitFor();
    await checkScreen(page, "api-keys");

    await page.getByTestId("api-key-new").click();
    await page.getByTestId("api-key-form-fields").waitFor();
    // No scope chosen: refused in words, nothing created.
    await choose(page, "key-partner", partnerName, true);
    await page.getByTestId("key-name").fill("Ҳисоботи маърака");
    await page.getByTestId("key-save").click();
    await page.getByTestId("key-scopes-errors").waitFor();
    await checkScreen(page, "api-key-form");

    await page.getByTestId("key-scope-READ_CAMPAIGNS").click();
    await page.getByTestId("key-scope-REPORT_ACTIVITIES").click();
    await page.getByTestId("key-save").dblclick();
    await page.getByTestId("api-key-secret-panel").waitFor();
    await expect(page.getByTestId("api-key-secret-warning").textContent()).resolves.toContain(
      message("tg", "api-keys.form.secretWarning").slice(0, 40),
    );
    const secret = await page.getByTestId("api-key-secret").inputValue();
    expect(secret).toMatch(/^nk_[A-Za-z0-9_-]{43}$/);
    await page.getByTestId("api-key-copy").click();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(secret);
    await checkScreen(page, "api-key-secret");

    // A double click created one key, and the API holds no way to show its secret again.
    const keys = await api<{ apiKeys: { edges: { node: { id: string; prefix: string; scopes: string[] } }[] } }>(
      "query($p: ID) { apiKeys(first: 10, filter: { partnerId: $p, includeRevoked: true }) { edges { node { id prefix scopes } } } }",
      { p: partnerId },
    );
    expect(keys.apiKeys.edges).toHaveLength(1);
    const key = keys.apiKeys.edges[0]?.node;
    expect(key?.prefix).toBe(secret.slice(0, 11));
    expect(key?.scopes.sort()).toEqual(["READ_CAMPAIGNS", "REPORT_ACTIVITIES"]);

    // Done: the secret leaves the page's memory with its screen (nothing cached it).
    expect(await heapHolds(page, secret)).toBe(true);
    await page.getByTestId("api-key-done").click();
    await page.locator("[data-testid='api-keys-list'][data-ready='true']").waitFor();
    expect(await heapHolds(page, secret)).toBe(false);

    // Back on the form, and after a reload: the secret is gone for good.
    await page.goBack();
    await page.getByTestId("api-key-form-fields").waitFor();
    expect(await page.getByTestId("api-key-secret-panel").count()).toBe(0);
    await page.reload();
    await page.getByTestId("api-key-form-fields").waitFor();
    expect(await page.getByTestId("api-key-secret-panel").count()).toBe(0);
    expect(await page.content()).not.toContain(secret);

    // The partner uses it.
    const works = await asPartner(secret);
    expect(works.status).toBe(200);
    expect(works.body.data?.viewer).toEqual({ kind: "PARTNER", partner: { id: partnerId, name: partnerName } });

    // The list shows it with partner, scopes, created and its first use; revoke after confirming.
    await page.goto(`${baseUrl()}/api-keys?partner=${partnerId}`);
    const prefix = secret.slice(0, 11);
    const revokeButton = page.getByTestId(`key-revoke-${prefix}`);
    await revokeButton.waitFor();
    const row = page.locator("tr", { has: revokeButton });
    await expect(row.textContent()).resolves.toContain(partnerName);
    await expect(row.textContent()).resolves.toContain(message("tg", "api-keys.scopes.REPORT_ACTIVITIES"));
    await expect(row.textContent()).resolves.not.toContain(message("tg", "api-keys.list.never"));
    await checkDialog(page, "api-key-revoke", () => revokeButton.click());
    await page.locator(".p-confirmdialog-accept-button").click();
    await page.getByText(message("tg", "api-keys.list.revoked")).first().waitFor();
    // Revoked, it leaves the keys in use; among those with the revoked ones it is marked so.
    await revokeButton.waitFor({ state: "detached" });
    await page.getByTestId("keys-revoked").getByText(message("tg", "api-keys.list.withRevoked")).click();
    await page.getByTestId(`key-revoked-${prefix}`).waitFor();
    expect(await page.getByTestId(`key-revoke-${prefix}`).count()).toBe(0);

    const refused = await asPartner(secret);
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.map((e) => e.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
    expect(problems).toEqual([]);
  });
});

describe("staff accounts and the audit log", () => {
  it("creates a case worker with her unit, who signs in; the log filtered by her shows only her events, by name", async () => {
    const name = `Мавҷуда Сафарова ${run}`;
    const email = `mavjuda-${run}@e2e.example.org`;
    const password = "Мавҷуда-рамз-2026";
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl()}/sign-in`);
    await signInAs(page, "ADMIN");
    await navTo(page, "users");
    await page.locator("[data-testid='users-list'][data-ready='true']").waitFor();
    await page.getByTestId("users-table").waitFor();
    // The staff of these tests (the bootstrap account is named "Administrator", in English).
    await page.getByTestId("users-search").fill("e2e.example.org");
    await page.waitForURL(/search=e2e/);
    await page.locator("[data-testid='users-list'][data-ready='true']").waitFor();
    await checkScreen(page, "users");

    await page.getByTestId("user-new").click();
    await page.getByTestId("user-form-fields").waitFor();
    await page.getByTestId("user-email-input").fill(email);
    await page.getByTestId("user-name").fill(name);
    await choose(page, "user-role", message("tg", "roles.CASE_WORKER"));
    await page.getByTestId("user-units").click();
    await page.locator(".p-multiselect-overlay [role='option']", { hasText: "Маркази бӯҳронӣ" }).first().click();
    await page.keyboard.press("Escape");
    await page.getByTestId("user-password").fill("short");
    await page.getByTestId("user-save").click();
    await page.getByTestId("user-password-errors").waitFor();
    await checkScreen(page, "user-new");
    await page.getByTestId("user-password").fill(password);
    await page.getByTestId("user-save").dblclick();
    await page.getByTestId("user-email").waitFor();
    await expect(page.getByTestId("user-email").textContent()).resolves.toBe(email);
    await checkScreen(page, "user");

    const users = await api<{ users: { edges: { node: { id: string; role: string; units: { code: string }[] } }[] } }>(
      "query($s: String) { users(first: 5, filter: { search: $s }) { edges { node { id role units { code } } } } }",
      { s: email },
    );
    expect(users.users.edges).toHaveLength(1);
    const her = users.users.edges[0]?.node;
    expect(her).toMatchObject({ role: "CASE_WORKER", units: [{ code: "CRISIS" }] });

    // She signs in in her own browser and lands on her case load.
    const hers = await openPage(browser);
    await hers.page.goto(`${baseUrl()}/sign-in`);
    await signInAs(hers.page, "CASE_WORKER", { email, password });
    await hers.page.waitForURL(/\/caseload/);
    await expect(hers.page.getByTestId("signed-in-role").textContent()).resolves.toBe(message("tg", "roles.CASE_WORKER"));
    await hers.context.close();

    // The list filtered by role and unit finds her.
    await page.goto(`${baseUrl()}/users?role=CASE_WORKER&search=${encodeURIComponent(name)}`);
    await page.getByTestId(`user-link-${email}`).waitFor();

    // The audit log, filtered by her chosen by name: only her events, each with her name.
    await navTo(page, "audit");
    await page.locator("[data-testid='audit-log'][data-ready='true']").waitFor();
    await page.getByTestId("audit-table").waitFor();
    // The person is found by typing part of her name: a search over every account, however many.
    const person = page.locator("#audit-person");
    await person.click();
    await person.pressSequentially(name.split(" ")[1]?.slice(0, 6) ?? name, { delay: 50 });
    const option = page.locator(".p-autocomplete-overlay [role='option']", { hasText: name });
    await option.first().waitFor();
    expect(await page.locator(".p-autocomplete-overlay [role='option']").count()).toBeLessThanOrEqual(20);
    await option.first().click();
    await page.waitForURL(new RegExp(`person=${her?.id}`));
    await page.locator("[data-testid='audit-log'][data-ready='true']").waitFor();
    // Opened from the address (a shared link, a reload), the picker shows her name.
    await page.reload();
    await page.locator("[data-testid='audit-log'][data-ready='true']").waitFor();
    const herLabel = `${name} · ${message("tg", "roles.CASE_WORKER")}`;
    await page
      .waitForFunction((expected) => (document.querySelector("#audit-person") as HTMLInputElement | null)?.value === expected, herLabel)
      .catch(() => undefined);
    expect(await person.inputValue()).toBe(herLabel);
    // Checked filtered: the whole log names the bootstrap account, "Administrator" in English.
    await checkScreen(page, "audit");
    const who = await page.getByTestId("audit-who").allTextContents();
    expect(who.length).toBeGreaterThan(0);
    expect(new Set(who)).toEqual(new Set([name]));
    const what = await page.getByTestId("audit-what").allTextContents();
    expect(what).toContain(message("tg", "audit.actions.LOGIN"));

    // Her sign-in only: by action too.
    await choose(page, "audit-action", message("tg", "audit.actions.LOGIN"));
    await page.waitForURL(/action=LOGIN/);
    await page.locator("[data-testid='audit-log'][data-ready='true']").waitFor();
    await expect(page.getByTestId("audit-what").allTextContents()).resolves.toEqual([message("tg", "audit.actions.LOGIN")]);
    await checkScreen(page, "audit-filtered");

    // The admin's own creation of her account, found by the record's id.
    await page.goto(`${baseUrl()}/audit?type=User&record=${her?.id}`);
    await page.getByTestId("audit-table").waitFor();
    await expect(page.getByTestId("audit-what").allTextContents()).resolves.toContain(message("tg", "audit.actions.CREATE"));
    expect(problems).toEqual([]);
  });

  it("finds who listed a woman by her id, among the records of one event", async () => {
    const listed = await api<{ beneficiaries: { edges: { node: { id: string } }[] } }>(
      "{ beneficiaries(first: 3) { edges { node { id firstName } } } }",
    );
    const ids = listed.beneficiaries.edges.map((e) => e.node.id);
    expect(ids).toHaveLength(3);
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl()}/sign-in`);
    await signInAs(page, "ADMIN");
    await page.goto(`${baseUrl()}/audit?action=READ_LIST&record=${ids[1]}`);
    await page.locator("[data-testid='audit-log'][data-ready='true']").waitFor();
    // Only events naming her; that list of three among them, her id shown and how many it named.
    const records = page.getByTestId("audit-records");
    await records.first().waitFor();
    await expect(records.locator("code").allTextContents()).resolves.toEqual(Array(await records.count()).fill(ids[1]));
    await expect(records.locator(".muted").allTextContents()).resolves.toContain("3 сабт");
    await expect(page.getByTestId("audit-what").allTextContents()).resolves.toEqual(
      Array(await records.count()).fill(message("tg", "audit.actions.READ_LIST")),
    );
    await checkScreen(page, "audit-record");
    expect(problems).toEqual([]);
  });

  it("changes her role, meets a colleague's change as a conflict, and deactivates her after confirmation", async () => {
    const created = await api<{ createUser: { user: { id: string; version: number } } }>(
      "mutation($input: CreateUserInput!) { createUser(input: $input) { user { id version } userErrors { code } } }",
      {
        input: { email: `shahnoza-${run}@e2e.example.org`, fullName: `Шаҳноза Одинаева ${run}`, role: "TRAINER", password: STAFF_PASSWORD },
      },
    );
    const id = created.createUser.user.id;
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl()}/sign-in`);
    await signInAs(page, "ADMIN");
    await page.goto(`${baseUrl()}/users/${id}`);
    await page.getByTestId("user-form-fields").waitFor();
    await choose(page, "user-role", message("tg", "roles.FACILITATOR"));
    await page.getByTestId("user-save").click();
    await page.getByTestId("user-form").getByText(message("tg", "roles.FACILITATOR")).first().waitFor();
    // The select shows her choice at once: wait until the server has saved it.
    let now = await api<{ user: { version: number; role: string } }>("query($id: ID!) { user(id: $id) { version role } }", { id });
    for (let tries = 0; now.user.role !== "FACILITATOR" && tries < 100; tries++) {
      await page.waitForTimeout(100);
      now = await api<{ user: { version: number; role: string } }>("query($id: ID!) { user(id: $id) { version role } }", { id });
    }
    expect(now.user.role).toBe("FACILITATOR");

    // A colleague renames her meanwhile; my role change meets the conflict dialog.
    await api("mutation($input: UpdateUserInput!) { updateUser(input: $input) { userErrors { code } } }", {
      input: { id, version: now.user.version, fullName: `Шаҳноза Одинаева-Раҳимова ${run}` },
    });
    await choose(page, "user-role", message("tg", "roles.TRAINER"));
    await page.getByTestId("user-save").click();
    await page.getByTestId("conflict-dialog").waitFor();
    await checkScreen(page, "user-conflict");
    await page.keyboard.press("Escape");

    await page.reload();
    await page.getByTestId("user-form-fields").waitFor();
    await checkDialog(page, "user-deactivate", () => page.getByTestId("archive-toggle").click());
    await expect(page.locator(".p-confirmdialog").textContent()).resolves.toContain(
      message("tg", "users.deactivation.confirmArchiveTitle"),
    );
    await page.locator(".p-confirmdialog-accept-button").click();
    await page.getByTestId("user-deactivated").waitFor();
    const after = await api<{ user: { archivedAt: string | null; role: string } }>(
      "query($id: ID!) { user(id: $id) { archivedAt role } }",
      { id },
    );
    expect(after.user.archivedAt).not.toBeNull();
    expect(after.user.role).toBe("FACILITATOR");
    // Deactivated, she is listed under "deactivated" only.
    await page.goto(`${baseUrl()}/users?archived=1&search=${encodeURIComponent("Шаҳноза")}`);
    await page.getByTestId(`user-link-shahnoza-${run}@e2e.example.org`).waitFor();
    expect(problems).toEqual([]);
  });

  it("keeps the screens from other roles: a coordinator has no entries and a typed address shows FORBIDDEN in words", async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl()}/sign-in`);
    await signInAs(page, "COORDINATOR");
    for (const entry of ["nav-users", "nav-api-keys", "nav-audit"]) expect(await page.getByTestId(entry).count()).toBe(0);
    for (const path of ["/users", "/api-keys/new", "/audit"]) {
      await page.goto(`${baseUrl()}${path}`);
      await page.waitForURL(/\/forbidden/);
    }
  });
});
