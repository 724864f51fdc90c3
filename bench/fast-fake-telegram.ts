/**
 * The cheapest honest fake of the Bot API for benchmarks: the bot still
 * builds each request, serialises it and parses the answer, but nothing is
 * recorded, so memory stays flat over a long run.
 */
let nextMessageId = 1;

export let apiCalls = 0;

export function fastFetch(url: string | URL | Request, init?: RequestInit): Promise<Response> {
  apiCalls++;
  const href = url instanceof Request ? url.url : url.toString();
  const method = href.slice(href.lastIndexOf("/") + 1);
  const payload = typeof init?.body === "string" ? (JSON.parse(init.body) as Record<string, unknown>) : {};
  let result: unknown = true;
  if (method === "sendMessage" || method === "editMessageText") {
    result = { message_id: nextMessageId++, date: 0, chat: { id: payload.chat_id, type: "private" }, text: payload.text };
  }
  return Promise.resolve(new Response(JSON.stringify({ ok: true, result }), { headers: { "content-type": "application/json" } }));
}
