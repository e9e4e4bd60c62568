import { Command, CommanderError } from 'commander';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { promises as fs } from 'fs';
import { StringDecoder } from 'string_decoder';
import { sheetNames } from '../triage/sheets';
import { evaluateWalk, formatWalkEvaluation } from './walkEval';
import {
  Classification,
  Classifier,
  METHODS,
  Method,
  defaultTrainingTexts,
  loadClassifier,
  trainModel,
} from '../triage/classifier';
import { Tokenizer } from '../triage/classifier/tokenize';
import { evaluate, formatComparison, formatReport } from './evaluate';

export interface CliIo {
  readonly stdin: NodeJS.ReadableStream | AsyncIterable<string | Buffer>;
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  readonly readFile?: (path: string) => Promise<Buffer | string>;
  readonly writeFile?: (path: string, data: string) => Promise<void>;
  /** Where the classifier comes from: loaded once per command; tests pass the one they share. */
  readonly classifier?: () => Classifier;
}

/** The classifier a command uses. */
function classifierOf(io: CliIo): Classifier {
  return (io.classifier ?? loadClassifier)();
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
    .description(
      'Accuracy on the held-out fifth of the reference examples and on the outside sets in eval/, per language and L2.',
    )
    .option('--json', 'machine-readable output')
    .option('--compare', `train each model (${METHODS.join(', ')}) and compare them side by side`)
    .action((options: { json?: boolean; compare?: boolean }) => {
      if (options.compare) {
        const reports = METHODS.map((method) => evaluate(trained(method), method));
        io.stdout(options.json ? `${JSON.stringify(reports, null, 2)}\n` : formatComparison(reports));
        return;
      }
      const report = evaluate(classifierOf(io), METHODS[0]);
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
  const classifier = classifierOf(io);
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
  const classifier = classifierOf(io);
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

/** A classifier of the given method, trained on the default texts (the held-out fifth stays unseen). */
function trained(method: Method): Classifier {
  const tokenizer = new Tokenizer();
  return new Classifier(trainModel(defaultTrainingTexts(), tokenizer, method), tokenizer);
}
