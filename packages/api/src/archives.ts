import { archiveResolver } from "./core/graphql/archive";
import { modules } from "./modules";

/** archiveX / restoreX for the records the modules declare archivable. */
export const archiveResolvers = modules.flatMap((m) => (m.archivable ?? []).map((a) => archiveResolver(a)));
