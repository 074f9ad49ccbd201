import type { EntityManager } from "typeorm";
import { phoneColumns } from "../src/core/phone";
import { Beneficiary, BeneficiaryStatus, Vulnerability } from "../src/modules/beneficiaries/beneficiary.entity";
import { searchTexts } from "../src/modules/beneficiaries/beneficiary.service";
import { Community } from "../src/modules/geography/community.entity";
import { District } from "../src/modules/geography/district.entity";
import { Partner } from "../src/modules/organisation/partner.entity";
import { Unit, UnitKind } from "../src/modules/organisation/unit.entity";
import { Indicator, IndicatorTarget } from "../src/modules/programs/indicator.entity";
import { Program } from "../src/modules/programs/program.entity";
import { ShelterBed } from "../src/modules/shelter/shelter-bed.entity";
import { random } from "./helpers";
import { DISTRICTS, PARTNERS, PROGRAMS, UNITS } from "./organisation";

// Real first names; surnames plainly invented from "намуна" (sample), "санҷиш" (test),
// "мисол" (example) and similar words, so no demo record can be mistaken for a real woman.
const FIRST_NAMES = [
  "Гулнора",
  "Малика",
  "Шаҳло",
  "Зарина",
  "Нигина",
  "Мадина",
  "Фарзона",
  "Ситора",
  "Манижа",
  "Дилноза",
  "Мавлуда",
  "Парвина",
  "Ҳусния",
  "Сабрина",
  "Мунира",
  "Зулфия",
  "Қумри",
  "Ҷамила",
  "Ғунча",
  "Тахмина",
];
const SURNAMES = [
  "Намунаева",
  "Санҷишова",
  "Мисолова",
  "Намунова",
  "Таҷрибаева",
  "Нусхаева",
  "Санҷишзода",
  "Мисолзода",
  "Намунзода",
  "Озмоишова",
];
const PATRONYMICS = ["Намуновна", "Мисоловна", "Санҷишовна", null];
export const DEMO_BENEFICIARIES = 300;

/** The shelter's beds, B1 to B<capacity>, in room order on the board. */
async function seedShelterBeds(em: EntityManager, units: Unit[]) {
  for (const unit of units.filter((u) => u.kind === UnitKind.SHELTER)) {
    const beds = Array.from({ length: unit.capacity ?? 0 }, (_, i) => ({ unitId: unit.id, code: `B${i + 1}`, position: i + 1 }));
    await em.insert(ShelterBed, beds);
  }
}

async function seedOrganisation(em: EntityManager) {
  const units = await em.save(
    Unit,
    UNITS.map((u) => em.create(Unit, u)),
  );
  await seedShelterBeds(em, units);
  const districts = new Map<string, District>();
  const communities: Community[] = [];
  for (const d of DISTRICTS) {
    const district = await em.save(District, em.create(District, { name: d.name, nameRu: d.nameRu, nameTg: d.nameTg }));
    districts.set(d.name, district);
    for (const c of d.communities) communities.push(await em.save(Community, em.create(Community, { ...c, districtId: district.id })));
  }
  await em.save(
    Partner,
    PARTNERS.map((p) => em.create(Partner, p)),
  );
  const programs: Program[] = [];
  for (const p of PROGRAMS) {
    const program = await em.save(
      Program,
      em.create(Program, {
        code: p.code,
        title: p.title,
        goal: p.goal,
        targetGroups: p.targetGroups,
        startsOn: p.startsOn,
        endsOn: p.endsOn,
      }),
    );
    programs.push(program);
    const unitIds = units.filter((u) => p.units.includes(u.code)).map((u) => u.id);
    await em.query("INSERT INTO program_unit (program_id, unit_id) SELECT $1, unnest($2::uuid[])", [program.id, unitIds]);
    await em.query("INSERT INTO program_district (program_id, district_id) SELECT $1, unnest($2::uuid[])", [
      program.id,
      [...districts.values()].map((d) => d.id),
    ]);
    for (const i of p.indicators) {
      const indicator = await em.save(
        Indicator,
        em.create(Indicator, { programId: program.id, code: i.code, name: i.name, unit: i.unit, baseline: i.baseline, measure: i.measure }),
      );
      await em.save(
        IndicatorTarget,
        i.targets.map((t) => em.create(IndicatorTarget, { indicatorId: indicator.id, ...t })),
      );
    }
  }
  return { units, communities, programs };
}

async function seedBeneficiaries(em: EntityManager, units: Unit[], communities: Community[], programs: Program[]) {
  const r = random(1993);
  const vulnerabilities = Object.values(Vulnerability);
  const rows = [];
  for (let n = 1; n <= DEMO_BENEFICIARIES; n++) {
    const year = 2021 + Math.floor(((n - 1) * 6) / DEMO_BENEFICIARIES);
    const values = {
      code: `NK-${year}-${String(n).padStart(5, "0")}`,
      firstName: r.pick(FIRST_NAMES),
      lastName: r.pick(SURNAMES),
      patronymic: r.pick(PATRONYMICS),
      birthYear: 1960 + Math.floor(r.next() * 48),
      ...phoneColumns(r.next() < 0.7 ? `+99291${String(Math.floor(r.next() * 1e7)).padStart(7, "0")}` : null),
      communityId: r.pick(communities).id,
      unitId: r.pick(units).id,
      status: r.next() < 0.8 ? BeneficiaryStatus.ACTIVE : BeneficiaryStatus.INACTIVE,
      vulnerabilities: [...new Set([r.pick(vulnerabilities), r.pick(vulnerabilities)])].slice(0, 1 + Math.floor(r.next() * 2)),
      registeredOn: `${year}-${String(1 + Math.floor(r.next() * 12)).padStart(2, "0")}-${String(1 + Math.floor(r.next() * 28)).padStart(2, "0")}`,
    };
    rows.push(em.create(Beneficiary, { ...values, ...searchTexts(values) }));
  }
  const saved = await em.save(Beneficiary, rows, { chunk: 100 });
  const links = saved.flatMap((b, i) => [programs[i % programs.length], programs[(i * 7) % programs.length]].map((p) => [b.id, p?.id]));
  await em.query(
    "INSERT INTO beneficiary_program (beneficiary_id, program_id) SELECT * FROM unnest($1::uuid[], $2::uuid[]) ON CONFLICT DO NOTHING",
    [links.map((l) => l[0]), links.map((l) => l[1])],
  );
  await em.query("SELECT setval('beneficiary_code_seq', $1)", [DEMO_BENEFICIARIES]);
}

/**
 * NK's units, districts and communities as NK describes them, its programmes and partners, and a
 * few hundred made-up beneficiaries: what the other demo steps build on.
 */
export async function seedFoundation(em: EntityManager): Promise<void> {
  const { units, communities, programs } = await seedOrganisation(em);
  await seedBeneficiaries(em, units, communities, programs);
}
