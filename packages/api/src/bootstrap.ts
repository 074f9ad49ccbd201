import { randomBytes } from "node:crypto";
import type { DataSource } from "typeorm";
import { hashPassword, verifyPassword } from "./core/auth/password";
import { User } from "./core/auth/user.entity";
import type { Config } from "./core/config";
import type { Logger } from "./core/logger";

export const DEFAULT_ADMIN_EMAIL = "admin@najoti-kudakon.tj";

/**
 * Makes sure the bootstrap admin exists. With NK_ADMIN_EMAIL / NK_ADMIN_PASSWORD the account
 * follows them (a changed password is applied); without a password, a random one is generated
 * on the first start only and returned so it can be printed once. Never a fixed default.
 */
export async function bootstrapAdmin(
  db: DataSource,
  config: Config,
  log: Logger,
): Promise<{ email: string; password: string } | undefined> {
  const email = (config.admin.email ?? DEFAULT_ADMIN_EMAIL).toLowerCase();
  const repo = db.getRepository(User);
  const existing = await repo.findOneBy({ email });
  if (existing) {
    if (config.admin.password && !(await verifyPassword(existing.passwordHash, config.admin.password))) {
      await repo.update(
        { id: existing.id },
        { passwordHash: await hashPassword(config.admin.password), role: "ADMIN", archivedAt: null, invitationPending: false },
      );
      log.info("bootstrap admin's password set from NK_ADMIN_PASSWORD");
    }
    return undefined;
  }
  if (!config.admin.password && (await repo.existsBy({ role: "ADMIN" }))) return undefined;
  const password = config.admin.password ?? randomBytes(15).toString("base64url");
  await repo.insert({ email, fullName: "Administrator", role: "ADMIN", passwordHash: await hashPassword(password) });
  log.info("bootstrap admin created");
  return config.admin.password ? undefined : { email, password };
}
