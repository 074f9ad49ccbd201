import { graphql } from "../../../test/gql";
import { codes, startTestPlatform, type TestPlatform } from "../../../test/harness";

const TRAINERS = graphql(`query LearningCourseTrainers { courseTrainers { id fullName role } }`);
const CREATE = graphql(`mutation LearningScreensCreateCourse($input: CreateCourseInput!) { createCourse(input: $input) {
  course { id startsOn endsOn trainer { id } } userErrors { field code } } }`);
const COURSES = graphql(`query LearningScreensCourses($filter: CourseFilter) { courses(first: 100, filter: $filter) {
  totalCount edges { node { id } } } }`);

let t: TestPlatform;
beforeAll(async () => {
  t = await startTestPlatform();
});
afterAll(() => t?.stop());

describe("what the course screens ask for", () => {
  it("names who may give a course to training staff, and to nobody else", async () => {
    const trainer = await t.signedIn("TRAINER");
    const coordinator = await t.signedIn("COORDINATOR");
    const caseWorker = await t.signedIn("CASE_WORKER", ["CRISIS"]);
    const { courseTrainers } = await coordinator.ok(TRAINERS);
    const ids = courseTrainers.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining([trainer.userId, coordinator.userId]));
    expect(ids).not.toContain(caseWorker.userId);
    expect(new Set(courseTrainers.map((s) => s.role))).toEqual(new Set(["TRAINER", "COORDINATOR"]));
    expect((await trainer.ok(TRAINERS)).courseTrainers.map((s) => s.id)).toEqual(ids);
    expect(codes(await caseWorker.gql(TRAINERS))).toEqual(["FORBIDDEN"]);
  });

  it("lists the courses running between two days, and refuses a day written wrongly", async () => {
    const trainer = await t.signedIn("TRAINER");
    const coordinator = await t.signedIn("COORDINATOR");
    const [training] = await t.sql("SELECT id FROM training WHERE code = 'I-AND-LEADERSHIP'");
    const make = async (startsOn: string, endsOn: string) => {
      const r = await coordinator.ok(CREATE, {
        input: { trainingId: training.id, startsOn, endsOn, capacity: 10, trainerId: trainer.userId },
      });
      expect(r.createCourse.userErrors).toEqual([]);
      return r.createCourse.course?.id;
    };
    const spring = await make("2031-03-01", "2031-04-30");
    const summer = await make("2031-06-01", "2031-07-15");
    const autumn = await make("2031-09-01", "2031-10-31");
    const ids = async (filter: Record<string, unknown>) =>
      (await trainer.ok(COURSES, { filter: { mine: true, ...filter } })).courses.edges.map((e) => e.node.id);
    expect(await ids({ from: "2031-04-15", to: "2031-06-10" })).toEqual([summer, spring]);
    expect(await ids({ from: "2031-07-16" })).toEqual([autumn]);
    expect(await ids({ to: "2031-05-31" })).toEqual([spring]);
    expect(await ids({})).toEqual([autumn, summer, spring]);
    const bad = await trainer.gql(COURSES, { filter: { from: "15.04.2031" } });
    expect(codes(bad)).toEqual(["BAD_USER_INPUT"]);
  });
});
