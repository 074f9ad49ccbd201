// Loaded by Jest under Stryker only (stryker.config.mjs). During the first, unmutated run it
// records which file holds each test, so that test/mutation/sequencer.cjs can give a mutant run
// only the files of the tests that cover the mutant instead of loading every test file.
import { appendFileSync } from "node:fs";
import { TESTS_BY_FILE } from "./tests-by-file";

afterEach(() => {
  if (process.env.__STRYKER_ACTIVE_MUTANT__) return;
  const { currentTestName, testPath } = expect.getState();
  if (currentTestName && testPath) appendFileSync(TESTS_BY_FILE, `${JSON.stringify({ file: testPath, name: currentTestName })}\n`);
});
