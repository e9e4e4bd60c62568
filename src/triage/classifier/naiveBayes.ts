import { L2_IDS } from '../../playbook/ids';
import type { Case } from './calibration';
import type { Trained, TrainingDoc } from './trainer';

const CLASSES = L2_IDS.length;
const ALPHA = 1;

/**
 * Multinomial naive Bayes over binary features: W[f][c] = log P(f | c) with add-α smoothing, no
 * prior (the examples are balanced by design). α = 1 and γ = 0.5 were chosen by leave-group-out
 * likelihood on the old examples (α ∈ {0.1, 0.3, 1}, γ ∈ {0, 0.5, 1}). Every example is also scored
 * as if its group had never been counted, for the calibration; only the group's own class changes,
 * so the other classes keep the trained log-probabilities.
 */
export function trainNaiveBayes(docs: readonly TrainingDoc[], size: number, gamma: number): Trained {
  const counts = new Float64Array(size * CLASSES);
  const totals = new Float64Array(CLASSES);
  const df = new Float64Array(size);
  for (const doc of docs) {
    for (const f of doc.features) {
      counts[f * CLASSES + doc.label]++;
      df[f]++;
    }
    totals[doc.label] += doc.features.length;
  }
  const weights = new Float64Array(size * CLASSES);
  for (let f = 0; f < size; f++) {
    for (let c = 0; c < CLASSES; c++)
      weights[f * CLASSES + c] = Math.log((counts[f * CLASSES + c] + ALPHA) / (totals[c] + ALPHA * size));
  }

  const examples = docs.filter((d) => d.example);
  const members = new Map<string, TrainingDoc[]>();
  for (const doc of examples) {
    const list = members.get(doc.group);
    if (list) list.push(doc);
    else members.set(doc.group, [doc]);
  }
  const removed = new Float64Array(size);
  const unseen = examples.map((doc): Case => {
    const group = members.get(doc.group) ?? [];
    let removedTotal = 0;
    for (const member of group) {
      for (const f of member.features) removed[f]++;
      removedTotal += member.features.length;
    }
    // As at classification time, a feature nothing else has is unknown, not evidence.
    const known = doc.features.filter((f) => df[f] > removed[f]);
    const own = doc.label;
    const sums = new Array<number>(CLASSES).fill(0);
    const denominator = Math.log(totals[own] - removedTotal + ALPHA * size);
    for (const f of known) {
      for (let c = 0; c < CLASSES; c++) sums[c] += weights[f * CLASSES + c];
      sums[own] += Math.log(counts[f * CLASSES + own] - removed[f] + ALPHA) - denominator - weights[f * CLASSES + own];
    }
    for (const member of group) for (const f of member.features) removed[f] = 0;
    const divisor = Math.pow(Math.max(known.length, 1), gamma);
    return { logits: sums.map((s) => s / divisor), label: own };
  });
  return { weights, bias: new Float64Array(CLASSES), unseen };
}
