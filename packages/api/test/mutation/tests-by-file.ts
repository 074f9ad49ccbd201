import path from "node:path";

/** Where a mutation run records its tests by file (in Stryker's sandbox, which it deletes). */
export const TESTS_BY_FILE = path.resolve(__dirname, "../../.stryker-tests-by-file.jsonl");
