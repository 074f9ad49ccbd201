import { graphql } from "../../../test/gql";
import { type Client, codes, startTestPlatform, type TestPlatform } from "../../../test/harness";

const OpenForNotes = graphql(`
  mutation OpenForNotes($input: OpenCaseInput!) {
    openCase(input: $input) {
      case {
        id
        version
      }
      userErrors {
        code
      }
    }
  }
`);

const AddNote = graphql(`
  mutation AddNote($input: AddCaseNoteInput!) {
    addCaseNote(input: $input) {
      case {
        id
        caseNotes {
          text
          writtenBy {
            id
            fullName
          }
        }
      }
      userErrors {
        field
        code
        params
      }
    }
  }
`);

const Notes = graphql(`
  query CaseNotes($id: ID!) {
    case(id: $id) {
      caseNotes {
        id
        text
        writtenAt
        writtenBy {
          id
        }
      }
    }
  }
`);

const Erase = graphql(`
  mutation EraseForNotes($input: EraseBeneficiaryInput!) {
    eraseBeneficiary(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

let t: TestPlatform;
let worker: Client & { userId: string };
let coordinator: Client & { userId: string };
let caseId: string;
let beneficiaryId: string;

beforeAll(async () => {
  t = await startTestPlatform();
  worker = await t.signedIn("CASE_WORKER", ["CRISIS"]);
  coordinator = await t.signedIn("COORDINATOR");
  const unitId = await t.unitId("CRISIS");
  const [b] = await t.sql("SELECT id FROM beneficiary WHERE unit_id = $1 ORDER BY code LIMIT 1", [unitId]);
  beneficiaryId = b.id;
  const r = await worker.ok(OpenForNotes, { input: { beneficiaryId, unitId, riskLevel: "HIGH" } });
  caseId = r.openCase.case?.id ?? "";
});
afterAll(() => t?.stop());

describe("notes on a case", () => {
  it("are added one by one, each with who wrote it, latest first, and none overwrites another", async () => {
    const first = await worker.ok(AddNote, { input: { caseId, text: "Бо модараш сӯҳбат кардем." } });
    expect(first.addCaseNote.userErrors).toEqual([]);
    const second = await coordinator.ok(AddNote, { input: { caseId, text: "  Она придёт в четверг.  " } });
    expect(second.addCaseNote.case?.caseNotes).toEqual([
      { text: "Она придёт в четверг.", writtenBy: { id: coordinator.userId, fullName: "Test COORDINATOR" } },
      { text: "Бо модараш сӯҳбат кардем.", writtenBy: { id: worker.userId, fullName: "Test CASE_WORKER" } },
    ]);
    const rows = await t.sql("SELECT text FROM case_note WHERE case_id = $1", [caseId]);
    expect(rows.map((r) => String(r.text).slice(0, 3))).toEqual(["v1:", "v1:"]);
    const [audited] = await t.sql("SELECT count(*)::int AS n FROM audit_event WHERE action = 'CREATE' AND entity_type = 'CaseNote'");
    expect(audited.n).toBe(2);
  });

  it("refuses an empty note and a case out of reach, and changes nothing", async () => {
    const empty = await worker.ok(AddNote, { input: { caseId, text: "" } });
    expect(empty.addCaseNote.userErrors).toEqual([{ field: ["input", "text"], code: "TOO_SHORT", params: { min: 1, max: 20000 } }]);
    const elsewhere = await t.signedIn("CASE_WORKER", ["SHELTER"]);
    const away = await elsewhere.ok(AddNote, { input: { caseId, text: "Чужая заметка." } });
    expect(away.addCaseNote.userErrors.map((e) => e.code)).toEqual(["NOT_FOUND"]);
    const [count] = await t.sql("SELECT count(*)::int AS n FROM case_note WHERE case_id = $1", [caseId]);
    expect(count.n).toBe(2);
  });

  it("are read by the case roles only", async () => {
    const trainer = await t.signedIn("TRAINER");
    expect(codes(await trainer.gql(Notes, { id: caseId }))).toContain("FORBIDDEN");
  });

  it("lose their text when the woman's data is erased, and keep who wrote them and when", async () => {
    const admin = await t.signedIn("ADMIN");
    const erased = await admin.ok(Erase, { input: { id: beneficiaryId, reason: "She asked to be forgotten." } });
    expect(erased.eraseBeneficiary.userErrors).toEqual([]);
    const { case: c } = await coordinator.ok(Notes, { id: caseId });
    expect(c.caseNotes.map((n) => n.text)).toEqual([null, null]);
    expect(c.caseNotes.map((n) => n.writtenBy?.id)).toEqual([coordinator.userId, worker.userId]);
  });
});
