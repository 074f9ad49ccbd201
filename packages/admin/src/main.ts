import { DefaultApolloClient } from "@vue/apollo-composable";
import { createApp } from "vue";
import AppLayout from "./app/AppLayout.vue";
import { apolloClient } from "./app/apollo";
import { currentLocale, i18n, loadLocale } from "./app/i18n";
import { installPrimeVue } from "./app/primevue";
import { router } from "./app/router";
import "./app/styles.css";

// The texts of her language arrive first, so nothing is ever shown untranslated.
loadLocale(currentLocale()).then(() => {
  const app = createApp(AppLayout);
  app.provide(DefaultApolloClient, apolloClient);
  app.use(i18n).use(router);
  installPrimeVue(app);
  app.mount("#app");
});
