import { L2_IDS } from '../src/playbook/ids';
import { QUESTIONS } from '../src/playbook/questions';
import { button, cardButtons, cardProblems, cardTexts, expectValidCard } from './support/adaptiveCards';
import { createTestBot, firstCard } from './support/bot';

/** Teams refuses bot messages over about 28 KB. */
const TEAMS_MESSAGE_LIMIT = 28 * 1024;

/** A bot that has already greeted the user, so free text gets a suggestion rather than the welcome. */
async function greetedBot() {
  const bot = createTestBot();
  await bot.say('help');
  return bot;
}

describe('free text in chat: the suggestion card', () => {
  it('names the L2, says why and how sure, with the two runner-ups as buttons and three ways on', async () => {
    const bot = await greetedBot();
    const card = firstCard(await bot.say("can't roll out M365 Apps until the Win10 image is finished"));
    expectValidCard(card);
    const texts = cardTexts(card);
    expect(texts[0]).toBe('Looks like: Customer IT Infrastructure and Remediation');
    expect(texts[1]).toBe('blocked / customer-it-infrastructure-remediation');
    expect(texts).toContain("can't roll out M365 Apps until the Win10 image is finished");
    // Never "100%": an estimate.
    expect(texts.find((t) => t.startsWith('Confidence: '))).toMatch(/^Confidence: 9\d%$/);
    expect(texts.find((t) => t.includes('points to'))).toMatch(
      /Win10.*points to Customer IT Infrastructure and Remediation/,
    );
    expect(texts).toContain('Also possible');
    expect(cardButtons(card).map((b) => [b.title, b.verb])).toEqual([
      ['Use', 'pick'],
      ['Use', 'pick'],
      ['That’s it', 'result'],
      ['Walk me through it', 'workload'],
      ['Show all L2s', 'choose'],
    ]);
    const [first, second] = cardButtons(card).filter((b) => b.verb === 'pick');
    expect(first.tooltip).not.toBe(second.tooltip);
    expect(texts.filter((t) => / · \d+%$/.test(t))).toHaveLength(2);
  });

  it('opens a candidate’s result in one click, with the description kept', async () => {
    const bot = await greetedBot();
    const card = firstCard(await bot.say('Kunde wartet auf neuen EA-Vertrag'));
    const candidate = cardButtons(card).filter((b) => b.verb === 'pick')[0];
    const result = (await bot.click(candidate)).card;
    expectValidCard(result);
    const l2 = candidate.data.l2 as string;
    const texts = cardTexts(result);
    expect(texts[0]).toBe(`Blocked › ${candidate.tooltip.replace(/^Use /, '')}`);
    expect(texts).toContain('Chosen by you');
    expect(texts.find((t) => t.startsWith('Blocked – '))).toMatch(
      new RegExp(`\\[${l2}\\]: Kunde wartet auf neuen EA-Vertrag\\.$`),
    );
  });

  it('“That’s it” gives the result card with the description as the FTOP notes', async () => {
    const bot = await greetedBot();
    const card = firstCard(await bot.say('Kunde wartet auf neuen EA-Vertrag'));
    const result = (await bot.click(button(card, 'That’s it'))).card;
    expectValidCard(result);
    const texts = cardTexts(result);
    expect(texts[0]).toBe('Blocked › Billing, Licensing and Subscription');
    expect(texts).toContain(
      'Blocked – Billing, Licensing and Subscription [billing-licensing-subscription]: Kunde wartet auf neuen EA-Vertrag.',
    );
  });

  it('“That’s it” keeps the suggestion’s confidence, reasons and runners-up', async () => {
    const bot = await greetedBot();
    const card = firstCard(await bot.say('Kunde wartet auf neuen EA-Vertrag'));
    const suggested = cardTexts(card);
    const result = (await bot.click(button(card, 'That’s it'))).card;
    const texts = cardTexts(result);
    const percent = suggested.find((t) => t.startsWith('Confidence: '))!.replace('Confidence: ', '');
    expect(texts).toContain(`${percent} sure, from your description`);
    expect(texts).not.toContain('Chosen by you');
    // The same reasons under "Why", not "no answers given".
    const reasons = suggested.filter((t) => t.includes('points to') || t.startsWith('Like “'));
    expect(reasons.length).toBeGreaterThan(0);
    expect(texts).toEqual(expect.arrayContaining(['Why', ...reasons]));
    // The same two runners-up, with the same figures, each a button.
    const runners = (c: unknown) => cardTexts(c).filter((t) => / · \d+%$/.test(t));
    expect(runners(result)).toEqual(runners(card));
    expect(
      cardButtons(result)
        .filter((b) => b.verb === 'pick')
        .map((b) => b.tooltip),
    ).toEqual(
      cardButtons(card)
        .filter((b) => b.verb === 'pick')
        .map((b) => b.tooltip),
    );
  });

  it('“Walk me through it” starts with the suggested L2’s own questions, in the workload the text names', async () => {
    const bot = await greetedBot();
    const card = firstCard(await bot.say('Teams rollout stuck: the partner has not answered Microsoft for weeks'));
    expect(cardTexts(card)[0]).toBe('Looks like: Partner Engagement');
    const question = (await bot.click(button(card, 'Walk me through it'))).card;
    expectValidCard(question);
    expect(cardTexts(question)[0]).toMatch(/^Question 1 of at most 8 · Teams$/);
    const own = cardButtons(question).find((b) => b.verb === 'answer')!.data.q as string;
    expect(QUESTIONS.find((q) => q.id === own)).toMatchObject({ owner: 'partner-engagement' });
  });

  it('“Walk me through it” asks the workload first when the text names none', async () => {
    const bot = await greetedBot();
    const card = firstCard(await bot.say('users have not been trained and the business is not ready'));
    const next = (await bot.click(button(card, 'Walk me through it'))).card;
    expect(cardTexts(next)).toContain('Which workload is blocked?');
    // The walk starts from what the description said: its reading, in percent per L2.
    const data = cardButtons(next).find((b) => b.title === 'Teams')!.data as { wl: string; p: number[] };
    expect(data.wl).toBe('teams');
    expect(L2_IDS[data.p.indexOf(Math.max(...data.p))]).toBe('adoption-readiness');
  });

  it('“Show all L2s” lists the eight to pick from, and the pick keeps the description', async () => {
    const bot = await greetedBot();
    const card = firstCard(await bot.say('outage last month, exec sponsor lost trust in EXO'));
    const list = (await bot.click(button(card, 'Show all L2s'))).card;
    expectValidCard(list);
    const picks = cardButtons(list).filter((b) => b.verb === 'pick');
    expect(picks).toHaveLength(8);
    // Nothing was answered, so nothing is said to be kept; going on is the walk.
    expect(cardTexts(list)).toContain('Pick the L2 that fits.');
    expect(cardButtons(list).map((b) => b.title)).toContain('Walk me through it');
    const picked = (await bot.click(picks.find((b) => b.data.l2 === 'adoption-readiness')!)).card;
    expect(cardTexts(picked).find((t) => t.startsWith('Blocked – '))).toBe(
      'Blocked – Adoption Readiness [adoption-readiness]: outage last month, exec sponsor lost trust in EXO.',
    );
  });

  it('shows the user’s text literally: templates, Markdown and HTML are neither evaluated nor rendered', async () => {
    const bot = await greetedBot();
    const text =
      '${$root.title} **EA** <b>contract</b> [link](https://evil.example) _stalled_ ${if(true, "x", "y")} {l2}';
    const card = firstCard(await bot.say(text));
    // The text sits in a TextRun, which Teams shows as plain text; only our own template bindings are checked.
    expect(cardProblems(card, { allowBindings: true })).toEqual([]);
    const runs: { type: string; text: string }[] = [];
    JSON.stringify(
      card,
      (_key, value: { type?: string; text: string }) => (
        value?.type === 'TextRun' && runs.push(value as (typeof runs)[0]),
        value
      ),
    );
    expect(runs.map((r) => r.text)).toContain(text);
    // Nowhere else: no TextBlock (which renders Markdown) carries it.
    const blocks: string[] = [];
    JSON.stringify(
      card,
      (_key, value: { type?: string; text: string }) => (value?.type === 'TextBlock' && blocks.push(value.text), value),
    );
    expect(blocks.filter((b) => b.includes('**EA**') || b.includes('<b>'))).toEqual([]);
  });

  it.each([
    ['emoji only', '😀🚀🔥'],
    ['a single character', 'x'],
    ['control characters', '\u0000\u0007\u001b[31m\u202e'],
    ['a language we do not speak', 'Le client attend toujours la signature du contrat'],
  ])('%s: says it is not sure and offers the walk', async (_, text) => {
    const bot = await greetedBot();
    const card = firstCard(await bot.say(text));
    expectValidCard(card, { allowBindings: true });
    expect(cardTexts(card)[0]).toBe('I’m not sure which L2 this is. Let’s walk through it.');
    expect(cardButtons(card).map((b) => b.title)).toEqual(['Walk me through it', 'Show all L2s']);
  });

  it('100 KB of text: the card repeats only the start and stays within Teams’ message size', async () => {
    const bot = await greetedBot();
    const text = 'Customer network bandwidth too low for Teams media, proxy must be upgraded. '.repeat(1400);
    const replies = await bot.say(text);
    const card = firstCard(replies);
    expectValidCard(card);
    expect(cardTexts(card)[0]).toBe('Looks like: Customer IT Infrastructure and Remediation');
    expect(cardTexts(card).some((t) => t.endsWith('… (shortened)') && t.length < 600)).toBe(true);
    expect(Buffer.byteLength(JSON.stringify(replies[0]))).toBeLessThan(TEAMS_MESSAGE_LIMIT);
  });

  it('mixed languages still get an answer', async () => {
    const bot = await greetedBot();
    const card = firstCard(await bot.say('Kunde wartet auf EA, 合同还没签, contract stalled'));
    expect(cardTexts(card)[0]).toBe('Looks like: Billing, Licensing and Subscription');
  });

  it('answers a description after an @mention in a channel, in the thread', async () => {
    const bot = createTestBot();
    const replies = await bot.send({
      type: 'message',
      text: '<at>Triage</at> helpdesk not ready to support Teams, no budget for more staff',
      conversation: { id: '19:c@thread.tacv2;messageid=7', conversationType: 'channel', isGroup: true },
      recipient: { id: 'bot', name: 'Triage' },
      entities: [{ type: 'mention', mentioned: { id: 'bot', name: 'Triage' }, text: '<at>Triage</at>' }],
    });
    expect(cardTexts(firstCard(replies))[0]).toBe('Looks like: IT Change Management and Resourcing');
    expect(replies[0].conversation?.id).toBe('19:c@thread.tacv2;messageid=7');
  });
});
