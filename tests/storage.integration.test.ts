import { isQuestion, teamsInfraAnswer } from './support/walks';
import { button, cardTexts, expectValidCard } from './support/adaptiveCards';
import { startChannel } from './support/channel';
import { startAzurite, startBotProcess } from './support/processes';

jest.setTimeout(120_000);

type Azurite = Awaited<ReturnType<typeof startAzurite>>;
type BotProcess = Awaited<ReturnType<typeof startBotProcess>>;
type Card = Record<string, unknown>;

let azurite: Azurite;
let channel: Awaited<ReturnType<typeof startChannel>>;
const bots: BotProcess[] = [];

const blobEnv = () => ({
  STORAGE: 'blob',
  BLOB_CONNECTION_STRING: azurite.connectionString,
  BLOB_CONTAINER: `triage-${Date.now()}`,
  MicrosoftAppId: '',
  ALLOWED_TENANT_IDS: '',
});

async function bot(env: Record<string, string>) {
  const started = await startBotProcess(env);
  bots.push(started);
  return started;
}

let sequence = 0;
function activity(conversation: Record<string, unknown>, from: string, extra: Record<string, unknown>) {
  return {
    id: `act-${++sequence}`,
    channelId: 'msteams',
    serviceUrl: channel.url,
    from: { id: `user-${from}`, name: from },
    recipient: { id: 'bot', name: 'Triage' },
    conversation,
    locale: 'en-US',
    ...extra,
  };
}

async function post(target: BotProcess, body: unknown) {
  const res = await fetch(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json().catch(() => undefined)) as Record<string, unknown> | undefined };
}

async function message(target: BotProcess, conversation: Record<string, unknown>, from: string, text: string) {
  const mentioned = conversation.conversationType === 'channel';
  const { body } = await post(
    target,
    activity(conversation, from, {
      type: 'message',
      text: mentioned ? `<at>Triage</at> ${text}` : text,
      deliveryMode: 'expectReplies',
      entities: mentioned
        ? [{ type: 'mention', mentioned: { id: 'bot', name: 'Triage' }, text: '<at>Triage</at>' }]
        : [],
    }),
  );
  return (body?.activities ?? []) as { text?: string; attachments?: { content: Card }[] }[];
}

async function click(
  target: BotProcess,
  conversation: Record<string, unknown>,
  from: string,
  cardId: string,
  b: { verb: string; data: unknown },
) {
  const { status, body } = await post(
    target,
    activity(conversation, from, {
      type: 'invoke',
      name: 'adaptiveCard/action',
      replyToId: cardId,
      value: { action: { type: 'Action.Execute', verb: b.verb, data: b.data } },
    }),
  );
  expect(status).toBe(200);
  return (body as { value: Card }).value;
}

beforeAll(async () => {
  azurite = await startAzurite();
  channel = await startChannel();
});

afterAll(async () => {
  await Promise.all(bots.map((b) => b.stop('SIGKILL')));
  await channel?.close();
  await azurite?.stop();
});

describe('with Azure Blob Storage (Azurite)', () => {
  it('keeps a walk and the summary across a restart of the bot process between two steps', async () => {
    const env = blobEnv();
    const conversation = { id: '19:restart@thread.tacv2;messageid=1', conversationType: 'channel', tenantId: 't' };
    let first = await bot(env);
    let card = (await message(first, conversation, 'Dana', 'start Contoso'))[0].attachments![0].content;
    card = await click(first, conversation, 'Dana', 'card-r', button(card, 'Teams'));
    card = await click(first, conversation, 'Lee', 'card-r', teamsInfraAnswer(card));
    await first.stop();

    first = await bot(env);
    while (isQuestion(card)) card = await click(first, conversation, 'Dana', 'card-r', teamsInfraAnswer(card));
    // The customer heads every card of the walk, then the verdict.
    expect(cardTexts(card).slice(0, 2)).toEqual([
      'Customer: Contoso',
      'Blocked › Customer IT Infrastructure and Remediation',
    ]);
    // The answer given before the restart still shows who gave it.
    expect(cardTexts(card).some((text) => text.endsWith(' · by Lee'))).toBe(true);
    await click(first, conversation, 'Lee', 'card-r', button(card, 'Add to review summary'));
    await first.stop();

    const again = await bot(env);
    const summary = (await message(again, conversation, 'Dana', 'summary'))[0].attachments![0].content;
    expectValidCard(summary);
    expect(cardTexts(summary)).toEqual(
      expect.arrayContaining(['Review summary: 1 blocker', 'Contoso · Teams', 'Confirmed by', 'Lee']),
    );
  });

  it('serves one conversation from two bot processes with concurrent clicks and settles: one step per click race, no lost or duplicate rows', async () => {
    const env = blobEnv();
    const [a, b] = [await bot(env), await bot(env)];
    const conversation = { id: '19:busy@thread.tacv2;messageid=7', conversationType: 'channel', tenantId: 't' };
    const cards = 10;
    let clicksSent = 0;

    // Ten blockers, each walked to its result with the two processes taking turns.
    const results = await Promise.all(
      Array.from({ length: cards }, async (_, i) => {
        const cardId = `card-${i}`;
        let card = (await message(i % 2 ? a : b, conversation, 'Dana', `start Customer ${i}`))[0].attachments![0]
          .content;
        card = await click(a, conversation, 'Dana', cardId, button(card, 'Teams'));
        clicksSent++;
        for (let step = 0; isQuestion(card); step++) {
          card = await click(step % 2 ? a : b, conversation, step % 2 ? 'Lee' : 'Dana', cardId, teamsInfraAnswer(card));
          clicksSent++;
        }
        return { cardId, card };
      }),
    );

    // 20 at once: every card settled twice, by each process, at the same moment.
    await channel.quiet();
    const updatesBefore = channel.updates.length;
    await Promise.all(
      results.flatMap(({ cardId, card }) => [
        click(a, conversation, 'Dana', cardId, button(card, 'Add to review summary')),
        click(b, conversation, 'Lee', cardId, button(card, 'Add to review summary')),
      ]),
    );
    clicksSent += 2 * cards;
    await channel.quiet();
    const settleSteps = channel.updates.length - updatesBefore;

    // Two people answering the same question on both processes at once take one step.
    let race = (await message(a, conversation, 'Dana', 'start Race'))[0].attachments![0].content;
    race = await click(b, conversation, 'Dana', 'card-race', button(race, 'Microsoft 365 Apps'));
    const [yes, no] = await Promise.all([
      click(a, conversation, 'Dana', 'card-race', button(race, 'A partner')),
      click(b, conversation, 'Lee', 'card-race', button(race, 'Not sure')),
    ]);
    clicksSent += 3;
    expect(yes).toEqual(no);
    expect(cardTexts(yes).slice(0, 2)).toEqual(['Customer: Race', expect.stringMatching(/^Question 2 /)]);

    for (const target of [a, b]) {
      const summary = (await message(target, conversation, 'Lee', 'summary'))[0].attachments![0].content;
      const texts = cardTexts(summary);
      expect(texts[0]).toBe(`Review summary: ${cards} blockers`);
      const customers = texts.filter((t) => /^Customer \d+ · Teams$/.test(t));
      expect(new Set(customers).size).toBe(cards);
      expect(customers).toHaveLength(cards);
    }
    // Only one of each pair of simultaneous settles moved its card.
    expect(settleSteps).toBe(cards);
    console.log(
      `concurrency: ${clicksSent} clicks sent over 2 processes, ${channel.updates.length} card steps taken, ${cards} summary rows`,
    );
  });

  it('apologises when the store goes away mid-conversation, logs it, and recovers when it returns; a 1:1 walk goes on', async () => {
    const env = blobEnv();
    const target = await bot(env);
    const conversation = { id: '19:store@thread.tacv2;messageid=9', conversationType: 'channel', tenantId: 't' };
    const personal = { id: 'a:personal-store', conversationType: 'personal', tenantId: 't' };
    let card = (await message(target, conversation, 'Dana', 'start'))[0].attachments![0].content;
    card = await click(target, conversation, 'Dana', 'card-s', button(card, 'Teams'));
    let own = (await message(target, personal, 'Dana', 'start'))[0].attachments![0].content;
    own = await click(target, personal, 'Dana', 'card-p', button(own, 'Teams'));
    const port = azurite.port;
    await azurite.stop();

    const apology = await click(target, conversation, 'Dana', 'card-s', teamsInfraAnswer(card));
    expectValidCard(apology);
    expect(cardTexts(apology)[1]).toMatch(/^Sorry, I can’t reach my storage right now/);
    expect((await message(target, conversation, 'Dana', 'summary'))[0].text).toMatch(
      /^Sorry, I can’t reach my storage/,
    );
    expect(target.output()).toMatch(/"msg":"store unavailable"/);
    // A walk in a 1:1 chat needs no store.
    expect(cardTexts(await click(target, personal, 'Dana', 'card-p', teamsInfraAnswer(own)))[0]).toMatch(
      /^Question 2 /,
    );

    azurite = await startAzurite(port);
    const next = await click(target, conversation, 'Dana', 'card-s', teamsInfraAnswer(card));
    expect(cardTexts(next)[0]).toMatch(/^Question 2 /);
  });
});
