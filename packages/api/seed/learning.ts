import type { EntityManager } from "typeorm";
import {
  AdvocacyAction,
  AdvocacyResult,
  AdvocacyTarget,
  GroupMeeting,
  GroupMeetingAttendance,
  GroupMembership,
  GroupStage,
  GroupStageChange,
  SelfHelpGroup,
  SupportService,
  SupportServiceActivity,
} from "../src/modules/community/group.entity";
import {
  AssessmentPhase,
  Attendance,
  Enrollment,
  SelfAssessment,
  Training,
  TrainingCourse,
  TrainingSession,
} from "../src/modules/learning/training.entity";
import { addDays, type Random, random } from "./helpers";

const ITEMS = ["I value myself", "I speak up in my family", "I speak in public", "I know my rights", "I can plan my future"];
const TOPICS = [
  "Who am I: self-esteem",
  "My voice in the family",
  "Speaking in public",
  "Women's rights in Tajik law",
  "Domestic violence: where to get help",
  "Planning my future",
  "Money of my own",
  "Leading a group",
];

/** "I and leadership" with four past courses, their attendance and self-assessments. */
async function seedTrainings(em: EntityManager, r: Random, women: string[], communities: string[]) {
  const [program] = (await em.query("SELECT id FROM program WHERE code = 'LEADERSHIP'")) as { id: string }[];
  const training = await em.save(
    Training,
    em.create(Training, {
      code: "I-AND-LEADERSHIP",
      title: "Ман ва пешвоӣ",
      aims: "Women and girls raise their self-esteem, learn to speak about their problems openly and to stand up for their rights.",
      topics: TOPICS,
      sessionCount: 8,
      completionPercent: 80,
      assessmentItems: ITEMS,
      scaleMin: 1,
      scaleMax: 5,
      programId: program?.id ?? null,
    }),
  );
  for (let c = 0; c < 4; c++) {
    const startsOn = addDays("2025-03-03", c * 91);
    const course = await em.save(
      TrainingCourse,
      em.create(TrainingCourse, {
        trainingId: training.id,
        communityId: communities[c * 2] ?? null,
        place: "Маркази ҷамоатӣ",
        startsOn,
        endsOn: addDays(startsOn, 49),
        capacity: 20,
      }),
    );
    const sessions = await em.save(
      TrainingSession,
      TOPICS.map((topic, i) => em.create(TrainingSession, { courseId: course.id, heldOn: addDays(startsOn, i * 7), topic })),
    );
    const cohort = women.slice(c * 18, c * 18 + 16 + (c % 3));
    const enrollments = await em.save(
      Enrollment,
      cohort.map((beneficiaryId) => em.create(Enrollment, { courseId: course.id, beneficiaryId })),
    );
    const attendance: Partial<Attendance>[] = [];
    const scores: Partial<SelfAssessment>[] = [];
    for (const e of enrollments) {
      const commitment = 0.6 + r.next() * 0.4;
      for (const s of sessions) attendance.push({ sessionId: s.id, enrollmentId: e.id, present: r.next() < commitment });
      for (const item of ITEMS) {
        const before = 1 + Math.floor(r.next() * 3);
        scores.push({ enrollmentId: e.id, phase: AssessmentPhase.BEFORE, item, score: before });
        scores.push({ enrollmentId: e.id, phase: AssessmentPhase.AFTER, item, score: Math.min(5, before + Math.floor(r.next() * 3)) });
      }
    }
    await em.insert(Attendance, attendance);
    await em.insert(SelfAssessment, scores);
  }
}

const STAGES = [GroupStage.AUTONOMOUS, GroupStage.ACTIVE, GroupStage.ACTIVE, GroupStage.FORMING];
const GROUP_NAMES = ["Umed", "Nur", "Bahor", "Mehr", "Dilafruz", "Guliston", "Ravshan", "Sitora"];

/** 24 self-help groups over the 9 communities, and 12 support services for women. */
async function seedGroups(em: EntityManager, r: Random, women: string[], communities: string[]) {
  const names: { id: string; name: string }[] = await em.query("SELECT id, name FROM community ORDER BY name");
  let next = 100;
  for (let g = 0; g < 24; g++) {
    const community = names[g % names.length] as { id: string; name: string };
    const stage = STAGES[g % STAGES.length] as GroupStage;
    const foundedOn = addDays("2020-02-01", g * 60);
    const group = await em.save(
      SelfHelpGroup,
      em.create(SelfHelpGroup, {
        name: `${GROUP_NAMES[g % GROUP_NAMES.length]} (${community.name} ${Math.floor(g / names.length) + 1})`,
        communityId: community.id,
        foundedOn,
        stage,
      }),
    );
    const path =
      stage === GroupStage.AUTONOMOUS
        ? [GroupStage.FORMING, GroupStage.ACTIVE, GroupStage.AUTONOMOUS]
        : stage === GroupStage.ACTIVE
          ? [GroupStage.FORMING, GroupStage.ACTIVE]
          : [GroupStage.FORMING];
    let from: GroupStage | null = null;
    for (const [i, to] of path.entries()) {
      await em.insert(GroupStageChange, { groupId: group.id, fromStage: from, toStage: to, changedOn: addDays(foundedOn, i * 365) });
      from = to;
    }
    const members = women.slice(next, next + 8 + (g % 6));
    next += members.length;
    await em.insert(
      GroupMembership,
      members.map((beneficiaryId) => ({ groupId: group.id, beneficiaryId, joinedOn: addDays(foundedOn, Math.floor(r.next() * 60)) })),
    );
    for (let m = 0; m < 3; m++) {
      const meeting = await em.save(
        GroupMeeting,
        em.create(GroupMeeting, {
          groupId: group.id,
          heldOn: addDays("2026-08-05", m * 30 + g),
          topics: ["Savings", "Rights of women"].slice(0, 1 + (m % 2)),
          decisions: m === 2 ? "Ask the jamoat for a place to meet." : null,
        }),
      );
      await em.insert(
        GroupMeetingAttendance,
        members.filter(() => r.next() < 0.75).map((beneficiaryId) => ({ meetingId: meeting.id, beneficiaryId })),
      );
    }
    if (stage !== GroupStage.FORMING) {
      await em.insert(AdvocacyAction, {
        groupId: group.id,
        actedOn: addDays("2026-03-01", g * 5),
        targetKind: r.pick([AdvocacyTarget.JAMOAT, AdvocacyTarget.SCHOOL, AdvocacyTarget.CLINIC, AdvocacyTarget.LOCAL_AUTHORITY]),
        targetName: `${community.name} office`,
        request: r.pick([
          "Clean drinking water for the mahalla",
          "A women's doctor at the clinic once a week",
          "School places for girls",
          "Street lights on the road to the school",
        ]),
        result: r.pick([AdvocacyResult.ACHIEVED, AdvocacyResult.PARTLY_ACHIEVED, AdvocacyResult.PENDING, AdvocacyResult.REFUSED]),
      });
    }
  }
  const kinds = ["Legal advice point", "Psychosocial support", "Information point for women"];
  for (let s = 0; s < 12; s++) {
    const community = communities[s % communities.length] as string;
    const service = await em.save(
      SupportService,
      em.create(SupportService, {
        name: `Support service for women No. ${s + 1}`,
        communityId: community,
        kind: kinds[s % kinds.length] as string,
        contacts: [`Volunteer ${s + 1}A (demo)`, `Volunteer ${s + 1}B (demo)`],
        openingHours: "Mon, Wed 9:00–13:00",
        offers: "Advice on documents, alimony and property; a listening ear; referral to NK's Crisis Center.",
      }),
    );
    // The twelve months from November 2025 to October 2026.
    await em.insert(
      SupportServiceActivity,
      Array.from({ length: 12 }, (_, m) => ({
        supportServiceId: service.id,
        month: new Date(Date.UTC(2025, 10 + m, 1)).toISOString().slice(0, 10),
        peopleHelped: 3 + Math.floor(r.next() * 15),
      })),
    );
  }
}

/** The demo learning and community work, all made up. */
export async function seedLearning(em: EntityManager): Promise<void> {
  const r = random(24);
  const women = ((await em.query("SELECT id FROM beneficiary ORDER BY code")) as { id: string }[]).map((w) => w.id);
  const communities = ((await em.query("SELECT id FROM community ORDER BY name")) as { id: string }[]).map((c) => c.id);
  await seedTrainings(em, r, women, communities);
  await seedGroups(em, r, women, communities);
}
