import { LRUCache } from 'lru-cache';
import { L2_IDS, L2Id, WORKLOAD_IDS, WorkloadId } from '../playbook/ids';
import {
  Answer,
  KIND_OPTIONS,
  KIND_QUESTION,
  KindOption,
  NONE_OF_THESE,
  QUESTIONS,
  QuestionDef,
  QuestionId,
  answersOf,
} from '../playbook/questions';
import { LikelihoodTable, likelihoodKey } from './likelihoods';

/**
 * The guided walk as pure functions of the workload and the answers so far, so any bot instance can
 * continue it from the data a card carries.
 *
 * Each L2 has a probability: uniform at the start, or what the free-text classifier read in the
 * user's description. An answer (Not sure included: it says something too) multiplies each L2's
 * probability by how likely that answer is for it, as measured on case sheets. The walk asks the
 * question with the largest expected information gain: the kind of blocker first, then, for a user
 * not sure of the kind, the yes/no borders. Once one L2 leads (CONFIRM_FROM) it asks that L2's detail
 * question, whose buttons are its facts (the seed's workload questions first); picking one confirms
 * it, "none of these" counts against it. The walk ends when a confirmed L2 reaches CONFIDENT, after
 * MAX_QUESTIONS answers, after NOT_SURE_STREAK Not sures in a row, or when no question is left that
 * tells the L2s apart. Below CONFIDENT the result says it is not settled.
 */

export interface Walk {
  readonly workload: WorkloadId;
  readonly answers: readonly (readonly [QuestionId, Answer])[];
  /** What the classifier read in the user's description, in percent per L2 (L2_IDS order): the walk starts there. */
  readonly prior?: readonly number[];
  /** Customer or tenant name, when the user gave one, for the review summary; the walk's logic ignores it. */
  readonly customer?: string;
  /** The user's own words when the walk began from a description; the notes line keeps them. */
  readonly description?: string;
  /** The message the description was taken from (a message action); the walk's logic ignores it. */
  readonly source?: WalkSource;
}

/** Who wrote a quoted message, and its link. */
export interface WalkSource {
  readonly author?: string;
  readonly link?: string;
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
/** An L2 this likely, and confirmed by its detail, ends the walk; below it the result is not settled. */
export const CONFIDENT = 0.85;
/** From here on the leading L2's detail question is asked, to confirm it. */
const CONFIRM_FROM = 0.6;
/** A Yes supports an L2 when that L2 makes it the likeliest and this many times likelier than the others do. */
const SUPPORT_RATIO = 3;
/** Not sure this many times in a row: the answers will not settle it, the result says so. */
const NOT_SURE_STREAK = 3;
/** Below this expected gain (bits) a question no longer tells the L2s apart. */
const MIN_GAIN = 1e-4;
/** Share of a suggested walk's start left to chance, so a wrong suggestion can be answered away. */
const PRIOR_DOUBT = 0.2;
/** Walk steps one engine remembers. */
const CACHED_STEPS = 10_000;

const QUESTION_BY_ID: ReadonlyMap<string, QuestionDef & { id: QuestionId }> = new Map(QUESTIONS.map((q) => [q.id, q]));
/** The detail question of each L2. */
const DETAIL_OF: ReadonlyMap<L2Id, QuestionDef & { id: QuestionId }> = new Map(
  QUESTIONS.flatMap((q): [L2Id, QuestionDef & { id: QuestionId }][] => (q.kind === 'detail' ? [[q.owner, q]] : [])),
);

export function questionById(id: string): (QuestionDef & { id: QuestionId }) | undefined {
  return QUESTION_BY_ID.get(id);
}

export function isKindOption(answer: string): answer is KindOption {
  return Object.prototype.hasOwnProperty.call(KIND_OPTIONS, answer);
}

/**
 * The walk over the questions and a likelihood table. Every click replays its walk to check it
 * (isConsistent), and users share the popular paths, so the engine remembers the steps it worked
 * out. Steps are read-only; sharing them is safe.
 */
export class WalkEngine {
  private readonly steps = new LRUCache<string, WalkStep>({ max: CACHED_STEPS });
  /** P(answer | question, L2) as arrays in L2_IDS order. */
  private readonly likely: ReadonlyMap<string, ReadonlyMap<string, Float64Array>>;
  /** For each question, the L2 a Yes to it supports, if any. */
  private readonly supported: ReadonlyMap<string, L2Id>;

  constructor(table: LikelihoodTable) {
    const entries = new Map<string, ReadonlyMap<string, Float64Array>>();
    for (const q of QUESTIONS as readonly QuestionDef[]) {
      for (const workload of WORKLOAD_IDS) {
        const key = likelihoodKey(q, workload);
        const dist = table[key];
        if (!dist || entries.has(key)) continue;
        entries.set(
          key,
          new Map(answersOf(q.id, workload).map((a) => [a, Float64Array.from(L2_IDS, (l2) => dist[l2][a])])),
        );
      }
    }
    this.likely = entries;
    this.supported = new Map(
      QUESTIONS.flatMap((q) => {
        const yes = this.likely.get(q.id)?.get('y');
        if (!yes) return [];
        const best = yes.indexOf(Math.max(...yes));
        const others = (yes.reduce((sum, p) => sum + p, 0) - yes[best]) / (L2_IDS.length - 1);
        return yes[best] >= SUPPORT_RATIO * others ? [[q.id, L2_IDS[best]] as const] : [];
      }),
    );
  }

  /** Where the walk stands: the next question, or the result. */
  nextStep(walk: Walk): WalkStep {
    const key = `${walk.workload}|${walk.prior?.join(',') ?? ''}|${walk.answers.map(([q, a]) => `${q}=${a}`).join(',')}`;
    let step = this.steps.get(key);
    if (!step) this.steps.set(key, (step = this.computeStep(walk)));
    return step;
  }

  /** The L2s, most likely first, given the answers so far. */
  ranking(walk: Walk): Ranked[] {
    return rank(this.distribution(walk));
  }

  /** The L2 a Yes to this (scope) question supports, if it supports one. */
  supports(questionId: string): L2Id | undefined {
    return this.supported.get(questionId);
  }

  /**
   * True when the walk is one this engine would have produced: every answered question is the one it
   * would have asked at that point, with an answer it takes. Card data that fails this was tampered
   * with or comes from an older question set.
   */
  isConsistent(walk: Walk): boolean {
    if (walk.answers.length > MAX_QUESTIONS) return false;
    if (walk.prior && !validPrior(walk.prior)) return false;
    for (let i = 0; i < walk.answers.length; i++) {
      const step = this.nextStep({ ...walk, answers: walk.answers.slice(0, i) });
      const [question, answer] = walk.answers[i];
      if (
        step.kind !== 'question' ||
        step.question.id !== question ||
        !answersOf(question, walk.workload).includes(answer)
      )
        return false;
    }
    return true;
  }

  /** The walk after answering `questionId`; undefined when that is not the question the walk is at, or not an answer it takes. */
  answer(walk: Walk, questionId: string, value: string): Walk | undefined {
    const step = this.nextStep(walk);
    if (step.kind !== 'question' || step.question.id !== questionId) return undefined;
    const answer = answersOf(questionId, walk.workload).find((a) => a === value);
    return answer === undefined ? undefined : { ...walk, answers: [...walk.answers, [step.question.id, answer]] };
  }

  private computeStep(walk: Walk): WalkStep {
    const dist = this.distribution(walk);
    const ranked = rank(dist);
    const question = this.ended(walk, ranked[0]) ? undefined : this.pickQuestion(walk, dist, ranked[0]);
    return question
      ? { kind: 'question', question, number: walk.answers.length + 1, ranking: ranked }
      : { kind: 'result', ranking: ranked };
  }

  private ended(walk: Walk, leader: Ranked): boolean {
    const { answers } = walk;
    if (answers.length >= MAX_QUESTIONS) return true;
    if (answers.length >= NOT_SURE_STREAK && answers.slice(-NOT_SURE_STREAK).every(([, a]) => a === 'u')) return true;
    // A leader whose detail was asked has had its chance to be confirmed.
    return leader.probability >= CONFIDENT && answers.some(([q]) => q === DETAIL_OF.get(leader.l2)?.id);
  }

  /**
   * The next question: the leader's detail question when an L2 leads and was not asked about yet;
   * otherwise the kind, or for a user not sure of it the yes/no border that tells the L2s apart
   * best. While a picked kind stands the borders would only repeat it, so they are not asked.
   */
  private pickQuestion(walk: Walk, dist: Float64Array, leader: Ranked): (QuestionDef & { id: QuestionId }) | undefined {
    const asked = new Set<string>(walk.answers.map(([q]) => q));
    const detail = DETAIL_OF.get(leader.l2);
    if (leader.probability >= CONFIRM_FROM && detail && !asked.has(detail.id)) return detail;
    // A picked kind stands until a detail question answered "none of these" contradicts it.
    const kind = walk.answers.find(([q]) => q === KIND_QUESTION)?.[1];
    const contradicted = walk.answers.some(([q, a]) => a === NONE_OF_THESE && questionById(q)?.kind === 'detail');
    const kindPicked = kind !== undefined && kind !== 'u' && !contradicted;
    let best: (QuestionDef & { id: QuestionId }) | undefined;
    let bestGain = MIN_GAIN;
    for (const q of QUESTIONS) {
      if (asked.has(q.id) || !(q.kind === 'choice' || (q.kind === 'scope' && !kindPicked))) continue;
      const gain = this.expectedGain(dist, q.id, walk.workload);
      if (gain > bestGain + 1e-12) {
        best = q;
        bestGain = gain;
      }
    }
    return best;
  }

  private distribution(walk: Walk): Float64Array {
    let dist = prior(walk.prior);
    for (const [q, a] of walk.answers) dist = this.update(dist, this.likelihoods(q, walk.workload).get(a)!);
    return dist;
  }

  private likelihoods(questionId: string, workload: WorkloadId): ReadonlyMap<string, Float64Array> {
    return this.likely.get(likelihoodKey(questionById(questionId)!, workload))!;
  }

  private update(dist: Float64Array, likely: Float64Array): Float64Array {
    const next = dist.map((p, i) => p * likely[i]);
    const total = next.reduce((a, b) => a + b, 0);
    return next.map((p) => p / total);
  }

  private expectedGain(dist: Float64Array, questionId: string, workload: WorkloadId): number {
    let after = 0;
    for (const [, likely] of this.likelihoods(questionId, workload)) {
      let pAnswer = 0;
      dist.forEach((p, i) => (pAnswer += p * likely[i]));
      if (pAnswer > 0) after += pAnswer * entropy(dist.map((p, i) => (p * likely[i]) / pAnswer));
    }
    return entropy(dist) - after;
  }
}

/** A suggestion's percentages: eight whole numbers that add up to about 100. */
export function validPrior(prior: readonly number[]): boolean {
  const total = prior.reduce((a, b) => a + b, 0);
  return (
    prior.length === L2_IDS.length &&
    prior.every((p) => Number.isInteger(p) && p >= 0 && p <= 100) &&
    total >= 90 &&
    total <= 110
  );
}

function prior(percent: readonly number[] | undefined): Float64Array {
  const uniform = 1 / L2_IDS.length;
  if (!percent) return new Float64Array(L2_IDS.length).fill(uniform);
  const total = percent.reduce((a, b) => a + b, 0);
  return Float64Array.from(percent, (p) => (1 - PRIOR_DOUBT) * (p / total) + PRIOR_DOUBT * uniform);
}

function entropy(dist: Float64Array): number {
  let h = 0;
  for (const p of dist) if (p > 0) h -= p * Math.log2(p);
  return h;
}

function rank(dist: Float64Array): Ranked[] {
  // Stable sort keeps the playbook's order between equals.
  return L2_IDS.map((l2, i) => ({ l2, probability: dist[i] })).sort((a, b) => b.probability - a.probability);
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

/** The suggested L2 a walk started from, if it did. */
export function suggestedL2(walk: Walk): L2Id | undefined {
  if (!walk.prior) return undefined;
  return L2_IDS[walk.prior.indexOf(Math.max(...walk.prior))];
}
