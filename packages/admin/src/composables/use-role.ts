import type { Role } from "@nk/shared";
import { computed } from "vue";
import { useSession } from "../modules/auth/composables/use-session";

/** Whether the signed-in person has one of these roles: for showing buttons, never for security. */
export function useHasRole(roles: readonly Role[]) {
  const { user } = useSession();
  return computed(() => (user.value ? roles.includes(user.value.role) : false));
}
