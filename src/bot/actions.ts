import { createHash } from 'node:crypto';
import { z } from 'zod';
import { L2_IDS, PHASE_IDS, WORKLOAD_IDS } from '../playbook/ids';
import { QUESTIONS } from '../playbook/questions';
import { MAX_QUESTIONS, Walk, isConsistent, questionById } from '../triage/walk';

/**
 * The data a card's buttons carry. Every step of the walk rides on the card, not on the server, so
 * any instance answers the next click and a repeated click (Teams retries slow invokes) computes
 * the same card again.
 */

/** Changes whenever the questions or their weights do: cards made before then are out of date. */
export const WALK_VERSION = createHash('sha256')
  .update(JSON.stringify([QUESTIONS, MAX_QUESTIONS]))
  .digest('hex')
  .slice(0, 12);

/** Largest action payload accepted, in characters of JSON; a real one is well under 2 KB. */
export const MAX_ACTION_JSON = 8 * 1024;

const l2 = z.enum(L2_IDS);
/** Longest customer name kept; longer ones are cut when the walk starts. */
export const MAX_CUSTOMER_LENGTH = 80;
const customer = z.string().max(MAX_CUSTOMER_LENGTH);
/** Longest description carried on a card for the notes line; longer ones are cut when the card is made. */
export const MAX_DESCRIPTION_LENGTH = 300;
const description = z.string().max(MAX_DESCRIPTION_LENGTH);
const walkData = z.object({
  v: z.string().max(64),
  wl: z.enum(WORKLOAD_IDS),
  a: z.array(z.tuple([z.string().max(64), z.enum(['y', 'n', 'u'])])).max(MAX_QUESTIONS),
  f: l2.optional(),
  id: z.string().max(64).optional(),
  c: customer.optional(),
  d: description.optional(),
});
export type WalkData = z.infer<typeof walkData>;

/** Sequence number of a shared card's state: a click on an older state changes nothing. */
const seq = { s: z.number().int().min(0).max(1_000_000).optional() };

const actionSchema = z.discriminatedUnion('verb', [
  z.object({ verb: z.literal('start'), f: l2.optional(), c: customer.optional(), d: description.optional(), ...seq }),
  z.object({ verb: z.literal('help'), ...seq }),
  z.object({ verb: z.literal('list'), ...seq }),
  z.object({ verb: z.literal('explain'), l2, ...seq }),
  z.object({
    verb: z.literal('workload'),
    wl: z.enum(WORKLOAD_IDS),
    f: l2.optional(),
    c: customer.optional(),
    d: description.optional(),
    ...seq,
  }),
  z.object({ verb: z.literal('answer'), w: walkData, q: z.string().max(64), ans: z.enum(['y', 'n', 'u']), ...seq }),
  z.object({ verb: z.literal('back'), w: walkData, ...seq }),
  z.object({ verb: z.literal('resume'), w: walkData, ...seq }),
  z.object({ verb: z.literal('change'), w: walkData, q: z.string().max(64), ...seq }),
  z.object({ verb: z.literal('choose'), w: walkData, ...seq }),
  z.object({ verb: z.literal('pick'), w: walkData, l2, ...seq }),
  z.object({ verb: z.literal('result'), w: walkData, l2: l2.optional(), ph: z.enum(PHASE_IDS), ...seq }),
  z.object({ verb: z.literal('settle'), w: walkData, l2: l2.optional(), ph: z.enum(PHASE_IDS), ...seq }),
  z.object({ verb: z.literal('ask-clear-summary') }),
  z.object({ verb: z.literal('clear-summary') }),
  z.object({ verb: z.literal('keep-summary') }),
  z.object({ verb: z.literal('language'), lang: z.string().max(16).optional() }),
]);
export type CardAction = z.infer<typeof actionSchema>;
export type Verb = CardAction['verb'];

export type ParsedAction = { ok: true; action: CardAction; walk?: Walk } | { ok: false; reason: 'invalid' | 'stale' };

export function toWalkData(walk: Walk): WalkData {
  return {
    v: WALK_VERSION,
    wl: walk.workload,
    a: walk.answers.map(([q, a]) => [q, a]),
    ...(walk.focus ? { f: walk.focus } : {}),
    ...(walk.ref ? { id: walk.ref.id, ...(walk.ref.customer ? { c: walk.ref.customer } : {}) } : {}),
    ...(walk.description ? { d: walk.description } : {}),
  };
}

/**
 * Checks a button's data: its shape, and for a walk that it is one this version of the bot would
 * have produced. Anything else is `invalid` (unknown verb, wrong types, forged answers) or `stale`
 * (made by another version of the questions); never an exception.
 */
export function parseAction(verb: unknown, data: unknown): ParsedAction {
  let size: number;
  try {
    size = JSON.stringify(data ?? null).length;
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (size > MAX_ACTION_JSON) return { ok: false, reason: 'invalid' };
  const merged =
    data !== null && typeof data === 'object' && !Array.isArray(data)
      ? { ...data, verb: verb ?? (data as { verb?: unknown }).verb }
      : { verb };
  const parsed = actionSchema.safeParse(merged);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const action = parsed.data;
  if (!('w' in action)) return { ok: true, action };
  if (action.w.v !== WALK_VERSION) return { ok: false, reason: 'stale' };
  if (action.w.a.some(([q]) => !questionById(q))) return { ok: false, reason: 'stale' };
  const walk: Walk = {
    workload: action.w.wl,
    answers: action.w.a.map(([q, a]) => [questionById(q)!.id, a] as const),
    focus: action.w.f,
    ref: action.w.id ? { id: action.w.id, customer: action.w.c } : undefined,
    description: action.w.d,
  };
  if (!isConsistent(walk)) return { ok: false, reason: 'stale' };
  return { ok: true, action, walk };
}
