import type { EntityManager } from "typeorm";
import type { ExportDefinition } from "./export/csv-export";
import type { Archivable } from "./graphql/archive";

/**
 * What a domain brings to the platform, declared once in its folder (`<domain>.module.ts`) and
 * listed in `src/modules.ts`: the schema, the data source, the archive mutations and the demo
 * data all read that one list.
 */
export interface ModuleDescriptor {
  /** The folder under src/modules. */
  name: string;
  /** type-graphql resolver classes: root operations and field resolvers. */
  resolvers?: Function[];
  /** TypeORM entities whose tables the module owns; migrations are checked against them. */
  entities?: Function[];
  /** Records archived rather than deleted that have no archive mutations of their own. */
  archivable?: Archivable[];
  /** CSV exports of its lists (`defineExport`), served at `/exports/<name>.csv`. */
  exports?: ExportDefinition[];
  /** Loads this module's demo data; steps run in the order of the module list, in one transaction. */
  demoData?: (em: EntityManager) => Promise<void>;
}

/** Declares a module (an identity function, so a descriptor is checked where it is written). */
export function defineModule(descriptor: ModuleDescriptor): ModuleDescriptor {
  return descriptor;
}
