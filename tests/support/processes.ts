import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

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

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
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

function run(command: string, args: string[], env: Record<string, string>): Running {
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
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

/** Azurite's blob service on a free loopback port, in memory; answers in about a second. */
export async function startAzurite(port?: number) {
  const blobPort = port ?? (await freePort());
  const bin = path.join(ROOT, 'node_modules', '.bin', 'azurite-blob');
  const running = run(bin, ['--blobHost', '127.0.0.1', '--blobPort', String(blobPort), '--inMemoryPersistence', '--skipApiVersionCheck', '--disableTelemetry', '--silent'], {});
  await waitFor(async () => (await fetch(`http://127.0.0.1:${blobPort}/devstoreaccount1?comp=list`)).status > 0, 'Azurite');
  const connectionString =
    'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;' +
    'AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;' +
    `BlobEndpoint=http://127.0.0.1:${blobPort}/devstoreaccount1;`;
  return { ...running, port: blobPort, connectionString };
}

/** The bot as its own process (src/server/main.ts through tsx), on a free port. */
export async function startBotProcess(env: Record<string, string>) {
  const port = await freePort();
  const running = run(process.execPath, ['--disable-warning=DEP0111', '--import', 'tsx', 'src/server/main.ts'], { PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env });
  await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/healthz`)).ok, 'the bot process');
  return { ...running, port, url: `http://127.0.0.1:${port}/api/messages` };
}
