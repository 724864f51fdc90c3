import { createHash } from "node:crypto";
import type { Api } from "grammy";

export type FetchLike = (url: string) => Promise<Response>;

/**
 * Downloads a file the bot received and returns the SHA-256 of its content,
 * streaming, so a 20 MB video is never held in memory. Telegram lets bots
 * download files up to 20 MB.
 */
export function telegramFileHasher(api: Api, token: string, apiRoot = "https://api.telegram.org", fetchFn: FetchLike = fetch) {
  return async (fileId: string): Promise<string> => {
    const file = await api.getFile(fileId);
    if (!file.file_path) throw new Error("Telegram returned no file path");
    const response = await fetchFn(`${apiRoot}/file/bot${token}/${file.file_path}`);
    if (!response.ok || !response.body) throw new Error(`file download failed with HTTP ${response.status}`);
    const hash = createHash("sha256");
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) hash.update(chunk);
    return hash.digest("hex");
  };
}
