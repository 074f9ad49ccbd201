// Jest test sequencer for mutation runs. Stryker runs a mutant with a test name pattern naming the
// tests that cover it; Jest would still load every test file (each loads the whole server). This
// keeps only the files holding a covering test, as recorded by record-tests.ts in the first run.
const { existsSync, readFileSync } = require("node:fs");
const path = require("node:path");

const TESTS_BY_FILE = path.resolve(__dirname, "../../.stryker-tests-by-file.jsonl");

class CoveringFilesSequencer {
  constructor({ globalConfig }) {
    this.pattern = globalConfig.testNamePattern;
  }

  sort(tests) {
    if (!this.pattern || !existsSync(TESTS_BY_FILE)) return tests;
    const covering = new RegExp(this.pattern, "i");
    const files = new Set();
    for (const line of readFileSync(TESTS_BY_FILE, "utf8").split("\n")) {
      if (!line) continue;
      const { file, name } = JSON.parse(line);
      if (covering.test(name)) files.add(file);
    }
    return files.size === 0 ? tests : tests.filter((test) => files.has(test.path));
  }

  cacheResults() {}

  allFailedTests(tests) {
    return tests;
  }
}

module.exports = CoveringFilesSequencer;
