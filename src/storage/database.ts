import { MongoClient, type Db } from "mongodb";
import { FERRETDB_LIMITS } from "./ferretdb.js";
import { ConfigError } from "../config/config-error.js";
import type { Cipher } from "../security/cipher.js";
import { AuditStore } from "./audit-store.js";
import { CasesStore } from "./cases-store.js";
import { EvidenceStore } from "./evidence-store.js";
import { IntakeStore } from "./intake-store.js";
import { InvitesStore } from "./invites-store.js";
import { LeadsStore } from "./leads-store.js";
import { OutboxStore } from "./outbox-store.js";
import { RelayStore } from "./relay-store.js";
import { ByteCache } from "./byte-cache.js";
import { JsonStore, type JsonDocument } from "./json-store.js";
import { ReportsStore } from "./reports-store.js";
import { unlockDatabase, type DataKeys, type Unlocked } from "./key-check.js";
import { TrailStore } from "./trail-store.js";
import { TimersStore } from "./timers-store.js";
import { TrustedContactsStore } from "./trusted-contacts-store.js";
import { AlarmsStore } from "./alarms-store.js";

const DEFAULT_DB_NAME = "rights_bot";

/** Everything the bot keeps, one module per collection. */
export interface Storage {
  db: Db;
  /** grammY sessions: the user's language and small per-chat settings. */
  sessions: JsonStore<unknown>;
  /** @grammyjs/conversations replay state of unfinished flows (encrypted: it holds what people wrote). */
  conversations: JsonStore<unknown>;
  reports: ReportsStore;
  evidence: EvidenceStore;
  /** Routing queue, delivery jobs and delivered alerts. */
  outbox: OutboxStore;
  cases: CasesStore;
  leads: LeadsStore;
  invites: InvitesStore;
  relays: RelayStore;
  /** Who did what with which case (sealed), for admins. */
  audit: AuditStore;
  /** What {@link OpenStorageOptions.keys} unlocked: the pseudonym key and warnings for the operator. */
  unlocked: Unlocked | undefined;
  /** Reports per person in the last hour (limits, fair queueing). */
  intake: IntakeStore;
  /** Each private chat's message ids and times, so the bot can delete them (sealed). */
  trails: TrailStore;
  /** The memory the three per-chat stores above share (its size is a metric). */
  cache: ByteCache;
  /** Running check-in timers, with the last point of a live location (sealed). */
  timers: TimersStore;
  /** Trusted contacts and their one-time links (sealed). */
  trustedContacts: TrustedContactsStore;
  /** Alarms and the messages each owes its recipients (sealed). */
  alarms: AlarmsStore;
  close(): Promise<void>;
}

export interface OpenStorageOptions {
  uri: string;
  /** Defaults to the database named in the URI, else "rights_bot". */
  dbName?: string;
  /** What a failure to connect is reported against. */
  variable?: string;
  /** Seals what identifies people (tests give one directly)… */
  cipher?: Cipher;
  /** …or the keys, checked against the database's key check value (see key-check.ts). */
  keys?: DataKeys;
  /** Memory for sessions, form state and message trails read from the database (byte-cache.ts); {@link DEFAULT_CACHE_BYTES} if unset. */
  cacheBytes?: number;
}

/**
 * What the stores keep in memory of per-chat state, in bytes; beyond it the
 * least recently used is read again from the database. A few thousand people
 * in the middle of a form fit; the ten thousand who went silent do not need to.
 */
export const DEFAULT_CACHE_BYTES = 8 * 2 ** 20;

/** Group-commit batch sizes: FerretDB's connection budget (see ferretdb.ts). */
const { conversations: CONVERSATION_BATCH, trails: TRAIL_BATCH, sessions: SESSION_BATCH } = FERRETDB_LIMITS.batch;

/** Connects, checks the server answers, and creates every index. */
export async function openStorage(options: OpenStorageOptions): Promise<Storage> {
  const client = new MongoClient(options.uri, {
    // Plenty for one bot, and within FerretDB's connection budget (ferretdb.ts).
    maxPoolSize: FERRETDB_LIMITS.maxPoolSize,
    serverSelectionTimeoutMS: 5_000,
    connectTimeoutMS: 5_000,
    appName: "kz-rights-bot",
  });
  try {
    await client.connect();
    await client.db("admin").command({ ping: 1 });
  } catch (error) {
    await client.close().catch(() => {});
    throw new ConfigError(options.variable ?? "MONGODB_URI", `cannot reach the database at ${redactUri(options.uri)}: ${firstLine(error)}`);
  }
  const db = client.db(options.dbName ?? databaseNameIn(options.uri) ?? DEFAULT_DB_NAME);
  // The key is checked before any store migrates or reads a sealed value.
  const unlocked = options.keys
    ? await unlockDatabase(db, options.keys).catch(async (error) => {
        await client.close().catch(() => {});
        throw error;
      })
    : undefined;
  const cipher = unlocked?.cipher ?? options.cipher;
  if (!cipher) throw new Error("openStorage needs a cipher or keys");
  const outbox = new OutboxStore(db, cipher);
  const cache = new ByteCache(options.cacheBytes ?? DEFAULT_CACHE_BYTES);
  const conversations = new JsonStore<unknown>(db.collection<JsonDocument>("conversations"), {
    cache: cache.slice("conversations"),
    riderCache: cache.slice("conversation-riders"),
    withRider: true,
    cipher,
    maxBatch: CONVERSATION_BATCH,
    idOf: (key) => cipher.keyedId("conversation", key),
  });
  const storage: Storage = {
    db,
    sessions: new JsonStore(db.collection<JsonDocument>("sessions"), { cache: cache.slice("sessions"), maxBatch: SESSION_BATCH }),
    conversations,
    reports: new ReportsStore(db, cipher, outbox),
    evidence: new EvidenceStore(db, cipher),
    outbox,
    cases: new CasesStore(db, cipher),
    leads: new LeadsStore(db, cipher),
    invites: new InvitesStore(db, cipher),
    relays: new RelayStore(db, cipher),
    audit: new AuditStore(db, cipher),
    intake: new IntakeStore(db, cipher),
    trails: new TrailStore(db.collection<JsonDocument>("trails"), {
      cipher,
      cache: cache.slice("trails"),
      maxBatch: TRAIL_BATCH,
      carrier: conversations,
    }),
    timers: new TimersStore(db, cipher),
    trustedContacts: new TrustedContactsStore(db, cipher),
    alarms: new AlarmsStore(db, cipher),
    unlocked,
    cache,
    close: () => client.close(),
  };
  for (const store of [
    storage.sessions,
    storage.conversations,
    storage.reports,
    storage.evidence,
    storage.outbox,
    storage.cases,
    storage.leads,
    storage.invites,
    storage.relays,
    storage.audit,
    storage.intake,
    storage.trails,
    storage.timers,
    storage.trustedContacts,
    storage.alarms,
  ]) {
    await store.ensureIndexes();
  }
  return storage;
}

/** The database named in a MongoDB URI's path, if any. */
export function databaseNameIn(uri: string): string | undefined {
  const name = /^mongodb(?:\+srv)?:\/\/[^/]*\/([^?]*)/.exec(uri)?.[1];
  return name ? decodeURIComponent(name) : undefined;
}

/** The URI without its password, fit for an error message. */
export function redactUri(uri: string): string {
  return uri.replace(/\/\/([^:@/]+):([^@/]+)@/, "//$1:***@");
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0]!.slice(0, 300);
}
