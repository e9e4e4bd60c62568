import { CloudAdapter, ConfigurationBotFrameworkAuthentication, TurnContext, UserState } from 'botbuilder';
import pino, { Logger } from 'pino';
import restify from 'restify';
import { CardTemplates } from '../bot/cards';
import { Flow } from '../bot/flow';
import { TriageBot } from '../bot/triageBot';
import { Views } from '../bot/views';
import { LOCALES, localeText, resolveLocale } from '../locales';
import { playbookProblems } from '../playbook/check';
import { activityShapeProblem } from './activityShape';
import { Config, authenticationEnabled } from './config';
import { BotStore, createStore } from '../state/storage';
import { SharedCards } from '../state/sharedCards';
import { ReviewSummaries } from '../state/summary';

export interface App {
  readonly server: restify.Server;
  readonly adapter: CloudAdapter;
  readonly bot: TriageBot;
  readonly logger: Logger;
  readonly store: BotStore;
}

export interface AppOptions {
  /** The store to use instead of the one the configuration names (tests). */
  readonly store?: BotStore;
  readonly logger?: Logger;
}

/** Stops start-up when the playbook or any language's text of it is broken. */
export function assertPlaybook(): void {
  const problems = Object.entries(LOCALES).flatMap(([id, t]) => playbookProblems(t.playbook, LOCALES.en.playbook).map((p) => `${id}: ${p}`));
  if (problems.length > 0) throw new Error(`The playbook content is broken:\n${problems.join('\n')}`);
}

/** The bot, its adapter and the restify server, wired but not listening. */
export function createApp(config: Config, options: AppOptions = {}): App {
  assertPlaybook();
  const logger = options.logger ?? pino({ level: config.LOG_LEVEL, base: { service: 'blocker-triage-bot' } });
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.MicrosoftAppId,
    MicrosoftAppPassword: config.MicrosoftAppPassword,
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId,
  });
  const adapter = new CloudAdapter(auth);
  const store = options.store ?? createStore(config);
  const views = new Views(new CardTemplates());
  const bot = new TriageBot({
    flow: new Flow(views),
    views,
    userState: new UserState(store.storage),
    summaries: new ReviewSummaries(store.documents),
    sharedCards: new SharedCards(store.documents),
    logger,
    allowedTenants: config.ALLOWED_TENANT_IDS,
  });

  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    logger.error({ err: error, activityType: context.activity?.type }, 'turn failed');
    // Cards carry the walk, so nothing is lost: the user can click again or type start.
    if (context.activity?.type === 'message') {
      await context.sendActivity(localeText(resolveLocale(context.activity.locale)).ui.error.message).catch((sendError: unknown) => {
        logger.error({ err: sendError }, 'could not tell the user about the failure');
      });
    }
  };

  const server = restify.createServer({ name: 'blocker-triage-bot' });
  server.use(restify.plugins.bodyParser({ mapParams: false }));
  server.post('/api/messages', async (req, res) => {
    // Refused here rather than by CloudAdapter, which would also print the error to the console.
    if (authenticationEnabled(config) && !req.headers.authorization) {
      res.send(401, { error: 'Unauthorized', message: 'A Bot Framework token is required' });
      return;
    }
    const problem = activityShapeProblem(req.body);
    if (problem) {
      res.send(400, { error: 'BadRequest', message: `Not a Bot Framework activity (${problem})` });
      return;
    }
    await adapter.process(req, res, (context) => bot.run(context));
  });
  server.get('/healthz', (_req, res, next) => {
    res.send(200, { status: 'ok' });
    return next();
  });
  return { server, adapter, bot, logger, store };
}
