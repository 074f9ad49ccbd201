import { LOCALES, type Locale } from "@nk/shared";
import type { Browser, Page } from "playwright-core";
import {
  axeViolations,
  baseUrl,
  launchBrowser,
  openPage,
  operationOf,
  screenshot,
  setLanguage,
  signInAs,
  untranslatedTexts,
} from "./support/browser";
import { asCaseWorker, choose, toastsSettled, womanOfCrisisCenter } from "./support/casework";
import { message } from "./support/messages";
import { STAFF_NAMES } from "./support/users";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Partner {
  id: string;
  name: string;
  acronym: string | null;
}
const partnerLabel = (p: Partner) => (p.acronym ? `${p.name} (${p.acronym})` : p.name);

/** A registered partner she has given no consent to share her data with. */
async function partnerWithoutConsent(beneficiaryId: string): Promise<Partner> {
  const data = await asCaseWorker<{ partners: { edges: Array<{ node: Partner }> } }>(
    "{ partners(first: 100) { edges { node { id name acronym } } } }",
  );
  for (const { node } of data.partners.edges) {
    const consent = await asCaseWorker<{ consentToShare: { id: string } | null }>(
      "query($b: ID!, $p: ID) { consentToShare(beneficiaryId: $b, partnerId: $p) { id } }",
      { b: beneficiaryId, p: node.id },
    );
    if (consent.consentToShare === null) return node;
  }
  throw new Error("every partner has her consent: the demo data changed");
}

interface ReferralRow {
  id: string;
  consentOverrideReason: string | null;
  consent: { id: string } | null;
}
async function referralsTo(beneficiaryId: string, partnerId: string): Promise<ReferralRow[]> {
  const data = await asCaseWorker<{ referrals: { edges: Array<{ node: ReferralRow }> } }>(
    `query($b: ID!, $p: ID) { referrals(first: 100, filter: { beneficiaryId: $b, partnerId: $p }) {
      edges { node { id consentOverrideReason consent { id } } } } }`,
    { b: beneficiaryId, p: partnerId },
  );
  return data.referrals.edges.map((e) => e.node);
}

async function crisisUnit(): Promise<{ id: string; nameTg: string; nameRu: string }> {
  const data = await asCaseWorker<{ units: { edges: Array<{ node: { id: string; code: string; nameRu: string; nameTg: string } }> } }>(
    "{ units(first: 10) { edges { node { id code nameRu nameTg } } } }",
  );
  const unit = data.units.edges.find((e) => e.node.code === "CRISIS")?.node;
  if (!unit) throw new Error("no Crisis Center among the units");
  return unit;
}

/** The operation names of the GraphQL requests the page sends from now on. */
function recordOperations(page: Page): string[] {
  const operations: string[] = [];
  page.on("request", (request) => {
    const operation = operationOf(request);
    if (operation) operations.push(operation);
  });
  return operations;
}

async function herPageReady(page: Page) {
  await page.locator("[data-testid=beneficiary-detail][data-ready=true]").waitFor();
  await page.getByTestId("consents").waitFor();
}

/** Each language: no untranslated text (but in English), a screenshot; axe once, in Tajik. */
async function inEveryLanguage(page: Page, screen: string, back: Locale) {
  expect(await axeViolations(page)).toEqual([]);
  for (const locale of LOCALES) {
    await setLanguage(page, locale);
    expect(await untranslatedTexts(page, locale)).toEqual([]);
    await screenshot(page, screen);
  }
  await setLanguage(page, back);
}

describe("her page", () => {
  it("records her consent to share on the timeline, refers her with it and, once withdrawn, only with a written override", async () => {
    const woman = await womanOfCrisisCenter(6);
    const partner = await partnerWithoutConsent(woman.id);
    const unit = await crisisUnit();
    const { page, context, problems } = await openPage(browser);
    await signInAs(page, "CASE_WORKER");
    await setLanguage(page, "tg");

    // Her page reads her record, her consents and her lists in one request.
    const operations = recordOperations(page);
    await page.goto(`${baseUrl()}/beneficiaries/${woman.id}`);
    await herPageReady(page);
    await page.waitForLoadState("networkidle");
    expect(operations.filter((op) => op === "HerPage")).toHaveLength(1);
    expect(
      operations.filter((op) => /^(Her(Cases|Services|Referrals|ShelterStays|Consents)|Cases|Services|Referrals|ShelterStays)$/.test(op)),
    ).toEqual([]);
    expect(operations.length).toBeLessThanOrEqual(3);
    console.log(`her page requests: ${operations.join(", ")}`);

    // Record her consent to share her data with the partner, given today, with a note.
    await page.getByTestId("consent-record").click();
    await page.getByTestId("consent-dialog").waitFor();
    await choose(page, "consent-scope", message("tg", "beneficiaries.consentScope.SHARING"));
    await choose(page, "consent-partner", partnerLabel(partner));
    const note = "Розигиро шифоҳӣ дар ҳузури хоҳараш дод.";
    await page.getByTestId("consent-note").fill(note);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "consent-record");
    await page.getByTestId("consent-save").dblclick();
    await page.getByTestId("consent-dialog").waitFor({ state: "detached" });
    const given = page.locator("[data-testid=consent-step-given][data-scope=SHARING]").filter({ hasText: partner.name });
    await given.waitFor();
    expect(await given.count()).toBe(1);
    expect(await given.textContent()).toContain(note);
    expect(await given.textContent()).toContain(message("tg", "beneficiaries.consents.recordedBy", { name: STAFF_NAMES.CASE_WORKER }));
    await toastsSettled(page);
    await inEveryLanguage(page, "her-page", "tg");

    // A referral from her page to that partner: her consent is found, no override asked; back on her page.
    await page.getByTestId("her-make-referral").click();
    await page.getByTestId("referral-form-fields").waitFor();
    await page.waitForFunction(
      (code) => (document.querySelector("[data-testid=referral-beneficiary] input") as HTMLInputElement | null)?.value.includes(code),
      woman.code,
    );
    await choose(page, "referral-unit", unit.nameTg);
    await choose(page, "referral-partner", partnerLabel(partner));
    await page.getByTestId("referral-consent-given").waitFor();
    expect(await page.getByTestId("referral-override").count()).toBe(0);
    await page.getByTestId("referral-save").click();
    await page.waitForURL(`${baseUrl()}/beneficiaries/${woman.id}`);
    await herPageReady(page);
    const first = await referralsTo(woman.id, partner.id);
    expect(first).toEqual([{ id: expect.any(String), consentOverrideReason: null, consent: { id: expect.any(String) } }]);
    await page.getByTestId("her-referrals").locator(`a[href="/referrals/${first[0]?.id}"]`).waitFor();

    // She withdraws it: the day is asked and confirmed; the timeline keeps both steps.
    await given.getByTestId("consent-withdraw").click();
    await page.getByTestId("consent-withdraw-dialog").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "consent-withdraw");
    await page.getByTestId("consent-withdraw-confirm").click();
    await page.getByTestId("consent-withdraw-dialog").waitFor({ state: "detached" });
    const withdrawn = page.locator("[data-testid=consent-step-withdrawn][data-scope=SHARING]").filter({ hasText: partner.name });
    await withdrawn.waitFor();
    expect(await given.getByTestId("consent-withdraw").count()).toBe(0);

    // Another referral to that partner now needs the override with its reason.
    await page.getByTestId("her-make-referral").click();
    await page.getByTestId("referral-form-fields").waitFor();
    await choose(page, "referral-unit", unit.nameTg);
    await choose(page, "referral-partner", partnerLabel(partner));
    await page.getByTestId("referral-consent-missing").waitFor();
    await page.getByTestId("referral-save").click();
    await page.getByTestId("referral-shares-errors").waitFor();
    expect(await referralsTo(woman.id, partner.id)).toHaveLength(1);
    const reason = "Ӯ дар беморхона аст ва ҳоло розигӣ дода наметавонад; ёрии фаврӣ лозим.";
    await page.getByTestId("referral-override").fill(reason);
    await page.getByTestId("referral-save").click();
    await page.waitForURL(`${baseUrl()}/beneficiaries/${woman.id}`);
    await herPageReady(page);
    const both = await referralsTo(woman.id, partner.id);
    expect(both.find((r) => r.id !== first[0]?.id)).toEqual({ id: expect.any(String), consentOverrideReason: reason, consent: null });
    await page.locator("[data-testid=her-referrals] li").nth(1).waitFor();
    await toastsSettled(page);
    await setLanguage(page, "ru");
    expect(await untranslatedTexts(page, "ru")).toEqual([]);
    await screenshot(page, "her-page-withdrawn");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("records a service from her case's page and lands back on it", async () => {
    const woman = await womanOfCrisisCenter(7);
    const unit = await crisisUnit();
    const opened = await asCaseWorker<{ openCase: { case: { id: string } | null } }>(
      "mutation($input: OpenCaseInput!) { openCase(input: $input) { case { id } userErrors { code } } }",
      { input: { beneficiaryId: woman.id, unitId: unit.id, riskLevel: "MEDIUM" } },
    );
    const caseId = opened.openCase.case?.id;
    if (!caseId) throw new Error("the case could not be opened");
    const { page, context, problems } = await openPage(browser);
    await signInAs(page, "CASE_WORKER");
    await setLanguage(page, "ru");
    await page.goto(`${baseUrl()}/cases/${caseId}`);
    await page.locator("[data-testid=case-detail][data-ready=true]").waitFor();
    await page.getByTestId("case-record-service").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await untranslatedTexts(page, "ru")).toEqual([]);
    await screenshot(page, "case-with-links");

    await page.getByTestId("case-record-service").click();
    await page.getByTestId("service-form-fields").waitFor();
    expect(new URL(page.url()).searchParams.get("caseId")).toBe(caseId);
    await choose(page, "service-unit", unit.nameRu);
    await choose(page, "service-kind", message("ru", "services.kind.PSYCHOLOGICAL"));
    await page.getByTestId("service-subtype").click();
    await page.locator(".p-select-overlay").getByRole("option").first().click();
    await page.locator(".p-select-overlay").waitFor({ state: "detached" });
    await page.getByTestId("service-save").click();
    await page.waitForURL(`${baseUrl()}/cases/${caseId}`);
    await page.locator("[data-testid=case-services] tbody tr").first().waitFor();
    const services = await asCaseWorker<{ case: { services: { id: string; kind: string }[] } }>(
      "query($id: ID!) { case(id: $id) { services { id kind } } }",
      {
        id: caseId,
      },
    );
    expect(services.case.services).toEqual([{ id: expect.any(String), kind: "PSYCHOLOGICAL" }]);
    expect(await page.locator("[data-testid=case-services] tbody tr").count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("shows the case worker's overdue follow-ups on her home, each completed from there", async () => {
    const woman = await womanOfCrisisCenter(8);
    const unit = await crisisUnit();
    // The oldest deadline of all, so it is first among the overdue ones.
    const recorded = await asCaseWorker<{ recordService: { service: { id: string } | null } }>(
      "mutation($input: RecordServiceInput!) { recordService(input: $input) { service { id } userErrors { code } } }",
      {
        input: {
          beneficiaryId: woman.id,
          unitId: unit.id,
          kind: "LEGAL",
          subtype: "ALIMONY",
          providedOn: "2020-01-01",
          outcome: "PROVIDED",
          followUpDueOn: "2020-01-02",
        },
      },
    );
    const serviceId = recorded.recordService.service?.id;
    if (!serviceId) throw new Error("the service could not be recorded");
    const { page, context, problems } = await openPage(browser);
    await signInAs(page, "CASE_WORKER");
    await setLanguage(page, "tg");
    await page.goto(`${baseUrl()}/caseload`);
    const complete = page.getByTestId(`caseload-complete-${serviceId}`);
    await complete.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await untranslatedTexts(page, "tg")).toEqual([]);
    await screenshot(page, "caseload");
    await complete.click();
    await complete.waitFor({ state: "detached" });
    const done = await asCaseWorker<{ service: { followUpDoneAt: string | null; overdue: boolean } }>(
      "query($id: ID!) { service(id: $id) { followUpDoneAt overdue } }",
      { id: serviceId },
    );
    expect(done.service).toEqual({ followUpDoneAt: expect.any(String), overdue: false });
    expect(problems).toEqual([]);
    await context.close();
  });
});
