import { L2_IDS } from '../../playbook/ids';
import type { Case } from './calibration';
import type { Trained, TrainingDoc } from './trainer';

const CLASSES = L2_IDS.length;

export interface LogisticOptions {
  /** Passes over the training texts. */
  readonly epochs: number;
  /** Step size of the stochastic gradient. */
  readonly rate: number;
  /** Folds of the cross-validation that scores every example unseen, for the calibration. */
  readonly folds: number;
}

/**
 * Chosen by the cross-validated likelihood of the reference examples (epochs ∈ {10, 20, 30, 40},
 * rate ∈ {1, 3, 10}); a full L-BFGS fit with an L2 penalty (λ ∈ {1e-3 … 3e-6}) was no better there
 * and twenty times slower.
 */
const DEFAULTS: LogisticOptions = { epochs: 20, rate: 3, folds: 5 };
/** A feature of one text alone can only memorise it: only features of two or more texts get a weight. */
const MIN_TEXTS = 2;

/**
 * Multinomial logistic regression over the same binary features, each worth 1/n^γ in a description
 * of n features, fitted by averaged stochastic gradient descent (the average of the iterates is the
 * regulariser). Discriminative: a word that every L2 uses gets no weight, and a pair such as
 * partner × skills can outweigh its two words. Every example is also scored by a model trained
 * without its fold, for the calibration.
 */
export function trainLogistic(
  docs: readonly TrainingDoc[],
  size: number,
  gamma: number,
  options: LogisticOptions = DEFAULTS,
): Trained {
  const { weights, bias } = fit(docs, size, gamma, options);
  // A group (an example and its translations) stays in one fold: a translation would make it look easy.
  const groups = new Map<string, number>();
  for (const doc of docs) if (doc.example && !groups.has(doc.group)) groups.set(doc.group, groups.size);
  const fold = (doc: TrainingDoc) => (groups.get(doc.group) ?? 0) % options.folds;
  // In the order of the examples among the docs, as naive Bayes gives them, so the two can be blended.
  const unseen = new Map<number, Case>();
  for (let k = 0; k < options.folds; k++) {
    const out = new Set(docs.flatMap((doc, i) => (doc.example && fold(doc) === k ? [i] : [])));
    const training = docs.filter((_, i) => !out.has(i));
    const model = fit(training, size, gamma, options);
    const seen = new Uint8Array(size);
    for (const doc of training) for (const f of doc.features) seen[f] = 1;
    for (const i of out) {
      const doc = docs[i];
      // As at classification time, a feature the fold's model never saw is unknown, not evidence.
      const known = doc.features.filter((f) => seen[f] === 1);
      unseen.set(i, { logits: logits(model.weights, model.bias, known, gamma), label: doc.label });
    }
  }
  return { weights, bias, unseen: [...unseen.keys()].sort((x, y) => x - y).map((i) => unseen.get(i)!) };
}

function logits(weights: Float64Array, bias: Float64Array, features: readonly number[], gamma: number): number[] {
  const z = Array.from(bias);
  const x = 1 / Math.pow(Math.max(features.length, 1), gamma);
  for (const f of features) for (let c = 0; c < CLASSES; c++) z[c] += x * weights[f * CLASSES + c];
  return z;
}

/** A small deterministic generator (an LCG), so every build shuffles alike and trains the same model. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state / 0x80000000;
  };
}

function fit(
  docs: readonly TrainingDoc[],
  size: number,
  gamma: number,
  { epochs, rate }: LogisticOptions,
): { weights: Float64Array; bias: Float64Array } {
  const df = new Int32Array(size);
  for (const doc of docs) for (const f of doc.features) df[f]++;
  // Each text's features as rows of W (f · CLASSES), worth 1/n^γ of all n features as at classification time.
  const used = docs.filter((d) => d.features.length > 0);
  const rows = used.map((d) => Int32Array.from(d.features.filter((f) => df[f] >= MIN_TEXTS).map((f) => f * CLASSES)));
  const scale = Float64Array.from(used, (d) => 1 / Math.pow(d.features.length, gamma));
  const labels = Int32Array.from(used, (d) => d.label);
  const weights = new Float64Array(size * CLASSES);
  const bias = new Float64Array(CLASSES);
  // The average of all iterates, kept as w − u/t: u sums each update times the step it was made at.
  const sumWeights = new Float64Array(size * CLASSES);
  const sumBias = new Float64Array(CLASSES);
  const p = new Float64Array(CLASSES);
  const order = Int32Array.from(used, (_, i) => i);
  const next = random(42);
  let t = 1;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      const swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    for (const i of order) {
      const x = scale[i];
      const row = rows[i];
      for (let c = 0; c < CLASSES; c++) p[c] = bias[c];
      for (let k = 0; k < row.length; k++) for (let c = 0; c < CLASSES; c++) p[c] += x * weights[row[k] + c];
      let max = -Infinity;
      for (let c = 0; c < CLASSES; c++) if (p[c] > max) max = p[c];
      let sum = 0;
      for (let c = 0; c < CLASSES; c++) sum += p[c] = Math.exp(p[c] - max);
      for (let c = 0; c < CLASSES; c++) {
        const step = rate * (p[c] / sum - (c === labels[i] ? 1 : 0));
        bias[c] -= step;
        sumBias[c] -= t * step;
        for (let k = 0; k < row.length; k++) {
          weights[row[k] + c] -= step * x;
          sumWeights[row[k] + c] -= t * step * x;
        }
      }
      t++;
    }
  }
  for (let j = 0; j < weights.length; j++) weights[j] -= sumWeights[j] / t;
  for (let c = 0; c < CLASSES; c++) bias[c] -= sumBias[c] / t;
  return { weights, bias };
}
