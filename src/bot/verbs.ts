import { createHash } from 'node:crypto';
import { z } from 'zod';
import { L2_IDS, PHASE_IDS, WORKLOAD_IDS } from '../playbook/ids';
import { ANSWER_LIKELIHOODS } from '../triage/answerLikelihoods';
import { Answer, QUESTIONS } from '../playbook/questions';
import { MAX_QUESTIONS, Walk, WalkEngine, WalkSource, questionById, validPrior } from '../triage/walk';

/**
 * Every card button's verb, declared once with the data its button carries. Every step of the walk
 * rides on the card, not on the server, so any instance answers the next click and a repeated click
 * (Teams retries slow invokes) computes the same card again. A verb declared with `walkVerb` carries
 * the walk so far; its parsed data has the checked `walk`, so no handler has to look for it.
 */

/** Changes whenever the questions or their likelihoods do: cards made before then are out of date. */
export const WALK_VERSION = createHash('sha256')
  .update(JSON.stringify([QUESTIONS, ANSWER_LIKELIHOODS, MAX_QUESTIONS]))
  .digest('hex')
  .slice(0, 12);

/** Largest action payload accepted, in characters of JSON; a real one is well under 2 KB. */
export const MAX_ACTION_JSON = 8 * 1024;
/** Longest customer name kept; longer ones are cut when the walk starts. */
export const MAX_CUSTOMER_LENGTH = 80;
/** Longest description carried on a card for the notes line; longer ones are cut when the card is made. */
export const MAX_DESCRIPTION_LENGTH = 300;
/** Longest author name of a quoted message carried on a card. */
export const MAX_AUTHOR_LENGTH = 64;
/** Longest link to a quoted message carried on a card; a longer one is left out, since a cut link is broken. */
export const MAX_LINK_LENGTH = 600;

const l2 = z.enum(L2_IDS);
const customer = z.string().max(MAX_CUSTOMER_LENGTH);
const description = z.string().max(MAX_DESCRIPTION_LENGTH);
/** The message a triage began from (a message action): who wrote it and its link, for the notes line. */
/** A whole https URL: no other scheme, nothing unparseable, no white space hidden in it. */
export const isHttpsUrl = (value: string) => value.startsWith('https://') && URL.canParse(value) && !/\s/.test(value);
/** A link to a Teams message, as the bot takes one from Teams and back from a card. */
export const messageLink = z.string().max(MAX_LINK_LENGTH).refine(isHttpsUrl);
const sourceData = z.object({
  a: z.string().max(MAX_AUTHOR_LENGTH).optional(),
  l: messageLink.optional(),
});
type SourceData = z.infer<typeof sourceData>;
/** Yes, No, Not sure, or a kind of blocker; which ones a question takes, the walk checks. */
const answer = z.string().max(32);
const questionId = z.string().max(64);
/** A suggestion's reading of the description, in percent per L2, where the walk starts. */
const prior = z.array(z.number()).refine(validPrior);

/** The walk as a card carries it. */
const walkData = z.object({
  v: z.string().max(64),
  wl: z.enum(WORKLOAD_IDS),
  a: z.array(z.tuple([questionId, answer])).max(MAX_QUESTIONS),
  p: prior.optional(),
  c: customer.optional(),
  d: description.optional(),
  o: sourceData.optional(),
});
export type WalkData = z.infer<typeof walkData>;

/** Sequence number of a shared card's state, stamped on its buttons: a click on an older state changes nothing. */
const seq = { s: z.number().int().min(0).max(1_000_000).optional() };

interface VerbDef<S extends z.ZodRawShape, W extends boolean> {
  readonly schema: z.ZodObject<S>;
  readonly walk: W;
}

function verb<S extends z.ZodRawShape>(shape: S): VerbDef<S & typeof seq, false> {
  return { schema: z.object({ ...shape, ...seq }), walk: false };
}

function walkVerb<S extends z.ZodRawShape>(shape: S): VerbDef<S & typeof seq & { w: typeof walkData }, true> {
  return { schema: z.object({ ...shape, ...seq, w: walkData }), walk: true };
}

const start = { p: prior.optional(), c: customer.optional(), d: description.optional(), o: sourceData.optional() };

export const VERBS = {
  start: verb(start),
  help: verb({}),
  list: verb({}),
  explain: verb({ l2 }),
  workload: verb({ wl: z.enum(WORKLOAD_IDS), ...start }),
  answer: walkVerb({ q: questionId, ans: answer }),
  back: walkVerb({}),
  resume: walkVerb({}),
  change: walkVerb({ q: questionId }),
  choose: walkVerb({}),
  pick: walkVerb({ l2, ph: z.enum(PHASE_IDS).optional() }),
  result: walkVerb({ l2: l2.optional(), ph: z.enum(PHASE_IDS) }),
  page: walkVerb({ l2: l2.optional(), ph: z.enum(PHASE_IDS) }),
  settle: walkVerb({ l2: l2.optional(), ph: z.enum(PHASE_IDS) }),
  'ask-clear-summary': verb({}),
  'clear-summary': verb({}),
  'keep-summary': verb({}),
  language: verb({ lang: z.string().max(16).optional() }),
};

export type VerbName = keyof typeof VERBS;
type Def<V extends VerbName> = (typeof VERBS)[V];

/** What a button of verb V carries (its card data, before the shared card's stamp). */
export type VerbInput<V extends VerbName> = Omit<z.input<Def<V>['schema']>, 's'>;
/** A click's data once checked: a walk verb's data has its walk. */
export type VerbData<V extends VerbName> = z.output<Def<V>['schema']> &
  (Def<V>['walk'] extends true ? { walk: Walk } : unknown);
/** A checked click, one of the declared verbs. */
export type Click = { [V in VerbName]: { readonly verb: V; readonly data: VerbData<V> } }[VerbName];

export function isVerbName(value: unknown): value is VerbName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(VERBS, value);
}

/** What a button does: its verb and the data it carries. */
export interface VerbButton<V extends VerbName> {
  readonly verb: V;
  readonly data: VerbInput<V>;
}

/** A button: its verb and the data it carries, typed by the verb's declaration. */
export function button<V extends VerbName>(verb: V, data: VerbInput<V>): VerbButton<V> {
  return { verb, data };
}

export function toWalkData(walk: Walk): WalkData {
  return {
    v: WALK_VERSION,
    wl: walk.workload,
    a: walk.answers.map(([q, a]) => [q, a]),
    ...(walk.prior ? { p: [...walk.prior] } : {}),
    ...(walk.customer ? { c: walk.customer } : {}),
    ...(walk.description ? { d: walk.description } : {}),
    ...(walk.source ? { o: toSourceData(walk.source) } : {}),
  };
}

/** A quoted message's author and link as a card carries them. */
export function toSourceData(source: WalkSource): SourceData {
  return { ...(source.author ? { a: source.author } : {}), ...(source.link ? { l: source.link } : {}) };
}

/** The author and link of a quoted message, read back from a card. */
export function fromSourceData(data: SourceData | undefined): WalkSource | undefined {
  return data && { author: data.a, link: data.l };
}

/** Why a click was refused: its data is not what a button of this bot carries, or it comes from an older version. */
export type ClickProblem = 'invalid' | 'stale';

/**
 * Checks a click: its verb is declared, its data has that verb's shape, and a walk on it is one this
 * version of the questions would have produced. Never throws.
 */
export function parseClick(
  verb: unknown,
  data: unknown,
  engine: WalkEngine,
): { ok: true; click: Click } | { ok: false; problem: ClickProblem } {
  let size: number;
  try {
    size = JSON.stringify(data ?? null).length;
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  if (size > MAX_ACTION_JSON) return { ok: false, problem: 'invalid' };
  if (!isVerbName(verb)) return { ok: false, problem: 'invalid' };
  const def: VerbDef<z.ZodRawShape, boolean> = VERBS[verb];
  const parsed = def.schema.safeParse(data !== null && typeof data === 'object' && !Array.isArray(data) ? data : {});
  if (!parsed.success) return { ok: false, problem: 'invalid' };
  const checked = parsed.data as Record<string, unknown> & { w?: WalkData };
  if (!def.walk) return { ok: true, click: { verb, data: checked } as Click };
  const w = checked.w!;
  if (w.v !== WALK_VERSION || w.a.some(([q]) => !questionById(q))) return { ok: false, problem: 'stale' };
  const walk: Walk = {
    workload: w.wl,
    answers: w.a.map(([q, a]) => [questionById(q)!.id, a as Answer] as const),
    prior: w.p,
    customer: w.c,
    description: w.d,
    source: fromSourceData(w.o),
  };
  if (!engine.isConsistent(walk)) return { ok: false, problem: 'stale' };
  return { ok: true, click: { verb, data: { ...checked, walk } } as Click };
}
