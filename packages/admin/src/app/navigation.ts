import type { Role } from "@nk/shared";
import type { NavEntry } from "./module";
import { modules } from "./modules";

/**
 * The side navigation's groups, in order: each names the route of the entries it holds. An entry
 * no group names stays at the top, ungrouped (the dashboard), so a new module's entry is never
 * lost. Only the group of the page shown is open, so every role's navigation fits a 1280×800
 * laptop; a heading opens its group (and closes the open one).
 */
export const NAV_GROUPS = [
  { id: "casework", labelKey: "navGroups.casework", routes: ["caseload", "beneficiaries", "cases", "services", "referrals", "shelter"] },
  { id: "learning", labelKey: "navGroups.learning", routes: ["programs", "courses"] },
  {
    id: "community",
    labelKey: "navGroups.community",
    routes: ["groups", "group-list", "support-services", "coalition", "partners", "campaigns", "forums", "statistics"],
  },
  { id: "administration", labelKey: "navGroups.administration", routes: ["users", "api-keys", "audit", "login-locks"] },
] as const;

export type NavGroupId = (typeof NAV_GROUPS)[number]["id"];

export interface NavSection {
  /** null: the entries above the groups, always shown. */
  group: { id: NavGroupId; labelKey: string } | null;
  entries: NavEntry[];
}

/** The entries of a role, in their sections; a group with none of hers is left out. */
export function navigationFor(role: Role): NavSection[] {
  const entries = modules
    .flatMap((m) => (m.nav ? [m.nav] : []))
    .filter((entry) => entry.roles.includes(role))
    .sort((a, b) => a.order - b.order);
  const grouped = new Set<string>(NAV_GROUPS.flatMap((g) => g.routes));
  const sections: NavSection[] = [{ group: null, entries: entries.filter((e) => !grouped.has(e.route)) }];
  for (const group of NAV_GROUPS) {
    const own = entries.filter((e) => (group.routes as readonly string[]).includes(e.route));
    if (own.length) sections.push({ group: { id: group.id, labelKey: group.labelKey }, entries: own });
  }
  return sections.filter((s) => s.entries.length);
}

/** Route name → the group its module's entry is in (a case's page is in "case work"). */
const groupOfRoute = new Map<string, NavGroupId>();
for (const group of NAV_GROUPS) {
  for (const entryRoute of group.routes) {
    const module = modules.find((m) => m.nav?.route === entryRoute);
    for (const route of module?.routes ?? [])
      if (typeof route.name === "string" && !groupOfRoute.has(route.name)) groupOfRoute.set(route.name, group.id);
    if (!groupOfRoute.has(entryRoute)) groupOfRoute.set(entryRoute, group.id);
  }
}

/** The group of the page shown, or null for a page outside the groups. */
export function groupOf(routeName: unknown): NavGroupId | null {
  return typeof routeName === "string" ? (groupOfRoute.get(routeName) ?? null) : null;
}
