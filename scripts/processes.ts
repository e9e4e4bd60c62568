/** Child processes for the playground, the benchmarks and the tests: start, wait until ready, stop. */
import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export interface Running {
  readonly process: ChildProcess;
  readonly output: () => string;
  readonly stop: (signal?: NodeJS.Signals) => Promise<number | null>;
}

/** Starts a command in the project root; `echo` copies its output to ours as well as keeping it. */
export function run(command: string, args: string[], env: Record<string, string>, echo = false): Running {
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
    output += chunk.toString();
    if (echo) stream.write(chunk);
  };
  child.stdout.on('data', keep(process.stdout));
  child.stderr.on('data', keep(process.stderr));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    process: child,
    output: () => output,
    stop: async (signal: NodeJS.Signals = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/**
 * The bot as its own process on `port`: the built server (dist/) when `built`, else the sources through tsx.
 * Resolves once /healthz answers.
 */
export async function startBot(
  port: number,
  env: Record<string, string>,
  options: { built?: boolean; echo?: boolean } = {},
) {
  const entry = options.built ? ['dist/server/main.js'] : ['--import', 'tsx', 'src/server/main.ts'];
  const running = run(
    process.execPath,
    ['--disable-warning=DEP0111', ...entry],
    { PORT: String(port), HOST: '127.0.0.1', ...env },
    options.echo,
  );
  await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/healthz`)).ok, 'the bot process').catch(
    (error: Error) => {
      void running.stop('SIGKILL');
      throw new Error(`${error.message}\n${running.output()}`);
    },
  );
  return { ...running, port, url: `http://127.0.0.1:${port}/api/messages` };
}

/**
 * Microsoft 365 Agents Playground, a Teams-like web client that runs offline, talking to the bot at
 * `botUrl` as the msteams channel. No browser is opened and no telemetry is sent.
 */
export async function startPlayground(botUrl: string, port: number, echo = false) {
  const bin = path.join(ROOT, 'node_modules', '.bin', 'agentsplayground');
  const running = run(
    bin,
    ['-e', botUrl, '-c', 'msteams', '-p', String(port), '--dt'],
    { TEAMSAPPTESTER_BROWSER: 'none' },
    echo,
  );
  await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/`)).ok, 'the Agents Playground', 60_000);
  return { ...running, url: `http://127.0.0.1:${port}/` };
}
