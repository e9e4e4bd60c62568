import { createServer, IncomingMessage, Server } from 'node:http';
import { freePort } from './processes';

type Card = Record<string, unknown>;
type Activity = Record<string, unknown> & { attachments?: { contentType: string; content: Card }[] };

const ACTIVITIES = /\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/;

/**
 * Stands in for Teams' connector: records the card updates the bots send for everyone, and the
 * activities they post (replies, a card posted in a thread). With `postStatus`, posts are refused
 * with that status, as Teams refuses a bot that is not a member of the conversation.
 */
export async function startChannel(options: { postStatus?: number } = {}) {
  const updates: { conversation: string; activityId: string; card: Card }[] = [];
  const posts: { conversation: string; activity: Activity }[] = [];
  /** The conversations of the posts refused with `postStatus`. */
  const refused: string[] = [];
  let lastRequest = Date.now();
  const port = await freePort();
  const server: Server = createServer((req: IncomingMessage, res) => {
    lastRequest = Date.now();
    const match = ACTIVITIES.exec(req.url ?? '');
    const refuse = req.method === 'POST' && match !== null && options.postStatus !== undefined;
    if (refuse) refused.push(decodeURIComponent(match[1]));
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      // Answer first: a fuzzed conversation id (a stray "%") must not leave the bot waiting.
      res.statusCode = refuse ? options.postStatus! : 200;
      res.setHeader('content-type', 'application/json');
      res.end(refuse ? '{"error":{"code":"BotNotInConversationRoster"}}' : '{"id":"ok"}');
      if (!match || refuse) return;
      try {
        const activity = JSON.parse(body) as Activity;
        const conversation = decodeURIComponent(match[1]);
        if (req.method === 'POST') posts.push({ conversation, activity });
        else if (req.method === 'PUT' && match[2])
          updates.push({
            conversation,
            activityId: decodeURIComponent(match[2]),
            card: activity.attachments![0].content,
          });
      } catch {
        // Not an activity the tests look at.
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}/`,
    updates,
    posts,
    refused,
    /** Waits until no request has come for `ms`: the bots update shared cards after they answer the click. */
    quiet: async (ms = 300) => {
      while (Date.now() - lastRequest < ms) await new Promise((resolve) => setTimeout(resolve, ms / 3));
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
