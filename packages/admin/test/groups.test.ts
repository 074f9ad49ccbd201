import { LOCALES } from "@nk/shared";
import type { Browser, Page } from "playwright-core";
import { graphql, sessionCookie } from "./support/api-server.cjs";
import {
  axeViolations,
  baseUrl,
  launchBrowser,
  navTo,
  nextAnswer,
  openPage,
  screenshot,
  setLanguage,
  signInAs,
  untranslatedTexts,
} from "./support/browser";
import { choose, day, toastsSettled } from "./support/casework";
import { message } from "./support/messages";
import { STAFF_NAMES, STAFF_PASSWORD, staffEmail } from "./support/users";

/**
 * The facilitator of these tests is her own account (not the shared one), so the groups she is
 * given here never show on the shared facilitator's home that other files count.
 */
const FACILITATOR = { email: "facilitator-groups@e2e.example.org", password: STAFF_PASSWORD, fullName: "Дилбар Юсупова" };

const cookies = new Map<string, string>();
async function api<T>(email: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let cookie = cookies.get(email);
  if (!cookie) {
    cookie = await sessionCookie(baseUrl(), email, email === FACILITATOR.email ? FACILITATOR.password : STAFF_PASSWORD);
    cookies.set(email, cookie);
  }
  const { body } = await graphql<T>(baseUrl(), query, variables, cookie);
  if (body.errors || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}
const asCoordinator = <T>(query: string, variables: Record<string, unknown> = {}) => api<T>(staffEmail("COORDINATOR"), query, variables);

interface Woman {
  id: string;
  code: string;
  firstName: string;
}
interface Meeting {
  id: string;
  heldOn: string;
  topics: string[];
  decisions: string | null;
  attendance: { count: number; women: { id: string }[] };
}

// Each test walks several screens in three languages on a shared 2-core machine.
jest.setTimeout(180_000);

let browser: Browser;
let facilitatorId: string;
let groupId: string;
let groupName: string;
let women: Woman[];

beforeAll(async () => {
  browser = await launchBrowser();
  const created = await api<{ createUser: { user: { id: string } | null; userErrors: unknown[] } }>(
    staffEmail("ADMIN"),
    "mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } userErrors { code message } } }",
    { input: { ...FACILITATOR, role: "FACILITATOR", unitIds: [] } },
  );
  expect(created.createUser.userErrors).toEqual([]);
  facilitatorId = created.createUser.user?.id ?? "";
  const register = await asCoordinator<{ beneficiaries: { edges: { node: Woman }[] } }>(
    "{ beneficiaries(first: 40) { edges { node { id code firstName } } } }",
  );
  // Two women from the far end of the demo register, whom other files do not use.
  women = register.beneficiaries.edges.slice(-2).map((e) => e.node);
  expect(women).toHaveLength(2);
  const [community] = (
    await asCoordinator<{ communities: { edges: { node: { id: string } }[] } }>("{ communities(first: 1) { edges { node { id } } } }")
  ).communities.edges;
  groupName = `Гурӯҳи Гулистон ${Date.now() % 100000}`;
  const group = await asCoordinator<{ createSelfHelpGroup: { selfHelpGroup: { id: string } | null; userErrors: unknown[] } }>(
    "mutation($input: CreateSelfHelpGroupInput!) { createSelfHelpGroup(input: $input) { selfHelpGroup { id } userErrors { code message } } }",
    { input: { name: groupName, communityId: community?.node.id, foundedOn: day(-400), facilitatorId } },
  );
  expect(group.createSelfHelpGroup.userErrors).toEqual([]);
  groupId = group.createSelfHelpGroup.selfHelpGroup?.id ?? "";
  // One woman is a member already; the facilitator adds the other from the screen.
  const joined = await asCoordinator<{ addGroupMember: { userErrors: unknown[] } }>(
    "mutation($input: AddGroupMemberInput!) { addGroupMember(input: $input) { userErrors { code message } } }",
    { input: { groupId, beneficiaryId: women[0]?.id, joinedOn: day(-300) } },
  );
  expect(joined.addGroupMember.userErrors).toEqual([]);
});
afterAll(async () => {
  await browser?.close();
});

async function meetingsOfGroup(): Promise<Meeting[]> {
  const data = await asCoordinator<{ selfHelpGroup: { meetings: Meeting[] } }>(
    "query($id: ID!) { selfHelpGroup(id: $id) { meetings { id heldOn topics decisions attendance { count women { id } } } } }",
    { id: groupId },
  );
  return data.selfHelpGroup.meetings;
}

/** The screen in Tajik, Russian and English: no untranslated text in tg and ru, a screenshot of each, no serious axe violation. */
async function checkScreen(page: Page, screen: string) {
  await toastsSettled(page);
  expect(await axeViolations(page)).toEqual([]);
  for (const locale of LOCALES) {
    await setLanguage(page, locale);
    expect(await untranslatedTexts(page, locale)).toEqual([]);
    await screenshot(page, screen);
  }
  await setLanguage(page, "tg");
}

describe("self-help groups", () => {
  it("a facilitator lands on her groups, adds a member, records a meeting with attendance once, sees it after a reload, and records an advocacy action", async () => {
    const { page, context, problems } = await openPage(browser);
    await signInAs(page, "FACILITATOR", FACILITATOR);
    expect(new URL(page.url()).pathname).toBe("/groups");
    const table = page.getByTestId("groups-table");
    await table.waitFor();
    expect(await table.locator("tbody tr").count()).toBe(1);
    expect(await table.textContent()).toContain(groupName);
    await checkScreen(page, "groups-home");

    // Her group: she adds the second woman, found in the register by her code.
    await page.getByTestId(`group-link-${groupId}`).click();
    await page.locator("[data-testid='group-detail'][data-ready='true']").waitFor();
    const second = women[1] as Woman;
    await page.getByTestId("group-member-woman").locator("input").fill(second.code);
    await page.getByRole("option", { name: `${second.firstName} · ${second.code}` }).click();
    // The choice taken (the suggestions closed, her name in the field) before the form is sent.
    await page.getByRole("listbox").waitFor({ state: "detached" });
    await page.waitForFunction(
      (label) => (document.querySelector("[data-testid=group-member-woman] input") as HTMLInputElement | null)?.value === label,
      `${second.firstName} · ${second.code}`,
    );
    const added = nextAnswer<{ addGroupMember: { userErrors: unknown[] } }>(page, "AddGroupMember");
    await page.getByTestId("group-member-add").click();
    // The server's answer first, so a refusal is told in its own words.
    const answer = await added;
    expect({ errors: answer.errors, userErrors: answer.data?.addGroupMember.userErrors }).toEqual({ errors: undefined, userErrors: [] });
    const members = page.getByTestId("group-members-table");
    await members.getByText(second.code).waitFor();
    expect(await members.locator("tbody tr").count()).toBe(2);
    // Days of membership: the first joined 300 days ago, the second today.
    const days = await page.getByTestId("group-member-days").allTextContents();
    expect(days).toEqual([
      message("tg", "groups.members.dayCount", { count: 300 }).split(" | ")[2],
      message("tg", "groups.members.dayCount").split(" | ")[0],
    ]);
    await checkScreen(page, "group-detail");

    // The meeting: both women ticked on one sheet, saved by a double tap — recorded once.
    await page.getByTestId("group-meeting-new").click();
    await page.locator("[data-testid='meeting-form'][data-ready='true']").waitFor();
    for (const w of women) await page.getByTestId(`meeting-present-${w.code}`).check();
    await page.getByTestId("meeting-nobody").click();
    expect(await page.getByTestId(`meeting-present-${second.code}`).isChecked()).toBe(false);
    await page.getByTestId("meeting-everyone").click();
    // The keyboard ticks too: space on a focused mark.
    await page.getByTestId(`meeting-present-${second.code}`).focus();
    await page.keyboard.press("Space");
    expect(await page.getByTestId(`meeting-present-${second.code}`).isChecked()).toBe(false);
    await page.keyboard.press("Space");
    expect(await page.getByTestId("meeting-present-count").textContent()).toContain("2");
    await page.getByTestId("meeting-topics").fill("Ҳуқуқи мерос\nКори хурд");
    await page.getByTestId("meeting-decisions").fill("Ба ҷамоат дар бораи чароғҳои кӯча муроҷиат мекунем.");
    await checkScreen(page, "group-meeting-new");
    await page.getByTestId("meeting-save").dblclick();
    await page.locator("[data-testid='group-detail'][data-ready='true']").waitFor();
    const saved = await meetingsOfGroup();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ heldOn: day(0), topics: ["Ҳуқуқи мерос", "Кори хурд"], attendance: { count: 2 } });
    expect(saved[0]?.attendance.women.map((w) => w.id).sort()).toEqual(women.map((w) => w.id).sort());

    await page.reload();
    await page.locator("[data-testid='group-detail'][data-ready='true']").waitFor();
    expect(await page.getByTestId("group-meetings-table").locator("tbody tr").count()).toBe(1);
    expect(await page.getByTestId("group-meeting-present").textContent()).toBe("2");
    expect(await page.getByTestId("group-meetings-table").textContent()).toContain("Ҳуқуқи мерос; Кори хурд");

    // An advocacy action: what was asked, of whom; then its result.
    await page.getByTestId("group-advocacy-new").click();
    await page.locator("[data-testid='advocacy-form'][data-ready='true']").waitFor();
    await choose(page, "advocacy-target-kind", message("tg", "groups.advocacy.target.JAMOAT"));
    await page.getByTestId("advocacy-target-name").fill("Раиси ҷамоати Даҳана");
    await page.getByTestId("advocacy-request").fill("Чароғҳои кӯча дар роҳи мактаб");
    await checkScreen(page, "group-advocacy-new");
    await page.getByTestId("advocacy-save").click();
    await page.locator("[data-testid='group-detail'][data-ready='true']").waitFor();
    await page.getByTestId("group-advocacy-table").waitFor();
    expect(await page.getByTestId("group-advocacy-result").textContent()).toBe(message("tg", "groups.advocacy.result.PENDING"));
    await page.getByTestId("group-advocacy-table").getByRole("button").first().click();
    await page.locator("[data-testid='advocacy-form'][data-ready='true']").waitFor();
    await choose(page, "advocacy-result", message("tg", "groups.advocacy.result.ACHIEVED"));
    await page.getByTestId("advocacy-result-note").fill("Чароғҳо то моҳи оянда гузошта мешаванд.");
    await checkScreen(page, "group-advocacy-result");
    await page.getByTestId("advocacy-save").click();
    await page.locator("[data-testid='group-detail'][data-ready='true']").waitFor();
    await page.getByText(message("tg", "groups.advocacy.result.ACHIEVED"), { exact: true }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it("a coordinator finds the group by its facilitator, changes its stage and sees who, when and why in the history; the figures per group and community", async () => {
    const { page, context, problems } = await openPage(browser);
    await signInAs(page, "COORDINATOR");
    await navTo(page, "group-list");
    await page.getByTestId("group-list").waitFor();
    await choose(page, "groups-facilitator", FACILITATOR.fullName);
    await page.waitForURL((url) => url.searchParams.get("facilitator") === facilitatorId);
    const table = page.getByTestId("group-table");
    await table.getByText(groupName).waitFor();
    expect(await table.locator("tbody tr").count()).toBe(1);
    await checkScreen(page, "group-list");

    await page.getByTestId(`group-link-${groupId}`).click();
    await page.locator("[data-testid='group-detail'][data-ready='true']").waitFor();
    await choose(page, "group-stage-to", message("tg", "values.ACTIVE"));
    await page.getByTestId("group-stage-reason").fill("Гурӯҳ ҳар ҳафта ҷамъ меояд.");
    await page.getByTestId("group-stage-save").click();
    const history = page.getByTestId("group-stage-history");
    await history.getByText("Гурӯҳ ҳар ҳафта ҷамъ меояд.").waitFor();
    const newest = await history.locator("tbody tr").first().textContent();
    expect(newest).toContain(`${message("tg", "values.FORMING")} → ${message("tg", "values.ACTIVE")}`);
    expect(newest).toContain("Гурӯҳ ҳар ҳафта ҷамъ меояд.");
    expect(newest).toContain(STAFF_NAMES.COORDINATOR);
    const [y, m, d] = day(0).split("-");
    expect(newest).toContain(`${d}.${m}.${y}`);
    expect(await page.getByTestId("group-stage-tag").first().textContent()).toBe(message("tg", "values.ACTIVE"));
    const after = await asCoordinator<{
      selfHelpGroup: { stage: string; stageHistory: { toStage: string; changedBy: { fullName: string } | null }[] };
    }>("query($id: ID!) { selfHelpGroup(id: $id) { stage stageHistory { toStage changedBy { fullName } } } }", { id: groupId });
    expect(after.selfHelpGroup.stage).toBe("ACTIVE");
    expect(after.selfHelpGroup.stageHistory.at(-1)).toEqual({ toStage: "ACTIVE", changedBy: { fullName: STAFF_NAMES.COORDINATOR } });
    await checkScreen(page, "group-stage-changed");

    await page.goto(`${baseUrl()}/groups/figures`);
    await page.locator("[data-testid='group-figures'][data-ready='true']").waitFor();
    expect(await page.getByTestId("figures-communities").locator("tbody tr").count()).toBeGreaterThan(0);
    await checkScreen(page, "group-figures");
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe("the group's form", () => {
  it("creates a group once though save is clicked twice, and a stale rename shows the conflict and overwrites nothing", async () => {
    const { page, context, problems } = await openPage(browser);
    await signInAs(page, "COORDINATOR");
    await navTo(page, "group-list");
    await page.getByTestId("group-list").waitFor();
    await page.getByTestId("group-new").click();
    await page.locator("[data-testid='group-form'][data-ready='true']").waitFor();
    const name = `Гурӯҳи Бобоюнус ${Date.now() % 100000}`;
    await page.getByTestId("group-name").fill(name);
    await page.getByTestId("group-community").click();
    await page.locator(".p-select-overlay").getByRole("option").first().click();
    await page.locator(".p-select-overlay").waitFor({ state: "detached" });
    await checkScreen(page, "group-new");
    await page.getByTestId("group-save").dblclick();
    await page.locator("[data-testid='group-detail'][data-ready='true']").waitFor();
    const id = new URL(page.url()).pathname.split("/").at(-1) ?? "";
    const saved = await asCoordinator<{ selfHelpGroup: { name: string; version: number; community: { id: string } } }>(
      "query($id: ID!) { selfHelpGroup(id: $id) { name version community { id } } }",
      { id },
    );
    expect(saved.selfHelpGroup.name).toBe(name);
    const inCommunity = await asCoordinator<{ selfHelpGroups: { edges: { node: { name: string } }[] } }>(
      "query($filter: SelfHelpGroupFilter) { selfHelpGroups(first: 100, filter: $filter) { edges { node { name } } } }",
      { filter: { communityId: saved.selfHelpGroup.community.id } },
    );
    expect(inCommunity.selfHelpGroups.edges.filter((e) => e.node.name === name)).toHaveLength(1);

    // A colleague renames it while the form is open: saving shows the conflict, hers stays to copy.
    await page.getByTestId("group-edit").click();
    await page.locator("[data-testid='group-form'][data-ready='true']").waitFor();
    expect(await page.getByTestId("group-name").inputValue()).toBe(name);
    await page.getByTestId("group-name").fill(`${name} (ман)`);
    const renamed = await asCoordinator<{ updateSelfHelpGroup: { userErrors: unknown[] } }>(
      "mutation($input: UpdateSelfHelpGroupInput!) { updateSelfHelpGroup(input: $input) { userErrors { code } } }",
      { input: { id, version: saved.selfHelpGroup.version, name: `${name} (ҳамкор)` } },
    );
    expect(renamed.updateSelfHelpGroup.userErrors).toEqual([]);
    await page.getByTestId("group-save").click();
    const row = page.getByTestId("conflict-dialog").getByTestId("conflict-name");
    await row.waitFor();
    expect(await row.locator(".conflict-theirs").textContent()).toBe(`${name} (ҳамкор)`);
    expect(await row.locator("textarea").inputValue()).toBe(`${name} (ман)`);
    const after = await asCoordinator<{ selfHelpGroup: { name: string } }>("query($id: ID!) { selfHelpGroup(id: $id) { name } }", { id });
    expect(after.selfHelpGroup.name).toBe(`${name} (ҳамкор)`);
    expect(problems.filter((p) => !/CONFLICT|409/.test(p))).toEqual([]);
    await context.close();
  });
});

describe("support services for women", () => {
  it("adds a service with its contact volunteers and records a month's activity", async () => {
    const { page, context, problems } = await openPage(browser);
    await signInAs(page, "COORDINATOR");
    await navTo(page, "support-services");
    await page.getByTestId("support-service-table").waitFor();
    await checkScreen(page, "support-services");

    await page.getByTestId("support-service-new").click();
    const name = `Нуқтаи машварат ${Date.now() % 100000}`;
    await page.getByTestId("ssw-name").fill(name);
    await page.getByTestId("ssw-kind").fill("Машварати ҳуқуқӣ");
    await page.getByTestId("ssw-community-field").click();
    await page.locator(".p-select-overlay").getByRole("option").first().click();
    await page.getByTestId("ssw-offers").fill("Машварат оид ба ҳуҷҷатҳо ва алимент");
    await page.getByTestId("ssw-contacts").fill("Малика, +992 90 123 45 67\nСаодат");
    await checkScreen(page, "support-service-new");
    await page.getByTestId("ssw-save").click();
    await page.locator("[data-testid='support-service-detail'][data-ready='true']").waitFor();
    expect(await page.getByTestId("support-service-contacts").locator("li").allTextContents()).toEqual([
      "Малика, +992 90 123 45 67",
      "Саодат",
    ]);

    const [y, m] = day(0).split("-").map(Number) as [number, number];
    const month = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
    const [my, mm] = month.split("-");
    expect(await page.getByTestId("ssw-month").locator("input").inputValue()).toBe(`${mm}.${my}`);
    await page.getByTestId("ssw-people").locator("input").fill("17");
    await page.getByTestId("ssw-activity-save").dblclick();
    await page.getByTestId(`ssw-activity-${month}`).waitFor();
    expect(await page.getByTestId(`ssw-activity-${month}`).textContent()).toBe("17");
    const id = new URL(page.url()).pathname.split("/").at(-1);
    const saved = await asCoordinator<{ supportService: { contacts: string[]; activity: { month: string; peopleHelped: number }[] } }>(
      "query($id: ID!) { supportService(id: $id) { contacts activity { month peopleHelped } } }",
      { id },
    );
    expect(saved.supportService.activity).toEqual([{ month: `${month}-01`, peopleHelped: 17 }]);
    await checkScreen(page, "support-service-detail");
    expect(problems).toEqual([]);
    await context.close();
  });
});
