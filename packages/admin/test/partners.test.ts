import type { Browser } from "playwright-core";
import { baseUrl, launchBrowser, navTo, openPage, setLanguage, signInAs } from "./support/browser";
import { choose, toastsSettled } from "./support/casework";
import { asCoordinator, checkScreen, tick } from "./support/coalition";
import { message } from "./support/messages";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("partners", () => {
  it("adds a partner with its districts and contacts (a double click adds one) and finds it by district", async () => {
    const { page, context, problems } = await openPage(browser);
    await signInAs(page, "COORDINATOR");
    await navTo(page, "partners");
    await page.getByTestId("partners-table").waitFor();
    await checkScreen(page, "partners-list");

    await setLanguage(page, "ru");
    await page.getByTestId("partner-new").click();
    const name = `Ҷамъияти занони Хатлон ${Date.now()}`;
    await page.getByTestId("partner-name").fill(name);
    await page.getByTestId("partner-acronym").fill("ҶЗХ");
    await choose(page, "partner-kind", message("ru", "partners.kinds.NGO"));
    await page.getByTestId("partner-phone").fill("+992900112233");
    await page.getByTestId("partner-email").fill("info@example.tj");
    await tick(page, "partner-districts", "Куляб", "Фархор");
    await checkScreen(page, "partner-form");
    await page.getByTestId("partner-save").dblclick();
    await page.locator('[data-testid="partner-detail"][data-ready="true"]').waitFor();
    expect(await page.getByTestId("partner-phone").textContent()).toBe("+992900112233");
    const districts = (await page.getByTestId("partner-districts").textContent())?.split(", ").sort();
    expect(districts).toEqual(["Кӯлоб", "Фархор"].sort());
    const found = await asCoordinator<{ partners: { edges: { node: { id: string; version: number } }[] } }>(
      "query($s: String) { partners(first: 10, filter: { search: $s }) { edges { node { id version } } } }",
      { s: name },
    );
    expect(found.partners.edges).toHaveLength(1);
    const id = found.partners.edges[0]?.node.id as string;
    await checkScreen(page, "partner-detail");

    // The list narrowed to a district she works in finds her; to another, not.
    const places = await asCoordinator<{ districts: { edges: { node: { id: string; nameRu: string } }[] } }>(
      "{ districts(first: 20) { edges { node { id nameRu } } } }",
    );
    const kulob = places.districts.edges.find((e) => e.node.nameRu === "Куляб")?.node.id;
    const other = places.districts.edges.find((e) => !["Куляб", "Фархор"].includes(e.node.nameRu))?.node.id;
    await page.goto(`${baseUrl()}/partners?district=${kulob}&search=${encodeURIComponent(name)}`);
    await page.getByTestId(`partner-link-${id}`).waitFor();
    await page.goto(`${baseUrl()}/partners?district=${other}&search=${encodeURIComponent(name)}`);
    await page.getByTestId("request-empty").waitFor();
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);

  it("edits a partner, meets a colleague's change as a conflict (nothing overwritten), archives and restores it", async () => {
    const name = `Маркази ҳуқуқии занон ${Date.now()}`;
    const created = await asCoordinator<{ createPartner: { partner: { id: string } } }>(
      "mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } } }",
      { input: { name, kind: "NGO", contactPhone: "+992900112233", contactEmail: "info@example.tj" } },
    );
    const id = created.createPartner.partner.id;
    const { page, context, problems } = await openPage(browser);
    await signInAs(page, "COORDINATOR");
    await setLanguage(page, "ru");
    await page.goto(`${baseUrl()}/partners/${id}`);
    await page.locator('[data-testid="partner-detail"][data-ready="true"]').waitFor();

    // Edit the phone.
    await page.getByTestId("partner-edit").click();
    await page.locator('[data-testid="partner-form"][data-ready="true"]').waitFor();
    await page.getByTestId("partner-phone").fill("+992900445566");
    await page.getByTestId("partner-save").click();
    await page.locator('[data-testid="partner-detail"][data-ready="true"]').waitFor();
    await page.getByTestId("partner-phone").filter({ hasText: "+992900445566" }).waitFor();

    // A colleague changes the email meanwhile: saving shows the conflict instead of overwriting it.
    await page.getByTestId("partner-edit").click();
    await page.locator('[data-testid="partner-form"][data-ready="true"]').waitFor();
    await page.getByTestId("partner-email").fill("mine@example.tj");
    const current = await asCoordinator<{ partner: { version: number } }>("query($id: ID!) { partner(id: $id) { version } }", { id });
    await asCoordinator("mutation($input: UpdatePartnerInput!) { updatePartner(input: $input) { userErrors { code } } }", {
      input: { id, version: current.partner.version, contactEmail: "theirs@example.tj" },
    });
    await page.getByTestId("partner-save").click();
    const row = page.getByTestId("conflict-dialog").getByTestId("conflict-contactEmail");
    await row.waitFor();
    expect(await row.locator(".conflict-theirs").textContent()).toBe("theirs@example.tj");
    expect(await row.locator("textarea").inputValue()).toBe("mine@example.tj");
    const after = await asCoordinator<{ partner: { contactEmail: string } }>("query($id: ID!) { partner(id: $id) { contactEmail } }", {
      id,
    });
    expect(after.partner.contactEmail).toBe("theirs@example.tj");
    await page.keyboard.press("Escape");

    // Archive: gone from the list, found among the archived; restore brings it back.
    await page.goto(`${baseUrl()}/partners/${id}`);
    await page.locator('[data-testid="partner-detail"][data-ready="true"]').waitFor();
    await setLanguage(page, "tg");
    await page.getByTestId("archive-toggle").click();
    await page
      .getByRole("alertdialog")
      .getByRole("button", { name: message("tg", "archive.archive") })
      .click();
    await page.getByTestId("partner-archived-tag").waitFor();
    await toastsSettled(page);
    await page.goto(`${baseUrl()}/partners?search=${encodeURIComponent(name)}`);
    await page.getByTestId("request-empty").waitFor();
    await page.goto(`${baseUrl()}/partners?search=${encodeURIComponent(name)}&archived=1`);
    await page.getByTestId(`partner-link-${id}`).click();
    await page.getByTestId("archive-toggle").click();
    await page
      .getByRole("alertdialog")
      .getByRole("button", { name: message("tg", "archive.restore") })
      .click();
    await page.getByTestId("partner-edit").waitFor();
    await page.goto(`${baseUrl()}/partners?search=${encodeURIComponent(name)}`);
    await page.getByTestId(`partner-link-${id}`).waitFor();
    expect(problems.filter((p) => !/CONFLICT|409/.test(p))).toEqual([]);
    await context.close();
  }, 180_000);
});

describe("forums", () => {
  it("lists the forums, shows one with its resolutions and partners, and edits its place", async () => {
    const data = await asCoordinator<{ forums: { edges: { node: { id: string; resolutions: string[] } }[] } }>(
      "{ forums(first: 10) { edges { node { id resolutions } } } }",
    );
    const forum = data.forums.edges[0]?.node;
    if (!forum) throw new Error("the demo data has no forum");
    const { page, context, problems } = await openPage(browser);
    await signInAs(page, "COORDINATOR");
    await navTo(page, "forums");
    await page.getByTestId(`forum-link-${forum.id}`).waitFor();
    await checkScreen(page, "forums-list");
    await page.getByTestId(`forum-link-${forum.id}`).click();
    await page.locator('[data-testid="forum-detail"][data-ready="true"]').waitFor();
    expect(await page.getByTestId("forum-resolutions").locator("li").allTextContents()).toEqual(forum.resolutions);
    await checkScreen(page, "forum-detail");

    await setLanguage(page, "ru");
    await page.getByTestId("forum-edit").click();
    await page.locator('[data-testid="forum-form"][data-ready="true"]').waitFor();
    const place = `Кӯлоб, толори ҳукумати шаҳр ${Date.now()}`;
    await page.getByTestId("forum-place").fill(place);
    await checkScreen(page, "forum-form");
    await page.getByTestId("forum-save").click();
    await page.locator('[data-testid="forum-detail"][data-ready="true"]').waitFor();
    await page.getByTestId("forum-place").filter({ hasText: place }).waitFor();
    const saved = await asCoordinator<{ forum: { place: string } }>("query($id: ID!) { forum(id: $id) { place } }", { id: forum.id });
    expect(saved.forum.place).toBe(place);
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);
});
