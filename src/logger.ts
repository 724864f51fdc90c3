import pino, { type Logger } from "pino";

/**
 * Structured JSON logs on stdout. Rule for every call site: log kinds, counts
 * and durations — never message texts, names, phone numbers or Telegram ids.
 */
export function createLogger(level: string, secrets: string[] = [], destination?: pino.DestinationStream): Logger {
  // A last safety net: whatever a library puts in an error (a request URL holds the bot token), the secret never reaches the log.
  const hidden = secrets.flatMap((secret) => [secret, secret.split(":")[1] ?? ""]).filter((secret) => secret.length >= 8);
  const streamWrite = (line: string) => hidden.reduce((text, secret) => text.replaceAll(secret, "[secret]"), line);
  const options = { level, base: { app: "kz-rights-bot" }, timestamp: pino.stdTimeFunctions.isoTime, hooks: { streamWrite } };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * A safety net for error texts from libraries (a duplicate-key error quotes
 * the key, which may hold a chat id): long runs of digits become "[id]".
 */
export function redactIds(text: string): string {
  return redactTokens(text).replace(/-?\d{6,}/g, "[id]");
}

/** Bot tokens out of a text: request URLs (`…/bot<token>/getMe`) and bare tokens. */
export function redactTokens(text: string): string {
  return text.replace(/\/bot\d+:[^/\s"']+/g, "/bot[token]").replace(/\b\d{3,}:[\w-]{20,}/g, "[token]");
}
