import { button, cardButtons, cardTexts, expectValidCard } from './support/adaptiveCards';
import { createTestBot, firstCard } from './support/bot';
import { isQuestion } from './support/walks';

/**
 * The FTOP notes line on every path to a result: only what the user said or answered, no
 * placeholder, no workload nobody picked, and the user's own words kept whatever they click.
 */

type Bot = ReturnType<typeof createTestBot>;
type Card = Record<string, unknown>;

/** The notes line of a result card, as its copy block holds it (the line that starts with the L1). */
function notes(card: Card): string {
  const line = cardTexts(card).find((t) => t.startsWith('Blocked – '));
  if (!line) throw new Error(`no notes line on: ${cardTexts(card).slice(0, 4).join(' / ')}`);
  return line;
}

/** Words no notes line may hold: the old placeholder, a workload nobody picked, a "not given" customer. */
const NEVER = /describe the blocking issue|Another workload|\(not given\)/;

async function suggestion(bot: Bot, text: string): Promise<Card> {
  await bot.say('help'); // not the first contact: free text gets a suggestion
  const card = firstCard(await bot.say(text));
  expect(cardTexts(card)[0]).toMatch(/^Looks like: /);
  return card;
}

const click = async (bot: Bot, card: Card, title: string) => (await bot.click(button(card, title))).card;

/** Answers the walk with the given picks (by button title), No to anything else, until the result. */
async function walk(bot: Bot, card: Card, picks: string[]): Promise<Card> {
  for (let step = 0; step < 9 && isQuestion(card); step++) {
    const titles = cardButtons(card).map((b) => b.title);
    card = await click(bot, card, picks.find((p) => titles.includes(p)) ?? 'No');
  }
  expectValidCard(card);
  return card;
}

describe('the notes line on every path', () => {
  it('free text, “That’s it”: the L2 and the user’s words, no workload when the text names none', async () => {
    const bot = createTestBot();
    const card = await suggestion(bot, 'cx waiting on EA renewal, ETA Q3');
    const line = notes(await click(bot, card, 'That’s it'));
    expect(line).toBe(
      'Blocked – Billing, Licensing and Subscription [billing-licensing-subscription]: cx waiting on EA renewal, ETA Q3.',
    );
  });

  it('free text naming a workload, “That’s it”: the workload the user named', async () => {
    const bot = createTestBot();
    const card = await suggestion(bot, "can't roll out M365 Apps until the Win10 image is finished");
    expect(notes(await click(bot, card, 'That’s it'))).toBe(
      'Blocked – Customer IT Infrastructure and Remediation [customer-it-infrastructure-remediation] (Microsoft 365 Apps): ' +
        "can't roll out M365 Apps until the Win10 image is finished.",
    );
  });

  it('“Walk me through it”: the user’s words first, then what the answers established', async () => {
    const bot = createTestBot();
    const card = await suggestion(bot, "can't roll out M365 Apps until the Win10 image is finished");
    const question = await click(bot, card, 'Walk me through it');
    const result = await walk(bot, question, ['Their IT environment', 'Waiting for the Windows 10 image']);
    const line = notes(result);
    expect(line).toMatch(
      /^Blocked – Customer IT Infrastructure and Remediation \[customer-it-infrastructure-remediation\] \(Microsoft 365 Apps\): can't roll out M365 Apps until the Win10 image is finished; /,
    );
    expect(line).not.toMatch(NEVER);
  });

  it('a walk changed halfway, and a runner-up picked: the words stay, only the picked L2’s findings', async () => {
    const bot = createTestBot();
    const card = await suggestion(bot, 'partner has not answered for weeks, Teams rollout stuck');
    const question = await click(bot, card, 'Walk me through it');
    let result = await walk(bot, question, ['A partner', 'Partner stopped responding']);
    expect(notes(result)).toContain('partner has not answered for weeks, Teams rollout stuck');
    // Change the first answer, walk again.
    const change = cardButtons(result).find((b) => b.verb === 'change')!;
    result = await walk(bot, (await bot.click(change)).card, ['A partner', 'Partner stopped responding']);
    expect(notes(result)).toContain('partner has not answered for weeks, Teams rollout stuck');
    const runnerUp = cardButtons(result).find((b) => b.verb === 'pick')!;
    const picked = notes((await bot.click(runnerUp)).card);
    expect(picked).toContain(`[${String(runnerUp.data.l2)}]`);
    expect(picked).toContain('partner has not answered for weeks, Teams rollout stuck');
    expect(picked).not.toMatch(/stopped responding/i);
  });

  it('“Show all L2s” from a suggestion, then a pick: the user’s words, no workload', async () => {
    const bot = createTestBot();
    const card = await suggestion(bot, 'the business is not ready, nobody trained the users');
    const list = await click(bot, card, 'Show all L2s');
    const pick = cardButtons(list).find((b) => b.data.l2 === 'adoption-readiness')!;
    expect(notes((await bot.click(pick)).card)).toBe(
      'Blocked – Adoption Readiness [adoption-readiness]: the business is not ready, nobody trained the users.',
    );
  });

  it('“Choose the L2 myself” with nothing said: the L2 alone, no placeholder, no workload', async () => {
    const bot = createTestBot();
    const start = firstCard(await bot.say('start'));
    const list = await click(bot, start, 'Choose the L2 myself');
    const pick = cardButtons(list).find((b) => b.data.l2 === 'service-reliability')!;
    expect(notes((await bot.click(pick)).card)).toBe('Blocked – Service Reliability [service-reliability].');
  });

  it('a walk whose answers establish nothing for the L2 picked: the L2 and workload, no placeholder', async () => {
    const bot = createTestBot();
    const start = firstCard(await bot.say('start'));
    const question = await click(bot, start, 'Teams');
    const result = await walk(bot, question, ['Their IT environment', 'Network, VPN, firewall, bandwidth']);
    const list = await click(bot, result, 'Choose the L2 myself');
    const pick = cardButtons(list).find((b) => b.data.l2 === 'partner-engagement')!;
    expect(notes((await bot.click(pick)).card)).toBe('Blocked – Partner Engagement [partner-engagement] (Teams).');
  });

  it('the summary’s “Copy for FTOP” line holds only what was given: no “(not given)” customer, no unpicked workload', async () => {
    const bot = createTestBot();
    const card = await suggestion(bot, 'cx waiting on EA renewal, ETA Q3');
    const result = await click(bot, card, 'That’s it');
    await click(bot, result, 'Add to review summary');
    const summary = firstCard(await bot.say('summary'));
    expectValidCard(summary);
    const texts = cardTexts(summary);
    expect(texts[0]).toBe('Review summary: 1 blocker');
    expect(texts[texts.indexOf('Copy for FTOP') + 1]).toBe(notes(result));
    expect(texts.join('\n')).not.toMatch(NEVER);
  });

  it('a description with Markdown and a template stays literal in the notes line', async () => {
    const bot = createTestBot();
    const card = await suggestion(bot, 'EA **renewal** ${user} not signed <b>yet</b>');
    expect(notes(await click(bot, card, 'That’s it'))).toContain('EA **renewal** ${user} not signed <b>yet</b>');
  });
});
