import { Documents } from './documents';
import { documentKey } from './summary';

/**
 * The state of a card shared in a channel or group chat: the click that produced what everyone
 * sees, a sequence number, and who gave each answer.
 */
export interface SharedCard {
  readonly seq: number;
  readonly verb: string;
  readonly data: Readonly<Record<string, unknown>>;
  /** Who answered each question, by question id. */
  readonly answeredBy: Readonly<Record<string, string>>;
  /** Who added the result to the review summary, when someone did. */
  readonly settledBy?: string;
}

export interface SharedClick {
  readonly verb: string;
  readonly data: Readonly<Record<string, unknown>>;
  /** The sequence number the clicked card showed; undefined on a card nobody has clicked yet. */
  readonly seq: number | undefined;
  readonly by: string;
  /** The question answered, for an answer. */
  readonly question?: string;
}

export class SharedCards {
  constructor(private readonly documents: Documents) {}

  /**
   * Applies a click to the shared card when it was made on the card's current state; a click on an
   * older state (someone else was faster, or Teams repeated the invoke) changes nothing. Returns the
   * card's state after the click and whether this click moved it.
   */
  async click(
    conversationId: string,
    cardId: string,
    click: SharedClick,
  ): Promise<{ card: SharedCard; moved: boolean }> {
    let moved = false;
    const card = await this.documents.update<SharedCard>(documentKey('card', conversationId, cardId), (current) => {
      moved = false;
      if (current && click.seq !== current.seq) return undefined;
      moved = true;
      return {
        seq: (current?.seq ?? 0) + 1,
        verb: click.verb,
        data: click.data,
        answeredBy: click.question
          ? { ...current?.answeredBy, [click.question]: click.by }
          : { ...current?.answeredBy },
        ...(click.verb === 'settle' ? { settledBy: click.by } : {}),
      };
    });
    return { card: card!, moved };
  }
}
