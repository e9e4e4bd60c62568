import { Command, CommanderError } from 'commander';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { promises as fs } from 'fs';
import { StringDecoder } from 'string_decoder';
import { L2_IDS, L2Id } from '../playbook/ids';
import { SHORT } from './labels';
import { evaluateWalk, formatWalkEvaluation } from './walkEval';
import { sheetNames } from '../triage/sheets';
import {
  CLASSIFIER_LANGUAGES,
  Classification,
  ClassifierLanguage,
  EXAMPLES,
  loadClassifier,
  splitExamples,
} from '../triage/classifier';

export interface CliIo {
  readonly stdin: NodeJS.ReadableStream | AsyncIterable<string | Buffer>;
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  readonly readFile?: (path: string) => Promise<Buffer | string>;
  readonly writeFile?: (path: string, data: string) => Promise<void>;
}

/** Wrong use of the command line (bad option, unknown column, unreadable file): exit code 2. */
class UsageError extends Error {}

const EXIT_OK = 0;
const EXIT_FAILURE = 1;
const EXIT_USAGE = 2;
const BOM = '\uFEFF';

/** Runs `blocker-triage` with the user's arguments (without node and the script); resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const program = new Command('blocker-triage')
    .description('Suggest the FastTrack L2 reason (L1 Blocked) for blocker descriptions, in six languages.')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run with --help for usage)');

  program
    .command('classify')
    .description(
      'Classify a description given as arguments, or one description per line of standard input, or a CSV column.',
    )
    .argument('[text...]', 'the description (its words are joined); without it, lines are read from standard input')
    .option(
      '--csv <file>',
      'classify a column of this CSV file (header row, UTF-8) and write it back with l2 and confidence columns',
    )
    .option('--column <name>', 'with --csv: the column holding the descriptions')
    .option('--out <file>', 'with --csv: write the CSV to this file instead of standard output')
    .action(async (words: string[], options: { csv?: string; column?: string; out?: string }) => {
      if (options.csv === undefined) {
        if (options.column !== undefined || options.out !== undefined)
          throw new UsageError('--column and --out go with --csv.');
        await classifyLines(words, io);
        return;
      }
      if (words.length > 0) throw new UsageError('give either a description or --csv, not both.');
      if (options.column === undefined)
        throw new UsageError('--csv needs --column NAME: the column that holds the descriptions.');
      await classifyCsv(options.csv, options.column, options.out, io);
    });

  program
    .command('eval')
    .description('Accuracy on the held-out fifth of the reference examples, per language.')
    .option('--json', 'machine-readable output')
    .action((options: { json?: boolean }) => {
      const report = evaluate();
      io.stdout(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
    });

  program
    .command('eval-walk')
    .description(
      'The guided walk on the held-out case sheets: right per L2, questions used, confusions, noisy variants.',
    )
    .option('--json', 'machine-readable output')
    .action((options: { json?: boolean }) => {
      const evaluations = evaluateWalk(sheetNames());
      io.stdout(options.json ? `${JSON.stringify(evaluations, null, 2)}\n` : formatWalkEvaluation(evaluations));
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already printed its message or the help.
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    if (error instanceof UsageError) {
      io.stderr(`error: ${error.message}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_FAILURE;
  }
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

function toJson(result: Classification): string {
  return JSON.stringify({
    text: result.text,
    language: result.language,
    l2: result.l2,
    confidence: round(result.confidence),
    candidates: result.candidates.map((c) => ({ l2: c.l2, score: round(c.score) })),
  });
}

/** The arguments as one description, or every line of standard input, one JSON object per line. */
async function classifyLines(words: readonly string[], io: CliIo): Promise<void> {
  const classifier = loadClassifier();
  if (words.length > 0) {
    io.stdout(`${toJson(classifier.classify(words.join(' ')))}\n`);
    return;
  }
  for await (const line of lines(io.stdin)) io.stdout(`${toJson(classifier.classify(line))}\n`);
}

/** Lines of a stream as they arrive, decoded as UTF-8, without the line ending or a leading BOM. */
async function* lines(input: NodeJS.ReadableStream | AsyncIterable<string | Buffer>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let first = true;
  const take = (line: string) => {
    const clean = first && line.startsWith(BOM) ? line.slice(1) : line;
    first = false;
    return clean.endsWith('\r') ? clean.slice(0, -1) : clean;
  };
  for await (const chunk of input as AsyncIterable<string | Buffer>) {
    pending += typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let newline = pending.indexOf('\n');
    while (newline >= 0) {
      yield take(pending.slice(0, newline));
      pending = pending.slice(newline + 1);
      newline = pending.indexOf('\n');
    }
  }
  pending += decoder.end();
  if (pending.length > 0) yield take(pending);
}

async function classifyCsv(file: string, column: string, out: string | undefined, io: CliIo): Promise<void> {
  const readFile = io.readFile ?? ((path: string) => fs.readFile(path));
  let content: string;
  try {
    const data = await readFile(file);
    content = typeof data === 'string' ? data : data.toString('utf8');
  } catch (error) {
    throw new UsageError(
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
    );
  }
  let rows: string[][];
  try {
    rows = parse(content, { bom: true, relax_column_count: true, skip_empty_lines: true });
  } catch (error) {
    throw new UsageError(`${file} is not a valid CSV file: ${(error as Error).message}`);
  }
  const [header, ...records] = rows;
  if (!header) throw new UsageError(`${file} is empty: a header row is needed.`);
  const index = findColumn(header, column);
  if (index < 0)
    throw new UsageError(
      `no column "${column}" in ${file}; its columns are: ${header.map((h) => `"${h}"`).join(', ')}.`,
    );

  // Columns l2 and confidence are reused when present, so a classified file can be classified again.
  const output = [...header];
  const columnOf = (name: string) => {
    const existing = output.indexOf(name);
    if (existing >= 0) return existing;
    output.push(name);
    return output.length - 1;
  };
  const l2Column = columnOf('l2');
  const confidenceColumn = columnOf('confidence');
  const classifier = loadClassifier();
  const body = records.map((record) => {
    const row = output.map((_, i) => record[i] ?? '');
    const result = classifier.classify(record[index] ?? '');
    row[l2Column] = result.l2 ?? '';
    row[confidenceColumn] = String(round(result.confidence));
    return row;
  });
  // Keep the byte order mark when the input had one: spreadsheet programs need it to read UTF-8.
  const csv = (content.startsWith(BOM) ? BOM : '') + stringify([output, ...body]);
  if (out === undefined) {
    io.stdout(csv);
    return;
  }
  const writeFile = io.writeFile ?? ((path: string, data: string) => fs.writeFile(path, data, 'utf8'));
  try {
    await writeFile(out, csv);
  } catch (error) {
    throw new UsageError(`cannot write ${out}: ${(error as Error).message}`);
  }
}

/** The exact header, else the one header that matches ignoring case and surrounding spaces. */
function findColumn(header: readonly string[], name: string): number {
  const exact = header.indexOf(name);
  if (exact >= 0) return exact;
  const key = name.trim().toLowerCase();
  const loose = header.flatMap((h, i) => (h.trim().toLowerCase() === key ? [i] : []));
  return loose.length === 1 ? loose[0] : -1;
}

interface Metrics {
  readonly n: number;
  readonly top1: number;
  readonly top3: number;
  readonly abstained: number;
  /** Accuracy of the answers given (null when it abstained on all). */
  readonly answeredAccuracy: number | null;
  /** Mean confidence of the first candidate: near top1 when calibrated. */
  readonly meanConfidence: number;
  /** confusion[true][predicted] by the first candidate. */
  readonly confusion: Record<L2Id, Record<L2Id, number>>;
}

interface EvalReport {
  readonly languages: Partial<Record<ClassifierLanguage, Metrics>>;
  readonly overall: Metrics;
}

interface Outcome {
  readonly truth: L2Id;
  readonly result: Classification;
}

function metrics(outcomes: readonly Outcome[]): Metrics {
  const confusion = Object.fromEntries(L2_IDS.map((t) => [t, Object.fromEntries(L2_IDS.map((p) => [p, 0]))])) as Record<
    L2Id,
    Record<L2Id, number>
  >;
  let top1 = 0;
  let top3 = 0;
  let abstained = 0;
  let answeredRight = 0;
  let confidence = 0;
  for (const { truth, result } of outcomes) {
    const first = result.candidates[0].l2;
    confusion[truth][first]++;
    if (first === truth) top1++;
    if (result.candidates.slice(0, 3).some((c) => c.l2 === truth)) top3++;
    if (result.l2 === null) abstained++;
    else if (result.l2 === truth) answeredRight++;
    confidence += result.confidence;
  }
  const n = outcomes.length;
  const share = (count: number) => (n === 0 ? 0 : round(count / n));
  return {
    n,
    top1: share(top1),
    top3: share(top3),
    abstained: share(abstained),
    answeredAccuracy: n === abstained ? null : round(answeredRight / (n - abstained)),
    meanConfidence: share(confidence),
    confusion,
  };
}

function evaluate(): EvalReport {
  const classifier = loadClassifier();
  const languages: Partial<Record<ClassifierLanguage, Metrics>> = {};
  const all: Outcome[] = [];
  for (const language of CLASSIFIER_LANGUAGES) {
    const { heldOut } = splitExamples(EXAMPLES[language]);
    const outcomes = L2_IDS.flatMap((truth) =>
      heldOut[truth].map((text) => ({ truth, result: classifier.classify(text) })),
    );
    if (outcomes.length === 0) continue;
    languages[language] = metrics(outcomes);
    all.push(...outcomes);
  }
  return { languages, overall: metrics(all) };
}

function percent(value: number | null): string {
  return value === null ? '   –  ' : `${(value * 100).toFixed(1).padStart(5)}%`;
}

function summaryLine(name: string, m: Metrics): string {
  return (
    `${name.padEnd(8)} n=${String(m.n).padEnd(4)} top-1 ${percent(m.top1)}  top-3 ${percent(m.top3)}  ` +
    `abstained ${percent(m.abstained)}  accuracy when answering ${percent(m.answeredAccuracy)}  mean confidence ${percent(m.meanConfidence)}\n`
  );
}

function confusionTable(m: Metrics): string {
  const head = `  ${'true \\ predicted'.padEnd(17)}${L2_IDS.map((l2) => SHORT[l2].padStart(5)).join('')}\n`;
  const rows = L2_IDS.map(
    (truth) =>
      `  ${SHORT[truth].padEnd(17)}${L2_IDS.map((p) => String(m.confusion[truth][p] || '·').padStart(5)).join('')}\n`,
  );
  return head + rows.join('');
}

function formatReport(report: EvalReport): string {
  const parts = ['Held-out evaluation: every fifth reference example per L2, never trained on.\n\n'];
  for (const [language, m] of Object.entries(report.languages) as [ClassifierLanguage, Metrics][]) {
    parts.push(summaryLine(language, m), confusionTable(m), '\n');
  }
  parts.push(summaryLine('overall', report.overall), '\n');
  parts.push(`Columns and rows: ${L2_IDS.map((l2) => `${SHORT[l2]} ${l2}`).join(', ')}.\n`);
  return parts.join('');
}
