/**
 * npm run db:inspect — what a copy of the database WITHOUT the key reveals.
 * Reads MONGODB_URI, or starts the embedded server on DATA_DIR (default
 * "data") like the bot does. It never reads REPORTS_KEY: it sees what a
 * thief with the database files would see.
 */
import path from "node:path";
import { MongoClient } from "mongodb";
import { databaseNameIn } from "../src/storage/database.js";
import { startEmbeddedServer, type EmbeddedServer } from "../src/storage/embedded-server.js";
import { inspectDatabase } from "../src/storage/inspect.js";

const uri = process.env.MONGODB_URI?.trim();
let embedded: EmbeddedServer | undefined;
if (!uri)
  embedded = await startEmbeddedServer({ dataDir: path.resolve(process.env.DATA_DIR?.trim() || "data"), info: (m) => console.error(m) });
const client = new MongoClient(uri || embedded!.uri, { serverSelectionTimeoutMS: 5_000 });
try {
  await client.connect();
  await inspectDatabase(client.db((uri && databaseNameIn(uri)) || "rights_bot"), (line) => console.log(line));
} finally {
  await client.close();
  await embedded?.stop();
}
