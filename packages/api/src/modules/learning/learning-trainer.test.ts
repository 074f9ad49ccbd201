import { codes, startTestPlatform, type TestPlatform } from "../../../test/harness";

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
      `mutation($input: CreateCourseInput!) { createCourse(input: $input) { course { id version trainer { id } } userErrors { field message } } }`,
      { input: { trainingId: training.id, startsOn: "2026-09-01", endsOn: "2026-10-20", capacity: 10 } },
    );
    const courseId = course.createCourse.course.id;
    expect(course.createCourse.course.trainer.id).toBe(giver.userId);
    const session = await giver.ok(
      `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { session { id } userErrors { field message } } }`,
      { input: { courseId, heldOn: "2026-09-01", topic: "Who am I: self-esteem" } },
    );
    const sessionId = session.scheduleSession.session.id;
    const women = (await t.sql("SELECT id FROM beneficiary ORDER BY code OFFSET 250 LIMIT 3")).map((w) => w.id);
    await giver.ok(`mutation($input: EnrollInCourseInput!) { enrollInCourse(input: $input) { added userErrors { message } } }`, {
      input: { courseId, beneficiaryIds: women },
    });

    const ATTEND = `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { changed userErrors { field message } } }`;
    const refused = await other.gql(ATTEND, { input: { sessionId, present: women } });
    expect(codes(refused)).toEqual(["FORBIDDEN"]);
    expect(refused.errors?.[0]?.message).toBe("Trainers manage only the courses they give.");
    expect((await t.sql("SELECT count(*)::int AS n FROM attendance WHERE session_id = $1", [sessionId]))[0].n).toBe(0);
    const [denied] = await t.sql(
      "SELECT count(*)::int AS n FROM audit_event WHERE action = 'DENIED' AND actor_id = $1 AND entity_id = $2",
      [other.userId, courseId],
    );
    expect(denied.n).toBe(1);
    const schedule = await other.gql(`mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { session { id } } }`, {
      input: { courseId, heldOn: "2026-09-08", topic: "My voice" },
    });
    expect(codes(schedule)).toEqual(["FORBIDDEN"]);

    expect((await giver.ok(ATTEND, { input: { sessionId, present: women } })).recordAttendance.changed).toBe(3);
    expect(
      (await coordinator.ok(ATTEND, { input: { sessionId, present: women.slice(0, 2), absent: women.slice(2) } })).recordAttendance.changed,
    ).toBe(1);
  });
});
