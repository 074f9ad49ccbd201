import type { Role } from "@nk/shared";
import type { RouteRecordRaw } from "vue-router";

/** An entry of the side navigation. */
export interface NavEntry {
  /** Name of the route it opens. */
  route: string;
  /** i18n key of its label. */
  labelKey: string;
  /** PrimeIcons-free: a short symbol drawn by CSS is enough; the label carries the meaning. */
  roles: readonly Role[];
  /** Position in the navigation, smallest first. */
  order: number;
}

/** What a feature module gives the app shell: its routes and, optionally, its navigation entry. */
export interface AdminModule {
  id: string;
  /**
   * The module folders whose `locales/<locale>.json` its pages use, loaded with its routes (before
   * a page of it shows, and again for each language switched to). Default: `[id]`, its own folder.
   * A page that shows another module's words names that module too (`check:locales` says which).
   */
  texts?: readonly string[];
  routes: RouteRecordRaw[];
  nav?: NavEntry;
  /** Roles whose first page after signing in is this module's `nav.route`. */
  homeFor?: readonly Role[];
}

export function defineModule(module: AdminModule): AdminModule {
  return module;
}
