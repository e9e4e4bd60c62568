import { L2_IDS, L2Id, WORKLOAD_IDS, WorkloadId } from '../playbook/ids';
import { Answer, NONE_OF_THESE, QUESTIONS, QuestionDef, answersOf, factsOf } from '../playbook/questions';

const NOT_SURE: Answer = 'u';

/**
 * How likely each answer to each question is, for a blocker of each L2: measured on case sheets
 * (cases written outside the team, each answered question by question by a reader who saw only the
 * case), not guessed. The walk multiplies these.
 */

/** One case sheet: a blocker case, its L2, and a reader's answer to every yes/no question and the kind. */
export interface CaseSheet {
  readonly id: string;
  readonly l2: L2Id;
  readonly text: string;
  readonly workload: WorkloadId;
  readonly answers: Readonly<Record<string, Answer>>;
}

/** P(answer | question, L2), by likelihood key (see `likelihoodKey`), then L2, then answer. */
export type LikelihoodTable = Readonly<Record<string, Readonly<Record<L2Id, Readonly<Record<string, number>>>>>>;

/**
 * Pseudo-counts of the question's answers over all L2s added to each L2's counts: with 20 sheets
 * an L2, one Not sure must not make an answer impossible. Chosen by cross-validation on the
 * training sheets (see the README).
 */
const SMOOTHING = 1;
/**
 * Share of answers given as if at random: people misclick and misread. Without it one wrong answer
 * outweighs every right one, since an unseen answer would be near impossible.
 */
const LAPSE = 0.1;

/** Where a question's likelihoods are in the table: a detail question's options depend on the workload. */
export function likelihoodKey(question: QuestionDef, workload: WorkloadId): string {
  return question.kind === 'detail' ? `${question.id}@${workload}` : question.id;
}

/**
 * The answer a reader gave to a detail question, read off their sheet: the facts of the L2 they
 * answered Yes (each counting for a share when there are several), Not sure when they were not sure
 * of any and said Yes to none, none of these otherwise.
 */
export function detailAnswers(sheet: CaseSheet, question: QuestionDef, workload: WorkloadId): Answer[] {
  const facts = factsOf(question.owner!, workload);
  const yes = facts.filter((f) => sheet.answers[f] === 'y');
  if (yes.length > 0) return yes;
  return facts.some((f) => sheet.answers[f] === 'u') ? ['u'] : [NONE_OF_THESE];
}

/** The answers a sheet gives to a question asked in a walk of `workload`. */
function sheetAnswers(sheet: CaseSheet, question: QuestionDef, workload: WorkloadId): Answer[] {
  if (question.kind === 'detail') return detailAnswers(sheet, question, workload);
  const answer = sheet.answers[question.id];
  return answer === undefined ? [] : [answer];
}

/**
 * The likelihood table from sheets. A workload question, and a detail question's workload options,
 * count only sheets of that workload; every count is smoothed towards the question's answers over
 * all L2s, and mixed with a lapse.
 */
export function estimateLikelihoods(sheets: readonly CaseSheet[]): LikelihoodTable {
  const table: Record<string, Record<string, Record<string, number>>> = {};
  for (const question of QUESTIONS as readonly QuestionDef[]) {
    if (question.kind === 'confirm' || question.kind === 'workload') continue;
    const workloads: readonly WorkloadId[] = question.kind === 'detail' ? WORKLOAD_IDS : ['other'];
    for (const workload of workloads) {
      const outcomes = answersOf(question.id, workload);
      const workloadSpecific = outcomes.some((a) => QUESTIONS.some((q) => q.id === a && 'workload' in q));
      const pool = workloadSpecific ? sheets.filter((s) => s.workload === workload) : sheets;
      const overall = counts(pool, question, workload, outcomes, 0.5);
      const total = Object.values(overall).reduce((sum, n) => sum + n, 0);
      table[likelihoodKey(question, workload)] = Object.fromEntries(
        L2_IDS.map((l2) => {
          const own = pool.filter((s) => s.l2 === l2);
          const mine = counts(own, question, workload, outcomes, 0);
          let smoothed = outcomes.map((a) => (mine[a] + (SMOOTHING * overall[a]) / total) / (own.length + SMOOTHING));
          if (question.kind === 'detail') smoothed = notSureSaysNothing(smoothed, outcomes, overall[NOT_SURE] / total);
          const mixed = outcomes.map((a, i) => [a, round((1 - LAPSE) * smoothed[i] + LAPSE / outcomes.length)]);
          return [l2, Object.fromEntries(mixed)];
        }),
      );
    }
  }
  return table as LikelihoodTable;
}

/**
 * A detail question's Not sure as the same for every L2. Readers never saw the detail question: its
 * Not sure is read off their Not sures to its facts, which say more about how clear a case was than
 * about its L2, so it is given no weight.
 */
function notSureSaysNothing(shares: number[], outcomes: readonly Answer[], overall: number): number[] {
  const i = outcomes.indexOf(NOT_SURE);
  const rest = shares.reduce((sum, p, k) => (k === i ? sum : sum + p), 0);
  return shares.map((p, k) => (k === i ? overall : (p / rest) * (1 - overall)));
}

/** Each answer's count among `sheets` (a sheet with several answers counts a share for each), plus `prior`. */
function counts(
  sheets: readonly CaseSheet[],
  question: QuestionDef,
  workload: WorkloadId,
  outcomes: readonly Answer[],
  prior: number,
): Record<string, number> {
  const result: Record<string, number> = Object.fromEntries(outcomes.map((a) => [a, prior]));
  for (const sheet of sheets) {
    const answers = sheetAnswers(sheet, question, workload).filter((a) => a in result);
    for (const answer of answers) result[answer] += 1 / answers.length;
  }
  return result;
}

/** Six digits: enough for the walk, and a table that reads and diffs well. */
function round(p: number): number {
  return Math.round(p * 1e6) / 1e6;
}
