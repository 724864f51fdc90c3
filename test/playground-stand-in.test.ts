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
    expect(download.headers.get("content-type")).toBe("application/octet-stream");
    expect(download.headers.get("x-content-type-options")).toBe("nosniff");

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

  describe("refuses every other web page open in the same browser", () => {
    const evil = "https://evil.example";
    const own = () => standIn.url;
    const act = (action: object) => JSON.stringify({ persona: { id: 1, name: "Admin", language: "en" }, action });

    it("a cross-site post to act (plain text or JSON, or with no origin) is refused and reaches neither the bot nor the chat", async () => {
      const before = JSON.stringify(standIn.chats.snapshot());
      const tries: Array<Record<string, string>> = [
        { origin: evil, "content-type": "text/plain" },
        { origin: evil, "content-type": "application/json" },
        { origin: "null", "content-type": "application/json" },
        { "content-type": "application/json" },
        { origin: own(), "content-type": "text/plain" },
      ];
      for (const headers of tries) {
        const answer = await send("POST", "/api/act", headers, act({ kind: "text", text: "/start" }));
        expect(answer.status, JSON.stringify(headers)).toBe(403);
        expect(JSON.parse(answer.body)).toHaveProperty("error");
      }
      expect(await api.getUpdates({ offset, timeout: 0 })).toEqual([]);
      expect(JSON.stringify(standIn.chats.snapshot())).toBe(before);
    });

    it("the page's own JSON post acts, under either of its addresses", async () => {
      const { port } = new URL(own());
      for (const origin of [own(), `http://localhost:${port}`]) {
        const answer = await send(
          "POST",
          "/api/act",
          { origin, "content-type": "application/json; charset=utf-8" },
          act({ kind: "text", text: "Сәлем" }),
        );
        expect(answer.status).toBe(200);
        expect((await nextUpdate()).message?.text).toBe("Сәлем");
      }
    });

    it("another site can read neither the chats nor their live stream nor call the Bot API, the page can", async () => {
      expect((await send("GET", "/api/state", { origin: evil })).status).toBe(403);
      expect((await send("GET", "/events", { origin: evil })).status).toBe(403);
      expect((await send("POST", `/bot${TOKEN}/sendMessage`, { origin: evil, "content-type": "application/json" }, "{}")).status).toBe(403);
      expect((await send("GET", "/api/state", { origin: own() })).status).toBe(200);
      expect((await send("GET", "/api/state", {})).status).toBe(200);
    });

    it("a 'photo' that is an SVG (it could run a script on the page's address) is refused and nothing is kept", async () => {
      const before = JSON.stringify(standIn.chats.snapshot());
      const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>fetch("/api/state")</script></svg>');
      const answer = await send(
        "POST",
        "/api/act",
        { origin: own(), "content-type": "application/json" },
        act({ kind: "photo", name: "x.svg", type: "image/svg+xml", base64: svg.toString("base64") }),
      );
      expect(answer.status).toBe(415);
      expect(JSON.parse(answer.body)).toEqual({ error: "a photo is a JPEG, PNG, WebP or GIF image" });
      expect(await api.getUpdates({ offset, timeout: 0 })).toEqual([]);
      expect(JSON.stringify(standIn.chats.snapshot())).toBe(before);
    });

    it("serves every file sandboxed and unsniffed: a photo inline, an SVG the bot sends only as a download", async () => {
      const photo = await api.sendPhoto(700001, new InputFile(Buffer.from("png bytes"), "card.png"));
      const image = await send("GET", `/files/${shown(photo.message_id)!.photo!.fileId}`, {});
      expect(image.headers["content-type"]).toBe("image/png");
      expect(image.headers["content-disposition"]).toBe("inline; filename*=UTF-8''card.png");
      const svg = await api.sendDocument(700001, new InputFile(Buffer.from("<svg><script>1</script></svg>"), "x.svg"));
      const file = await send("GET", `/files/${shown(svg.message_id)!.document!.fileId}`, {});
      expect(file.headers["content-type"]).toBe("application/octet-stream");
      expect(file.headers["content-disposition"]).toBe("attachment; filename*=UTF-8''x.svg");
      for (const served of [image, file]) {
        expect(served.headers["x-content-type-options"]).toBe("nosniff");
        expect(served.headers["content-security-policy"]).toBe("default-src 'none'; sandbox");
      }
    });
  });

  /** A request as a browser would send it, with the headers Node's fetch would not let a test set. */
  function send(method: string, path: string, headers: Record<string, string>, body?: string) {
    return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
      const { port } = new URL(standIn.url);
      const req = request({ host: "127.0.0.1", port, path, method, headers }, (res) => {
        // An event stream stays open: its status and headers are the answer.
        if (res.headers["content-type"] === "text/event-stream") {
          resolve({ status: res.statusCode!, headers: res.headers, body: "" });
          return void res.destroy();
        }
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString() }));
      });
      req.on("error", reject);
      req.end(body);
    });
  }
});
