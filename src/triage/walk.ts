import { LRUCache } from 'lru-cache';
import { L2_IDS, L2Id, WorkloadId } from '../playbook/ids';
import { DEFAULT_YES, QUESTIONS, QuestionDef, QuestionId } from '../playbook/questions';

/**
 * The guided walk as pure functions: a walk is the workload and the answers so far, nothing else,
 * so any bot instance can continue it from the data a card carries.
 *
 * Each L2 gets a probability (uniform at the start, or leaning to `focus` when the free-text
 * classifier suggested one). An answer multiplies each L2's probability by how likely that answer
 * is for it (QUESTIONS' `yes`), "Not sure" changes nothing. The next question is the one with the
 * largest expected information gain over the L2s still in play; the walk ends when one L2 reaches
 * CONFIDENT and one of its own questions was answered "Yes", after MAX_QUESTIONS answers, or when
 * no question would tell the L2s apart any more.
 */

export type Answer = 'y' | 'n' | 'u';
export const ANSWERS: readonly Answer[] = ['y', 'n', 'u'];

export interface Walk {
  readonly workload: WorkloadId;
  readonly answers: readonly (readonly [QuestionId, Answer])[];
  /** L2 suggested before the walk: its own questions come first and it starts ahead. */
  readonly focus?: L2Id;
  /** Customer or tenant name, when the user gave one, for the review summary; the walk's logic ignores it. */
  readonly customer?: string;
  /** The user's own words when the walk began from a description; the notes line uses them. */
  readonly description?: string;
}

export interface Ranked {
  readonly l2: L2Id;
  readonly probability: number;
}

export type WalkStep =
  | {
      readonly kind: 'question';
      readonly question: QuestionDef & { id: QuestionId };
      readonly number: number;
      readonly ranking: readonly Ranked[];
    }
  | { readonly kind: 'result'; readonly ranking: readonly Ranked[] };

export const MAX_QUESTIONS = 8;
/** Walk steps remembered by one engine (see WalkEngine). */
const CACHED_STEPS = 10_000;
export const CONFIDENT = 0.85;
/** Prior weight of the focus L2; the rest is shared by the other seven. */
const FOCUS_PRIOR = 0.4;
/** How many of the focus L2's own questions open a focused walk. */
const FOCUS_QUESTIONS = 3;
/** Workload-specific questions are preferred over general ones that separate about as well. */
const WORKLOAD_BONUS = 1.25;
/** Below this expected gain (bits) a question no longer tells the L2s apart. */
const MIN_GAIN = 1e-3;

type Distribution = Float64Array;

const QUESTION_BY_ID: ReadonlyMap<string, QuestionDef & { id: QuestionId }> = new Map(QUESTIONS.map((q) => [q.id, q]));
/** P(Yes | L2) per question, indexed like L2_IDS. */
const YES_BY_QUESTION: ReadonlyMap<string, Float64Array> = new Map(
  QUESTIONS.map((q) => [q.id, Float64Array.from(L2_IDS, (l2) => yesLikelihood(q, l2))]),
);

/** How likely a customer whose blocker belongs to `l2` is to answer "Yes" to `question`. */
export function yesLikelihood(question: QuestionDef, l2: L2Id): number {
  return (question.yes as Partial<Record<L2Id, number>>)[l2] ?? DEFAULT_YES;
}

export function questionById(id: string): (QuestionDef & { id: QuestionId }) | undefined {
  return QUESTION_BY_ID.get(id);
}

/** The questions a walk for this workload may ask: all but other workloads' specific ones. */
export function questionsFor(workload: WorkloadId): readonly (QuestionDef & { id: QuestionId })[] {
  return QUESTIONS.filter((q) => !('workload' in q) || q.workload === workload);
}

function prior(focus: L2Id | undefined): Distribution {
  if (!focus) return new Float64Array(L2_IDS.length).fill(1 / L2_IDS.length);
  const rest = (1 - FOCUS_PRIOR) / (L2_IDS.length - 1);
  return Float64Array.from(L2_IDS, (l2) => (l2 === focus ? FOCUS_PRIOR : rest));
}

function update(dist: Distribution, questionId: QuestionId, answer: Answer): Distribution {
  if (answer === 'u') return dist;
  const yes = YES_BY_QUESTION.get(questionId)!;
  const next = dist.map((p, i) => p * (answer === 'y' ? yes[i] : 1 - yes[i]));
  const total = next.reduce((a, b) => a + b, 0);
  return next.map((p) => p / total);
}

function entropy(dist: Distribution): number {
  let h = 0;
  for (const p of dist) if (p > 0) h -= p * Math.log2(p);
  return h;
}

function expectedGain(dist: Distribution, questionId: QuestionId): number {
  const yes = YES_BY_QUESTION.get(questionId)!;
  let pYes = 0;
  dist.forEach((p, i) => (pYes += p * yes[i]));
  const afterYes = update(dist, questionId, 'y');
  const afterNo = update(dist, questionId, 'n');
  return entropy(dist) - (pYes * entropy(afterYes) + (1 - pYes) * entropy(afterNo));
}

function distributionOf(walk: Walk): Distribution {
  return walk.answers.reduce((dist, [q, a]) => update(dist, q, a), prior(walk.focus));
}

function rank(dist: Distribution): Ranked[] {
  // Stable sort keeps the playbook's order between equals.
  return L2_IDS.map((l2, i) => ({ l2, probability: dist[i] })).sort((a, b) => b.probability - a.probability);
}

/** The L2s, most likely first, given the answers so far. */
export function ranking(walk: Walk): Ranked[] {
  return rank(distributionOf(walk));
}

function ownedBy(q: QuestionDef, l2: L2Id | undefined): boolean {
  return l2 !== undefined && q.owner === l2;
}

/**
 * Which questions may come next. A focused walk opens with the focus L2's own questions; a leader
 * at CONFIDENT is not concluded until one of its own questions (workload-specific first) was
 * answered "Yes", as the playbook asks to confirm an L2 with the customer.
 */
function candidates(walk: Walk, leader: Ranked): readonly QuestionDef[] {
  const asked = new Set<string>(walk.answers.map(([q]) => q));
  const open = questionsFor(walk.workload).filter((q) => !asked.has(q.id));
  const askedOwn = (l2: L2Id) => walk.answers.filter(([q]) => ownedBy(QUESTION_BY_ID.get(q)!, l2));
  if (walk.focus) {
    const own = askedOwn(walk.focus);
    const focusOpen = open.filter((q) => ownedBy(q, walk.focus));
    if (own.length < FOCUS_QUESTIONS && !own.some(([, a]) => a === 'y') && focusOpen.length > 0) return focusOpen;
  }
  if (leader.probability >= CONFIDENT) {
    const leaderOpen = open.filter((q) => ownedBy(q, leader.l2));
    const specific = leaderOpen.filter((q) => q.kind === 'workload');
    return specific.length > 0 ? specific : leaderOpen;
  }
  return open;
}

function isConfirmed(walk: Walk, leader: Ranked): boolean {
  return (
    leader.probability >= CONFIDENT &&
    walk.answers.some(([q, a]) => a === 'y' && ownedBy(QUESTION_BY_ID.get(q)!, leader.l2))
  );
}

function pickQuestion(
  pool: readonly QuestionDef[],
  dist: Distribution,
): (QuestionDef & { id: QuestionId }) | undefined {
  let best: QuestionDef | undefined;
  let bestGain = MIN_GAIN;
  for (const q of pool) {
    const gain = expectedGain(dist, q.id as QuestionId) * (q.kind === 'workload' ? WORKLOAD_BONUS : 1);
    if (gain > bestGain + 1e-12) {
      best = q;
      bestGain = gain;
    }
  }
  return best as (QuestionDef & { id: QuestionId }) | undefined;
}

/**
 * The walk over one set of questions. Every click replays its walk to check it (isConsistent), and
 * users share the popular paths, so the same few hundred states come up again and again: the engine
 * remembers the steps it worked out. Steps are read-only; sharing them is safe.
 */
export class WalkEngine {
  private readonly steps = new LRUCache<string, WalkStep>({ max: CACHED_STEPS });

  /** Where the walk stands: the next question, or the result. */
  nextStep(walk: Walk): WalkStep {
    const key = `${walk.workload}|${walk.focus ?? ''}|${walk.answers.map(([q, a]) => `${q}=${a}`).join(',')}`;
    let step = this.steps.get(key);
    if (!step) this.steps.set(key, (step = computeStep(walk)));
    return step;
  }

  /**
   * True when the walk is one this engine would have produced: every answered question is the one it
   * would have asked at that point. Card data that fails this was tampered with or comes from an
   * older question set.
   */
  isConsistent(walk: Walk): boolean {
    if (walk.answers.length > MAX_QUESTIONS) return false;
    for (let i = 0; i < walk.answers.length; i++) {
      const step = this.nextStep({ ...walk, answers: walk.answers.slice(0, i) });
      if (step.kind !== 'question' || step.question.id !== walk.answers[i][0]) return false;
    }
    return true;
  }

  /** The walk after answering `questionId`; undefined when that is not the question the walk is at. */
  answer(walk: Walk, questionId: string, value: Answer): Walk | undefined {
    const step = this.nextStep(walk);
    if (step.kind !== 'question' || step.question.id !== questionId) return undefined;
    return { ...walk, answers: [...walk.answers, [step.question.id, value]] };
  }
}

function computeStep(walk: Walk): WalkStep {
  const dist = distributionOf(walk);
  const ranked = rank(dist);
  if (walk.answers.length < MAX_QUESTIONS && !isConfirmed(walk, ranked[0])) {
    const question = pickQuestion(candidates(walk, ranked[0]), dist);
    if (question) return { kind: 'question', question, number: walk.answers.length + 1, ranking: ranked };
  }
  return { kind: 'result', ranking: ranked };
}

/** The walk with its last answer taken back (unchanged at the first question). */
export function back(walk: Walk): Walk {
  return { ...walk, answers: walk.answers.slice(0, -1) };
}

/** The walk as it was just before `questionId` was answered, to change that answer. */
export function rewindTo(walk: Walk, questionId: string): Walk | undefined {
  const index = walk.answers.findIndex(([q]) => q === questionId);
  return index < 0 ? undefined : { ...walk, answers: walk.answers.slice(0, index) };
}
