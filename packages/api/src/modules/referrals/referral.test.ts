import { graphql } from "../../../test/gql";
import { type Client, failures, present, startTestPlatform, type TestPlatform } from "../../../test/harness";

const CONSENT = graphql(`mutation ReferralRecordConsent($input: RecordConsentInput!) { recordConsent(input: $input) {
  consent { id scope receiverName givenAt withdrawnAt partner { name } } userErrors { field message code } } }`);
const REFER = graphql(`mutation ReferralMakeReferral($input: MakeReferralInput!) { makeReferral(input: $input) {
  referral { id status version sharesPersonalData consent { id } consentOverrideReason history { fromStatus toStatus changedAt } }
  userErrors { field message code } } }`);
const STATUS = graphql(`mutation ReferralChangeReferralStatus($input: ChangeReferralStatusInput!) { changeReferralStatus(input: $input) {
  referral { status version nextStatuses history { fromStatus toStatus } } userErrors { field message code } } }`);

let t: TestPlatform;
let worker: Client & { userId: string };
let beneficiaryId: string;
let unitId: string;
let partnerId: string;

beforeAll(async () => {
  t = await startTestPlatform();
  worker = await t.signedIn("CASE_WORKER", ["CRISIS"]);
  unitId = await t.unitId("CRISIS");
  const [b] = await t.sql("SELECT id FROM beneficiary WHERE unit_id = $1 ORDER BY code OFFSET 3 LIMIT 1", [unitId]);
  beneficiaryId = b.id;
  const [p] = await t.sql("SELECT id FROM partner WHERE name LIKE 'Нури зан%'");
  partnerId = p.id;
});
afterAll(() => t?.stop());

describe("consent", () => {
  it("is a dated record per scope; withdrawing keeps it", async () => {
    const given = await worker.ok(CONSENT, { input: { beneficiaryId, scope: "STATISTICS" } });
    expect(given.recordConsent.userErrors).toEqual([]);
    const id = present(given.recordConsent.consent, "consent").id;
    const withdrawn = await worker.ok(
      graphql(
        `mutation ReferralWithdrawConsent($id: ID!) { withdrawConsent(input: { id: $id }) { consent { withdrawnAt } userErrors { message } } }`,
      ),
      { id },
    );
    expect(present(withdrawn.withdrawConsent.consent, "consent").withdrawnAt).not.toBeNull();
    const again = present(
      await worker.ok(
        graphql(`mutation ReferralWithdrawConsent2($id: ID!) { withdrawConsent(input: { id: $id }) { userErrors { message } } }`),
        { id },
      ),
      "again",
    );
    expect(again.withdrawConsent.userErrors[0]?.message).toMatch(/withdrawn already/);
    const list = await worker.ok(
      graphql(`query ReferralBeneficiary($id: ID!) { beneficiary(id: $id) { consents { id scope withdrawnAt } } }`),
      { id: beneficiaryId },
    );
    expect(list.beneficiary.consents).toContainEqual({ id, scope: "STATISTICS", withdrawnAt: expect.any(String) });
  });

  it("to share names exactly one receiver, and never one in the future", async () => {
    const none = await worker.ok(CONSENT, { input: { beneficiaryId, scope: "SHARING" } });
    expect(none.recordConsent.userErrors[0]).toMatchObject({ field: ["input", "partnerId"], code: "REQUIRED" });
    const future = await worker.ok(CONSENT, { input: { beneficiaryId, scope: "SERVICES", givenAt: "2099-01-01T00:00:00Z" } });
    expect(future.recordConsent.userErrors[0]).toMatchObject({ field: ["input", "givenAt"] });
    const stray = await worker.ok(CONSENT, { input: { beneficiaryId, scope: "SERVICES", receiverName: "Police" } });
    expect(stray.recordConsent.userErrors[0]).toMatchObject({ field: ["input", "scope"] });
  });
});

describe("referrals", () => {
  const base = () => ({
    beneficiaryId,
    unitId,
    receiverKind: "PARTNER",
    partnerId,
    sharesPersonalData: true,
    reason: "Юридическая помощь по разводу.",
  });

  it("refuse to share personal data without consent to that receiver", async () => {
    const r = await worker.ok(REFER, { input: base() });
    expect(r.makeReferral.referral).toBeNull();
    expect(r.makeReferral.userErrors[0]).toMatchObject({ field: ["input", "sharesPersonalData"], code: "REQUIRED" });
    const [{ n }] = await t.sql("SELECT count(*)::int AS n FROM referral WHERE beneficiary_id = $1", [beneficiaryId]);
    expect(n).toBe(0);
  });

  it("rely on her consent to that receiver, and move through their statuses with a timestamped history", async () => {
    const consent = await worker.ok(CONSENT, { input: { beneficiaryId, scope: "SHARING", partnerId } });
    const r = await worker.ok(REFER, { input: base() });
    expect(r.makeReferral.userErrors).toEqual([]);
    const ref = present(r.makeReferral.referral, "ref");
    expect(ref).toMatchObject({
      status: "IN_PROGRESS",
      consent: { id: present(consent.recordConsent.consent, "consent").id },
      consentOverrideReason: null,
    });
    const accepted = await worker.ok(STATUS, { input: { id: ref.id, version: 1, status: "ACCEPTED" } });
    expect(accepted.changeReferralStatus.referral).toMatchObject({ status: "ACCEPTED", nextStatuses: ["DONE", "REVOKED"] });
    const back = await worker.ok(STATUS, { input: { id: ref.id, version: 2, status: "IN_PROGRESS" } });
    expect(back.changeReferralStatus.userErrors[0]).toMatchObject({ field: ["input", "status"] });
    const done = await worker.ok(STATUS, { input: { id: ref.id, version: 2, status: "DONE" } });
    expect(present(done.changeReferralStatus.referral, "referral").nextStatuses).toEqual([]);
    expect(present(done.changeReferralStatus.referral, "referral").history).toEqual([
      { fromStatus: null, toStatus: "IN_PROGRESS" },
      { fromStatus: "IN_PROGRESS", toStatus: "ACCEPTED" },
      { fromStatus: "ACCEPTED", toStatus: "DONE" },
    ]);
    const revoke = present(await worker.ok(STATUS, { input: { id: ref.id, version: 3, status: "REVOKED" } }), "revoke");
    expect(revoke.changeReferralStatus.userErrors[0]?.message).toMatch(/done cannot become revoked/);
  });

  it("may override missing consent with a written reason, which is audited", async () => {
    const r = await worker.ok(REFER, {
      input: {
        ...base(),
        receiverKind: "POLICE",
        partnerId: null,
        receiverName: "Kulob district police",
        consentOverrideReason: "Immediate danger to her life; she cannot be asked now.",
      },
    });
    expect(r.makeReferral.userErrors).toEqual([]);
    expect(present(r.makeReferral.referral, "referral").consent).toBeNull();
    const [event] = await t.sql("SELECT actor_id, details FROM audit_event WHERE action = 'CONSENT_OVERRIDE' AND entity_id = $1", [
      present(r.makeReferral.referral, "referral").id,
    ]);
    expect(event).toEqual({ actor_id: worker.userId, details: { beneficiaryId } });
    const [row] = await t.sql("SELECT consent_override_reason FROM referral WHERE id = $1", [
      present(r.makeReferral.referral, "referral").id,
    ]);
    expect(row.consent_override_reason).not.toContain("danger");
  });

  it("refuse an archived partner", async () => {
    const p = await t.admin.ok(
      graphql(`mutation ReferralCreatePartner { createPartner(input: { name: "Closed NGO", kind: NGO }) { partner { id } } }`),
    );
    const id = present(p.createPartner.partner, "partner").id;
    await t.admin.ok(graphql(`mutation ReferralArchivePartner($id: ID!) { archivePartner(input: { id: $id }) { partner { id } } }`), {
      id,
    });
    const r = await worker.ok(REFER, { input: { ...base(), partnerId: id, sharesPersonalData: false } });
    expect(r.makeReferral.userErrors[0]).toMatchObject({ field: ["input", "partnerId"], code: "ARCHIVED" });
  });

  it("keep a case from closing while any is open", async () => {
    const opened = await worker.ok(
      graphql(
        `mutation ReferralOpenCase($input: OpenCaseInput!) { openCase(input: $input) { case { id version } userErrors { message } } }`,
      ),
      { input: { beneficiaryId, unitId, riskLevel: "MEDIUM" } },
    );
    const caseId = present(opened.openCase.case, "case").id;
    const r = await worker.ok(REFER, {
      input: {
        ...base(),
        caseId,
        receiverKind: "HOSPITAL",
        partnerId: null,
        receiverName: "Kulob regional hospital",
        sharesPersonalData: false,
      },
    });
    const close = graphql(
      `mutation ReferralRequestCaseClosure($id: ID!, $v: Int!) { requestCaseClosure(input: { id: $id, version: $v, reason: "done" }) { case { closureDecision } userErrors { message } } }`,
    );
    const refused = present(await worker.ok(close, { id: caseId, v: 1 }), "refused");
    expect(refused.requestCaseClosure.userErrors[0]?.message).toMatch(/1 open referral/);
    await worker.ok(STATUS, { input: { id: present(r.makeReferral.referral, "referral").id, version: 1, status: "REJECTED" } });
    const asked = await worker.ok(close, { id: caseId, v: 1 });
    expect(present(asked.requestCaseClosure.case, "case").closureDecision).toBe("REQUESTED");
    const nested = await worker.ok(graphql(`query ReferralCase($id: ID!) { case(id: $id) { referrals { status } } }`), { id: caseId });
    expect(nested.case.referrals).toEqual([{ status: "REJECTED" }]);
  });

  it("go to a registered partner of whatever kind, named by the partner and never by a second name", async () => {
    const p = await t.admin.ok(
      graphql(
        `mutation ReferralCreatePartner2 { createPartner(input: { name: "Kulob Regional Hospital", kind: STATE_BODY }) { partner { id } } }`,
      ),
    );
    const hospital = present(p.createPartner.partner, "partner").id;
    const input = { ...base(), receiverKind: "HOSPITAL", partnerId: hospital, sharesPersonalData: false };
    const made = await worker.ok(
      graphql(`mutation ReferralMakeReferral2($input: MakeReferralInput!) { makeReferral(input: $input) {
        referral { id receiverKind receiverName partner { id } } userErrors { field code } } }`),
      { input },
    );
    expect(made.makeReferral).toEqual({
      referral: { id: expect.any(String), receiverKind: "HOSPITAL", receiverName: null, partner: { id: hospital } },
      userErrors: [],
    });
    const named = await worker.ok(REFER, { input: { ...input, receiverName: "Kulob hospital" } });
    expect(named.makeReferral.userErrors[0]).toMatchObject({ field: ["input", "receiverName"], code: "NOT_APPLICABLE" });
    const nobody = await worker.ok(REFER, { input: { ...input, partnerId: null } });
    expect(nobody.makeReferral.userErrors[0]).toMatchObject({ field: ["input", "receiverName"], code: "REQUIRED" });
    const partnerKind = await worker.ok(REFER, { input: { ...input, receiverKind: "PARTNER", partnerId: null, receiverName: "Someone" } });
    expect(partnerKind.makeReferral.userErrors[0]).toMatchObject({ field: ["input", "partnerId"], code: "REQUIRED" });

    const list = graphql(
      `query ReferralReferrals($filter: ReferralFilter) { referrals(first: 100, filter: $filter) { edges { node { id } } } }`,
    );
    const ids = async (filter: object) =>
      (await worker.ok(list, { filter: { beneficiaryId, ...filter } })).referrals.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(await ids({ partnerId: hospital })).toEqual([present(made.makeReferral.referral, "referral").id]);
    expect(await ids({ receiverKind: "HOSPITAL", partnerId: hospital })).toEqual([present(made.makeReferral.referral, "referral").id]);
    expect(await ids({ receiverKind: "POLICE", partnerId: hospital })).toEqual([]);
    expect(await ids({ unitId: await t.unitId("SHELTER") })).toEqual([]);
  });

  it("say who moved each status, and when", async () => {
    const r = await worker.ok(REFER, { input: { ...base(), sharesPersonalData: false } });
    const id = present(r.makeReferral.referral, "referral").id;
    const coordinator = await t.signedIn("COORDINATOR");
    await coordinator.ok(STATUS, { input: { id, version: 1, status: "ACCEPTED" } });
    const read = await worker.ok(
      graphql(`query ReferralReferral($id: ID!) { referral(id: $id) { history { toStatus changedAt changedBy { id fullName } } } }`),
      {
        id,
      },
    );
    expect(read.referral.history).toEqual([
      { toStatus: "IN_PROGRESS", changedAt: expect.any(String), changedBy: { id: worker.userId, fullName: expect.any(String) } },
      { toStatus: "ACCEPTED", changedAt: expect.any(String), changedBy: { id: coordinator.userId, fullName: expect.any(String) } },
    ]);
  });

  it("tell the form whether she consented to share with that receiver", async () => {
    const ask = graphql(
      `query ReferralConsentToShare($b: ID!, $p: ID, $n: String) { consentToShare(beneficiaryId: $b, partnerId: $p, receiverName: $n) { id withdrawnAt } }`,
    );
    const [other] = await t.sql("SELECT id FROM partner WHERE id <> $1 AND archived_at IS NULL ORDER BY name LIMIT 1", [partnerId]);
    expect((await worker.ok(ask, { b: beneficiaryId, p: other.id })).consentToShare).toBeNull();
    const given = await worker.ok(CONSENT, { input: { beneficiaryId, scope: "SHARING", receiverName: "Kulob Legal Aid Centre" } });
    const answer = await worker.ok(ask, { b: beneficiaryId, n: "kulob legal aid centre" });
    expect(answer.consentToShare).toEqual({ id: present(given.recordConsent.consent, "consent").id, withdrawnAt: null });
    expect((await worker.ok(ask, { b: beneficiaryId })).consentToShare).toBeNull();
    await worker.ok(
      graphql(`mutation ReferralWithdrawConsent3($id: ID!) { withdrawConsent(input: { id: $id }) { userErrors { message } } }`),
      {
        id: present(given.recordConsent.consent, "consent").id,
      },
    );
    expect((await worker.ok(ask, { b: beneficiaryId, n: "Kulob Legal Aid Centre" })).consentToShare).toBeNull();
    const outsider = await t.signedIn("CASE_WORKER", ["SHELTER"]);
    expect(failures(await outsider.gql(ask, { b: beneficiaryId, p: partnerId }))).toEqual(["NOT_FOUND"]);
  });

  it("outside a case worker's units answer as missing", async () => {
    const other = await t.signedIn("CASE_WORKER", ["SHELTER"]);
    const [ref] = await t.sql("SELECT id FROM referral WHERE unit_id = $1 LIMIT 1", [unitId]);
    const hidden = await other.gql(graphql(`query ReferralReferral2($id: ID!) { referral(id: $id) { id } }`), { id: ref.id });
    expect(failures(hidden)).toEqual(["NOT_FOUND"]);
    const listed = await other.ok(
      graphql(`query ReferralReferrals2 { referrals(first: 100) { totalCount edges { node { id unit { code } } } } }`),
    );
    const [{ n }] = await t.sql("SELECT count(*)::int AS n FROM referral WHERE unit_id = $1", [await t.unitId("SHELTER")]);
    expect(listed.referrals.totalCount).toBe(n);
    for (const e of listed.referrals.edges) expect(e.node.unit.code).toBe("SHELTER");
  });
});
