import { computed, type Ref } from "vue";
import type { Message } from "../../app/errors";
import { useSession } from "../auth/composables/use-session";

/**
 * A trainer works only on the courses she gives (the API refuses her any change to another's and
 * shows her none of its women): another trainer's course is FORBIDDEN in words, never shown.
 */
export function useCourseAccess(course: Ref<{ trainer?: { id: string } | null } | null>) {
  const { user } = useSession();
  const isTrainer = computed(() => user.value?.role === "TRAINER");
  const refusal = computed<Message | null>(() =>
    course.value && isTrainer.value && course.value.trainer?.id !== user.value?.id ? { key: "errors.request.FORBIDDEN" } : null,
  );
  return { isTrainer, refusal, userId: computed(() => user.value?.id ?? null) };
}
