import { Server, Socket, createServer } from 'node:net';
import { cardTexts } from '../support/adaptiveCards';
import { startServer, teamsInvoke, teamsMessage } from '../support/http';
import { freePort } from '../support/processes';
import { READY_TIMEOUT_MS } from '../../src/server/app';
import { isETagConflict } from '../../src/state/errors';
import { BotStore, blobStore, memoryStore } from '../../src/state/storage';
import { STORE_TIMEOUT_MS } from '../../src/state/timedStorage';

/** Issue 12, items 6 and 15: a store that hangs or is gone costs seconds; the memory store is bounded. */

jest.setTimeout(60_000);

const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const connectionString = (port: number) =>
  `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${AZURITE_KEY};` +
  `BlobEndpoint=http://127.0.0.1:${port}/devstoreaccount1;`;

/** A blob endpoint that accepts connections and never answers. */
async function startSilentEndpoint() {
  const port = await freePort();
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

const bodyOf = async (res: Response) =>
  (await res.json()) as { activities?: { text?: string }[]; value?: unknown; statusCode?: number };

async function expectApologies(store: BotStore) {
  const server = await startServer({}, { store, logs: true });
  const timed = async (body: object) => {
    const started = Date.now();
    const res = await server.post(body);
    return { res, body: await bodyOf(res), elapsedMs: Date.now() - started };
  };
  const message = await timed(
    teamsMessage('summary', { conversation: { id: 'a:storage-1', conversationType: 'personal' } }),
  );
  expect(message.res.status).toBe(200);
  expect(message.body.activities?.[0].text).toMatch(/nothing was changed/i);
  expect(message.elapsedMs).toBeLessThan(STORE_TIMEOUT_MS * 2 + 1000);
  const click = await timed(teamsInvoke('clear-summary', {}));
  expect(click.res.status).toBe(200);
  expect(cardTexts(click.body.value).join(' ')).toMatch(/nothing was changed/i);
  expect(click.elapsedMs).toBeLessThan(STORE_TIMEOUT_MS * 2 + 1000);
  const started = Date.now();
  expect((await fetch(`${server.base}/readyz`)).status).toBe(503);
  expect(Date.now() - started).toBeLessThan(READY_TIMEOUT_MS + 1000);
  expect((await fetch(`${server.base}/healthz`)).status).toBe(200);
  // Logged once per failure: one line for each turn, one for /readyz.
  expect(server.lines.filter((line) => line.msg === 'store unavailable')).toHaveLength(2);
  expect(server.lines.filter((line) => line.msg === 'not ready: storage unreachable')).toHaveLength(1);
  await server.close();
}

describe('item 6: store calls are bounded', () => {
  it('item 6: a blob endpoint that accepts and never answers: apologies within seconds, /readyz 503 within its limit', async () => {
    const endpoint = await startSilentEndpoint();
    await expectApologies(blobStore(connectionString(endpoint.port), 'bounded'));
    await endpoint.close();
  });

  it('item 6: nothing listening at the blob endpoint: apologies within seconds, /readyz 503', async () => {
    await expectApologies(blobStore(connectionString(await freePort()), 'bounded'));
  });

  it('item 6: /readyz is 200 when the store answers', async () => {
    const server = await startServer();
    expect((await fetch(`${server.base}/readyz`)).status).toBe(200);
    await server.close();
  });

  it('item 6: one eTag-conflict test for both stores, whatever the case of its words', () => {
    expect(isETagConflict(new Error('Storage: error writing "k" due to eTag conflict.'))).toBe(true);
    expect(isETagConflict(new Error('Storage: error writing "k" due to ETAG CONFLICT.'))).toBe(true);
    expect(isETagConflict(new Error('connect ECONNREFUSED 127.0.0.1:10000'))).toBe(false);
  });
});

describe('item 15: the memory store is bounded', () => {
  it('item 15: past its size the oldest entries go and recent ones stay', async () => {
    const store = memoryStore(100);
    for (let i = 0; i < 20_000; i++) await store.storage.write({ [`conversation-${i}`]: { rows: [i] } });
    const oldest = await store.storage.read(['conversation-0', 'conversation-19899']);
    expect(oldest).toEqual({});
    const recent = await store.storage.read(['conversation-19900', 'conversation-19999']);
    expect(Object.keys(recent)).toEqual(['conversation-19900', 'conversation-19999']);
  });

  it('item 15: a document read recently stays while others are written', async () => {
    const store = memoryStore(3);
    await store.storage.write({ a: { v: 1 }, b: { v: 2 }, c: { v: 3 } });
    await store.storage.read(['a']);
    await store.storage.write({ d: { v: 4 } });
    expect(Object.keys(await store.storage.read(['a', 'b', 'c', 'd']))).toEqual(['a', 'c', 'd']);
  });

  it('item 15: createIfMissing stays atomic: of many concurrent creations exactly one wins', async () => {
    const store = memoryStore(10);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        store.documents.update<{ by: number }>('shared-doc', (current) => current ?? { by: i }),
      ),
    );
    const winners = new Set(results.map((doc) => doc?.by));
    expect(winners.size).toBe(1);
  });

  it('item 15: eTags still guard writes', async () => {
    const store = memoryStore(10);
    await store.storage.write({ doc: { v: 1 } });
    const { eTag } = (await store.storage.read(['doc'])).doc as { eTag: string };
    await store.storage.write({ doc: { v: 2, eTag } });
    await expect(store.storage.write({ doc: { v: 3, eTag } })).rejects.toThrow(/eTag conflict/);
  });
});
