import { Storage } from 'botbuilder';
import { LocaleId, isLocaleId } from '../locales';
import { stored } from './errors';

/** What the bot keeps about a user, in every conversation. */
export interface Profile {
  /** The user has seen the welcome. */
  readonly welcomed?: boolean;
  /** The language the user chose; otherwise the client's locale decides. */
  readonly language?: LocaleId;
}

/**
 * Users' profiles. The key and shape are those of botbuilder's UserState with a `profile` property,
 * so profiles written by earlier versions of the bot are read as they are.
 */
export class Profiles {
  constructor(private readonly storage: Storage) {}

  async get(channelId: string, userId: string): Promise<Profile> {
    const key = profileKey(channelId, userId);
    const item = (await stored(() => this.storage.read([key])))[key] as { profile?: unknown } | undefined;
    return checked(item?.profile);
  }

  /** Changes the profile; last writer wins, which is right for one user's own settings. */
  async set(channelId: string, userId: string, profile: Profile): Promise<void> {
    await stored(() => this.storage.write({ [profileKey(channelId, userId)]: { profile, eTag: '*' } }));
  }
}

function profileKey(channelId: string, userId: string): string {
  return `${channelId}/users/${userId}`;
}

/** Only what this version of the bot understands survives a read. */
function checked(value: unknown): Profile {
  if (value === null || typeof value !== 'object') return {};
  const { welcomed, language } = value as Record<string, unknown>;
  return { ...(welcomed === true ? { welcomed } : {}), ...(isLocaleId(language) ? { language } : {}) };
}
