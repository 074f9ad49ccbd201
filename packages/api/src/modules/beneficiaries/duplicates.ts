import { IsInt, IsOptional, IsUUID, Length, Matches, Max, Min } from "class-validator";
import { Arg, Ctx, Field, ID, InputType, Int, ObjectType, Query, Resolver, registerEnumType } from "type-graphql";
import { Allow, PERSONAL_DATA } from "../../core/access";
import type { Context } from "../../core/context";
import { badInput } from "../../core/errors";
import { checkInput } from "../../core/graphql/mutation";
import { normalisePhone, phoneHashes } from "../../core/phone";
import { whereInReach } from "../../core/reach";
import { foldName, likePattern } from "../../core/text";
import { Beneficiary } from "./beneficiary.entity";

export enum DuplicateReason {
  NAME = "NAME",
  NAME_REVERSED = "NAME_REVERSED",
  BIRTH_YEAR = "BIRTH_YEAR",
  COMMUNITY = "COMMUNITY",
  PHONE = "PHONE",
}
registerEnumType(DuplicateReason, {
  name: "DuplicateReason",
  description:
    "Why a registered woman may be the one being registered: NAME (same first and last name, folded: Tajik/Russian letters, дж/ҷ), NAME_REVERSED (the two given the other way round), BIRTH_YEAR (within a year), COMMUNITY, PHONE.",
});

@InputType({ description: "What is known of a woman about to be registered." })
export class BeneficiaryDuplicateInput {
  @Field({ description: "First name." })
  @Length(1, 100)
  firstName: string;

  @Field({ description: "Last name." })
  @Length(1, 100)
  lastName: string;

  @Field(() => Int, { nullable: true, description: "Year of birth." })
  @IsOptional()
  @IsInt()
  @Min(1920)
  @Max(2100)
  birthYear?: number | null;

  @Field(() => ID, { nullable: true, description: "Community she lives in." })
  @IsOptional()
  @IsUUID("all")
  communityId?: string | null;

  @Field(() => String, { nullable: true, description: "Phone, +992 followed by 9 digits." })
  @IsOptional()
  @Matches(/^\+992\d{9}$/, { context: { format: "PHONE" } })
  phone?: string | null;
}

@ObjectType({ description: "A registered woman who may be the one being registered, and why." })
@Allow(...PERSONAL_DATA)
export class BeneficiaryMatch {
  @Field(() => Beneficiary, { description: "The registered woman (only the fields the viewer may read)." })
  beneficiary: Beneficiary;

  @Field(() => [DuplicateReason], { description: "What matched; NAME or NAME_REVERSED or PHONE is always among them." })
  reasons: DuplicateReason[];
}

const MAX_MATCHES = 20;

/**
 * Likely matches within the viewer's reach: same folded name (either order) or same phone, with
 * birth year and community as further reasons; the strongest first.
 */
export async function findDuplicates(ctx: Context, input: BeneficiaryDuplicateInput): Promise<BeneficiaryMatch[]> {
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

@Resolver()
export class BeneficiaryDuplicatesResolver {
  @Query(() => [BeneficiaryMatch], {
    description: `Before registering a woman: registered women (in the viewer's reach) who may be her, strongest match first, at most ${MAX_MATCHES}.`,
  })
  @Allow(...PERSONAL_DATA)
  async beneficiaryDuplicates(
    @Ctx() ctx: Context,
    @Arg("input", () => BeneficiaryDuplicateInput, { description: "What is known of her." }) input: BeneficiaryDuplicateInput,
  ): Promise<BeneficiaryMatch[]> {
    const [problem] = await checkInput(Object.assign(new BeneficiaryDuplicateInput(), input));
    if (problem) throw badInput(problem.message, problem.field.join("."));
    return findDuplicates(ctx, input);
  }
}
