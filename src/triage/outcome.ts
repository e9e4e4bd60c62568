import { L2_IDS, L2Id } from '../playbook/ids';
import { Answer, KIND_OPTIONS, KIND_QUESTION, NONE_OF_THESE } from '../playbook/questions';
import { CONFIDENT, Ranked, Walk, WalkEngine, isKindOption, questionById, suggestedL2 } from './walk';

/** How many other L2s a settled result offers, and at most how many candidates an unsettled one shows. */
const RUNNER_UPS = 3;
/** An L2 the answers leave this unlikely is ruled out: a suggestion's L2 is dropped only then. */
const RULED_OUT = 0.02;
/** Candidates of an unsettled result: the L2s at least this likely (two at least). */
const CANDIDATE = 0.05;

/**
 * What the L2 rests on: the walk's answers, the user's own pick, or a suggestion accepted as it was
 * (no answers, and the L2 the description pointed to), which keeps the suggestion's reading.
 */
type Basis = 'walk' | 'chosen' | 'suggestion';

export interface Outcome {
  readonly l2: L2Id;
  readonly basis: Basis;
  /** True when the user picked the L2 instead of the walk (the suggestion's own L2 included). */
  readonly chosen: boolean;
  readonly confidence: number;
  /** The answers settle it: the walk's L2 reached CONFIDENT (or the user chose it). */
  readonly settled: boolean;
  /** The next best: for a settled result the alternatives, for an unsettled one the candidates besides `l2`. */
  readonly runnerUps: readonly Ranked[];
}

/**
 * The L2 a walk ends on (or the user's own choice), how sure, and the others worth a look. A walk
 * that began from a suggestion keeps the suggested L2 among them until the answers rule it out.
 */
export function outcome(engine: WalkEngine, walk: Walk, chosenL2?: L2Id): Outcome {
  const suggestion = suggestionOutcome(walk, chosenL2);
  if (suggestion) return suggestion;
  const ranked = engine.ranking(walk);
  const l2 = chosenL2 ?? ranked[0].l2;
  const confidence = ranked.find((r) => r.l2 === l2)!.probability;
  const settled = chosenL2 !== undefined || confidence >= CONFIDENT;
  const others = ranked.filter((r) => r.l2 !== l2);
  let runnerUps = settled
    ? others.slice(0, RUNNER_UPS)
    : others.filter((r, i) => i === 0 || r.probability >= CANDIDATE);
  runnerUps = runnerUps.slice(0, settled ? RUNNER_UPS : RUNNER_UPS - 1);
  const suggested = suggestedL2(walk);
  const kept = others.find((r) => r.l2 === suggested && r.probability >= RULED_OUT);
  if (kept && !runnerUps.includes(kept)) runnerUps = [...runnerUps.slice(0, -1), kept];
  const basis = chosenL2 !== undefined ? 'chosen' : 'walk';
  return { l2, basis, chosen: chosenL2 !== undefined, confidence, settled, runnerUps };
}

/** How many other L2s a suggestion card names; a suggestion accepted as it was keeps the same ones. */
const SUGGESTION_RUNNER_UPS = 2;

/**
 * "That's it" on a suggestion: no answers, and the L2 the description pointed to. The result keeps
 * the suggestion's own reading (its confidence and runners-up), not the walk's start, which mixes
 * in doubt so that answers can correct it.
 */
function suggestionOutcome(walk: Walk, chosenL2: L2Id | undefined): Outcome | undefined {
  const prior = walk.prior;
  if (!prior || walk.answers.length > 0 || chosenL2 === undefined) return undefined;
  const ranked = priorRanking(prior);
  const own = ranked.find((r) => r.l2 === chosenL2)!;
  // Rounded to percent, two L2s can tie: either is the one the description pointed to.
  if (own.probability < ranked[0].probability) return undefined;
  return {
    l2: chosenL2,
    basis: 'suggestion',
    chosen: true,
    confidence: own.probability,
    settled: true,
    runnerUps: suggestionRunnerUps(prior, chosenL2),
  };
}

/** The L2s as a suggestion read them (percent per L2, in L2_IDS order), likeliest first. */
function priorRanking(prior: readonly number[]): Ranked[] {
  return L2_IDS.map((l2, i) => ({ l2, probability: prior[i] / 100 })).sort((a, b) => b.probability - a.probability);
}

/** The other L2s a suggestion names beside its own: the same on its card and on the result it leads to. */
export function suggestionRunnerUps(prior: readonly number[], l2: L2Id): Ranked[] {
  return priorRanking(prior)
    .filter((r) => r.l2 !== l2)
    .slice(0, SUGGESTION_RUNNER_UPS);
}

/**
 * What the answers established for `l2`, as the questions whose finding says it: the Yes answers
 * to borders that support it, the fact picked in its detail question, and the kind of blocker when
 * it names it. The notes line and the "why" come from these.
 */
export function supportingAnswers(engine: WalkEngine, walk: Walk, l2: L2Id): Answer[] {
  return walk.answers.flatMap(([q, a]): Answer[] => {
    if (a === 'y' && engine.supports(q) === l2) return [q];
    if (q === KIND_QUESTION) return isKindOption(a) && KIND_OPTIONS[a] === l2 ? [a] : [];
    const question = questionById(q);
    return question?.kind === 'detail' && question.owner === l2 && a !== NONE_OF_THESE && a !== 'u' ? [a] : [];
  });
}
