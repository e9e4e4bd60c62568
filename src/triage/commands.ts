import { L2_IDS, L2Id } from '../playbook/ids';
import { CommandName, LOCALES, LocaleText } from '../locales';
import { CJK_CHAR } from './script';

export type ParsedText =
  { readonly command: CommandName; readonly argument: string } | { readonly command: 'none'; readonly text: string };

/** Lower case, one space between words, no punctuation around: what comparisons of typed words use. */
export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .replace(/^[\s"'“”‘’«»„.,;:!¡¿]+|[\s"'“”‘’«»„.,;:!¡¿]+$/gu, '');
}

export const COMMAND_NAMES: readonly CommandName[] = [
  'start',
  'help',
  'list',
  'explain',
  'summary',
  'clearSummary',
  'language',
];
/** Commands that take the rest of the text as an argument ("explain billing", "summary csv", "start Contoso"). */
const TAKES_ARGUMENT: ReadonlySet<CommandName> = new Set(['explain', 'summary', 'start']);
/** "start <customer>" names a customer in a few words; longer text after "start" is a description. */
const MAX_CUSTOMER_WORDS = 5;
const MAX_CUSTOMER_CHARS = 80;
/**
 * Chinese and Japanese are written without spaces: "解释应用兼容性" is explain + an L2. Not for start,
 * whose argument is a customer name and would swallow a description typed after it.
 */

/** Every command word of every language, longest first so "explain" wins over a shorter prefix. */
const COMMAND_WORDS: readonly (readonly [string, CommandName])[] = Object.values(LOCALES as Record<string, LocaleText>)
  .flatMap((t) =>
    COMMAND_NAMES.flatMap((name) => t.ui.commandWords[name].map((word) => [normalize(word), name] as const)),
  )
  .sort((a, b) => b[0].length - a[0].length);

/**
 * A command when the text is one of the command words (in any language the bot speaks), or starts
 * with one followed by a space for the commands that take an argument. Anything else is free text.
 */
export function parseText(text: string): ParsedText {
  const normal = normalize(text);
  for (const [word, command] of COMMAND_WORDS) {
    if (normal === word) return { command, argument: '' };
    if (!TAKES_ARGUMENT.has(command)) continue;
    if (command !== 'start' && CJK_CHAR.test(word) && normal.startsWith(word))
      return { command, argument: normal.slice(word.length).trim() };
    if (!normal.startsWith(`${word} `)) continue;
    if (command !== 'start') return { command, argument: normal.slice(word.length + 1).trim() };
    // The customer keeps the case it was typed in.
    const customer = text
      .trim()
      .slice(text.trim().indexOf(' ') + 1)
      .trim();
    if (customer.length <= MAX_CUSTOMER_CHARS && customer.split(/\s+/).length <= MAX_CUSTOMER_WORDS)
      return { command, argument: customer };
  }
  return { command: 'none', text: text.trim() };
}

function words(text: string): string[] {
  return normalize(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter(Boolean);
}

/**
 * The L2s whose id or name (in any language the bot speaks) is what was typed (`exact`), and those
 * whose name or id contains every word typed (`partial`, the exact ones included), in playbook order.
 */
export function nameMatches(query: string): { exact: L2Id[]; partial: L2Id[] } {
  const typed = words(query);
  if (typed.length === 0) return { exact: [], partial: [] };
  const key = typed.join(' ');
  const names = (l2: L2Id) => [
    l2,
    ...Object.values(LOCALES as Record<string, LocaleText>).map((t) => t.playbook.l2[l2].name),
  ];
  const exact = L2_IDS.filter((l2) => names(l2).some((name) => words(name).join(' ') === key));
  const partial = L2_IDS.filter((l2) =>
    names(l2).some((name) => {
      const nameWords = words(name);
      return typed.every((w) => nameWords.some((n) => n.startsWith(w) || (CJK_CHAR.test(w) && n.includes(w))));
    }),
  );
  return { exact, partial };
}

/**
 * The L2 a user means by an id or a name, in any language the bot speaks: exact id or name first,
 * then the one L2 whose name or id contains every word typed. Undefined when none or several fit.
 */
export function findL2(query: string): L2Id | undefined {
  const { exact, partial } = nameMatches(query);
  if (exact.length === 1) return exact[0];
  return partial.length === 1 ? partial[0] : undefined;
}
