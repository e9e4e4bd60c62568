import { createApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { memoryStore } from '../src/state/storage';
import { cardTexts } from './support/adaptiveCards';
import { startBotProcess } from './support/processes';
import { capturingLogger, teamsInvoke, teamsMessage } from './support/http';

jest.setTimeout(60_000);

/** The app with its logs captured as parsed JSON lines. */
async function start(env: Record<string, string> = {}, store = memoryStore()) {
  const { logger, lines } = capturingLogger('info', env.LOG_USER_TEXT === 'true');
  const app = createApp(loadConfig({ LOG_LEVEL: 'info', ...env }), { logger, store });
  await new Promise<void>((resolve) => {
    app.server.listen(0, '127.0.0.1', resolve);
  });
  const base = `http://127.0.0.1:${app.server.address().port}`;
  const post = (body: string | object, contentType = 'application/json') =>
    fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  return {
    app,
    base,
    post,
    lines,
    close: () =>
      new Promise<void>((resolve) => {
        app.server.close(() => resolve());
      }),
  };
}

describe('limits and bad requests', () => {
  let server: Awaited<ReturnType<typeof start>>;
  beforeAll(async () => {
    server = await start();
  });
  afterAll(() => server.close());

  it('answers a body over 256 KB with 413', async () => {
    const res = await server.post(teamsMessage('x'.repeat(300 * 1024)));
    expect(res.status).toBe(413);
  });

  it('answers non-JSON with 400', async () => {
    expect((await server.post('start', 'text/plain')).status).toBe(400);
    expect((await server.post('<activity/>', 'application/xml')).status).toBe(400);
    expect((await server.post('{"type": "message"', 'application/json')).status).toBe(400);
  });

  it('answers malformed activities with 400', async () => {
    for (const body of [
      [],
      'null',
      42,
      { type: 'message' },
      { ...teamsMessage('hi'), conversation: 'c' },
      { ...teamsMessage('hi'), text: 7 },
      { ...teamsMessage('hi'), type: '' },
    ]) {
      expect([JSON.stringify(body).slice(0, 40), (await server.post(JSON.stringify(body))).status]).toEqual([
        JSON.stringify(body).slice(0, 40),
        400,
      ]);
    }
  });

  it('acknowledges unknown activity types and invoke names without doing anything', async () => {
    const typing = await server.post(teamsMessage('', { type: 'typing', deliveryMode: undefined }));
    expect(typing.status).toBe(200);
    const unknown = await server.post(teamsMessage('', { type: 'somethingNew', deliveryMode: undefined }));
    expect(unknown.status).toBe(200);
    // Link unfurling, which the manifest does not declare.
    const invoke = await server.post(teamsInvoke('x', {}, { name: 'composeExtension/queryLink' }));
    expect(invoke.status).toBe(200);
  });

  it('logs one JSON line per request with an id, the activity type, the outcome and the duration, and no user text', async () => {
    await server.post(teamsMessage('customer secret roadmap'));
    const line = server.lines.filter((l) => l.msg === 'request').at(-1)!;
    expect(line).toMatchObject({
      method: 'POST',
      path: '/api/messages',
      status: 200,
      outcome: 'ok',
      activityType: 'message',
    });
    expect(typeof line.reqId).toBe('string');
    expect(typeof line.durationMs).toBe('number');
    expect(JSON.stringify(server.lines)).not.toContain('secret roadmap');
  });
});

it('logs user text only when LOG_USER_TEXT=true', async () => {
  const server = await start({ LOG_USER_TEXT: 'true' });
  await server.post(teamsMessage('customer secret roadmap'));
  expect(server.lines.find((l) => l.msg === 'request')!.text).toBe('customer secret roadmap');
  await server.close();
});

it('never logs the app password', async () => {
  const server = await start({
    MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
    MicrosoftAppPassword: 'sup3r-s3cret-value',
  });
  await server.post(teamsMessage('start'));
  expect(server.lines.length).toBeGreaterThan(0);
  expect(JSON.stringify(server.lines)).not.toContain('sup3r-s3cret-value');
  await server.close();
});

describe('/readyz', () => {
  it('is 200 when the store answers and 503 when it does not, while /healthz stays 200', async () => {
    const store = memoryStore();
    const server = await start({}, store);
    expect((await fetch(`${server.base}/readyz`)).status).toBe(200);
    const check = jest.spyOn(store, 'check').mockRejectedValue(new Error('unreachable'));
    expect((await fetch(`${server.base}/readyz`)).status).toBe(503);
    expect((await fetch(`${server.base}/healthz`)).status).toBe(200);
    check.mockRestore();
    await server.close();
  });
});

describe('shutdown', () => {
  it('stops on SIGTERM with exit code 0, after answering the request in flight', async () => {
    const bot = await startBotProcess({ MicrosoftAppId: '', STORAGE: 'memory' });
    const inFlight = fetch(bot.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(teamsMessage('list')),
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const started = Date.now();
    const code = await bot.stop('SIGTERM');
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(
      cardTexts(
        ((await res.json()) as { activities: { attachments: { content: unknown }[] }[] }).activities[0].attachments[0]
          .content,
      )[0],
    ).toBe('Blocked: the eight L2 reasons');
    expect(code).toBe(0);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
