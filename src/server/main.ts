import 'dotenv/config';
import { createApp } from './app';
import { authenticationEnabled, listenAddress, loadConfig } from './config';
import { routeConsoleToLogger } from './logging';

/** How long SIGTERM waits for turns in flight before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 5000;

function main(): void {
  const config = loadConfig();
  const { server, logger, drain } = createApp(config);
  routeConsoleToLogger(logger);
  // Nothing writes to process.stdout directly any more, but a closed pipe must never be an
  // unhandled 'error' event.
  process.stdout.on('error', () => undefined);
  const { host, reason } = listenAddress(config);
  server.listen(config.PORT, host, () => {
    logger.info(
      {
        url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${config.PORT}/api/messages`,
        host,
        authentication: authenticationEnabled(config) ? 'on' : 'off',
        storage: config.STORAGE,
      },
      `blocker triage bot listening on ${host}:${config.PORT} (${reason})`,
    );
  });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    // The deadline does not depend on the drain or on the logger: both may be stuck.
    setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS);
    logger.info({ signal }, 'stopping: no new requests, finishing the turns in flight');
    void drain(SHUTDOWN_GRACE_MS - 250).then(() => {
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
