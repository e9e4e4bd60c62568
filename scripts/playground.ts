/**
 * `npm run playground`: the built bot and the Microsoft 365 Agents Playground together, to try the bot in
 * a browser without Teams (personal chat, group chat and a Teams channel). The bot runs without
 * authentication here, whatever .env says, because the playground sends no Bot Framework token.
 */
import 'dotenv/config';
import { startBot, startPlayground } from './processes';

const BOT_PORT = Number(process.env.PORT ?? 3978);
const PLAYGROUND_PORT = Number(process.env.PLAYGROUND_PORT ?? 56150);

async function main(): Promise<void> {
  const bot = await startBot(
    BOT_PORT,
    { MicrosoftAppId: '', MicrosoftAppPassword: '', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
    { built: true, echo: true },
  );
  const playground = await startPlayground(bot.url, PLAYGROUND_PORT, true).catch(async (error: unknown) => {
    await bot.stop();
    throw error;
  });
  console.log(
    `\nThe bot is on ${bot.url}. Open ${playground.url.replace('127.0.0.1', 'localhost')} in a browser; Ctrl+C stops both.`,
  );
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await Promise.all([playground.stop(), bot.stop()]);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  // If either one dies, the other is no use on its own.
  for (const child of [bot, playground]) child.process.once('exit', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
