import { VerbButton, VerbInput, VerbName } from '../verbs';
/** Small formatting rules shared by the views. */

export function percent(probability: number): number {
  return Math.round(probability * 100);
}

export function numbered(items: readonly string[]): string[] {
  return items.map((item, i) => `${i + 1}. ${item}`);
}

/** `blocked / <l2 id>`: how every card names an L2 by id. */
export function l2Path(l2: string): string {
  return `blocked / ${l2}`;
}

/**
 * Text a user typed (a customer name, a description, a display name), made safe to show: control
 * characters (BEL...) but the line break become spaces and the invisible format characters that reorder or hide text
 * (right-to-left overrides, zero-width marks) are dropped. Cards show it only in TextRuns, which
 * Teams never reads as Markdown, and spreadsheets get it through `spreadsheetCell`.
 */
export function literal(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\p{Cf}/gu, '')
    .replace(/[^\P{Cc}\n]+/gu, ' ');
}

/** How a cell that a spreadsheet reads as a formula starts (OWASP's list; some read past leading blanks). */
const FORMULA_START = /^[\t\r]|^\s*[=+\-@]/;

/**
 * A cell of a file we export (CSV, TSV), shown as the text it is: the user's text made literal, and
 * a cell that a spreadsheet would run as a formula ("=HYPERLINK(...)", "+1", "@SUM") starts with an
 * apostrophe, which spreadsheets show as text and do not display.
 */
export function spreadsheetCell(text: string): string {
  const safe = literal(text);
  return FORMULA_START.test(text) || FORMULA_START.test(safe) ? `'${safe}` : safe;
}

/** A card button as the templates bind it: its title, what a screen reader says, how it looks, where it sits. */
export interface CardAction<V extends VerbName> {
  readonly title: string;
  readonly verb: V;
  readonly data: VerbInput<V>;
  /** Tells apart buttons that read the same ("Explain" beside each L2): screen readers say it. */
  readonly tooltip: string;
  readonly style: 'default' | 'positive' | 'destructive';
  /** Secondary buttons go into the card's overflow menu (…). */
  readonly mode: 'primary' | 'secondary';
}

export function action<V extends VerbName>(
  title: string,
  target: VerbButton<V>,
  options: Partial<Pick<CardAction<V>, 'tooltip' | 'style' | 'mode'>> = {},
): CardAction<V> {
  return {
    title,
    ...target,
    tooltip: options.tooltip ?? title,
    style: options.style ?? 'default',
    mode: options.mode ?? 'primary',
  };
}
