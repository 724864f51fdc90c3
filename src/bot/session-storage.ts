import type { Context, StorageAdapter } from "grammy";

import type { JsonStore } from "../storage/json-store.js";
import type { SessionData } from "../telegram/context.js";

/**
 * grammY's session middleware writes back after every update it read. This
 * adapter skips the write when nothing changed, and stores nothing for a
 * visitor who never set anything: reading the rights guide leaves no trace.
 */
export function sessionStorage(store: JsonStore<SessionData>): StorageAdapter<SessionData> {
  const asRead = new WeakMap<object, string>();
  return {
    async read(key) {
      const value = (await store.read(key)) ?? {};
      asRead.set(value, JSON.stringify(value));
      return value;
    },
    async write(key, value) {
      const json = JSON.stringify(value);
      if (asRead.get(value) === json) return;
      asRead.set(value, json);
      await store.write(key, value);
    },
    delete: (key) => store.delete(key),
  };
}

/** Sessions are keyed by a keyed hash of the chat id, never the id itself. */
export function sessionKey(pseudonym: (id: number) => string): (ctx: Context) => string | undefined {
  return (ctx) => (ctx.chat?.type === "private" ? pseudonym(ctx.chat.id) : undefined);
}
