import { PartnerKind } from "../src/modules/organisation/partner.entity";
import { UnitKind } from "../src/modules/organisation/unit.entity";

/** NK's three subdivisions, in its building in Kulob. */
export const UNITS = [
  {
    code: "RESOURCE",
    kind: UnitKind.RESOURCE_CENTER,
    name: "Women's Resource Center",
    nameRu: "Ресурсный центр для женщин",
    nameTg: "Маркази захиравии занон",
    capacity: null,
  },
  {
    code: "CRISIS",
    kind: UnitKind.CRISIS_CENTER,
    name: "Crisis Center",
    nameRu: "Кризисный центр",
    nameTg: "Маркази бӯҳронӣ",
    capacity: null,
  },
  { code: "SHELTER", kind: UnitKind.SHELTER, name: "Shelter", nameRu: "Приют", nameTg: "Паноҳгоҳ", capacity: 12 },
];

/**
 * The five districts of the Kulob region NK works in, and its nine communities. Families add up
 * to 10,600 and inhabitants to 64,000, as NK reports; the split between communities and their
 * names are demo values.
 */
export const DISTRICTS = [
  {
    name: "Kulob",
    nameRu: "Куляб",
    nameTg: "Кӯлоб",
    communities: [
      { name: "Dahana", nameRu: "Дахана", nameTg: "Даҳана", families: 1450, inhabitants: 8750 },
      { name: "Zarbdor", nameRu: "Зарбдор", nameTg: "Зарбдор", families: 1180, inhabitants: 7120 },
    ],
  },
  {
    name: "Hamadoni",
    nameRu: "Хамадони",
    nameTg: "Ҳамадонӣ",
    communities: [
      { name: "Dehqonobod", nameRu: "Дехконобод", nameTg: "Деҳқонобод", families: 1320, inhabitants: 7980 },
      { name: "Chubek", nameRu: "Чубек", nameTg: "Чубек", families: 990, inhabitants: 5940 },
    ],
  },
  {
    name: "Shurabad",
    nameRu: "Шуроабад",
    nameTg: "Шӯрообод",
    communities: [
      { name: "Yol", nameRu: "Ёл", nameTg: "Ёл", families: 1210, inhabitants: 7300 },
      { name: "Sayod", nameRu: "Сайод", nameTg: "Сайёд", families: 1060, inhabitants: 6390 },
    ],
  },
  {
    name: "Farkhor",
    nameRu: "Фархор",
    nameTg: "Фархор",
    communities: [
      { name: "Ghalaba", nameRu: "Галаба", nameTg: "Ғалаба", families: 1340, inhabitants: 8080 },
      { name: "Pakhtakor", nameRu: "Пахтакор", nameTg: "Пахтакор", families: 980, inhabitants: 5900 },
    ],
  },
  {
    name: "Khovaling",
    nameRu: "Ховалинг",
    nameTg: "Ховалинг",
    communities: [{ name: "Lohuti", nameRu: "Лахути", nameTg: "Лоҳутӣ", families: 1070, inhabitants: 6540 }],
  },
];

export const PARTNERS = [
  { name: "UN Women Tajikistan", acronym: "UN Women", kind: PartnerKind.UN_AGENCY, contactEmail: null, website: null },
  {
    name: "Sitorai Umed (demo NGO)",
    acronym: "SU",
    kind: PartnerKind.NGO,
    contactEmail: "office@sitorai-umed.example",
    contactPhone: "+992918000101",
  },
  {
    name: "Ufuqi Nav (demo NGO)",
    acronym: "UN-KL",
    kind: PartnerKind.NGO,
    contactEmail: "info@ufuqi-nav.example",
    contactPhone: "+992918000102",
  },
  {
    name: "Nuri Zan (demo NGO)",
    acronym: "NZ",
    kind: PartnerKind.NGO,
    contactEmail: "hello@nuri-zan.example",
    contactPhone: "+992918000103",
  },
  { name: "Committee for Women and Family Affairs, Kulob (demo)", acronym: null, kind: PartnerKind.STATE_BODY, contactEmail: null },
  { name: "Kulob Regional Hospital (demo)", acronym: null, kind: PartnerKind.STATE_BODY, contactEmail: null },
];

const year = (y: number, target: number) => ({
  period: String(y),
  periodStart: `${y}-01-01`,
  periodEnd: `${y}-12-31`,
  target,
  actual: null as number | null,
});

export const PROGRAMS = [
  {
    code: "VDV-SERVICES",
    title: "Comprehensive services for victims of domestic violence",
    goal: "Women who survived domestic violence are safe and get legal, psychological, medical and economic help in one place.",
    targetGroups: ["survivors of domestic violence", "women at risk"],
    startsOn: "2021-01-01",
    endsOn: null,
    units: ["CRISIS", "SHELTER"],
    indicators: [
      {
        code: "LEGAL",
        name: "Women who received legal assistance",
        unit: "women",
        baseline: 280,
        targets: [year(2025, 380), year(2026, 400)],
      },
      {
        code: "PSY",
        name: "Women who received psychological assistance",
        unit: "women",
        baseline: 240,
        targets: [year(2025, 330), year(2026, 350)],
      },
      { code: "SHELTER", name: "Admissions to the shelter", unit: "admissions", baseline: 40, targets: [year(2025, 55), year(2026, 60)] },
    ],
  },
  {
    code: "LEADERSHIP",
    title: "I and leadership",
    goal: "Women and girls raise their self-esteem, speak up about their problems and stand up for their rights.",
    targetGroups: ["young women", "members of self-help groups"],
    startsOn: "2022-03-01",
    endsOn: null,
    units: ["RESOURCE"],
    indicators: [
      {
        code: "COMPLETED",
        name: "Women who completed the course",
        unit: "women",
        baseline: 0,
        targets: [year(2025, 220), year(2026, 240)],
      },
      { code: "SELF-ESTEEM", name: "Average gain in self-assessed self-esteem", unit: "points", baseline: 0, targets: [year(2026, 1.5)] },
    ],
  },
  {
    code: "SHG-SSW",
    title: "Self-help groups and support services for women",
    goal: "Poor and excluded women organise in self-help groups, gain skills and advocate for their rights and for basic services.",
    targetGroups: ["poor women", "socially excluded women"],
    startsOn: "2019-01-01",
    endsOn: null,
    units: ["RESOURCE"],
    indicators: [
      { code: "GROUPS", name: "Active self-help groups", unit: "groups", baseline: 18, targets: [year(2025, 22), year(2026, 24)] },
      { code: "AUTONOMOUS", name: "Autonomous self-help groups", unit: "groups", baseline: 3, targets: [year(2026, 8)] },
      { code: "SSW", name: "Support services for women", unit: "services", baseline: 8, targets: [year(2026, 12)] },
    ],
  },
  {
    code: "ECONOMIC",
    title: "Economic independence",
    goal: "Women start and keep small businesses and gain an income of their own.",
    targetGroups: ["women without income", "single mothers"],
    startsOn: "2023-01-01",
    endsOn: "2027-12-31",
    units: ["RESOURCE", "CRISIS"],
    indicators: [
      {
        code: "ADVISED",
        name: "Women advised on starting a small business",
        unit: "women",
        baseline: 60,
        targets: [year(2025, 120), year(2026, 150)],
      },
    ],
  },
];
