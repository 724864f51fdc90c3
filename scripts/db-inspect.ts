/**
 * npm run db:inspect — what a copy of the database WITHOUT the key reveals.
 * Reads MONGODB_URI, or starts the embedded server on DATA_DIR (default
 * "data") like the bot does. It never reads REPORTS_KEY: it sees what a
 * thief with the database files would see.
 */
import { inspectDatabase } from "../src/storage/inspect.js";
import { withDatabase } from "./database-cli.js";

await withDatabase((db) => inspectDatabase(db, (line) => console.log(line)));
