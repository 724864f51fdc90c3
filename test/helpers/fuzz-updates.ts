/**
 * Random and malformed Telegram updates for the fuzz test, from a seeded
 * generator so that a failure reproduces: long texts (5,000 characters),
 * right-to-left and zero-width characters, emoji, forged and truncated
 * buttons, media, edits, replies, forwarded messages, channel posts,
 * membership changes and group chats.
 */
import type { Update } from "grammy/types";

/** mulberry32: small, fast, and the same sequence for the same seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABETS = [
  "abcdefghijklmnopqrstuvwxyz ",
  "абвгдеёжзийклмнопрстуфхцчшщъыьэюя ",
  "әғқңөұүһі ",
  "مرحبا بالعالم שלום עולם ", // right to left
  "\u200b\u200c\u200d\u2060\ufeff\u202e\u202d\u2066\u2069", // zero-width and direction overrides
  "👍🏽👨‍👩‍👧‍👦🇰🇿❤️‍🔥🧑🏿‍⚖️", // clusters that must never be cut
  "e\u0301a\u0308\u0336<>&\"'`*_[]()~|#+-=.!{}", // combining marks, HTML and Markdown specials
  "0123456789.:/- ",
];

const COMMANDS = [
  "start",
  "report",
  "cancel",
  "help",
  "rights",
  "card",
  "language",
  "documents",
  "cases",
  "invite",
  "leads",
  "onduty",
  "offduty",
  "enrol",
  "forget",
  "frobnicate",
];

const BUTTONS = [
  "rights",
  "menu",
  "card",
  "r:lawyer",
  "r:torture",
  "r:no-such-card",
  "lang:kk",
  "lang:ru",
  "lang:en",
  "lang:xx",
  "report:detention",
  "report:ill-treatment",
  "f:role:witness",
  "f:role:self",
  "f:evidence:done",
  "f:name:skip",
  "f:region:almaty",
  "s:0:submit",
  "s:1:edit:role",
  "s:99:cancel",
  "c:clean",
  "c:keep",
  "l:take:AAAA-2222",
  "l:ask:ZZZZ-9999",
  "l:outcome:AB23-CD45:resolved",
  "l:handto:AB23-CD45:lawyer",
  "adm:ok:x",
  "adm:rm:y",
  "adm:sector:lawyer",
  "adm:scope:lawyer:national",
  "rq:abc",
  "d:1",
  "doc:lawyer-request",
];

const MIMES = [
  "image/jpeg",
  "application/pdf",
  "application/zip",
  "video/mp4",
  "audio/ogg",
  "application/x-msdownload",
  "text/plain",
  undefined,
];

export interface FuzzPools {
  /** Private-chat user ids the fuzz writes as (kept apart from real reporters). */
  users: number[];
  groups: number[];
}

export class FuzzUpdates {
  private updateId = 5_000_000;
  private messageId = 5_000_000;

  constructor(
    private readonly random: () => number,
    private readonly pools: FuzzPools,
    private readonly botId: number,
  ) {}

  private int(max: number): number {
    return Math.floor(this.random() * max);
  }

  private pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)]!;
  }

  text(): string {
    const lengths = [0, 1, 2, 5, 20, 60, 200, 201, 1_000, 2_001, 4_096, 5_000];
    const length = this.pick(lengths);
    const alphabet = [...this.pick(ALPHABETS)];
    let text = "";
    while (text.length < length) text += this.random() < 0.05 ? this.pick(ALPHABETS) : alphabet[this.int(alphabet.length)];
    return text.slice(0, length).replace(/[\uD800-\uDBFF]$/, "");
  }

  private buttonData(): string | undefined {
    const roll = this.random();
    if (roll < 0.05) return undefined; // a game button: no data
    let data = this.pick(BUTTONS);
    if (roll < 0.3)
      data = data.slice(0, this.int(data.length + 1)); // truncated
    else if (roll < 0.45)
      data = [...this.text()].slice(0, 30).join(""); // garbage
    else if (roll < 0.55) data = `${data}:${"x".repeat(this.int(60))}`; // forged, too long
    return data;
  }

  private from(id: number) {
    const locales = ["kk", "ru", "en", undefined, "ar", "zh-hans", "kk-KZ", ""];
    return { id, is_bot: false, first_name: this.text().slice(0, 64) || "x", language_code: this.pick(locales) };
  }

  private chat(kind: "private" | "group" | "supergroup" | "channel", id: number) {
    if (kind === "private") return { id, type: kind, first_name: "F" };
    return { id, type: kind, title: this.text().slice(0, 128) || "t" };
  }

  private messageBody(): Record<string, unknown> {
    const id = this.messageId;
    const file = { file_id: `fz-${id}`, file_unique_id: `ufz-${this.int(50)}`, file_size: this.int(30_000_000) };
    switch (this.int(14)) {
      case 0:
        return { photo: [{ ...file, width: 10, height: 10 }], caption: this.random() < 0.5 ? this.text() : undefined };
      case 1:
        return { video: { ...file, width: 1, height: 1, duration: 1, mime_type: this.pick(MIMES) } };
      case 2:
        return { document: { ...file, mime_type: this.pick(MIMES), file_name: this.text().slice(0, 100) } };
      case 3:
        return { sticker: { ...file, type: "regular", width: 1, height: 1, is_animated: false, is_video: false } };
      case 4:
        return { voice: { ...file, duration: 3, mime_type: "audio/ogg" } };
      case 5:
        return { animation: { ...file, width: 1, height: 1, duration: 1 } };
      case 6:
        return { location: { latitude: this.random() * 180 - 90, longitude: this.random() * 360 - 180 } };
      case 7:
        return { contact: { phone_number: "+70000000000", first_name: "C" } };
      case 8:
        return { dice: { emoji: "🎲", value: 3 } };
      case 9: {
        const name = this.pick(COMMANDS);
        const body = `/${name}${this.random() < 0.3 ? "@rights_test_bot" : ""}${this.random() < 0.5 ? ` ${this.text().slice(0, 100)}` : ""}`;
        return { text: body, entities: [{ type: "bot_command", offset: 0, length: body.split(/\s/)[0]!.length }] };
      }
      case 10:
        return { text: this.text() || ".", forward_origin: { type: "hidden_user", sender_user_name: "S", date: 0 } };
      case 11:
        return {
          text: this.text() || ".",
          reply_to_message: {
            message_id: this.int(1_200),
            date: 0,
            chat: { id: 1, type: "private" },
            from: { id: this.botId, is_bot: true, first_name: "B" },
            text: "…",
          },
        };
      default:
        return { text: this.text() || "." };
    }
  }

  /** One random update. Callback queries are the ones a test must see answered. */
  next(): Update {
    const update_id = this.updateId++;
    const message_id = this.messageId++;
    const user = this.pick(this.pools.users);
    const group = this.pick(this.pools.groups);
    const inGroup = this.random() < 0.15;
    const chat = inGroup ? this.chat(this.random() < 0.5 ? "group" : "supergroup", group) : this.chat("private", user);
    const base = { message_id, date: Math.floor(Date.now() / 1000), chat, from: this.from(user) };
    const roll = this.random();
    if (roll < 0.35) return { update_id, message: { ...base, ...this.messageBody() } } as Update;
    if (roll < 0.65) {
      const data = this.buttonData();
      const query: Record<string, unknown> = {
        id: `fz-${update_id}`,
        from: this.from(user),
        chat_instance: "ci",
        ...(data === undefined ? { game_short_name: "g" } : { data }),
      };
      if (this.random() < 0.1) query.inline_message_id = "inline-1";
      else
        query.message = {
          message_id: this.int(1_200) + 1,
          date: 0,
          chat,
          from: { id: this.botId, is_bot: true, first_name: "B" },
          text: "…",
        };
      return { update_id, callback_query: query } as unknown as Update;
    }
    if (roll < 0.75) return { update_id, edited_message: { ...base, ...this.messageBody(), edit_date: 1 } } as Update;
    if (roll < 0.83) {
      const channel = this.chat("channel", group - 1_000_000);
      const post = { message_id, date: 0, chat: channel, text: this.text() || "." };
      return { update_id, [this.random() < 0.5 ? "channel_post" : "edited_channel_post"]: post } as Update;
    }
    const statuses = ["member", "administrator", "left", "kicked", "restricted"];
    const member = (status: string) => ({
      status,
      user: { id: this.botId, is_bot: true, first_name: "B" },
      ...(status === "restricted" ? { is_member: true, until_date: 0 } : {}),
    });
    const change = {
      chat: this.random() < 0.5 ? chat : this.chat("private", user),
      from: this.from(user),
      date: 0,
      old_chat_member: member(this.pick(statuses)),
      new_chat_member: member(this.pick(statuses)),
    };
    return { update_id, [this.random() < 0.6 ? "my_chat_member" : "chat_member"]: change } as Update;
  }
}
