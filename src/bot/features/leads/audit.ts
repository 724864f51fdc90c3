/** `/audit CODE`: an admin reads who did what with a case, and when. Others are politely refused. */
import { Composer } from "grammy";
import type { DocumentsContent } from "../../../documents/documents-content.js";
import { normalizeCode } from "../../../reports/reference-code.js";
import type { BotContext } from "../../../telegram/context.js";
import type { BotDeps } from "../../deps.js";
import { isAdminChat } from "./authorize.js";
import { renderAudit } from "./audit-view.js";

export function auditFeature({
  storage,
  alliance,
  documents,
}: Pick<BotDeps, "storage" | "alliance"> & { documents: DocumentsContent }): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.command("audit", async (ctx) => {
    if (!ctx.from || !isAdminChat(alliance, ctx.chat, ctx.from.id)) return ctx.reply(ctx.t("admin-only"));
    const code = normalizeCode(ctx.match.trim());
    if (!code) return ctx.reply(ctx.t("audit-usage"));
    const title = (id: string) => documents.documents.find((d) => d.id === id)?.title[ctx.locale()] ?? id;
    for (const message of renderAudit(code, await storage.audit.forCode(code), ctx.t, title)) await ctx.reply(message);
    return undefined;
  });

  return composer;
}
