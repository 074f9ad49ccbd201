import type { Role } from "@nk/shared";
import { createRouter, createWebHistory, type RouteLocationNormalized, type RouteLocationRaw, type RouteRecordRaw } from "vue-router";
import { useSession } from "../modules/auth/composables/use-session";
import { onSessionExpired } from "./apollo";
import { loadModuleTexts } from "./i18n";
import type { AdminModule } from "./module";
import { modules } from "./modules";

declare module "vue-router" {
  interface RouteMeta {
    /** Reachable without signing in. Everything else is not (deny by default). */
    public?: boolean;
    /** Only for visitors who are not signed in, such as the sign-in page. */
    guestOnly?: boolean;
    /** i18n key of the page title. */
    titleKey?: string;
    /** Only these roles may open it (others see the refusal in words); the API refuses anyway. */
    roles?: readonly Role[];
    /** Open to someone whose role requires a second step she has not set up yet. */
    duringEnrolment?: boolean;
    /** The modules whose texts the page shows (its module's `texts`), loaded before it renders. */
    texts?: readonly string[];
  }
}

/** The first page of each role after signing in, from the modules' `homeFor`. */
export function homeFor(role: Role): RouteLocationRaw {
  const module = modules.find((m) => m.nav && m.homeFor?.includes(role));
  return module?.nav ? { name: module.nav.route } : { name: "not-found" };
}

/** A module's routes, each carrying the names of the texts its page needs. */
function withTexts(module: AdminModule): RouteRecordRaw[] {
  const texts = module.texts ?? [module.id];
  return module.routes.map((route) => ({ ...route, meta: { ...route.meta, texts } }) as RouteRecordRaw);
}

/** The texts of a page's modules; starting the load early lets it come with the page's own chunk. */
function textsOf(to: RouteLocationNormalized): Promise<void> {
  return loadModuleTexts([...new Set(to.matched.flatMap((record) => record.meta.texts ?? []))]);
}

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes: [
    // Never shown: the guard sends "/" to the home page of her role.
    { path: "/", name: "home", component: () => import("../components/NotFoundView.vue") },
    ...modules.flatMap(withTexts),
    {
      path: "/forbidden",
      name: "forbidden",
      component: () => import("../components/ForbiddenView.vue"),
      meta: { titleKey: "errors.forbiddenPage.title" },
    },
    {
      path: "/:pathMatch(.*)*",
      name: "not-found",
      component: () => import("../components/NotFoundView.vue"),
      meta: { titleKey: "errors.notFoundPage.title" },
    },
  ],
});

/** Where to go after signing in: only a path on this site, never another origin. */
export function safeRedirect(value: unknown): string {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") ? value : "/";
}

/** True while the app leaves a page because the session ended: the edits guard lets it go. */
export let leavingForSignIn = false;

router.beforeEach(async (to): Promise<true | RouteLocationRaw> => {
  // Fetched while the session is checked and the page's chunk loads; awaited in beforeResolve.
  textsOf(to).catch(() => undefined);
  const session = useSession();
  await session.ensureLoaded();
  const user = session.user.value;
  if (to.meta.guestOnly && user) return safeRedirect(to.query.redirect);
  if (to.meta.public) return true;
  if (!user) return { name: "sign-in", query: to.fullPath === "/" ? {} : { redirect: to.fullPath } };
  // The API opens nothing else to her until she has enrolled an authenticator.
  if (session.mustEnrol.value && !to.meta.duringEnrolment) return { name: "security" };
  if (to.name === "home") return homeFor(user.role);
  if (to.meta.roles && !to.meta.roles.includes(user.role)) return { name: "forbidden", query: { from: to.fullPath }, replace: true };
  return true;
});

// The page renders only once its words are here: no message key is ever shown in their place.
router.beforeResolve((to) => textsOf(to));

router.afterEach(() => {
  leavingForSignIn = false;
});

// Any request answering UNAUTHENTICATED: back to sign-in, then to this very page. An open form
// keeps its draft in sessionStorage (use-form-draft), so what she typed is there when she returns.
onSessionExpired(() => {
  const current = router.currentRoute.value;
  if (current.meta.public) return;
  useSession().forget();
  leavingForSignIn = true;
  void router.replace({ name: "sign-in", query: { redirect: current.fullPath, expired: "1" } });
});
