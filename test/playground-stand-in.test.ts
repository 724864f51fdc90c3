/**
 * The playground's Bot API stand-in without a browser: grammY's own client on one side, the page's
 * actions on the other. What the page shows (the chat state) must follow what the bot does, as in
 * Telegram: edits in place, deletions, files the bot can download, keyboards, toasts.
 */
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Api, GrammyError, InputFile } from "grammy";
import type { Update } from "grammy/types";
import { StandIn } from "../playground/stand-in.js";
import type { ChatEvent } from "../playground/chat-state.js";

const TOKEN = "123456:stand-in";
const reporter = { id: 700001, name: "Aigerim", language: "kk" };

describe("the playground's Bot API stand-in", () => {
  const standIn = new StandIn({ personas: [reporter] });
  const events: ChatEvent[] = [];
  let api: Api;
  let offset = 0;

  beforeAll(async () => {
    const url = await standIn.start();
    api = new Api(TOKEN, { apiRoot: url });
    standIn.chats.subscribe((event) => events.push(event));
  });
  afterAll(() => standIn.stop());

  async function nextUpdate(): Promise<Update> {
    const [update] = await api.getUpdates({ offset, timeout: 1 });
    expect(update).toBeDefined();
    offset = update!.update_id + 1;
    return update!;
  }
  const shown = (messageId: number) => standIn.chats.snapshot().messages.find((m) => m.messageId === messageId);

  it("gives the bot a typed command with its entity and the person's Telegram language", async () => {
    standIn.act(reporter, { kind: "text", text: "/start" });
    const { message } = await nextUpdate();
    expect(message?.text).toBe("/start");
    expect(message?.entities).toEqual([{ type: "bot_command", offset: 0, length: 6 }]);
    expect(message?.from).toMatchObject({ id: 700001, first_name: "Aigerim", language_code: "kk" });
  });

  it("turns a button press into a callback query, its answer into a toast, and edits the same bubble", async () => {
    const sent = await api.sendMessage(700001, "<b>Тіл</b> таңдаңыз", {
      parse_mode: "HTML",
      reply_markup: { inline_keyboard: [[{ text: "Қазақша", callback_data: "lang:kk" }]] },
    });
    standIn.act(reporter, { kind: "press", messageId: sent.message_id, data: "lang:kk" });
    const { callback_query: query } = await nextUpdate();
    expect(query?.data).toBe("lang:kk");
    expect(query?.message?.message_id).toBe(sent.message_id);
    expect(query?.message?.reply_markup?.inline_keyboard[0]![0]).toEqual({ text: "Қазақша", callback_data: "lang:kk" });

    await api.answerCallbackQuery(query!.id, { text: "Сақталды", show_alert: true });
    expect(events).toContainEqual({ type: "toast", chatId: 700001, text: "Сақталды", alert: true });

    const count = standIn.chats.snapshot().messages.length;
    await api.editMessageText(700001, sent.message_id, "Тіл: қазақша", {
      reply_markup: { inline_keyboard: [[{ text: "Артқа", callback_data: "back" }]] },
    });
    expect(shown(sent.message_id)).toMatchObject({
      text: "Тіл: қазақша",
      html: false,
      edited: true,
      inlineKeyboard: [[{ text: "Артқа", data: "back" }]],
    });
    expect(standIn.chats.snapshot().messages).toHaveLength(count);

    // Telegram refuses an edit that changes nothing, and one of a message that is not there.
    const same = await api
      .editMessageText(700001, sent.message_id, "Тіл: қазақша", {
        reply_markup: { inline_keyboard: [[{ text: "Артқа", callback_data: "back" }]] },
      })
      .catch((error: unknown) => error);
    expect((same as GrammyError).description).toContain("message is not modified");
    const missing = await api.editMessageText(700001, 99_999, "x").catch((error: unknown) => error);
    expect((missing as GrammyError).error_code).toBe(400);

    await api.editMessageReplyMarkup(700001, sent.message_id);
    expect(shown(sent.message_id)?.inlineKeyboard).toBeUndefined();
    await api.deleteMessages(700001, [sent.message_id]);
    expect(shown(sent.message_id)).toBeUndefined();
    expect(events.at(-1)).toEqual({ type: "delete", chatId: 700001, messageIds: [sent.message_id] });
  });

  it("keeps a person's photo for the bot to download through getFile", async () => {
    const bytes = Buffer.from("\x89PNG a small photo");
    standIn.act(reporter, { kind: "photo", name: "evidence.png", type: "image/png", base64: bytes.toString("base64") });
    const { message } = await nextUpdate();
    const fileId = message!.photo!.at(-1)!.file_id;
    const file = await api.getFile(fileId);
    const download = await fetch(`${standIn.url}/file/bot${TOKEN}/${file.file_path}`);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(bytes);
  });

  it("shows a document the bot uploads under its name, protected when sent so, and the reply keyboard it sets or removes", async () => {
    const sent = await api.sendDocument(700001, new InputFile(Buffer.from("docx bytes"), "Өтініш.docx"), {
      caption: "Шаблон",
      protect_content: true,
    });
    expect(shown(sent.message_id)).toMatchObject({ caption: "Шаблон", protected: true, document: { name: "Өтініш.docx" } });
    const download = await fetch(`${standIn.url}/files/${shown(sent.message_id)!.document!.fileId}`);
    expect(await download.text()).toBe("docx bytes");
    expect(download.headers.get("content-disposition")).toBe(`attachment; filename*=UTF-8''${encodeURIComponent("Өтініш.docx")}`);

    await api.sendMessage(700001, "Қайдасыз?", {
      reply_markup: { keyboard: [[{ text: "📍 Геолокация", request_location: true }]], resize_keyboard: true },
    });
    expect(standIn.chats.snapshot().keyboards["700001"]).toEqual([[{ text: "📍 Геолокация", requestLocation: true }]]);
    await api.sendMessage(700001, "Рақмет", { reply_markup: { remove_keyboard: true } });
    expect(standIn.chats.snapshot().keyboards["700001"]).toBeUndefined();
  });

  it("shows a photo the bot uploads as an image, and a location it sends", async () => {
    const photo = await api.sendPhoto(700001, new InputFile(Buffer.from("png bytes"), "lockscreen.png"));
    const image = await fetch(`${standIn.url}/files/${shown(photo.message_id)!.photo!.fileId}`);
    expect(image.headers.get("content-type")).toBe("image/png");
    const place = await api.sendLocation(700001, 43.2383, 76.9453);
    expect(shown(place.message_id)?.location).toEqual({ latitude: 43.2383, longitude: 76.9453 });
  });

  it("answers the page's API only under its own address, not a rebound DNS name", async () => {
    const status = (host: string) =>
      new Promise<number>((resolve, reject) => {
        const { port } = new URL(standIn.url);
        request({ host: "127.0.0.1", port, path: "/api/state", headers: { host } }, (res) => {
          res.resume();
          resolve(res.statusCode!);
        })
          .on("error", reject)
          .end();
      });
    expect(await status("evil.example:80")).toBe(403);
    expect(await status(new URL(standIn.url).host)).toBe(200);
  });
});
