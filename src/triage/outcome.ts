import { L2Id } from '../playbook/ids';
import { QuestionId } from '../playbook/questions';
import { Ranked, Walk, questionById, ranking, yesLikelihood } from './walk';

/** How many runner-up L2s "Not right?" offers. */
export const RUNNER_UPS = 3;
/** Below this the result says the answers do not settle it. */
export const LOW_CONFIDENCE = 0.5;
/** A "Yes" supports an L2 when the L2 makes a "Yes" at least this likely. */
const SUPPORTS = 0.5;

export interface Outcome {
  readonly l2: L2Id;
  /** True when the user picked the L2 instead of the walk. */
  readonly chosen: boolean;
  readonly confidence: number;
  readonly runnerUps: readonly Ranked[];
}

/** The L2 a walk ends on (or the user's own choice), how sure, and the next best. */
export function outcome(walk: Walk, chosenL2?: L2Id): Outcome {
  const ranked = ranking(walk);
  const l2 = chosenL2 ?? ranked[0].l2;
  return {
    l2,
    chosen: chosenL2 !== undefined,
    confidence: ranked.find((r) => r.l2 === l2)!.probability,
    runnerUps: ranked.filter((r) => r.l2 !== l2).slice(0, RUNNER_UPS),
  };
}

/** The "Yes" answers that point to `l2` (all "Yes" answers when none does). */
export function supportingAnswers(walk: Walk, l2: L2Id): QuestionId[] {
  const yes = walk.answers.filter(([, a]) => a === 'y').map(([q]) => q);
  const supporting = yes.filter((q) => yesLikelihood(questionById(q)!, l2) >= SUPPORTS);
  return supporting.length > 0 ? supporting : yes;
}
