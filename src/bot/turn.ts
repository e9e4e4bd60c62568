import { LocaleId, LocaleText } from '../locales';
import { Profile } from '../state/profiles';
import { CardJson } from './views/cards';

/**
 * One turn as the handlers see it: plain data about who wrote where, with no botbuilder type, so
 * that moving to another SDK changes the edge (src/bot/teams/) and not the handlers.
 */
export interface TurnInfo {
  readonly channelId: string;
  readonly conversation: {
    readonly id: string;
    /** A channel or group chat: cards are shared and the bot answers only when @mentioned. */
    readonly shared: boolean;
  };
  /** Every tenant id the activity names (the conversation's and the channel data's); they must agree. */
  readonly tenantIds: readonly string[];
  readonly from: { readonly id: string; readonly name: string };
  /** The client's locale tag, as sent. */
  readonly clientLocale: unknown;
  /** The message whose card was clicked, when the client says. */
  readonly cardId?: string;
}

/** A turn after the turn-wide step (src/bot/pipeline.ts): the user's language and profile are known. */
export interface Turn extends TurnInfo {
  readonly language: LocaleId;
  readonly t: LocaleText;
  readonly profile: Profile;
}

/** What a text command answers with. */
export type Reply =
  | { readonly kind: 'card'; readonly card: CardJson }
  | { readonly kind: 'text'; readonly text: string }
  /** Teams' file consent card: the user allows the upload (or not) before a file is sent in a 1:1 chat. */
  | {
      readonly kind: 'fileConsent';
      readonly name: string;
      readonly description: string;
      readonly sizeInBytes: number;
      /** When the file was offered (ms since the epoch); the answer carries it back. */
      readonly offeredAt: number;
    }
  /** The card of a file uploaded to the user's OneDrive, as Teams named it. */
  | {
      readonly kind: 'fileInfo';
      readonly name: string;
      readonly contentUrl: string;
      readonly uniqueId: string;
      readonly fileType: string;
    };

export const cardReply = (card: CardJson): Reply => ({ kind: 'card', card });
export const textReply = (text: string): Reply => ({ kind: 'text', text });
