import type { RequestContext } from "../../core/context";
import { normalisePhone, phoneHashes } from "../../core/phone";
import { whereInReach } from "../../core/reach";
import { foldName, likePattern } from "../../core/text";
import { Beneficiary } from "./beneficiary.entity";
import { type BeneficiaryDuplicateInput, type BeneficiaryMatch, DuplicateReason } from "./duplicates.inputs";

export const MAX_MATCHES = 20;

/**
 * Likely matches within the viewer's reach: same folded name (either order) or same phone, with
 * birth year and community as further reasons; the strongest first.
 */
export async function findDuplicates(ctx: RequestContext, input: BeneficiaryDuplicateInput): Promise<BeneficiaryMatch[]> {
  const first = foldName(input.firstName);
  const last = foldName(input.lastName);
  const phones = input.phone ? phoneHashes(input.phone) : [];
  const q = whereInReach(ctx, ctx.db.getRepository(Beneficiary).createQueryBuilder("b"), Beneficiary, "b")
    .andWhere("b.archived_at IS NULL AND b.erased_at IS NULL")
    // The stored folded text narrows the rows (a LIKE per name, as the list search does); the exact
    // comparison below decides.
    // Phones are stored encrypted: they are matched by their keyed hash (core/phone.ts).
    .andWhere(`((b.search_text LIKE :first AND b.search_text LIKE :last)${phones.length ? " OR b.phone_hash = ANY(:phones)" : ""})`, {
      first: likePattern(first),
      last: likePattern(last),
      phones,
    })
    .limit(200);
  const candidates = await q.getMany();
  const matches = candidates.flatMap((b): BeneficiaryMatch[] => {
    const reasons: DuplicateReason[] = [];
    const bf = foldName(b.firstName);
    const bl = foldName(b.lastName);
    if (bf === first && bl === last) reasons.push(DuplicateReason.NAME);
    else if (bf === last && bl === first) reasons.push(DuplicateReason.NAME_REVERSED);
    if (input.phone && b.phone === normalisePhone(input.phone)) reasons.push(DuplicateReason.PHONE);
    if (reasons.length === 0) return [];
    if (input.birthYear && b.birthYear && Math.abs(b.birthYear - input.birthYear) <= 1) reasons.push(DuplicateReason.BIRTH_YEAR);
    if (input.communityId && b.communityId === input.communityId) reasons.push(DuplicateReason.COMMUNITY);
    return [{ beneficiary: b, reasons }];
  });
  return matches
    .sort((a, b) => b.reasons.length - a.reasons.length || a.beneficiary.code.localeCompare(b.beneficiary.code))
    .slice(0, MAX_MATCHES);
}
