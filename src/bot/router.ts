import { LRUCache } from 'lru-cache';
import { LocaleText } from '../locales';
import { StoreUnavailable } from '../state/errors';
import { SharedCard, SharedCards } from '../state/sharedCards';
import { COMMAND_NAMES, parseText } from '../triage/commands';
import { WalkEngine } from '../triage/walk';
import { Invoke, InvokeAnswer, InvokeName } from './invokes';
import { Feature, InvokeHandler, Shown, TextHandler, TextRoute, VerbRoute, ViewContext, routeProblems } from './routes';
import { Logger } from './logger';
import { Reply, Turn } from './turn';
import { Click, VerbName, parseClick } from './verbs';
import { CardJson, offeredActions, actionFingerprint, stampActions } from './views/cards';
import { NoticeViews } from './views/noticeViews';

/** What a click is answered with, and whether the shared card moved so that everyone should see it. */
export interface ClickResult {
  readonly card: CardJson;
  /** The shared card's message, when this click changed it for everyone. */
  readonly updateForEveryone?: string;
}

/** The text routes every bot has; features must answer each one. */
export const TEXT_ROUTES: readonly TextRoute[] = [...COMMAND_NAMES, 'describe'];

/** Longest name recorded as who answered or settled on a shared card. */
const MAX_NAME_LENGTH = 64;

export interface RouterDeps {
  readonly features: readonly Feature[];
  readonly logger: Logger;
  readonly engine: WalkEngine;
  readonly sharedCards: SharedCards;
  readonly noticeViews: NoticeViews;
  /** Cards already drawn, by language, verb, data and shared context: most clicks are a lookup. */
  readonly cardCache: LRUCache<string, Shown>;
}

/**
 * Finds the handler for a typed text or a click in the features' route tables, and runs a click
 * the way its conversation needs: on its own data in a 1:1 chat, as a step of the shared card in a
 * channel or group chat.
 */
export class Router {
  private readonly text: ReadonlyMap<TextRoute, TextHandler>;
  private readonly verbs: ReadonlyMap<VerbName, VerbRoute<VerbName>>;
  private readonly invokes: ReadonlyMap<InvokeName, InvokeHandler<InvokeName>>;

  constructor(private readonly deps: RouterDeps) {
    const problems = routeProblems(deps.features, TEXT_ROUTES);
    if (problems.length > 0) throw new Error(`The routes are broken:\n${problems.join('\n')}`);
    this.text = new Map(deps.features.flatMap((f) => Object.entries(f.text ?? {}) as [TextRoute, TextHandler][]));
    this.verbs = new Map(
      deps.features.flatMap((f) => Object.entries(f.verbs ?? {}) as [VerbName, VerbRoute<VerbName>][]),
    );
    this.invokes = new Map(
      deps.features.flatMap((f) => Object.entries(f.invokes ?? {}) as [InvokeName, InvokeHandler<InvokeName>][]),
    );
  }

  /** A message extension's or a file consent's invoke, its value already read into plain data. */
  async invoke(turn: Turn, invoke: Invoke): Promise<InvokeAnswer> {
    return this.invokes.get(invoke.name)!(turn, invoke.value);
  }

  /** A typed message: a command in any language the bot speaks, or a description of a blocker. */
  async message(turn: Turn, text: string): Promise<Reply> {
    const parsed = parseText(text);
    const [route, argument] =
      parsed.command === 'none' ? (['describe', parsed.text] as const) : [parsed.command, parsed.argument];
    return this.text.get(route)!(turn, argument);
  }

  /**
   * A card button. Data that is not what this bot's buttons carry gets the "out of date" card; a
   * failure on our side (not the store's) gets a card that can repeat the same click.
   */
  async click(turn: Turn, verb: unknown, data: unknown): Promise<ClickResult> {
    const parsed = parseClick(verb, data, this.deps.engine);
    if (!parsed.ok) return { card: this.deps.noticeViews.stale(turn.t) };
    const { click } = parsed;
    try {
      return await this.run(turn, click);
    } catch (error) {
      if (error instanceof StoreUnavailable) throw error;
      this.deps.logger.error({ err: error, verb: click.verb }, 'card action failed');
      return { card: this.deps.noticeViews.error(turn.t, { verb: click.verb, data: rawData(click) }) };
    }
  }

  private async run(turn: Turn, click: Click): Promise<ClickResult> {
    const route = this.route(click);
    if (route.shared && turn.conversation.shared && turn.cardId !== undefined)
      return this.sharedClick(turn, click, route, turn.cardId);
    await route.effect?.(turn, click.data);
    const by = turn.from.name.slice(0, MAX_NAME_LENGTH);
    return { card: this.show(turn.t, click, route, route.settles ? { settledBy: by } : {}).card };
  }

  private route(click: Click): VerbRoute<VerbName> {
    return this.verbs.get(click.verb)!;
  }

  /** The click's card, from the cache when anyone has seen it in this language and context. */
  private show(t: LocaleText, click: Click, route: VerbRoute<VerbName>, context: Omit<ViewContext, 't'>): Shown {
    const language = route.language?.(click.data) ?? t;
    const key = JSON.stringify([
      language.languageName,
      click.verb,
      rawData(click),
      context.answeredBy,
      context.settledBy,
    ]);
    let shown = this.deps.cardCache.get(key);
    if (!shown) this.deps.cardCache.set(key, (shown = route.view(click.data, { ...context, t: language })));
    return shown;
  }

  /**
   * A click on a card shared in a channel or group chat. The card's state is the click that made what
   * everyone sees; a click counts only when it was made on that state (its sequence number) and on a
   * button that state shows, so a late click, a repeated invoke or forged data changes nothing and
   * gets the current card. Who answered and who settled are recorded only for a click that counts.
   */
  private async sharedClick(
    turn: Turn,
    click: Click,
    route: VerbRoute<VerbName>,
    cardId: string,
  ): Promise<ClickResult> {
    const cards = this.deps.sharedCards;
    const seq = click.data.s;
    const data = rawData(click);
    const fingerprint = actionFingerprint(click.verb, data);
    const by = turn.from.name.slice(0, MAX_NAME_LENGTH);
    const read = await cards.read(turn.conversation.id, cardId);
    const current = read.value;
    if (current && (seq !== current.seq || !current.offers.includes(fingerprint))) {
      return { card: this.redraw(turn.t, current) };
    }
    await route.effect?.(turn, click.data);
    const settledBy = route.settles ? by : current?.settledBy;
    // Who answered: kept for the answers still on the card, the clicker for a new one.
    const answeredBy: Record<string, string> = {};
    for (const [q] of this.show(turn.t, click, route, {}).walk?.answers ?? [])
      answeredBy[q] = current?.answeredBy[q] ?? by;
    const shown = this.show(turn.t, click, route, { answeredBy, settledBy });
    const next: SharedCard = {
      seq: (current?.seq ?? 0) + 1,
      verb: click.verb,
      data,
      answeredBy,
      ...(settledBy ? { settledBy } : {}),
      offers: offeredActions(shown.card),
    };
    if (await cards.replace(turn.conversation.id, cardId, read, next)) {
      return { card: stampActions(shown.card, { s: next.seq }), updateForEveryone: cardId };
    }
    // Another click was written first. Every write raises the sequence number, so this click's is
    // now behind: it gets the card that click made, as a late click does.
    return { card: this.redraw(turn.t, (await cards.read(turn.conversation.id, cardId)).value) };
  }

  /** The shared card as it stands, stamped with its sequence number. */
  private redraw(t: LocaleText, state: SharedCard | undefined): CardJson {
    const parsed = state && parseClick(state.verb, state.data, this.deps.engine);
    if (!state || !parsed?.ok) return this.deps.noticeViews.stale(t);
    const route = this.route(parsed.click);
    const context = { answeredBy: state.answeredBy, settledBy: state.settledBy };
    return stampActions(this.show(t, parsed.click, route, context).card, { s: state.seq });
  }
}

/** A click's data as its button carried it: without the walk parsed from it, and the shared card's stamp. */
function rawData(click: Click): Record<string, unknown> {
  const { walk: _walk, s: _s, ...data } = click.data as Click['data'] & { walk?: unknown; s?: number };
  return data;
}
