/**
 * `blocker-triage eval`: accuracy of the classifier on descriptions it never trained on, the held-out
 * fifth of the reference examples and every outside set in eval/outside-* (written by people who never
 * saw the examples or the code), per language and per L2, with confusion tables and calibration.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { L2_IDS, L2Id } from '../playbook/ids';
import { SHORT } from './labels';
import {
  CLASSIFIER_LANGUAGES,
  Classification,
  Classifier,
  ClassifierLanguage,
  Method,
  ReferenceExample,
  examplesOf,
  splitExamples,
} from '../triage/classifier';

/** The outside sets: eval/outside-NAME/LANGUAGE.jsonl. */
const EVAL_DIR = path.resolve(__dirname, '..', '..', 'eval');
/** Confidence bins of the reliability table. */
const BINS = [0.5, 0.6, 0.7, 0.8, 0.9, 1.0001];

const L2_SCHEMA = z.enum(L2_IDS);
const OUTSIDE_LINE = z.object({
  l2: L2_SCHEMA,
  register: z.enum(['P', 'F']),
  border: z.boolean(),
  like: L2_SCHEMA.optional(),
  text: z.string().min(1),
});
type OutsideCase = z.infer<typeof OUTSIDE_LINE>;

export interface EvalCase {
  readonly text: string;
  readonly truth: L2Id;
}

export interface EvalSet {
  readonly name: string;
  readonly languages: Partial<Record<ClassifierLanguage, readonly EvalCase[]>>;
}

/** Every eval/outside-* folder, each with one JSON-lines file per language. */
export function outsideSets(
  dir: string = EVAL_DIR,
): { name: string; cases: Partial<Record<ClassifierLanguage, OutsideCase[]>> }[] {
  let folders: string[];
  try {
    folders = readdirSync(dir)
      .filter((name) => name.startsWith('outside-'))
      .sort();
  } catch {
    return [];
  }
  return folders.map((name) => {
    const cases: Partial<Record<ClassifierLanguage, OutsideCase[]>> = {};
    for (const language of CLASSIFIER_LANGUAGES) {
      let content: string;
      try {
        content = readFileSync(path.join(dir, name, `${language}.jsonl`), 'utf8');
      } catch {
        continue;
      }
      cases[language] = content
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => OUTSIDE_LINE.parse(JSON.parse(line)));
    }
    return { name, cases };
  });
}

/** The held-out fifth and the outside sets, as the report measures them. */
export function evalSets(): EvalSet[] {
  const heldOut = (source: ReferenceExample['source']): EvalSet => ({
    name: `held-out fifth (${source})`,
    languages: Object.fromEntries(
      CLASSIFIER_LANGUAGES.map((language) => [
        language,
        splitExamples(examplesOf(language))
          .heldOut.filter((e) => e.source === source)
          .map((e) => ({ text: e.text, truth: e.l2 })),
      ]),
    ),
  });
  const outside = outsideSets().map(({ name, cases }): EvalSet => ({
    name,
    languages: Object.fromEntries(
      Object.entries(cases).map(([language, list]) => [language, list.map((c) => ({ text: c.text, truth: c.l2 }))]),
    ),
  }));
  return [heldOut('current'), heldOut('older'), ...outside];
}

interface Rate {
  readonly n: number;
  readonly top1: number;
  readonly top3: number;
}

export interface Metrics extends Rate {
  readonly abstained: number;
  /** Accuracy of the answers given (null when it abstained on all). */
  readonly answeredAccuracy: number | null;
  /** Mean confidence of the first candidate: near top1 when calibrated. */
  readonly meanConfidence: number;
  /** Expected calibration error: the gap between confidence and accuracy, averaged over the bins below. */
  readonly ece: number;
  /** Per confidence bin [from, to): how many, how confident on average, how often right. */
  readonly reliability: readonly {
    readonly from: number;
    readonly n: number;
    readonly confidence: number;
    readonly accuracy: number;
  }[];
  readonly byL2: Readonly<Record<L2Id, Rate>>;
  /** confusion[true][predicted] by the first candidate. */
  readonly confusion: Readonly<Record<L2Id, Readonly<Record<L2Id, number>>>>;
}

export interface SetReport {
  readonly name: string;
  readonly languages: Partial<Record<ClassifierLanguage, Metrics>>;
  readonly overall: Metrics;
}

export interface EvalReport {
  readonly method: Method;
  readonly sets: readonly SetReport[];
}

interface Outcome {
  readonly truth: L2Id;
  readonly result: Classification;
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

function rate(outcomes: readonly Outcome[]): Rate {
  const n = outcomes.length;
  const top1 = outcomes.filter((o) => o.result.candidates[0].l2 === o.truth).length;
  const top3 = outcomes.filter((o) => o.result.candidates.slice(0, 3).some((c) => c.l2 === o.truth)).length;
  return { n, top1: n === 0 ? 0 : round(top1 / n), top3: n === 0 ? 0 : round(top3 / n) };
}

function metrics(outcomes: readonly Outcome[]): Metrics {
  const confusion = Object.fromEntries(L2_IDS.map((t) => [t, Object.fromEntries(L2_IDS.map((p) => [p, 0]))])) as Record<
    L2Id,
    Record<L2Id, number>
  >;
  for (const { truth, result } of outcomes) confusion[truth][result.candidates[0].l2]++;
  const n = outcomes.length;
  const answered = outcomes.filter((o) => o.result.l2 !== null);
  const right = (o: Outcome) => o.result.candidates[0].l2 === o.truth;
  // The first bin takes everything below 60 %, abstentions included: confidence is about the first candidate.
  const reliability = BINS.slice(0, -1).map((from, b) => {
    const inBin = outcomes.filter((o) => (b === 0 || o.result.confidence >= from) && o.result.confidence < BINS[b + 1]);
    const count = inBin.length;
    const mean = (f: (o: Outcome) => number) => (count === 0 ? 0 : inBin.reduce((s, o) => s + f(o), 0) / count);
    return {
      from: b === 0 ? 0 : from,
      n: count,
      confidence: round(mean((o) => o.result.confidence)),
      accuracy: round(mean((o) => (right(o) ? 1 : 0))),
    };
  });
  const ece =
    n === 0 ? 0 : reliability.reduce((s, bin) => s + (bin.n / n) * Math.abs(bin.confidence - bin.accuracy), 0);
  return {
    ...rate(outcomes),
    abstained: n === 0 ? 0 : round((n - answered.length) / n),
    answeredAccuracy: answered.length === 0 ? null : round(answered.filter(right).length / answered.length),
    meanConfidence: n === 0 ? 0 : round(outcomes.reduce((s, o) => s + o.result.confidence, 0) / n),
    ece: round(ece),
    reliability,
    byL2: Object.fromEntries(L2_IDS.map((l2) => [l2, rate(outcomes.filter((o) => o.truth === l2))])) as Record<
      L2Id,
      Rate
    >,
    confusion,
  };
}

export function evaluate(classifier: Classifier, method: Method, sets: readonly EvalSet[] = evalSets()): EvalReport {
  return {
    method,
    sets: sets.map((set) => {
      const languages: Partial<Record<ClassifierLanguage, Metrics>> = {};
      const all: Outcome[] = [];
      for (const language of CLASSIFIER_LANGUAGES) {
        const cases = set.languages[language] ?? [];
        if (cases.length === 0) continue;
        const outcomes = cases.map(({ text, truth }) => ({ truth, result: classifier.classify(text) }));
        languages[language] = metrics(outcomes);
        all.push(...outcomes);
      }
      return { name: set.name, languages, overall: metrics(all) };
    }),
  };
}

function percent(value: number | null): string {
  return value === null ? '   –  ' : `${(value * 100).toFixed(1).padStart(5)}%`;
}

function summaryLine(name: string, m: Metrics): string {
  return (
    `${name.padEnd(8)} n=${String(m.n).padEnd(4)} top-1 ${percent(m.top1)}  top-3 ${percent(m.top3)}  ` +
    `abstained ${percent(m.abstained)}  accuracy when answering ${percent(m.answeredAccuracy)}  ` +
    `mean confidence ${percent(m.meanConfidence)}  ECE ${percent(m.ece)}\n`
  );
}

function confusionTable(m: Metrics): string {
  const head = `  ${'true \\ predicted'.padEnd(17)}${L2_IDS.map((l2) => SHORT[l2].padStart(5)).join('')}   top-1  top-3\n`;
  const rows = L2_IDS.map(
    (truth) =>
      `  ${SHORT[truth].padEnd(17)}${L2_IDS.map((p) => String(m.confusion[truth][p] || '·').padStart(5)).join('')}` +
      `  ${percent(m.byL2[truth].top1)} ${percent(m.byL2[truth].top3)}\n`,
  );
  return head + rows.join('');
}

function reliabilityTable(m: Metrics): string {
  const rows = m.reliability.map(
    (bin, b) =>
      `  ${b === 0 ? '   < 60%' : `${percent(bin.from)}+`}  n=${String(bin.n).padEnd(5)} confidence ${percent(bin.confidence)}  right ${percent(bin.accuracy)}\n`,
  );
  return `  reliability (first candidate's confidence against how often it is right):\n${rows.join('')}`;
}

export function formatReport(report: EvalReport): string {
  const parts = [`Model: ${report.method}. Every set below was never trained on.\n`];
  for (const set of report.sets) {
    parts.push(`\n== ${set.name} ==\n\n`);
    for (const [language, m] of Object.entries(set.languages) as [ClassifierLanguage, Metrics][]) {
      parts.push(summaryLine(language, m), confusionTable(m), '\n');
    }
    parts.push(summaryLine('overall', set.overall), confusionTable(set.overall), reliabilityTable(set.overall));
  }
  parts.push(`\nColumns and rows: ${L2_IDS.map((l2) => `${SHORT[l2]} ${l2}`).join(', ')}.\n`);
  return parts.join('');
}

/** One line per set and language: top-1 / top-3 of each model side by side. */
export function formatComparison(reports: readonly EvalReport[]): string {
  const head = `${'set'.padEnd(26)}${'language'.padEnd(9)}${reports.map((r) => `${r.method} top-1/top-3`.padStart(28)).join('')}\n`;
  const rows: string[] = [];
  for (const [s, set] of reports[0].sets.entries()) {
    const names = [...Object.keys(set.languages), 'overall'];
    for (const language of names) {
      const cells = reports.map((r) => {
        const m = language === 'overall' ? r.sets[s].overall : r.sets[s].languages[language as ClassifierLanguage];
        return m ? `${percent(m.top1)} / ${percent(m.top3)}`.padStart(28) : ''.padStart(28);
      });
      rows.push(`${set.name.padEnd(26)}${language.padEnd(9)}${cells.join('')}\n`);
    }
  }
  return head + rows.join('');
}
