import { Reply } from './turn';
import { CardJson } from './views/cards';

/**
 * The invokes the bot answers besides card clicks (adaptiveCard/action), each with the plain data
 * its handler gets. The edge (src/bot/teams/invokeValues.ts) reads Teams' JSON into this data and
 * turns a handler's InvokeAnswer into the invoke response; handlers see neither.
 */
export const INVOKE_NAMES = [
  'composeExtension/fetchTask',
  'composeExtension/submitAction',
  'composeExtension/query',
  'fileConsent/invoke',
] as const;
export type InvokeName = (typeof INVOKE_NAMES)[number];

/** The message extension's command ids, as appPackage/manifest.json declares them. */
export const EXTENSION_COMMANDS = {
  /** "Triage this blocker" in a message's "More actions" menu. */
  triage: 'triageMessage',
  /** The search in the compose box: look up an L2. */
  search: 'findL2',
} as const;
/** The search command's one parameter: what the user typed. */
export const SEARCH_PARAMETER = 'query';

/** A message quoted by a message action, as a reader sees it. */
export interface QuotedMessage {
  /** Its text: HTML read as text, mentions as names, at most MAX_TEXT_LENGTH; empty when it has none. */
  readonly text: string;
  readonly author?: string;
  /** Its https link in Teams. */
  readonly link?: string;
  /** In a channel, the id of the first message of its thread, where replies go. */
  readonly thread?: string;
}

export interface MessageAction {
  readonly message: QuotedMessage;
}

export interface ActionSubmit extends MessageAction {
  /** The private dialog's "Post it" button: the message whose suggestion goes into the compose box. */
  readonly post?: QuotedMessage;
}

export interface SearchQuery {
  /** What the user typed; empty on the first run, before they type. */
  readonly text: string;
  readonly skip: number;
  readonly count: number;
}

/** Where Teams wants a file uploaded once the user allowed it, and how to show it afterwards. */
export interface UploadTarget {
  readonly uploadUrl: string;
  readonly contentUrl: string;
  readonly name: string;
  readonly uniqueId: string;
  readonly fileType: string;
}

/** The user's answer on a file consent card. */
export interface FileConsentAnswer {
  readonly action: 'accept' | 'decline';
  /** When the file was offered (ms since the epoch), as the consent card carries it. */
  readonly offeredAt?: number;
  /** Present on accept when Teams sent a usable upload target. */
  readonly upload?: UploadTarget;
}

export interface InvokeValues {
  'composeExtension/fetchTask': MessageAction;
  'composeExtension/submitAction': ActionSubmit;
  'composeExtension/query': SearchQuery;
  'fileConsent/invoke': FileConsentAnswer;
}

export type Invoke = { [N in InvokeName]: { readonly name: N; readonly value: InvokeValues[N] } }[InvokeName];

/** One search result: the card that goes into the message, and its line in the result list. */
export interface SearchItem {
  readonly card: CardJson;
  readonly title: string;
  readonly text: string;
}

/** What an invoke handler answers; the edge shapes it as the invoke needs. */
export type InvokeAnswer =
  /** A dialog showing a card. */
  | { readonly kind: 'dialog'; readonly title: string; readonly card: CardJson }
  /** Cards offered for the message being written (search results, a card to post). */
  | { readonly kind: 'results'; readonly items: readonly SearchItem[] }
  /**
   * The card posted in the conversation, in the quoted message's thread in a channel: answered with
   * `posted` when the bot could post there, `otherwise` when it is not a member of the conversation.
   */
  | {
      readonly kind: 'share';
      readonly card: CardJson;
      readonly thread?: string;
      readonly posted: InvokeAnswer;
      readonly otherwise: InvokeAnswer;
    }
  /** Messages sent in the conversation, and an empty answer to the invoke. */
  | { readonly kind: 'reply'; readonly replies: readonly Reply[] }
  /** Another tenant: nothing ran. */
  | { readonly kind: 'refused' };
