import { computed, readonly, shallowRef } from "vue";
import { GraphQLRequestError, graphqlRequest } from "../../../composables/use-graphql";
import { LoginMutation, LogoutMutation, type UserError, type Viewer, ViewerQuery } from "../graphql/session";

// One session per tab: module state, shared by the router guard and the views.
const viewer = shallowRef<Viewer | null>(null);
const loadError = shallowRef<GraphQLRequestError | null>(null);
let loading: Promise<void> | null = null;

async function refresh(): Promise<void> {
  try {
    viewer.value = (await graphqlRequest(ViewerQuery, {})).viewer;
    loadError.value = null;
  } catch (error) {
    // Treated as signed out, with the reason kept for the sign-in page to show.
    viewer.value = null;
    loadError.value = error instanceof GraphQLRequestError ? error : new GraphQLRequestError(String(error), "BAD_RESPONSE");
  }
}

/** Asks the API who is signed in, once; later calls reuse the answer. */
function ensureLoaded(): Promise<void> {
  loading ??= refresh();
  return loading;
}

export type SignInResult = { ok: true } | { ok: false; userErrors: UserError[] };

/** Expected failures come back as userErrors; throttling and outages throw a GraphQLRequestError. */
async function signIn(email: string, password: string): Promise<SignInResult> {
  const { login } = await graphqlRequest(LoginMutation, { input: { email, password } });
  if (login.userErrors.length > 0 || !login.viewer?.user) {
    return { ok: false, userErrors: login.userErrors };
  }
  viewer.value = login.viewer;
  loadError.value = null;
  loading = Promise.resolve();
  return { ok: true };
}

async function signOut(): Promise<void> {
  await graphqlRequest(LogoutMutation, {});
  viewer.value = null;
}

export function useSession() {
  return {
    viewer: readonly(viewer),
    user: computed(() => viewer.value?.user ?? null),
    loadError: readonly(loadError),
    ensureLoaded,
    refresh,
    signIn,
    signOut,
  };
}
