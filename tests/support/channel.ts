import { createServer, IncomingMessage, Server } from 'node:http';
import { freePort } from './processes';

type Card = Record<string, unknown>;

/** Stands in for Teams' connector: records the card updates the bots send for everyone. */
export async function startChannel() {
  const updates: { conversation: string; activityId: string; card: Card }[] = [];
  let lastRequest = Date.now();
  const port = await freePort();
  const server: Server = createServer((req: IncomingMessage, res) => {
    lastRequest = Date.now();
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      // Answer first: a fuzzed conversation id (a stray "%") must not leave the bot waiting.
      res.setHeader('content-type', 'application/json');
      res.end('{"id":"ok"}');
      const match = /\/v3\/conversations\/([^/]+)\/activities\/([^/?]+)/.exec(req.url ?? '');
      if (req.method !== 'PUT' || !match) return;
      try {
        const activity = JSON.parse(body) as { attachments: { content: Card }[] };
        updates.push({
          conversation: decodeURIComponent(match[1]),
          activityId: decodeURIComponent(match[2]),
          card: activity.attachments[0].content,
        });
      } catch {
        // Not a card update the tests look at.
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}/`,
    updates,
    /** Waits until no request has come for `ms`: the bots update shared cards after they answer the click. */
    quiet: async (ms = 300) => {
      while (Date.now() - lastRequest < ms) await new Promise((resolve) => setTimeout(resolve, ms / 3));
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
