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

const ITEMS = [
  "Ман худро қадр мекунам",
  "Ман дар оила фикрамро мегӯям",
  "Ман дар назди мардум сухан мегӯям",
  "Ман ҳуқуқҳоямро медонам",
  "Ман ояндаамро ба нақша гирифта метавонам",
];
const TOPICS = [
  "Ман кистам: худбаҳодиҳӣ",
  "Овози ман дар оила",
  "Баромад дар назди мардум",
  "Ҳуқуқи занон дар қонунҳои Тоҷикистон",
  "Зӯроварии хонаводагӣ: аз куҷо кӯмак гирифтан",
  "Нақшаи ояндаи ман",
  "Пули худам",
  "Роҳбарии гурӯҳ",
];

/** "I and leadership" with four past courses, their attendance and self-assessments. */
async function seedTrainings(em: EntityManager, r: Random, women: string[], communities: string[]) {
  const [program] = (await em.query("SELECT id FROM program WHERE code = 'LEADERSHIP'")) as { id: string }[];
  const training = await em.save(
    Training,
    em.create(Training, {
      code: "I-AND-LEADERSHIP",
      title: "Ман ва пешвоӣ",
      aims: "Занону духтарон худбаҳодиҳии худро баланд мебардоранд, дар бораи мушкилоташон кушоду равшан гап заданро ва аз ҳуқуқҳояшон дифоъ карданро меомӯзанд.",
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
const GROUP_NAMES = ["Умед", "Нур", "Баҳор", "Меҳр", "Дилафрӯз", "Гулистон", "Равшан", "Ситора"];

/** 24 self-help groups over the 9 communities, and 12 support services for women. */
async function seedGroups(em: EntityManager, r: Random, women: string[], communities: string[]) {
  const names: { id: string; name: string }[] = await em.query("SELECT id, name_tg AS name FROM community ORDER BY name");
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
          topics: ["Пасандоз", "Ҳуқуқи занон"].slice(0, 1 + (m % 2)),
          decisions: m === 2 ? "Аз ҷамоат ҷой барои вохӯриҳо пурсем." : null,
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
        targetName: `Идораи ${community.name}`,
        request: r.pick([
          "Оби тозаи нӯшокӣ барои маҳалла",
          "Духтури занона дар дармонгоҳ ҳафтае як бор",
          "Ҷой дар мактаб барои духтарон",
          "Чароғҳои кӯча дар роҳи мактаб",
        ]),
        result: r.pick([AdvocacyResult.ACHIEVED, AdvocacyResult.PARTLY_ACHIEVED, AdvocacyResult.PENDING, AdvocacyResult.REFUSED]),
      });
    }
  }
  const kinds = ["Нуқтаи машварати ҳуқуқӣ", "Дастгирии равонӣ-иҷтимоӣ", "Нуқтаи иттилоотӣ барои занон"];
  for (let s = 0; s < 12; s++) {
    const community = communities[s % communities.length] as string;
    const service = await em.save(
      SupportService,
      em.create(SupportService, {
        name: `Хизматрасонии дастгирии занон № ${s + 1}`,
        communityId: community,
        kind: kinds[s % kinds.length] as string,
        contacts: [`Ихтиёрӣ ${s + 1}А (намуна)`, `Ихтиёрӣ ${s + 1}Б (намуна)`],
        openingHours: "Дш, Чш 9:00–13:00",
        offers: "Машварат оид ба ҳуҷҷатҳо, алимент ва моликият; гӯш додан ба дарди занон; фиристодан ба Маркази бӯҳронии «Наҷоти кӯдакон».",
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
