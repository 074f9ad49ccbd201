import { defineModule } from "../../app/module";
import { CURRICULUM_EDITORS, TRAINING_STAFF } from "./roles";

export const coursesModule = defineModule({
  id: "courses",
  routes: [
    {
      path: "/courses",
      name: "courses",
      component: () => import("./views/MyCoursesView.vue"),
      meta: { titleKey: "nav.courses", roles: TRAINING_STAFF },
    },
    {
      path: "/courses/new",
      name: "course-new",
      component: () => import("./views/CourseFormView.vue"),
      meta: { titleKey: "courses.form.newTitle", roles: TRAINING_STAFF },
    },
    {
      path: "/courses/:id",
      name: "course",
      component: () => import("./views/CourseDetailView.vue"),
      props: true,
      meta: { titleKey: "courses.detail.title", roles: TRAINING_STAFF },
    },
    {
      path: "/courses/:id/edit",
      name: "course-edit",
      component: () => import("./views/CourseFormView.vue"),
      props: true,
      meta: { titleKey: "courses.form.editTitle", roles: TRAINING_STAFF },
    },
    {
      path: "/courses/:id/sessions/:sessionId",
      name: "course-session",
      component: () => import("./views/AttendanceSheetView.vue"),
      props: true,
      meta: { titleKey: "courses.sheet.heading", roles: TRAINING_STAFF },
    },
    {
      path: "/courses/:id/assessments",
      name: "course-assessments",
      component: () => import("./views/AssessmentView.vue"),
      props: true,
      meta: { titleKey: "courses.assess.title", roles: TRAINING_STAFF },
    },
    {
      path: "/courses/:id/results",
      name: "course-results",
      component: () => import("./views/CourseResultsView.vue"),
      props: true,
      meta: { titleKey: "courses.results.title", roles: TRAINING_STAFF },
    },
    {
      path: "/trainings",
      name: "trainings",
      component: () => import("./views/TrainingListView.vue"),
      meta: { titleKey: "courses.trainings.title", roles: TRAINING_STAFF },
    },
    {
      path: "/trainings/new",
      name: "training-new",
      component: () => import("./views/TrainingFormView.vue"),
      meta: { titleKey: "courses.trainings.newTitle", roles: CURRICULUM_EDITORS },
    },
    {
      path: "/trainings/:id",
      name: "training",
      component: () => import("./views/TrainingDetailView.vue"),
      props: true,
      meta: { titleKey: "courses.trainings.title", roles: TRAINING_STAFF },
    },
    {
      path: "/trainings/:id/edit",
      name: "training-edit",
      component: () => import("./views/TrainingFormView.vue"),
      props: true,
      meta: { titleKey: "courses.trainings.editTitle", roles: CURRICULUM_EDITORS },
    },
  ],
  nav: { route: "courses", labelKey: "nav.courses", roles: TRAINING_STAFF, order: 30 },
  homeFor: ["TRAINER"],
});
