import { AsyncLocalStorage } from "node:async_hooks";
import type { ApolloServerPlugin } from "@apollo/server";
import type { Logger as TypeOrmLogger } from "typeorm";

const current = new AsyncLocalStorage<{ statements: number }>();

/** Runs `work` counting the SQL statements it sends. */
export function countingStatements<T>(work: () => T): T {
  return current.run({ statements: 0 }, work);
}

/** TypeORM's logger slot, used only to count statements per request; logging is pino's job. */
export class StatementCounter implements TypeOrmLogger {
  logQuery(): void {
    const store = current.getStore();
    if (store) store.statements++;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

export const SQL_STATEMENTS_HEADER = "x-nk-sql-statements";

/**
 * Outside production, tells how many SQL statements a GraphQL request cost, so tests and
 * benchmarks can prove that nested lists are batched.
 */
export function statementHeaderPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const store = current.getStore();
          if (store) response.http.headers.set(SQL_STATEMENTS_HEADER, String(store.statements));
        },
      };
    },
  };
}
