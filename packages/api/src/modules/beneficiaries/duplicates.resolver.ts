import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { Allow, PERSONAL_DATA } from "../../core/access";
import type { Context } from "../../core/context";
import { badInput } from "../../core/errors";
import { checkInput } from "../../core/graphql/mutation";
import { BeneficiaryDuplicateInput, BeneficiaryMatch } from "./duplicates.inputs";
import { findDuplicates, MAX_MATCHES } from "./duplicates.service";

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
