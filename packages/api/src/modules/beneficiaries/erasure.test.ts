import { graphql } from "../../../test/gql";
import { present, startTestPlatform, type TestPlatform } from "../../../test/harness";

let t: TestPlatform;
beforeAll(async () => {
  t = await startTestPlatform();
});
afterAll(() => t?.stop());

/** Every row of every table in the database, as text. */
async function everything(): Promise<string> {
  const tables = await t.sql<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public'");
  const parts = await Promise.all(tables.map(({ tablename }) => t.sql(`SELECT row_to_json(x)::text AS j FROM "${tablename}" x`)));
  return parts
    .flat()
    .map((r) => r.j)
    .join("\n");
}

const STATISTICS = `SELECT
  (SELECT count(*) FROM beneficiary)::int AS beneficiaries,
  (SELECT count(*) FROM beneficiary WHERE community_id = $1)::int AS in_community,
  (SELECT count(*) FROM "case" WHERE risk_level = 'HIGH')::int AS high_risk_cases,
  (SELECT count(*) FROM incident WHERE gbv_type = 'PHYSICAL_ASSAULT')::int AS physical_assaults,
  (SELECT count(*) FROM referral WHERE receiver_kind = 'POLICE')::int AS police_referrals,
  (SELECT count(*) FROM consent WHERE scope = 'SHARING')::int AS sharing_consents`;

describe("erasing a beneficiary", () => {
  it("destroys her name, contacts and every narrative, keeps the coded facts, and is audited", async () => {
    const unitId = await t.unitId("CRISIS");
    const [community] = await t.sql("SELECT id FROM community ORDER BY name LIMIT 1");
    const created = await t.admin.ok(
      graphql(
        `mutation ErasureCreateBeneficiary($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { beneficiary { id code } userErrors { message } } }`,
      ),
      {
        input: {
          firstName: "Зулайхо",
          lastName: "Тестерасова",
          patronymic: "Ёдгоровна",
          phone: "+992935551234",
          birthYear: 1991,
          communityId: community.id,
          unitId,
        },
      },
    );
    const { id, code } = present(created.createBeneficiary.beneficiary, "beneficiary");
    const opened = await t.admin.ok(
      graphql(`mutation ErasureOpenCase($input: OpenCaseInput!) { openCase(input: $input) { case { id } userErrors { message } } }`),
      {
        input: { beneficiaryId: id, unitId, riskLevel: "HIGH", plan: "Плани кӯмак барои Зулайхо", notes: "Тел. хоҳараш +992935550000" },
      },
    );
    const caseId = present(opened.openCase.case, "case").id;
    await t.admin.ok(
      graphql(`mutation ErasureRecordIncident($input: RecordIncidentInput!) { recordIncident(input: $input) { userErrors { message } } }`),
      {
        input: {
          caseId,
          occurredOn: "2026-10-01",
          gbvType: "PHYSICAL_ASSAULT",
          perpetratorRelation: "INTIMATE_PARTNER",
          placeType: "HOME",
          narrative: "Зулайхо was beaten by Rustam",
          perpetratorDetails: "Rustam Tester, 35",
        },
      },
    );
    await t.admin.ok(
      graphql(`mutation ErasureRecordConsent($input: RecordConsentInput!) { recordConsent(input: $input) { userErrors { message } } }`),
      {
        input: { beneficiaryId: id, scope: "SHARING", receiverName: "Zulaykho's sister Gulchehra" },
      },
    );
    const referral = await t.admin.ok(
      graphql(
        `mutation ErasureMakeReferral($input: MakeReferralInput!) { makeReferral(input: $input) { referral { id } userErrors { message } } }`,
      ),
      {
        input: {
          beneficiaryId: id,
          caseId,
          unitId,
          receiverKind: "POLICE",
          receiverName: "Kulob police",
          sharesPersonalData: false,
          reason: "Rustam threatens Зулайхо",
        },
      },
    );
    expect(referral.makeReferral.userErrors).toEqual([]);

    const before = await t.sql(STATISTICS, [community.id]);
    const secrets = ["Зулайхо", "Тестерасова", "Ёдгоровна", "935551234", "935550000", "Rustam", "Gulchehra", code];
    const dumpBefore = await everything();
    expect(dumpBefore).toContain("Тестерасова");
    expect(dumpBefore).not.toContain("935551234"); // phones are encrypted at rest

    const erased = await t.admin.ok(
      graphql(
        `mutation ErasureEraseBeneficiary($input: EraseBeneficiaryInput!) { eraseBeneficiary(input: $input) { beneficiary { code erasedAt } userErrors { message } } }`,
      ),
      { input: { id, reason: "Her written request of 2026-11-28." } },
    );
    expect(erased.eraseBeneficiary.userErrors).toEqual([]);
    expect(present(erased.eraseBeneficiary.beneficiary, "beneficiary").code).toMatch(/^X-[0-9A-F]{10}$/);
    expect(present(erased.eraseBeneficiary.beneficiary, "beneficiary").erasedAt).not.toBeNull();

    const dumpAfter = await everything();
    for (const s of secrets) expect({ secret: s, found: dumpAfter.includes(s) }).toEqual({ secret: s, found: false });
    expect(await t.sql(STATISTICS, [community.id])).toEqual(before);

    const [event] = await t.sql("SELECT actor_role, details FROM audit_event WHERE action = 'ERASE' AND entity_id = $1", [id]);
    expect(event.actor_role).toBe("ADMIN");
    expect(event.details.columns).toEqual(
      expect.arrayContaining([
        "incident.narrative",
        "incident.perpetrator_details",
        "case.plan",
        "referral.reason",
        "consent.receiver_name",
      ]),
    );

    const listed = await t.admin.ok(
      graphql(`query ErasureBeneficiaries { beneficiaries(first: 5, filter: { search: "Тестерасова" }) { totalCount } }`),
    );
    expect(listed.beneficiaries.totalCount).toBe(0);
    const again = present(
      await t.admin.ok(
        graphql(
          `mutation ErasureEraseBeneficiary2($input: EraseBeneficiaryInput!) { eraseBeneficiary(input: $input) { userErrors { message } } }`,
        ),
        {
          input: { id, reason: "Her written request of 2026-11-28." },
        },
      ),
      "again",
    );
    expect(again.eraseBeneficiary.userErrors[0]?.message).toMatch(/erased already/);
  });
});

describe("after an erasure", () => {
  it("vacuums the tables it touched, so no page of them holds her old row version", async () => {
    await t.sql("CREATE EXTENSION IF NOT EXISTS pageinspect");
    const [community] = await t.sql("SELECT id FROM community ORDER BY name LIMIT 1");
    const created = await t.admin.ok(
      graphql(
        `mutation ErasureCreateBeneficiary2($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { beneficiary { id } userErrors { message } } }`,
      ),
      { input: { firstName: "Мавҷуда", lastName: "Саҳифаева", communityId: community.id, unitId: await t.unitId("CRISIS") } },
    );
    const id = present(created.createBeneficiary.beneficiary, "beneficiary").id;
    /** Line pointers of every page of `beneficiary` whose tuple holds her last name. */
    const versions = async () => {
      const [{ pages }] = await t.sql("SELECT pg_relation_size('beneficiary') / current_setting('block_size')::int AS pages");
      const [{ n }] = await t.sql(
        `SELECT count(*)::int AS n FROM generate_series(0, $1::int - 1) p, heap_page_items(get_raw_page('beneficiary', p)) h
          WHERE h.t_data IS NOT NULL AND position(convert_to($2, 'UTF8') IN h.t_data) > 0`,
        [pages, "Саҳифаева"],
      );
      return n;
    };
    expect(await versions()).toBe(1);
    const r = await t.admin.ok(
      graphql(
        `mutation ErasureEraseBeneficiary3($input: EraseBeneficiaryInput!) { eraseBeneficiary(input: $input) { userErrors { message } } }`,
      ),
      {
        input: { id, reason: "She asked to be forgotten." },
      },
    );
    expect(r.eraseBeneficiary.userErrors).toEqual([]);
    expect(await versions()).toBe(0);
    // The pages above are the proof; the dead-tuple count is not, as a backend reports its
    // counts up to a second after its transaction and may add to it after the VACUUM.
    const [stats] = await t.sql("SELECT last_vacuum IS NOT NULL AS vacuumed FROM pg_stat_user_tables WHERE relname = 'beneficiary'");
    expect(stats).toEqual({ vacuumed: true });
  });
});
