import { Documents, Versioned } from './documents';
import { documentKey } from './summary';

/**
 * The state of a card shared in a channel or group chat: the click that produced what everyone
 * sees, its sequence number, who gave each answer, and the buttons the card offers now. The bot
 * decides what a click means; this only keeps the state and writes it with the document's eTag.
 */
export interface SharedCard {
  readonly seq: number;
  readonly verb: string;
  readonly data: Readonly<Record<string, unknown>>;
  /** Who answered each question, by question id. */
  readonly answeredBy: Readonly<Record<string, string>>;
  /** Who added the result to the review summary, when someone did. */
  readonly settledBy?: string;
  /** Fingerprints of the buttons the card shows now: the only clicks it accepts. */
  readonly offers: readonly string[];
}

export class SharedCards {
  constructor(private readonly documents: Documents) {}

  read(conversationId: string, cardId: string): Promise<Versioned<SharedCard>> {
    return this.documents.readVersioned<SharedCard>(documentKey('card', conversationId, cardId));
  }

  /** Stores `next` if the card is still as `read` found it; false when another click was first. */
  replace(conversationId: string, cardId: string, read: Versioned<SharedCard>, next: SharedCard): Promise<boolean> {
    return this.documents.writeIfUnchanged(documentKey('card', conversationId, cardId), read, next);
  }
}
