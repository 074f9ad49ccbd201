import { coreEntities } from "./core/entities";
import { modules } from "./modules";

/** Every TypeORM entity; migrations are checked against this list. */
export const entities: Function[] = [...coreEntities, ...modules.flatMap((m) => m.entities ?? [])];
