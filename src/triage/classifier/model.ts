import { L2_IDS, L2Id } from '../../playbook/ids';
import { type Case, fitTemperature } from './calibration';
import type { Trained } from './trainer';
import { trainLogistic } from './logistic';
import { trainNaiveBayes } from './naiveBayes';
import { Features } from './tokenize';

/**
 * A linear model over binary features with a temperature calibrated on unseen examples:
 *
 *   z[c] = a · (b[c] + Σ_f W[f][c] / n^γ),   P(c|x) = softmax(z)
 *
 * over the n features of the description that the model knows. Two ways to learn W and b are
 * compared by `npm run eval -- --compare` (see the README): multinomial logistic regression
 * (logistic.ts, the default) and naive Bayes (naiveBayes.ts, W = log P(f|c), b = 0). Either way
 * every example is also scored by a model that never saw it, and `a` is fitted by maximum likelihood
 * on those scores (calibration.ts), so the first candidate's probability is about how often it is
 * right. Dividing by n^γ keeps long notes from being certain just for being long.
 */

export type Method = 'blend' | 'logistic' | 'naive-bayes';
export const METHODS: readonly Method[] = ['blend', 'logistic', 'naive-bayes'];
const GAMMA = 0.5;
const MIN_TEXTS = 2;

export interface TrainingText {
  readonly text: string;
  readonly l2: L2Id;
  /** Examples are calibration cases and can be shown as evidence; playbook definitions only add word statistics. */
  readonly kind: 'example' | 'definition';
  /** Texts that say the same thing (a playbook example in several languages) are left out together when scored unseen. */
  readonly group?: string;
}

export interface TermWeight {
  readonly surface: string;
  readonly weight: number;
}

export interface Neighbour {
  readonly text: string;
  readonly l2: L2Id;
  readonly weight: number;
}

export interface Scores {
  /** P(l2 | text) in the order of L2_IDS. */
  readonly probabilities: readonly number[];
  /** Features the model knows. */
  readonly known: number;
  /** The terms and nearest examples that speak for an L2, weightiest first, in logit units. */
  readonly explain: (l2: L2Id) => { readonly terms: readonly TermWeight[]; readonly neighbours: readonly Neighbour[] };
}

const CLASSES = L2_IDS.length;
/** Nearest examples returned by `explain`. */
const NEIGHBOURS = 2;
/**
 * Features in more than this share of the examples ("customer", "M365") are left out of the
 * neighbour search: they barely move a cosine but would make every example a candidate.
 */
const COMMON = 0.03;

interface Doc {
  readonly text: string;
  /** Evidence prefers examples in the language of the description. */
  readonly language: string | null;
  readonly label: number;
  readonly features: readonly number[];
}

/** Per feature, the examples that contain it and its weight there, as one flat array (CSR). */
interface Postings {
  /** Feature f's entries are at [start[f], start[f + 1]). */
  readonly start: Int32Array;
  readonly doc: Int32Array;
  readonly weight: Float64Array;
}

/** A trained model as plain data: what the build's snapshot stores (see snapshot.ts). Arrays are base64. */
export interface ModelData {
  readonly vocabulary: readonly string[];
  readonly weights: string;
  readonly bias: readonly number[];
  readonly idf: string;
  readonly postings: { readonly start: string; readonly doc: string; readonly weight: string };
  readonly examples: readonly Doc[];
  /** Inverse temperature of the softmax. */
  readonly a: number;
}

type Typed = Float64Array | Float32Array | Int32Array;
const toBase64 = (array: Typed): string =>
  Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
function fromBase64<T extends Typed>(text: string, Type: new (buffer: ArrayBuffer) => T): T {
  const bytes = Buffer.from(text, 'base64');
  // A copy, so the typed array starts on an aligned, unshared buffer.
  return new Type(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

export class Model {
  /** Similarity accumulator, one slot per example, reused by every call. */
  private readonly scratch: Float64Array;
  /** Index of the first example of each L2 (and the count at the end): the examples are in L2 order. */
  private readonly starts: Int32Array;

  private constructor(
    private readonly vocabulary: ReadonlyMap<string, number>,
    /** W[f · CLASSES + c], in single precision: half the snapshot, and seven digits are plenty. */
    private readonly weights: Float32Array,
    private readonly bias: readonly number[],
    private readonly idf: Float64Array,
    private readonly postings: Postings,
    private readonly examples: readonly Doc[],
    private readonly a: number,
  ) {
    this.scratch = new Float64Array(examples.length);
    this.starts = new Int32Array(CLASSES + 1);
    for (const example of examples) this.starts[example.label + 1]++;
    for (let c = 0; c < CLASSES; c++) this.starts[c + 1] += this.starts[c];
  }

  static train(texts: readonly TrainingText[], extract: (text: string) => Features, method: Method = 'blend'): Model {
    const extracted = texts.map((t) => ({ t, ...extract(t.text) }));
    // A feature of one text alone says nothing about any other: it is not part of the model.
    const count = new Map<string, number>();
    for (const { features } of extracted) for (const f of features) count.set(f.key, (count.get(f.key) ?? 0) + 1);
    const vocabulary = new Map<string, number>();
    for (const [key, n] of count) if (n >= MIN_TEXTS) vocabulary.set(key, vocabulary.size);
    const docs = extracted.map(({ t, language, features }) => ({
      text: t.text,
      language,
      label: L2_IDS.indexOf(t.l2),
      group: t.group ?? t.text,
      example: t.kind === 'example',
      features: features.flatMap((f) => {
        const index = vocabulary.get(f.key);
        return index === undefined ? [] : [index];
      }),
    }));
    const size = vocabulary.size;
    const trained =
      method === 'logistic'
        ? trainLogistic(docs, size, GAMMA)
        : method === 'naive-bayes'
          ? trainNaiveBayes(docs, size, GAMMA)
          : blend(trainNaiveBayes(docs, size, GAMMA), trainLogistic(docs, size, GAMMA));
    const df = new Float64Array(size);
    for (const doc of docs) for (const f of doc.features) df[f]++;
    const idf = new Float64Array(size);
    for (let f = 0; f < size; f++) idf[f] = Math.log((docs.length + 1) / (df[f] + 1)) + 1;
    // By L2 (stable), so each feature's postings hold one L2's examples in one stretch.
    const examples = docs
      .filter((d) => d.example)
      .map(({ text, language, label, features }) => ({ text, language, label, features }))
      .sort((x, y) => x.label - y.label);
    return new Model(
      vocabulary,
      Float32Array.from(trained.weights),
      Array.from(trained.bias),
      idf,
      buildPostings(examples, idf, [...vocabulary.keys()]),
      examples,
      fitTemperature(trained.unseen),
    );
  }

  toData(): ModelData {
    return {
      vocabulary: [...this.vocabulary.keys()],
      weights: toBase64(this.weights),
      bias: this.bias,
      idf: toBase64(this.idf),
      postings: {
        start: toBase64(this.postings.start),
        doc: toBase64(this.postings.doc),
        weight: toBase64(this.postings.weight),
      },
      examples: this.examples,
      a: this.a,
    };
  }

  static fromData(data: ModelData): Model {
    return new Model(
      new Map(data.vocabulary.map((key, index) => [key, index])),
      fromBase64(data.weights, Float32Array),
      data.bias,
      fromBase64(data.idf, Float64Array),
      {
        start: fromBase64(data.postings.start, Int32Array),
        doc: fromBase64(data.postings.doc, Int32Array),
        weight: fromBase64(data.postings.weight, Float64Array),
      },
      data.examples,
      data.a,
    );
  }

  score(input: Features): Scores {
    const known: { index: number; surface: string }[] = [];
    for (const f of input.features) {
      const index = this.vocabulary.get(f.key);
      if (index !== undefined) known.push({ index, surface: f.surface });
    }
    if (known.length === 0) {
      return { probabilities: L2_IDS.map(() => 1 / CLASSES), known: 0, explain: () => ({ terms: [], neighbours: [] }) };
    }
    const x = 1 / Math.pow(known.length, GAMMA);
    const z = [...this.bias];
    for (const { index: f } of known) for (let c = 0; c < CLASSES; c++) z[c] += x * this.weights[f * CLASSES + c];
    const probabilities = softmax(z.map((v) => this.a * v));
    const termScale = this.a * x;
    const explain = (l2: L2Id) => {
      const c = L2_IDS.indexOf(l2);
      // A term's share: how much more it adds to this L2 than to the others on average.
      const weights = new Map<number, number>();
      const terms = known
        .map(({ index: f, surface }) => {
          let others = 0;
          for (let o = 0; o < CLASSES; o++) if (o !== c) others += this.weights[f * CLASSES + o];
          const weight = termScale * (this.weights[f * CLASSES + c] - others / (CLASSES - 1));
          weights.set(f, weight);
          return { surface, weight };
        })
        .filter((t) => t.weight > 0)
        .sort((x, y) => y.weight - x.weight);
      // The closest examples of this L2, in the description's language when there are any, weighing
      // as much as the terms they share with the description.
      const same = (doc: number) => (this.examples[doc].language === input.language ? 1 : 0);
      const nearest = this.similarities(
        known.map((k) => k.index),
        c,
      );
      const neighbours = top(nearest, NEIGHBOURS, (x, y) => same(y.doc) - same(x.doc) || y.sim - x.sim)
        .map(({ doc }) => {
          const shared = this.examples[doc].features.reduce((sum, f) => sum + Math.max(weights.get(f) ?? 0, 0), 0);
          return { text: this.examples[doc].text, l2, weight: shared };
        })
        .filter((n) => n.weight > 0);
      return { terms, neighbours };
    };
    return { probabilities, known: known.length, explain };
  }

  /** Cosine similarity (tf-idf of binary features) to every example of L2 `c` sharing an indexed feature. */
  private similarities(features: readonly number[], c: number): { doc: number; sim: number }[] {
    const norm = vectorNorm(features, this.idf);
    const touched: number[] = [];
    const { start, doc: docs, weight } = this.postings;
    const [from, to] = [this.starts[c], this.starts[c + 1]];
    for (const f of features) {
      const q = this.idf[f] / norm;
      // The feature's postings are in example order, and the examples in L2 order.
      for (let k = lowerBound(docs, start[f], start[f + 1], from); k < start[f + 1] && docs[k] < to; k++) {
        const doc = docs[k];
        if (this.scratch[doc] === 0) touched.push(doc);
        this.scratch[doc] += q * weight[k];
      }
    }
    return touched.map((doc) => {
      const sim = this.scratch[doc];
      this.scratch[doc] = 0;
      return { doc, sim };
    });
  }
}

/** Shares of naive Bayes tried by `blend`. */
const SHARES = Array.from({ length: 21 }, (_, k) => k / 20);

/**
 * Naive Bayes and logistic regression err on different descriptions, and both are linear in the
 * same features, so their calibrated sum is one linear model again: W = s·a₁·W₁ + (1 − s)·a₂·W₂.
 * The share s is the one whose blend scores the unseen examples most likely.
 */
function blend(first: Trained, second: Trained): Trained {
  const a1 = fitTemperature(first.unseen);
  const a2 = fitTemperature(second.unseen);
  const mix = (share: number, x: readonly number[], y: readonly number[]) =>
    x.map((v, c) => share * a1 * v + (1 - share) * a2 * y[c]);
  const cases = (share: number): Case[] =>
    first.unseen.map((c, i) => ({ logits: mix(share, c.logits, second.unseen[i].logits), label: c.label }));
  const fits = SHARES.map((s) => likelihood(cases(s)));
  const share = SHARES[fits.indexOf(Math.max(...fits))];
  const weights = new Float64Array(first.weights.length);
  for (let i = 0; i < weights.length; i++)
    weights[i] = share * a1 * first.weights[i] + (1 - share) * a2 * second.weights[i];
  return {
    weights,
    bias: Float64Array.from(mix(share, Array.from(first.bias), Array.from(second.bias))),
    unseen: cases(share),
  };
}

/** The first position in [from, to) of the sorted `values` holding at least `value`. */
function lowerBound(values: Int32Array, from: number, to: number, value: number): number {
  let [low, high] = [from, to];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The first `count` items in the order of `compare`, without sorting them all (a description touches hundreds of examples). */
function top<T>(items: readonly T[], count: number, compare: (x: T, y: T) => number): T[] {
  const best: T[] = [];
  for (const item of items) {
    if (best.length === count && compare(item, best[count - 1]) >= 0) continue;
    best.splice(best.length === count ? count - 1 : best.length, 1, item);
    best.sort(compare);
  }
  return best;
}

function likelihood(cases: readonly Case[]): number {
  let sum = 0;
  for (const { logits, label } of cases) {
    const max = Math.max(...logits);
    sum += logits[label] - max - Math.log(logits.reduce((s, v) => s + Math.exp(v - max), 0));
  }
  return sum;
}

function buildPostings(examples: readonly Doc[], idf: Float64Array, keys: readonly string[]): Postings {
  const size = keys.length;
  const df = new Int32Array(size);
  for (const doc of examples) for (const f of doc.features) df[f]++;
  // A concept pair only repeats its two concepts, which are indexed themselves.
  const indexed = (f: number) => df[f] <= COMMON * examples.length && !keys[f].includes('&');
  const start = new Int32Array(size + 1);
  for (let f = 0; f < size; f++) start[f + 1] = start[f] + (indexed(f) ? df[f] : 0);
  const fill = start.slice(0, size);
  const doc = new Int32Array(start[size]);
  const weight = new Float64Array(start[size]);
  examples.forEach((example, i) => {
    const norm = vectorNorm(example.features, idf);
    for (const f of example.features) {
      if (!indexed(f)) continue;
      doc[fill[f]] = i;
      weight[fill[f]++] = idf[f] / norm;
    }
  });
  return { start, doc, weight };
}

function vectorNorm(features: readonly number[], idf: Float64Array): number {
  let sum = 0;
  for (const f of features) sum += idf[f] * idf[f];
  return Math.sqrt(sum);
}

function softmax(z: readonly number[]): number[] {
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((s, v) => s + v, 0);
  return e.map((v) => v / sum);
}
