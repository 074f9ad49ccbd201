import { computed, readonly, shallowRef } from "vue";
import { apolloClient } from "../../../app/apollo";
import type { UserErrorLike } from "../../../app/errors";
import type { ViewerQuery as ViewerData } from "../../../gql/graphql";
import { LoginMutation, LogoutMutation, VerifyMfaMutation, ViewerQuery } from "../graphql/session";

type Viewer = NonNullable<ViewerData["viewer"]>;

// One session per tab: module state, shared by the router guard, the shell and the views.
const viewer = shallowRef<Viewer | null>(null);
const loadError = shallowRef<unknown>(null);
let loading: Promise<void> | null = null;

async function refresh(): Promise<void> {
  try {
    const { data } = await apolloClient.query({ query: ViewerQuery, fetchPolicy: "network-only" });
    viewer.value = data.viewer ?? null;
    loadError.value = null;
  } catch (error) {
    // Treated as signed out, with the reason kept for the sign-in page to show.
    viewer.value = null;
    loadError.value = error;
  }
}

/** Asks the API who is signed in, once; later calls reuse the answer. */
function ensureLoaded(): Promise<void> {
  loading ??= refresh();
  return loading;
}

export type SignInResult =
  | { ok: true }
  | { ok: false; userErrors: UserErrorLike[] }
  /** The password was right; the second step is awaited with this challenge. */
  | { ok: false; challenge: string; userErrors: [] };

/** A session has started: nothing read under another person's session may be shown to this one. */
async function started(next: Viewer): Promise<SignInResult> {
  await apolloClient.clearStore();
  viewer.value = next;
  loadError.value = null;
  loading = Promise.resolve();
  return { ok: true };
}

/** Expected failures come back as userErrors; throttling and outages throw. */
async function signIn(email: string, password: string): Promise<SignInResult> {
  const { data } = await apolloClient.mutate({ mutation: LoginMutation, variables: { input: { email, password } } });
  const login = data?.login;
  if (login?.mfaChallenge) return { ok: false, challenge: login.mfaChallenge.token, userErrors: [] };
  if (!login || login.userErrors.length > 0 || !login.viewer?.user) return { ok: false, userErrors: login?.userErrors ?? [] };
  return started(login.viewer);
}

/** The second step: an authenticator code, or a recovery code. */
async function verifyMfa(challenge: string, answer: { code?: string; recoveryCode?: string }): Promise<SignInResult> {
  const { data } = await apolloClient.mutate({ mutation: VerifyMfaMutation, variables: { input: { challenge, ...answer } } });
  const verified = data?.verifyMfa;
  if (!verified || verified.userErrors.length > 0 || !verified.viewer?.user) return { ok: false, userErrors: verified?.userErrors ?? [] };
  return started(verified.viewer);
}

async function signOut(): Promise<void> {
  await apolloClient.mutate({ mutation: LogoutMutation });
  forget();
}

/** The session is gone (signed out here, or expired on the server). */
function forget(): void {
  viewer.value = null;
  loading = Promise.resolve();
  void apolloClient.clearStore();
}

export function useSession() {
  return {
    viewer: readonly(viewer),
    user: computed(() => viewer.value?.user ?? null),
    /** Her role requires a second step she has not set up: only the security page is open. */
    mustEnrol: computed(() => viewer.value?.session?.enrolmentRequired === true),
    loadError: readonly(loadError),
    ensureLoaded,
    refresh,
    signIn,
    verifyMfa,
    signOut,
    forget,
  };
}
