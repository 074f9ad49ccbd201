import type en from "../locales/en.json";

/** English is the reference: every locale file has exactly its keys (scripts/check-locales.mjs). */
export type MessageSchema = typeof en;
export type Messages = Record<string, unknown>;

/**
 * One language's texts: the shell's, and each module's `modules/<name>/locales/<locale>.json`
 * merged under the module's name (`t("programs.list.title")`).
 */
export function withModules(core: Messages, moduleFiles: Record<string, { default: Messages }>): MessageSchema {
  const merged: Messages = { ...core };
  for (const [file, content] of Object.entries(moduleFiles)) {
    const name = /modules\/([^/]+)\/locales\/[a-z]+\.json$/.exec(file)?.[1];
    if (name) merged[name] = content.default;
  }
  // Typed as the core schema: module keys are looked up by string, checked by check-locales.
  return merged as MessageSchema;
}
