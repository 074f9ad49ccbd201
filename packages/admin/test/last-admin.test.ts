import { LOCALES } from "@nk/shared";
import type { Browser } from "playwright-core";
import { type ApiServer, graphql, sessionCookie, startApi } from "./support/api-server.cjs";
import { axeViolations, launchBrowser, openPage, screenshot, setLanguage, signInAs, untranslatedTexts } from "./support/browser";
import { message } from "./support/messages";

/**
 * NK can never be left without an administrator. The shared API of the other files has several
 * admins, so this file starts one of its own where the bootstrap admin is the only one.
 */

// Each screen is photographed and checked in three languages: longer than the default minute.
jest.setTimeout(240_000);

let browser: Browser;
let server: ApiServer;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startApi()]);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

it("says in words that the last active admin can be neither demoted nor deactivated, and changes nothing", async () => {
  const cookie = await sessionCookie(server.url, server.adminEmail, server.adminPassword);
  const admins = await graphql<{ users: { edges: { node: { id: string; version: number } }[] } }>(
    server.url,
    "{ users(first: 10, filter: { role: ADMIN }) { edges { node { id version } } } }",
    {},
    cookie,
  );
  const edges = admins.body.data?.users.edges ?? [];
  expect(edges).toHaveLength(1);
  const me = edges[0]?.node;
  // The bootstrap account is named "Administrator", in English; here she has a name of her own.
  const renamed = await graphql<{ updateUser: { user: { version: number } | null } }>(
    server.url,
    "mutation($input: UpdateUserInput!) { updateUser(input: $input) { user { version } userErrors { code } } }",
    { input: { id: me?.id, version: me?.version, fullName: "Дилором Маъмурова" } },
    cookie,
  );
  const version = renamed.body.data?.updateUser.user?.version;
  expect(version).toBe((me?.version ?? 0) + 1);

  const { page, problems } = await openPage(browser);
  await page.goto(`${server.url}/sign-in`);
  await signInAs(page, "BOOTSTRAP_ADMIN", { email: server.adminEmail, password: server.adminPassword });
  await page.goto(`${server.url}/users/${me?.id}`);
  await page.getByTestId("user-form-fields").waitFor();

  // Demoting herself: refused on the role field, in words.
  await page.getByTestId("user-role").click();
  await page
    .locator(".p-select-overlay [role='option']", { hasText: message("tg", "roles.COORDINATOR") })
    .first()
    .click();
  await page.getByTestId("user-save").click();
  await page.getByTestId("user-role-errors").waitFor();
  await expect(page.getByTestId("user-role-errors").textContent()).resolves.toBe(message("tg", "users.form.lastAdmin"));

  // Deactivating herself: refused after the confirmation, in words.
  await page.getByTestId("archive-toggle").click();
  await page.locator(".p-confirmdialog-accept-button").click();
  await page.getByTestId("user-status-errors").getByText(message("tg", "users.form.lastAdmin")).waitFor();
  for (const locale of LOCALES) {
    await setLanguage(page, locale);
    await screenshot(page, "user-last-admin");
    expect(await untranslatedTexts(page, locale)).toEqual([]);
  }
  await expect(page.getByTestId("user-status-errors").textContent()).resolves.toContain(message("en", "users.form.lastAdmin"));
  await setLanguage(page, "tg");
  expect(await axeViolations(page)).toEqual([]);

  const after = await graphql<{ user: { role: string; archivedAt: string | null; version: number } }>(
    server.url,
    "query($id: ID!) { user(id: $id) { role archivedAt version } }",
    { id: me?.id },
    cookie,
  );
  expect(after.body.data?.user).toEqual({ role: "ADMIN", archivedAt: null, version });
  expect(problems).toEqual([]);
});
