import { connect } from 'node:net';
import { teamsMessage } from '../support/http';
import { freePort, startBotProcess } from '../support/processes';

/** Issue 12, items 4, 13 and 16, seen from outside the bot's process: where it listens, what reaches stdout, how it stops. */

jest.setTimeout(60_000);

type Bot = Awaited<ReturnType<typeof startBotProcess>>;

/** The bot's stdout only (its stderr carries Node's own warnings), as lines. */
function stdoutLines(bot: Bot): () => string[] {
  let text = '';
  bot.process.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return () => text.split('\n').filter(Boolean);
}

/** Whether something accepts TCP connections at host:port. */
function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, host);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

const APP_ID = '11111111-2222-3333-4444-555555555555';

describe('item 4: where it listens', () => {
  it('item 4: with authentication off and no HOST it listens on loopback only, and says so', async () => {
    const bot = await startBotProcess({ MicrosoftAppId: '', HOST: '' });
    const lines = stdoutLines(bot);
    expect(await accepts('127.0.0.1', bot.port)).toBe(true);
    // Another loopback address: a server on every interface would answer it.
    expect(await accepts('127.0.0.2', bot.port)).toBe(false);
    await bot.stop('SIGTERM');
    const started = JSON.parse(
      bot
        .output()
        .split('\n')
        .find((line) => line.includes('listening'))!,
    ) as {
      msg: string;
      host: string;
    };
    expect(started.host).toBe('127.0.0.1');
    expect(started.msg).toMatch(/authentication: off .*listening on loopback only; set HOST to expose it/);
    expect(lines().length).toBeGreaterThan(0);
  });

  it('item 4: with authentication on and no HOST it listens on every interface; HOST still wins', async () => {
    const open = await startBotProcess({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x', HOST: '' });
    expect(await accepts('127.0.0.2', open.port)).toBe(true);
    await open.stop('SIGTERM');
    const exposed = await startBotProcess({ MicrosoftAppId: '', HOST: '0.0.0.0' });
    expect(await accepts('127.0.0.2', exposed.port)).toBe(true);
    await exposed.stop('SIGTERM');
  });
});

describe('item 13: logging', () => {
  const token = 'eyJhbGciOiJSUzI1NiJ9.eyJzZWNyZXQtY2xhaW0iOiJ2YWx1ZSJ9.c2lnbmF0dXJlLXRoYXQtbXVzdC1uZXZlci1sb2c';
  const text = 'customer secret roadmap for Contoso';

  /** Nested arrays `depth` deep, as JSON text (JSON.stringify would recurse). */
  const deepArray = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

  it('item 13: a 20,000-deep array in from gets a 4xx, and no line of stdout carries the token or the text', async () => {
    const envs: Record<string, string>[] = [
      { MicrosoftAppId: '' },
      { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'sup3r-s3cret-value' },
    ];
    for (const env of envs) {
      const bot = await startBotProcess(env);
      const lines = stdoutLines(bot);
      // Deep inside the sender, where the activity's shape check lets anything through.
      const activity = JSON.stringify(teamsMessage(text)).replace(/"from":\{/, `"from":{"deep":${deepArray(20_000)},`);
      const res = await fetch(bot.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: activity,
      });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      // A forged token too, and a turn that fails because its connector refuses.
      await fetch(bot.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(
          teamsMessage(text, { deliveryMode: undefined, serviceUrl: `http://127.0.0.1:${await freePort()}/` }),
        ),
      });
      await bot.stop('SIGTERM');
      const out = lines();
      expect(out.length).toBeGreaterThan(2);
      for (const line of out) {
        expect(() => JSON.parse(line) as unknown).not.toThrow();
        expect(line).not.toContain(token);
        expect(line).not.toContain('c2lnbmF0dXJl');
        expect(line).not.toContain(text);
        expect(line).not.toContain('sup3r-s3cret-value');
      }
    }
  });

  it("item 13: a turn error's log line is JSON, with the error and no user text", async () => {
    const bot = await startBotProcess({ MicrosoftAppId: '' });
    const lines = stdoutLines(bot);
    await fetch(bot.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(
        teamsMessage(text, { deliveryMode: undefined, serviceUrl: `http://127.0.0.1:${await freePort()}/` }),
      ),
    });
    await bot.stop('SIGTERM');
    const failed = lines()
      .map((line) => JSON.parse(line) as { msg: string; err?: { message?: string; stack?: string } })
      .find((line) => line.msg === 'turn failed');
    expect(failed?.err?.message).toMatch(/connection failed/);
    expect(JSON.stringify(failed)).not.toContain(text);
  });
});

describe('item 16: shutdown', () => {
  it('item 16: SIGTERM after the reader of stdout has gone away: the process exits 0 within 5 seconds', async () => {
    // The hang needs a log line still being written when the process exits: a race, so three at once.
    const stopped = await Promise.all(
      [1, 2, 3].map(async () => {
        const bot = await startBotProcess({ MicrosoftAppId: '' });
        bot.process.stdout?.destroy();
        await new Promise((resolve) => setTimeout(resolve, 200));
        const started = Date.now();
        let timer: NodeJS.Timeout | undefined;
        const code = await Promise.race([
          bot.stop('SIGTERM'),
          new Promise((resolve) => {
            timer = setTimeout(() => resolve('still running'), 8000);
          }),
        ]);
        clearTimeout(timer);
        if (code === 'still running') await bot.stop('SIGKILL');
        return { code, elapsedMs: Date.now() - started };
      }),
    );
    for (const { code, elapsedMs } of stopped) {
      expect(code).toBe(0);
      expect(elapsedMs).toBeLessThan(5000);
    }
  });
});
