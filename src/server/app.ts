import { CloudAdapter, ConfigurationBotFrameworkAuthentication, TurnContext } from 'botbuilder';
import pino, { Logger } from 'pino';
import restify from 'restify';
import { assembleBot } from '../bot/assemble';
import { TeamsBot } from '../bot/teams/teamsBot';
import { CardTemplates } from '../bot/views/cards';
import { Classifier, loadClassifier } from '../triage/classifier';
import { LOCALES, clientLocaleText } from '../locales';
import { playbookProblems } from '../playbook/check';
import { activityShapeProblem } from './activityShape';
import { Config, authenticationEnabled } from './config';
import { BotStore, createStore } from '../state/storage';

export interface App {
  readonly server: restify.Server;
  readonly adapter: CloudAdapter;
  readonly bot: TeamsBot;
  readonly logger: Logger;
  readonly store: BotStore;
  /** Stops accepting requests and waits for the turns in flight. */
  readonly drain: (timeoutMs: number) => Promise<void>;
}

/** Largest request body accepted; a Teams activity is a few KB. Larger bodies get 413. */
export const MAX_BODY_BYTES = 256 * 1024;

type TimedRequest = restify.Request & { startedAt?: bigint };

/** One JSON line per request: id, activity type, outcome and duration; user text only when opted in. */
function logRequest(logger: Logger, config: Config, req: TimedRequest, res: restify.Response): void {
  const body = req.body as { type?: unknown; name?: unknown; text?: unknown } | undefined;
  const durationMs = req.startedAt === undefined ? undefined : Number(process.hrtime.bigint() - req.startedAt) / 1e6;
  logger.info(
    {
      reqId: req.id(),
      method: req.method,
      path: req.path(),
      status: res.statusCode,
      outcome: res.statusCode < 400 ? 'ok' : res.statusCode < 500 ? 'refused' : 'failed',
      durationMs: durationMs === undefined ? undefined : Math.round(durationMs * 100) / 100,
      activityType: typeof body?.type === 'string' ? body.type.slice(0, 64) : undefined,
      invokeName: typeof body?.name === 'string' ? body.name.slice(0, 64) : undefined,
      ...(config.LOG_USER_TEXT && typeof body?.text === 'string' ? { text: body.text.slice(0, 500) } : {}),
    },
    'request',
  );
}

export interface AppOptions {
  /** The store to use instead of the one the configuration names (tests). */
  readonly store?: BotStore;
  /** The classifier to use instead of loading one (tests share one). */
  readonly classifier?: Classifier;
  readonly logger?: Logger;
}

/** Stops start-up when the playbook or any language's text of it is broken. */
export function assertPlaybook(): void {
  const problems = Object.entries(LOCALES).flatMap(([id, t]) =>
    playbookProblems(t.playbook, LOCALES.en.playbook).map((p) => `${id}: ${p}`),
  );
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
  const inFlight = new Set<Promise<unknown>>();
  const track = (task: Promise<unknown>) => {
    inFlight.add(task);
    const done = () => inFlight.delete(task);
    task.then(done, done);
  };
  const bot = assembleBot({
    store,
    classifier: options.classifier ?? loadClassifier(),
    templates: new CardTemplates(),
    logger,
    allowedTenants: config.ALLOWED_TENANT_IDS,
    background: track,
  });

  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    logger.error({ err: error, activityType: context.activity?.type }, 'turn failed');
    // Cards carry the walk, so nothing is lost: the user can click again or type start.
    if (context.activity?.type === 'message') {
      await context
        .sendActivity(clientLocaleText(context.activity.locale).ui.error.message)
        .catch((sendError: unknown) => {
          logger.error({ err: sendError }, 'could not tell the user about the failure');
        });
    }
  };

  const server = restify.createServer({ name: 'blocker-triage-bot', handleUncaughtExceptions: false });
  server.pre((req, _res, next) => {
    (req as TimedRequest).startedAt = process.hrtime.bigint();
    return next();
  });
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: MAX_BODY_BYTES }));
  server.on('after', (req: restify.Request, res: restify.Response) => logRequest(logger, config, req, res));

  server.post('/api/messages', async (req, res) => {
    // Refused here rather than by CloudAdapter, which would also print the error to the console.
    if (authenticationEnabled(config) && !req.headers.authorization) {
      res.send(401, { error: 'Unauthorized', message: 'A Bot Framework token is required' });
      return;
    }
    if (!req.is('json')) {
      res.send(400, { error: 'BadRequest', message: 'Send the activity as application/json' });
      return;
    }
    const problem = activityShapeProblem(req.body);
    if (problem) {
      res.send(400, { error: 'BadRequest', message: `Not a Bot Framework activity (${problem})` });
      return;
    }
    const turn = adapter.process(req, res, (context) => bot.run(context));
    track(turn);
    try {
      await turn;
    } catch (error) {
      // Whatever escaped the adapter: the client gets a 500, the process stays up.
      logger.error({ err: error }, 'request failed');
      if (!res.headersSent) res.send(500, { error: 'InternalServerError' });
    }
  });
  server.get('/healthz', (_req, res, next) => {
    res.send(200, { status: 'ok' });
    return next();
  });
  server.get('/readyz', async (_req, res) => {
    try {
      await store.check();
      res.send(200, { status: 'ready', storage: config.STORAGE });
    } catch (error) {
      logger.warn({ err: error }, 'not ready: storage unreachable');
      res.send(503, { status: 'unavailable', storage: config.STORAGE });
    }
  });

  /** Stops accepting requests and resolves when the turns in flight are done (or after `timeoutMs`). */
  const drain = async (timeoutMs: number): Promise<void> => {
    const closed = new Promise<void>((resolve) => {
      server.close(() => resolve());
    });
    server.server.closeIdleConnections();
    const deadline = new Promise<void>((resolve) => setTimeout(resolve, timeoutMs).unref());
    await Promise.race([Promise.allSettled([...inFlight]).then(() => closed), deadline]);
  };

  return { server, adapter, bot, logger, store, drain };
}
