import { graphql } from "../../../test/gql";
import { type Client, startTestPlatform, type TestPlatform } from "../../../test/harness";

const CREATE = graphql(`mutation UserErrorsCreateBeneficiary($input: CreateBeneficiaryInput!) {
  createBeneficiary(input: $input) { beneficiary { id } userErrors { field message code params } }
}`);
const UPDATE_CASE = graphql(`mutation UserErrorsUpdateCase($input: UpdateCaseInput!) {
  updateCase(input: $input) { case { id } userErrors { field code params } }
}`);

let t: TestPlatform;
let coordinator: Client;
let valid: Record<string, unknown>;
beforeAll(async () => {
  t = await startTestPlatform();
  coordinator = await t.signedIn("COORDINATOR");
  const [community] = await t.sql<{ id: string }>("SELECT id FROM community ORDER BY name LIMIT 1");
  valid = { firstName: "Зарина", lastName: "Каримова", communityId: community?.id, unitId: await t.unitId("CRISIS") };
});
afterAll(() => t?.stop());

async function refusal(changes: Record<string, unknown>) {
  const before = await t.sql("SELECT count(*)::int AS n FROM beneficiary");
  const data = await coordinator.ok(CREATE, { input: { ...valid, ...changes } });
  expect(await t.sql("SELECT count(*)::int AS n FROM beneficiary")).toEqual(before);
  expect(data.createBeneficiary.beneficiary).toBeNull();
  return data.createBeneficiary.userErrors;
}

describe("validation refusals carry a specific code and the limits of the constraint", () => {
  it("gives the length bounds of a text that is too short or too long", async () => {
    expect(await refusal({ firstName: "" })).toEqual([
      {
        field: ["input", "firstName"],
        message: "First name must be 1 to 100 characters.",
        code: "TOO_SHORT",
        params: { min: 1, max: 100 },
      },
    ]);
    expect(await refusal({ lastName: "к".repeat(101) })).toEqual([
      expect.objectContaining({ field: ["input", "lastName"], code: "TOO_LONG", params: { min: 1, max: 100 } }),
    ]);
    expect(await refusal({ patronymic: "к".repeat(101) })).toEqual([
      expect.objectContaining({ field: ["input", "patronymic"], code: "TOO_LONG", params: { min: null, max: 100 } }),
    ]);
  });

  it("gives both ends of a number's range, whichever was crossed", async () => {
    const year = new Date().getFullYear();
    expect(await refusal({ birthYear: 1900 })).toEqual([
      expect.objectContaining({ field: ["input", "birthYear"], code: "OUT_OF_RANGE", params: { min: 1920, max: year } }),
    ]);
    expect(await refusal({ birthYear: year + 1 })).toEqual([
      expect.objectContaining({ field: ["input", "birthYear"], code: "OUT_OF_RANGE", params: { min: 1920, max: year } }),
    ]);
  });

  it("names the format that was expected", async () => {
    expect(await refusal({ phone: "918000000" })).toEqual([
      expect.objectContaining({ field: ["input", "phone"], code: "INVALID_FORMAT", params: { format: "PHONE" } }),
    ]);
    expect(await refusal({ communityId: "kulob" })).toEqual([
      expect.objectContaining({ field: ["input", "communityId"], code: "INVALID_FORMAT", params: { format: "UUID" } }),
    ]);
  });

  it("gives the size limit of a list", async () => {
    const programIds = Array.from({ length: 51 }, () => "00000000-0000-4000-8000-000000000000");
    expect(await refusal({ programIds })).toEqual([
      expect.objectContaining({ field: ["input", "programIds"], code: "TOO_MANY", params: { min: null, max: 50 } }),
    ]);
  });

  it("lists the values allowed", async () => {
    const [c] = await t.sql<{ id: string; version: number }>("SELECT id, version FROM \"case\" WHERE status = 'OPEN' LIMIT 1");
    const data = await coordinator.ok(UPDATE_CASE, { input: { id: c?.id, version: c?.version, status: "CLOSED" } });
    expect(data.updateCase).toEqual({
      case: null,
      userErrors: [{ field: ["input", "status"], code: "NOT_ALLOWED", params: { allowed: ["TRANSFERRED", "DUPLICATE"] } }],
    });
  });

  it("says a blank name is missing, and a wrong day has the wrong format", async () => {
    const group = await coordinator.ok(
      graphql(
        `mutation UserErrorsCreateSelfHelpGroup($input: CreateSelfHelpGroupInput!) { createSelfHelpGroup(input: $input) { userErrors { field code params } } }`,
      ),
      { input: { name: "   ", communityId: valid.communityId, foundedOn: "2026-02-30" } },
    );
    expect(group.createSelfHelpGroup.userErrors).toEqual(
      expect.arrayContaining([
        { field: ["input", "name"], code: "REQUIRED", params: null },
        { field: ["input", "foundedOn"], code: "INVALID_FORMAT", params: { format: "DATE" } },
      ]),
    );
  });
});

describe("refusals by the services carry a specific code and what the admin needs to say why", () => {
  const RECORD = graphql(
    `mutation UserErrorsRecordService($input: RecordServiceInput!) { recordService(input: $input) { service { id } userErrors { field code params } } }`,
  );
  const RISK = graphql(
    `mutation UserErrorsChangeCaseRisk($input: ChangeCaseRiskInput!) { changeCaseRisk(input: $input) { case { id } userErrors { field code params } } }`,
  );
  const today = () => new Date().toLocaleDateString("en-CA", { timeZone: "Asia/Dushanbe" });

  async function someOpenCase() {
    const [c] = await t.sql<{ id: string; version: number; beneficiary_id: string; unit_id: string; risk_level: string; stage: string }>(
      `SELECT id, version, beneficiary_id, unit_id, risk_level, stage FROM "case" WHERE status = 'OPEN' AND stage = 'SERVICE_PROVISION' LIMIT 1`,
    );
    return c as NonNullable<typeof c>;
  }

  it("lists the subtypes a kind of service allows, and the last day accepted", async () => {
    const c = await someOpenCase();
    const input = {
      beneficiaryId: c.beneficiary_id,
      unitId: c.unit_id,
      kind: "ECONOMIC",
      subtype: "DIVORCE",
      providedOn: today(),
      outcome: "PROVIDED",
    };
    const wrong = await coordinator.ok(RECORD, { input });
    expect(wrong.recordService.userErrors).toEqual([
      {
        field: ["input", "subtype"],
        code: "NOT_ALLOWED",
        params: { allowed: ["SMALL_BUSINESS_ADVICE", "VOCATIONAL_TRAINING", "OTHER"] },
      },
    ]);
    const future = await coordinator.ok(RECORD, { input: { ...input, subtype: "OTHER", providedOn: "2999-01-01" } });
    expect(future.recordService.userErrors).toEqual([{ field: ["input", "providedOn"], code: "IN_FUTURE", params: { latest: today() } }]);
  });

  it("names the risk level a case has already, and the workflow stages still open to it", async () => {
    const c = await someOpenCase();
    const same = await coordinator.ok(RISK, { input: { id: c.id, version: c.version, level: c.risk_level, reason: "Reviewed." } });
    expect(same.changeCaseRisk.userErrors).toEqual([{ field: ["input", "level"], code: "UNCHANGED", params: { value: c.risk_level } }]);
    const back = await coordinator.ok(UPDATE_CASE, { input: { id: c.id, version: c.version, stage: "NEW" } });
    expect(back.updateCase.userErrors).toEqual([
      { field: ["input", "stage"], code: "NOT_ALLOWED", params: { allowed: ["SERVICE_PROVISION", "SERVICES_IMPLEMENTED"] } },
    ]);
  });
});
