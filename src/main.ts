/**
 * Entry point of `npm start` and of the production command (`node dist/main.js`).
 * Configuration problems end in one clear line and exit code 1.
 */
import { startApp } from "./app.js";
import { ConfigError } from "./config/config-error.js";
import { loadEnvConfig } from "./config/env.js";
import { ContentError } from "./rights/rights-content.js";
import { createLogger, redactTokens } from "./logger.js";

async function main(): Promise<void> {
  const config = loadEnvConfig();
  const logger = createLogger(config.logLevel, [config.botToken]);
  const app = await startApp(config, logger);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    await app.stop();
    logger.info("stopped");
    process.exit(0);
  };
  // `on`, not `once`: npm and tsx relay the signal too, and a second one must not kill a clean shutdown.
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${redactTokens(error.message)}`);
  } else if (error instanceof ContentError) {
    console.error(`Content error: ${error.message}`);
  } else {
    console.error(`Start-up failed: ${redactTokens(error instanceof Error ? error.message : String(error))}`);
  }
  process.exit(1);
});
