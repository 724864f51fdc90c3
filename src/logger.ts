import pino, { type Logger } from "pino";

/**
 * Structured JSON logs on stdout. Rule for every call site: log kinds, counts
 * and durations — never message texts, names, phone numbers or Telegram ids.
 */
export function createLogger(level: string): Logger {
  return pino({ level, base: { app: "kz-rights-bot" }, timestamp: pino.stdTimeFunctions.isoTime });
}

/**
 * A safety net for error texts from libraries (a duplicate-key error quotes
 * the key, which may hold a chat id): long runs of digits become "[id]".
 */
export function redactIds(text: string): string {
  return text.replace(/-?\d{6,}/g, "[id]");
}
