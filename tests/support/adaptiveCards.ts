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
]);

/** Teams' own elements, which the official parser does not know: allowed with a fallback other clients show. */
const TEAMS_ONLY_TYPES = new Set(['CodeBlock']);

/** Teams-only elements without a fallback, as problems. */
function fallbackProblems(node: unknown, into: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => fallbackProblems(n, into));
  else if (node !== null && typeof node === 'object') {
    const { type, fallback } = node as { type?: unknown; fallback?: unknown };
    if (typeof type === 'string' && TEAMS_ONLY_TYPES.has(type) && (fallback === null || typeof fallback !== 'object'))
      into.push(`${type} has no fallback for clients other than Teams`);
    Object.values(node).forEach((v) => fallbackProblems(v, into));
  }
  return into;
}

function collectTypes(node: unknown, into: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => collectTypes(n, into));
  else if (node !== null && typeof node === 'object') {
    const type = (node as { type?: unknown }).type;
    if (typeof type === 'string') into.push(type);
    Object.values(node).forEach((v) => collectTypes(v, into));
  }
  return into;
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
  for (let i = 0; i < context.eventCount; i++) {
    const { message } = context.getEventAt(i);
    if (![...TEAMS_ONLY_TYPES].some((type) => message.startsWith(`Unknown element type "${type}"`)))
      problems.push(`parse: ${message}`);
  }
  problems.push(...fallbackProblems(card));
  for (const event of parsed.validateProperties().validationEvents) problems.push(`validate: ${event.message}`);
  for (const type of collectTypes(card))
    if (!TEAMS_TYPES.has(type) && !TEAMS_ONLY_TYPES.has(type))
      problems.push(`type ${type} is not used by Teams cards here`);
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
      buttons.push({ title: String(n.title), verb: String(n.verb), data: n.data as Record<string, unknown> });
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
