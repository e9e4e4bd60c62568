import { L2_IDS, L2Id } from '../playbook/ids';
import { Answer, KIND_QUESTION, QuestionDef, answersOf } from '../playbook/questions';
import { CaseSheet, detailAnswers } from './likelihoods';
import { outcome } from './outcome';
import { Walk, WalkEngine } from './walk';
import { seededRandom } from '../util/random';

/**
 * The walk measured on case sheets: a simulated user answers each question the walk asks from the
 * sheet, as the reader who saw only the case answered it, and the walk's L2 is compared with the
 * case's. `npm run eval:walk` prints these.
 */

export interface WalkRun {
  readonly id: string;
  readonly expected: L2Id;
  readonly got: L2Id;
  readonly questions: number;
  readonly settled: boolean;
}

export interface Variant {
  /** Share of answers that become Not sure or flip to another answer, half each (0: as on the sheet). */
  readonly noise?: number;
  /** Seed of the noise, so a run can be repeated. */
  readonly seed?: number;
  /** The user is not sure of the kind of blocker: every walk takes the yes/no path. */
  readonly kindUnknown?: boolean;
}

/** Walks every sheet to its end. */
export function walkSheets(engine: WalkEngine, sheets: readonly CaseSheet[], variant: Variant = {}): WalkRun[] {
  const random = seededRandom(variant.seed ?? 1);
  return sheets.map((sheet) => {
    let walk: Walk = { workload: sheet.workload, answers: [] };
    for (;;) {
      const step = engine.nextStep(walk);
      if (step.kind === 'result') break;
      const q = step.question.id;
      let given: Answer = variant.kindUnknown && q === KIND_QUESTION ? 'u' : answerFromSheet(sheet, step.question);
      if (variant.noise && random() < variant.noise) {
        const others = answersOf(q, walk.workload).filter((a) => a !== given && a !== 'u');
        given = random() < 0.5 || others.length === 0 ? 'u' : others[Math.floor(random() * others.length)];
      }
      walk = engine.answer(walk, q, given)!;
    }
    const result = outcome(engine, walk);
    return {
      id: sheet.id,
      expected: sheet.l2,
      got: result.l2,
      questions: walk.answers.length,
      settled: result.settled,
    };
  });
}

/**
 * What the case's reader would answer: their answer on the sheet, and for a detail question the first
 * of its facts they answered Yes (or Not sure, or none of these), as `detailAnswers` reads it.
 */
function answerFromSheet(sheet: CaseSheet, question: QuestionDef): Answer {
  return question.kind === 'detail'
    ? detailAnswers(sheet, question, sheet.workload)[0]
    : (sheet.answers[question.id] ?? 'u');
}

export interface WalkReport {
  readonly cases: number;
  readonly right: number;
  readonly perL2: Readonly<Record<L2Id, { readonly right: number; readonly total: number }>>;
  readonly questions: { readonly median: number; readonly p90: number; readonly max: number };
  /** Walks that ended unsettled, and how many of those had the right L2 among the candidates shown first. */
  readonly unsettled: number;
  /** confusion[expected][got] */
  readonly confusion: Readonly<Record<L2Id, Readonly<Record<L2Id, number>>>>;
}

export function report(runs: readonly WalkRun[]): WalkReport {
  const sorted = runs.map((r) => r.questions).sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? 0;
  const perL2 = Object.fromEntries(
    L2_IDS.map((l2) => {
      const own = runs.filter((r) => r.expected === l2);
      return [l2, { right: own.filter((r) => r.got === l2).length, total: own.length }];
    }),
  ) as WalkReport['perL2'];
  const confusion = Object.fromEntries(
    L2_IDS.map((e) => [
      e,
      Object.fromEntries(L2_IDS.map((g) => [g, runs.filter((r) => r.expected === e && r.got === g).length])),
    ]),
  ) as WalkReport['confusion'];
  return {
    cases: runs.length,
    right: runs.filter((r) => r.got === r.expected).length,
    perL2,
    questions: { median: at(0.5), p90: at(0.9), max: sorted.at(-1) ?? 0 },
    unsettled: runs.filter((r) => !r.settled).length,
    confusion,
  };
}
