import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Feature, routeProblems } from '../src/bot/routes';
import { TEXT_ROUTES } from '../src/bot/router';
import { VERBS } from '../src/bot/verbs';
import { CARDS_DIR } from '../src/bot/views/cards';

/**
 * The code's structure, as the README's layout section describes it: every card verb declared once
 * and answered once, handlers free of botbuilder, no import cycles, and no state held at module level.
 */

const ROOT = path.join(__dirname, '..');
const SRC = path.join(ROOT, 'src');

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full, ext) : ext.test(name) ? [full] : [];
  });
}

const sources = files(SRC, /\.ts$/);
const rel = (file: string) => path.relative(ROOT, file).split(path.sep).join('/');

/** The modules a source file imports: relative ones resolved to files, packages by name. */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import|require\()\s*['"]([^'"]+)['"]/g)].map(([, spec]) => {
    if (!spec.startsWith('.')) return spec;
    const base = path.resolve(path.dirname(file), spec);
    const found = [`${base}.ts`, path.join(base, 'index.ts')].find((candidate) => sources.includes(candidate));
    return found ? rel(found) : spec;
  });
}

/** The verbs card templates name literally ("verb": "answer"); bound ones come from typed views. */
function templateVerbs(dir: string): { file: string; verb: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((file) =>
      [...readFileSync(path.join(dir, file), 'utf8').matchAll(/"verb"\s*:\s*"([^"$][^"]*)"/g)].map(([, verb]) => ({
        file,
        verb,
      })),
    );
}

const undeclared = (dir: string) => templateVerbs(dir).filter(({ verb }) => !(verb in VERBS));

describe('card verbs', () => {
  it('every verb a card template names is declared in src/bot/verbs.ts', () => {
    expect(templateVerbs(CARDS_DIR).length).toBeGreaterThan(10);
    expect(undeclared(CARDS_DIR)).toEqual([]);
  });

  it('a template naming an undeclared verb is caught', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cards-'));
    writeFileSync(path.join(dir, 'x.json'), '{"actions": [{"type": "Action.Execute", "verb": "teleport"}]}');
    expect(undeclared(dir)).toEqual([{ file: 'x.json', verb: 'teleport' }]);
  });

  it('every declared verb, every text route and every invoke has exactly one handler in the bot', () => {
    // The assembled bot checks this at start-up; here for a broken set of features.
    const answer: Feature = { verbs: { answer: { shared: true, view: () => ({ card: {} as never }) } } };
    const problems = routeProblems([answer, answer], TEXT_ROUTES);
    expect(problems).toContain('verb answer: 2 handlers');
    expect(problems).toContain('verb start: 0 handlers');
    expect(problems).toContain('text describe: 0 handlers');
    expect(problems).toContain('invoke composeExtension/query: 0 handlers');
    const twice: Feature = { invokes: { 'fileConsent/invoke': () => ({ kind: 'refused' }) } };
    expect(routeProblems([twice, twice], TEXT_ROUTES)).toContain('invoke fileConsent/invoke: 2 handlers');
  });
});

describe('layers', () => {
  const graph = new Map(sources.map((file) => [rel(file), imports(file)]));

  it('has no import cycles in src/', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (node: string, trail: string[]) => {
      if (state.get(node) === 'done') return;
      if (state.get(node) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(node)), node].join(' -> '));
        return;
      }
      state.set(node, 'open');
      for (const next of graph.get(node) ?? []) if (graph.has(next)) visit(next, [...trail, node]);
      state.set(node, 'done');
    };
    for (const node of graph.keys()) visit(node, []);
    expect(cycles).toEqual([]);
  });

  it('keeps botbuilder at the edge of the bot: only src/bot/teams/ imports it', () => {
    const outside = [...graph]
      .filter(([file]) => file.startsWith('src/bot/') && !file.startsWith('src/bot/teams/'))
      .filter(([, deps]) => deps.some((d) => d === 'botbuilder' || d.startsWith('botbuilder-')))
      .map(([file]) => file);
    expect(outside).toEqual([]);
  });

  it('keeps triage/ free of the bot, the state and the server, and state/ free of the bot', () => {
    const crossing = [...graph].flatMap(([file, deps]) =>
      deps
        .filter(
          (d) =>
            (file.startsWith('src/triage/') && /^src\/(bot|state|server)\//.test(d)) ||
            (file.startsWith('src/state/') && /^src\/bot\//.test(d)),
        )
        .map((d) => `${file} -> ${d}`),
    );
    expect(crossing).toEqual([]);
  });

  it('holds no state at module level: caches and singletons are made where the app is assembled', () => {
    const held = sources.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ line, at: `${rel(file)}:${i + 1}` }))
        .filter(
          ({ line }) =>
            /^(export )?let /.test(line) ||
            /^(export )?const \w+(: [^=]+)? = new (LRUCache|Map|Set)(<[^>]*>)?\((\{|\))/.test(line),
        )
        .map(({ at, line }) => `${at}: ${line.trim()}`),
    );
    expect(held).toEqual([]);
  });
});

describe('the README', () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const layout = readme.slice(readme.indexOf('## Code layout'));
  const block = layout.slice(layout.indexOf('```'), layout.indexOf('```', layout.indexOf('```') + 3));

  it('names every folder of src/ in its code layout section, and no folder that is not there', () => {
    const folders = (dir: string): string[] =>
      readdirSync(dir)
        .filter((name) => statSync(path.join(dir, name)).isDirectory())
        .flatMap((name) => [rel(path.join(dir, name)) + '/', ...folders(path.join(dir, name))]);
    const named = [...block.matchAll(/^(\S+\/)\s/gm)].map(([, folder]) => folder);
    const tree = folders(SRC);
    expect(named.filter((f) => f.startsWith('src/')).sort()).toEqual(tree.sort());
  });

  it('refers only to files that exist in the repository', () => {
    const paths = [...readme.matchAll(/`((?:src|tests|cards|scripts|bench|appPackage|playbook-pages)\/[^`\s]*)`/g)].map(
      ([, p]) => p.replace(/[.,:]$/, ''),
    );
    expect(paths.length).toBeGreaterThan(5);
    // Build output (appPackage/build/) is made by a command the README names.
    const missing = paths
      .filter((p) => !p.includes('/build/'))
      .filter((p) => {
        try {
          statSync(path.join(ROOT, p.replace(/\/$/, '')));
          return false;
        } catch {
          return true;
        }
      });
    expect(missing).toEqual([]);
  });
});
