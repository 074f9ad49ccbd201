import { LOCALES } from "@nk/shared";
import type { Browser, Page } from "playwright-core";
import { axeViolations, baseUrl, launchBrowser, openPage, screenshot, setLanguage, signInAs, untranslatedTexts } from "./support/browser";
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

async function partners(): Promise<Partner[]> {
  const data = await asCaseWorker<{ partners: { edges: Array<{ node: Partner }> } }>(
    "{ partners(first: 100) { edges { node { id name acronym } } } }",
  );
  return data.partners.edges.map((e) => e.node);
}

/** Partners she has not consented to share her data with. */
async function partnersWithoutConsent(beneficiaryId: string): Promise<Partner[]> {
  const out: Partner[] = [];
  for (const p of await partners()) {
    const data = await asCaseWorker<{ consentToShare: { id: string } | null }>(
      "query($b: ID!, $p: ID) { consentToShare(beneficiaryId: $b, partnerId: $p) { id } }",
      { b: beneficiaryId, p: p.id },
    );
    if (data.consentToShare === null) out.push(p);
  }
  return out;
}

interface ReferralRow {
  id: string;
  receiverKind: string;
  consentOverrideReason: string | null;
  status: string;
  partner: { id: string } | null;
  consent: { id: string } | null;
}

async function referralsOf(beneficiaryId: string): Promise<ReferralRow[]> {
  const data = await asCaseWorker<{ referrals: { edges: Array<{ node: ReferralRow }> } }>(
    `query($b: ID!) { referrals(first: 100, filter: { beneficiaryId: $b }) {
      edges { node { id receiverKind consentOverrideReason status partner { id } consent { id } } } } }`,
    { b: beneficiaryId },
  );
  return data.referrals.edges.map((e) => e.node);
}

async function crisisUnitName(locale: "ru" | "tg"): Promise<string> {
  const data = await asCaseWorker<{ units: { edges: Array<{ node: { code: string; nameRu: string; nameTg: string } }> } }>(
    "{ units(first: 10) { edges { node { code nameRu nameTg } } } }",
  );
  const unit = data.units.edges.find((e) => e.node.code === "CRISIS")?.node;
  if (!unit) throw new Error("no Crisis Center among the units");
  return locale === "ru" ? unit.nameRu : unit.nameTg;
}

async function inEveryLanguage(page: Page, screen: string, back: "ru" | "tg") {
  for (const locale of LOCALES) {
    await setLanguage(page, locale);
    expect(await untranslatedTexts(page, locale)).toEqual([]);
    await screenshot(page, screen);
  }
  await setLanguage(page, back);
}

describe("referrals", () => {
  it("asks for the override and its reason when she has not consented, then moves through its steps with who and when", async () => {
    const woman = await womanOfCrisisCenter(2);
    const [hospital] = await partnersWithoutConsent(woman.id);
    if (!hospital) throw new Error("every partner has her consent: the demo data changed");
    const before = (await referralsOf(woman.id)).map((r) => r.id);
    const { page, context, problems } = await openPage(browser);
    await signInAs(page, "CASE_WORKER");
    await setLanguage(page, "ru");

    // From her page: the form knows the woman from the address.
    await page.goto(`${baseUrl()}/referrals/new?beneficiaryId=${woman.id}`);
    await page.getByTestId("referral-form-fields").waitFor();
    await page.waitForFunction(
      (code) => (document.querySelector("[data-testid=referral-beneficiary] input") as HTMLInputElement | null)?.value.includes(code),
      woman.code,
    );
    await choose(page, "referral-unit", await crisisUnitName("ru"));
    // A registered partner, referred as what it is: a hospital.
    await choose(page, "referral-partner", partnerLabel(hospital));
    await choose(page, "referral-kind", message("ru", "referrals.receiverKind.HOSPITAL"));
    await page.getByTestId("referral-reason").fill("Нужен медицинский осмотр после побоев.");
    await page.getByTestId("referral-consent-missing").waitFor();
    expect(await page.getByTestId("referral-consent-missing").textContent()).toBe(message("ru", "referrals.consent.missing"));
    expect(await page.getByTestId("referral-consent").textContent()).toContain(message("ru", "referrals.consent.audited"));
    expect(await axeViolations(page)).toEqual([]);
    await inEveryLanguage(page, "referral-new-no-consent", "ru");

    // Without a reason nothing is made, and the form says why.
    await page.getByTestId("referral-save").click();
    await page.getByTestId("referral-shares-errors").waitFor();
    expect(await page.getByTestId("referral-shares-errors").textContent()).toBe(message("ru", "userErrors.REQUIRED.generic"));
    expect((await referralsOf(woman.id)).filter((r) => !before.includes(r.id))).toEqual([]);

    // With the written reason: one referral however often she clicks.
    const reason = "Сильное кровотечение, ей нужна помощь сейчас; спросить согласие невозможно.";
    await page.getByTestId("referral-override").fill(reason);
    await page.getByTestId("referral-save").dblclick();
    await page.getByTestId("referral-detail").waitFor();
    const made = (await referralsOf(woman.id)).filter((r) => !before.includes(r.id));
    expect(made).toEqual([
      {
        id: expect.any(String),
        receiverKind: "HOSPITAL",
        consentOverrideReason: reason,
        status: "IN_PROGRESS",
        partner: { id: hospital.id },
        consent: null,
      },
    ]);
    expect(await page.getByTestId("referral-sharing").textContent()).toBe(message("ru", "referrals.sharing.overrideWith", { reason }));
    await page.getByTestId("referral-history-IN_PROGRESS").getByText(STAFF_NAMES.CASE_WORKER, { exact: false }).waitFor();

    // Status steps: accepted, then done; each with who and when.
    await page.getByTestId("referral-to-ACCEPTED").click();
    await page.getByTestId("referral-history-ACCEPTED").waitFor();
    expect(await page.getByTestId("referral-status").textContent()).toBe(message("ru", "referrals.status.ACCEPTED"));
    expect(await page.getByTestId("referral-to-REJECTED").count()).toBe(0);
    expect(await page.getByTestId("referral-history-ACCEPTED").textContent()).toMatch(
      new RegExp(`\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d · ${STAFF_NAMES.CASE_WORKER}`),
    );
    await page.getByTestId("referral-to-DONE").click();
    await page.getByTestId("referral-final").waitFor();
    expect(await page.getByTestId("referral-history").locator("li").count()).toBe(3);
    expect((await referralsOf(woman.id)).find((r) => r.id === made[0]?.id)?.status).toBe("DONE");
    await toastsSettled(page);
    expect(await axeViolations(page)).toEqual([]);
    await inEveryLanguage(page, "referral-detail", "ru");

    // The list, by status and receiver, keeps its filters in the address.
    await page.goto(`${baseUrl()}/referrals?status=DONE&partner=${hospital.id}`);
    await page.getByTestId(`referral-link-${made[0]?.id}`).waitFor();
    await page.goto(`${baseUrl()}/referrals?status=REVOKED&partner=${hospital.id}`);
    await page.getByTestId("request-empty").waitFor();
    await page.goto(`${baseUrl()}/referrals?kind=HOSPITAL`);
    await page.getByTestId(`referral-link-${made[0]?.id}`).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await inEveryLanguage(page, "referrals-list", "ru");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("shows her consent to that receiver and asks for no override; another body is named in words", async () => {
    const woman = await womanOfCrisisCenter(3);
    const [partner] = await partnersWithoutConsent(woman.id);
    if (!partner) throw new Error("every partner has her consent: the demo data changed");
    await asCaseWorker(`mutation($input: RecordConsentInput!) { recordConsent(input: $input) { userErrors { code } } }`, {
      input: { beneficiaryId: woman.id, scope: "SHARING", partnerId: partner.id },
    });
    const { page, context, problems } = await openPage(browser);
    await signInAs(page, "CASE_WORKER");
    await page.goto(`${baseUrl()}/referrals/new?beneficiaryId=${woman.id}`);
    await page.getByTestId("referral-form-fields").waitFor();
    await choose(page, "referral-partner", partnerLabel(partner));
    await page.getByTestId("referral-consent-given").waitFor();
    expect(await page.getByTestId("referral-override").count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await inEveryLanguage(page, "referral-new-consent", "tg");

    // Another body, named in words: she has not consented to it.
    await page.getByTestId("referral-receiver-type").getByText(message("tg", "referrals.form.toOther")).click();
    await page.getByTestId("referral-receiver-name").fill("ШКД ноҳияи Кӯлоб");
    await page.getByTestId("referral-consent-missing").waitFor();
    await page.getByTestId("referral-override").waitFor();
    expect(await untranslatedTexts(page, "tg")).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
