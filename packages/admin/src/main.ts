import { createApp } from "vue";
import AppLayout from "./app/AppLayout.vue";
import { i18n } from "./app/i18n";
import { router } from "./app/router";
import "./app/styles.css";

createApp(AppLayout).use(i18n).use(router).mount("#app");
