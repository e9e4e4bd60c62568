import { L2Id } from '../playbook/ids';
import { Answer, KIND_OPTIONS, KIND_QUESTION, NONE_OF_THESE } from '../playbook/questions';
import { CONFIDENT, Ranked, Walk, WalkEngine, isKindOption, questionById, suggestedL2 } from './walk';

/** How many other L2s a settled result offers, and at most how many candidates an unsettled one shows. */
export const RUNNER_UPS = 3;
/** An L2 the answers leave this unlikely is ruled out: a suggestion's L2 is dropped only then. */
const RULED_OUT = 0.02;
/** Candidates of an unsettled result: the L2s at least this likely (two at least). */
const CANDIDATE = 0.05;

export interface Outcome {
  readonly l2: L2Id;
  /** True when the user picked the L2 instead of the walk. */
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
  return { l2, chosen: chosenL2 !== undefined, confidence, settled, runnerUps };
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
