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

async function readMultipart(body: Buffer, contentType: string): Promise<Record<string, any>> {
  // The platform's own multipart parser (undici's), rather than one of our own.
  const form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  const parts = new Map<string, unknown>();
  for (const [name, value] of form.entries()) {
    if (typeof value === "string") parts.set(name, parseField(name, value));
    else parts.set(name, { uploaded: true, name: value.name, type: value.type, bytes: Buffer.from(await value.arrayBuffer()) });
  }
  const payload: Record<string, any> = {};
  for (const [name, value] of parts) {
    const attached = typeof value === "string" && value.startsWith("attach://") ? parts.get(value.slice("attach://".length)) : undefined;
    payload[name] = attached ?? value;
  }
  return payload;
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
