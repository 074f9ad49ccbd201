import { defineModule } from "../../app/module";
import { CASE_STAFF } from "../../components/casework/roles";

export const referralsModule = defineModule({
  id: "referrals",
  routes: [
    {
      path: "/referrals",
      name: "referrals",
      component: () => import("./views/ReferralListView.vue"),
      meta: { titleKey: "referrals.list.title" },
    },
    {
      // ?beneficiaryId=…&caseId=… when opened from her page or her case.
      path: "/referrals/new",
      name: "referral-new",
      component: () => import("./views/ReferralFormView.vue"),
      meta: { titleKey: "referrals.form.newTitle", roles: CASE_STAFF },
    },
    {
      path: "/referrals/:id",
      name: "referral",
      component: () => import("./views/ReferralDetailView.vue"),
      props: true,
      meta: { titleKey: "referrals.detail.title" },
    },
  ],
  nav: { route: "referrals", labelKey: "nav.referrals", roles: CASE_STAFF, order: 31 },
});
