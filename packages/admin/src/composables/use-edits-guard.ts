import { type Ref, ref } from "vue";
import { onBeforeRouteLeave, onBeforeRouteUpdate, type RouteLocationNormalized } from "vue-router";
import { leavingForSignIn } from "../app/router";

/**
 * Never lose what someone typed when she navigates away: while `hasEdits` is true, leaving the
 * page asks first (`confirmLeave` shows the dialog), and closing the tab asks the browser's question.
 * An expired session is the exception: the draft is kept (use-form-draft) and she comes back to it.
 */
export function useEditsGuard(hasEdits: Ref<boolean>) {
  const confirmLeave = ref(false);
  const leaveTo = ref<RouteLocationNormalized | null>(null);

  const guard = (to: RouteLocationNormalized, from: RouteLocationNormalized) => {
    if (!hasEdits.value || leavingForSignIn || to.path === from.path) return true;
    if (leaveTo.value?.fullPath === to.fullPath) return true;
    leaveTo.value = to;
    confirmLeave.value = true;
    return false;
  };
  onBeforeRouteLeave(guard);
  onBeforeRouteUpdate(guard);

  window.addEventListener("beforeunload", (event) => {
    if (hasEdits.value && !leavingForSignIn) event.preventDefault();
  });

  return { confirmLeave, leaveTo };
}
