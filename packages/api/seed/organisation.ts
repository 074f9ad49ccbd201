import { PartnerKind } from "../src/modules/organisation/partner.entity";
import { UnitKind } from "../src/modules/organisation/unit.entity";
import { IndicatorMeasure } from "../src/modules/programs/indicator.entity";

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
    name: "Ситораи умед (ТҶ-и намунавӣ)",
    acronym: "SU",
    kind: PartnerKind.NGO,
    contactEmail: "office@sitorai-umed.example",
    contactPhone: "+992918000101",
  },
  {
    name: "Уфуқи нав (ТҶ-и намунавӣ)",
    acronym: "UN-KL",
    kind: PartnerKind.NGO,
    contactEmail: "info@ufuqi-nav.example",
    contactPhone: "+992918000102",
  },
  {
    name: "Нури зан (ТҶ-и намунавӣ)",
    acronym: "NZ",
    kind: PartnerKind.NGO,
    contactEmail: "hello@nuri-zan.example",
    contactPhone: "+992918000103",
  },
  { name: "Кумитаи кор бо занон ва оила, Кӯлоб (намуна)", acronym: null, kind: PartnerKind.STATE_BODY, contactEmail: null },
  { name: "Беморхонаи минтақавии Кӯлоб (намуна)", acronym: null, kind: PartnerKind.STATE_BODY, contactEmail: null },
];

const year = (y: number, target: number) => ({
  period: String(y),
  periodStart: `${y}-01-01`,
  periodEnd: `${y}-12-31`,
  target,
  actual: null as number | null,
});

// Staff write programmes in Tajik (the admin's default language), so the demo data does too.
// Indicators with a measure take their actual values from the records; the others are entered by hand.
export const PROGRAMS = [
  {
    code: "VDV-SERVICES",
    title: "Хизматрасонии ҳамаҷониба ба занони аз зӯроварии хонаводагӣ осебдида",
    goal: "Занони аз зӯроварии хонаводагӣ наҷотёфта дар амон ҳастанд ва дар як ҷо кӯмаки ҳуқуқӣ, равонӣ, тиббӣ ва иқтисодӣ мегиранд.",
    targetGroups: ["занони аз зӯроварии хонаводагӣ осебдида", "занони дар хатар"],
    startsOn: "2021-01-01",
    endsOn: null,
    units: ["CRISIS", "SHELTER"],
    indicators: [
      {
        code: "LEGAL",
        name: "Занон, ки кӯмаки ҳуқуқӣ гирифтанд",
        unit: "зан",
        baseline: 280,
        measure: IndicatorMeasure.WOMEN_LEGAL,
        targets: [year(2025, 380), year(2026, 400)],
      },
      {
        code: "PSY",
        name: "Занон, ки кӯмаки равонӣ гирифтанд",
        unit: "зан",
        baseline: 240,
        measure: IndicatorMeasure.WOMEN_PSYCHOLOGICAL,
        targets: [year(2025, 330), year(2026, 350)],
      },
      { code: "SHELTER", name: "Қабул ба паноҳгоҳ", unit: "қабул", baseline: 40, measure: null, targets: [year(2025, 55), year(2026, 60)] },
    ],
  },
  {
    code: "LEADERSHIP",
    title: "Ман ва пешвоӣ",
    goal: "Занон ва духтарон худбаҳодиҳии худро баланд мекунанд, дар бораи мушкилоти худ сухан мегӯянд ва аз ҳуқуқҳои худ дифоъ мекунанд.",
    targetGroups: ["занони ҷавон", "аъзоёни гурӯҳҳои худёрӣ"],
    startsOn: "2022-03-01",
    endsOn: null,
    units: ["RESOURCE"],
    indicators: [
      {
        code: "COMPLETED",
        name: "Занон, ки курсро хатм карданд",
        unit: "зан",
        baseline: 0,
        measure: IndicatorMeasure.WOMEN_COMPLETED_TRAINING,
        targets: [year(2025, 220), year(2026, 240)],
      },
      {
        code: "SELF-ESTEEM",
        name: "Афзоиши миёнаи худбаҳодиҳӣ",
        unit: "хол",
        baseline: 0,
        measure: null,
        targets: [year(2026, 1.5)],
      },
    ],
  },
  {
    code: "SHG-SSW",
    title: "Гурӯҳҳои худёрӣ ва хадамоти дастгирии занон",
    goal: "Занони камбизоат ва дар канормонда дар гурӯҳҳои худёрӣ муттаҳид мешаванд, малака пайдо мекунанд ва барои ҳуқуқҳо ва хизматрасониҳои асосӣ ҳимоят мекунанд.",
    targetGroups: ["занони камбизоат", "занони аз ҷомеа дар канормонда"],
    startsOn: "2019-01-01",
    endsOn: null,
    units: ["RESOURCE"],
    indicators: [
      {
        code: "GROUPS",
        name: "Гурӯҳҳои худёрӣ, ки фаъол шуданд",
        unit: "гурӯҳ",
        baseline: 18,
        measure: IndicatorMeasure.GROUPS_ACTIVE,
        targets: [year(2025, 22), year(2026, 24)],
      },
      {
        code: "AUTONOMOUS",
        name: "Гурӯҳҳои худёрӣ, ки мустақил шуданд",
        unit: "гурӯҳ",
        baseline: 3,
        measure: IndicatorMeasure.GROUPS_AUTONOMOUS,
        targets: [year(2026, 8)],
      },
      { code: "SSW", name: "Хадамоти дастгирии занон", unit: "хадамот", baseline: 8, measure: null, targets: [year(2026, 12)] },
    ],
  },
  {
    code: "ECONOMIC",
    title: "Мустақилияти иқтисодӣ",
    goal: "Занон тиҷорати хурд оғоз мекунанд, онро нигоҳ медоранд ва даромади худро пайдо мекунанд.",
    targetGroups: ["занони бедаромад", "модарони танҳо"],
    startsOn: "2023-01-01",
    endsOn: "2027-12-31",
    units: ["RESOURCE", "CRISIS"],
    indicators: [
      {
        code: "ADVISED",
        name: "Занон, ки оид ба оғози тиҷорати хурд маслиҳат гирифтанд",
        unit: "зан",
        baseline: 60,
        measure: IndicatorMeasure.WOMEN_ECONOMIC,
        targets: [year(2025, 120), year(2026, 150)],
      },
    ],
  },
];
