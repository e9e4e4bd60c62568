import 'dotenv/config';
import { createApp } from './app';
import { authenticationEnabled, loadConfig } from './config';

function main(): void {
  const config = loadConfig();
  const { server, logger } = createApp(config);
  server.listen(config.PORT, config.HOST, () => {
    logger.info(
      { url: `http://localhost:${config.PORT}/api/messages`, authentication: authenticationEnabled(config) ? 'on' : 'off (no MicrosoftAppId: local clients only)' },
      'blocker triage bot listening',
    );
  });
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
