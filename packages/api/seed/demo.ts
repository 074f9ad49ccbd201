import type { DataSource } from "typeorm";
import type { Logger } from "../src/core/logger";
import { modules } from "../src/modules";
import { DEMO_BENEFICIARIES } from "./foundation";

/**
 * Loads the demo data once, each module's step in the order of the module list. Safe to call on
 * every start and from several replicas at once (advisory lock, and nothing happens when units
 * exist).
 */
export async function seedDemoData(db: DataSource, log: Logger): Promise<void> {
  await db.transaction(async (em) => {
    await em.query("SELECT pg_advisory_xact_lock(1993)");
    const [{ n }] = (await em.query("SELECT count(*)::int AS n FROM unit")) as [{ n: number }];
    if (n > 0) return;
    const t0 = Date.now();
    for (const module of modules) await module.demoData?.(em);
    log.info({ ms: Date.now() - t0, beneficiaries: DEMO_BENEFICIARIES }, "demo data loaded");
  });
}
