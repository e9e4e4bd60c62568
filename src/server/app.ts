import { Activity, TurnContext } from 'botbuilder';
import { Logger } from 'pino';
import restify from 'restify';
import { assembleBot } from '../bot/assemble';
import { TeamsBot } from '../bot/teams/teamsBot';
import { CardTemplates } from '../bot/views/cards';
import { Classifier, loadClassifier } from '../triage/classifier';
import { LOCALES, clientLocaleText } from '../locales';
import { likelihoodProblems, playbookProblems } from '../playbook/check';
import { ANSWER_LIKELIHOODS } from '../triage/answerLikelihoods';
import { activityShapeProblem } from './activityShape';
import { Answer, AuthenticationWiring, GuardedAdapter, createAuthentication } from './auth';
import { readJsonBody } from './body';
import { Config, authenticationEnabled } from './config';
import { createLogger, restifyLogger } from './logging';
import { BoundedOutboundAuthentication, boundedRetryPolicy, isConnectorFailure } from './outbound';
import { refusal, refuseBeforeBody } from './requestGuard';
import { createUploader } from './upload';
import { createTurnOutcomes } from './turnOutcome';
import { BotStore, createStore } from '../state/storage';
import { withStoreTimeout } from '../state/timedStorage';

export interface App {
  readonly server: restify.Server;
  readonly adapter: GuardedAdapter;
  readonly bot: TeamsBot;
  readonly logger: Logger;
  readonly store: BotStore;
  /** Stops accepting requests and waits for the turns in flight. */
  readonly drain: (timeoutMs: number) => Promise<void>;
}

/** Longest /readyz waits for the store before it says 503. */
export const READY_TIMEOUT_MS = 2_000;
/** Longest a client may take to send its request headers, and its whole request. */
const HEADERS_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 30_000;

type TimedRequest = restify.Request & { startedAt?: bigint; turnFailed?: boolean };

/** One JSON line per request: id, activity type, outcome and duration; user text only when opted in. */
function logRequest(logger: Logger, config: Config, req: TimedRequest, res: restify.Response): void {
  const body = req.body as { type?: unknown; name?: unknown; text?: unknown } | undefined;
  const durationMs = req.startedAt === undefined ? undefined : Number(process.hrtime.bigint() - req.startedAt) / 1e6;
  const failed = req.turnFailed === true || res.statusCode >= 500;
  logger.info(
    {
      reqId: req.id(),
      method: req.method,
      path: req.path(),
      status: res.statusCode,
      outcome: failed ? 'failed' : res.statusCode < 400 ? 'ok' : 'refused',
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
  /** Where the token signing keys come from, instead of the Bot Framework's (tests). */
  readonly authentication?: AuthenticationWiring;
  /** Lets file uploads go to plain http on loopback, where the tests' stand-in for OneDrive listens; never set otherwise. */
  readonly allowLoopbackUploads?: boolean;
}

/** Stops start-up when the playbook or any language's text of it is broken. */
export function assertPlaybook(): void {
  const problems = [
    ...Object.entries(LOCALES).flatMap(([id, t]) =>
      playbookProblems(t.playbook, LOCALES.en.playbook).map((p) => `${id}: ${p}`),
    ),
    ...likelihoodProblems(ANSWER_LIKELIHOODS),
  ];
  if (problems.length > 0) throw new Error(`The playbook content is broken:\n${problems.join('\n')}`);
}

/**
 * Answers a request refused before its body was read in full. What the client still sends is
 * read and dropped (never kept) until the request ends or REQUEST_TIMEOUT_MS: closing at once
 * would reset the connection, and the client could lose the answer.
 */
function refuse(req: restify.Request, res: restify.Response, answer: Answer): void {
  req.resume();
  res.send(answer.status, answer.body);
}

/** The bot, its adapter and the restify server, wired but not listening. */
export function createApp(config: Config, options: AppOptions = {}): App {
  assertPlaybook();
  const logger = options.logger ?? createLogger(config);
  const auth = new BoundedOutboundAuthentication(
    createAuthentication(config, options.authentication),
    boundedRetryPolicy(logger),
  );
  const adapter = new GuardedAdapter(auth, logger);
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
    continueConversation: (reference, logic) =>
      adapter.continueConversationAsync(config.MicrosoftAppId, reference, logic),
    uploadFile: createUploader({ logger, allowLoopbackHttp: options.allowLoopbackUploads }),
  });

  const outcomes = createTurnOutcomes();
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    outcomes.markFailed();
    logger.error({ err: error, activityType: context.activity?.type }, 'turn failed');
    // Cards carry the walk, so nothing is lost: the user can click again or type start. When the
    // connector itself failed, an apology through it would only wait for the same failure.
    if (context.activity?.type === 'message' && !isConnectorFailure(error)) {
      await context
        .sendActivity(clientLocaleText(context.activity.locale).ui.error.message)
        .catch((sendError: unknown) => {
          logger.error({ err: sendError }, 'could not tell the user about the failure');
        });
    }
  };

  const server = restify.createServer({
    name: 'blocker-triage-bot',
    handleUncaughtExceptions: false,
    // @types/restify describes restify 8's bunyan logger; restify 11 takes a pino logger.
    log: restifyLogger(logger) as unknown as restify.ServerOptions['log'],
  });
  server.server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.server.requestTimeout = REQUEST_TIMEOUT_MS;
  server.pre((req, _res, next) => {
    (req as TimedRequest).startedAt = process.hrtime.bigint();
    return next();
  });
  server.on('after', (req: restify.Request, res: restify.Response) => logRequest(logger, config, req, res));

  // No body parser: the body is read here, after the checks that need only the headers.
  server.post('/api/messages', async (req, res) => {
    const early = refuseBeforeBody(req.headers, authenticationEnabled(config));
    if (early) return refuse(req, res, early);
    const read = await readJsonBody(req);
    if (!read.ok) return refuse(req, res, read.answer);
    req.body = read.body;
    const problem = activityShapeProblem(read.body);
    if (problem) return refuse(req, res, refusal(400, 'BadRequest', `Not a Bot Framework activity (${problem})`));
    const turn = outcomes.track(() =>
      adapter.serve(req.headers.authorization ?? '', read.body as Activity, (context) => bot.run(context)),
    );
    track(turn);
    try {
      const { result, failed } = await turn;
      (req as TimedRequest).turnFailed = failed;
      res.send(result.status, result.body);
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
      await withStoreTimeout('readiness check', store.check(), READY_TIMEOUT_MS);
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
