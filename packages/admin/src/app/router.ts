import { createRouter, createWebHistory, type RouteLocationRaw } from "vue-router";
import { useSession } from "../modules/auth/composables/use-session";
import { authRoutes } from "../modules/auth/routes";
import { homeRoutes } from "../modules/home/routes";

declare module "vue-router" {
  interface RouteMeta {
    /** Reachable without signing in. Everything else is not (deny by default). */
    public?: boolean;
    /** Only for visitors who are not signed in, such as the sign-in page. */
    guestOnly?: boolean;
    /** i18n key of the page title. */
    titleKey?: string;
  }
}

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes: [...authRoutes, ...homeRoutes, { path: "/:pathMatch(.*)*", redirect: "/" }],
});

/** Where to go after signing in: only a path on this site, never another origin. */
export function safeRedirect(value: unknown): string {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") ? value : "/";
}

router.beforeEach(async (to): Promise<true | RouteLocationRaw> => {
  const session = useSession();
  await session.ensureLoaded();
  const signedIn = session.user.value !== null;
  if (to.meta.guestOnly && signedIn) return safeRedirect(to.query.redirect);
  if (to.meta.public || signedIn) return true;
  return { name: "sign-in", query: to.fullPath === "/" ? {} : { redirect: to.fullPath } };
});
