/**
 * How someone becomes a sector lead. A bot cannot write to a person who never
 * opened it, so an admin makes a one-time, expiring invitation link; the
 * person opens it (or a group sends /enrol with its token), and an admin
 * confirms. Admins also list and remove leads.
 */
import { Composer, InlineKeyboard } from "grammy";
import type { Locale } from "../../../shared/locales.js";
import { REGIONS } from "../../../shared/regions.js";
import { escapeHtml, type Translate } from "../../../shared/text.js";
import { retireLead } from "../../../delivery/retire-lead.js";
import { SECTORS, type Sector } from "../../../shared/vocabulary.js";
import type { LeadRole, LeadScope } from "../../../routing/leads.js";
import type { Invite } from "../../../storage/invites-store.js";
import type { BotContext } from "../../../telegram/context.js";
import type { BotDeps } from "../../deps.js";
import type { Messenger } from "../../messenger.js";
import { currentLocale } from "../../../telegram/i18n.js";
import { displayName } from "./audit-trail.js";
import { ADMIN, ANY_ADMIN_BUTTON } from "./callback-data.js";
import { onPress } from "../../../telegram/callback-data.js";
import { isAdminHere, isAdminsOwnChat } from "./authorize.js";

const INVITE_TTL_MS = 24 * 60 * 60 * 1000;
const ROLES: LeadRole[] = ["primary", "backup"];

export interface EnrolmentDeps extends Pick<BotDeps, "storage" | "alliance" | "logger" | "delivery"> {
  /** Admins, applicants and removed leads each read in their own language. */
  messenger: Messenger;
}

export function enrolmentFeature({ storage, alliance, logger, delivery, messenger }: EnrolmentDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const isAdmin = (ctx: BotContext) => isAdminHere(alliance, ctx);
  const scopeName = (t: Translate, scope: LeadScope, locale: Locale) =>
    scope === "national" ? t("scope-national") : REGIONS[scope][locale];

  // grammY's own test of command(): other updates pass this feature's four commands with one test.
  const commands = composer.on(":entities:bot_command");

  commands.command("invite", async (ctx) => {
    if (!isAdmin(ctx)) return ctx.reply(ctx.t("admin-only"));
    const keyboard = InlineKeyboard.from([
      SECTORS.map((sector) => InlineKeyboard.text(ctx.t(`sector-${sector}`), ADMIN.sector.pack({ sector }))),
    ]).toFlowed(2);
    return ctx.reply(ctx.t("invite-sector"), { reply_markup: keyboard });
  });

  // Every admin button is for admins only; the handlers below run for an admin. One check for
  // every admin button: any other update passes this feature's buttons with one test, not eight.
  const presses = composer.callbackQuery(ANY_ADMIN_BUTTON);
  presses.use((ctx, next) => (isAdmin(ctx) ? next() : ctx.answerCallbackQuery({ text: ctx.t("admin-only"), show_alert: true })));

  presses.callbackQuery(
    ADMIN.sector.filter,
    onPress(ADMIN.sector, async (ctx, { sector }) => {
      await ctx.answerCallbackQuery();
      const locale = currentLocale(ctx);
      const regions = alliance.regions.map((region) =>
        InlineKeyboard.text(REGIONS[region][locale], ADMIN.scope.pack({ sector, scope: region })),
      );
      const keyboard = new InlineKeyboard()
        .text(ctx.t("scope-national"), ADMIN.scope.pack({ sector, scope: "national" }))
        .append(InlineKeyboard.from([regions]).toFlowed(2));
      return ctx.editMessageText(ctx.t("invite-scope", { sector: ctx.t(`sector-${sector}`) }), { reply_markup: keyboard });
    }),
  );

  presses.callbackQuery(
    ADMIN.scope.filter,
    onPress(ADMIN.scope, async (ctx, { sector, scope }) => {
      await ctx.answerCallbackQuery();
      const keyboard = new InlineKeyboard();
      for (const role of ROLES) keyboard.text(ctx.t(`role-${role}`), ADMIN.role.pack({ sector, scope, role }));
      return ctx.editMessageText(ctx.t("invite-role"), { reply_markup: keyboard });
    }),
  );

  presses.callbackQuery(
    ADMIN.role.filter,
    onPress(ADMIN.role, async (ctx, { sector, scope, role }) => {
      await ctx.answerCallbackQuery();
      const invite: Invite = { sector, scope, role, createdBy: ctx.from.id, expiresAt: new Date(Date.now() + INVITE_TTL_MS) };
      const token = await storage.invites.create(invite);
      const what = describe(ctx.t, invite, currentLocale(ctx));
      return ctx.editMessageText(
        [
          escapeHtml(ctx.t("invite-made", { what })),
          "",
          `https://t.me/${ctx.me.username}?start=inv_${token}`,
          "",
          escapeHtml(ctx.t("invite-group")),
          `<code>/enrol@${ctx.me.username} ${token}</code>`,
        ].join("\n"),
        { parse_mode: "HTML", link_preview_options: { is_disabled: true } },
      );
    }),
  );

  /** Confirming or rejecting an applicant; whoever decides first decides. */
  async function decide(ctx: BotContext, id: string, confirmed: boolean) {
    await ctx.answerCallbackQuery();
    const locale = currentLocale(ctx);
    const pending = await storage.invites.takePending(id);
    if (!pending) return ctx.editMessageText(ctx.t("enrol-already-decided"));
    // The applicant hears it in their own language.
    const tell = (key: string) =>
      messenger.send(pending.chatId, (t) => t(key, { what: describe(t, pending, pending.locale) }), undefined, pending.locale);
    if (!confirmed) {
      await tell("enrol-rejected");
      return ctx.editMessageText(ctx.t("enrol-rejected-admin", { who: pending.label, what: describe(ctx.t, pending, locale) }));
    }
    await storage.leads.add({
      chatId: pending.chatId,
      kind: pending.kind,
      sector: pending.sector,
      scope: pending.scope,
      role: pending.role,
      onDuty: true,
      locale: pending.locale,
      label: pending.label,
    });
    logger.info({ sector: pending.sector, kind: pending.kind }, "lead enrolled");
    await tell("enrol-confirmed");
    return ctx.editMessageText(ctx.t("enrol-confirmed-admin", { who: pending.label, what: describe(ctx.t, pending, locale) }));
  }

  presses.callbackQuery(
    ADMIN.confirm.filter,
    onPress(ADMIN.confirm, (ctx, { id }) => decide(ctx, id, true)),
  );
  presses.callbackQuery(
    ADMIN.reject.filter,
    onPress(ADMIN.reject, (ctx, { id }) => decide(ctx, id, false)),
  );

  presses.callbackQuery(
    ADMIN.remove.filter,
    onPress(ADMIN.remove, async (ctx, { id }) => {
      await ctx.answerCallbackQuery();
      const removed = await storage.leads.remove(id);
      if (!removed) return ctx.reply(ctx.t("stale-button"));
      // Permission ends now, queued alerts and open conversations included.
      const retired = await retireLead(
        storage,
        (report, sectors) => delivery.routeTo(report, sectors),
        removed,
        isAdminsOwnChat(alliance, removed.chatId),
      );
      logger.info({ sector: removed.sector, ...retired }, "lead removed");
      await messenger.send(removed.chatId, (t) => t("lead-removed"), undefined, removed.locale);
      return ctx.reply(ctx.t("lead-removed-admin", { who: removed.label }));
    }),
  );

  /** An admin button of an older format, or with a sector, region or role that no longer exists. */
  presses.use(async (ctx) => {
    await ctx.answerCallbackQuery();
    return ctx.reply(ctx.t("stale-button"));
  });

  commands.command("leads", async (ctx) => {
    if (!isAdmin(ctx)) return ctx.reply(ctx.t("admin-only"));
    const leads = await storage.leads.all();
    if (leads.length === 0) return ctx.reply(ctx.t("leads-none"));
    const locale = currentLocale(ctx);
    const keyboard = new InlineKeyboard();
    const lines = [ctx.t("leads-title", { count: leads.length })];
    leads.forEach((lead, i) => {
      lines.push(`${i + 1}. ${lead.label} — ${describe(ctx.t, lead, locale)}${lead.onDuty ? "" : ` (${ctx.t("off-duty")})`}`);
      keyboard.text(ctx.t("leads-remove", { n: i + 1 }), ADMIN.remove.pack({ id: lead.id })).row();
    });
    return ctx.reply(lines.join("\n"), { reply_markup: keyboard });
  });

  /**
   * Opening an invitation link: /start inv_<token> — in a private chat only.
   * Sent in a group (/start@bot inv_…), it would enrol the group as a person;
   * the token is left unused and the sender told where it works.
   */
  commands.command("start", async (ctx, next) => {
    if (!ctx.match.startsWith("inv_")) return next();
    if (ctx.chat.type !== "private") return ctx.reply(ctx.t("invite-private-only"));
    await enrol(ctx, ctx.match.slice(4), "person");
  });

  /** A group enrols with the token in a command; in a private chat the sender is told to send it in the group. */
  commands.command("enrol", async (ctx) => {
    if (ctx.chat.type !== "group" && ctx.chat.type !== "supergroup") return ctx.reply(ctx.t("enrol-in-group"));
    await enrol(ctx, ctx.match.trim(), "group");
  });

  async function enrol(ctx: BotContext, token: string, kind: "person" | "group") {
    const invite = /^[A-Za-z0-9_-]{10,64}$/.test(token) ? await storage.invites.consume(token, new Date()) : undefined;
    if (!invite) return ctx.reply(ctx.t("invite-invalid"));
    const chat = ctx.chat!;
    const label = kind === "group" ? ("title" in chat ? (chat.title ?? "group") : "group") : ctx.from ? displayName(ctx.from) : "";
    // The applicant's language is the one they are talking to the bot in now.
    const locale = currentLocale(ctx);
    const id = await storage.invites.addPending({ ...invite, chatId: chat.id, kind, label, locale, createdAt: new Date() });
    for (const admin of alliance.admins) {
      const adminLocale = await messenger.localeOf(admin);
      const t = messenger.translator(adminLocale);
      const keyboard = new InlineKeyboard()
        .text(t("enrol-confirm"), ADMIN.confirm.pack({ id }))
        .text(t("enrol-reject"), ADMIN.reject.pack({ id }));
      const text = enrolRequest(t, { label, what: describe(t, invite, adminLocale), chat, sender: ctx.from });
      await messenger.send(
        admin,
        () => text,
        { parse_mode: "HTML", reply_markup: keyboard, link_preview_options: { is_disabled: true } },
        adminLocale,
      );
    }
    return ctx.reply(ctx.t("enrol-waiting"));
  }

  function describe(t: Translate, lead: { sector: Sector; scope: LeadScope; role: LeadRole }, locale: Locale) {
    return t("lead-what", { sector: t(`sector-${lead.sector}`), scope: scopeName(t, lead.scope, locale), role: t(`role-${lead.role}`) });
  }

  return composer;
}

/**
 * What an admin confirms: not only a name the sender chose, but the chat's
 * type and numeric id, and a profile link (tg://user?id=…) of the person — for
 * a group, of the member who sent /enrol.
 */
function enrolRequest(
  t: Translate,
  request: {
    label: string;
    what: string;
    chat: { id: number; type: string };
    sender: { id: number; first_name: string; last_name?: string; username?: string } | undefined;
  },
): string {
  const profile = (id: number) => `<a href="tg://user?id=${id}">${escapeHtml(t("enrol-profile"))}</a>`;
  const { chat, sender } = request;
  const lines = [escapeHtml(t("enrol-request", { who: request.label, what: request.what })), ""];
  if (chat.type === "private") lines.push(`${escapeHtml(t("enrol-request-person", { id: String(chat.id) }))} ${profile(chat.id)}`);
  else {
    lines.push(
      escapeHtml(
        t("enrol-request-group", { type: t(`enrol-chat-${chat.type === "supergroup" ? "supergroup" : "group"}`), id: String(chat.id) }),
      ),
    );
    if (sender)
      lines.push(`${escapeHtml(t("enrol-request-sender", { who: displayName(sender), id: String(sender.id) }))} ${profile(sender.id)}`);
  }
  lines.push("", escapeHtml(t("enrol-request-check")));
  return lines.join("\n");
}
