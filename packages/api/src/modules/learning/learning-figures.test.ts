import { graphql } from "../../../test/gql";
import { type Client, codes, present, startTestPlatform, type TestPlatform, type TypedDocument } from "../../../test/harness";

/**
 * A small fixture with figures worked out by hand. Training FIG-TEST: 5 sessions, 80 % to
 * complete (4 of 5), items A and B on a 1–5 scale.
 *
 * Course 1 (March 2025): W1 attends 5, W2 4, W3 3, W4 2 → W1 and W2 complete: 2 of 4.
 *   Scores BEFORE → AFTER: W1 (2,2) → (4,5): mean 2 → 4.5, +2.5; W2 (3,3) → (3,4): 3 → 3.5, +0.5;
 *   W3 (4,4) → (3,3): 4 → 3, −1; W4 BEFORE only: not assessed.
 *   averageChange = (2.5 + 0.5 − 1) / 3 = 2/3; improved = 2.
 * Course 2 (March 2025): W1 again, attends 5 → completes (she counts once among women trained).
 * Course 3 (June 2024, outside the period): W3 attends 5 → completes, not counted.
 * W1 and W2 live in district A, W3 and W4 in district B.
 *
 * Over March 2025: women trained A = 2 (W1, W2), B = none; enrolments 5, completed 3 → 0.6;
 * average change 2/3, improved 2, courses 2.
 */
const A = "Item A";
const B = "Item B";

let t: TestPlatform;
let coordinator: Client;
let trainer: Client;
let analyst: Client;
let trainingId: string;
let districts: string[];
let course1: string;
const enrollmentOf = new Map<string, string>();

/** Runs a mutation, expecting no user errors; answers its payload `field`. */
async function ok<K extends string, R extends { [P in K]: { userErrors: unknown[] } }>(
  client: Client,
  document: TypedDocument<R, never>,
  input: Record<string, unknown>,
  field: K,
): Promise<R[K]> {
  const r = await client.ok(document, { input });
  expect(r[field].userErrors).toEqual([]);
  return r[field];
}

async function course(startsOn: string, endsOn: string, days: string[], attendance: Record<string, number>) {
  const c = await ok(
    trainer,
    graphql(
      `mutation LearningFiguresCreateCourse($input: CreateCourseInput!) { createCourse(input: $input) { course { id } userErrors { field message code } } }`,
    ),
    { trainingId, startsOn, endsOn, capacity: 10 },
    "createCourse",
  );
  const courseId = present(c.course, "the course").id;
  const sessions: string[] = [];
  for (const heldOn of days) {
    const s = await ok(
      trainer,
      graphql(
        `mutation LearningFiguresScheduleSession($input: ScheduleSessionInput!) { scheduleSession(input: $input) { session { id } userErrors { field message code } } }`,
      ),
      { courseId, heldOn, topic: "Leadership" },
      "scheduleSession",
    );
    sessions.push(present(s.session, "the session").id);
  }
  const women = Object.keys(attendance);
  await ok(
    trainer,
    graphql(
      `mutation LearningFiguresEnrollInCourse($input: EnrollInCourseInput!) { enrollInCourse(input: $input) { added userErrors { field message code } } }`,
    ),
    { courseId, beneficiaryIds: women },
    "enrollInCourse",
  );
  for (const [i, sessionId] of sessions.entries()) {
    const present = women.filter((w) => (attendance[w] as number) > i);
    const absent = women.filter((w) => !present.includes(w));
    await ok(
      trainer,
      graphql(
        `mutation LearningFiguresRecordAttendance($input: RecordAttendanceInput!) { recordAttendance(input: $input) { changed userErrors { field message code } } }`,
      ),
      { sessionId, present, absent },
      "recordAttendance",
    );
  }
  return courseId;
}

async function assess(woman: string, phase: "BEFORE" | "AFTER", a: number, b: number) {
  await ok(
    trainer,
    graphql(
      `mutation LearningFiguresRecordSelfAssessment($input: RecordSelfAssessmentInput!) { recordSelfAssessment(input: $input) { enrollment { id } userErrors { field message code } } }`,
    ),
    {
      enrollmentId: enrollmentOf.get(woman),
      phase,
      scores: [
        { item: A, score: a },
        { item: B, score: b },
      ],
    },
    "recordSelfAssessment",
  );
}

beforeAll(async () => {
  t = await startTestPlatform();
  coordinator = await t.signedIn("COORDINATOR");
  trainer = await t.signedIn("TRAINER");
  analyst = await t.signedIn("ANALYST");
  const places: { id: string; districtId: string }[] = await t.sql(
    `SELECT DISTINCT ON (district_id) id, district_id AS "districtId" FROM community ORDER BY district_id, name LIMIT 2`,
  );
  districts = places.map((p) => p.districtId);
  const unitId = await t.unitId("CRISIS");
  const w: string[] = [];
  for (const [n, place] of [places[0], places[0], places[1], places[1]].entries()) {
    const r = await coordinator.ok(
      graphql(
        `mutation LearningFiguresCreateBeneficiary($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { beneficiary { id } userErrors { message } } }`,
      ),
      { input: { firstName: `Figure${n + 1}`, lastName: "Fixture", communityId: place?.id, unitId } },
    );
    w.push(present(r.createBeneficiary.beneficiary, "the woman").id);
  }
  const [w1, w2, w3, w4] = w as [string, string, string, string];
  const tr = await ok(
    coordinator,
    graphql(
      `mutation LearningFiguresCreateTraining($input: CreateTrainingInput!) { createTraining(input: $input) { training { id } userErrors { field message code } } }`,
    ),
    { code: "FIG-TEST", title: "Figures", aims: "Known numbers.", sessionCount: 5, completionPercent: 80, assessmentItems: [A, B] },
    "createTraining",
  );
  trainingId = present(tr.training, "the training").id;
  const march = ["2025-03-03", "2025-03-05", "2025-03-10", "2025-03-12", "2025-03-17"];
  course1 = await course("2025-03-01", "2025-03-31", march, { [w1]: 5, [w2]: 4, [w3]: 3, [w4]: 2 });
  await course("2025-03-01", "2025-03-20", march, { [w1]: 5 });
  await course("2024-06-01", "2024-06-30", ["2024-06-03", "2024-06-04", "2024-06-05", "2024-06-06", "2024-06-07"], { [w3]: 5 });
  const rows: { id: string; beneficiary_id: string }[] = await t.sql("SELECT id, beneficiary_id FROM enrollment WHERE course_id = $1", [
    course1,
  ]);
  for (const r of rows) enrollmentOf.set(r.beneficiary_id, r.id);
  await assess(w1, "BEFORE", 2, 2);
  await assess(w1, "AFTER", 4, 5);
  await assess(w2, "BEFORE", 3, 3);
  await assess(w2, "AFTER", 3, 4);
  await assess(w3, "BEFORE", 4, 4);
  await assess(w3, "AFTER", 3, 3);
  await assess(w4, "BEFORE", 1, 1);
});
afterAll(() => t?.stop());

it("derives each woman's attendance and completion", async () => {
  const r = await trainer.ok(
    graphql(
      `query LearningFiguresAttendance($id: ID!) { course(id: $id) { enrollments { attendedSessions completed beneficiary { firstName } } } }`,
    ),
    { id: course1 },
  );
  const byName = Object.fromEntries(
    r.course.enrollments.map((e) => [e.beneficiary.firstName, { attended: e.attendedSessions, completed: e.completed }]),
  );
  expect(byName).toEqual({
    Figure1: { attended: 5, completed: true },
    Figure2: { attended: 4, completed: true },
    Figure3: { attended: 3, completed: false },
    Figure4: { attended: 2, completed: false },
  });
});

it("computes a course's results for the training staff, and refuses them to an analyst", async () => {
  // Four women over the course's own days: an analyst would read counts under the floor.
  expect(
    codes(
      await analyst.gql(graphql(`query LearningFiguresCourse($id: ID!) { course(id: $id) { results { enrolled } } }`), { id: course1 }),
    ),
  ).toEqual(["FORBIDDEN"]);
  const r = await coordinator.ok(
    graphql(
      `query LearningFiguresCourse2($id: ID!) { course(id: $id) { results { enrolled withdrawn completed completionRate assessed averageChange improved } } }`,
    ),
    { id: course1 },
  );
  const { averageChange, ...rest } = r.course.results;
  expect(rest).toEqual({ enrolled: 4, withdrawn: 0, completed: 2, completionRate: 0.5, assessed: 3, improved: 2 });
  expect(averageChange).toBeCloseTo(2 / 3, 10);
});

it("reports women trained by district, completion and change per training over a period", async () => {
  const query = graphql(`query LearningFiguresLearningFigures { learningFigures(from: "2025-03-01", to: "2025-03-31") {
    from to
    womenTrainedByTrainingAndDistrict { training { id } district { id } women }
    byTraining { training { id code } courses enrolled completed completionRate averageSelfAssessmentChange improved } } }`);
  const r = await trainer.ok(query);
  const trained = r.learningFigures.womenTrainedByTrainingAndDistrict.filter((x) => x.training.id === trainingId);
  expect(trained).toEqual([{ training: { id: trainingId }, district: { id: districts[0] }, women: 2 }]);
  const mine = r.learningFigures.byTraining.filter((x) => x.training.id === trainingId);
  expect(mine).toHaveLength(1);
  const { averageSelfAssessmentChange, ...rest } = present(mine[0], "the training's figures");
  expect(rest).toEqual({
    training: { id: trainingId, code: "FIG-TEST" },
    courses: 2,
    enrolled: 5,
    completed: 3,
    completionRate: 0.6,
    improved: 2,
  });
  expect(averageSelfAssessmentChange).toBeCloseTo(2 / 3, 10);

  // 2024 holds only course 3, where W3 completed.
  const earlier = await trainer.ok(
    graphql(`query LearningFiguresLearningFigures2 { learningFigures(from: "2024-01-01", to: "2024-12-31") {
    womenTrainedByTrainingAndDistrict { training { id } district { id } women } } }`),
  );
  expect(earlier.learningFigures.womenTrainedByTrainingAndDistrict.filter((x) => x.training.id === trainingId)).toEqual([
    { training: { id: trainingId }, district: { id: districts[1] }, women: 1 },
  ]);
  expect(
    codes(
      await analyst.gql(
        graphql(`query LearningFiguresLearningFigures3 { learningFigures(from: "2025-12-31", to: "2025-01-01") { from } }`),
      ),
    ),
  ).toEqual(["BAD_USER_INPUT"]);

  // An analyst, who reads no personal data, gets the floor: whole ended months, counts below 5
  // withheld, and no rate or mean over fewer than 5 women.
  const floored = await analyst.ok(
    graphql(`query LearningFiguresLearningFigures4 { learningFigures(from: "2025-03-01", to: "2025-03-31") { minimumCount
    womenTrainedByTrainingAndDistrict { training { id } women suppressed }
    byTraining { training { id } courses enrolled completed completionRate averageSelfAssessmentChange improved } } }`),
  );
  expect(floored.learningFigures.minimumCount).toBe(5);
  expect(floored.learningFigures.womenTrainedByTrainingAndDistrict.filter((x) => x.training.id === trainingId)).toEqual([
    { training: { id: trainingId }, women: null, suppressed: true },
  ]);
  expect(floored.learningFigures.byTraining.find((x) => x.training.id === trainingId)).toEqual({
    training: { id: trainingId },
    courses: 2,
    enrolled: 5,
    completed: null,
    completionRate: null,
    averageSelfAssessmentChange: null,
    improved: null,
  });
  expect(
    codes(
      await analyst.gql(
        graphql(`query LearningFiguresLearningFigures5 { learningFigures(from: "2025-03-10", to: "2025-03-10") { from } }`),
      ),
    ),
  ).toEqual(["BAD_USER_INPUT"]);
  expect(
    (
      await trainer.ok(
        graphql(`query LearningFiguresLearningFigures6 { learningFigures(from: "2025-03-10", to: "2025-03-10") { minimumCount } }`),
      )
    ).learningFigures.minimumCount,
  ).toBeNull();
});

it("costs the same number of SQL statements for a course of 1 woman as of 4", async () => {
  const query =
    graphql(`query LearningFiguresCourseCost($id: ID!) { course(id: $id) { results { completed } sessions { attendance { present beneficiary { firstName } } }
       enrollments { attendedSessions completed selfAssessment { score } beneficiary { firstName } } } }`);
  const [small] = await t.sql("SELECT c.id FROM training_course c WHERE c.ends_on = '2024-06-30'");
  const statements = async (id: string) => {
    const r = await coordinator.gql(query, { id });
    expect(r.errors).toBeUndefined();
    return r.headers.get("x-nk-sql-statements");
  };
  expect(await statements(small.id)).toBe(await statements(course1));
});

it("keeps the dashboard's completions equal to the marks after attendance changes and sessions archived", async () => {
  const dashboard = graphql(`query LearningFiguresDashboard($scope: DashboardScope!) { dashboard(scope: $scope) {
    trainings { training { code } courses enrolled { value } completed { value } } } }`);
  const march = async () => {
    const { trainings } = (await coordinator.ok(dashboard, { scope: { from: "2025-03-01", to: "2025-03-31" } })).dashboard;
    const fig = trainings.find((r) => r.training.code === "FIG-TEST");
    return [fig?.courses, fig?.enrolled.value, fig?.completed.value];
  };
  /** The sessions each enrolment attended as the rollup keeps them, and counted from the marks. */
  const agree = async () => {
    const kept = await t.sql("SELECT enrollment_id AS id, attended FROM enrollment_attendance WHERE attended <> 0 ORDER BY 1");
    const counted = await t.sql(
      `SELECT a.enrollment_id AS id, count(*)::int AS attended FROM attendance a
         JOIN training_session s ON s.id = a.session_id AND s.archived_at IS NULL
        WHERE a.present GROUP BY 1 ORDER BY 1`,
    );
    expect(kept).toEqual(counted);
  };
  // W1 and W2 complete course 1, W1 course 2 as well: two women.
  expect(await march()).toEqual([2, 4, 2]);
  await agree();

  const sessions: { id: string }[] = await t.sql("SELECT id FROM training_session WHERE course_id = $1 ORDER BY held_on", [course1]);
  const women: { id: string; first_name: string }[] = await t.sql(
    "SELECT b.id, b.first_name FROM beneficiary b JOIN enrollment e ON e.beneficiary_id = b.id WHERE e.course_id = $1 ORDER BY b.first_name",
    [course1],
  );
  const [f1, f2, f3, f4] = women.map((w) => w.id) as [string, string, string, string];
  // W2 marked absent at the first session after all: 3 of 5, she no longer completes.
  await ok(
    trainer,
    graphql(
      `mutation LearningFiguresRecordAttendanceAgain($input: RecordAttendanceInput!) { recordAttendance(input: $input) { changed userErrors { field message code } } }`,
    ),
    { sessionId: sessions[0]?.id, present: [f1, f3, f4], absent: [f2] },
    "recordAttendance",
  );
  expect(await march()).toEqual([2, 4, 1]);
  await agree();

  // Two sessions of course 1 archived: W1 attended 3 of it, yet still completes course 2.
  await t.sql("UPDATE training_session SET archived_at = now() WHERE id = ANY($1)", [[sessions[1]?.id, sessions[2]?.id]]);
  await agree();
  expect(await march()).toEqual([2, 4, 1]);
  // Restored: W1 completes course 1 again, and the marks count again.
  await t.sql("UPDATE training_session SET archived_at = NULL WHERE id = ANY($1)", [[sessions[1]?.id, sessions[2]?.id]]);
  await agree();
  expect(await march()).toEqual([2, 4, 1]);
  // A session deleted: its marks leave the counts.
  await t.sql("DELETE FROM training_session WHERE id = $1", [sessions[4]?.id]);
  await agree();
});

it("keeps the dashboard's trainings equal to a count from the enrolments, courses and marks after each kind of change", async () => {
  const dashboard = graphql(`query LearningFiguresDashboardPeriods($scope: DashboardScope!) { dashboard(scope: $scope) {
    trainings { training { code } courses enrolled { value } completed { value } } } }`);
  const PERIODS = [
    { from: "2025-03-01", to: "2025-03-31" },
    { from: "2025-03-10", to: "2025-03-20" },
    { from: "2024-01-01", to: "2025-12-31" },
    { from: "2024-06-01", to: "2025-03-05" },
    { from: "2025-04-01", to: "2025-04-30" },
  ];
  /** Per period and district (and all districts): FIG-TEST's courses, women enrolled and women who completed. */
  const figures = async () => {
    const out: Record<string, unknown> = {};
    for (const scope of PERIODS)
      for (const districtId of [undefined, ...districts]) {
        const { trainings } = (await coordinator.ok(dashboard, { scope: { ...scope, ...(districtId ? { districtId } : {}) } })).dashboard;
        const fig = trainings.find((r) => r.training.code === "FIG-TEST");
        out[`${scope.from}..${scope.to} ${districtId ?? "all"}`] = fig ? [fig.courses, fig.enrolled.value, fig.completed.value] : null;
      }
    return out;
  };
  /** The same, counted from the enrolments, the courses and the marks themselves. */
  const direct = async () => {
    const out: Record<string, unknown> = {};
    for (const scope of PERIODS)
      for (const districtId of [null, ...districts]) {
        const [r] = await t.sql(
          `SELECT count(DISTINCT c.id)::int AS courses,
                  count(DISTINCT e.beneficiary_id) FILTER (WHERE e.withdrawn_at IS NULL)::int AS enrolled,
                  count(DISTINCT e.beneficiary_id) FILTER (WHERE (SELECT count(*) FROM attendance a JOIN training_session s ON s.id = a.session_id
                     AND s.archived_at IS NULL WHERE a.enrollment_id = e.id AND a.present) * 100 >= t.completion_percent * t.session_count
                     AND c.ends_on <= $3)::int AS completed
             FROM training_course c JOIN training t ON t.id = c.training_id JOIN enrollment e ON e.course_id = c.id
             LEFT JOIN community com ON com.id = c.community_id
            WHERE t.code = 'FIG-TEST' AND c.archived_at IS NULL AND c.starts_on <= $3 AND c.ends_on >= $2
              AND ($1::uuid IS NULL OR com.district_id = $1::uuid)`,
          [districtId, scope.from, scope.to],
        );
        out[`${scope.from}..${scope.to} ${districtId ?? "all"}`] = r.courses ? [r.courses, r.enrolled, r.completed] : null;
      }
    return out;
  };
  const agree = async () => expect(await figures()).toEqual(await direct());
  await agree();
  expect((await figures())["2025-03-01..2025-03-31 all"]).toEqual([2, 4, 1]);

  // W4 withdraws from course 1.
  const [w4] = await t.sql(
    `SELECT e.id FROM enrollment e JOIN beneficiary b ON b.id = e.beneficiary_id WHERE e.course_id = $1 ORDER BY b.first_name DESC LIMIT 1`,
    [course1],
  );
  const withdrawn = await trainer.ok(
    graphql(
      `mutation LearningFiguresWithdraw($input: WithdrawFromCourseInput!) { withdrawFromCourse(input: $input) { enrollment { id } userErrors { code } } }`,
    ),
    { input: { enrollmentId: w4.id } },
  );
  expect(withdrawn.withdrawFromCourse.userErrors).toEqual([]);
  await agree();
  expect((await figures())["2025-03-01..2025-03-31 all"]).toEqual([2, 3, 1]);

  // Course 1's days moved into April and back, in one statement each; then archived and restored.
  await t.sql("UPDATE training_course SET starts_on = starts_on + 31, ends_on = ends_on + 31 WHERE id = $1", [course1]);
  await agree();
  expect((await figures())["2025-04-01..2025-04-30 all"]).toEqual([1, 3, 0]);
  await t.sql("UPDATE training_course SET starts_on = starts_on - 31, ends_on = ends_on - 31 WHERE id = $1", [course1]);
  await agree();
  await t.sql("UPDATE training_course SET archived_at = now() WHERE id = $1", [course1]);
  await agree();
  expect((await figures())["2025-03-01..2025-03-31 all"]).toEqual([1, 1, 1]);
  await t.sql("UPDATE training_course SET archived_at = NULL WHERE id = $1", [course1]);
  await agree();

  // Course 1 given a community in the first district, then moved to one in the second.
  for (const district of districts) {
    const [place] = await t.sql("SELECT id FROM community WHERE district_id = $1 ORDER BY name LIMIT 1", [district]);
    await t.sql("UPDATE training_course SET community_id = $2 WHERE id = $1", [course1, place.id]);
    await agree();
    expect((await figures())[`2025-03-01..2025-03-31 ${district}`]).toEqual([1, 3, 1]);
  }
  // The training's curriculum shortened: W2 and W3 now complete too.
  await t.sql("UPDATE training SET session_count = 3 WHERE code = 'FIG-TEST'");
  await agree();
  expect((await figures())["2025-03-01..2025-03-31 all"]).toEqual([2, 3, 3]);
});
