import { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import { capturingLogger } from '../support/http';
import { redact, restifyLogger, routeConsoleToLogger } from '../../src/server/logging';

/** Issue 12, item 13: one redacting logger for everything, console output included. */

const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';

describe('item 13: the redacting logger', () => {
  it('item 13: secrets and user text are redacted at any depth, unless LOG_USER_TEXT allows the text', () => {
    const fields = {
      headers: { authorization: `Bearer ${TOKEN}`, Cookie: 'session=1' },
      config: { MicrosoftAppPassword: 'p', nested: { deeper: { password: 'p', clientSecret: 's', accessToken: 't' } } },
      activity: { text: 'customer secret roadmap', from: { name: 'Dana' } },
      note: `failed with Bearer ${TOKEN} and AccountKey=abc123;`,
    };
    const safe = JSON.stringify(redact(fields, false));
    for (const secret of [TOKEN, 'session=1', '"p"', '"s"', '"t"', 'customer secret roadmap', 'abc123'])
      expect(safe).not.toContain(secret);
    expect(safe).toContain('Dana');
    expect(JSON.stringify(redact(fields, true))).toContain('customer secret roadmap');
  });

  it('item 13: an error keeps its message and stack, never its request or response', () => {
    const error = Object.assign(new Error('send failed'), {
      statusCode: 502,
      request: { headers: { authorization: `Bearer ${TOKEN}` } },
    });
    const safe = redact({ err: error }, false) as { err: Record<string, unknown> };
    expect(safe.err).toMatchObject({ type: 'Error', message: 'send failed', statusCode: 502 });
    expect(JSON.stringify(safe)).not.toContain(TOKEN);
  });

  it("item 13: restify's logger gets method and path of a request, not its headers", () => {
    const { logger, lines } = capturingLogger();
    const req = new IncomingMessage(new Socket());
    req.method = 'POST';
    req.url = '/api/messages?x=1';
    req.headers = { authorization: `Bearer ${TOKEN}` };
    restifyLogger(logger).warn({ req, err: new Error('error retrieving formatter') }, 'error retrieving formatter');
    expect(lines).toEqual([
      expect.objectContaining({ component: 'restify', req: { method: 'POST', path: '/api/messages' } }),
    ]);
    expect(JSON.stringify(lines)).not.toContain(TOKEN);
  });

  it("item 13: console output (botbuilder's stack traces) becomes redacted JSON lines", () => {
    const { logger, lines } = capturingLogger('debug');
    const saved = { ...console };
    try {
      routeConsoleToLogger(logger);
      console.error(new Error(`jwt malformed: Bearer ${TOKEN}`));
      console.warn('BadRequest: Missing activity or activity type.');
      console.log('activity', { text: 'customer secret roadmap', authorization: TOKEN });
    } finally {
      Object.assign(console, saved);
    }
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ level: 50, source: 'console.error', err: { type: 'Error' } });
    expect(lines[1]).toMatchObject({ level: 40, msg: 'BadRequest: Missing activity or activity type.' });
    expect(JSON.stringify(lines)).not.toContain(TOKEN);
    expect(JSON.stringify(lines)).not.toContain('customer secret roadmap');
  });
});
