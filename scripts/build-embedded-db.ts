/**
 * npm run build:db: builds the embedded database server (embedded-db/, with Go) into `.cache/`
 * unless a build of the same sources is there, and prints its path. The bot does this itself at its
 * first start; run it at install and after each update when the service cannot write its checkout
 * (deploy/rights-bot.service), and scripts/test-postgres.sh uses it.
 */
import { ensureEmbeddedBinary } from "../src/storage/embedded-server.js";

try {
  console.log(
    await ensureEmbeddedBinary(() =>
      console.error("Building the embedded database server from embedded-db/ (once per change of its sources)…"),
    ),
  );
} catch (error) {
  console.error(`Build failed: ${(error as Error).message}`);
  process.exit(1);
}
