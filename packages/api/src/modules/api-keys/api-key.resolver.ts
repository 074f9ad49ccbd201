import { Arg, Args, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../../core/access";
import { ApiKey } from "../../core/auth/api-key.entity";
import type { Context } from "../../core/context";
import { connectionType, PageArgs } from "../../core/graphql/connection";
import { runMutation, UserError } from "../../core/graphql/mutation";
import { Partner } from "../organisation/partner.entity";
import { ApiKeyFilter, CreateApiKeyInput, RevokeApiKeyInput } from "./api-key.inputs";
import * as service from "./api-key.service";

const ApiKeyConnection = connectionType(ApiKey, "ApiKey", ["ADMIN"]);

@ObjectType({ description: "Result of creating an API key. The secret is shown here once and never again." })
@Allow("ADMIN")
class CreateApiKeyPayload {
  @Field(() => ApiKey, { nullable: true, description: "The key's record; null when refused." })
  apiKey?: ApiKey;

  @Field(() => String, {
    nullable: true,
    description: "The key to hand to the partner: send it as `Authorization: Bearer <secret>`. Not stored; shown once.",
  })
  secret?: string;

  @Field(() => [UserError], { description: "Problems with the input; empty on success." })
  userErrors: UserError[];
}

@ObjectType({ description: "Result of revoking an API key." })
@Allow("ADMIN")
class RevokeApiKeyPayload {
  @Field(() => ApiKey, { nullable: true, description: "The revoked key." })
  apiKey?: ApiKey;

  @Field(() => [UserError], { description: "Problems with the input; empty on success." })
  userErrors: UserError[];
}

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Query(() => ApiKeyConnection, { description: "Partner API keys, newest first." })
  @Allow("ADMIN")
  apiKeys(
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Arg("filter", () => ApiKeyFilter, { nullable: true, description: "Conditions the items must meet." }) filter?: ApiKeyFilter,
  ) {
    return service.listApiKeys(ctx, filter, page);
  }

  @Mutation(() => CreateApiKeyPayload, { description: "Creates an API key for a partner and returns its secret once." })
  @Allow("ADMIN")
  createApiKey(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: CreateApiKeyInput) {
    return runMutation(ctx, input, (em) => service.createApiKey(ctx, em, input));
  }

  @Mutation(() => RevokeApiKeyPayload, { description: "Revokes an API key at once; it cannot be restored." })
  @Allow("ADMIN")
  revokeApiKey(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: RevokeApiKeyInput) {
    return runMutation(ctx, input, (em) => service.revokeApiKey(ctx, em, input.id));
  }

  @FieldResolver(() => Partner, { description: "Partner the key belongs to." })
  partner(@Root() k: ApiKey, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Partner, "Partner").load(k.partnerId);
  }
}
