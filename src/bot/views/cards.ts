import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import * as ACData from 'adaptivecards-templating';

/** The card templates in cards/, one file each. */
export const CARD_NAMES = [
  'welcome',
  'help',
  'workload',
  'question',
  'result',
  'l2-list',
  'explain',
  'notice',
  'summary',
  'suggestion',
  'languages',
  'l2-card',
  'private-suggestion',
] as const;
export type CardName = (typeof CARD_NAMES)[number];

export type CardJson = Record<string, unknown> & { type: 'AdaptiveCard'; version: string };

export const CARDS_DIR = path.resolve(__dirname, '..', '..', '..', 'cards');
export const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/**
 * Every template, read and parsed once at start-up; `render` only expands. A template that is
 * missing or has no `version` fails start-up rather than a user's turn.
 */
export class CardTemplates {
  private readonly templates: ReadonlyMap<CardName, ACData.Template>;

  constructor(directory: string = CARDS_DIR) {
    const files = new Set(readdirSync(directory));
    this.templates = new Map(
      CARD_NAMES.map((name) => {
        const file = `${name}.json`;
        if (!files.has(file)) throw new Error(`card template ${file} is missing in ${directory}`);
        const json = JSON.parse(readFileSync(path.join(directory, file), 'utf8')) as CardJson;
        if (json.type !== 'AdaptiveCard' || typeof json.version !== 'string')
          throw new Error(`${file} is not an Adaptive Card`);
        return [name, new ACData.Template(json)] as const;
      }),
    );
  }

  /** The card for `name` with `data` bound; action data gets the verb, and a Submit fallback for older clients. */
  render(name: CardName, data: object): CardJson {
    const card = this.templates.get(name)!.expand({ $root: data }) as CardJson;
    addSubmitFallbacks(card);
    return card;
  }
}

type ActionJson = {
  type?: unknown;
  verb?: unknown;
  title?: unknown;
  data?: unknown;
  fallback?: Record<string, unknown>;
  tooltip?: unknown;
  style?: unknown;
  mode?: unknown;
};

function forEachExecuteAction(node: unknown, visit: (action: ActionJson) => void): void {
  if (Array.isArray(node)) {
    node.forEach((child) => forEachExecuteAction(child, visit));
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const action = node as ActionJson;
  if (action.type === 'Action.Execute') visit(action);
  for (const [key, value] of Object.entries(node))
    if (key !== 'fallback' && value !== null && typeof value === 'object') forEachExecuteAction(value, visit);
}

/**
 * Puts the verb into each Action.Execute's data and gives it an Action.Submit fallback with the same
 * data, so a client without Universal Actions sends a message the bot handles the same way.
 */
function addSubmitFallbacks(card: CardJson): void {
  forEachExecuteAction(card, (action) => {
    const data = { ...(action.data as object | undefined), verb: action.verb };
    action.data = data;
    // The same button in every other way: what a screen reader says, its style, the overflow menu.
    const { title, tooltip, style, mode } = action;
    action.fallback = { type: 'Action.Submit', title, tooltip, style, mode, data };
    for (const [key, value] of Object.entries(action.fallback)) if (value === undefined) delete action.fallback[key];
  });
}

/**
 * What identifies a button's click: its verb and data, without the shared card's stamp and the verb
 * the fallback copies into the data. A shared card accepts only clicks on buttons it shows.
 */
export function actionFingerprint(verb: string, data: unknown): string {
  const {
    s: _seq,
    verb: _verb,
    ...rest
  } = (data !== null && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  return createHash('sha256')
    .update(JSON.stringify([verb, canonical(rest)]))
    .digest('base64url')
    .slice(0, 16);
}

/** The fingerprints of every button on a card. */
export function offeredActions(card: CardJson): string[] {
  const offers = new Set<string>();
  forEachExecuteAction(card, (action) => {
    if (typeof action.verb === 'string') offers.add(actionFingerprint(action.verb, action.data));
  });
  return [...offers];
}

/** JSON with object keys sorted, so the same data always gives the same fingerprint. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
  );
}

/**
 * A copy of `card` with `extra` added to the data of every button (and its fallback), e.g. a shared
 * card's sequence number. A copy, because rendered cards are cached and shared between turns.
 */
export function stampActions(original: CardJson, extra: object): CardJson {
  const card = structuredClone(original);
  forEachExecuteAction(card, (action) => {
    const data = { ...(action.data as object | undefined), ...extra };
    action.data = data;
    if (action.fallback) action.fallback = { ...action.fallback, data };
  });
  return card;
}
