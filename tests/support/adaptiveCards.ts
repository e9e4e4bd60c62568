// The official Adaptive Cards SDK; its UMD bundle runs in Node without a DOM.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js') as typeof import('adaptivecards');

/** Element and action types Teams renders (no Input.* here: the bot uses buttons only). */
const TEAMS_TYPES = new Set([
  'AdaptiveCard',
  'TextBlock',
  'RichTextBlock',
  'TextRun',
  'Container',
  'ColumnSet',
  'Column',
  'FactSet',
  'ActionSet',
  'Image',
  'Action.Execute',
  'Action.Submit',
  'Action.OpenUrl',
  'Action.ShowCard',
  'Action.ToggleVisibility',
  'CodeBlock',
]);

/** What the official parser says of an element type it does not know, before it uses the fallback. */
const UNKNOWN_CODE_BLOCK = 'Unknown element type "CodeBlock". Fallback will be used if present.';

export interface Node {
  type?: unknown;
  [key: string]: unknown;
}

/** Every object in a card, at any depth, the card itself first. */
export function nodes(node: unknown, into: Node[] = []): Node[] {
  if (Array.isArray(node)) node.forEach((n) => nodes(n, into));
  else if (node !== null && typeof node === 'object') {
    into.push(node as Node);
    Object.values(node).forEach((v) => nodes(v, into));
  }
  return into;
}

/**
 * Teams draws a CodeBlock with a copy button; the official parser and other clients do not know it.
 * One is accepted only with the fallback those clients show instead: a RichTextBlock of monospace
 * TextRuns with exactly the same text.
 */
function codeBlockProblems(block: Node): string[] {
  const fallback = block.fallback as Node | undefined;
  const runs = (fallback?.inlines ?? []) as Node[];
  const text = runs.map((run) => run.text).join('');
  if (typeof block.codeSnippet !== 'string' || typeof block.language !== 'string')
    return ['CodeBlock without codeSnippet or language'];
  if (fallback?.type !== 'RichTextBlock' || runs.length === 0) return ['CodeBlock without a RichTextBlock fallback'];
  if (runs.some((run) => run.type !== 'TextRun' || run.fontType !== 'Monospace'))
    return ['CodeBlock fallback not in monospace TextRuns'];
  return text === block.codeSnippet ? [] : ['CodeBlock fallback does not show the same text'];
}

function collectStrings(node: unknown, into: string[] = []): string[] {
  if (typeof node === 'string') into.push(node);
  else if (Array.isArray(node)) node.forEach((n) => collectStrings(n, into));
  else if (node !== null && typeof node === 'object') Object.values(node).forEach((v) => collectStrings(v, into));
  return into;
}

/**
 * Every problem the official parser reports for a card (parse and validation events, errors and
 * warnings alike), plus what Teams would not show: a version above 1.5, an element type Teams
 * lacks, or a template binding left unexpanded.
 */
export function cardProblems(card: unknown, options: { allowBindings?: boolean } = {}): string[] {
  const problems: string[] = [];
  const json = card as { type?: unknown; version?: unknown };
  if (json?.type !== 'AdaptiveCard') problems.push('not an AdaptiveCard');
  const version = typeof json?.version === 'string' ? json.version.split('.').map(Number) : [];
  if (version.length !== 2 || version[0] !== 1 || version[1] > 5)
    problems.push(`version ${String(json?.version)} is not 1.0 to 1.5`);
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  parsed.parse(card, context);
  const codeBlocks = nodes(card).filter((n) => n.type === 'CodeBlock');
  let unknownCodeBlocks = 0;
  for (let i = 0; i < context.eventCount; i++) {
    const message = context.getEventAt(i).message;
    if (message === UNKNOWN_CODE_BLOCK && unknownCodeBlocks++ < codeBlocks.length) continue;
    problems.push(`parse: ${message}`);
  }
  for (const block of codeBlocks) problems.push(...codeBlockProblems(block));
  for (const event of parsed.validateProperties().validationEvents) problems.push(`validate: ${event.message}`);
  for (const type of nodes(card)
    .map((n) => n.type)
    .filter((t): t is string => typeof t === 'string'))
    if (!TEAMS_TYPES.has(type)) problems.push(`type ${type} is not used by Teams cards here`);
  if (!options.allowBindings)
    for (const s of collectStrings(card)) if (s.includes('${')) problems.push(`unexpanded binding: ${s.slice(0, 60)}`);
  return problems;
}

/** Jest-friendly: the card itself when it has no problems, so `expect(valid(card))` reads well. */
export function expectValidCard(card: unknown, options?: { allowBindings?: boolean }): void {
  const problems = cardProblems(card, options);
  if (problems.length > 0)
    throw new Error(`Card problems:\n${problems.join('\n')}\n${JSON.stringify(card).slice(0, 400)}`);
}

/** All TextBlock and TextRun texts and FactSet titles/values of a card, in order: what a person reads. */
export function cardTexts(card: unknown): string[] {
  const texts: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if (n.type === 'TextBlock' && typeof n.text === 'string') texts.push(n.text);
    // A CodeBlock reads as its text (its fallback, skipped below, shows the same).
    if (n.type === 'CodeBlock' && typeof n.codeSnippet === 'string') texts.push(n.codeSnippet);
    // A RichTextBlock reads as one text: its runs joined.
    if (n.type === 'RichTextBlock' && Array.isArray(n.inlines)) {
      texts.push(
        (n.inlines as { text?: unknown }[]).map((run) => (typeof run.text === 'string' ? run.text : '')).join(''),
      );
      return;
    }
    if (n.type === 'FactSet' && Array.isArray(n.facts))
      for (const f of n.facts as { title: string; value: string }[]) texts.push(`${f.title}: ${f.value}`);
    Object.entries(n).forEach(([k, v]) => k !== 'fallback' && walk(v));
  };
  walk(card);
  return texts;
}

export interface CardButton {
  title: string;
  /** What a screen reader says for it: the title unless the button has a tooltip. */
  tooltip: string;
  verb: string;
  data: Record<string, unknown>;
}

/** Every Action.Execute button of a card (not their Submit fallbacks). */
export function cardButtons(card: unknown): CardButton[] {
  const buttons: CardButton[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if (n.type === 'Action.Execute')
      buttons.push({
        title: String(n.title),
        tooltip: String(n.tooltip ?? n.title),
        verb: String(n.verb),
        data: n.data as Record<string, unknown>,
      });
    Object.entries(n).forEach(([k, v]) => k !== 'fallback' && walk(v));
  };
  walk(card);
  return buttons;
}

/** The button with this title; throws with the titles present when there is none. */
export function button(card: unknown, title: string): CardButton {
  const all = cardButtons(card);
  const found = all.find((b) => b.title === title);
  if (!found) throw new Error(`No button "${title}" on the card; buttons: ${all.map((b) => b.title).join(' | ')}`);
  return found;
}

/**
 * How wide a title reads, in the width of a Latin letter: Chinese, Japanese and Korean characters
 * and full-width forms count twice, as they take about twice the room.
 */
export function titleWidth(title: string): number {
  return [...title].reduce((sum, ch) => sum + (WIDE.test(ch) ? 2 : 1), 0);
}
const WIDE =
  /[\u1100-\u115f\u2e80-\u303f\u3040-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * What fits on a card 340 px wide (a phone), as measured in the Agents Playground: a button's title
 * takes about 8.3 px per Latin letter (a Chinese or Japanese character about twice that), inside
 * 282 px, so 34 letters fit; and three buttons to a row at most. The overflow menu (…) is a button too.
 */
export const MAX_TITLE_WIDTH = 34;
export const MAX_BUTTONS_PER_ROW = 3;

/** Every row of buttons on a card: the card's own actions and each ActionSet, as titles (… for an overflow menu). */
export function buttonRows(card: unknown): string[][] {
  const rows: string[][] = [];
  const row = (actions: Node[]) => {
    const primary = actions.filter((a) => a.mode !== 'secondary').map((a) => String(a.title));
    rows.push(actions.length > primary.length ? [...primary, '…'] : primary);
  };
  const json = card as { actions?: Node[] };
  if (json.actions?.length) row(json.actions);
  for (const n of nodes((card as { body?: unknown }).body))
    if (n.type === 'ActionSet' && Array.isArray(n.actions)) row(n.actions as Node[]);
  return rows;
}

/** Buttons that would be cut at 340 px, and rows with more buttons than a phone shows side by side. */
export function overflowRisks(card: unknown): string[] {
  return buttonRows(card).flatMap((titles) => [
    ...(titles.length > MAX_BUTTONS_PER_ROW ? [`${titles.length} buttons in one row: ${titles.join(' | ')}`] : []),
    ...titles.filter((title) => titleWidth(title) > MAX_TITLE_WIDTH).map((title) => `too long for 340 px: ${title}`),
  ]);
}
