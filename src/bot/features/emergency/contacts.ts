/**
 * Trusted contacts, both sides. The person: /contacts (and the menu) shows
 * what is set up — the name contacts see, the report to the alliance, clearing
 * at once — and invites (a one-time link), lists and removes contacts. The
 * contact: opens the link (/start tc_<token>), sees only the chosen name,
 * accepts or declines, and can leave later from /contacts.
 */
import { Composer, InlineKeyboard } from "grammy";
import type { Logger } from "pino";
import { emptyProfile, readName } from "../../../emergency/trusted-contacts.js";
import { onPress } from "../../../telegram/callback-data.js";
import { currentLocale } from "../../../telegram/i18n.js";
import { escapeHtml } from "../../../shared/text.js";
import type { TrustedContactsStore } from "../../../storage/trusted-contacts-store.js";
import type { BotContext } from "../../../telegram/context.js";
import type { Messenger } from "../../messenger.js";
import { showScreen } from "../../screen.js";
import { ACCEPT, DECLINE, EM, INVITE_PREFIX, LEAVE, REMOVE, REMOVE_ASK, REPORT_REGION } from "./callback-data.js";
import { regionKeyboard, renderContactsScreen, type ContactOf } from "./contacts-view.js";

export interface ContactsDeps {
  trustedContacts: TrustedContactsStore;
  messenger: Messenger;
  logger: Logger;
  now?: () => number;
}

export function contactsFeature(deps: ContactsDeps): Composer<BotContext> {
  const { trustedContacts: store, messenger } = deps;
  const now = () => (deps.now ?? Date.now)();
  const composer = new Composer<BotContext>();

  const contactOf = async (chatId: number): Promise<ContactOf[]> => {
    const result: ContactOf[] = [];
    for (const link of await store.linksOf(chatId)) {
      const owner = await store.profile(link.owner);
      if (owner?.contacts.some((c) => c.id === link.contactId))
        result.push({ contactId: link.contactId, displayName: owner.displayName ?? "" });
    }
    return result;
  };

  const showContacts = async (ctx: BotContext, notice?: string) => {
    ctx.session.emergencyAwaiting = undefined;
    const chatId = ctx.chat!.id;
    const locale = currentLocale(ctx);
    // The language is kept for what the bot tells this person from other chats (a contact accepted, left…).
    // Only looking creates nothing: a profile is stored with the first change.
    const stored = await store.profile(chatId);
    const profile = !stored
      ? emptyProfile()
      : stored.locale === locale
        ? stored
        : await store.update(chatId, (p) => ({ profile: { ...p, locale }, result: { ...p, locale } }));
    const screen = renderContactsScreen(profile, await contactOf(chatId), currentLocale(ctx), ctx.t, now());
    await showScreen(ctx, { text: notice ? `${escapeHtml(notice)}\n\n${screen.text}` : screen.text, keyboard: screen.keyboard });
  };
  const press = (handle: (ctx: BotContext) => Promise<unknown>) => async (ctx: BotContext) => {
    await ctx.answerCallbackQuery();
    await handle(ctx);
  };

  composer.command("contacts", (ctx) => showContacts(ctx));
  composer.callbackQuery(EM.contacts, press(showContacts));

  // Names are typed: the bot says what it waits for, and reads the next text.
  const ask = async (ctx: BotContext, what: "display-name" | "contact-label") => {
    ctx.session.emergencyAwaiting = what;
    await ctx.reply(ctx.t(what === "display-name" ? "tc-ask-display-name" : "tc-ask-label"), {
      reply_markup: new InlineKeyboard().text(ctx.t("tc-button-cancel"), EM.contacts),
    });
  };
  composer.callbackQuery(
    EM.setName,
    press((ctx) => ask(ctx, "display-name")),
  );
  composer.callbackQuery(
    EM.add,
    press(async (ctx) => {
      const profile = await store.profile(ctx.chat!.id);
      // Contacts must know who is asking: the name comes first.
      if (!profile?.displayName) return ask(ctx, "display-name");
      return ask(ctx, "contact-label");
    }),
  );

  composer.on("message", async (ctx, next) => {
    const awaiting = ctx.session.emergencyAwaiting;
    if (!awaiting || ctx.message.text?.startsWith("/")) return next();
    if (ctx.message.text === undefined) return ctx.reply(ctx.t("tc-name-as-text"));
    const name = readName(ctx.message.text);
    if (!name.ok) return ctx.reply(ctx.t(`tc-name-${name.reason}`));
    ctx.session.emergencyAwaiting = undefined;
    const chatId = ctx.chat.id;
    if (awaiting === "display-name") {
      await store.update(chatId, (p) => ({ profile: { ...p, displayName: name.value, locale: currentLocale(ctx) }, result: undefined }));
      return showContacts(ctx, ctx.t("tc-name-saved", { name: name.value }));
    }
    const invited = await store.invite(chatId, name.value, now());
    if (invited === "full") return showContacts(ctx, ctx.t("tc-full"));
    const profile = await store.profile(chatId);
    const link = `https://t.me/${ctx.me.username}?start=${INVITE_PREFIX}${invited.token}`;
    await ctx.reply(ctx.t("tc-invite-link", { label: name.value, name: profile?.displayName ?? "" }), {
      reply_markup: new InlineKeyboard().text(ctx.t("tc-title"), EM.contacts),
    });
    // The link alone, to forward or copy as it is.
    await ctx.reply(link, { link_preview_options: { is_disabled: true } });
  });

  composer.callbackQuery(
    EM.reportOn,
    press((ctx) => showScreen(ctx, { text: escapeHtml(ctx.t("tc-region-ask")), keyboard: regionKeyboard(currentLocale(ctx), ctx.t) })),
  );
  composer.callbackQuery(
    REPORT_REGION.filter,
    onPress(REPORT_REGION, async (ctx, { region }) => {
      await ctx.answerCallbackQuery();
      await store.update(ctx.chat!.id, (p) => ({
        profile: { ...p, reportToAlliance: true, region, locale: currentLocale(ctx) },
        result: undefined,
      }));
      await showContacts(ctx);
    }),
  );
  const setting = (change: { reportToAlliance?: boolean; clearAtOnce?: boolean }) =>
    press(async (ctx) => {
      await store.update(ctx.chat!.id, (p) => ({ profile: { ...p, ...change, locale: currentLocale(ctx) }, result: undefined }));
      await showContacts(ctx);
    });
  composer.callbackQuery(EM.reportOff, setting({ reportToAlliance: false }));
  composer.callbackQuery(EM.clearAtOnce, setting({ clearAtOnce: true }));
  composer.callbackQuery(EM.clearAsk, setting({ clearAtOnce: false }));

  composer.callbackQuery(
    REMOVE_ASK.filter,
    onPress(REMOVE_ASK, async (ctx, { contact }) => {
      await ctx.answerCallbackQuery();
      const found = (await store.profile(ctx.chat!.id))?.contacts.find((c) => c.id === contact);
      if (!found) return showContacts(ctx, ctx.t("stale-button"));
      await showScreen(ctx, {
        text: escapeHtml(ctx.t("tc-remove-ask", { label: found.label })),
        keyboard: new InlineKeyboard().text(ctx.t("tc-button-remove-yes"), REMOVE.pack({ contact })).text(ctx.t("nav-back"), EM.contacts),
      });
    }),
  );
  composer.callbackQuery(
    REMOVE.filter,
    onPress(REMOVE, async (ctx, { contact }) => {
      await ctx.answerCallbackQuery();
      const chatId = ctx.chat!.id;
      const displayName = (await store.profile(chatId))?.displayName ?? "";
      const removed = await store.remove(chatId, contact);
      if (!removed) return showContacts(ctx, ctx.t("stale-button"));
      if (removed.chatId !== null)
        await messenger.send(
          removed.chatId,
          (t) => t("tc-you-were-removed", { name: displayName }),
          undefined,
          removed.locale ?? undefined,
        );
      await showContacts(ctx, ctx.t("tc-removed", { label: removed.label }));
    }),
  );

  // The contact's side.
  composer.command("start", async (ctx, next) => {
    if (!ctx.match.startsWith(INVITE_PREFIX)) return next();
    const token = ctx.match.slice(INVITE_PREFIX.length).trim();
    const found = await store.lookup(token, ctx.chat.id, now());
    if (found.status !== "ok") return ctx.reply(ctx.t(`tc-link-${found.status}`, { name: "" }));
    await ctx.reply(escapeHtml(ctx.t("tc-invitation", { name: found.displayName })), {
      parse_mode: "HTML",
      reply_markup: new InlineKeyboard()
        .text(ctx.t("tc-button-accept"), ACCEPT.pack({ token }))
        .text(ctx.t("tc-button-decline"), DECLINE.pack({ token })),
    });
  });
  const answer =
    (accept: boolean) =>
    async (ctx: BotContext, { token }: { token: string }) => {
      await ctx.answerCallbackQuery();
      const result = await store.answer(token, ctx.chat!.id, currentLocale(ctx), accept, now());
      if (result.status !== "ok")
        return ctx.editMessageText(ctx.t(`tc-link-${result.status}`)).catch(() => ctx.reply(ctx.t(`tc-link-${result.status}`)));
      await messenger.send(
        result.owner,
        (t) => t(accept ? "tc-owner-accepted" : "tc-owner-declined", { label: result.label }),
        undefined,
        result.ownerLocale ?? undefined,
      );
      await showScreen(ctx, {
        text: escapeHtml(ctx.t(accept ? "tc-accepted-contact" : "tc-declined-contact", { name: result.displayName })),
      });
    };
  composer.callbackQuery(
    ACCEPT.filter,
    onPress(ACCEPT, (ctx, values) => answer(true)(ctx, values)),
  );
  composer.callbackQuery(
    DECLINE.filter,
    onPress(DECLINE, (ctx, values) => answer(false)(ctx, values)),
  );

  composer.callbackQuery(
    LEAVE.filter,
    onPress(LEAVE, async (ctx, { contact }) => {
      await ctx.answerCallbackQuery();
      const chatId = ctx.chat!.id;
      const link = (await store.linksOf(chatId)).find((l) => l.contactId === contact);
      if (!link) return showContacts(ctx, ctx.t("stale-button"));
      const owner = await store.profile(link.owner);
      const left = await store.leave(chatId, link.owner);
      if (left) await messenger.send(link.owner, (t) => t("tc-owner-left", { label: left.label }), undefined, owner?.locale ?? undefined);
      const displayName = owner?.displayName ?? "";
      await showContacts(ctx, ctx.t("tc-you-left", { name: displayName }));
    }),
  );
  composer.command("leave", (ctx) => showContacts(ctx));

  return composer;
}
