// Every text of the admin in one language: the shell's, and each module's under its name.
import { type Messages, withModules } from "../../app/locale-modules";
import core from "../ru.json";

export default withModules(core, import.meta.glob<{ default: Messages }>("../../modules/*/locales/ru.json", { eager: true }));
