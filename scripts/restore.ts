/**
 * npm run restore -- FILE: a backup into an EMPTY database (MONGODB_URI, or
 * the embedded database under a new DATA_DIR). The bot then starts on it
 * with the same REPORTS_KEY as before; another key does not open it.
 */
import { restoreDatabase } from "../src/storage/backup.js";
import { withDatabase } from "./database-cli.js";

const file = process.argv[2];
if (!file) {
  console.error("usage: npm run restore -- FILE   (into an empty database: MONGODB_URI, or a new DATA_DIR)");
  process.exit(2);
}
try {
  const counts = await withDatabase((db) => restoreDatabase(db, file, (line) => console.log(line)));
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  console.log(`Done: ${total} documents in ${Object.keys(counts).length} collections restored from ${file}`);
} catch (error) {
  console.error(`Restore failed: ${(error as Error).message}`);
  process.exit(1);
}
