/**
 * How someone becomes a sector lead. A bot cannot write to a person who never
 * opened it, so an admin makes a one-time, expiring invitation link; the
 * person opens it (or a group sends /enrol with its token), and an admin
 * confirms. Admins also list and remove leads.
 */
import { Composer, InlineKeyboard } from "grammy";
import { isLocale } from "../../../shared/locales.js";
import { REGIONS } from "../../../shared/regions.js";
import { escapeHtml } from "../../../shared/text.js";
import { SECTORS, type Sector } from "../../../shared/vocabulary.js";
import type { LeadRole, LeadScope } from "../../../routing/leads.js";
import type { Invite } from "../../../storage/invites-store.js";
import type { BotContext } from "../../../telegram/context.js";
import type { BotDeps } from "../../deps.js";
import { currentLocale } from "../../../telegram/i18n.js";
import { ADMIN_BUTTON, adminButton } from "./callback-data.js";

const INVITE_TTL_MS = 24 * 60 * 60 * 1000;
const ROLES: LeadRole[] = ["primary", "backup"];

export function enrolmentFeature({ storage, alliance, logger }: Pick<BotDeps, "storage" | "alliance" | "logger">): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const isAdmin = (ctx: BotContext) => ctx.chat?.type === "private" && alliance.admins.includes(ctx.from?.id ?? 0);
  const scopeName = (ctx: BotContext, scope: LeadScope, locale: "kk" | "ru" | "en") => (scope === "national" ? ctx.t("scope-national") : REGIONS[scope][locale]);

  composer.command("invite", async (ctx) => {
    if (!isAdmin(ctx)) return ctx.reply(ctx.t("admin-only"));
    const keyboard = new InlineKeyboard();
    SECTORS.forEach((sector, i) => {
      keyboard.text(ctx.t(`sector-${sector}`), adminButton("sector", sector));
      if (i % 2 === 1) keyboard.row();
    });
    return ctx.reply(ctx.t("invite-sector"), { reply_markup: keyboard });
  });

  composer.callbackQuery(ADMIN_BUTTON, async (ctx) => {
    const [, action, a = "", b = "", c = ""] = ctx.match;
    if (!isAdmin(ctx)) return ctx.answerCallbackQuery({ text: ctx.t("admin-only"), show_alert: true });
    await ctx.answerCallbackQuery();
    const locale = currentLocale(ctx);
    const sector = a as Sector;
    switch (action) {
      case "sector": {
        if (!SECTORS.includes(sector)) return ctx.reply(ctx.t("stale-button"));
        const keyboard = new InlineKeyboard().text(ctx.t("scope-national"), adminButton("scope", sector, "national")).row();
        alliance.regions.forEach((region, i) => {
          keyboard.text(REGIONS[region][locale], adminButton("scope", sector, region));
          if (i % 2 === 1) keyboard.row();
        });
        return ctx.editMessageText(ctx.t("invite-scope", { sector: ctx.t(`sector-${sector}`) }), { reply_markup: keyboard });
      }
      case "scope": {
        const keyboard = new InlineKeyboard();
        for (const role of ROLES) keyboard.text(ctx.t(`role-${role}`), adminButton("role", sector, b, role));
        return ctx.editMessageText(ctx.t("invite-role"), { reply_markup: keyboard });
      }
      case "role": {
        const scope = b as LeadScope;
        if (!SECTORS.includes(sector) || (scope !== "national" && !(scope in REGIONS)) || !ROLES.includes(c as LeadRole)) return ctx.reply(ctx.t("stale-button"));
        const invite: Invite = { sector, scope, role: c as LeadRole, createdBy: ctx.from.id, expiresAt: new Date(Date.now() + INVITE_TTL_MS) };
        const token = await storage.invites.create(invite);
        const what = describe(ctx, invite, locale);
        return ctx.editMessageText(
          [escapeHtml(ctx.t("invite-made", { what })), "", `https://t.me/${ctx.me.username}?start=inv_${token}`, "", escapeHtml(ctx.t("invite-group")), `<code>/enrol@${ctx.me.username} ${token}</code>`].join("\n"),
          { parse_mode: "HTML", link_preview_options: { is_disabled: true } },
        );
      }
      case "ok":
      case "no": {
        const pending = await storage.invites.takePending(a);
        if (!pending) return ctx.editMessageText(ctx.t("enrol-already-decided")).catch(() => {});
        const what = describe(ctx, pending, pending.locale);
        if (action === "no") {
          await ctx.api.sendMessage(pending.chatId, ctx.t("enrol-rejected")).catch(() => {});
          return ctx.editMessageText(ctx.t("enrol-rejected-admin", { who: pending.label, what: describe(ctx, pending, locale) }));
        }
        await storage.leads.add({ chatId: pending.chatId, kind: pending.kind, sector: pending.sector, scope: pending.scope, role: pending.role, onDuty: true, locale: pending.locale, label: pending.label });
        logger.info({ sector: pending.sector, kind: pending.kind }, "lead enrolled");
        await ctx.api.sendMessage(pending.chatId, ctx.t("enrol-confirmed", { what })).catch(() => {});
        return ctx.editMessageText(ctx.t("enrol-confirmed-admin", { who: pending.label, what: describe(ctx, pending, locale) }));
      }
      case "rm": {
        const removed = await storage.leads.remove(a);
        if (!removed) return ctx.reply(ctx.t("stale-button"));
        await ctx.api.sendMessage(removed.chatId, ctx.t("lead-removed")).catch(() => {});
        return ctx.reply(ctx.t("lead-removed-admin", { who: removed.label }));
      }
    }
    return undefined;
  });

  composer.command("leads", async (ctx) => {
    if (!isAdmin(ctx)) return ctx.reply(ctx.t("admin-only"));
    const leads = await storage.leads.all();
    if (leads.length === 0) return ctx.reply(ctx.t("leads-none"));
    const locale = currentLocale(ctx);
    const keyboard = new InlineKeyboard();
    const lines = [ctx.t("leads-title", { count: leads.length })];
    leads.forEach((lead, i) => {
      lines.push(`${i + 1}. ${lead.label} — ${describe(ctx, lead, locale)}${lead.onDuty ? "" : ` (${ctx.t("off-duty")})`}`);
      keyboard.text(ctx.t("leads-remove", { n: i + 1 }), adminButton("rm", lead.id)).row();
    });
    return ctx.reply(lines.join("\n"), { reply_markup: keyboard });
  });

  /** Opening an invitation link: /start inv_<token>. */
  composer.command("start", async (ctx, next) => {
    if (!ctx.match.startsWith("inv_")) return next();
    await enrol(ctx, ctx.match.slice(4), "person");
  });

  /** A group enrols with the token in a command. */
  composer.command("enrol", async (ctx) => {
    if (ctx.chat.type === "private") return ctx.reply(ctx.t("enrol-in-group"));
    await enrol(ctx, ctx.match.trim(), "group");
  });

  async function enrol(ctx: BotContext, token: string, kind: "person" | "group") {
    const invite = /^[A-Za-z0-9_-]{10,64}$/.test(token) ? await storage.invites.consume(token, new Date()) : undefined;
    if (!invite) return ctx.reply(ctx.t("invite-invalid"));
    const chat = ctx.chat!;
    const label = kind === "group" ? ("title" in chat ? chat.title ?? "group" : "group") : [ctx.from?.first_name, ctx.from?.last_name].filter(Boolean).join(" ") + (ctx.from?.username ? ` (@${ctx.from.username})` : "");
    const language = ctx.from?.language_code?.slice(0, 2);
    const locale = isLocale(language) ? language : "ru";
    const id = await storage.invites.addPending({ ...invite, chatId: chat.id, kind, label, locale, createdAt: new Date() });
    for (const admin of alliance.admins) {
      const keyboard = new InlineKeyboard().text(ctx.t("enrol-confirm"), adminButton("ok", id)).text(ctx.t("enrol-reject"), adminButton("no", id));
      await ctx.api.sendMessage(admin, ctx.t("enrol-request", { who: label, what: describe(ctx, invite, "ru") }), { reply_markup: keyboard }).catch(() => {});
    }
    return ctx.reply(ctx.t("enrol-waiting"));
  }

  function describe(ctx: BotContext, lead: { sector: Sector; scope: LeadScope; role: LeadRole }, locale: "kk" | "ru" | "en") {
    return ctx.t("lead-what", { sector: ctx.t(`sector-${lead.sector}`), scope: scopeName(ctx, lead.scope, locale), role: ctx.t(`role-${lead.role}`) });
  }

  return composer;
}
