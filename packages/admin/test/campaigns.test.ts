import type { Browser, Page } from "playwright-core";
import { graphql, sessionCookie } from "./support/api-server.cjs";
import { baseUrl, launchBrowser, navTo, openPage, screenshot, signInAs } from "./support/browser";
import { choose, toastsSettled, typeDay, typed } from "./support/casework";
import { asCoordinator, checkScreen, tick } from "./support/coalition";
import { message } from "./support/messages";
import { STAFF_PASSWORD, staffEmail } from "./support/users";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Saved {
  id: string;
  version: number;
  title: string;
  aims: string;
  startsOn: string;
  endsOn: string;
  archivedAt: string | null;
  districts: { name: string }[];
  partners: { role: string; partner: { name: string } }[];
}
/** The campaign of the demo data, which the other browser tests use. */
const DEMO_CAMPAIGN = "16 рӯзи фаъолнокӣ бар зидди зӯроварии гендерӣ 2025";
const SAVED = "id version title aims startsOn endsOn archivedAt districts { name } partners { role partner { name } }";

async function campaignsTitled(title: string, archived = false): Promise<Saved[]> {
  const data = await asCoordinator<{ campaigns: { edges: { node: Saved }[] } }>(
    `query($archived: Boolean) { campaigns(first: 100, filter: { archived: $archived }) { edges { node { ${SAVED} } } } }`,
    { archived },
  );
  return data.campaigns.edges.map((e) => e.node).filter((c) => c.title === title);
}
async function saved(id: string): Promise<Saved> {
  return (await asCoordinator<{ campaign: Saved }>(`query($id: ID!) { campaign(id: $id) { ${SAVED} } }`, { id })).campaign;
}

/** Picks an option of a filtered PrimeVue Select by part of its text. */
async function choosePartly(page: Page, testId: string, text: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.locator(".p-select-overlay").getByRole("option").filter({ hasText: text }).first().click();
  await page.locator(".p-select-overlay").waitFor({ state: "detached" });
}

const detailReady = (page: Page) => page.locator('[data-testid="campaign-detail"][data-ready="true"]').waitFor();
const formReady = (page: Page) => page.locator('[data-testid="campaign-form"][data-ready="true"]').waitFor();

describe("campaign create, edit and archive", () => {
  it("a coordinator creates a campaign with districts and a partner, edits it, meets a colleague's change as a conflict, changes its partners and districts and archives it", async () => {
    const { page, context, problems } = await openPage(browser);
    await signInAs(page, "COORDINATOR");
    await navTo(page, "campaigns");
    await page.getByTestId("campaigns-table").waitFor();
    await page.getByTestId("campaign-new").click();
    await formReady(page);

    // The API's messages land on their fields, in words: an end before the start.
    const title = `16 рӯзи фаъолнокӣ 2026 · ${Date.now()}`;
    await page.getByTestId("campaign-title").fill(title);
    await page.getByTestId("campaign-aims").fill("Speak up about violence against women in Kulob and Farkhor.");
    await typeDay(page, "campaign-starts", "2026-11-25");
    await typeDay(page, "campaign-ends", "2026-11-20");
    await page.getByTestId("campaign-save").click();
    await page.getByTestId("campaign-ends-errors").waitFor();
    expect(await page.getByTestId("campaign-ends-errors").textContent()).not.toMatch(/TOO_EARLY|endsOn/);
    expect(await campaignsTitled(title)).toEqual([]);

    await typeDay(page, "campaign-ends", "2026-12-10");
    await tick(page, "campaign-districts-field", "Кӯлоб", "Фархор");
    await page.getByTestId("campaign-partners-add").click();
    await choosePartly(page, "campaign-partners-0-partner", "Ситораи умед");
    await choose(page, "campaign-partners-0-role", message("tg", "campaigns.roles.CO_ORGANISER"));
    await checkScreen(page, "campaign-form-new");
    // A double click creates one campaign.
    await page.getByTestId("campaign-save").dblclick();
    await detailReady(page);
    const created = await campaignsTitled(title);
    expect(created).toHaveLength(1);
    const id = created[0]?.id as string;
    expect(created[0]?.districts.map((d) => d.name).sort()).toEqual(["Farkhor", "Kulob"]);
    expect(created[0]?.partners).toEqual([{ role: "CO_ORGANISER", partner: { name: "Ситораи умед (ТҶ-и намунавӣ)" } }]);
    expect((await page.getByTestId("campaign-districts").textContent())?.split(", ").sort()).toEqual(["Кӯлоб", "Фархор"].sort());
    const partnerRow = page.getByTestId("campaign-partners").locator("tbody tr");
    expect(await partnerRow.count()).toBe(1);
    expect(await partnerRow.textContent()).toContain("Ситораи умед");
    expect(await partnerRow.textContent()).toContain(message("tg", "campaigns.roles.CO_ORGANISER"));
    await toastsSettled(page);
    await checkScreen(page, "campaign-page-editor");

    // On the list.
    await page.goto(`${baseUrl()}/campaigns`);
    await page.getByTestId(`campaign-link-${id}`).waitFor();

    // Edit its period.
    await page.goto(`${baseUrl()}/campaigns/${id}`);
    await detailReady(page);
    await page.getByTestId("campaign-edit").click();
    await formReady(page);
    await typeDay(page, "campaign-ends", "2026-12-12");
    await checkScreen(page, "campaign-form-edit");
    await page.getByTestId("campaign-save").click();
    await detailReady(page);
    await page
      .locator(".page-header p")
      .filter({ hasText: typed("2026-12-12") })
      .waitFor();
    expect((await saved(id)).endsOn).toBe("2026-12-12");

    // A colleague changes the aims meanwhile: saving shows the conflict and overwrites nothing.
    await page.getByTestId("campaign-edit").click();
    await formReady(page);
    await typeDay(page, "campaign-starts", "2026-11-26");
    await page.getByTestId("campaign-aims").fill("My aims.");
    const before = await saved(id);
    await asCoordinator("mutation($input: UpdateCampaignInput!) { updateCampaign(input: $input) { userErrors { code } } }", {
      input: { id, version: before.version, aims: "Their aims, saved first." },
    });
    await page.getByTestId("campaign-save").click();
    const row = page.getByTestId("conflict-dialog").getByTestId("conflict-aims");
    await row.waitFor();
    expect(await row.locator(".conflict-theirs").textContent()).toBe("Their aims, saved first.");
    expect(await row.locator("textarea").inputValue()).toBe("My aims.");
    await checkScreen(page, "campaign-conflict");
    const after = await saved(id);
    expect({ aims: after.aims, startsOn: after.startsOn, version: after.version }).toEqual({
      aims: "Their aims, saved first.",
      startsOn: "2026-11-25",
      version: before.version + 1,
    });
    await page.keyboard.press("Escape");
    await page.getByTestId("conflict-dialog").waitFor({ state: "detached" });

    // Leaving with unsaved edits asks first.
    await page.locator(".back-link").click();
    await page.getByTestId("leave-guard").waitFor();
    await page.getByTestId("leave-guard-leave").click();
    await detailReady(page);

    // Partners and districts from the page: Farkhor removed, the partner now leads, a second one supports.
    await page.getByTestId("campaign-links-edit").click();
    await page.getByTestId("campaign-links-dialog").waitFor();
    await tick(page, "campaign-links-districts", "Фархор");
    await choose(page, "campaign-links-partners-0-role", message("tg", "campaigns.roles.LEAD"));
    await page.getByTestId("campaign-links-partners-add").click();
    await choosePartly(page, "campaign-links-partners-1-partner", "Нури зан");
    // Two leading partners: the API's refusal is said under the partners, and they stay as they were.
    await choose(page, "campaign-links-partners-1-role", message("tg", "campaigns.roles.LEAD"));
    await page.getByTestId("campaign-links-save").click();
    await page.getByTestId("campaign-links-partners-errors").waitFor();
    expect(await page.getByTestId("campaign-links-partners-errors").textContent()).toBe(message("tg", "campaigns.form.oneLead"));
    expect((await saved(id)).partners).toEqual([{ role: "CO_ORGANISER", partner: { name: "Ситораи умед (ТҶ-и намунавӣ)" } }]);
    await choose(page, "campaign-links-partners-1-role", message("tg", "campaigns.roles.SUPPORTER"));
    await checkScreen(page, "campaign-links-dialog");
    await page.getByTestId("campaign-links-save").click();
    await page.getByTestId("campaign-links-dialog").waitFor({ state: "detached" });
    await page
      .getByTestId("campaign-districts")
      .filter({ hasText: /^Кӯлоб$/ })
      .waitFor();
    await page.getByTestId("campaign-partners").locator("tbody tr").nth(1).waitFor();
    const linked = await saved(id);
    expect(linked.districts.map((d) => d.name)).toEqual(["Kulob"]);
    expect(linked.partners.map((p) => [p.partner.name, p.role]).sort()).toEqual([
      ["Нури зан (ТҶ-и намунавӣ)", "SUPPORTER"],
      ["Ситораи умед (ТҶ-и намунавӣ)", "LEAD"],
    ]);

    // A colleague's change meanwhile makes the dialog show the conflict, and nothing of hers is saved.
    await page.getByTestId("campaign-links-edit").click();
    await page.getByTestId("campaign-links-dialog").waitFor();
    await tick(page, "campaign-links-districts", "Шӯрообод");
    await asCoordinator("mutation($input: UpdateCampaignInput!) { updateCampaign(input: $input) { userErrors { code } } }", {
      input: { id, version: linked.version, status: "ONGOING" },
    });
    await page.getByTestId("campaign-links-save").click();
    await page.getByTestId("conflict-dialog").waitFor();
    expect((await saved(id)).districts.map((d) => d.name)).toEqual(["Kulob"]);
    await page.getByTestId("conflict-close").click();
    await page.getByTestId("campaign-links-cancel").click();
    await page.getByTestId("campaign-links-dialog").waitFor({ state: "detached" });

    // Archive after the confirmation: gone from the list, found among the archived; restored back.
    await toastsSettled(page);
    await page.getByTestId("archive-toggle").click();
    await page
      .getByRole("alertdialog")
      .getByRole("button", { name: message("tg", "archive.archive") })
      .click();
    await page.getByTestId("campaign-archived-tag").waitFor();
    expect(await page.getByTestId("campaign-edit").count()).toBe(0);
    expect((await saved(id)).archivedAt).not.toBeNull();
    await page.goto(`${baseUrl()}/campaigns`);
    await page.locator('[data-testid="campaigns-list"][data-ready="true"]').waitFor();
    await page.getByTestId("campaigns-table").waitFor();
    expect(await page.getByTestId(`campaign-link-${id}`).count()).toBe(0);
    expect(await campaignsTitled(title)).toEqual([]);
    await page.getByTestId("campaigns-archived").getByText(message("tg", "campaigns.list.archived")).click();
    await page.getByTestId(`campaign-link-${id}`).waitFor();
    expect(page.url()).toContain("archived=1");
    await checkScreen(page, "campaigns-list-archived");
    await page.getByTestId(`campaign-link-${id}`).click();
    await detailReady(page);
    await page.getByTestId("archive-toggle").click();
    await page
      .getByRole("alertdialog")
      .getByRole("button", { name: message("tg", "archive.restore") })
      .click();
    await page.getByTestId("campaign-edit").waitFor();
    expect((await saved(id)).archivedAt).toBeNull();
    expect(problems.filter((p) => !/CONFLICT|409/.test(p))).toEqual([]);

    // Archived again, so the other files' campaign lists stay as the demo data made them.
    await asCoordinator("mutation($id: ID!) { archiveCampaign(input: { id: $id }) { userErrors { code } } }", { id });
    await context.close();
  }, 300_000);

  it("offers a trainer no create, edit or archive button, a typed address says FORBIDDEN, and the API refuses her", async () => {
    const data = await asCoordinator<{ campaigns: { edges: { node: { id: string; version: number; title: string } }[] } }>(
      "{ campaigns(first: 100) { edges { node { id version title } } } }",
    );
    const campaign = data.campaigns.edges.find((e) => e.node.title === DEMO_CAMPAIGN)?.node;
    if (!campaign) throw new Error("the demo data has no campaign");
    const { page, context } = await openPage(browser);
    await signInAs(page, "TRAINER");
    await page.goto(`${baseUrl()}/campaigns`);
    await page.getByTestId("campaigns-table").waitFor();
    expect(await page.getByTestId("campaign-new").count()).toBe(0);
    await page.goto(`${baseUrl()}/campaigns/${campaign.id}`);
    await detailReady(page);
    for (const button of ["campaign-edit", "archive-toggle", "campaign-links-edit", "activity-new"]) {
      expect({ button, count: await page.getByTestId(button).count() }).toEqual({ button, count: 0 });
    }
    await screenshot(page, "campaign-detail-trainer");
    for (const path of ["/campaigns/new", `/campaigns/${campaign.id}/edit`]) {
      await page.goto(`${baseUrl()}${path}`);
      await page.getByTestId("forbidden").waitFor();
      expect(await page.getByTestId("forbidden").textContent()).toContain(message("tg", "errors.request.FORBIDDEN"));
    }
    await context.close();

    const cookie = await sessionCookie(baseUrl(), staffEmail("TRAINER"), STAFF_PASSWORD);
    const attempts: [string, Record<string, unknown>][] = [
      [
        "mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { campaign { id } } }",
        { input: { title: "Not hers", aims: "Refused.", startsOn: "2026-01-01", endsOn: "2026-01-02" } },
      ],
      [
        "mutation($input: UpdateCampaignInput!) { updateCampaign(input: $input) { campaign { id } } }",
        { input: { id: campaign.id, version: campaign.version, title: "Changed by her" } },
      ],
      ["mutation($id: ID!) { archiveCampaign(input: { id: $id }) { campaign { id } } }", { id: campaign.id }],
    ];
    for (const [query, variables] of attempts) {
      const { body } = await graphql(baseUrl(), query, variables, cookie);
      expect(body.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
    }
    const now = await saved(campaign.id);
    expect({ title: now.title, version: now.version, archivedAt: now.archivedAt }).toEqual({
      title: campaign.title,
      version: campaign.version,
      archivedAt: null,
    });
  }, 180_000);
});
