import { defineModule } from "../../app/module";
import { PERSONAL_DATA } from "./roles";

export const beneficiariesModule = defineModule({
  id: "beneficiaries",
  routes: [
    {
      path: "/beneficiaries",
      name: "beneficiaries",
      component: () => import("./views/BeneficiaryListView.vue"),
      meta: { titleKey: "beneficiaries.list.title" },
    },
    {
      path: "/beneficiaries/new",
      name: "beneficiary-new",
      component: () => import("./views/BeneficiaryFormView.vue"),
      meta: { titleKey: "beneficiaries.form.newTitle" },
    },
    {
      path: "/beneficiaries/:id",
      name: "beneficiary",
      component: () => import("./views/BeneficiaryDetailView.vue"),
      props: true,
      meta: { titleKey: "beneficiaries.detail.title" },
    },
    {
      path: "/beneficiaries/:id/edit",
      name: "beneficiary-edit",
      component: () => import("./views/BeneficiaryFormView.vue"),
      props: true,
      meta: { titleKey: "beneficiaries.form.editTitle" },
    },
  ],
  // Trainers and facilitators reach her page from their courses and groups (code and first name only), not from the navigation.
  nav: { route: "beneficiaries", labelKey: "nav.beneficiaries", roles: PERSONAL_DATA, order: 25 },
});
