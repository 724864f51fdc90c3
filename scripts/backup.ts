/**
 * npm run backup -- FILE: the whole database, as stored (sealed fields stay
 * sealed), in one file. Reads MONGODB_URI, or the embedded database under
 * DATA_DIR. Never reads REPORTS_KEY: keep the key apart from the backup.
 */
import { backupDatabase } from "../src/storage/backup.js";
import { withDatabase } from "./database-cli.js";

const file = process.argv[2];
if (!file) {
  console.error("usage: npm run backup -- FILE   (e.g. backups/rights-bot-$(date +%F).backup.gz)");
  process.exit(2);
}
try {
  const counts = await withDatabase((db) => backupDatabase(db, file, (line) => console.log(line)));
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  console.log(`Done: ${total} documents in ${Object.keys(counts).length} collections → ${file}`);
} catch (error) {
  console.error(`Backup failed: ${(error as Error).message}`);
  process.exit(1);
}
