/**
 * Writes a lead action to the audit trail: the person who pressed (not only
 * the chat: in an on-call group any member may act, and each is recorded),
 * with the name they had at the time. A failed audit write is logged and
 * does not undo the action the person already saw done.
 */
import type { Logger } from "pino";
import { redactIds } from "../../../logger.js";
import type { AuditAction, AuditDetail } from "../../../storage/audit-store.js";
import type { Storage } from "../../../storage/database.js";
import type { BotContext } from "../../../telegram/context.js";

export function displayName(user: { first_name: string; last_name?: string; username?: string }): string {
  return [user.first_name, user.last_name].filter(Boolean).join(" ") + (user.username ? ` (@${user.username})` : "");
}

export async function audit(
  storage: Storage,
  logger: Logger,
  ctx: BotContext,
  code: string,
  action: AuditAction,
  detail: AuditDetail,
): Promise<void> {
  const user = ctx.from;
  const chat = ctx.chat;
  if (!user || !chat) return;
  await storage.audit
    .record({
      code,
      action,
      actor: { id: user.id, name: displayName(user) },
      chat: { id: chat.id, kind: chat.type === "private" ? "private" : "group" },
      detail,
      at: new Date(),
    })
    .catch((error) => logger.error({ err: redactIds((error as Error).message), action }, "audit record could not be written"));
}
