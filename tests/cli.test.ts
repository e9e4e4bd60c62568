import { testClassifier } from './support/bot';
import { parse } from 'csv-parse/sync';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { CliIo, runCli } from '../src/cli/run';
import { L2_IDS } from '../src/playbook/ids';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(
  argv: string[],
  options: { stdin?: string | string[] | Readable; files?: Record<string, string | Buffer> } = {},
): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const written: Record<string, string> = {};
  const input = options.stdin ?? [];
  const io: CliIo = {
    stdin: input instanceof Readable ? input : Readable.from(typeof input === 'string' ? [input] : input),
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
  };
  const files = options.files;
  const withFiles: CliIo = files
    ? {
        ...io,
        readFile: (file) => {
          if (!(file in files)) return Promise.reject(Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' }));
          return Promise.resolve(files[file]);
        },
        writeFile: (file, data) => {
          written[file] = data;
          return Promise.resolve();
        },
      }
    : io;
  const code = await runCli(argv, { ...withFiles, classifier: testClassifier });
  Object.assign(files ?? {}, written);
  return { code, stdout, stderr };
}

const jsonLines = (out: string) =>
  out
    .split('\n')
    .filter(Boolean)
    .map(
      (line) =>
        JSON.parse(line) as {
          text: string;
          l2: string | null;
          confidence: number;
          candidates: { l2: string; score: number }[];
        },
    );

describe('blocker-triage classify', () => {
  it('classifies the words given as one description', async () => {
    const { code, stdout, stderr } = await run(['classify', 'waiting', 'on', 'new', 'EA']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const [result] = jsonLines(stdout);
    expect(result.text).toBe('waiting on new EA');
    expect(result.l2).toBe('billing-licensing-subscription');
    expect(result.confidence).toBeGreaterThan(0.5);
    expect(result.candidates.map((c) => c.l2).sort()).toEqual([...L2_IDS].sort());
    expect(result.candidates[0].score).toBe(result.confidence);
  });

  it('reads one description per line from standard input, an empty line giving null', async () => {
    const { code, stdout } = await run(['classify'], {
      stdin: ['partner not responding\r\n\nKunde wartet auf neuen EA-Ver', 'trag\n客户的网络带宽不足'],
    });
    expect(code).toBe(0);
    const results = jsonLines(stdout);
    expect(results.map((r) => [r.text, r.l2])).toEqual([
      ['partner not responding', 'partner-engagement'],
      ['', null],
      ['Kunde wartet auf neuen EA-Vertrag', 'billing-licensing-subscription'],
      ['客户的网络带宽不足', 'customer-it-infrastructure-remediation'],
    ]);
  });

  it('decodes UTF-8 split across byte chunks', async () => {
    const bytes = Buffer.from('客户的网络带宽不足\n', 'utf8');
    const { stdout } = await run(['classify'], { stdin: Readable.from([bytes.subarray(0, 4), bytes.subarray(4)]) });
    expect(jsonLines(stdout)[0].text).toBe('客户的网络带宽不足');
  });

  it('prints nothing for empty input', async () => {
    expect(await run(['classify'], { stdin: '' })).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('blocker-triage usage', () => {
  it('--help exits 0 with the usage on stdout', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Usage: blocker-triage/);
    expect(stdout).toMatch(/classify/);
    expect(stdout).toMatch(/eval/);
    const sub = await run(['classify', '--help']);
    expect(sub.code).toBe(0);
    expect(sub.stdout).toMatch(/--csv <file>/);
  });

  it.each([
    [['frobnicate'], /unknown command/],
    [['classify', '--bogus'], /unknown option/],
    [['classify', '--csv'], /argument missing/],
    [['classify', '--csv', 'notes.csv'], /--column/],
    [['classify', '--column', 'notes'], /--csv/],
    [['classify', '--csv', 'notes.csv', '--column', 'x', 'some', 'text'], /not both/],
    [[], /Usage/],
  ])('%j exits 2 with a message on stderr', async (argv, message) => {
    const { code, stdout, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });
});

describe('blocker-triage classify --csv', () => {
  const csv =
    '\uFEFFid,Notes,owner\n' +
    '1,"Kunde wartet auf neuen EA-Vertrag, Einkauf hängt",Jürgen\n' +
    '2,"partner ""Contoso"" not responding,\nno reply in 3 weeks",李雷\n' +
    '3,,empty\n' +
    '4,客户的网络带宽不足，需要升级,王芳\n';

  it('adds l2 and confidence and keeps quotes, commas, newlines and UTF-8', async () => {
    const files: Record<string, string | Buffer> = { 'in.csv': Buffer.from(csv, 'utf8') };
    const { code, stderr } = await run(['classify', '--csv', 'in.csv', '--column', 'Notes', '--out', 'out.csv'], {
      files,
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = files['out.csv'] as string;
    expect(out.startsWith('\uFEFF')).toBe(true);
    const rows: string[][] = parse(out, { bom: true });
    expect(rows[0]).toEqual(['id', 'Notes', 'owner', 'l2', 'confidence']);
    const input: string[][] = parse(csv, { bom: true });
    expect(rows.map((r) => r.slice(0, 3))).toEqual(input.map((r) => r.slice(0, 3)));
    expect(rows.slice(1).map((r) => r[3])).toEqual([
      'billing-licensing-subscription',
      'partner-engagement',
      '',
      'customer-it-infrastructure-remediation',
    ]);
    for (const row of rows.slice(1)) {
      const confidence = Number(row[4]);
      expect(confidence).toBeGreaterThanOrEqual(0);
      expect(confidence).toBeLessThanOrEqual(1);
    }
  });

  it('writes to stdout without --out, and reuses existing l2/confidence columns', async () => {
    const first = await run(['classify', '--csv', 'in.csv', '--column', 'notes'], { files: { 'in.csv': csv } });
    expect(first.code).toBe(0);
    const again = await run(['classify', '--csv', 'again.csv', '--column', 'Notes'], {
      files: { 'again.csv': first.stdout },
    });
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(first.stdout);
  });

  it('round-trips through real files', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'blocker-triage-'));
    try {
      const input = path.join(dir, 'in.csv');
      const output = path.join(dir, 'out.csv');
      writeFileSync(input, 'text\n"Outlook add-in breaks on new version"\n', 'utf8');
      const { code } = await run(['classify', '--csv', input, '--column', 'text', '--out', output]);
      expect(code).toBe(0);
      const rows: string[][] = parse(readFileSync(output, 'utf8'));
      expect(rows[1].slice(0, 2)).toEqual(['Outlook add-in breaks on new version', 'app-compatibility']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an unknown column exits 2 and names the columns', async () => {
    const { code, stdout, stderr } = await run(['classify', '--csv', 'in.csv', '--column', 'Description'], {
      files: { 'in.csv': csv },
    });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/no column "Description".*"id", "Notes", "owner"/);
  });

  it('a missing file exits 2', async () => {
    const { code, stderr } = await run(['classify', '--csv', 'missing.csv', '--column', 'Notes'], { files: {} });
    expect(code).toBe(2);
    expect(stderr).toMatch(/cannot read missing\.csv: no such file/);
  });

  it('a malformed or empty file exits 2', async () => {
    expect(
      (await run(['classify', '--csv', 'bad.csv', '--column', 'a'], { files: { 'bad.csv': 'a,b\n"unclosed,1\n' } }))
        .code,
    ).toBe(2);
    const empty = await run(['classify', '--csv', 'empty.csv', '--column', 'a'], { files: { 'empty.csv': '' } });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/header/);
  });
});

describe('blocker-triage eval', () => {
  it('prints each set per language with a confusion table, per-L2 rates, an overall line and calibration', async () => {
    const { code, stdout } = await run(['eval']);
    expect(code).toBe(0);
    for (const set of ['held-out fifth (current)', 'held-out fifth (older)', 'outside-a'])
      expect(stdout).toContain(`== ${set} ==`);
    for (const language of ['en', 'de', 'zh-CN', 'ja', 'pt-BR', 'es'])
      expect(stdout).toMatch(new RegExp(`^${language}\\s+n=\\d+\\s+top-1.*abstained.*ECE`, 'm'));
    expect(stdout).toMatch(/^overall\s+n=\d+/m);
    expect(stdout).toMatch(/INF\s+ITC\s+ADO\s+PFC\s+APP\s+PAR\s+BIL\s+REL\s+top-1\s+top-3/);
    expect(stdout).toMatch(/reliability/);
    expect(stdout).toMatch(/INF customer-it-infrastructure-remediation/);
  });

  it('--json gives the same figures to machines', async () => {
    const { code, stdout } = await run(['eval', '--json']);
    expect(code).toBe(0);
    interface M {
      n: number;
      top1: number;
      top3: number;
      abstained: number;
      ece: number;
      byL2: Record<string, { n: number; top1: number }>;
      confusion: Record<string, Record<string, number>>;
    }
    const report = JSON.parse(stdout) as { sets: { name: string; languages: Record<string, M>; overall: M }[] };
    const outside = report.sets.find((s) => s.name === 'outside-a')!;
    const { en } = outside.languages;
    expect(en.top1).toBeGreaterThanOrEqual(0.85);
    expect(en.top3).toBeGreaterThanOrEqual(en.top1);
    const cells = Object.values(en.confusion).flatMap((row) => Object.values(row));
    expect(cells.reduce((sum, n) => sum + n, 0)).toBe(en.n);
    expect(Object.values(en.byL2).reduce((sum, r) => sum + r.n, 0)).toBe(en.n);
    for (const set of report.sets)
      expect(set.overall.n).toBe(Object.values(set.languages).reduce((sum, m) => sum + m.n, 0));
  });
});
