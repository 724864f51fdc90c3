/**
 * npm run keys:rotate — re-seals every sealed value of the database under
 * REPORTS_KEY, opening them with REPORTS_KEY_OLD (see README "Changing the
 * key"). Reads MONGODB_URI, or starts the embedded server on DATA_DIR like
 * the bot does: stop the bot first when it uses the embedded database. Safe
 * to interrupt and run again: what is already under the new key is skipped.
 */
import { MongoClient } from "mongodb";
import { ConfigError } from "../src/config/config-error.js";
import { loadKeyConfig } from "../src/config/env.js";
import { databaseNameIn } from "../src/storage/database.js";
import { startEmbeddedServer, type EmbeddedServer } from "../src/storage/embedded-server.js";
import { rotateKeys } from "../src/storage/rotation.js";

let embedded: EmbeddedServer | undefined;
let client: MongoClient | undefined;
try {
  const config = loadKeyConfig();
  if (!config.reportsKeyOld)
    throw new ConfigError("REPORTS_KEY_OLD", "is required: set it to the previous key, and REPORTS_KEY to the new one");
  if (!config.mongodbUri) embedded = await startEmbeddedServer({ dataDir: config.dataDir, info: (m) => console.error(m) });
  const uri = config.mongodbUri ?? embedded!.uri;
  client = new MongoClient(uri, { serverSelectionTimeoutMS: 5_000 });
  await client.connect();
  const db = client.db(databaseNameIn(uri) ?? "rights_bot");
  console.log(`Re-sealing database "${db.databaseName}" under REPORTS_KEY…`);
  const result = await rotateKeys(db, { current: config.reportsKey!, old: config.reportsKeyOld }, (line) => console.log(line));
  process.exitCode = result.done ? 0 : 1;
} catch (error) {
  console.error(
    error instanceof ConfigError ? `Configuration error: ${error.message}` : `Key rotation failed: ${(error as Error).message}`,
  );
  process.exitCode = 1;
} finally {
  await client?.close();
  await embedded?.stop();
}
