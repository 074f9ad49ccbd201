import { graphql } from "../../../test/gql";
import { codes, present, startTestPlatform, type TestPlatform } from "../../../test/harness";

let t: TestPlatform;
beforeAll(async () => {
  t = await startTestPlatform();
});
afterAll(() => t?.stop());

describe("trainers and their courses", () => {
  it("lets a trainer manage the courses she gives, and no other trainer's", async () => {
    const giver = await t.signedIn("TRAINER");
    const other = await t.signedIn("TRAINER");
    const coordinator = await t.signedIn("COORDINATOR");
    const [training] = await t.sql("SELECT id FROM training WHERE code = 'I-AND-LEADERSHIP'");
    const course = await giver.ok(
      graphql(
        `mutation LearningTrainerCreateCourse($input: CreateCourseInput!) { createCourse(input: $input) { course { id version trainer { id } } userErrors { field message } } }`,
      ),
      { input: { trainingId: training.id, startsOn: "2026-09-01", endsOn: "2026-10-20", capacity: 10 } },
    );
    const courseId = present(course.createCourse.course, "course").id;
    expect(course.createCourse.course?.trainer?.id).toBe(giver.userId);
    const session = await giver.ok(
      graphql(
        `mutation LearningTrainerScheduleSession($input: ScheduleSessionInput!) { scheduleSession(input: $input) { session { id } userErrors { field message } } }`,
      ),
      { input: { courseId, heldOn: "2026-09-01", topic: "Who am I: self-esteem" } },
    );
    const sessionId = present(session.scheduleSession.session, "session").id;
    const women = (await t.sql("SELECT id FROM beneficiary ORDER BY code OFFSET 250 LIMIT 3")).map((w) => w.id);
    await giver.ok(
      graphql(
        `mutation LearningTrainerEnrollInCourse($input: EnrollInCourseInput!) { enrollInCourse(input: $input) { added userErrors { message } } }`,
      ),
      {
        input: { courseId, beneficiaryIds: women },
      },
    );

    const ATTEND = graphql(
      `mutation LearningTrainerRecordAttendance($input: RecordAttendanceInput!) { recordAttendance(input: $input) { changed userErrors { field message } } }`,
    );
    const refused = await other.gql(ATTEND, { input: { sessionId, present: women } });
    expect(codes(refused)).toEqual(["FORBIDDEN"]);
    expect(refused.errors?.[0]?.message).toBe("Trainers manage only the courses they give.");
    expect((await t.sql("SELECT count(*)::int AS n FROM attendance WHERE session_id = $1", [sessionId]))[0].n).toBe(0);
    const [denied] = await t.sql(
      "SELECT count(*)::int AS n FROM audit_event WHERE action = 'DENIED' AND actor_id = $1 AND entity_id = $2",
      [other.userId, courseId],
    );
    expect(denied.n).toBe(1);
    const schedule = await other.gql(
      graphql(
        `mutation LearningTrainerScheduleSession2($input: ScheduleSessionInput!) { scheduleSession(input: $input) { session { id } } }`,
      ),
      {
        input: { courseId, heldOn: "2026-09-08", topic: "My voice" },
      },
    );
    expect(codes(schedule)).toEqual(["FORBIDDEN"]);

    expect((await giver.ok(ATTEND, { input: { sessionId, present: women } })).recordAttendance.changed).toBe(3);
    expect(
      (await coordinator.ok(ATTEND, { input: { sessionId, present: women.slice(0, 2), absent: women.slice(2) } })).recordAttendance.changed,
    ).toBe(1);
  });

  it("shows a trainer the enrolments, attendance and scores of the courses she gives only", async () => {
    const giver = await t.signedIn("TRAINER");
    const other = await t.signedIn("TRAINER");
    const [training] = await t.sql("SELECT id, assessment_items FROM training WHERE code = 'I-AND-LEADERSHIP'");
    const created = await giver.ok(
      graphql(
        `mutation LearningTrainerCreateCourse2($input: CreateCourseInput!) { createCourse(input: $input) { course { id } userErrors { message } } }`,
      ),
      { input: { trainingId: training.id, startsOn: "2026-09-01", endsOn: "2026-10-20", capacity: 10 } },
    );
    const courseId = present(created.createCourse.course, "course").id;
    const session = await giver.ok(
      graphql(
        `mutation LearningTrainerScheduleSession3($input: ScheduleSessionInput!) { scheduleSession(input: $input) { session { id } userErrors { message } } }`,
      ),
      { input: { courseId, heldOn: "2026-09-01", topic: "Who am I" } },
    );
    const sessionId = present(session.scheduleSession.session, "session").id;
    const women = (await t.sql("SELECT id FROM beneficiary ORDER BY code OFFSET 260 LIMIT 2")).map((w) => w.id);
    await giver.ok(
      graphql(`mutation LearningTrainerEnrollInCourse2($input: EnrollInCourseInput!) { enrollInCourse(input: $input) { added } }`),
      {
        input: { courseId, beneficiaryIds: women },
      },
    );
    await giver.ok(
      graphql(`mutation LearningTrainerRecordAttendance2($input: RecordAttendanceInput!) { recordAttendance(input: $input) { changed } }`),
      {
        input: { sessionId, present: women },
      },
    );
    const [enrollment] = await t.sql("SELECT id FROM enrollment WHERE course_id = $1 ORDER BY enrolled_at LIMIT 1", [courseId]);
    await giver.ok(
      graphql(
        `mutation LearningTrainerRecordSelfAssessment($input: RecordSelfAssessmentInput!) { recordSelfAssessment(input: $input) { userErrors { message } } }`,
      ),
      {
        input: { enrollmentId: enrollment.id, phase: "BEFORE", scores: [{ item: training.assessment_items[0], score: 2 }] },
      },
    );
    const READ =
      graphql(`query LearningTrainerCourse($id: ID!) { course(id: $id) { id enrollments { id beneficiary { code } selfAssessment { score } }
      sessions { id attendance { present beneficiary { code } } } } }`);
    const own = present((await giver.ok(READ, { id: courseId })).course, "own");
    expect(own.enrollments).toHaveLength(2);
    expect(own.enrollments.flatMap((e: { selfAssessment: unknown[] }) => e.selfAssessment)).toEqual([{ score: 2 }]);
    expect(own.sessions[0]?.attendance).toHaveLength(2);
    const foreign = (await other.ok(READ, { id: courseId })).course;
    expect(foreign.id).toBe(courseId);
    expect(foreign.enrollments).toEqual([]);
    expect(foreign.sessions).toEqual([{ id: sessionId, attendance: [] }]);
    const coordinator = await t.signedIn("COORDINATOR");
    expect((await coordinator.ok(READ, { id: courseId })).course.enrollments).toHaveLength(2);
  });
});
