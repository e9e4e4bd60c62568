import { L2_IDS } from '../playbook/ids';
import { ANSWER_LIKELIHOODS } from '../triage/answerLikelihoods';
import { readSheets } from '../triage/sheets';
import { Variant, WalkReport, report, walkSheets } from '../triage/walkEval';
import { WalkEngine } from '../triage/walk';
import { SHORT } from './labels';

/** Sheets the likelihoods were estimated from; every other sheets file is measured. */
const TRAINING = 'train';
/** The noisy variant: a fifth of the answers become Not sure or flip, over this many seeds. */
const NOISE = 0.2;
const NOISE_SEEDS = [1, 2, 3, 4, 5];

export interface WalkEvaluation {
  readonly sheets: string;
  readonly clean: WalkReport;
  readonly noisy: WalkReport;
  readonly kindUnknown: WalkReport;
}

/** Every held-out sheets file, walked as answered, with noise, and by a user not sure of the kind. */
export function evaluateWalk(names: readonly string[]): WalkEvaluation[] {
  const engine = new WalkEngine(ANSWER_LIKELIHOODS);
  return names
    .filter((name) => name !== TRAINING)
    .map((name) => {
      const sheets = readSheets(name);
      const run = (variant: Variant) => walkSheets(engine, sheets, variant);
      return {
        sheets: name,
        clean: report(run({})),
        noisy: report(NOISE_SEEDS.flatMap((seed) => run({ noise: NOISE, seed }))),
        kindUnknown: report(run({ kindUnknown: true })),
      };
    });
}

const pct = (right: number, total: number) =>
  `${total === 0 ? '  –  ' : ((100 * right) / total).toFixed(1).padStart(5)}%`;

function block(title: string, r: WalkReport): string {
  const lines = [
    `${title}: ${r.right}/${r.cases} right (${pct(r.right, r.cases).trim()}), questions median ${r.questions.median}, ` +
      `90th percentile ${r.questions.p90}, max ${r.questions.max}; unsettled endings ${r.unsettled}\n`,
    `  ${L2_IDS.map((l2) => `${SHORT[l2]} ${r.perL2[l2].right}/${r.perL2[l2].total}`).join('  ')}\n`,
  ];
  const wrong = L2_IDS.flatMap((e) =>
    L2_IDS.filter((g) => g !== e && r.confusion[e][g] > 0).map((g) => `${SHORT[e]}→${SHORT[g]} ${r.confusion[e][g]}`),
  );
  lines.push(`  confusions (case → walk): ${wrong.length > 0 ? wrong.join(', ') : 'none'}\n`);
  return lines.join('');
}

export function formatWalkEvaluation(evaluations: readonly WalkEvaluation[]): string {
  const parts = [
    'Guided walk on held-out case sheets: a simulated user answers each question as the reader of the case did.\n\n',
  ];
  for (const e of evaluations) {
    parts.push(`sheets-${e.sheets}.jsonl\n`);
    parts.push(block('  as answered', e.clean));
    parts.push(block(`  noisy (${NOISE * 100}% of answers Not sure or flipped, ${NOISE_SEEDS.length} seeds)`, e.noisy));
    parts.push(block('  not sure of the kind (yes/no path)', e.kindUnknown));
    parts.push('\n');
  }
  parts.push(`L2s: ${L2_IDS.map((l2) => `${SHORT[l2]} ${l2}`).join(', ')}.\n`);
  return parts.join('');
}
