import "reflect-metadata";
import { DEFAULT_ADMIN_EMAIL } from "./bootstrap";
import { ConfigError, loadConfig } from "./core/config";
import { dataKeyWarning } from "./core/data-key";
import { createLogger } from "./core/logger";
import { startPlatform } from "./server";

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const log = createLogger(config.logLevel);
  const started = Date.now();
  // Signals are handled from the first moment: one arriving during start-up waits for it to
  // finish, then stops everything it started (never a postgres left behind).
  const starting = startPlatform(config, log);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "stopping");
    starting
      .then((platform) => platform.stop())
      .then(
        () => {
          log.info("stopped");
          process.exit(0);
        },
        (error: unknown) => {
          log.error({ err: error }, "error while stopping");
          process.exit(1);
        },
      );
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));

  const platform = await starting;
  log.info({ port: platform.port, ms: Date.now() - started, embedded: Boolean(platform.embedded) }, "NK Platform is up");
  if (stopping) return;

  const lines = [
    "",
    "NK Platform is running.",
    `  Admin:    ${platform.url}/`,
    `  GraphQL:  ${platform.url}/graphql`,
    `  Health:   ${platform.url}/healthz  ${platform.url}/readyz`,
  ];
  if (platform.generatedAdmin) {
    lines.push(
      `  Sign in:  ${platform.generatedAdmin.email} with the password ${platform.generatedAdmin.password}`,
      "            (generated now and shown only this once; set NK_ADMIN_PASSWORD to choose your own)",
    );
  } else {
    const who = config.admin.email ?? DEFAULT_ADMIN_EMAIL;
    const how = config.admin.password ? "the password in NK_ADMIN_PASSWORD" : "the password printed at the first start";
    lines.push(`  Sign in:  ${who} with ${how}`);
  }
  const keyWarning = dataKeyWarning(config);
  if (keyWarning) lines.push(`  Warning:  ${keyWarning}`);
  process.stdout.write(`${lines.join("\n")}\n\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`NK Platform could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
