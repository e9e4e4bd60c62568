import { L2_IDS, L2Id } from '../../playbook/ids';
import { Features } from './tokenize';

/**
 * Multinomial naive Bayes over binary features, with a temperature calibrated on the training set:
 *
 *   z[c] = a · (log P(x|c) − max_c' log P(x|c')) / n^γ,   P(c|x) = softmax(z)
 *
 * `a` is fit by maximum likelihood on every reference example scored as if it were unseen (it and
 * its translations removed from the counts), so the first candidate's probability is about how
 * often it is right. Dividing by n^γ (n known features) keeps long notes from being certain just
 * for being long. α and γ were chosen by the same leave-group-out likelihood (α ∈ {0.1, 0.3, 1},
 * γ ∈ {0, 0.5, 1}); a nearest-example term in the blend was tried too and got weight 0 there,
 * so nearest examples only explain the answer.
 */

export interface TrainingText {
  readonly text: string;
  readonly l2: L2Id;
  /** Examples are calibration cases and can be shown as evidence; playbook definitions only add word statistics. */
  readonly kind: 'example' | 'definition';
  /**
   * Texts that say the same thing (one example translated into several languages) share a group,
   * and calibration leaves the whole group out: a translation would make an example look easier
   * than an unseen description is.
   */
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

interface Calibration {
  /** Inverse temperature of the softmax. */
  readonly a: number;
}

const CLASSES = L2_IDS.length;
const ALPHA = 1;
const GAMMA = 0.5;
/** Nearest examples returned by `explain`. */
const NEIGHBOURS = 2;
/**
 * Features in more than this share of the examples ("customer", "M365") are left out of the
 * neighbour search: they barely move a cosine but would make every example a candidate.
 */
const COMMON = 0.08;

interface Doc {
  readonly text: string;
  /** Evidence prefers examples in the language of the description. */
  readonly language: string | null;
  readonly label: number;
  readonly features: readonly number[];
  readonly group: string;
}

/** Per feature, the examples that contain it and its weight there, as one flat array (CSR). */
interface Postings {
  /** Feature f's entries are at [start[f], start[f + 1]). */
  readonly start: Int32Array;
  readonly doc: Int32Array;
  readonly weight: Float64Array;
}

interface Case {
  /** Scaled log-likelihoods, 0 for the best class. */
  readonly nb: readonly number[];
  readonly label: number;
}

/** A trained model as plain data: what the build's snapshot stores (see snapshot.ts). Arrays are base64. */
export interface ModelData {
  readonly vocabulary: readonly string[];
  readonly logProb: string;
  readonly idf: string;
  readonly postings: { readonly start: string; readonly doc: string; readonly weight: string };
  readonly examples: readonly Doc[];
  readonly calibration: Calibration;
}

type Typed = Float64Array | Int32Array;
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

  private constructor(
    private readonly vocabulary: ReadonlyMap<string, number>,
    /** log P(feature | class), feature-major. */
    private readonly logProb: Float64Array,
    private readonly idf: Float64Array,
    private readonly postings: Postings,
    private readonly examples: readonly Doc[],
    private readonly calibration: Calibration,
  ) {
    this.scratch = new Float64Array(examples.length);
  }

  static train(texts: readonly TrainingText[], extract: (text: string) => Features): Model {
    const vocabulary = new Map<string, number>();
    const docs = texts.map((t) => {
      const { language, features } = extract(t.text);
      return {
        text: t.text,
        language,
        label: L2_IDS.indexOf(t.l2),
        group: t.group ?? t.text,
        example: t.kind === 'example',
        features: features.map((f) => {
          let index = vocabulary.get(f.key);
          if (index === undefined) {
            index = vocabulary.size;
            vocabulary.set(f.key, index);
          }
          return index;
        }),
      };
    });
    const size = vocabulary.size;
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
    const logProb = new Float64Array(size * CLASSES);
    for (let f = 0; f < size; f++) {
      for (let c = 0; c < CLASSES; c++)
        logProb[f * CLASSES + c] = Math.log((counts[f * CLASSES + c] + ALPHA) / (totals[c] + ALPHA * size));
    }

    const examples = docs.filter((d) => d.example);
    const idf = new Float64Array(size);
    for (let f = 0; f < size; f++) idf[f] = Math.log((docs.length + 1) / (df[f] + 1)) + 1;
    const postings = buildPostings(examples, idf, size);
    const cases = leaveGroupOut(examples, { counts, totals, df, logProb, size });
    return new Model(vocabulary, logProb, idf, postings, examples, fitTemperature(cases));
  }

  toData(): ModelData {
    return {
      vocabulary: [...this.vocabulary.keys()],
      logProb: toBase64(this.logProb),
      idf: toBase64(this.idf),
      postings: {
        start: toBase64(this.postings.start),
        doc: toBase64(this.postings.doc),
        weight: toBase64(this.postings.weight),
      },
      examples: this.examples,
      calibration: this.calibration,
    };
  }

  static fromData(data: ModelData): Model {
    return new Model(
      new Map(data.vocabulary.map((key, index) => [key, index])),
      fromBase64(data.logProb, Float64Array),
      fromBase64(data.idf, Float64Array),
      {
        start: fromBase64(data.postings.start, Int32Array),
        doc: fromBase64(data.postings.doc, Int32Array),
        weight: fromBase64(data.postings.weight, Float64Array),
      },
      data.examples,
      data.calibration,
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
    const nb = new Array<number>(CLASSES).fill(0);
    for (const { index: f } of known) for (let c = 0; c < CLASSES; c++) nb[c] += this.logProb[f * CLASSES + c];
    const { a } = this.calibration;
    const probabilities = softmax(scaled(nb, known.length).map((v) => a * v));
    const termScale = a / Math.pow(known.length, GAMMA);
    const explain = (l2: L2Id) => {
      const c = L2_IDS.indexOf(l2);
      // A term's share: how much likelier it is under this L2 than under the others on average.
      const weights = new Map<number, number>();
      const terms = known
        .map(({ index: f, surface }) => {
          let others = 0;
          for (let o = 0; o < CLASSES; o++) if (o !== c) others += this.logProb[f * CLASSES + o];
          const weight = termScale * (this.logProb[f * CLASSES + c] - others / (CLASSES - 1));
          weights.set(f, weight);
          return { surface, weight };
        })
        .filter((t) => t.weight > 0)
        .sort((x, y) => y.weight - x.weight);
      // The closest examples of this L2, in the description's language when there are any, weighing
      // as much as the terms they share with the description.
      const same = (doc: number) => (this.examples[doc].language === input.language ? 1 : 0);
      const neighbours = this.similarities(known.map((k) => k.index))
        .filter(({ doc }) => this.examples[doc].label === c)
        .sort((x, y) => same(y.doc) - same(x.doc) || y.sim - x.sim)
        .slice(0, NEIGHBOURS)
        .map(({ doc }) => {
          const shared = this.examples[doc].features.reduce((sum, f) => sum + Math.max(weights.get(f) ?? 0, 0), 0);
          return { text: this.examples[doc].text, l2, weight: shared };
        })
        .filter((n) => n.weight > 0);
      return { terms, neighbours };
    };
    return { probabilities, known: known.length, explain };
  }

  /** Cosine similarity (tf-idf of binary features) to every example sharing an indexed feature. */
  private similarities(features: readonly number[]): { doc: number; sim: number }[] {
    const norm = vectorNorm(features, this.idf);
    const touched: number[] = [];
    const { start, doc: docs, weight } = this.postings;
    for (const f of features) {
      const q = this.idf[f] / norm;
      for (let k = start[f]; k < start[f + 1]; k++) {
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

function buildPostings(examples: readonly Doc[], idf: Float64Array, size: number): Postings {
  const df = new Int32Array(size);
  for (const doc of examples) for (const f of doc.features) df[f]++;
  const indexed = (f: number) => df[f] <= COMMON * examples.length;
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

interface Counts {
  readonly counts: Float64Array;
  readonly totals: Float64Array;
  readonly df: Float64Array;
  readonly logProb: Float64Array;
  readonly size: number;
}

/**
 * Every example scored as if its group (it and its translations) had never been counted. Only the
 * group's own class changes, so the other classes keep the trained log-probabilities.
 */
function leaveGroupOut(examples: readonly Doc[], { counts, totals, df, logProb, size }: Counts): Case[] {
  const members = new Map<string, Doc[]>();
  for (const doc of examples) {
    const list = members.get(doc.group);
    if (list) list.push(doc);
    else members.set(doc.group, [doc]);
  }
  const removed = new Float64Array(size);
  return examples.map((doc) => {
    const group = members.get(doc.group) ?? [];
    let removedTotal = 0;
    for (const member of group) {
      for (const f of member.features) removed[f]++;
      removedTotal += member.features.length;
    }
    // As at classification time, a feature nothing else has is unknown, not evidence.
    const known = doc.features.filter((f) => df[f] > removed[f]);
    const own = doc.label;
    const nb = new Array<number>(CLASSES).fill(0);
    const denominator = Math.log(totals[own] - removedTotal + ALPHA * size);
    for (const f of known) {
      for (let c = 0; c < CLASSES; c++) nb[c] += logProb[f * CLASSES + c];
      nb[own] += Math.log(counts[f * CLASSES + own] - removed[f] + ALPHA) - denominator - logProb[f * CLASSES + own];
    }
    for (const member of group) for (const f of member.features) removed[f] = 0;
    return { nb: scaled(nb, known.length), label: own };
  });
}

function vectorNorm(features: readonly number[], idf: Float64Array): number {
  let sum = 0;
  for (const f of features) sum += idf[f] * idf[f];
  return Math.sqrt(sum);
}

/** Relative to the best class, and divided by n^γ. */
function scaled(scores: readonly number[], n: number): number[] {
  const max = Math.max(...scores);
  const divisor = Math.pow(Math.max(n, 1), GAMMA);
  return scores.map((s) => (s - max) / divisor);
}

function softmax(z: readonly number[]): number[] {
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((s, v) => s + v, 0);
  return e.map((v) => v / sum);
}

/** Negative log-likelihood of the cases at temperature 1/a, with its first and second derivative in a. */
function objective(cases: readonly Case[], a: number): { nll: number; g: number; h: number } {
  let nll = 0;
  let g = 0;
  let h = 0;
  const e = new Float64Array(CLASSES);
  for (const { nb, label } of cases) {
    // nb is 0 for the best class and negative elsewhere, so exp(a·nb) cannot overflow.
    let sum = 0;
    for (let c = 0; c < CLASSES; c++) sum += e[c] = Math.exp(a * nb[c]);
    let mean = 0;
    let square = 0;
    for (let c = 0; c < CLASSES; c++) {
      const p = e[c] / sum;
      mean += p * nb[c];
      square += p * nb[c] * nb[c];
    }
    nll += Math.log(sum) - a * nb[label];
    g += mean - nb[label];
    h += square - mean * mean;
  }
  return { nll, g, h };
}

/** Newton's method on the likelihood, which is convex in a; halving the step whenever it overshoots. */
function fitTemperature(cases: readonly Case[]): Calibration {
  if (cases.length === 0) return { a: 1 };
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
  return { a };
}
