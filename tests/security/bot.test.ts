import { StoreUnavailable } from '../../src/state/errors';
import { memoryStore } from '../../src/state/storage';
import { button, cardButtons, cardTexts, expectValidCard } from '../support/adaptiveCards';
import { createTestBot, firstCard } from '../support/bot';
import { clickAs, person, say, sharedWalk, thread } from '../support/channelTurns';
import { startServer, teamsInvoke, teamsMessage } from '../support/http';

/**
 * Issue 12, the items inside the bot: what a click may change, whose record it may touch, what a
 * user's text may do on a card and in an export, and which tenants get in. Each test reproduces a
 * defect found by probing the running bot.
 */

type Card = Record<string, unknown>;

/** Every string of a card's JSON, by the property that holds it. */
function strings(card: unknown, found: { key: string; type?: string; text: string }[] = [], key = '', type?: string) {
  if (typeof card === 'string') found.push({ key, type, text: card });
  else if (Array.isArray(card)) card.forEach((c) => strings(c, found, key, type));
  else if (card && typeof card === 'object') {
    const node = card as Record<string, unknown>;
    const own = typeof node.type === 'string' ? node.type : type;
    for (const [k, v] of Object.entries(node)) strings(v, found, k, own);
  }
  return found;
}

/** Where on a card a piece of text shows: only TextRuns and CodeBlocks show it as typed (no Markdown). */
const AS_TYPED = new Set<string | undefined>(['TextRun', 'CodeBlock']);
const placesOf = (card: Card, text: string) =>
  strings(card)
    .filter((s) => s.text.includes(text) && s.key !== 'data' && s.key !== 'c' && s.key !== 'd')
    .map((s) => s.type);

describe('item 7: a summary row is not lost when the summary write fails', () => {
  it('keeps the shared card where it was, says nothing changed, and settles on the retry', async () => {
    const store = memoryStore();
    const bot = createTestBot(store);
    const result = await sharedWalk(bot, 'card-7');
    const original = store.documents.writeIfUnchanged.bind(store.documents);
    const write = jest
      .spyOn(store.documents, 'writeIfUnchanged')
      .mockImplementation((key, read, value) =>
        key.startsWith('summary-')
          ? Promise.reject(new StoreUnavailable(new Error('connect ECONNREFUSED')))
          : original(key, read, value),
      );
    const failed = (await clickAs(bot, 'Lee', 'card-7', button(result, 'Add to review summary'))).card;
    expect(cardTexts(failed)[1]).toMatch(/^Sorry, I can’t reach my storage right now. Nothing was changed/);
    write.mockRestore();
    // The card did not move: it still offers to settle, and says nobody did.
    const current = (await clickAs(bot, 'Lee', 'card-7', button(result, 'Add to review summary'))).card;
    expect(cardTexts(current)).toContain('Added to the review summary by Lee.');
    const summary = cardTexts(firstCard(await say(bot, 'Lee', 'summary')));
    expect(summary[0]).toBe('Review summary: 1 blocker');
  });
});

describe('item 8: forged card data rewrites nobody’s record', () => {
  it('a settle sent on another card, carrying this card’s walk, does not touch this card’s row', async () => {
    const bot = createTestBot();
    const mine = await sharedWalk(bot, 'card-a', 'Contoso');
    await clickAs(bot, 'Dana', 'card-a', button(mine, 'Add to review summary'));
    // Eve replays Dana's settle on a card of her own (the only card id she controls), and on Dana's card.
    await clickAs(bot, 'Eve', 'card-eve', button(mine, 'Add to review summary'));
    await clickAs(bot, 'Eve', 'card-a', button(mine, 'Add to review summary'));
    const texts = cardTexts(firstCard(await say(bot, 'Dana', 'summary')));
    const values = (label: string) => texts.flatMap((t, i) => (t === label ? [texts[i + 1]] : []));
    // Dana's row is as Dana settled it; Eve's click made a row of its own card, not a change to Dana's.
    expect(values('Confirmed by')).toEqual(['Dana', 'Eve']);
  });

  it('an answer to a question someone else already answered is not recorded under the forger’s name', async () => {
    const bot = createTestBot();
    let card = firstCard(await say(bot, 'Dana', 'start'));
    card = (await clickAs(bot, 'Dana', 'card-q', button(card, 'Teams'))).card;
    const firstQuestion = card;
    card = (await clickAs(bot, 'Dana', 'card-q', button(card, 'Not sure'))).card;
    const seq = (cardButtons(card)[0].data as { s: number }).s;
    // Eve re-sends the first question with another answer, stamped with the card's current sequence number.
    const forged = button(firstQuestion, 'A partner');
    const shown = (await clickAs(bot, 'Eve', 'card-q', { verb: forged.verb, data: { ...forged.data, s: seq } })).card;
    expect(shown).toEqual(card);
    expect(cardTexts(shown).join('\n')).not.toContain('Eve');
  });

  it.each([
    ['all zero', [0, 0, 0, 0, 0, 0, 0, 0]],
    ['adding up to 800', [100, 100, 100, 100, 100, 100, 100, 100]],
  ])('a walk started with a forged reading of the description (%s) gets the out of date card', async (_name, p) => {
    const bot = createTestBot();
    for (const click of [
      { verb: 'workload', data: { wl: 'teams', d: 'EA renewal', p } },
      { verb: 'start', data: { d: 'EA renewal', p } },
    ]) {
      const shown = (await bot.click(click)).card;
      expect(cardTexts(shown)[0]).toBe('This card is out of date');
    }
  });

  it('clicks with made-up questions on the current sequence number store nothing', async () => {
    const bot = createTestBot();
    let card = firstCard(await say(bot, 'Dana', 'start'));
    card = (await clickAs(bot, 'Dana', 'card-m', button(card, 'Teams'))).card;
    const partner = button(card, 'A partner');
    for (let i = 0; i < 50; i++) {
      const data = { ...partner.data, q: `made-up-${i}` };
      const shown = (await clickAs(bot, 'Eve', 'card-m', { verb: 'answer', data })).card;
      expect(shown).toEqual(card);
    }
    // The card still takes Dana's real answer, on the sequence number it showed.
    const next = (await clickAs(bot, 'Dana', 'card-m', partner)).card;
    expect(cardTexts(next)[0]).toMatch(/^Question 2 /);
  });
});

/**
 * A bot whose summary exports can be read: the CSV file the consent flow uploads (answered here in
 * the channel thread, whose rows it reads), and the table for Excel on the channel's summary card.
 */
function exportingBot() {
  const uploads: string[] = [];
  const bot = createTestBot(memoryStore(), {
    uploadFile: (_url, bytes) => {
      uploads.push(Buffer.from(bytes).toString('utf8'));
      return Promise.resolve();
    },
  });
  const exports = async () => {
    const texts = cardTexts(firstCard(await say(bot, 'Dana', 'summary')));
    const tsv = texts[texts.indexOf('Table for Excel (tab-separated)') + 1];
    await bot.send({
      type: 'invoke',
      name: 'fileConsent/invoke',
      value: {
        type: 'fileUpload',
        action: 'accept',
        context: { o: Date.now() },
        uploadInfo: {
          uploadUrl: 'https://contoso-my.sharepoint.com/upload',
          contentUrl: 'https://contoso-my.sharepoint.com/review-summary.csv',
          name: 'review-summary.csv',
          uniqueId: 'u-1',
          fileType: 'csv',
        },
      },
      conversation: thread,
      from: person('Dana'),
    });
    return { csv: uploads.at(-1)!, tsv };
  };
  return { bot, exports };
}

describe('item 9: no formula in an exported file', () => {
  it.each(['=HYPERLINK("https://evil.example","x")', '+1+2', '-3', '@SUM(A1)'])(
    'a customer named %j lands in the CSV and the table for Excel as text',
    async (customer) => {
      const { bot, exports } = exportingBot();
      const result = await sharedWalk(bot, 'card-csv', customer);
      await clickAs(bot, 'Dana', 'card-csv', button(result, 'Add to review summary'));
      const { csv, tsv } = await exports();
      expect(csv.split('\n')[1]).toMatch(/^"?'/);
      expect(tsv.split('\n')[1]).toMatch(/^'/);
    },
  );

  it.each(['\t=cmd|calc', '\r=1+1', '=1+1'])('a display name %j lands in the exports as text', async (name) => {
    const { bot, exports } = exportingBot();
    const result = await sharedWalk(bot, 'card-csv2');
    await bot.click(button(result, 'Add to review summary'), {
      conversation: thread,
      from: { id: 'user-m', name },
      replyToId: 'card-csv2',
    });
    const { csv, tsv } = await exports();
    expect(csv.split('\n')[1].split(',').at(-2)!).toMatch(/^"?'/);
    const cells = tsv.split('\n')[1].split('\t');
    expect(cells).toHaveLength(7);
    expect(cells.at(-2)).toMatch(/^'/);
  });
});

describe('item 10: the tenant allow-list', () => {
  const personal = (tenantId: string, channelTenant = tenantId) => ({
    conversation: { id: 'c-10', conversationType: 'personal', tenantId },
    channelData: { tenant: { id: channelTenant } },
  });

  it('compares tenant ids without case', async () => {
    const bot = createTestBot(memoryStore(), { allowedTenants: ['AAAAAAAA-0000-0000-0000-00000000000A'] });
    const replies = await bot.say('start', personal('aaaaaaaa-0000-0000-0000-00000000000a'));
    expect(cardTexts(firstCard(replies))).toContain('Which workload is blocked?');
  });

  it('refuses an activity whose conversation and channel data name different tenants', async () => {
    const bot = createTestBot(memoryStore(), { allowedTenants: ['tenant-1'] });
    expect((await bot.say('start', personal('tenant-1', 'tenant-2')))[0].text).toBe(
      'This bot is not available to your organisation.',
    );
    expect((await bot.click({ verb: 'start', data: {} }, personal('tenant-2', 'tenant-1'))).status).toBe(403);
  });
});

describe('item 11: a card action whose value is not an object', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it.each([true, [], 'start', 5, {}, { action: null }, { action: [] }, { action: { verb: 7 } }, null])(
    'value %j gets the "out of date" card, not 501',
    async (value) => {
      const invoke = { ...teamsInvoke('start', {}), value };
      const res = await server.post(invoke);
      expect(res.status).toBe(200);
      const body = (await res.json()) as { value: Card };
      expect(cardTexts(body.value)[0]).toBe('This card is out of date');
    },
  );
});

describe('item 12: what a user typed shows as typed', () => {
  const link = '[Verify your account](https://evil.example/login)';
  const controls = 'Contoso\u0007\u202Egnp.exe';
  /** A control character other than a line break, or a right-to-left override. */
  const BELL_OR_OVERRIDE = /[^\P{Cc}\n\r]|\u202E/u;

  it('a customer name after start is shown only as plain text runs', async () => {
    const bot = createTestBot();
    const card = firstCard(await bot.say(`start ${link}`));
    expectValidCard(card);
    expect(placesOf(card, link)).toEqual(['TextRun']);
    const walk = (await bot.click(button(card, 'Teams'))).card;
    expect(placesOf(walk, 'evil.example').every((type) => type === 'TextRun')).toBe(true);
  });

  it('a description taken with "That’s it" reaches the result’s notes line only as plain text', async () => {
    const bot = createTestBot();
    const description = `EA renewal stalled, see ${link} **now**`;
    const suggestion = firstCard(await bot.say(description));
    const result = (await bot.click(button(suggestion, 'That’s it'))).card;
    expectValidCard(result);
    expect(placesOf(result, 'evil.example').length).toBeGreaterThan(0);
    expect(placesOf(result, 'evil.example').every((type) => AS_TYPED.has(type))).toBe(true);
  });

  it('drops bell and right-to-left override characters from cards, display names and the exports', async () => {
    const { bot, exports } = exportingBot();
    const card = firstCard(await bot.say(`start ${controls}`));
    expect(cardTexts(card).join('')).not.toMatch(BELL_OR_OVERRIDE);
    let shared = firstCard(await say(bot, 'Dana', `start ${controls}`));
    shared = (
      await bot.click(button(shared, 'Teams'), {
        conversation: thread,
        from: { id: 'user-x', name: 'Mallory\u202Eoknow' },
        replyToId: 'card-12',
      })
    ).card;
    const result = await sharedWalk(bot, 'card-12b', controls);
    await clickAs(bot, 'Dana', 'card-12b', button(result, 'Add to review summary'));
    const { csv, tsv } = await exports();
    // The table for Excel holds tabs of its own, between the cells: the cells hold none.
    for (const shown of [shared, firstCard(await say(bot, 'Dana', 'summary'))])
      expect(cardTexts(shown).filter((text) => text !== tsv)).not.toContainEqual(
        expect.stringMatching(BELL_OR_OVERRIDE),
      );
    expect(csv).not.toMatch(BELL_OR_OVERRIDE);
    expect(tsv.split(/[\t\n]/)).not.toContainEqual(expect.stringMatching(BELL_OR_OVERRIDE));
    expect(tsv.split(/[\t\n]/)).toContainEqual(expect.stringMatching(/^Contoso/));
  });
});

describe('item 14: malformed mentions', () => {
  it.each([[[null]], [[{ type: 'mention' }]], [[{ type: 'mention', mentioned: { id: 'bot' } }]], [['x', 7, []]]])(
    'entities %j are ignored like any unreadable entity',
    async (entities) => {
      const bot = createTestBot();
      const replies = await bot.send({ type: 'message', text: 'help', entities, from: person('Dana') });
      expect(cardTexts(firstCard(replies))[0]).toBe('What I can do');
    },
  );

  it('over HTTP too, through the real adapter', async () => {
    const server = await startServer();
    const res = await server.post(teamsMessage('help', { entities: [null, { type: 'mention', text: 5 }] }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { activities: { attachments: { content: Card }[] }[] };
    expect(cardTexts(body.activities[0].attachments[0].content)[0]).toBe('What I can do');
    await server.close();
  });
});
