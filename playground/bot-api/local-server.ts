/** An HTTP server on 127.0.0.1 only (the stand-in and the tests' fake): never reachable from the network. */
import { createServer, type RequestListener, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** Listens on 127.0.0.1:`port` (0: a free one); rejects when the port is taken. */
export async function listenLocal(handler: RequestListener, port = 0): Promise<Server> {
  const server = createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  return server;
}

export function localUrl(server: Server): string {
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Closes the server at once, open connections (long polls, event streams) included. */
export async function closeLocal(server: Server | undefined): Promise<void> {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => server?.close(() => resolve()) ?? resolve());
}
