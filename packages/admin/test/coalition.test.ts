import type { Browser, Page } from "playwright-core";
import { baseUrl, launchBrowser, navTo, openPage, setLanguage, signInAs, untranslatedTexts } from "./support/browser";
import { choose, day, toastsSettled, typeDay } from "./support/casework";
import { asCoordinator, checkScreen, figure, settled, typeNumber } from "./support/coalition";
import { message } from "./support/messages";

interface District {
  id: string;
  name: string;
  nameRu: string;
  nameTg: string;
}
interface Cell {
  column: string;
  value: number | null;
  suppressed: boolean;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function theCampaign() {
  const data = await asCoordinator<{
    campaigns: { edges: { node: { id: string; title: string; startsOn: string; endsOn: string; districts: District[] } }[] };
  }>("{ campaigns(first: 100) { edges { node { id title startsOn endsOn districts { id name nameRu nameTg } } } } }");
  // The demo data's, not one another test file may be creating meanwhile (campaigns.test.ts).
  const campaign = data.campaigns.edges.find((e) => e.node.title === "16 рӯзи фаъолнокӣ бар зидди зӯроварии гендерӣ 2025")?.node;
  if (!campaign) throw new Error("the demo data has no campaign");
  return campaign;
}

/** Women and men reached in a district, as the by-district chart's table (for screen readers) says. */
async function chartReach(page: Page, districtName: string) {
  const row = page.getByTestId("totals-by-district").locator("tbody tr", { has: page.locator("th", { hasText: districtName }) });
  const cells = row.locator("td");
  return { women: figure(await cells.nth(0).textContent()), men: figure(await cells.nth(1).textContent()) };
}

/** The last calendar quarter that has ended, in Dushanbe. */
function lastEndedQuarter() {
  const today = day(0);
  const q = Math.floor((Number(today.slice(5, 7)) - 1) / 3);
  return q === 0 ? { year: Number(today.slice(0, 4)) - 1, quarter: 4 } : { year: Number(today.slice(0, 4)), quarter: q };
}

describe("campaigns", () => {
  it("records an NK activity, sees the totals chart change, then corrects it", async () => {
    const { page, context, problems } = await openPage(browser);
    await signInAs(page, "COORDINATOR");
    const campaign = await theCampaign();
    const district = campaign.districts.find((d) => d.name === "Kulob") ?? campaign.districts[0];
    if (!district) throw new Error("the demo campaign has no district");

    await navTo(page, "campaigns");
    await page.getByTestId(`campaign-link-${campaign.id}`).waitFor();
    await checkScreen(page, "campaigns-list");
    await page.getByTestId(`campaign-link-${campaign.id}`).click();
    await page.locator('[data-testid="campaign-detail"][data-ready="true"]').waitFor();
    await page.getByTestId("totals-by-district").locator("canvas").waitFor();
    const before = await chartReach(page, district.nameTg);
    const overallBefore = figure(await page.getByTestId("campaign-reached").getByTestId("figure-value").textContent());
    await checkScreen(page, "campaign-detail");

    // Record: 4 + 3 women, 2 men, in the district, on the campaign's first day.
    await setLanguage(page, "ru");
    await page.getByTestId("activity-new").click();
    await page.locator('[data-testid="activity-form"][data-ready="true"]').waitFor();
    const title = `Беседа в махалле ${Date.now()}`;
    await page.getByTestId("activity-title").fill(title);
    await typeDay(page, "activity-held", campaign.startsOn);
    await choose(page, "activity-district", district.nameRu);
    await typeNumber(page, "activity-women18to29", 4);
    await typeNumber(page, "activity-women30to49", 3);
    await typeNumber(page, "activity-men30to49", 2);
    await checkScreen(page, "activity-form");
    await page.getByTestId("activity-save").dblclick();
    await page.locator('[data-testid="campaign-detail"][data-ready="true"]').waitFor();
    await page.getByTestId("campaign-activities").locator("tr", { hasText: title }).waitFor();
    expect(await page.getByTestId("campaign-activities").locator("tr", { hasText: title }).count()).toBe(1);
    expect(await settled(() => chartReach(page, district.nameTg), { women: before.women + 7, men: before.men + 2 })).toEqual({
      women: before.women + 7,
      men: before.men + 2,
    });
    expect(figure(await page.getByTestId("campaign-reached").getByTestId("figure-value").textContent())).toBe(overallBefore + 9);

    // Correct it: 10 women of 18–29 instead of 4.
    await setLanguage(page, "ru");
    await page.getByTestId("campaign-activities").locator("tr", { hasText: title }).getByRole("button").click();
    await page.locator('[data-testid="activity-form"][data-ready="true"]').waitFor();
    await typeNumber(page, "activity-women18to29", 10);
    await page.getByTestId("activity-save").click();
    await page.locator('[data-testid="campaign-detail"][data-ready="true"]').waitFor();
    await setLanguage(page, "tg");
    expect(await settled(() => chartReach(page, district.nameTg), { women: before.women + 13, men: before.men + 2 })).toEqual({
      women: before.women + 13,
      men: before.men + 2,
    });
    expect(problems).toEqual([]);
    await context.close();
    // Nine screens in three languages each, on a shared machine: longer than the default minute.
  }, 180_000);
});

describe("statistics", () => {
  it("shows a withheld cell as withheld, never as 0, with the reason, and shows the others as the API counts them", async () => {
    const period = lastEndedQuarter();
    const data = await asCoordinator<{ statisticsTable: { rows: { key: string; cells: Cell[] }[]; minimumCount: number } }>(
      "query($p: StatisticsPeriodInput!) { statisticsTable(input: { table: WOMEN_SUPPORTED_BY_ASSISTANCE_AND_DISTRICT, period: $p }) { minimumCount rows { key cells { column value suppressed } } } }",
      { p: period },
    );
    const cells = data.statisticsTable.rows.flatMap((r) => r.cells.map((c) => ({ ...c, row: r.key })));
    const withheld = cells.find((c) => c.suppressed);
    const shown = cells.find((c) => !c.suppressed);
    expect(withheld).toBeDefined();
    expect(shown).toBeDefined();

    const { page, context, problems } = await openPage(browser);
    await signInAs(page, "COORDINATOR");
    await navTo(page, "statistics");
    await page.locator('[data-testid="statistics"][data-ready="true"]').waitFor();
    for (const locale of ["tg", "ru"] as const) {
      await setLanguage(page, locale);
      const cell = page.getByTestId(`cell-${withheld?.row}-${withheld?.column}`);
      expect(await cell.getAttribute("data-suppressed")).toBe("true");
      const text = (await cell.locator('[aria-hidden="true"]').textContent())?.trim();
      expect(text).toBe("—");
      expect(text).not.toBe("0");
      expect((await cell.textContent())?.trim()).toBe(`—${message(locale, "statistics.withheld")}`);
      expect(await page.getByTestId("statistics-legend").textContent()).toContain(
        message(locale, "statistics.legend", { min: String(data.statisticsTable.minimumCount) }),
      );
      expect(await page.getByTestId("statistics-why").textContent()).toBe(
        message(locale, "statistics.why", { min: String(data.statisticsTable.minimumCount) }),
      );
    }
    expect(figure(await page.getByTestId(`cell-${shown?.row}-${shown?.column}`).textContent())).toBe(shown?.value);
    await checkScreen(page, "statistics");

    // A quarter too small to publish is refused in words, and the address keeps the choice.
    await page.goto(`${baseUrl()}/statistics?table=SHELTER_ADMISSIONS_BY_MONTH_AND_DISTRICT&year=2020&quarter=1`);
    await page.getByTestId("request-error").waitFor();
    expect(await page.getByTestId("request-error").textContent()).toContain(message("tg", "statistics.tooFew"));
    expect(await untranslatedTexts(page, "tg")).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("is not offered to a trainer, and a typed address says FORBIDDEN in words", async () => {
    const { page, context } = await openPage(browser);
    await signInAs(page, "TRAINER");
    await page.getByTestId("nav-partners").waitFor({ state: "attached" });
    expect(await page.getByTestId("nav-statistics").count()).toBe(0);
    await page.goto(`${baseUrl()}/statistics`);
    await page.getByTestId("forbidden").waitFor();
    expect(await page.getByTestId("forbidden").textContent()).toContain(message("tg", "errors.request.FORBIDDEN"));
    await page.goto(`${baseUrl()}/partners`);
    await page.getByTestId("partners-table").waitFor();
    expect(await page.getByTestId("partner-new").count()).toBe(0);
    await context.close();
  });
});

describe("council", () => {
  it("lists the members of the Kulob regional council over time, adds one and records another leaving", async () => {
    const data = await asCoordinator<{
      coalitions: {
        edges: {
          node: { councils: { id: string; chairedByNk: boolean; members: { leftOn: string | null; partner: { id: string } }[] }[] };
        }[];
      };
      partners: { edges: { node: { id: string; name: string; acronym: string | null } }[] };
    }>(
      "{ coalitions(first: 5) { edges { node { councils { id chairedByNk members { leftOn partner { id } } } } } } partners(first: 100) { edges { node { id name acronym } } } }",
    );
    const council = data.coalitions.edges.flatMap((e) => e.node.councils).find((c) => c.chairedByNk);
    if (!council) throw new Error("the demo data has no council chaired by NK");
    const current = council.members.filter((m) => !m.leftOn).map((m) => m.partner.id);
    const joining = data.partners.edges.map((e) => e.node).find((p) => !current.includes(p.id));
    const leaving = current[0];
    if (!joining || !leaving) throw new Error("the demo council needs a member and a partner outside it");

    const { page, context, problems } = await openPage(browser);
    await signInAs(page, "COORDINATOR");
    await navTo(page, "coalition");
    const card = page.getByTestId(`council-${council.id}`);
    await card.getByTestId("council-members").waitFor();
    expect(await card.getByTestId("council-chair").textContent()).toBe(message("tg", "coalition.chairNk"));
    expect(await card.getByTestId("council-members").locator("tbody tr").count()).toBe(current.length);
    await checkScreen(page, "coalition");

    await setLanguage(page, "ru");
    await card.getByTestId("council-add-member").click();
    await choose(page, "member-partner", joining.acronym ? `${joining.name} (${joining.acronym})` : joining.name);
    await typeDay(page, "member-joined", day(-40));
    await checkScreen(page, "council-add-member");
    await page.getByTestId("member-add-confirm").click();
    await card.getByTestId(`member-${joining.id}`).waitFor();
    await toastsSettled(page);

    await setLanguage(page, "ru");
    await card.getByTestId(`member-remove-${leaving}`).click();
    await typeDay(page, "member-left", day(-1));
    await page.getByTestId("member-remove-confirm").click();
    await card.getByTestId(`member-${leaving}`).waitFor({ state: "detached" });
    expect(await card.getByTestId("council-members").locator("tbody tr").count()).toBe(current.length);

    // Over time: the one who left is still there, with the day she left.
    await card.getByTestId("council-members-shown").getByRole("button").nth(1).click();
    const former = card.getByTestId(`member-${leaving}`);
    await former.waitFor();
    expect(await former.getAttribute("data-left")).toBe("true");
    const [y, m, d] = day(-1).split("-");
    expect(await former.textContent()).toContain(`${d}.${m}.${y}`);
    const saved = await asCoordinator<{
      coalitions: { edges: { node: { councils: { id: string; members: { leftOn: string | null; partner: { id: string } }[] }[] } }[] };
    }>("{ coalitions(first: 5) { edges { node { councils { id members { leftOn partner { id } } } } } } }");
    const members = saved.coalitions.edges.flatMap((e) => e.node.councils).find((c) => c.id === council.id)?.members ?? [];
    expect(members.find((x) => x.partner.id === leaving)?.leftOn).toBe(day(-1));
    expect(members.find((x) => x.partner.id === joining.id && !x.leftOn)).toBeDefined();
    await checkScreen(page, "coalition-over-time");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("creates a council (a double click creates one), edits it, and a stale edit shows the conflict", async () => {
    const data = await asCoordinator<{ partners: { edges: { node: { id: string; name: string; acronym: string | null } }[] } }>(
      "{ partners(first: 100) { edges { node { id name acronym } } } }",
    );
    const chair = data.partners.edges[0]?.node;
    if (!chair) throw new Error("the demo data has no partner");
    const chairLabel = chair.acronym ? `${chair.name} (${chair.acronym})` : chair.name;
    const name = `Шӯрои минтақавии Ҳамадонӣ ${Date.now()}`;
    const councilsNamed = async () => {
      const all = await asCoordinator<{
        coalitions: {
          edges: {
            node: {
              councils: {
                id: string;
                name: string;
                region: string;
                version: number;
                chairedByNk: boolean;
                chairPartner: { id: string } | null;
              }[];
            };
          }[];
        };
      }>("{ coalitions(first: 5) { edges { node { councils { id name region version chairedByNk chairPartner { id } } } } } }");
      return all.coalitions.edges.flatMap((e) => e.node.councils).filter((c) => c.name === name);
    };

    const { page, context, problems } = await openPage(browser);
    await signInAs(page, "COORDINATOR");
    await navTo(page, "coalition");
    await page.getByTestId("council-new").first().click();
    await page.locator('[data-testid="council-form"][data-ready="true"]').waitFor();
    // A name too short is refused on its field by the API.
    await page.getByTestId("council-name").fill("Ш");
    await page.getByTestId("council-region").fill("Ҳамадонӣ");
    await page.getByTestId("council-save").click();
    await page.getByTestId("council-name-errors").waitFor();
    await checkScreen(page, "council-form-errors");
    await page.getByTestId("council-name").fill(name);
    await choose(page, "council-chair-select", chairLabel);
    await checkScreen(page, "council-form-new");
    await page.getByTestId("council-save").dblclick();
    await page.locator('[data-testid="coalition"][data-ready="true"]').waitFor();
    const created = await councilsNamed();
    expect(created.map((c) => ({ region: c.region, chairedByNk: c.chairedByNk, chair: c.chairPartner?.id }))).toEqual([
      { region: "Ҳамадонӣ", chairedByNk: false, chair: chair.id },
    ]);
    const id = created[0]?.id ?? "";
    const card = page.getByTestId(`council-${id}`);
    expect(await card.getByTestId("council-chair").textContent()).toBe(chair.name);
    await toastsSettled(page);

    // Edit: NK takes the chair, the region changes.
    await setLanguage(page, "ru");
    await card.getByTestId("council-edit").click();
    await page.locator('[data-testid="council-form"][data-ready="true"]').waitFor();
    expect(await page.getByTestId("council-name").inputValue()).toBe(name);
    await page.getByTestId("council-region").fill("Ҳамадонӣ ва Кӯлоб");
    await choose(page, "council-chair-select", message("ru", "coalition.chairNk"));
    await checkScreen(page, "council-form-edit");
    await page.getByTestId("council-save").click();
    await card
      .getByTestId("council-chair")
      .filter({ hasText: message("tg", "coalition.chairNk") })
      .waitFor();
    const edited = await councilsNamed();
    expect(edited.map((c) => ({ region: c.region, chairedByNk: c.chairedByNk, chair: c.chairPartner }))).toEqual([
      { region: "Ҳамадонӣ ва Кӯлоб", chairedByNk: true, chair: null },
    ]);
    await toastsSettled(page);

    // A colleague renames it meanwhile: saving shows the conflict and overwrites nothing.
    await card.getByTestId("council-edit").click();
    await page.locator('[data-testid="council-form"][data-ready="true"]').waitFor();
    await page.getByTestId("council-region").fill("Минтақаи ман");
    await asCoordinator("mutation($input: UpdateCouncilInput!) { updateCouncil(input: $input) { userErrors { code } } }", {
      input: { id, version: edited[0]?.version, region: "Минтақаи ҳамкор" },
    });
    await page.getByTestId("council-save").click();
    const row = page.getByTestId("conflict-dialog").getByTestId("conflict-region");
    await row.waitFor();
    expect(await row.locator(".conflict-theirs").textContent()).toBe("Минтақаи ҳамкор");
    expect(await row.locator("textarea").inputValue()).toBe("Минтақаи ман");
    await checkScreen(page, "council-conflict");
    expect((await councilsNamed()).map((c) => c.region)).toEqual(["Минтақаи ҳамкор"]);
    expect(problems.filter((p) => !/CONFLICT|409/.test(p))).toEqual([]);
    await context.close();
  }, 180_000);

  it("offers no council form to a trainer, and a typed address shows FORBIDDEN", async () => {
    const { page, context } = await openPage(browser);
    await signInAs(page, "TRAINER");
    await page.goto(`${baseUrl()}/coalition`);
    await page.locator('[data-testid="coalition"][data-ready="true"]').waitFor();
    expect(await page.getByTestId("council-new").count()).toBe(0);
    expect(await page.getByTestId("council-edit").count()).toBe(0);
    await page.goto(`${baseUrl()}/coalition/councils/new`);
    await page.getByTestId("forbidden").waitFor();
    expect(await page.getByTestId("council-form").count()).toBe(0);
    await context.close();
  });
});
