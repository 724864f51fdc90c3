/**
 * /export for the documentation sector: a period (as /stats), a format (CSV
 * or JSON), and the variant — without names and places by default; with the
 * sealed fields only for the documentation sector's leads and admins, in a
 * private chat, after a confirmation that says what the file holds.
 *
 * Who: the people of /stats, checked at every press; a regional documentation
 * lead exports the reports of their regions only, as /stats counts them. Where: a private chat, or
 * a group that is itself enrolled as a documentation or national coordinator
 * lead (as /stats); the sealed variant never goes to a group, where every
 * member would get the file. Each export is written to the audit trail.
 */
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Composer, InlineKeyboard, InputFile } from "grammy";
import type { BotContext } from "../../../telegram/context.js";
import type { BotDeps } from "../../deps.js";
import { periodFor } from "../../../stats/period.js";
import { periodCommand } from "./period-command.js";
import type { Period } from "../../../stats/stats.js";
import { sealedExportScope, statsScope, type StatsScope } from "../../../stats/scope.js";
import { regionNames } from "../../../shared/regions.js";
import { currentLocale } from "../../../telegram/i18n.js";
import { onPress } from "../../../telegram/callback-data.js";
import { exportFileName, EXPORT_FORMATS, MAX_EXPORT_BYTES, writeExport, type ExportFormat } from "../../../documentation/export-writer.js";
import { packPeriod, periodDays, unpackPeriod } from "../../../documentation/export-period.js";
import { exportRecords } from "../../../storage/export-source.js";
import { EXPORTS_TRAIL } from "../../../storage/audit-store.js";
import { redactIds } from "../../../logger.js";
import { escapeHtml } from "../../../shared/text.js";
import { showScreen } from "../../screen.js";
import { isAdminHere } from "./authorize.js";
import { displayName } from "./audit-trail.js";
import { auditMessages } from "./audit-view.js";
import { ANY_EXPORT_BUTTON, EXPORT_BUTTON } from "./export-buttons.js";

export function leadExportFeature({
  storage,
  alliance,
  logger,
  exportDir,
  now = Date.now,
}: Pick<BotDeps, "storage" | "alliance" | "logger" | "exportDir" | "now">): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  /**
   * What this chat may export now: whose reports (null: none, as /stats), and whose with the sealed
   * fields (null: none; only ever in a private chat — src/stats/scope.ts).
   */
  const rights = async (ctx: BotContext): Promise<{ scope: StatsScope | null; sealed: StatsScope | null }> => {
    if (!ctx.chat) return { scope: null, sealed: null };
    const leads = await storage.leads.byChat(ctx.chat.id);
    const isAdmin = isAdminHere(alliance, ctx);
    const sealed = ctx.chat.type === "private" ? sealedExportScope(leads, isAdmin) : null;
    return { scope: statsScope(leads, isAdmin), sealed };
  };

  const formatScreen = (ctx: BotContext, period: Period) => {
    const { first, last } = periodDays(period);
    const keyboard = new InlineKeyboard();
    for (const format of EXPORT_FORMATS)
      keyboard.text(ctx.t(`export-format-${format}`), EXPORT_BUTTON.format.pack({ ...packPeriod(period), format }));
    return { text: escapeHtml(ctx.t("export-choose-format", { first, last })), keyboard };
  };

  const send = async (ctx: BotContext, scope: StatsScope, period: Period, format: ExportFormat, sealed: boolean) => {
    const { first, last } = periodDays(period);
    // A regional documentation lead exports the reports of their regions only (src/stats/scope.ts).
    const regions = scope.national ? undefined : scope.regions;
    // The choice screen loses its buttons at once: a second press of them would send a second file.
    if (ctx.callbackQuery) await showScreen(ctx, { text: escapeHtml(ctx.t("export-preparing", { first, last })) });
    await ctx.replyWithChatAction("upload_document");
    const dir = await mkdtemp(path.join(exportDir ?? os.tmpdir(), "rights-bot-export-"));
    const fileName = exportFileName(first, last, format);
    const file = path.join(dir, `${randomBytes(6).toString("hex")}.${format}`);
    try {
      const written = await writeExport(
        exportRecords(storage, period.from, period.to, regions),
        { format, sealed },
        createWriteStream(file),
      );
      if (written.rows === 0) return await ctx.reply(ctx.t("export-none", { first, last }));
      if (written.bytes > MAX_EXPORT_BYTES) return await ctx.reply(ctx.t("export-too-large", { count: written.rows }));
      // Recorded before it is sent: no file leaves unrecorded (a failed send stays recorded as an attempt).
      if (!(await recordExport(ctx, { first, last, format, sealed, rows: written.rows, ...(regions && { regions }) })))
        return await ctx.reply(ctx.t("export-unrecorded"));
      const where = regions ? `\n${regionNames(regions, currentLocale(ctx))}` : "";
      await ctx.replyWithDocument(new InputFile(file, fileName), {
        caption: ctx.t(sealed ? "export-caption-sealed" : "export-caption-plain", { first, last, count: written.rows }) + where,
        protect_content: true,
      });
      logger.info({ rows: written.rows, bytes: written.bytes, format, sealed }, "export sent");
      return undefined;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  };

  /** True once the export is in the audit trail. */
  const recordExport = async (
    ctx: BotContext,
    detail: { first: string; last: string; format: string; sealed: boolean; rows: number; regions?: string[] },
  ): Promise<boolean> => {
    if (!ctx.from || !ctx.chat) return false;
    return storage.audit
      .record({
        code: EXPORTS_TRAIL,
        action: "exported",
        actor: { id: ctx.from.id, name: displayName(ctx.from) },
        chat: { id: ctx.chat.id, kind: ctx.chat.type === "private" ? "private" : "group" },
        detail: { export: detail },
        at: new Date(now()),
      })
      .then(
        () => true,
        (error: unknown) => {
          logger.error({ err: redactIds((error as Error).message) }, "export audit record could not be written");
          return false;
        },
      );
  };

  composer.command("export", async (ctx) => {
    if (!(await rights(ctx)).scope) return ctx.reply(ctx.t("export-not-allowed"));
    return periodCommand(ctx, {
      texts: "export",
      now: now(),
      button: (period) => EXPORT_BUTTON.period.pack({ period }),
      typed: (period) => showScreen(ctx, formatScreen(ctx, period)),
    });
  });

  // Admins read the exports' trail where they read a case's: /audit exports.
  composer.command("audit", async (ctx, next) => {
    if (ctx.match.trim().toLowerCase() !== EXPORTS_TRAIL || !ctx.from || !isAdminHere(alliance, ctx)) return next();
    const entries = await storage.audit.forCode(EXPORTS_TRAIL);
    if (entries.length === 0) return ctx.reply(ctx.t("export-audit-none"));
    const locale = currentLocale(ctx);
    const messages = auditMessages(
      ctx.t("export-audit-title"),
      entries,
      ctx.t,
      (id) => id,
      (ids) => regionNames(ids, locale),
    );
    for (const message of messages) await ctx.reply(message);
    return undefined;
  });

  /** Every press: the person's rights now, and a polite refusal when they lack them. */
  const refuse = (ctx: BotContext, key: string) => ctx.answerCallbackQuery({ text: ctx.t(key), show_alert: true });
  const stale = (ctx: BotContext) => ctx.answerCallbackQuery({ text: ctx.t("export-stale"), show_alert: true });

  composer.callbackQuery(
    EXPORT_BUTTON.period.filter,
    onPress(EXPORT_BUTTON.period, async (ctx, { period }) => {
      if (!(await rights(ctx)).scope) return refuse(ctx, "export-not-allowed");
      await ctx.answerCallbackQuery();
      const screen = formatScreen(ctx, periodFor(period, now()));
      return showScreen(ctx, screen);
    }),
  );

  composer.callbackQuery(
    EXPORT_BUTTON.format.filter,
    onPress(EXPORT_BUTTON.format, async (ctx, { from, to, format }) => {
      const allowed = await rights(ctx);
      if (!allowed.scope) return refuse(ctx, "export-not-allowed");
      const period = unpackPeriod(from, to);
      if (!period) return stale(ctx);
      await ctx.answerCallbackQuery();
      const keyboard = new InlineKeyboard().text(
        ctx.t("export-variant-plain"),
        EXPORT_BUTTON.variant.pack({ from, to, format, variant: "plain" }),
      );
      if (allowed.sealed)
        keyboard.row().text(ctx.t("export-variant-sealed"), EXPORT_BUTTON.variant.pack({ from, to, format, variant: "sealed" }));
      const { first, last } = periodDays(period);
      return showScreen(ctx, { text: escapeHtml(ctx.t("export-choose-variant", { first, last, format: format.toUpperCase() })), keyboard });
    }),
  );

  composer.callbackQuery(
    EXPORT_BUTTON.variant.filter,
    onPress(EXPORT_BUTTON.variant, async (ctx, { from, to, format, variant }) => {
      const allowed = await rights(ctx);
      if (!allowed.scope) return refuse(ctx, "export-not-allowed");
      const period = unpackPeriod(from, to);
      if (!period) return stale(ctx);
      if (variant === "plain") {
        await ctx.answerCallbackQuery();
        return send(ctx, allowed.scope, period, format, false);
      }
      if (!allowed.sealed) return refuse(ctx, "export-sealed-not-allowed");
      await ctx.answerCallbackQuery();
      // The confirmation: what the file will hold, and how to keep it.
      const { first, last } = periodDays(period);
      const keyboard = new InlineKeyboard()
        .text(ctx.t("export-confirm-sealed"), EXPORT_BUTTON.confirmSealed.pack({ from, to, format }))
        .row()
        .text(ctx.t("export-variant-plain"), EXPORT_BUTTON.variant.pack({ from, to, format, variant: "plain" }));
      return showScreen(ctx, { text: escapeHtml(ctx.t("export-sealed-warning", { first, last })), keyboard });
    }),
  );

  composer.callbackQuery(
    EXPORT_BUTTON.confirmSealed.filter,
    onPress(EXPORT_BUTTON.confirmSealed, async (ctx, { from, to, format }) => {
      const allowed = await rights(ctx);
      if (!allowed.scope) return refuse(ctx, "export-not-allowed");
      if (!allowed.sealed) return refuse(ctx, "export-sealed-not-allowed");
      const period = unpackPeriod(from, to);
      if (!period) return stale(ctx);
      await ctx.answerCallbackQuery();
      // With names and places: the reach of the documentation role, not of any other (a coordinator's).
      return send(ctx, allowed.sealed, period, format, true);
    }),
  );

  // Any other export button: garbled, forged or of an older version.
  composer.callbackQuery(ANY_EXPORT_BUTTON, (ctx) => stale(ctx));
  return composer;
}
