import { withDeadline } from '../util/deadline';
import {
  Activity,
  CallerIdConstants,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  TurnContext,
} from 'botbuilder';
import { AuthenticateRequestResult, AuthenticationConstants, BotFrameworkAuthentication } from 'botframework-connector';
import { Logger } from 'pino';
import { Config } from './config';

/** Longest the token check may take, the fetch of the signing keys included; then 503. */
export const AUTHENTICATION_TIMEOUT_MS = 5_000;

/** Test wiring: where the signing keys are published (a local OpenID configuration and JWKS). */
export interface AuthenticationWiring {
  readonly openIdMetadataUrl: string;
}

/**
 * Bot Framework authentication from the configuration. With `wiring`, the tokens are checked
 * against other signing keys and nothing else changes: botbuilder takes one endpoint as a request
 * to set all of them, so the others are its public-cloud values.
 */
export function createAuthentication(config: Config, wiring?: AuthenticationWiring): BotFrameworkAuthentication {
  return new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.MicrosoftAppId,
    MicrosoftAppPassword: config.MicrosoftAppPassword,
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId,
    ...(wiring
      ? {
          ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
          ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
          ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
          OAuthUrl: AuthenticationConstants.OAuthUrl,
          ToBotFromChannelOpenIdMetadataUrl: wiring.openIdMetadataUrl,
          ToBotFromEmulatorOpenIdMetadataUrl: wiring.openIdMetadataUrl,
          CallerId: CallerIdConstants.PublicAzureChannel,
        }
      : {}),
  });
}

/** How a request ends when it does not reach the bot, or what the bot answered. */
export interface Answer {
  readonly status: number;
  readonly body?: unknown;
}

class AuthenticationTimeout extends Error {
  constructor() {
    super(`no answer from the signing keys within ${AUTHENTICATION_TIMEOUT_MS} ms`);
    this.name = 'AuthenticationTimeout';
  }
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH']);

/**
 * True when the token could not be checked because the signing keys could not be fetched
 * (botbuilder's node-fetch errors, its "Failed to load" errors, our timeout); every other
 * failure is the token's.
 */
export function keysUnreachable(error: unknown): boolean {
  if (error instanceof AuthenticationTimeout) return true;
  const { name, code, statusCode, message } = error as {
    name?: unknown;
    code?: unknown;
    statusCode?: unknown;
    message?: unknown;
  };
  if (name === 'FetchError' || (typeof code === 'string' && NETWORK_CODES.has(code))) return true;
  return statusCode === 500 && typeof message === 'string' && message.startsWith('Failed to load');
}

/**
 * CloudAdapter whose token check answers for itself: a bad token is a bare 401 and unreachable
 * signing keys a 503 (CloudAdapter.process answers both with 500 or 401 and the error's text,
 * and prints the error to the console).
 */
export class GuardedAdapter extends CloudAdapter {
  constructor(
    authentication: BotFrameworkAuthentication,
    private readonly logger: Pick<Logger, 'info' | 'error'>,
  ) {
    super(authentication);
  }

  async serve(
    authorization: string,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<Answer> {
    let authenticated: AuthenticateRequestResult;
    try {
      authenticated = await withDeadline(
        this.botFrameworkAuthentication.authenticateRequest(activity, authorization),
        AUTHENTICATION_TIMEOUT_MS,
        () => new AuthenticationTimeout(),
      );
    } catch (error) {
      if (keysUnreachable(error)) {
        this.logger.error({ err: error }, 'cannot check tokens: the signing keys are unreachable');
        return { status: 503, body: { error: 'ServiceUnavailable' } };
      }
      this.logger.info({ reason: error instanceof Error ? error.message : String(error) }, 'refused: bad token');
      return { status: 401, body: { error: 'Unauthorized' } };
    }
    const response = await this.processActivity(authenticated, activity, logic);
    return { status: response?.status ?? 200, body: response?.body };
  }
}
