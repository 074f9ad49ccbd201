import { API_KEY_SCOPES } from "@nk/shared";
import { ArrayMinSize, ArrayUnique, IsIn, IsInt, IsUUID, Length, Max, Min } from "class-validator";
import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../../core/access";
import { audit } from "../../core/audit";
import { ApiKey, ApiKeyScopeEnum } from "../../core/auth/api-key.entity";
import { API_KEY_PREFIX } from "../../core/auth/authenticate";
import { hashToken, randomToken } from "../../core/auth/tokens";
import type { Context } from "../../core/context";
import { notFound } from "../../core/errors";
import { connectionType, PageArgs, paginate } from "../../core/graphql/connection";
import { refuse, runMutation, UserError } from "../../core/graphql/mutation";
import { actorId } from "../../core/reach";
import { Partner } from "../organisation/partner.entity";

const ApiKeyConnection = connectionType(ApiKey, "ApiKey", ["ADMIN"]);

@InputType({ description: "Narrows a list of API keys." })
class ApiKeyFilter {
  @Field(() => ID, { nullable: true, description: "Only the keys of this partner." })
  partnerId?: string;

  @Field({ nullable: true, defaultValue: false, description: "Include revoked keys." })
  includeRevoked?: boolean;
}

@InputType({ description: "A new API key for a partner." })
class CreateApiKeyInput {
  @Field(() => ID, { description: "Partner the key belongs to." })
  @IsUUID("all", { message: "partnerId must be an id." })
  partnerId: string;

  @Field({ description: "A label, e.g. the integration that will use it." })
  @Length(1, 100, { message: "Name must be 1 to 100 characters." })
  name: string;

  @Field(() => [ApiKeyScopeEnum], { description: "What the key may do." })
  @ArrayMinSize(1, { message: "Give the key at least one scope." })
  @ArrayUnique()
  @IsIn(API_KEY_SCOPES, { each: true })
  scopes: ApiKeyScopeEnum[];

  @Field(() => Int, {
    defaultValue: 120,
    description: "Rate budget of the key in points per minute, 1 to 6000 (a request spends its query cost / 100, at least 1).",
  })
  @IsInt()
  @Min(1)
  @Max(6000)
  rateLimitPerMinute: number;
}

@InputType({ description: "Which API key to revoke." })
class RevokeApiKeyInput {
  @Field(() => ID, { description: "Which key." })
  @IsUUID("all", { message: "id must be an id." })
  id: string;
}

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
    const q = ctx.db.getRepository(ApiKey).createQueryBuilder("k");
    if (!filter?.includeRevoked) q.where("k.revoked_at IS NULL");
    if (filter?.partnerId) q.andWhere("k.partner_id = :partnerId", { partnerId: filter.partnerId });
    return paginate(q, "k", { expression: "k.created_at", direction: "DESC" }, page);
  }

  @Mutation(() => CreateApiKeyPayload, { description: "Creates an API key for a partner and returns its secret once." })
  @Allow("ADMIN")
  createApiKey(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: CreateApiKeyInput) {
    return runMutation(ctx, input, async (em) => {
      const partner = await em.findOneBy(Partner, { id: input.partnerId });
      if (!partner) refuse("partnerId", "No such partner.", "NOT_FOUND");
      if (partner.archivedAt) refuse("partnerId", "The partner is archived.", "ARCHIVED");
      const secret = `${API_KEY_PREFIX}${randomToken(32)}`;
      const apiKey = await em.save(
        ApiKey,
        em.create(ApiKey, {
          partnerId: partner.id,
          name: input.name.trim(),
          prefix: secret.slice(0, 11),
          secretHash: hashToken(secret),
          scopes: input.scopes,
          rateLimitPerMinute: input.rateLimitPerMinute,
          createdBy: actorId(ctx),
        }),
      );
      await audit(
        ctx,
        { action: "CREATE", entityType: "ApiKey", entityId: apiKey.id, details: { partnerId: partner.id, scopes: input.scopes } },
        em,
      );
      return { apiKey, secret };
    });
  }

  @Mutation(() => RevokeApiKeyPayload, { description: "Revokes an API key at once; it cannot be restored." })
  @Allow("ADMIN")
  revokeApiKey(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: RevokeApiKeyInput) {
    return runMutation(ctx, input, async (em) => {
      await em
        .createQueryBuilder()
        .update(ApiKey)
        .set({ revokedAt: () => "COALESCE(revoked_at, now())" })
        .where("id = :id", { id: input.id })
        .execute();
      const apiKey = await em.findOneBy(ApiKey, { id: input.id });
      if (!apiKey) throw notFound("API key");
      await audit(ctx, { action: "REVOKE", entityType: "ApiKey", entityId: apiKey.id }, em);
      return { apiKey };
    });
  }

  @FieldResolver(() => Partner, { description: "Partner the key belongs to." })
  partner(@Root() k: ApiKey, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Partner, "Partner").load(k.partnerId);
  }
}
