/**
 * The database a maintenance script works on, as the bot finds it:
 * MONGODB_URI, or the embedded server started on DATA_DIR (default "data").
 */
import path from "node:path";
import { MongoClient, type Db } from "mongodb";
import { databaseNameIn } from "../src/storage/database.js";
import { startEmbeddedServer, type EmbeddedServer } from "../src/storage/embedded-server.js";

export async function withDatabase<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const uri = process.env.MONGODB_URI?.trim();
  let embedded: EmbeddedServer | undefined;
  if (!uri)
    embedded = await startEmbeddedServer({ dataDir: path.resolve(process.env.DATA_DIR?.trim() || "data"), info: (m) => console.error(m) });
  const client = new MongoClient(uri || embedded!.uri, { serverSelectionTimeoutMS: 5_000 });
  try {
    await client.connect();
    return await work(client.db((uri && databaseNameIn(uri)) || "rights_bot"));
  } finally {
    await client.close();
    await embedded?.stop();
  }
}
