import { graphql } from "../../../test/gql";
import { type Client, codes, failures, present, startTestPlatform, type TestPlatform, type TypedDocument } from "../../../test/harness";

const CREATE_TRAINING = graphql(`mutation LearningCreateTraining($input: CreateTrainingInput!) { createTraining(input: $input) {
  training { id code version sessionCount completionPercent assessmentItems scaleMin scaleMax } userErrors { field message code } } }`);
const UPDATE_TRAINING = graphql(
  `mutation LearningUpdateTraining($input: UpdateTrainingInput!) { updateTraining(input: $input) { training { id version title } userErrors { field message code } } }`,
);
const CREATE_COURSE = graphql(`mutation LearningCreateCourse($input: CreateCourseInput!) { createCourse(input: $input) {
  course { id version startsOn endsOn capacity language trainer { id role } training { id } } userErrors { field message code } } }`);
const UPDATE_COURSE = graphql(
  `mutation LearningUpdateCourse($input: UpdateCourseInput!) { updateCourse(input: $input) { course { id version capacity } userErrors { field message code } } }`,
);
const SCHEDULE = graphql(
  `mutation LearningScheduleSession($input: ScheduleSessionInput!) { scheduleSession(input: $input) { session { id heldOn topic trainer { id } } userErrors { field message code } } }`,
);
const ENROLL = graphql(
  `mutation LearningEnrollInCourse($input: EnrollInCourseInput!) { enrollInCourse(input: $input) { added alreadyEnrolled course { id } userErrors { field message code } } }`,
);
const ATTEND = graphql(
  `mutation LearningRecordAttendance($input: RecordAttendanceInput!) { recordAttendance(input: $input) { changed session { id } userErrors { field message code } } }`,
);
const ASSESS = graphql(`mutation LearningRecordSelfAssessment($input: RecordSelfAssessmentInput!) { recordSelfAssessment(input: $input) {
  enrollment { id selfAssessment { phase item score } } userErrors { field message code } } }`);
const WITHDRAW = graphql(
  `mutation LearningWithdrawFromCourse($input: WithdrawFromCourseInput!) { withdrawFromCourse(input: $input) { enrollment { id withdrawnAt } userErrors { field message code } } }`,
);
const NIL = "00000000-0000-4000-8000-000000000000";
const ITEMS = ["I can speak in public", "I know my rights"];

let t: TestPlatform;
let coordinator: Client & { userId: string };
let trainer: Client & { userId: string };
let analyst: Client & { userId: string };
let facilitator: Client & { userId: string };
let partner: Client;
let communities: { id: string; districtId: string }[];
let training: { id: string; version: number };
let register: (communityId: string, n: number) => Promise<string>;

beforeAll(async () => {
  t = await startTestPlatform();
  coordinator = await t.signedIn("COORDINATOR");
  trainer = await t.signedIn("TRAINER");
  analyst = await t.signedIn("ANALYST");
  facilitator = await t.signedIn("FACILITATOR");
  partner = await t.partnerClient(["READ_CAMPAIGNS", "REPORT_ACTIVITIES", "READ_STATISTICS"]);
  // Two communities in two different districts.
  communities = await t.sql(
    `SELECT DISTINCT ON (district_id) id, district_id AS "districtId" FROM community ORDER BY district_id, name LIMIT 2`,
  );
  expect(communities).toHaveLength(2);
  const unitId = await t.unitId("CRISIS");
  register = async (communityId, n) => {
    const r = await coordinator.ok(
      graphql(
        `mutation LearningCreateBeneficiary($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { beneficiary { id } userErrors { message } } }`,
      ),
      { input: { firstName: `Дилноза${n}`, lastName: `Learning${n}`, communityId, unitId } },
    );
    expect(r.createBeneficiary.userErrors).toEqual([]);
    return present(r.createBeneficiary.beneficiary, "beneficiary").id as string;
  };
  const r = await coordinator.ok(CREATE_TRAINING, {
    input: {
      code: "LEAD-TEST",
      title: "I and leadership (test)",
      aims: "Women and girls learn to speak up.",
      topics: ["Who I am", "Speaking up"],
      sessionCount: 5,
      assessmentItems: ITEMS,
    },
  });
  expect(r.createTraining.userErrors).toEqual([]);
  training = present(r.createTraining.training, "training");
});
afterAll(() => t?.stop());

const auditCount = (action: string, entityId: string) => t.auditCount(action, entityId);

async function newCourse(client: Client, input: Record<string, unknown>) {
  const r = await client.ok(CREATE_COURSE, { input: { trainingId: training.id, capacity: 20, ...input } });
  expect(r.createCourse.userErrors).toEqual([]);
  return r.createCourse.course as { id: string; version: number; trainer: { id: string } };
}

async function schedule(client: Client, courseId: string, days: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, heldOn] of days.entries()) {
    const r = await client.ok(SCHEDULE, { input: { courseId, heldOn, topic: `Topic ${i + 1}` } });
    expect(r.scheduleSession.userErrors).toEqual([]);
    ids.push(present(r.scheduleSession.session, "session").id);
  }
  return ids;
}

describe("trainings", () => {
  it("lets coordinators, not trainers, write the curriculum; a stale version is a CONFLICT", async () => {
    expect(training).toMatchObject({ version: 1 });
    const created = await coordinator.ok(
      graphql(
        `query LearningTraining($trainingId: ID!) { training(id: $trainingId) { completionPercent scaleMin scaleMax assessmentItems } }`,
      ),
      { trainingId: training.id },
    );
    expect(created.training).toEqual({ completionPercent: 80, scaleMin: 1, scaleMax: 5, assessmentItems: ITEMS });
    const denied = await trainer.gql(CREATE_TRAINING, { input: { code: "NOPE", title: "No", aims: "No", sessionCount: 3 } });
    expect(codes(denied)).toEqual(["FORBIDDEN"]);
    expect(codes(await trainer.gql(UPDATE_TRAINING, { input: { id: training.id, version: 1, title: "Changed" } }))).toEqual(["FORBIDDEN"]);
    const bad = await coordinator.ok(CREATE_TRAINING, {
      input: { code: "BAD-SCALE", title: "Bad", aims: "Bad", sessionCount: 3, scaleMin: 5, scaleMax: 5 },
    });
    expect(bad.createTraining.userErrors).toEqual([expect.objectContaining({ field: ["input", "scaleMax"] })]);
    const dup = await coordinator.ok(CREATE_TRAINING, { input: { code: "LEAD-TEST", title: "Again", aims: "Again", sessionCount: 3 } });
    expect(dup.createTraining.userErrors).toEqual([expect.objectContaining({ field: ["input", "code"], code: "DUPLICATE" })]);
    const other = await coordinator.ok(CREATE_TRAINING, {
      input: { code: "VERSIONED", title: "Versioned", aims: "Aims", sessionCount: 2 },
    });
    const id = present(other.createTraining.training, "training").id;
    const updated = await coordinator.ok(UPDATE_TRAINING, { input: { id, version: 1, title: "Versioned again" } });
    expect(updated.updateTraining.training).toMatchObject({ version: 2, title: "Versioned again" });
    expect(failures(await coordinator.gql(UPDATE_TRAINING, { input: { id, version: 1, title: "Stale" } }))).toEqual(["CONFLICT"]);
    const listed = await analyst.ok(
      graphql(`query LearningTrainings { trainings(first: 100, filter: { search: "lead-test" }) { edges { node { id } } } }`),
    );
    expect(listed.trainings.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([training.id]);
  });
});

describe("a trainer runs a course", () => {
  let course: { id: string; version: number };
  let sessions: string[];
  let women: string[];

  beforeAll(async () => {
    women = [];
    for (let n = 0; n < 21; n++) women.push(await register(communities[0]?.id as string, n));
  });

  it("creates a course she gives, refusing wrong dates, capacity and trainers", async () => {
    const refused = async (input: Record<string, unknown>) => {
      const r = await trainer.ok(CREATE_COURSE, {
        input: { trainingId: training.id, startsOn: "2025-09-01", endsOn: "2025-09-30", capacity: 20, ...input },
      });
      expect(r.createCourse.course).toBeNull();
      return r.createCourse.userErrors.map((e: { field: string[] }) => e.field.join("."));
    };
    const [before] = await t.sql("SELECT count(*)::int AS n FROM training_course");
    expect(await refused({ endsOn: "2025-08-31" })).toEqual(["input.endsOn"]);
    expect(await refused({ capacity: 0 })).toEqual(["input.capacity"]);
    expect(await refused({ trainerId: analyst.userId })).toEqual(["input.trainerId"]);
    expect(await refused({ trainingId: NIL })).toEqual(["input.trainingId"]);
    expect(await t.sql("SELECT count(*)::int AS n FROM training_course")).toEqual([before]);

    const created = await newCourse(trainer, { startsOn: "2025-09-01", endsOn: "2025-09-30", place: "NK, Kulob" });
    expect(created).toMatchObject({ version: 1, trainer: { id: trainer.userId }, training: { id: training.id }, language: "TG" });
    course = created;
    const mine = await trainer.ok(
      graphql(`query LearningCourses { courses(first: 100, filter: { mine: true }) { edges { node { id } } } }`),
    );
    expect(mine.courses.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([course.id]);
    expect(await auditCount("CREATE", course.id)).toBe(1);
  });

  it("schedules sessions within the course's dates only", async () => {
    sessions = await schedule(trainer, course.id, ["2025-09-02", "2025-09-09", "2025-09-16", "2025-09-23", "2025-09-30"]);
    for (const heldOn of ["2025-08-31", "2025-10-01"]) {
      const r = await trainer.ok(SCHEDULE, { input: { courseId: course.id, heldOn, topic: "Too late or too early" } });
      expect(r.scheduleSession.session).toBeNull();
      expect(r.scheduleSession.userErrors).toEqual([expect.objectContaining({ field: ["input", "heldOn"], code: "OUTSIDE_PERIOD" })]);
    }
    const r = present(
      await trainer.ok(
        graphql(`query LearningCourse($courseId: ID!) { course(id: $courseId) { sessions { id heldOn trainer { id } } } }`),
        { courseId: course.id },
      ),
      "r",
    );
    expect(r.course.sessions.map((s: { id: string }) => s.id)).toEqual(sessions);
    expect(r.course?.sessions[0]?.trainer).toEqual({ id: trainer.userId });
  });

  it("updates a course and its sessions by version, keeping sessions within the dates", async () => {
    const UPDATE_SESSION = graphql(
      `mutation LearningUpdateSession($input: UpdateSessionInput!) { updateSession(input: $input) { session { id version heldOn topic } userErrors { field message code } } }`,
    );
    const moved = await trainer.ok(UPDATE_SESSION, { input: { id: sessions[4], version: 1, heldOn: "2025-10-02" } });
    expect(moved.updateSession.userErrors).toEqual([expect.objectContaining({ field: ["input", "heldOn"] })]);
    const renamed = await trainer.ok(UPDATE_SESSION, { input: { id: sessions[4], version: 1, topic: "Closing" } });
    expect(renamed.updateSession.session).toMatchObject({ version: 2, topic: "Closing", heldOn: "2025-09-30" });
    expect(failures(await trainer.gql(UPDATE_SESSION, { input: { id: sessions[4], version: 1, topic: "Stale" } }))).toEqual(["CONFLICT"]);

    const shorter = await trainer.ok(UPDATE_COURSE, { input: { id: course.id, version: course.version, endsOn: "2025-09-25" } });
    expect(shorter.updateCourse.userErrors).toEqual([expect.objectContaining({ field: ["input", "endsOn"] })]);
    const bigger = await trainer.ok(UPDATE_COURSE, { input: { id: course.id, version: course.version, capacity: 20 } });
    expect(bigger.updateCourse.course).toMatchObject({ version: 2, capacity: 20 });
    course = present(bigger.updateCourse.course, "course");
    expect(failures(await trainer.gql(UPDATE_COURSE, { input: { id: course.id, version: 1, capacity: 25 } }))).toEqual(["CONFLICT"]);
    const byTraining = await analyst.ok(
      graphql(`query LearningCourses2($trainingId: ID!) { courses(first: 100, filter: { trainingId: $trainingId }) { totalCount } }`),
      { trainingId: training.id },
    );
    expect(byTraining.courses.totalCount).toBe(1);
  });

  it("enrols 20 women up to capacity, skipping those enrolled already", async () => {
    const twenty = women.slice(0, 20);
    const first = await trainer.ok(ENROLL, { input: { courseId: course.id, beneficiaryIds: twenty } });
    expect(first.enrollInCourse).toMatchObject({ added: 20, alreadyEnrolled: 0, userErrors: [] });
    const again = await trainer.ok(ENROLL, { input: { courseId: course.id, beneficiaryIds: twenty.slice(0, 5) } });
    expect(again.enrollInCourse).toMatchObject({ added: 0, alreadyEnrolled: 5, userErrors: [] });
    expect(await auditCount("ENROLL", course.id)).toBe(1);

    // The 21st woman does not fit; nor does an unknown one.
    const over = await trainer.ok(ENROLL, { input: { courseId: course.id, beneficiaryIds: [women[0], women[20]] } });
    expect(over.enrollInCourse).toMatchObject({ added: null, course: null });
    expect(over.enrollInCourse.userErrors).toEqual([
      expect.objectContaining({ field: ["input", "beneficiaryIds"], code: "CAPACITY_EXCEEDED" }),
    ]);
    const unknown = await coordinator.ok(ENROLL, { input: { courseId: course.id, beneficiaryIds: [women[20], NIL] } });
    expect(unknown.enrollInCourse.userErrors).toEqual([
      expect.objectContaining({ field: ["input", "beneficiaryIds", "1"], code: "NOT_FOUND" }),
    ]);
    expect(await t.sql("SELECT count(*)::int AS n FROM enrollment WHERE course_id = $1", [course.id])).toEqual([{ n: 20 }]);

    // Capacity cannot fall below the women enrolled.
    const lower = await trainer.ok(UPDATE_COURSE, { input: { id: course.id, version: course.version, capacity: 19 } });
    expect(lower.updateCourse.userErrors).toEqual([expect.objectContaining({ field: ["input", "capacity"] })]);
  });

  it("takes attendance for all 20 in one mutation; the same sheet again changes nothing", async () => {
    const twenty = women.slice(0, 20);
    const sheet = { sessionId: sessions[0], present: twenty.slice(0, 18), absent: twenty.slice(18) };
    const rows = () =>
      t.sql("SELECT enrollment_id, present, recorded_by, recorded_at FROM attendance WHERE session_id = $1 ORDER BY enrollment_id", [
        sessions[0],
      ]);

    const first = await trainer.ok(ATTEND, { input: sheet });
    expect(first.recordAttendance).toMatchObject({ changed: 20, userErrors: [] });
    const written = await rows();
    expect(written).toHaveLength(20);
    expect(written.filter((r) => r.present)).toHaveLength(18);
    expect(new Set(written.map((r) => r.recorded_by))).toEqual(new Set([trainer.userId]));
    expect(await auditCount("RECORD_ATTENDANCE", sessions[0] as string)).toBe(1);

    // Idempotent: nothing written, nothing audited.
    const again = await trainer.ok(ATTEND, { input: sheet });
    expect(again.recordAttendance).toMatchObject({ changed: 0, userErrors: [] });
    expect(await rows()).toEqual(written);
    expect(await auditCount("RECORD_ATTENDANCE", sessions[0] as string)).toBe(1);

    // A correction changes one mark and is audited once.
    const corrected = await trainer.ok(ATTEND, { input: { sessionId: sessions[0], present: [twenty[18]] } });
    expect(corrected.recordAttendance.changed).toBe(1);
    expect(await auditCount("RECORD_ATTENDANCE", sessions[0] as string)).toBe(2);
    const [event] = await t.sql(
      "SELECT details FROM audit_event WHERE action = 'RECORD_ATTENDANCE' AND entity_id = $1 ORDER BY id DESC LIMIT 1",
      [sessions[0]],
    );
    expect(event.details).toEqual({ added: 0, changed: 1, present: 1, absent: 0 });
    const after = await rows();

    // A woman not enrolled refuses the whole sheet: the other marks are not written either.
    const outsider = await trainer.ok(ATTEND, {
      input: { sessionId: sessions[0], present: [twenty[19], women[20]], absent: [twenty[0]] },
    });
    expect(outsider.recordAttendance).toMatchObject({ changed: null, session: null });
    expect(outsider.recordAttendance.userErrors).toEqual([expect.objectContaining({ field: ["input", "present", "1"] })]);
    expect(await rows()).toEqual(after);
    const both = await trainer.ok(ATTEND, { input: { sessionId: sessions[0], present: [twenty[0]], absent: [twenty[0]] } });
    expect(both.recordAttendance.userErrors).toEqual([expect.objectContaining({ field: ["input", "absent", "0"] })]);
    expect(await auditCount("RECORD_ATTENDANCE", sessions[0] as string)).toBe(2);

    const read = present(
      await trainer.ok(
        graphql(
          `query LearningCourse2($courseId: ID!) { course(id: $courseId) { sessions { attendance { present beneficiary { code firstName } } } } }`,
        ),
        { courseId: course.id },
      ),
      "read",
    );
    const marks = present(read.course?.sessions[0]?.attendance, "marks");
    expect(marks).toHaveLength(20);
    expect(marks.filter((m: { present: boolean }) => m.present)).toHaveLength(19);
    expect(marks[0]?.beneficiary.firstName).toMatch(/^Дилноза/);
    expect(read.course?.sessions[1]?.attendance).toEqual([]);
  });

  it("shows trainers participants' code and first name only", async () => {
    const r = await trainer.ok(
      graphql(
        `query LearningCourse3($courseId: ID!) { course(id: $courseId) { enrollments { id attendedSessions completed beneficiary { id code firstName } } } }`,
      ),
      { courseId: course.id },
    );
    expect(r.course.enrollments).toHaveLength(20);
    const attended = r.course.enrollments.map((e: { attendedSessions: number }) => e.attendedSessions).sort();
    expect(attended).toEqual([0, ...Array(19).fill(1)]);
    expect(r.course.enrollments.some((e: { completed: boolean }) => e.completed)).toBe(false);
    const refused: TypedDocument<unknown, never>[] = [
      graphql(`query LearningCourseLastNames($id: ID!) { course(id: $id) { enrollments { beneficiary { code lastName } } } }`),
      graphql(`query LearningCoursePhones($id: ID!) { course(id: $id) { sessions { attendance { beneficiary { phone } } } } }`),
    ];
    for (const query of refused) {
      const denied = await trainer.gql(query, { id: course.id });
      expect(new Set(codes(denied))).toEqual(new Set(["FORBIDDEN"]));
    }
    // A coordinator sees her last name.
    const full = present(
      await coordinator.ok(
        graphql(`query LearningCourse4($courseId: ID!) { course(id: $courseId) { enrollments { beneficiary { lastName } } } }`),
        { courseId: course.id },
      ),
      "full",
    );
    expect(full.course?.enrollments[0]?.beneficiary.lastName).toMatch(/^Learning/);
  });

  it("lets no analyst, partner or facilitator take attendance or see participants", async () => {
    const before = await t.sql("SELECT count(*)::int AS n FROM attendance");
    const sheet = { sessionId: sessions[1], present: women.slice(0, 20) };
    for (const client of [analyst, facilitator, partner]) {
      const r = await client.gql(ATTEND, { input: sheet });
      expect(codes(r)).toEqual(["FORBIDDEN"]);
      expect(r.data?.recordAttendance ?? null).toBeNull();
      expect(
        codes(
          await client.gql(graphql(`query LearningCourse5($courseId: ID!) { course(id: $courseId) { enrollments { id } } }`), {
            courseId: course.id,
          }),
        ),
      ).toContain("FORBIDDEN");
    }
    expect(await t.sql("SELECT count(*)::int AS n FROM attendance")).toEqual(before);
    // Facilitators read the course itself; nobody outside the training staff reads one course's
    // counts (20 women over its own days: no floor of whole months applies to them).
    for (const client of [analyst, facilitator]) {
      expect(
        codes(
          await client.gql(graphql(`query LearningCourse6($courseId: ID!) { course(id: $courseId) { results { enrolled } } }`), {
            courseId: course.id,
          }),
        ),
      ).toEqual(["FORBIDDEN"]);
    }
    expect(
      (
        await facilitator.ok(graphql(`query LearningCourse7($courseId: ID!) { course(id: $courseId) { id capacity } }`), {
          courseId: course.id,
        })
      ).course.capacity,
    ).toBe(20);
    expect(codes(await partner.gql(graphql(`query LearningCourses3 { courses(first: 1) { totalCount } }`)))).toEqual(["FORBIDDEN"]);
  });

  it("records self-assessment on the training's items and scale only", async () => {
    const r = await trainer.ok(graphql(`query LearningCourse8($courseId: ID!) { course(id: $courseId) { enrollments { id } } }`), {
      courseId: course.id,
    });
    const enrollmentId = present(r.course?.enrollments[0], "enrollment").id;
    const scores = () => t.sql("SELECT phase, item, score FROM self_assessment WHERE enrollment_id = $1 ORDER BY item", [enrollmentId]);
    const refused = async (input: Record<string, unknown>) => {
      const res = await trainer.ok(ASSESS, { input: { enrollmentId, phase: "BEFORE", ...input } });
      expect(res.recordSelfAssessment.enrollment).toBeNull();
      return res.recordSelfAssessment.userErrors.map((e: { field: string[] }) => e.field.join("."));
    };
    expect(
      await refused({
        scores: [
          { item: ITEMS[0], score: 3 },
          { item: ITEMS[1], score: 6 },
        ],
      }),
    ).toEqual(["input.scores.1.score"]);
    expect(await refused({ scores: [{ item: ITEMS[0], score: 0 }] })).toEqual(["input.scores.0.score"]);
    expect(await refused({ scores: [{ item: "I can cook", score: 3 }] })).toEqual(["input.scores.0.item"]);
    expect(await scores()).toEqual([]);

    const ok = await trainer.ok(ASSESS, {
      input: {
        enrollmentId,
        phase: "BEFORE",
        scores: [
          { item: ITEMS[0], score: 2 },
          { item: ITEMS[1], score: 3 },
        ],
      },
    });
    expect(ok.recordSelfAssessment.userErrors).toEqual([]);
    expect(present(ok.recordSelfAssessment.enrollment, "enrollment").selfAssessment).toHaveLength(2);
    // Upsert: the same item again replaces the score.
    await trainer.ok(ASSESS, { input: { enrollmentId, phase: "BEFORE", scores: [{ item: ITEMS[1], score: 4 }] } });
    expect(await scores()).toEqual([
      { phase: "BEFORE", item: ITEMS[0], score: 2 },
      { phase: "BEFORE", item: ITEMS[1], score: 4 },
    ]);
    expect(await auditCount("RECORD_SELF_ASSESSMENT", enrollmentId)).toBe(2);
  });

  it("withdraws a woman, freeing her place", async () => {
    const r = await trainer.ok(graphql(`query LearningCourse9($courseId: ID!) { course(id: $courseId) { enrollments { id } } }`), {
      courseId: course.id,
    });
    const enrollmentId = present(r.course?.enrollments[19], "enrollment").id;
    const w = await trainer.ok(WITHDRAW, { input: { enrollmentId } });
    expect(present(w.withdrawFromCourse.enrollment, "enrollment").withdrawnAt).toBeTruthy();
    const twice = await trainer.ok(WITHDRAW, { input: { enrollmentId } });
    expect(twice.withdrawFromCourse.userErrors).toHaveLength(1);
    const more = await trainer.ok(ENROLL, { input: { courseId: course.id, beneficiaryIds: [women[20]] } });
    expect(more.enrollInCourse).toMatchObject({ added: 1, userErrors: [] });
  });
});
