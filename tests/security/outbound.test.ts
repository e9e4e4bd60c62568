import { ConversationReference } from 'botbuilder';
import { CONNECTOR_ATTEMPTS, CONNECTOR_TIMEOUT_MS } from '../../src/server/outbound';
import { answer, startConnector, sent } from '../support/connector';
import { startServer, teamsMessage } from '../support/http';
import { freePort } from '../support/processes';

/** Issue 12, item 5: every connector call is bounded, retried with backoff, and a failed turn is logged failed. */

jest.setTimeout(60_000);

type Server = Awaited<ReturnType<typeof startServer>>;
let server: Server;

beforeAll(async () => {
  server = await startServer({}, { logs: true });
});
afterAll(() => server?.close());

/** A message whose reply goes to the connector at `serviceUrl` (not in the response body). */
async function send(serviceUrl: string) {
  const started = Date.now();
  const res = await server.post(teamsMessage('help', { serviceUrl, deliveryMode: undefined }));
  await res.arrayBuffer();
  return { status: res.status, elapsedMs: Date.now() - started };
}

const requestLines = () => server.lines.filter((line) => line.msg === 'request');
const failures = () => server.lines.filter((line) => line.msg === 'connector call failed');

describe('item 5: outbound connector calls', () => {
  it('item 5: a connector that never answers costs the turn its deadline, one attempt, and the request is logged failed', async () => {
    const connector = await startConnector(() => undefined);
    const before = failures().length;
    const healthy = (async () => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      return (await fetch(`${server.base}/healthz`)).status;
    })();
    const turn = await send(connector.url);
    expect(await healthy).toBe(200);
    expect(turn.elapsedMs).toBeGreaterThanOrEqual(CONNECTOR_TIMEOUT_MS - 100);
    expect(turn.elapsedMs).toBeLessThan(CONNECTOR_TIMEOUT_MS + 3000);
    // A timed-out call may have been delivered: it is not repeated.
    expect(connector.calls).toHaveLength(1);
    expect(failures().slice(before)).toHaveLength(1);
    expect(failures().at(-1)).toMatchObject({ attempts: 1, timedOut: true });
    expect(requestLines().at(-1)).toMatchObject({ status: 200, outcome: 'failed', activityType: 'message' });
    await connector.close();
  });

  it('item 5: 429 with Retry-After, then 200: waits as asked, two attempts, logged ok', async () => {
    const connector = await startConnector((attempt, _req, res) => {
      if (attempt === 1) answer(res, 429, { 'retry-after': '1' });
      else sent(res);
    });
    const before = failures().length;
    const turn = await send(connector.url);
    expect(connector.calls).toHaveLength(2);
    expect(turn.elapsedMs).toBeGreaterThanOrEqual(1000);
    expect(failures()).toHaveLength(before);
    expect(requestLines().at(-1)).toMatchObject({ status: 200, outcome: 'ok' });
    await connector.close();
  });

  it('item 5: 502 every time: three attempts, one log line with the status, the request logged failed', async () => {
    const connector = await startConnector((_attempt, _req, res) => answer(res, 502));
    const before = failures().length;
    const turn = await send(connector.url);
    expect(connector.calls).toHaveLength(CONNECTOR_ATTEMPTS);
    expect(turn.elapsedMs).toBeLessThan(CONNECTOR_TIMEOUT_MS);
    expect(failures().slice(before)).toEqual([expect.objectContaining({ status: 502, attempts: CONNECTOR_ATTEMPTS })]);
    expect(requestLines().at(-1)).toMatchObject({ outcome: 'failed' });
    await connector.close();
  });

  it('item 5: a Retry-After past the deadline is not waited for', async () => {
    const connector = await startConnector((_attempt, _req, res) => answer(res, 429, { 'retry-after': '60' }));
    const turn = await send(connector.url);
    expect(connector.calls).toHaveLength(1);
    expect(turn.elapsedMs).toBeLessThan(2000);
    expect(failures().at(-1)).toMatchObject({ status: 429, attempts: 1 });
    await connector.close();
  });

  it('item 5: a connector that refuses connections: three attempts in bounded time, the request logged failed', async () => {
    const before = failures().length;
    const turn = await send(`http://127.0.0.1:${await freePort()}/`);
    expect(turn.elapsedMs).toBeLessThan(CONNECTOR_TIMEOUT_MS);
    expect(failures().slice(before)).toEqual([
      expect.objectContaining({ code: 'ECONNREFUSED', attempts: CONNECTOR_ATTEMPTS }),
    ]);
    expect(requestLines().at(-1)).toMatchObject({ outcome: 'failed' });
    expect((await fetch(`${server.base}/healthz`)).status).toBe(200);
  });

  it('item 5: a call made after the turn returned (continueConversationAsync) is bounded too', async () => {
    const connector = await startConnector(() => undefined);
    const reference: Partial<ConversationReference> = {
      channelId: 'msteams',
      serviceUrl: connector.url,
      conversation: { id: 'a:personal-1', isGroup: false, conversationType: 'personal', name: '' },
      bot: { id: '28:bot', name: 'Blocker triage' },
    };
    const before = failures().length;
    const started = Date.now();
    await server.app.adapter.continueConversationAsync('', reference, async (context) => {
      await context.updateActivity({ id: 'card-1', type: 'message', text: 'updated' });
    });
    expect(Date.now() - started).toBeLessThan(CONNECTOR_TIMEOUT_MS + 3000);
    expect(connector.calls).toEqual([expect.objectContaining({ method: 'PUT' })]);
    expect(failures().slice(before)).toHaveLength(1);
    // onTurnError saw it, as for any turn.
    expect(server.lines.at(-1)).toMatchObject({ msg: 'turn failed', err: { type: 'ConnectorCallFailed' } });
    await connector.close();
  });
});
