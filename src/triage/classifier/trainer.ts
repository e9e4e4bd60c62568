/** What the two learners (logistic.ts, naiveBayes.ts) take and give back; model.ts blends and serves them. */
import type { Case } from './calibration';

/** A training text as the trainers see it: feature indices. */
export interface TrainingDoc {
  readonly label: number;
  readonly features: readonly number[];
  readonly example: boolean;
  readonly group: string;
}

/** What a trainer returns: weights feature-major (W[f · CLASSES + c]), biases, and the examples scored unseen. */
export interface Trained {
  readonly weights: Float64Array;
  readonly bias: Float64Array;
  readonly unseen: readonly Case[];
}
