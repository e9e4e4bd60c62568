/**
 * Benchmark of the blocker classifier: start-up as built (a fresh process loading the build's model
 * snapshot) and training in process, classifications per second on one core over a few thousand
 * mixed-language descriptions, and memory added.
 *
 *   npm run bench:classify   (builds first)
 *
 * Memory is measured after a forced garbage collection, so the script re-runs itself with
 * --expose-gc when it was started without it.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { seededRandom } from '../src/util/random';

const ROOT = path.resolve(__dirname, '..');
const CLASSIFIER = path.join(ROOT, 'src', 'triage', 'classifier');
const AIMS = { startupMs: 200, perSecond: 5000, addedMb: 50 };
const DESCRIPTIONS = 4000;
const MIN_BENCH_MS = 2000;

type ClassifierModule = typeof import('../src/triage/classifier');
type Classifier = ReturnType<ClassifierModule['loadClassifier']>;

const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number) => bytes / 1024 / 1024;

function loadAndBuild(): {
  module: ClassifierModule;
  classifier: Classifier;
  importMs: number;
  buildMs: number;
} {
  const started = performance.now();
  // Loaded here, not at the top, so the import is part of what is measured.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- timed on purpose, see above
  const module = require(CLASSIFIER) as ClassifierModule;
  const imported = performance.now();
  const classifier = module.loadClassifier();
  return { module, classifier, importMs: imported - started, buildMs: performance.now() - imported };
}

/** Descriptions the way people vary them: recombined, shortened, prefixed, lower-cased, with typos. */
function descriptions(module: ClassifierModule, count: number): string[] {
  const next = seededRandom(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const byLanguage = module.CLASSIFIER_LANGUAGES.map((language) =>
    module.examplesOf(language).map((e) => e.text),
  ).filter((l) => l.length > 0);
  const prefixes = ['Cx: ', 'FYI ', 'Update: ', 'Blocker - ', '', '', ''];
  const typo = (text: string) => {
    const at = Math.floor(next() * Math.max(text.length - 1, 1));
    return text.slice(0, at) + text.charAt(at + 1) + text.charAt(at) + text.slice(at + 2);
  };
  const variations: ((text: string, other: string) => string)[] = [
    (text) => text,
    (text) => text.toLowerCase(),
    (text, other) => `${text}; ${other}`,
    (text) => text.slice(0, Math.ceil(text.length / 2)),
    (text) => pick(prefixes) + text,
    (text) => typo(text),
  ];
  return Array.from({ length: count }, () => {
    const examples = pick(byLanguage);
    return pick(variations)(pick(examples), pick(examples));
  });
}

function throughput(module: ClassifierModule, classifier: Classifier): { perSecond: number; count: number } {
  const texts = descriptions(module, DESCRIPTIONS);
  for (const text of texts.slice(0, 500)) classifier.classify(text);
  let count = 0;
  const started = performance.now();
  while (performance.now() - started < MIN_BENCH_MS) {
    for (const text of texts) classifier.classify(text);
    count += texts.length;
  }
  return { perSecond: (count / (performance.now() - started)) * 1000, count };
}

/** Loads the built classifier and makes the default one, timing both; prints them as JSON. */
const BUILT_STARTUP = `
  const { performance } = require('node:perf_hooks');
  gc();
  const rss = process.memoryUsage().rss;
  const started = performance.now();
  const module = require(${JSON.stringify(path.join(ROOT, 'dist', 'triage', 'classifier'))});
  const imported = performance.now();
  const classifier = module.loadClassifier();
  const buildMs = performance.now() - imported;
  gc();
  const rssMb = (process.memoryUsage().rss - rss) / 1024 / 1024;
  console.log(JSON.stringify({ importMs: imported - started, buildMs, rssMb, ready: classifier !== undefined }));
`;

/**
 * Start-up as the bot and the CLI start in production: a fresh Node process on the build (dist/),
 * which loads the model snapshot written by `npm run build`. Nothing warm.
 */
function coldStartup(): { importMs: number; buildMs: number; processMs: number; rssMb: number } {
  const started = performance.now();
  const child = spawnSync(process.execPath, ['--expose-gc', '-e', BUILT_STARTUP], { cwd: ROOT, encoding: 'utf8' });
  const processMs = performance.now() - started;
  if (child.status !== 0) throw new Error(`the start-up child failed: ${child.stderr}`);
  const { importMs, buildMs, rssMb } = JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as {
    importMs: number;
    buildMs: number;
    rssMb: number;
  };
  return { importMs, buildMs, processMs, rssMb };
}

function row(label: string, value: string, aim = ''): string {
  return `${label.padEnd(44)} ${value.padStart(12)}   ${aim}`;
}

function main(): void {
  if (!gc) {
    // Memory needs a forced collection before and after: run again with the collector exposed.
    const again = spawnSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', __filename, ...process.argv.slice(2)],
      {
        cwd: ROOT,
        stdio: 'inherit',
      },
    );
    process.exitCode = again.status ?? 1;
    return;
  }

  gc();
  const before = process.memoryUsage();
  const { module, classifier, importMs, buildMs } = loadAndBuild();
  gc();
  const after = process.memoryUsage();
  const cold = coldStartup();
  const { perSecond, count } = throughput(module, classifier);

  const ms = (value: number) => `${value.toFixed(0)} ms`;
  const lines = [
    'Blocker classifier benchmark (one core)',
    '',
    row('measure', 'value', 'aim'),
    row('start-up as built (fresh node, dist/): load', ms(cold.importMs)),
    row(
      'start-up as built: model from the snapshot',
      ms(cold.buildMs),
      `< ${AIMS.startupMs} ms (load + model: ${ms(cold.importMs + cold.buildMs)})`,
    ),
    row('start-up as built: whole process', ms(cold.processMs)),
    row('training instead (tsx, development and tests)', ms(buildMs), `(modules: ${ms(importMs)})`),
    row(
      'classifications per second',
      Math.round(perSecond).toLocaleString('en'),
      `≥ ${AIMS.perSecond.toLocaleString('en')} (${count.toLocaleString('en')} over ${DESCRIPTIONS.toLocaleString('en')} texts, 6 languages)`,
    ),
    row('RSS added as built (snapshot, after gc)', `${cold.rssMb.toFixed(1)} MB`, `< ${AIMS.addedMb} MB`),
    row(
      'heap added by training (after gc)',
      `${mb(after.heapUsed - before.heapUsed).toFixed(1)} MB`,
      `< ${AIMS.addedMb} MB`,
    ),
    row('RSS added by training', `${mb(after.rss - before.rss).toFixed(1)} MB`, '(its peak stays reserved)'),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
