import { LocaleText, clientLocaleText, localeText, resolveLocale } from '../locales';
import { StoreUnavailable } from '../state/errors';
import { Profile, Profiles } from '../state/profiles';
import { Logger } from './logger';
import { Turn, TurnInfo } from './turn';

/** What a turn answers when the tenant may not use the bot, or the store fails. */
export interface TurnOutcomes<R> {
  readonly refused: (t: LocaleText) => R;
  readonly storeDown: (t: LocaleText) => R;
}

/**
 * The turn-wide step every turn goes through before its handler: the tenant gate, the user's
 * language, and a failing store turned into an apology. Handlers never see a turn that should
 * not run, and never have to catch a store failure themselves.
 */
export class TurnPipeline {
  /** Allowed tenants, lower case; empty allows every tenant. */
  private readonly allowedTenants: ReadonlySet<string>;

  constructor(private readonly deps: { profiles: Profiles; logger: Logger; allowedTenants: readonly string[] }) {
    this.allowedTenants = new Set(deps.allowedTenants.map((id) => id.toLowerCase()));
  }

  async run<R>(info: TurnInfo, outcomes: TurnOutcomes<R>, handler: (turn: Turn) => Promise<R>): Promise<R> {
    const clientText = clientLocaleText(info.clientLocale);
    if (!this.tenantAllowed(info)) {
      this.deps.logger.warn({}, 'refused: tenant not allowed');
      return outcomes.refused(clientText);
    }
    const profile = await this.profile(info);
    const language = profile.language ?? resolveLocale(info.clientLocale);
    try {
      return await handler({ ...info, profile, language, t: localeText(language) });
    } catch (error) {
      if (!(error instanceof StoreUnavailable)) throw error;
      this.deps.logger.error({ err: error.cause }, 'store unavailable');
      return outcomes.storeDown(localeText(language));
    }
  }

  /**
   * GUIDs compare without case. An activity naming two different tenants (the conversation's and the
   * channel data's) is refused: one of them is not telling the truth.
   */
  private tenantAllowed(info: TurnInfo): boolean {
    if (this.allowedTenants.size === 0) return true;
    const named = new Set(info.tenantIds.map((id) => id.toLowerCase()));
    if (named.size !== 1) return false;
    return this.allowedTenants.has([...named][0]);
  }

  /**
   * The user's profile, for the language they chose. A store that fails here costs only that choice:
   * the client's locale decides, and a walk in a 1:1 chat goes on without the store.
   */
  private async profile(info: TurnInfo): Promise<Profile> {
    try {
      return await this.deps.profiles.get(info.channelId, info.from.id);
    } catch (error) {
      this.deps.logger.warn(
        { err: error instanceof StoreUnavailable ? error.cause : error },
        'profile unavailable: using the client locale',
      );
      return {};
    }
  }
}
