import { L2_IDS } from '../../playbook/ids';

const CLASSES = L2_IDS.length;

/** An example scored by a model that never saw it: its logits (before the temperature) and its true class. */
export interface Case {
  readonly logits: readonly number[];
  readonly label: number;
}

/** Negative log-likelihood of the cases at temperature 1/a, with its first and second derivative in a. */
function objective(cases: readonly Case[], a: number): { nll: number; g: number; h: number } {
  let nll = 0;
  let g = 0;
  let h = 0;
  const e = new Float64Array(CLASSES);
  for (const { logits, label } of cases) {
    // Relative to the best class, so exp(a·z) cannot overflow.
    const max = Math.max(...logits);
    let sum = 0;
    for (let c = 0; c < CLASSES; c++) sum += e[c] = Math.exp(a * (logits[c] - max));
    let mean = 0;
    let square = 0;
    for (let c = 0; c < CLASSES; c++) {
      const p = e[c] / sum;
      const z = logits[c] - max;
      mean += p * z;
      square += p * z * z;
    }
    nll += Math.log(sum) - a * (logits[label] - max);
    g += mean - (logits[label] - max);
    h += square - mean * mean;
  }
  return { nll, g, h };
}

/**
 * The inverse temperature that makes the softmax's probabilities mean what they say on unseen
 * examples: maximum likelihood by Newton's method (the likelihood is convex in a), halving the
 * step whenever it overshoots.
 */
export function fitTemperature(cases: readonly Case[]): number {
  if (cases.length === 0) return 1;
  let a = 1;
  let current = objective(cases, a);
  for (let iteration = 0; iteration < 50; iteration++) {
    const step = current.h > 0 ? current.g / current.h : -Math.sign(current.g);
    let scale = 1;
    let next = current;
    let candidate = a;
    while (scale > 1e-6) {
      candidate = Math.max(1e-3, a - scale * step);
      next = objective(cases, candidate);
      if (next.nll < current.nll) break;
      scale /= 2;
    }
    if (!(next.nll < current.nll)) break;
    const gain = current.nll - next.nll;
    a = candidate;
    current = next;
    if (gain < 1e-9 * cases.length) break;
  }
  return a;
}
