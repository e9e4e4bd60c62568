import { WALK_VERSION } from '../src/bot/verbs';
import { WalkViews } from '../src/bot/views/walkViews';
import { button, cardButtons, cardTexts, expectValidCard } from './support/adaptiveCards';
import { LOCALES } from '../src/locales';
import { createTestBot, firstCard, views } from './support/bot';

type Bot = ReturnType<typeof createTestBot>;

/** Starts a triage by typing "start", picks the workload, and returns the first question card. */
async function startWalk(bot: Bot, workload = 'Microsoft 365 Apps') {
  const workloadCard = firstCard(await bot.say('start'));
  expectValidCard(workloadCard);
  const { card } = await bot.click(button(workloadCard, workload));
  expectValidCard(card);
  return card;
}

describe('turns through TestAdapter', () => {
  it('welcomes the user when the bot is added to a conversation', async () => {
    const bot = createTestBot();
    const replies = await bot.send({
      type: 'conversationUpdate',
      membersAdded: [{ id: 'bot', name: 'Triage' }],
      recipient: { id: 'bot', name: 'Triage' },
    });
    const card = firstCard(replies);
    expectValidCard(card);
    expect(cardTexts(card)[0]).toBe('Blocker triage for FastTrack');
    expect(cardButtons(card).map((b) => b.title)).toEqual(['Start triage', 'Help', 'Language']);
  });

  it('does not welcome again when someone else joins', async () => {
    const bot = createTestBot();
    const replies = await bot.send({
      type: 'conversationUpdate',
      membersAdded: [{ id: 'user-2' }],
      recipient: { id: 'bot' },
    });
    expect(replies).toEqual([]);
  });

  it('welcomes a user who first speaks with something it does not understand, then offers the walk', async () => {
    const bot = createTestBot();
    const first = firstCard(await bot.say('hello there'));
    expect(cardTexts(first)[0]).toBe('Blocker triage for FastTrack');
    const second = firstCard(await bot.say('hello again'));
    expectValidCard(second);
    expect(cardTexts(second)[0]).toBe('I’m not sure which L2 this is. Let’s walk through it.');
    expect(cardButtons(second).map((b) => [b.title, b.verb])).toEqual([
      ['Walk me through it', 'start'],
      ['Show all L2s', 'choose'],
    ]);
  });

  it.each(['start', '  START ', 'Triage', 'start.'])(
    '"%s" starts a triage with the workload question',
    async (text) => {
      const bot = createTestBot();
      const card = firstCard(await bot.say(text));
      expectValidCard(card);
      expect(cardTexts(card)).toContain('Which workload is blocked?');
      expect(cardButtons(card).map((b) => b.title)).toEqual([
        'Microsoft 365 Apps',
        'Teams',
        'Another workload',
        'Choose the L2 myself',
        'List L2s',
      ]);
    },
  );

  it('walks a Microsoft 365 Apps blocker with packaging problems to Customer IT Infrastructure, card by card', async () => {
    const bot = createTestBot();
    const first = await startWalk(bot);
    expect(cardTexts(first)[0]).toBe('Question 1 of at most 8 · Microsoft 365 Apps');
    expect(cardTexts(first)[1]).toBe('What is mainly in the way?');
    expect(cardButtons(first).map((b) => b.title)).toEqual([
      'Their IT environment',
      'Their IT team',
      'Users or the business',
      "Missing in Microsoft's service",
      'Their own apps',
      'A partner',
      'Licences or contracts',
      'Trust in the service',
      'Not sure',
      'Back',
      'Start over',
      'Choose the L2 myself',
    ]);
    const detail = (await bot.click(button(first, 'Their IT environment'))).card;
    expectValidCard(detail);
    expect(cardTexts(detail)).toContain("What in the customer's environment must change first?");
    // The seed's Microsoft 365 Apps questions come first.
    expect(
      cardButtons(detail)
        .slice(0, 4)
        .map((b) => b.title),
    ).toEqual([
      'Waiting for the Windows 10 image',
      'Package creation or deployment',
      'Channel communications issues',
      'The update solution',
    ]);
    const result = (await bot.click(button(detail, 'Package creation or deployment'))).card;
    expectValidCard(result);
    const texts = cardTexts(result);
    expect(texts[0]).toBe('Blocked › Customer IT Infrastructure and Remediation');
    expect(texts[1]).toBe('blocked / customer-it-infrastructure-remediation');
    expect(texts[2]).toMatch(/^\d+% sure after 2 answers$/);
    expect(texts.some((t) => t.startsWith('Dependencies on surrounding IT infrastructure'))).toBe(true);
    // The questions to confirm are the ones still open: not the fact the user picked.
    expect(texts).toContain('1. Are there problems with setting up desktops or devices for the service?');
    expect(texts.join('\n')).not.toContain(
      'For Microsoft 365 Apps: Are there problems with package creation or deployment?',
    );
    expect(texts).toContain('For Microsoft 365 Apps: Is the customer experiencing channel communications issues?');
    expect(texts).toContain(
      'IT department does not have the expertise in the needed architecture to deploy the service. → IT Change Management and Resourcing',
    );
    expect(texts).toContain('FTOP fields, Assignment phase');
    expect(texts).toContain('Who updates FTOP: Assignment FM');
    expect(texts).toContain('L2 value: Customer IT Infrastructure and Remediation');
    expect(texts).toContain('Next action to be taken: Kickoff meeting');
    const notes = texts.find((t) => t.startsWith('Blocked – '))!;
    expect(notes).toBe(
      "Blocked – Customer IT Infrastructure and Remediation [customer-it-infrastructure-remediation] (Microsoft 365 Apps): something in the customer's IT environment is in the way; problems with package creation or deployment.",
    );
    expect(cardButtons(result).map((b) => b.title)).toEqual(
      expect.arrayContaining([
        'Add to review summary',
        'Show for Delivery',
        'Choose the L2 myself',
        'Back',
        'Start over',
      ]),
    );
  });

  it('walks a Teams blocker "waiting to deploy Exchange first" to Customer IT Infrastructure', async () => {
    const bot = createTestBot();
    const detail = (await bot.click(button(await startWalk(bot, 'Teams'), 'Their IT environment'))).card;
    expect(cardButtons(detail)[0].title).toBe('Exchange to be deployed first');
    const result = (await bot.click(button(detail, 'Exchange to be deployed first'))).card;
    expect(cardTexts(result)[0]).toBe('Blocked › Customer IT Infrastructure and Remediation');
    expect(cardTexts(result).find((t) => t.startsWith('Blocked – '))).toContain('waiting to deploy Exchange first');
  });

  it('walks the yes/no path for a user not sure of the kind', async () => {
    const bot = createTestBot();
    let card = (await bot.click(button(await startWalk(bot, 'Another workload'), 'Not sure'))).card;
    const asked: string[] = [];
    while (cardButtons(card).some((b) => b.verb === 'answer' && b.title === 'Yes')) {
      const question = cardTexts(card)[1];
      asked.push(question);
      card = (await bot.click(button(card, /partner what holds things up/.test(question) ? 'Yes' : 'No'))).card;
      expectValidCard(card);
    }
    expect(cardTexts(card)).toContain('What about the partner is in the way?');
    const result = (await bot.click(button(card, 'Partner stopped responding'))).card;
    expect(cardTexts(result)[0]).toBe('Blocked › Partner Engagement');
    expect(asked.length + 2).toBeLessThanOrEqual(8);
  });

  it('says plainly when the answers do not settle it, with the candidates side by side and no summary button', async () => {
    const bot = createTestBot();
    let card = await startWalk(bot, 'Another workload');
    while (cardButtons(card).some((b) => b.verb === 'answer')) card = (await bot.click(button(card, 'Not sure'))).card;
    expectValidCard(card);
    const texts = cardTexts(card);
    expect(texts[0]).toBe('The answers do not settle it');
    expect(texts).toContain('These L2s fit what you answered. Pick the one that matches, or choose from all eight.');
    const candidates = cardButtons(card).filter((b) => b.verb === 'pick');
    expect(candidates.length).toBeGreaterThanOrEqual(2);
    expect(candidates.length).toBeLessThanOrEqual(3);
    expect(candidates.every((b) => b.title.startsWith('Use '))).toBe(true);
    expect(texts.some((t) => t.startsWith('Confidence'))).toBe(false);
    expect(cardButtons(card).map((b) => b.title)).not.toContain('Add to review summary');
    const picked = (await bot.click(candidates[0])).card;
    expect(cardTexts(picked)).toContain('Chosen by you');
    expect(cardButtons(picked).map((b) => b.title)).toContain('Add to review summary');
  });

  it('switches the FTOP fields to the Delivery phase', async () => {
    const bot = createTestBot();
    const detail = (await bot.click(button(await startWalk(bot, 'Another workload'), 'Licences or contracts'))).card;
    const result = (await bot.click(button(detail, 'EA or contract stalled'))).card;
    expect(cardTexts(result)[0]).toBe('Blocked › Billing, Licensing and Subscription');
    const delivery = (await bot.click(button(result, 'Show for Delivery'))).card;
    expectValidCard(delivery);
    const texts = cardTexts(delivery);
    expect(texts).toEqual(
      expect.arrayContaining([
        'FTOP fields, Delivery phase',
        'Who updates FTOP: Delivery FM',
        'Owner: Account Team',
        'Target date: Projected unblock date',
        'Next action date: TBD',
      ]),
    );
    expect(cardButtons(delivery).map((b) => b.title)).toContain('Show for Assignment');
  });

  it('goes back a question, starts over, and lets the user choose the L2', async () => {
    const bot = createTestBot();
    const first = await startWalk(bot);
    const second = (await bot.click(button(first, 'Not sure'))).card;
    expect(cardTexts(second)[0]).toMatch(/^Question 2/);
    const backAgain = (await bot.click(button(second, 'Back'))).card;
    expect(cardTexts(backAgain)).toEqual(cardTexts(first));
    const backToWorkload = (await bot.click(button(backAgain, 'Back'))).card;
    expect(cardTexts(backToWorkload)).toContain('Which workload is blocked?');
    const over = (await bot.click(button(second, 'Start over'))).card;
    expect(cardTexts(over)).toContain('Which workload is blocked?');

    const choose = (await bot.click(button(second, 'Choose the L2 myself'))).card;
    expectValidCard(choose);
    expect(cardButtons(choose).filter((b) => b.title === 'Use this L2')).toHaveLength(8);
    const partner = cardButtons(choose).find((b) => b.title === 'Use this L2' && b.data.l2 === 'partner-engagement')!;
    const chosen = (await bot.click(partner)).card;
    expectValidCard(chosen);
    expect(cardTexts(chosen)[0]).toBe('Blocked › Partner Engagement');
    expect(cardTexts(chosen)).toContain('Chosen by you');
    // Back from a chosen result returns to the question the walk was at.
    const resumed = (await bot.click(button(chosen, 'Back'))).card;
    expect(cardTexts(resumed)).toEqual(cardTexts(second));
  });

  /** A Microsoft 365 Apps walk to IT Change Management: the IT team, short of staff. */
  async function itTeamResult(bot: Bot) {
    const detail = (await bot.click(button(await startWalk(bot), 'Their IT team'))).card;
    return (await bot.click(button(detail, 'Too few IT staff, time or budget'))).card;
  }

  it('offers the runner-ups on the result and switches to one in a click, in the phase shown', async () => {
    const bot = createTestBot();
    const result = await itTeamResult(bot);
    expect(cardTexts(result)[0]).toBe('Blocked › IT Change Management and Resourcing');
    const delivery = (await bot.click(button(result, 'Show for Delivery'))).card;
    expect(cardTexts(delivery)).toContain('FTOP fields, Delivery phase');
    const runnerUps = cardButtons(delivery).filter((b) => b.verb === 'pick');
    expect(runnerUps).toHaveLength(3);
    // Each says which L2 it uses, to a screen reader too; none is the result's own.
    expect(runnerUps.map((b) => b.title)).toEqual(['Use', 'Use', 'Use']);
    expect(new Set(runnerUps.map((b) => b.tooltip)).size).toBe(3);
    expect(runnerUps.map((b) => b.tooltip).join()).not.toContain('IT Change Management');
    const texts = cardTexts(delivery);
    expect(texts).toContain('Not right? Other candidates');
    expect(texts.filter((t) => / · \d+%$/.test(t))).toHaveLength(3);
    const switched = (await bot.click(runnerUps[0])).card;
    expect(cardTexts(switched)).toContain('Chosen by you');
    expect(cardTexts(switched)[0]).toBe(`Blocked › ${runnerUps[0].tooltip.replace(/^Use /, '')}`);
    expect(cardTexts(switched)).toContain('FTOP fields, Delivery phase');
  });

  it('changes an earlier answer from the result card in one click', async () => {
    const bot = createTestBot();
    const result = await itTeamResult(bot);
    const changes = cardButtons(result).filter((b) => b.verb === 'change');
    expect(changes).toHaveLength(2);
    const again = (await bot.click(changes[1])).card;
    expect(cardTexts(again)[0]).toBe('Question 2 of at most 8 · Microsoft 365 Apps');
    expect(cardTexts(again)).toContain("What about the customer's IT team is in the way?");
  });

  it('gives the same card when Teams repeats a click, not a second step', async () => {
    const bot = createTestBot();
    const first = await startWalk(bot);
    const once = (await bot.click(button(first, 'Not sure'))).card;
    const twice = (await bot.click(button(first, 'Not sure'))).card;
    expect(twice).toEqual(once);
    expect(cardTexts(twice)[0]).toMatch(/^Question 2/);
  });

  describe('bad card data gets the out-of-date card, never an exception', () => {
    const staleTitle = 'This card is out of date';
    let bot: Bot;
    let first: Record<string, unknown>;
    beforeEach(async () => {
      bot = createTestBot();
      first = await startWalk(bot);
    });
    const expectStale = async (b: { verb: string; data: unknown }) => {
      const { status, card } = await bot.click(b as never);
      expect(status).toBe(200);
      expectValidCard(card);
      expect(cardTexts(card)[0]).toBe(staleTitle);
      expect(cardButtons(card).map((x) => x.title)).toContain('Start triage');
    };
    it('an unknown verb', () => expectStale({ verb: 'launch-missiles', data: {} }));
    it('an answer to a question the walk is not at, or one that question does not take', async () => {
      const partner = button(first, 'A partner');
      await expectStale({ verb: 'answer', data: { ...partner.data, q: 'commercial', ans: 'y' } });
      await expectStale({ verb: 'answer', data: { ...partner.data, ans: 'y' } });
    });
    it('forged answers', () => {
      const partner = button(first, 'A partner');
      const w = partner.data.w as { a: unknown[] };
      return expectStale({ verb: 'answer', data: { ...partner.data, w: { ...w, a: [['bil-capex', 'y']] } } });
    });
    it('a card from another version of the questions', () => {
      const partner = button(first, 'A partner');
      return expectStale({
        verb: 'answer',
        data: { ...partner.data, w: { ...(partner.data.w as object), v: 'older' } },
      });
    });
    it('wrong types and missing fields', async () => {
      await expectStale({ verb: 'answer', data: { w: 'x', q: 1, ans: 'maybe' } });
      await expectStale({ verb: 'answer', data: null });
      await expectStale({ verb: 'pick', data: { w: { v: WALK_VERSION, wl: 'teams', a: [] }, l2: 'no-such-l2' } });
      await expectStale({ verb: 'result', data: { w: { v: WALK_VERSION, wl: 'teams', a: [] }, ph: 'someday' } });
    });
    it('a quoted message’s link that is not https, or an author too long to be a name', async () => {
      const w = { v: WALK_VERSION, wl: 'teams', a: [] };
      await expectStale({ verb: 'result', data: { w: { ...w, o: { l: 'javascript:alert(1)' } }, ph: 'assignment' } });
      await expectStale({ verb: 'start', data: { o: { a: 'x'.repeat(65) } } });
      await expectStale({ verb: 'start', data: { o: 'Dana' } });
    });
    it('an oversized payload', () =>
      expectStale({ verb: 'explain', data: { l2: 'app-compatibility', pad: 'x'.repeat(20_000) } }));
  });

  it('answers a failure on its side with a card that can repeat the click', async () => {
    const bot = createTestBot();
    const first = await startWalk(bot);
    const spy = jest.spyOn(WalkViews.prototype, 'question').mockImplementationOnce(() => {
      throw new Error('boom');
    });
    const { status, card } = await bot.click(button(first, 'Not sure'));
    spy.mockRestore();
    expect(status).toBe(200);
    expectValidCard(card);
    expect(cardTexts(card)).toEqual([
      'Something went wrong on my side',
      'Your answers are kept on this card. Try again, or start over.',
    ]);
    const retry = (await bot.click(button(card, 'Try again'))).card;
    expect(retry).toEqual((await bot.click(button(first, 'Not sure'))).card);
  });

  it('handles an Action.Submit fallback like the Universal Action, updating the card in place in Teams', async () => {
    const bot = createTestBot();
    const first = await startWalk(bot);
    const unsure = button(first, 'Not sure');
    const expected = (await bot.click(unsure)).card;
    const update = jest.spyOn(bot.adapter, 'updateActivity');
    const replies = await bot.send({ type: 'message', value: unsure.data, replyToId: 'card-1' });
    expect(replies).toEqual([]);
    expect(update).toHaveBeenCalledTimes(1);
    const updated = update.mock.calls[0][1];
    expect(updated.id).toBe('card-1');
    expect(updated.attachments![0].content).toEqual(expected);
    // Elsewhere (no message updates) it arrives as a new message.
    const elsewhere = await bot.send({ type: 'message', value: unsure.data, channelId: 'webchat' });
    expect(firstCard(elsewhere)).toEqual(expected);
  });

  it('lists the eight L2s and explains one by id, by name or by a few words', async () => {
    const bot = createTestBot();
    const list = firstCard(await bot.say('LIST'));
    expectValidCard(list);
    expect(cardButtons(list).filter((b) => b.title === 'Explain')).toHaveLength(8);
    for (const text of ['explain app-compatibility', 'Explain App Compatibility', 'explain  app compat ']) {
      const card = firstCard(await bot.say(text));
      expectValidCard(card);
      expect(cardTexts(card)[0]).toBe('App Compatibility');
    }
    const infra = firstCard(await bot.say('explain customer it infrastructure'));
    const texts = cardTexts(infra);
    expect(texts).toContain('Workload-specific questions for Microsoft 365 Apps');
    expect(texts).toContain('Workload-specific questions for Teams');
    expect(texts).toContain('1. Is the customer waiting to deploy Exchange first?');
    const explained = (await bot.click(button(list, 'Explain'))).card;
    expect(cardTexts(explained)[0]).toBe('Customer IT Infrastructure and Remediation');
  });

  it('says so when explain names no L2, and lists them', async () => {
    const bot = createTestBot();
    const card = firstCard(await bot.say('explain quantum widgets'));
    expectValidCard(card);
    expect(cardTexts(card)[1]).toBe(
      'I don’t know an L2 called “quantum widgets”. Here are all eight; type explain and an id or a name.',
    );
    const empty = firstCard(await bot.say('explain'));
    expect(cardTexts(empty)[1]).toMatch(/^Which L2\?/);
  });

  it('shows help', async () => {
    const bot = createTestBot();
    const card = firstCard(await bot.say('help'));
    expectValidCard(card);
    expect(cardTexts(card)).toEqual(
      expect.arrayContaining([
        'start: Start a guided triage (also: triage).',
        'list: List the eight L2 reasons of Blocked.',
      ]),
    );
  });

  describe('in a channel or group chat', () => {
    const channel = (text: string, mentions: { id: string; name: string }[]) => ({
      type: 'message' as const,
      text,
      conversation: { id: '19:abc@thread.tacv2;messageid=1', conversationType: 'channel', isGroup: true },
      recipient: { id: 'bot', name: 'Triage' },
      entities: mentions.map((m) => ({ type: 'mention', mentioned: m, text: `<at>${m.name}</at>` })),
    });

    it('stays quiet unless it is @mentioned', async () => {
      const bot = createTestBot();
      expect(await bot.send(channel('start', []))).toEqual([]);
      expect(await bot.send(channel('<at>Alice</at> start', [{ id: 'alice', name: 'Alice' }]))).toEqual([]);
    });

    it('answers an @mention, with only its own mention removed', async () => {
      const bot = createTestBot();
      const card = firstCard(await bot.send(channel('<at>Triage</at> start', [{ id: 'bot', name: 'Triage' }])));
      expect(cardTexts(card)).toContain('Which workload is blocked?');
      const explain = firstCard(
        await bot.send(
          channel('<at>Triage</at> explain <at>Partner</at>', [
            { id: 'bot', name: 'Triage' },
            { id: 'user-7', name: 'Partner' },
          ]),
        ),
      );
      // "<at>Partner</at>" stays in the text: it names the Partner Engagement L2.
      expect(cardTexts(explain)[0]).toBe('Partner Engagement');
    });

    it('replies in the same thread', async () => {
      const bot = createTestBot();
      const replies = await bot.send(channel('<at>Triage</at> help', [{ id: 'bot', name: 'Triage' }]));
      expect(replies[0].conversation?.id).toBe('19:abc@thread.tacv2;messageid=1');
    });
  });

  it('does not crash on a message without text (attachments only)', async () => {
    const bot = createTestBot();
    await bot.say('help');
    const replies = await bot.send({
      type: 'message',
      attachments: [{ contentType: 'image/png', contentUrl: 'https://example.invalid/x.png' }],
    });
    expect(cardTexts(firstCard(replies))[0]).toBe('Blocker triage for FastTrack');
  });

  it('says nothing to an L2 card put into a message from the search, and reads the words sent with one', async () => {
    const bot = createTestBot();
    await bot.say('help');
    // Teams marks where a message extension's card was inserted with a span, and attaches the card.
    const inserted =
      '<span class="inline-compose-card" itemid="0" itemtype="http://schema.skype.com/InputExtension"><span content="0" itemprop="cardId"></span></span>';
    const card = {
      contentType: 'application/vnd.microsoft.card.adaptive',
      content: views.l2.compact(LOCALES.en, 'partner-engagement'),
    };
    expect(await bot.send({ type: 'message', text: inserted, attachments: [card] })).toEqual([]);
    const replies = await bot.send({
      type: 'message',
      text: `${inserted} the partner stopped answering us`,
      attachments: [card],
    });
    const suggestion = firstCard(replies);
    expect(cardTexts(suggestion)[0]).toBe('Looks like: Partner Engagement');
    expect(cardTexts(suggestion)).toContain('the partner stopped answering us');
  });
});
