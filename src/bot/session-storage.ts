import type { Context, StorageAdapter } from "grammy";

import type { JsonStore } from "../storage/json-store.js";
import type { SessionData } from "../telegram/context.js";

/**
 * grammY's session middleware writes back after every update it read. The
 * store already skips a write of what it holds (JsonStore.write); here an
 * empty session is no session, so a visitor who never chose anything (reading
 * the rights guide) leaves no record.
 */
export function sessionStorage(store: JsonStore<SessionData>): StorageAdapter<SessionData> {
  return {
    read: async (key) => (await store.read(key)) ?? {},
    write: (key, value) => (Object.keys(value).length === 0 ? store.delete(key) : store.write(key, value)),
    delete: (key) => store.delete(key),
  };
}

/** Sessions are keyed by a keyed hash of the chat id, never the id itself. */
export function sessionKey(pseudonym: (id: number) => string): (ctx: Context) => string | undefined {
  return (ctx) => (ctx.chat?.type === "private" ? pseudonym(ctx.chat.id) : undefined);
}
