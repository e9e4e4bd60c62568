import path from 'node:path';
import { ROOT, freePort, run, startBot, waitFor } from '../../scripts/processes';

export { freePort };

/** Azurite's blob service on a free loopback port, in memory; answers in about a second. */
export async function startAzurite(port?: number) {
  const blobPort = port ?? (await freePort());
  const bin = path.join(ROOT, 'node_modules', '.bin', 'azurite-blob');
  const running = run(
    bin,
    [
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      String(blobPort),
      '--inMemoryPersistence',
      '--skipApiVersionCheck',
      '--disableTelemetry',
      '--silent',
    ],
    {},
  );
  await waitFor(
    async () => (await fetch(`http://127.0.0.1:${blobPort}/devstoreaccount1?comp=list`)).status > 0,
    'Azurite',
  );
  const connectionString =
    'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;' +
    'AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;' +
    `BlobEndpoint=http://127.0.0.1:${blobPort}/devstoreaccount1;`;
  return { ...running, port: blobPort, connectionString };
}

/** The bot as its own process (src/server/main.ts through tsx), on a free port. */
export async function startBotProcess(env: Record<string, string>) {
  return startBot(await freePort(), { LOG_LEVEL: 'info', ...env });
}
