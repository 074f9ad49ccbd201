import type { EntityManager } from "typeorm";
import { audit } from "../../core/audit";
import { hashPassword, verifyPassword } from "../../core/auth/password";
import { Session } from "../../core/auth/session.entity";
import { User } from "../../core/auth/user.entity";
import type { RequestContext } from "../../core/context";
import { selectRows } from "../../core/db/query";
import { forbidden } from "../../core/errors";
import type { PageArgs } from "../../core/graphql/connection";
import { equals, matches, search, textIn } from "../../core/graphql/filters";
import { defineList } from "../../core/graphql/list";
import { refuse } from "../../core/graphql/mutation";
import { setArchived, updateVersioned } from "../../core/graphql/versioned";
import { declareReach, openReach } from "../../core/reach";
import { countUnits } from "../organisation/unit.service";
import type { ChangePasswordInput, CreateUserInput, UpdateUserInput, UserFilter } from "./user.inputs";

/** Staff accounts are read by admins only (the operations say so); no row-level limit. */
declareReach(User, openReach("User"));

/** Staff accounts, by name. */
export const userList = defineList<UserFilter, "FULL_NAME">({
  node: "User",
  entity: User,
  alias: "u",
  archivable: true,
  filters: {
    role: equals("u.role", "role"),
    unitId: matches((p) => `EXISTS (SELECT 1 FROM user_unit uu WHERE uu.user_id = u.id AND uu.unit_id = :${p})`, "units"),
    search: search(textIn(["u.full_name", "u.email"], "fullName", "email")),
  },
  sorts: { FULL_NAME: { expression: "u.full_name", reads: ["fullName"] } },
  defaultSort: { field: "FULL_NAME", direction: "ASC" },
});

export function listUsers(ctx: RequestContext, filter?: UserFilter, page?: PageArgs) {
  return userList.page<User>(ctx, filter, null, page);
}

export async function setUnits(em: EntityManager, userId: string, unitIds: string[] | undefined) {
  if (!unitIds) return;
  const ids = [...new Set(unitIds)];
  const count = await countUnits(em, ids);
  if (count !== ids.length) refuse("unitIds", "One of the units does not exist.", "NOT_FOUND");
  await em.query("DELETE FROM user_unit WHERE user_id = $1", [userId]);
  if (ids.length) await em.query("INSERT INTO user_unit (user_id, unit_id) SELECT $1, unnest($2::uuid[])", [userId, ids]);
}

export async function createUser(ctx: RequestContext, em: EntityManager, input: CreateUserInput) {
  const email = input.email.trim().toLowerCase();
  if (await em.existsBy(User, { email })) refuse("email", "An account with this email exists already.", "DUPLICATE");
  const user = await em.save(
    User,
    em.create(User, { email, fullName: input.fullName.trim(), role: input.role, passwordHash: await hashPassword(input.password) }),
  );
  await setUnits(em, user.id, input.unitIds);
  await audit(ctx, { action: "CREATE", entityType: "User", entityId: user.id, details: { role: input.role } }, em);
  return { user };
}

const LAST_ADMIN = "This is the last active admin: make another account an admin first.";

/**
 * The active admins, locked for the rest of the transaction (in one order, so two requests never
 * deadlock): two admins demoting or deactivating each other at the same moment cannot both succeed.
 */
async function lockActiveAdmins(em: EntityManager): Promise<string[]> {
  const rows = await selectRows<{ id: string }>(
    em,
    `SELECT id FROM "user" WHERE role = 'ADMIN' AND archived_at IS NULL ORDER BY id FOR UPDATE`,
  );
  return rows.map((r) => r.id);
}

/** Refuses to leave NK without an active admin: no one would be left to manage accounts and keys. */
function keepAnAdmin(admins: string[], id: string, field: string) {
  if (admins.length === 1 && admins[0] === id) refuse(field, LAST_ADMIN, "INVALID_STATE", { state: "LAST_ADMIN" });
}

export async function updateUser(ctx: RequestContext, em: EntityManager, input: UpdateUserInput) {
  const { id, version, unitIds, ...fields } = input;
  const changes = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  const admins = input.role && input.role !== "ADMIN" ? await lockActiveAdmins(em) : null;
  const user = await updateVersioned(em, User, "User", id, version, changes);
  // Checked after the update, so a stale version or a missing account answers as it always does.
  if (admins) keepAnAdmin(admins, id, "role");
  await setUnits(em, id, unitIds);
  // What a session may reach is read at each request, but a changed role deserves a fresh sign-in.
  if (changes.role || unitIds) await em.delete(Session, { userId: id });
  await audit(
    ctx,
    { action: "UPDATE", entityType: "User", entityId: id, details: { fields: [...Object.keys(changes), ...(unitIds ? ["unitIds"] : [])] } },
    em,
  );
  return { user };
}

export async function archiveUser(ctx: RequestContext, em: EntityManager, id: string, archived: boolean) {
  if (archived) keepAnAdmin(await lockActiveAdmins(em), id, "id");
  if (archived && ctx.viewer?.kind === "user" && ctx.viewer.userId === id) refuse("id", "You cannot archive your own account.", "SELF");
  const user = await setArchived(em, User, "User", id, archived);
  if (archived) await em.delete(Session, { userId: id });
  await audit(ctx, { action: archived ? "ARCHIVE" : "RESTORE", entityType: "User", entityId: id }, em);
  return { user };
}

export async function changePassword(ctx: RequestContext, em: EntityManager, input: ChangePasswordInput) {
  const viewer = ctx.viewer;
  if (viewer?.kind !== "user") throw forbidden();
  const user = await em.findOneByOrFail(User, { id: viewer.userId });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    refuse("currentPassword", "The current password is not correct.", "INVALID_CREDENTIALS");
  }
  await em.update(User, { id: user.id }, { passwordHash: await hashPassword(input.newPassword) });
  await em.createQueryBuilder().delete().from(Session).where("user_id = :u AND id <> :s", { u: user.id, s: viewer.sessionId }).execute();
  await audit(ctx, { action: "CHANGE_PASSWORD", entityType: "User", entityId: user.id }, em);
  return { user };
}
