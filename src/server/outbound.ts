import {
  Pipeline,
  PipelinePolicy,
  PipelineRequest,
  PipelineResponse,
  SendRequest,
  isRestError,
} from '@azure/core-rest-pipeline';
import { Activity } from 'botbuilder';
import {
  AuthenticateRequestResult,
  BotFrameworkAuthentication,
  BotFrameworkClient,
  ClaimsIdentity,
  ConnectorClient,
  ConnectorFactory,
  UserTokenClient,
} from 'botframework-connector';
import { Logger } from 'pino';

/** Longest a connector call (send, reply, update...) may take, retries included. */
export const CONNECTOR_TIMEOUT_MS = 10_000;
/** Attempts per connector call, the first included. */
export const CONNECTOR_ATTEMPTS = 3;
/** Full-jitter backoff: the n-th retry waits a random time below min(cap, base * 2^(n-1)). */
const BACKOFF_BASE_MS = 250;
const BACKOFF_CAP_MS = 2000;

/**
 * Answers worth another try: throttled (429), Teams' "retry the update" (412), gateways (502, 504).
 * A timed-out attempt is not retried: the connector may have delivered the message already.
 */
const RETRY_STATUSES = new Set([412, 429, 502, 504]);
/** Connection failures where the request certainly did not arrive, or was cut off. */
const RETRY_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'EAI_AGAIN']);

/** A connector call that failed for good: after its retries, at its deadline, or on an answer >= 400. */
export class ConnectorCallFailed extends Error {
  constructor(
    message: string,
    readonly statusCode: number | undefined,
    readonly attempts: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ConnectorCallFailed';
  }
}

/** True for an error of a call to the Bot Framework connector: the user cannot be reached either. */
export function isConnectorFailure(error: unknown): boolean {
  return error instanceof ConnectorCallFailed || isRestError(error);
}

/** The Node error code of an error, or of its cause (fetch and the connector wrap the socket error). */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  const causeCode = (error as { cause?: { code?: unknown } } | undefined)?.cause?.code;
  if (typeof code === 'string') return code;
  return typeof causeCode === 'string' ? causeCode : undefined;
}

/** Milliseconds the connector asked us to wait (Retry-After in seconds or as a date), if it did. */
export function retryAfterMs(response: PipelineResponse | undefined, now = Date.now()): number | undefined {
  const header = response?.headers.get('retry-after');
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function backoffMs(retry: number): number {
  return Math.random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (retry - 1));
}

type Attempt = { response: PipelineResponse; error?: undefined } | { response?: undefined; error: unknown };

/** One try, cut off at `timeoutMs` (or when the caller aborts). */
async function attempt(request: PipelineRequest, next: SendRequest, timeoutMs: number): Promise<Attempt> {
  const callerSignal = request.abortSignal;
  const controller = new AbortController();
  const abort = () => controller.abort();
  callerSignal?.addEventListener('abort', abort);
  const timer = setTimeout(abort, Math.max(0, timeoutMs));
  request.abortSignal = controller.signal;
  try {
    return { response: await next(request) };
  } catch (error) {
    return { error };
  } finally {
    clearTimeout(timer);
    callerSignal?.removeEventListener('abort', abort);
    request.abortSignal = callerSignal;
  }
}

/**
 * The connector's retry policy: a deadline for the whole call, at most CONNECTOR_ATTEMPTS tries,
 * full-jitter exponential backoff, Retry-After honoured but never past the deadline, and one log
 * line when the call fails for good.
 */
export function boundedRetryPolicy(logger: Pick<Logger, 'warn'>): PipelinePolicy {
  return {
    name: 'boundedConnectorRetry',
    async sendRequest(request, next) {
      const started = Date.now();
      const deadline = started + CONNECTOR_TIMEOUT_MS;
      const url = new URL(request.url);
      const failed = (tries: number, status: number | undefined, error?: unknown) =>
        logger.warn(
          {
            method: request.method,
            host: url.host,
            path: url.pathname.slice(0, 200),
            status,
            code: errorCode(error),
            attempts: tries,
            durationMs: Date.now() - started,
            timedOut: Date.now() >= deadline,
          },
          'connector call failed',
        );
      for (let tries = 1; ; tries++) {
        const result = await attempt(request, next, deadline - Date.now());
        const status = result.response?.status;
        const retryable =
          result.response !== undefined
            ? RETRY_STATUSES.has(result.response.status)
            : RETRY_CODES.has(errorCode(result.error) ?? '');
        const wait = Math.max(retryAfterMs(result.response) ?? 0, backoffMs(tries));
        if (!retryable || tries >= CONNECTOR_ATTEMPTS || Date.now() + wait >= deadline) {
          if (result.response) {
            if (result.response.status >= 400) failed(tries, status);
            return result.response;
          }
          failed(tries, undefined, result.error);
          const reason = Date.now() >= deadline ? `no answer within ${CONNECTOR_TIMEOUT_MS} ms` : 'connection failed';
          throw new ConnectorCallFailed(`${request.method} ${url.host}: ${reason}`, undefined, tries, {
            cause: result.error,
          });
        }
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    },
  };
}

function isPipeline(value: unknown): value is Pipeline {
  const candidate = value as Partial<Pipeline> | undefined;
  return typeof candidate?.addPolicy === 'function' && typeof candidate.getOrderedPolicies === 'function';
}

/**
 * Puts `policy` in place of the client's own retries. ConnectorFactoryImpl overwrites any
 * requestPolicyFactories given in ConnectorClientOptions and keeps core-rest-pipeline's default
 * retry (unbounded Retry-After, no deadline), so the policy goes into the client's pipeline,
 * which ServiceClientContext keeps in its private `client`. A botbuilder that changed this shape
 * fails here, loudly, rather than sending without limits.
 */
export function boundConnector(connector: ConnectorClient, policy: PipelinePolicy): ConnectorClient {
  const inner: unknown = Reflect.get(connector, 'client');
  const pipeline: unknown = inner !== null && typeof inner === 'object' ? Reflect.get(inner, 'pipeline') : undefined;
  if (!isPipeline(pipeline)) throw new Error('ConnectorClient has no pipeline to bound: check the botbuilder version');
  for (const { name } of pipeline.getOrderedPolicies()) {
    if (/retry/i.test(name)) pipeline.removePolicy({ name });
  }
  pipeline.addPolicy(policy, { phase: 'Retry' });
  return connector;
}

class BoundedConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly inner: ConnectorFactory,
    private readonly policy: PipelinePolicy,
  ) {
    super();
  }

  async create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return boundConnector(await this.inner.create(serviceUrl, audience), this.policy);
  }
}

/**
 * The adapter's authentication, with every connector it makes bounded: the one of each turn
 * (authenticateRequest) and those made later, for proactive or background calls
 * (createConnectorFactory, used by CloudAdapter.continueConversationAsync).
 */
export class BoundedOutboundAuthentication extends BotFrameworkAuthentication {
  constructor(
    private readonly inner: BotFrameworkAuthentication,
    private readonly policy: PipelinePolicy,
  ) {
    super();
  }

  async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const result = await this.inner.authenticateRequest(activity, authHeader);
    return {
      ...result,
      connectorFactory: result.connectorFactory && new BoundedConnectorFactory(result.connectorFactory, this.policy),
    };
  }

  authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    return this.inner.authenticateStreamingRequest(authHeader, channelIdHeader);
  }

  createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return new BoundedConnectorFactory(this.inner.createConnectorFactory(claimsIdentity), this.policy);
  }

  createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.inner.createUserTokenClient(claimsIdentity);
  }

  createBotFrameworkClient(): BotFrameworkClient {
    return this.inner.createBotFrameworkClient();
  }

  getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }

  authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.inner.authenticateChannelRequest(authHeader);
  }
}
