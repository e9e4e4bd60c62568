import { CommandName, LocaleText } from '../locales';
import { Walk } from '../triage/walk';
import { INVOKE_NAMES, InvokeAnswer, InvokeName, InvokeValues } from './invokes';
import { Turn, Reply } from './turn';
import { VERBS, VerbData, VerbName } from './verbs';
import { CardJson } from './views/cards';
import { WalkContext } from './views/walkViews';

/**
 * The route tables: each feature (src/bot/features/) says which typed commands and which card verbs
 * it answers, with one handler each. The router (src/bot/router.ts) finds a handler by name; no
 * other code decides by a verb or a command.
 */

/** What a typed command or free text is answered with. */
export type TextHandler = (turn: Turn, argument: string) => Reply | Promise<Reply>;
/** The typed commands, and `describe` for any other text (a blocker described in the user's words). */
export type TextRoute = CommandName | 'describe';

/** A card as a click shows it, and the walk it is about (so a shared card knows who answered what). */
export interface Shown {
  readonly card: CardJson;
  readonly walk?: Walk;
}

export interface ViewContext extends WalkContext {
  readonly t: LocaleText;
}

/**
 * What a button does. `view` is pure: the card for the click's data, in a language, for a shared
 * card's context; the same click always shows the same card, so cards are cached and a shared card
 * can be drawn again from the click that made it. `effect` is what the click changes in the store,
 * before the card is shown; it must be safe to repeat.
 */
export interface VerbRoute<V extends VerbName> {
  readonly view: (data: VerbData<V>, context: ViewContext) => Shown;
  readonly effect?: (turn: Turn, data: VerbData<V>) => Promise<void>;
  /**
   * In a channel or group chat the card is shared: it becomes everyone's card, and a click on an
   * older state of it shows the current one. Verbs that change the user's own settings are not.
   */
  readonly shared: boolean;
  /** The click puts the result into the review summary, and the card says who did. */
  readonly settles?: boolean;
  /** The card is drawn in this language rather than the user's (the language picker). */
  readonly language?: (data: VerbData<V>) => LocaleText | undefined;
}

export type VerbRoutes = { readonly [V in VerbName]?: VerbRoute<V> };

/** What an invoke (a message extension's, a file consent's) is answered with; its value was read and checked at the edge. */
export type InvokeHandler<N extends InvokeName> = (
  turn: Turn,
  value: InvokeValues[N],
) => InvokeAnswer | Promise<InvokeAnswer>;
export type InvokeRoutes = { readonly [N in InvokeName]?: InvokeHandler<N> };

export interface Feature {
  readonly text?: Partial<Readonly<Record<TextRoute, TextHandler>>>;
  readonly verbs?: VerbRoutes;
  readonly invokes?: InvokeRoutes;
}

/** Every text route, verb and invoke of `features` has exactly one handler, or this says which do not. */
export function routeProblems(features: readonly Feature[], textRoutes: readonly TextRoute[]): string[] {
  const problems: string[] = [];
  const count = (names: string[]) => names.reduce((m, n) => m.set(n, (m.get(n) ?? 0) + 1), new Map<string, number>());
  const verbs = count(features.flatMap((f) => Object.keys(f.verbs ?? {})));
  const text = count(features.flatMap((f) => Object.keys(f.text ?? {})));
  const invokes = count(features.flatMap((f) => Object.keys(f.invokes ?? {})));
  for (const verb of Object.keys(VERBS))
    if (verbs.get(verb) !== 1) problems.push(`verb ${verb}: ${verbs.get(verb) ?? 0} handlers`);
  for (const route of textRoutes)
    if (text.get(route) !== 1) problems.push(`text ${route}: ${text.get(route) ?? 0} handlers`);
  for (const name of INVOKE_NAMES)
    if (invokes.get(name) !== 1) problems.push(`invoke ${name}: ${invokes.get(name) ?? 0} handlers`);
  for (const name of [...verbs.keys()]) if (!(name in VERBS)) problems.push(`verb ${name} is not declared`);
  return problems;
}
