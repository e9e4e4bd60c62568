import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { teamsMessage } from '../support/http';
import { startBotProcess } from '../support/processes';
import { postHead, rawExchange, residentMb } from '../support/raw';

/** Issue 12, items 1 and 2: what the endpoint accepts, checked before the body is read. */

jest.setTimeout(60_000);

type Bot = Awaited<ReturnType<typeof startBotProcess>>;
let open: Bot;
let authenticated: Bot;

beforeAll(async () => {
  [open, authenticated] = await Promise.all([
    startBotProcess({ MicrosoftAppId: '', STORAGE: 'memory', LOG_LEVEL: 'error' }),
    startBotProcess({
      MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
      MicrosoftAppPassword: 'not-a-real-secret',
      STORAGE: 'memory',
      LOG_LEVEL: 'error',
    }),
  ]);
});
afterAll(async () => {
  await Promise.all([open?.stop('SIGKILL'), authenticated?.stop('SIGKILL')]);
});

async function expectUp(bot: Bot) {
  expect(bot.process.exitCode).toBeNull();
  expect((await fetch(`http://127.0.0.1:${bot.port}/healthz`)).status).toBe(200);
}

const post = (bot: Bot, body: string | Buffer, headers: Record<string, string>) =>
  fetch(bot.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('item 1: compressed bodies', () => {
  it('item 1: gzip body with one byte (x) gets 415, with and without an app id, and the process stays up', async () => {
    for (const bot of [open, authenticated]) {
      const res = await post(bot, 'x', { 'content-encoding': 'gzip' });
      expect(res.status).toBe(415);
      await expectUp(bot);
    }
  });

  it('item 1: gzip, deflate and br bodies, valid or not, get 415; identity is read as usual', async () => {
    const json = JSON.stringify(teamsMessage('help'));
    const bodies: [string, Buffer][] = [
      ['gzip', gzipSync(json)],
      ['deflate', deflateSync(json)],
      ['br', brotliCompressSync(json)],
      ['gzip', Buffer.from('not gzip at all')],
      ['x-gzip', gzipSync(json)],
      ['gzip, identity', gzipSync(json)],
    ];
    for (const [encoding, body] of bodies) {
      expect([encoding, (await post(open, body, { 'content-encoding': encoding })).status]).toEqual([encoding, 415]);
    }
    expect((await post(open, json, { 'content-encoding': 'identity' })).status).toBe(200);
    await expectUp(open);
  });

  it('item 1: a body cut short, a malformed chunked body and a client that aborts leave the process up', async () => {
    const partial = JSON.stringify(teamsMessage('help')).slice(0, 40);
    const cutShort = await rawExchange(
      open.port,
      postHead({ 'Content-Type': 'application/json', 'Content-Length': 1000 }),
      [partial],
      { after: 'end', timeoutMs: 5000 },
    );
    expect([undefined, 400]).toContain(cutShort.status);
    const chunked = await rawExchange(
      open.port,
      postHead({ 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' }),
      ['zz\r\n{"type"\r\n', '0\r\n\r\n'],
      { timeoutMs: 5000 },
    );
    expect([undefined, 400]).toContain(chunked.status);
    await rawExchange(open.port, postHead({ 'Content-Type': 'application/json', 'Content-Length': 5000 }), [partial], {
      after: 'destroy',
      timeoutMs: 5000,
    });
    await expectUp(open);
  });

  it('item 1: a body that never ends gets 408 after the read timeout, and the process stays up', async () => {
    const res = await rawExchange(
      open.port,
      postHead({ 'Content-Type': 'application/json', 'Content-Length': 1000 }),
      ['{"type": "message", '],
      { timeoutMs: 15_000 },
    );
    expect(res.status).toBe(408);
    expect(res.elapsedMs).toBeGreaterThanOrEqual(9_500);
    await expectUp(open);
  });
});

describe('item 2: size', () => {
  it('item 2: a gzip bomb (200 MB inflated) gets 415 at once and the memory stays flat', async () => {
    const bomb = gzipSync(Buffer.alloc(200 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(256 * 1024);
    for (const bot of [open, authenticated]) {
      const before = await residentMb(bot.process.pid!);
      const started = Date.now();
      const res = await post(bot, bomb, { 'content-encoding': 'gzip' });
      expect(res.status).toBe(415);
      expect(Date.now() - started).toBeLessThan(2000);
      expect((await residentMb(bot.process.pid!)) - before).toBeLessThan(40);
      await expectUp(bot);
    }
  });

  it('item 2: a declared 10 MB body gets 413 before it is read, with or without a token', async () => {
    for (const bot of [open, authenticated]) {
      const res = await rawExchange(
        bot.port,
        postHead({ 'Content-Type': 'application/json', 'Content-Length': 10 * 1024 * 1024 }),
        ['{"type":'],
        { timeoutMs: 5000 },
      );
      expect(res.status).toBe(413);
      expect(res.elapsedMs).toBeLessThan(2000);
    }
    await expectUp(open);
  });

  it('item 2: 10 MB of JSON sent chunked, without a length, gets 413 once the real bytes pass the limit', async () => {
    const raw = await rawExchange(
      open.port,
      postHead({ 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' }),
      Array.from({ length: 40 }, () => `40000\r\n${'x'.repeat(0x40000)}\r\n`),
      { timeoutMs: 10_000 },
    );
    expect(raw.status).toBe(413);
    await expectUp(open);
  });

  it('item 2: without a token, an authenticated bot answers 401 before reading the body', async () => {
    const res = await rawExchange(
      authenticated.port,
      postHead({ 'Content-Type': 'application/json', 'Content-Length': 200_000 }),
      ['{"type":'],
      { timeoutMs: 5000 },
    );
    expect(res.status).toBe(401);
    expect(res.elapsedMs).toBeLessThan(2000);
  });
});
