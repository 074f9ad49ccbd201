import type { EntityManager } from "typeorm";
import { selectRows } from "../src/core/db/query";
import { Household, HouseholdMember, HouseholdRelation } from "../src/modules/households/household.entity";
import { random } from "./helpers";

/** Who else lives with the first woman of a demo household, in order. */
const OTHERS = [HouseholdRelation.DAUGHTER_IN_LAW, HouseholdRelation.DAUGHTER, HouseholdRelation.SISTER];

/**
 * About a third of the demo women live in households of two or three registered women of one
 * community; in two of five the head is not registered with NK (her husband or father-in-law).
 */
export async function seedHouseholds(em: EntityManager): Promise<void> {
  const r = random(2026);
  const women = await selectRows<{ id: string; community_id: string; registered_on: string }>(
    em,
    "SELECT id, community_id, to_char(registered_on, 'YYYY-MM-DD') AS registered_on FROM beneficiary ORDER BY code",
  );
  const byCommunity = new Map<string, typeof women>();
  for (const w of women) byCommunity.set(w.community_id, [...(byCommunity.get(w.community_id) ?? []), w]);
  let n = 0;
  for (const group of byCommunity.values()) {
    for (let i = 0; i + 1 < group.length && i < group.length / 3; ) {
      const size = r.next() < 0.3 ? 3 : 2;
      const members = group.slice(i, i + size);
      i += size;
      const registeredHead = r.next() < 0.6;
      const year = String(2021 + (n % 6));
      n++;
      const household = await em.save(
        Household,
        em.create(Household, {
          code: `HH-${year}-${String(n).padStart(5, "0")}`,
          communityId: group[0]?.community_id,
          headId: registeredHead ? members[0]?.id : null,
          childrenCount: Math.floor(r.next() * 6),
        }),
      );
      await em.insert(
        HouseholdMember,
        members.map((w, k) => ({
          householdId: household.id,
          beneficiaryId: w.id,
          relationToHead:
            k === 0 ? (registeredHead ? HouseholdRelation.HEAD : HouseholdRelation.WIFE) : (OTHERS[k - 1] as HouseholdRelation),
          joinedOn: members.map((m) => m.registered_on).sort()[0] as string,
          leftOn: null,
        })),
      );
    }
  }
  await em.query("SELECT setval('household_code_seq', $1)", [Math.max(n, 1)]);
}
