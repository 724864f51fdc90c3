import { Composer } from "grammy";
import { renderCard, renderContacts, renderSummary } from "../../rights/render-rights.js";
import { escapeHtml, html } from "../../shared/text.js";
import { findCard } from "../../rights/rights-content.js";
import { findGroup, groupOf } from "../../rights/rights-menu.js";
import { hasContacts } from "../../config/alliance.js";
import type { BotContext } from "../../telegram/context.js";
import type { BotDeps } from "../deps.js";
import { onPress } from "../../telegram/callback-data.js";
import { CB, RIGHTS_CARD, RIGHTS_GROUP } from "../callback-data.js";
import { backToMenuKeyboard, cardKeyboard, rightsGroupKeyboard, rightsMenuKeyboard } from "../keyboards.js";
import { currentLocale } from "../../telegram/i18n.js";
import { showScreen } from "../screen.js";

/** The rights menu (groups of topics), one card per topic, the card to save, and the deployment's contacts. */
export function rightsGuideFeature({ content, alliance }: Pick<BotDeps, "content" | "alliance">): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  const showMenu = async (ctx: BotContext) =>
    showScreen(ctx, {
      text: escapeHtml(ctx.t("rights-menu-title")),
      keyboard: rightsMenuKeyboard(ctx.t, content, currentLocale(ctx)),
    });

  /** A new message, not an edit: it is meant to stay in the chat, pinned or screenshotted. */
  const sendSummary = async (ctx: BotContext) => {
    const text = renderSummary(content, alliance, currentLocale(ctx), ctx.t);
    await ctx.reply(text, { parse_mode: "HTML", link_preview_options: { is_disabled: true } });
  };

  composer.command("rights", showMenu);
  composer.command("card", sendSummary);

  composer.callbackQuery(CB.rightsMenu, async (ctx) => {
    await ctx.answerCallbackQuery();
    await showMenu(ctx);
  });

  composer.callbackQuery(
    RIGHTS_GROUP.filter,
    onPress(RIGHTS_GROUP, async (ctx, values, next) => {
      const group = findGroup(content.menu, values.group);
      if (!group) return next(); // a group removed since the button was sent: stale
      await ctx.answerCallbackQuery();
      await showScreen(ctx, {
        text: html`<b>${ctx.t(`rights-group-${group.id}`)}</b>\n${ctx.t("rights-group-choose")}`.markup,
        keyboard: rightsGroupKeyboard(ctx.t, content, group.cards, currentLocale(ctx)),
      });
    }),
  );

  composer.callbackQuery(
    RIGHTS_CARD.filter,
    onPress(RIGHTS_CARD, async (ctx, values, next) => {
      const card = findCard(content, values.card);
      if (!card) return next(); // a card removed since the button was sent: stale
      await ctx.answerCallbackQuery();
      const group = groupOf(content.menu, card.id);
      await showScreen(ctx, {
        text: renderCard(card, content, currentLocale(ctx), ctx.t),
        keyboard: cardKeyboard(ctx.t, group ? RIGHTS_GROUP.pack({ group: group.id }) : CB.rightsMenu),
      });
    }),
  );

  composer.callbackQuery(CB.summary, async (ctx) => {
    await ctx.answerCallbackQuery({ text: ctx.t("summary-sent") });
    await sendSummary(ctx);
  });

  composer.callbackQuery(CB.contacts, async (ctx, next) => {
    if (!hasContacts(alliance)) return next(); // contacts removed from the configuration
    await ctx.answerCallbackQuery();
    await showScreen(ctx, {
      text: renderContacts(alliance, currentLocale(ctx), ctx.t),
      keyboard: backToMenuKeyboard(ctx.t),
    });
  });

  return composer;
}
