/**
 * What the playground's page shows: the messages of every private chat with the bot (the user's and
 * the bot's), each chat's reply keyboard, and the passing events (toasts, "typing…"). Every change is
 * told to the listeners (the page's event stream) as one small event.
 */
export interface InlineButton {
  text: string;
  data?: string;
  url?: string;
}

export interface ReplyButton {
  text: string;
  requestLocation?: boolean;
}

export interface ChatMessage {
  chatId: number;
  messageId: number;
  from: "user" | "bot";
  date: number;
  text?: string;
  /** The text or caption is Telegram HTML (parse_mode HTML); otherwise plain text. */
  html?: boolean;
  caption?: string;
  photo?: { fileId: string };
  document?: { fileId: string; name: string; kind: string };
  location?: { latitude: number; longitude: number };
  inlineKeyboard?: InlineButton[][];
  /** Sent with protect_content: Telegram forbids forwarding and saving it. */
  protected?: boolean;
  edited?: boolean;
}

export type ChatEvent =
  | { type: "message"; message: ChatMessage }
  | { type: "delete"; chatId: number; messageIds: number[] }
  | { type: "keyboard"; chatId: number; keyboard: ReplyButton[][] | null }
  | { type: "toast"; chatId: number; text: string; alert: boolean }
  | { type: "typing"; chatId: number };

export interface ChatSnapshot {
  messages: ChatMessage[];
  keyboards: Record<string, ReplyButton[][]>;
}

export class ChatState {
  private readonly messages = new Map<string, ChatMessage>();
  private readonly keyboards = new Map<number, ReplyButton[][]>();
  private readonly listeners = new Set<(event: ChatEvent) => void>();
  // One counter for every chat: ids stay unique, and grow within each chat as Telegram's do.
  private nextMessageId = 1;

  subscribe(listener: (event: ChatEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  snapshot(): ChatSnapshot {
    return { messages: [...this.messages.values()], keyboards: Object.fromEntries(this.keyboards) };
  }

  get(chatId: number, messageId: number): ChatMessage | undefined {
    return this.messages.get(key(chatId, messageId));
  }

  /** Adds a message (its id is given here) and returns it. */
  add(message: Omit<ChatMessage, "messageId" | "date">): ChatMessage {
    const added: ChatMessage = { ...message, messageId: this.nextMessageId++, date: Math.floor(Date.now() / 1000) };
    this.messages.set(key(added.chatId, added.messageId), added);
    this.emit({ type: "message", message: added });
    return added;
  }

  /** Changes a message in place; undefined when there is no such message. */
  edit(chatId: number, messageId: number, change: Partial<ChatMessage>): ChatMessage | undefined {
    const message = this.get(chatId, messageId);
    if (!message) return undefined;
    Object.assign(message, change, { chatId, messageId });
    this.emit({ type: "message", message });
    return message;
  }

  /** Deletes the messages that exist; returns whether any did. */
  delete(chatId: number, messageIds: number[]): boolean {
    const gone = messageIds.filter((id) => this.messages.delete(key(chatId, id)));
    if (gone.length > 0) this.emit({ type: "delete", chatId, messageIds: gone });
    return gone.length > 0;
  }

  setKeyboard(chatId: number, keyboard: ReplyButton[][] | null): void {
    if (keyboard) this.keyboards.set(chatId, keyboard);
    else this.keyboards.delete(chatId);
    this.emit({ type: "keyboard", chatId, keyboard });
  }

  /** A passing event: a callback answer's text, or "typing…". */
  notify(event: Extract<ChatEvent, { type: "toast" | "typing" }>): void {
    this.emit(event);
  }

  private emit(event: ChatEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}

const key = (chatId: number, messageId: number) => `${chatId}:${messageId}`;
