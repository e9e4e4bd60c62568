import { gzipSync } from 'node:zlib';
import { button, cardTexts } from '../support/adaptiveCards';
import { teamsInvoke, teamsMessage } from '../support/http';
import { startBotProcess } from '../support/processes';
import { postHead, rawExchange } from '../support/raw';
import { isQuestion, teamsInfraAnswer } from '../support/walks';

/**
 * Issue 12, done when: one bot process takes every kind of hostile request the security suite
 * reproduces, one after the other, and still answers /healthz and walks a blocker to its L2.
 */

jest.setTimeout(120_000);

type Bot = Awaited<ReturnType<typeof startBotProcess>>;
let bot: Bot;

beforeAll(async () => {
  bot = await startBotProcess({ MicrosoftAppId: '', STORAGE: 'memory', LOG_LEVEL: 'error' });
});
afterAll(() => bot?.stop('SIGKILL'));

const post = (body: string | Buffer, headers: Record<string, string> = {}) =>
  fetch(bot.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
const json = (value: unknown) => JSON.stringify(value);
const channel = { id: '19:gauntlet@thread.tacv2;messageid=1', conversationType: 'channel', tenantId: 't' };

async function card(body: unknown): Promise<Record<string, unknown>> {
  const res = await post(json(body));
  const answer = (await res.json()) as {
    value?: Record<string, unknown>;
    activities?: { attachments: { content: Record<string, unknown> }[] }[];
  };
  return answer.value ?? answer.activities![0].attachments[0].content;
}

it('survives the whole gauntlet, then answers /healthz and walks to an L2', async () => {
  const statuses: number[] = [];
  const record = async (res: Promise<Response>) => statuses.push((await res).status);

  // Items 1 and 2: compressed bodies, a gzip bomb, a body cut short, too much JSON.
  await record(post('x', { 'content-encoding': 'gzip' }));
  await record(post(gzipSync(Buffer.alloc(50 * 1024 * 1024, 0x20)), { 'content-encoding': 'gzip' }));
  await rawExchange(bot.port, postHead({ 'Content-Type': 'application/json', 'Content-Length': 1000 }), ['{"ty'], {
    after: 'end',
    timeoutMs: 5000,
  });
  await rawExchange(
    bot.port,
    postHead({ 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' }),
    Array.from({ length: 20 }, () => `40000\r\n${'x'.repeat(0x40000)}\r\n`),
    { timeoutMs: 10_000 },
  );
  // Item 13: a 20,000-deep array in `from`.
  await record(post(`{"type":"message","from":${'['.repeat(20_000)}${']'.repeat(20_000)}}`));
  // Item 11: card values of every JSON type.
  for (const value of [true, [], 'start', 5, {}, { action: null }, null])
    await record(post(json({ ...teamsInvoke('start', {}), value })));
  // Item 14: malformed mentions; item 12: text that tries to be Markdown, controls, overrides.
  await record(post(json(teamsMessage('help', { entities: [null, { type: 'mention', text: 5 }, 'x'] }))));
  await record(post(json(teamsMessage('[Verify](https://evil.example) \u0007\u202E **now** ${x}'))));
  // Item 8: forged clicks on a shared card: made-up questions, another card's data.
  const shared = await card(
    teamsMessage('<at>Triage</at> start', {
      conversation: channel,
      entities: [{ type: 'mention', text: '<at>Triage</at>', mentioned: { id: '28:bot' } }],
    }),
  );
  const teams = button(shared, 'Teams');
  const onCard = (data: unknown) => ({ ...teamsInvoke('workload', data), conversation: channel, replyToId: 'card-g' });
  const first = await card({
    ...onCard(teams.data),
    value: { action: { type: 'Action.Execute', verb: teams.verb, data: teams.data } },
  });
  const partner = button(first, 'A partner');
  for (let i = 0; i < 30; i++)
    await record(
      post(
        json({
          ...teamsInvoke('answer', { ...partner.data, q: `made-up-${i}` }),
          conversation: channel,
          replyToId: 'card-g',
        }),
      ),
    );

  expect(statuses.every((s) => s < 500)).toBe(true);
  expect(bot.process.exitCode).toBeNull();
  expect((await fetch(`http://127.0.0.1:${bot.port}/healthz`)).status).toBe(200);

  let shown = await card(teamsMessage('start'));
  shown = await card(teamsInvoke(button(shown, 'Teams').verb, button(shown, 'Teams').data));
  while (isQuestion(shown)) {
    const next = teamsInfraAnswer(shown);
    shown = await card(teamsInvoke(next.verb, next.data));
  }
  expect(cardTexts(shown)[0]).toBe('Blocked › Customer IT Infrastructure and Remediation');
});
