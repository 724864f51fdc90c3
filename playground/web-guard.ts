/**
 * What the stand-in lets a browser do. Any web page open in the same browser can send requests to
 * 127.0.0.1; only the playground's own page may act in the chat or read it, and a file served from
 * the page's address must never run as a page there (an uploaded SVG with a script would).
 */
import type { IncomingMessage } from "node:http";
import type { StoredFile } from "./file-store.js";

/** What a photo is: the only types the page uploads and the only files shown inline. */
export const PHOTO_TYPES: readonly string[] = ["image/jpeg", "image/png", "image/webp", "image/gif"];

/** The page's own origins on `port`: the address printed, and the same server under "localhost". */
function pageOrigins(port: string): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

/**
 * Why a request is refused, or undefined. Browsers send `Origin` on cross-origin fetches, event
 * streams and every POST; the bot (Node) sends none. A change must come from the page itself, as
 * JSON: that content type makes a cross-site request ask first (a CORS preflight), which is never approved.
 */
export function refusal(req: IncomingMessage, port: string, changes: boolean): string | undefined {
  const origin = req.headers.origin;
  const own = origin !== undefined && pageOrigins(port).includes(origin);
  if (origin !== undefined && !own) return "only the playground's own page may use it";
  if (!changes) return undefined;
  if (!own) return "only the playground's own page may act";
  const type = (req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json") return "send application/json";
  return undefined;
}

/** A photo shows inline; anything else downloads under its name. Nothing served runs on the page's origin. */
export function fileHeaders(file: StoredFile): Record<string, string> {
  const photo = PHOTO_TYPES.includes(file.type);
  return {
    "content-type": photo ? file.type : "application/octet-stream",
    "content-disposition": `${photo ? "inline" : "attachment"}; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    "x-content-type-options": "nosniff",
    "content-security-policy": "default-src 'none'; sandbox",
  };
}
