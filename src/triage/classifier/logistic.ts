import { L2_IDS } from '../../playbook/ids';
import type { Case } from './calibration';
import type { Trained, TrainingDoc } from './model';

const CLASSES = L2_IDS.length;

export interface LogisticOptions {
  /** L2 penalty on the feature weights (the biases are free). */
  readonly lambda: number;
  /** Folds of the cross-validation that scores every example unseen, for the calibration. */
  readonly folds: number;
  readonly iterations: number;
}

export const LOGISTIC_DEFAULTS: LogisticOptions = { lambda: 1e-5, folds: 5, iterations: 200 };

/**
 * Multinomial logistic regression over the same binary features, each worth 1/n^γ in a description
 * of n known features, with an L2 penalty, fitted by L-BFGS. Discriminative: a word that every L2
 * uses gets no weight, and a pair such as partner × skills can outweigh its two words. Every
 * example is also scored by a model trained without its fold, for the calibration.
 */
export function trainLogistic(
  docs: readonly TrainingDoc[],
  size: number,
  gamma: number,
  options: LogisticOptions = LOGISTIC_DEFAULTS,
): Trained {
  const { weights, bias } = fit(docs, size, gamma, options);
  const unseen: Case[] = [];
  // A group (an example and its translations) stays in one fold: a translation would make it look easy.
  const groups = new Map<string, number>();
  for (const doc of docs) if (doc.example && !groups.has(doc.group)) groups.set(doc.group, groups.size);
  const fold = (doc: TrainingDoc) => (groups.get(doc.group) ?? 0) % options.folds;
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
      unseen.push({ logits: logits(model.weights, model.bias, known, gamma), label: doc.label });
    }
  }
  return { weights, bias, unseen };
}

function logits(weights: Float64Array, bias: Float64Array, features: readonly number[], gamma: number): number[] {
  const z = Array.from(bias);
  const x = 1 / Math.pow(Math.max(features.length, 1), gamma);
  for (const f of features) for (let c = 0; c < CLASSES; c++) z[c] += x * weights[f * CLASSES + c];
  return z;
}

function fit(
  docs: readonly TrainingDoc[],
  size: number,
  gamma: number,
  { lambda, iterations }: LogisticOptions,
): { weights: Float64Array; bias: Float64Array } {
  // The documents as one flat array (CSR), so the objective, run a few hundred times, is plain loops.
  const used = docs.filter((d) => d.features.length > 0);
  const start = new Int32Array(used.length + 1);
  used.forEach((d, i) => (start[i + 1] = start[i] + d.features.length));
  const features = new Int32Array(start[used.length]);
  used.forEach((d, i) => features.set(d.features, start[i]));
  const labels = Int32Array.from(used, (d) => d.label);
  const scale = Float64Array.from(used, (d) => 1 / Math.pow(d.features.length, gamma));
  const dense = size * CLASSES;
  const p = new Float64Array(CLASSES);
  const objective = (theta: Float64Array, gradient: Float64Array): number => {
    gradient.fill(0);
    let loss = 0;
    for (let i = 0; i < used.length; i++) {
      const x = scale[i];
      for (let c = 0; c < CLASSES; c++) p[c] = theta[dense + c];
      for (let k = start[i]; k < start[i + 1]; k++) {
        const row = features[k] * CLASSES;
        for (let c = 0; c < CLASSES; c++) p[c] += x * theta[row + c];
      }
      let max = -Infinity;
      for (let c = 0; c < CLASSES; c++) if (p[c] > max) max = p[c];
      let sum = 0;
      for (let c = 0; c < CLASSES; c++) sum += p[c] = Math.exp(p[c] - max);
      loss -= Math.log(p[labels[i]] / sum);
      for (let c = 0; c < CLASSES; c++) {
        p[c] = p[c] / sum - (c === labels[i] ? 1 : 0);
        gradient[dense + c] += p[c];
      }
      for (let k = start[i]; k < start[i + 1]; k++) {
        const row = features[k] * CLASSES;
        for (let c = 0; c < CLASSES; c++) gradient[row + c] += p[c] * x;
      }
    }
    const n = Math.max(used.length, 1);
    loss /= n;
    for (let j = 0; j < gradient.length; j++) gradient[j] /= n;
    for (let j = 0; j < dense; j++) {
      loss += (lambda / 2) * theta[j] * theta[j];
      gradient[j] += lambda * theta[j];
    }
    return loss;
  };
  const theta = minimise(objective, new Float64Array(dense + CLASSES), iterations);
  return { weights: theta.slice(0, dense), bias: theta.slice(dense) };
}

const MEMORY = 6;

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}

/** L-BFGS with a backtracking (Armijo) line search; the objective is smooth and strictly convex. */
function minimise(
  objective: (x: Float64Array, gradient: Float64Array) => number,
  start: Float64Array,
  iterations: number,
): Float64Array {
  const n = start.length;
  let x = start;
  let gradient = new Float64Array(n);
  let value = objective(x, gradient);
  const history: { s: Float64Array; y: Float64Array; rho: number }[] = [];
  const direction = new Float64Array(n);
  for (let iteration = 0; iteration < iterations; iteration++) {
    direction.set(gradient);
    const alphas: number[] = [];
    for (let k = history.length - 1; k >= 0; k--) {
      const { s, y, rho } = history[k];
      const alpha = rho * dot(s, direction);
      alphas[k] = alpha;
      for (let i = 0; i < n; i++) direction[i] -= alpha * y[i];
    }
    const last = history[history.length - 1];
    const h0 = last ? 1 / (last.rho * dot(last.y, last.y)) : 1 / Math.sqrt(dot(gradient, gradient) || 1);
    for (let i = 0; i < n; i++) direction[i] *= h0;
    for (const [k, { s, y, rho }] of history.entries()) {
      const beta = rho * dot(y, direction);
      for (let i = 0; i < n; i++) direction[i] += s[i] * (alphas[k] - beta);
    }
    for (let i = 0; i < n; i++) direction[i] = -direction[i];
    const slope = dot(gradient, direction);
    if (!(slope < 0)) break;
    let step = 1;
    const next = new Float64Array(n);
    const nextGradient = new Float64Array(n);
    let nextValue = value;
    for (let tries = 0; tries < 30; tries++) {
      for (let i = 0; i < n; i++) next[i] = x[i] + step * direction[i];
      nextValue = objective(next, nextGradient);
      if (nextValue <= value + 1e-4 * step * slope) break;
      step /= 2;
    }
    if (!(nextValue < value)) break;
    const s = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = next[i] - x[i];
      y[i] = nextGradient[i] - gradient[i];
    }
    const sy = dot(s, y);
    if (sy > 1e-12) {
      history.push({ s, y, rho: 1 / sy });
      if (history.length > MEMORY) history.shift();
    }
    const gain = value - nextValue;
    x = next;
    gradient = nextGradient;
    value = nextValue;
    if (gain < 1e-7 * Math.max(1, Math.abs(value))) break;
  }
  return x;
}
