import type { EntityManager } from "typeorm";
import { audit } from "../../core/audit";
import { ApiKey } from "../../core/auth/api-key.entity";
import { API_KEY_PREFIX } from "../../core/auth/authenticate";
import { hashToken, randomToken } from "../../core/auth/tokens";
import type { RequestContext } from "../../core/context";
import { notFound } from "../../core/errors";
import type { PageArgs } from "../../core/graphql/connection";
import { equals, flag } from "../../core/graphql/filters";
import { defineList } from "../../core/graphql/list";
import { actorId, declareReach, openReach } from "../../core/reach";
import { currentPartner } from "../organisation/partner.service";
import type { ApiKeyFilter, CreateApiKeyInput } from "./api-key.inputs";

/** Keys are read by admins only (the operations say so); no row-level limit. */
declareReach(ApiKey, openReach("ApiKey", "API key"));

/** Partner API keys, newest first; revoked ones only when asked for. */
export const apiKeyList = defineList<ApiKeyFilter, "CREATED_AT">({
  node: "ApiKey",
  entity: ApiKey,
  alias: "k",
  filters: {
    partnerId: equals("k.partner_id", "partner"),
    includeRevoked: flag(null, "k.revoked_at IS NULL", "revokedAt"),
  },
  sorts: { CREATED_AT: { expression: "k.created_at", reads: ["createdAt"] } },
  defaultSort: { field: "CREATED_AT", direction: "DESC" },
});

export function listApiKeys(ctx: RequestContext, filter?: ApiKeyFilter, page?: PageArgs) {
  return apiKeyList.page<ApiKey>(ctx, { includeRevoked: false, ...filter }, null, page);
}

export async function createApiKey(ctx: RequestContext, em: EntityManager, input: CreateApiKeyInput) {
  const partner = await currentPartner(em, input.partnerId, "partnerId");
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
}

/** Revokes a key at once (a second revocation keeps the first time). */
export async function revokeApiKey(ctx: RequestContext, em: EntityManager, id: string) {
  await em
    .createQueryBuilder()
    .update(ApiKey)
    .set({ revokedAt: () => "COALESCE(revoked_at, now())" })
    .where("id = :id", { id })
    .execute();
  const apiKey = await em.findOneBy(ApiKey, { id });
  if (!apiKey) throw notFound("API key");
  await audit(ctx, { action: "REVOKE", entityType: "ApiKey", entityId: apiKey.id }, em);
  return { apiKey };
}
