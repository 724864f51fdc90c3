import pino, { type Logger } from "pino";

/**
 * Structured JSON logs on stdout. Rule for every call site: log kinds, counts
 * and durations — never message texts, names, phone numbers or Telegram ids.
 */
export function createLogger(level: string): Logger {
  return pino({ level, base: { app: "kz-rights-bot" }, timestamp: pino.stdTimeFunctions.isoTime });
}
