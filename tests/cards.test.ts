import { LOCALES } from '../src/locales';
import { SummaryRow } from '../src/state/summary';
import { Node, button, cardButtons, cardTexts, expectValidCard, nodes } from './support/adaptiveCards';
import { createTestBot, firstCard, views } from './support/bot';
import { WINDOWS_IMAGE_L2, WINDOWS_IMAGE_WALK } from './support/walks';

/** What a busy FM sees on a shared screen: a short result, the way to the rest, help that leads with the fastest path. */

/** The texts a user sees before unfolding anything: without the hidden container. */
const visibleTexts = (card: unknown) =>
  cardTexts(JSON.parse(JSON.stringify(card, (_key, value: Node) => (value?.isVisible === false ? undefined : value))));

const walk = WINDOWS_IMAGE_WALK;
const l2 = WINDOWS_IMAGE_L2;

describe('the result card', () => {
  const card = views.walk.result(LOCALES.en, walk, { phase: 'assignment' });
  const page = LOCALES.en.playbook.l2[l2];

  it('shows the verdict, the notes line once, the FTOP fields that change by phase, and folds the rest', () => {
    expectValidCard(card);
    const shown = visibleTexts(card);
    expect(shown.slice(0, 3)).toEqual([
      'Blocked › Customer IT Infrastructure and Remediation',
      'blocked / customer-it-infrastructure-remediation',
      expect.stringMatching(/^\d+% sure after 2 answers$/),
    ]);
    expect(shown.filter((t) => t.includes('Blocked – '))).toHaveLength(1);
    expect(shown.filter((t) => /^(L2 value|Owner|Next action to be taken): /.test(t))).toEqual([
      'L2 value: Customer IT Infrastructure and Remediation',
      'Owner: Delivery FM',
      'Next action to be taken: Kickoff meeting',
    ]);
    expect(shown).not.toContain(page.definition);
    expect(shown.some((t) => t.startsWith('L3 value'))).toBe(false);
    // One click away: the definition, confirm questions, borders and the whole FTOP table.
    const all = cardTexts(card);
    expect(all).toContain(page.definition);
    expect(all).toContain('Not this L2 when…');
    expect(all.some((t) => t.startsWith('L3 value: '))).toBe(true);
    const toggle = nodes(card).find((n) => n.type === 'Action.ToggleVisibility')!;
    expect(toggle.title).toBe('Details');
    const hidden = nodes(card).find((n) => n.isVisible === false)!;
    expect(toggle.targetElements).toEqual([hidden.id]);
  });

  it('has one primary action, styled as such; the rest wait in the overflow menu', () => {
    const actions = card.actions as Node[];
    expect(actions.filter((a) => a.mode !== 'secondary').map((a) => [a.title, a.style])).toEqual([
      ['Add to review summary', 'positive'],
    ]);
    expect(actions.filter((a) => a.mode === 'secondary').map((a) => a.title)).toEqual([
      'Choose the L2 myself',
      'Back',
      'Start over',
    ]);
  });

  it('gives the notes line in a CodeBlock (Teams copies it in one click) with the same text for other clients', () => {
    const block = nodes(card).find((n) => n.type === 'CodeBlock')!;
    expect(block.codeSnippet).toMatch(/^Blocked – Customer IT Infrastructure and Remediation \[/);
    expect(block.fallback).toEqual({
      type: 'RichTextBlock',
      inlines: [{ type: 'TextRun', text: block.codeSnippet, fontType: 'Monospace', size: 'Small' }],
    });
  });

  it('tells the Change buttons apart for a screen reader', () => {
    const changes = cardButtons(card).filter((b) => b.verb === 'change');
    expect(changes.map((b) => b.tooltip)).toEqual([
      'Change the answer to “What is mainly in the way?”',
      "Change the answer to “What in the customer's environment must change first?”",
    ]);
  });

  it('in German and Chinese, shows FTOP fields as the English portal does, the language beside, and the right terms', () => {
    const de = cardTexts(views.walk.result(LOCALES.de, walk, { phase: 'assignment' }));
    expect(de).toContain('Owner (Verantwortlich): Delivery FM (Durchführung FM)');
    expect(de).toContain(
      'L2 value (L2-Wert): Customer IT Infrastructure and Remediation (IT-Infrastruktur des Kunden und Korrektur)',
    );
    const zh = cardTexts(views.walk.result(LOCALES['zh-CN'], walk, { phase: 'assignment' }));
    expect(zh).toContain('L1 value（L1 值）: Blocked（受阻）');
    expect(zh).toContain('FTOP 备注');
    expect(zh.join('\n')).not.toMatch(/价值|笔记/);
  });

  it('in the Delivery phase, names the next action for the L2 found, not “depends on the L2”', () => {
    const texts = cardTexts(views.walk.result(LOCALES.en, walk, { phase: 'delivery' }));
    expect(texts).toContain(`Next action to be taken: Remove the blocker: ${page.name}`);
    expect(texts.join('\n')).not.toContain('Depends on');
  });

  it('opens the L2’s full page in one click, and that page leads back to the same result', async () => {
    const bot = createTestBot();
    const full = (await bot.click(button(card, 'Full L2 page'))).card;
    expectValidCard(full);
    expect(cardTexts(full)[0]).toBe(page.name);
    expect(cardTexts(full)).toContain('Fits, for example');
    const back = (await bot.click(button(full, 'Back to the result'))).card;
    expect(cardTexts(back)).toEqual(cardTexts(card));
  });
});

describe('welcome and help', () => {
  it('lead with the fastest path, describing the blocker, then the commands', async () => {
    const t = LOCALES.en;
    const welcome = views.notice.welcome(t);
    expect(cardTexts(welcome)[1]).toMatch(/^Fastest: describe the blocker here in your own words/);
    const help = firstCard(await createTestBot().say('help'));
    expectValidCard(help);
    expect(cardTexts(help)[1]).toBe(t.ui.welcome.fastest);
    const commands = cardTexts(help)
      .filter((text) => /^[a-z <>L2]+: /.test(text))
      .map((text) => text.split(':')[0]);
    expect(commands).toEqual(
      expect.arrayContaining(['start', 'list', 'explain <L2>', 'summary', 'summary csv', 'clear summary', 'language']),
    );
  });
});

describe('the summary card', () => {
  it('offers a new triage as its primary action; clearing waits in the overflow menu, marked destructive', () => {
    const rows: SummaryRow[] = [
      {
        cardKey: 'k',
        workload: 'teams',
        l2: 'partner-engagement',
        notes: 'n',
        confirmedBy: 'Dana',
        at: '2026-11-22T10:00:00.000Z',
      },
    ];
    const card = views.review.summary(LOCALES.en, rows, false);
    expectValidCard(card);
    const actions = card.actions as Node[];
    expect(actions.map((a) => [a.title, a.style, a.mode])).toEqual([
      ['Start triage', 'positive', 'primary'],
      ['Clear summary', 'destructive', 'secondary'],
    ]);
    // One copy block per thing to copy.
    expect(
      nodes(card)
        .filter((n) => n.type === 'CodeBlock')
        .map((n) => n.codeSnippet),
    ).toEqual(['Teams | n']);
    // Where bots cannot send files, the table for Excel is a second copy block.
    const shared = views.review.summary(LOCALES.en, rows, true);
    expectValidCard(shared);
    expect(nodes(shared).filter((n) => n.type === 'CodeBlock')).toHaveLength(2);
  });
});
