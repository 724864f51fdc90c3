/**
 * The parameters of a Bot API call as the bot sends them: JSON, or multipart/form-data when it
 * uploads a file (grammY puts a file in a part of its own, named by an `attach://` value).
 */
import type { IncomingMessage } from "node:http";

/** A file the bot uploaded with its call. */
export interface UploadedFile {
  uploaded: true;
  name: string;
  type: string;
  bytes: Buffer;
}

export function isUploadedFile(value: unknown): value is UploadedFile {
  return typeof value === "object" && value !== null && (value as UploadedFile).uploaded === true;
}

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function readPayload(req: IncomingMessage): Promise<Record<string, any>> {
  const body = await readBody(req);
  if (body.length === 0) return {};
  const type = req.headers["content-type"] ?? "";
  if (type.includes("application/json")) return JSON.parse(body.toString()) as Record<string, any>;
  if (type.includes("multipart/form-data")) return readMultipart(body, type);
  return {};
}

function readMultipart(body: Buffer, contentType: string): Record<string, any> {
  const parts = new Map<string, unknown>();
  for (const part of multipartParts(body, contentType)) {
    const name = /(?:^|[;\s])name="([^"]*)"/i.exec(part.headers)?.[1];
    if (name === undefined) continue;
    // grammY writes the file name unquoted (`filename=a.docx`): a stricter parser (undici's) refuses it.
    const filename = /filename=(?:"([^"]*)"|([^;\r\n]*))/i.exec(part.headers);
    if (filename) {
      const type = /content-type:\s*([^\r\n;]+)/i.exec(part.headers)?.[1] ?? "application/octet-stream";
      parts.set(name, { uploaded: true, name: filename[1] ?? filename[2] ?? "", type, bytes: part.body });
    } else parts.set(name, parseField(name, part.body.toString()));
  }
  const payload: Record<string, any> = {};
  for (const [name, value] of parts) {
    const attached = typeof value === "string" && value.startsWith("attach://") ? parts.get(value.slice("attach://".length)) : undefined;
    payload[name] = attached ?? value;
  }
  return payload;
}

function multipartParts(body: Buffer, contentType: string): Array<{ headers: string; body: Buffer }> {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!boundary) return [];
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const parts: Array<{ headers: string; body: Buffer }> = [];
  let at = body.indexOf(delimiter);
  while (at !== -1) {
    const start = at + delimiter.length;
    if (body.subarray(start, start + 2).toString() === "--") break;
    const next = body.indexOf(delimiter, start);
    if (next === -1) break;
    const part = body.subarray(start + 2, next - 2); // after the CRLF, before the CRLF that ends the part
    const split = part.indexOf("\r\n\r\n");
    if (split !== -1) parts.push({ headers: part.subarray(0, split).toString(), body: part.subarray(split + 4) });
    at = next;
  }
  return parts;
}

/** Multipart fields are strings: ids, flags and JSON (keyboards) come back to what JSON would carry. */
function parseField(name: string, value: string): unknown {
  if (name.endsWith("_id") && /^-?\d+$/.test(value)) return Number(value);
  if (value === "true" || value === "false") return value === "true";
  if (value.startsWith("{") || value.startsWith("[")) {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return value;
    }
  }
  return value;
}
