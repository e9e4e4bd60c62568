import 'dotenv/config';
import { createApp } from './app';
import { authenticationEnabled, loadConfig } from './config';

/** How long SIGTERM waits for turns in flight before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 5000;

function main(): void {
  const config = loadConfig();
  const { server, logger, drain } = createApp(config);
  server.listen(config.PORT, config.HOST, () => {
    logger.info(
      {
        url: `http://localhost:${config.PORT}/api/messages`,
        authentication: authenticationEnabled(config) ? 'on' : 'off (no MicrosoftAppId: local clients only)',
        storage: config.STORAGE,
      },
      'blocker triage bot listening',
    );
  });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping: no new requests, finishing the turns in flight');
    void drain(SHUTDOWN_GRACE_MS).then(() => {
      logger.info({}, 'stopped');
      process.exit(0);
    });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
