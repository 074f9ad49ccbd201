// Every locale must carry exactly the English keys, each with real text.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

/** @param {string} code */
function load(code) {
  return JSON.parse(readFileSync(new URL(`../src/locales/${code}.json`, import.meta.url), "utf8"));
}

/**
 * @param {unknown} value
 * @param {string} prefix
 * @returns {Array<[string, unknown]>}
 */
function leaves(value, prefix = "") {
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key));
  }
  return [[prefix, value]];
}

const reference = new Map(leaves(load("en")));

for (const code of ["tg", "ru"]) {
  test(`locale ${code} has the same keys as en, all with text`, () => {
    const messages = new Map(leaves(load(code)));
    assert.deepEqual([...messages.keys()].sort(), [...reference.keys()].sort());
    for (const [key, text] of messages) {
      assert.equal(typeof text, "string", key);
      assert.notEqual(String(text).trim(), "", key);
      // Placeholders must survive translation: "{name}" in English needs "{name}" here too.
      const wanted = String(reference.get(key)).match(/\{\w+\}/g) ?? [];
      for (const placeholder of wanted) assert.ok(String(text).includes(placeholder), `${key} lacks ${placeholder}`);
    }
  });
}

test("the Tajik and Russian texts are written in Cyrillic", () => {
  for (const code of ["tg", "ru"]) {
    const messages = new Map(leaves(load(code)));
    for (const key of ["signIn.submit", "home.signOut", "errors.invalidCredentials"]) {
      assert.match(String(messages.get(key)), /[\u0400-\u04FF]/, `${code}: ${key}`);
    }
  }
  // Letters that Russian lacks: a Tajik file copied from Russian would fail here.
  assert.match(JSON.stringify(load("tg")), /[ҳқҷӯғӣ]/);
});
