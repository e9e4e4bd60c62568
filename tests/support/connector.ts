import { IncomingMessage, ServerResponse, createServer } from 'node:http';
import { Socket } from 'node:net';
import { freePort } from './processes';

export type ConnectorBehaviour = (attempt: number, req: IncomingMessage, res: ServerResponse) => void;

/**
 * A stand-in for the Bot Framework connector on loopback that answers as `behaviour` says (or
 * never), counting the calls it gets.
 */
export async function startConnector(behaviour: ConnectorBehaviour) {
  const port = await freePort();
  const calls: { method: string; url: string }[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    req.resume();
    calls.push({ method: req.method ?? '', url: req.url ?? '' });
    behaviour(calls.length, req, res);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}/`,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** An answer with `status` and no body. */
export function answer(res: ServerResponse, status: number, headers: Record<string, string> = {}): void {
  res.statusCode = status;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.end();
}

/** Answers like the connector does to a sent activity. */
export function sent(res: ServerResponse): void {
  res.setHeader('content-type', 'application/json');
  res.end('{"id":"sent-1"}');
}
