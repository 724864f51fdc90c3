/** Drives the report form the way a person does: reads the last question, presses or types an answer. */
import { expect } from "vitest";
import { buttonsOf, type ApiCall, type FakeTelegram } from "./fake-telegram.js";
import { press, text, type Person } from "./updates.js";
import type { Update } from "grammy/types";

export class FormWalker {
  constructor(
    private readonly telegram: FakeTelegram,
    private readonly send: (update: Update) => Promise<void>,
    readonly user: Person,
  ) {}

  /** The last message the bot sent (not edited). */
  lastSent(): ApiCall {
    return this.telegram.last("sendMessage");
  }

  /** The last sent message that has buttons, with the id the fake gave it. */
  lastQuestion(): { call: ApiCall; messageId: number } {
    // This person's chat only: other people may be talking to the bot at the same time.
    const index = this.telegram.calls.findLastIndex(
      (c) => c.method === "sendMessage" && c.payload.reply_markup && c.payload.chat_id === this.user.id,
    );
    const call = this.telegram.calls[index]!;
    return { call, messageId: this.messageIdOf(call) };
  }

  private messageIdOf(call: ApiCall): number {
    return (call as ApiCall & { result?: { message_id: number } }).result?.message_id ?? 1;
  }

  /** Presses the button whose callback data ends with `:value` (or equals it). */
  async choose(value: string): Promise<void> {
    const { call, messageId } = this.lastQuestion();
    const button = buttonsOf(call).find((b) => b.data === value || b.data.endsWith(`:${value}`));
    expect(
      button,
      `no button "${value}" in: ${buttonsOf(call)
        .map((b) => b.data)
        .join(", ")}\n${call.payload.text}`,
    ).toBeDefined();
    await this.send(press(this.user, button!.data, messageId));
  }

  async type(body: string): Promise<void> {
    await this.send(text(this.user, body));
  }

  /** The question text currently asked (last sent message). */
  question(): string {
    return String(this.lastQuestion().call.payload.text);
  }
}
