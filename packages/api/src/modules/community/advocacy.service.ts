import type { EntityManager } from "typeorm";
import { audit } from "../../core/audit";
import type { RequestContext } from "../../core/context";
import { notFound } from "../../core/errors";
import { updateVersioned } from "../../core/graphql/versioned";
import type { RecordAdvocacyActionInput, UpdateAdvocacyActionInput } from "./community.inputs";
import { AdvocacyAction } from "./group.entity";
import { checkGroupDay, groupFor } from "./group.service";

const ENTITY = "AdvocacyAction";

export async function recordAction(ctx: RequestContext, em: EntityManager, input: RecordAdvocacyActionInput) {
  const group = await groupFor(ctx, em, input.groupId, "groupId");
  checkGroupDay(group, "actedOn", input.actedOn, "The action");
  const action = await em.save(
    AdvocacyAction,
    em.create(AdvocacyAction, {
      groupId: group.id,
      actedOn: input.actedOn,
      targetKind: input.targetKind,
      targetName: input.targetName.trim(),
      request: input.request.trim(),
      result: input.result,
      resultNote: input.resultNote?.trim() || null,
    }),
  );
  await audit(ctx, { action: "CREATE", entityType: ENTITY, entityId: action.id, details: { groupId: group.id } }, em);
  return { advocacyAction: action };
}

export async function updateAction(ctx: RequestContext, em: EntityManager, input: UpdateAdvocacyActionInput) {
  const current = await em.findOneBy(AdvocacyAction, { id: input.id });
  if (!current) throw notFound(ENTITY);
  await groupFor(ctx, em, current.groupId, "id");
  const changes: Partial<AdvocacyAction> = {};
  if (input.result) changes.result = input.result;
  if (input.resultNote !== undefined) changes.resultNote = input.resultNote?.trim() || null;
  const action = await updateVersioned(em, AdvocacyAction, ENTITY, input.id, input.version, changes);
  await audit(ctx, { action: "UPDATE", entityType: ENTITY, entityId: input.id, details: { fields: Object.keys(changes) } }, em);
  return { advocacyAction: action };
}
