/**
 * "📱 Lock-screen card" and /lockscreen: a PNG of the core rights, in the
 * person's language, to set as the phone's lock screen (readable offline and
 * without unlocking). The person may type their lawyer's number first: it is
 * drawn on the image and nothing else — not in the session (only a flag that
 * the next text is the number), not in a log — and their message with it is
 * deleted from the chat once the image is made.
 */
import { Composer, InlineKeyboard, InputFile } from "grammy";
import type { BotContext } from "../../telegram/context.js";
import type { BotDeps } from "../deps.js";
import { CB } from "../callback-data.js";
import { currentLocale } from "../../telegram/i18n.js";
import type { Locale } from "../../shared/locales.js";
import { formatDate } from "../../rights/render-rights.js";
import { loadLockscreenCards, lockscreenBlocks, readPhoneNumber } from "../../lockscreen/card-content.js";
import { cardSvg, svgToPng } from "../../lockscreen/render.js";
import { describeError } from "../error-boundary.js";

/** How long after the question a typed text counts as the number. */
const NUMBER_WAIT_MS = 10 * 60_000;

export function lockscreenFeature({
  content,
  alliance,
  logger,
  now = Date.now,
}: Pick<BotDeps, "content" | "alliance" | "logger" | "now">): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const cards = loadLockscreenCards(content);
  /** Cards without a number are the same for everyone of a language: made once. */
  const plainCards = new Map<Locale, Promise<Buffer>>();

  const render = (ctx: BotContext, lawyerNumber?: string): Promise<Buffer> => {
    const locale = currentLocale(ctx);
    const make = () =>
      svgToPng(
        cardSvg(
          lockscreenBlocks({
            cards,
            alliance,
            locale,
            lawyerNumber,
            texts: {
              title: ctx.t("lockscreen-title"),
              hotlines: ctx.t("lockscreen-hotlines"),
              lawyer: ctx.t("lockscreen-lawyer"),
              footer: ctx.t("lockscreen-footer", { date: formatDate(content.lastReviewed) }),
            },
          }),
        ),
      );
    if (lawyerNumber) return make();
    let plain = plainCards.get(locale);
    if (!plain) {
      plain = make();
      plainCards.set(locale, plain);
      plain.catch(() => plainCards.delete(locale));
    }
    return plain;
  };

  const send = async (ctx: BotContext, png: Buffer) => {
    const name = `rights-lockscreen-${currentLocale(ctx)}.png`;
    await ctx.replyWithPhoto(new InputFile(png, name), { caption: ctx.t("lockscreen-photo-caption") });
    // A document is sent as it is: the photo above is recompressed by Telegram.
    await ctx.replyWithDocument(new InputFile(png, name), { caption: ctx.t("lockscreen-file-caption") });
  };

  const ask = async (ctx: BotContext) => {
    ctx.session.lockscreenUntil = now() + NUMBER_WAIT_MS;
    await ctx.reply(ctx.t("lockscreen-intro"), {
      reply_markup: new InlineKeyboard().text(ctx.t("lockscreen-without-number"), CB.lockscreenPlain),
    });
  };

  /** The typed number leaves the chat; a failure is told to the person (and logged without ids). */
  const deleteTyped = async (ctx: BotContext): Promise<boolean> => {
    try {
      await ctx.deleteMessage();
      return true;
    } catch (error) {
      logger.warn({ err: describeError(error) }, "lock-screen card: could not delete the typed number");
      return false;
    }
  };

  composer.command("lockscreen", ask);
  composer.callbackQuery(CB.lockscreen, async (ctx) => {
    await ctx.answerCallbackQuery();
    await ask(ctx);
  });

  composer.callbackQuery(CB.lockscreenPlain, async (ctx) => {
    await ctx.answerCallbackQuery();
    delete ctx.session.lockscreenUntil;
    await ctx.replyWithChatAction("upload_photo");
    await send(ctx, await render(ctx));
  });

  composer.on("message:text", async (ctx, next) => {
    const until = ctx.session.lockscreenUntil;
    if (until === undefined) return next();
    if (until < now() || ctx.msg.text.startsWith("/")) {
      // Too late, or another command: the question is over.
      delete ctx.session.lockscreenUntil;
      return next();
    }
    if (!/\d/.test(ctx.msg.text)) {
      // No digit at all: not an attempt at a number (an answer to a form, a question): the wait is over.
      delete ctx.session.lockscreenUntil;
      return next();
    }
    const number = readPhoneNumber(ctx.msg.text);
    if (!number) {
      // It may hold part of a number: deleted all the same.
      await deleteTyped(ctx);
      await ctx.reply(ctx.t("lockscreen-not-a-number"), {
        reply_markup: new InlineKeyboard().text(ctx.t("lockscreen-without-number"), CB.lockscreenPlain),
      });
      return;
    }
    delete ctx.session.lockscreenUntil;
    const png = await render(ctx, number);
    const deleted = await deleteTyped(ctx);
    await send(ctx, png);
    await ctx.reply(ctx.t(deleted ? "lockscreen-number-deleted" : "lockscreen-delete-failed"));
  });

  return composer;
}
