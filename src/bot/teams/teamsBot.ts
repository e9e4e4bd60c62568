import {
  Activity,
  ActivityTypes,
  Attachment,
  CardFactory,
  ConversationReference,
  InvokeResponse,
  MessageFactory,
  TeamsActivityHandler,
  TurnContext,
} from 'botbuilder';
import { LocaleText, clientLocaleText } from '../../locales';
import { Profiles } from '../../state/profiles';
import { Logger } from '../logger';
import { TurnPipeline } from '../pipeline';
import { ClickResult, Router } from '../router';
import { Reply, Turn, TurnInfo, textReply } from '../turn';
import { CARD_CONTENT_TYPE, CardJson } from '../views/cards';
import { NoticeViews } from '../views/noticeViews';
import { InvokeAnswer, InvokeName } from '../invokes';
import { carriesCard, clickOf, mentionsBot, messageText, turnInfo } from './activity';
import { isInvokeName, readInvoke } from './invokeValues';
import { raceTimeout } from '../../util/deadline';

/** Runs `logic` in a new turn of the conversation `reference` names: how the bot acts after a turn has answered. */
export type ContinueConversation = (
  reference: Partial<ConversationReference>,
  logic: (context: TurnContext) => Promise<void>,
) => Promise<void>;

export interface TeamsBotDeps {
  readonly pipeline: TurnPipeline;
  readonly router: Router;
  readonly profiles: Profiles;
  readonly noticeViews: NoticeViews;
  readonly logger: Logger;
  /** Work that goes on after the turn has answered (updating a shared card for everyone); the server waits for it on shutdown. */
  readonly background: (task: Promise<unknown>) => void;
  readonly continueConversation: ContinueConversation;
}

/**
 * The edge between botbuilder and the bot: reads each activity into a Turn, runs it through the
 * turn-wide step and the router, and turns what the handlers return into messages, card updates and
 * invoke responses. Nothing past this file knows botbuilder; porting to the Microsoft 365 Agents SDK
 * replaces this file and the adapter, not the handlers.
 */
export class TeamsBot extends TeamsActivityHandler {
  constructor(private readonly deps: TeamsBotDeps) {
    super();
  }

  async run(context: TurnContext): Promise<void> {
    const activity = context.activity;
    // Typing, reactions and activity types the bot has no use for: acknowledged, nothing else.
    if (activity.type === 'message') await this.message(context);
    else if (activity.type === 'invoke') await this.invoke(context);
    else if (activity.type === 'conversationUpdate') await this.membersAdded(context);
  }

  private async message(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const click = clickOf(activity.value);
    const info = turnInfo(activity);
    if (click) {
      // Action.Submit, the fallback of our Action.Execute buttons, arrives as a message with the data.
      const result = await this.click(info, click.verb, click.data);
      if (result === 'refused')
        await context.sendActivity(toMessage(this.replyOutcomes.refused(clientLocaleText(context.activity.locale))));
      else await this.replaceCard(context, result.card, info.cardId);
      return;
    }
    if (info.conversation.shared && !mentionsBot(activity)) return;
    const text = messageText(activity);
    // A card someone shared (an L2 from the search) with nothing said about it asks nothing of the bot.
    if (text === '' && carriesCard(activity)) return;
    const reply = await this.deps.pipeline.run(info, this.replyOutcomes, async (turn) => {
      const answer = await this.deps.router.message(turn, text);
      await this.markWelcomed(turn);
      return answer;
    });
    await context.sendActivity(toMessage(reply));
  }

  private async invoke(context: TurnContext): Promise<void> {
    const name = context.activity.name;
    if (name !== 'adaptiveCard/action') {
      // The message extension's and the file consent's; task modules and others the bot does not offer are acknowledged.
      if (isInvokeName(name)) await this.extensionInvoke(context, name);
      else await this.respond(context, { status: 200 });
      return;
    }
    const click = clickOf(context.activity.value) ?? { verb: undefined, data: undefined };
    const result = await this.click(turnInfo(context.activity), click.verb, click.data);
    if (result === 'refused') {
      await this.respond(context, { status: 403 });
      return;
    }
    await this.respond(context, {
      status: 200,
      body: { statusCode: 200, type: CARD_CONTENT_TYPE, value: result.card },
    });
    if (result.updateForEveryone) this.updateForEveryone(context, result.updateForEveryone, result.card);
  }

  /** A message extension's or a file consent's invoke; a value that is not what Teams sends gets 400. */
  private async extensionInvoke(context: TurnContext, name: InvokeName): Promise<void> {
    const invoke = readInvoke(name, context.activity.value);
    if (!invoke) {
      await this.respond(context, { status: 400 });
      return;
    }
    const answer = await this.deps.pipeline.run<InvokeAnswer>(
      turnInfo(context.activity),
      // Only the file consent needs the store: its apology goes into the chat, as its other answers do.
      {
        refused: () => ({ kind: 'refused' }),
        storeDown: (t) => ({ kind: 'reply', replies: [textReply(t.ui.storageDown)] }),
      },
      (turn) => this.deps.router.invoke(turn, invoke),
    );
    await this.answerInvoke(context, answer);
  }

  /** The invoke response for a handler's answer, in the shape the invoke needs. */
  private async answerInvoke(context: TurnContext, answer: InvokeAnswer): Promise<void> {
    switch (answer.kind) {
      case 'refused':
        return this.respond(context, { status: 403 });
      case 'dialog':
        return this.respond(context, {
          status: 200,
          body: { task: { type: 'continue', value: { title: answer.title, card: attachment(answer.card) } } },
        });
      case 'results':
        return this.respond(context, {
          status: 200,
          body: {
            composeExtension: {
              type: 'result',
              attachmentLayout: 'list',
              attachments: answer.items.map((item) => ({
                ...attachment(item.card),
                preview: CardFactory.thumbnailCard(item.title, item.text),
              })),
            },
          },
        });
      case 'share': {
        const posted = await this.share(context, answer.card, answer.thread);
        return this.answerInvoke(context, posted ? answer.posted : answer.otherwise);
      }
      case 'reply':
        for (const reply of answer.replies) await context.sendActivity(toMessage(reply));
        return this.respond(context, { status: 200 });
    }
  }

  /**
   * Posts `card` in the invoke's conversation (in a channel, under the thread of the quoted message)
   * through the adapter's bounded connector. False when the bot may not post there (it is not a
   * member); true when it did, or when the post is still under way after SHARE_WAIT_MS (Teams does
   * not wait long for an invoke): it goes on after the answer, and a failure is logged.
   */
  private async share(context: TurnContext, card: CardJson, thread: string | undefined): Promise<boolean> {
    const reference = TurnContext.getConversationReference(context.activity);
    const conversation = context.activity.conversation;
    const id =
      conversation.conversationType === 'channel' && thread
        ? `${conversation.id.split(';')[0]};messageid=${thread}`
        : conversation.id;
    const post = this.inNewTurn(
      { ...reference, activityId: undefined, conversation: { ...conversation, id } },
      async (later) => {
        await later.sendActivity(toMessage({ kind: 'card', card }));
      },
    ).then((error) => {
      if (error === undefined) return true;
      this.deps.logger.info({ err: error }, 'could not post the suggestion in the conversation; shown privately');
      return false;
    });
    this.deps.background(post);
    return raceTimeout(post, SHARE_WAIT_MS, () => true);
  }

  private async membersAdded(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const added: unknown = activity.membersAdded;
    const botAdded = Array.isArray(added) && added.some((m: { id?: unknown }) => m?.id === activity.recipient.id);
    if (!botAdded) return;
    const reply = await this.deps.pipeline.run(turnInfo(activity), this.replyOutcomes, async (turn) => {
      await this.markWelcomed(turn);
      return { kind: 'card', card: this.deps.noticeViews.welcome(turn.t) } as const;
    });
    await context.sendActivity(toMessage(reply));
  }

  /** A card click; another tenant's click is refused before anything runs. */
  private click(info: TurnInfo, verb: unknown, data: unknown): Promise<ClickResult | 'refused'> {
    return this.deps.pipeline.run<ClickResult | 'refused'>(
      info,
      { refused: () => 'refused', storeDown: (t) => ({ card: this.deps.noticeViews.notice(t, t.ui.storageDown) }) },
      (turn) => this.deps.router.click(turn, verb, data),
    );
  }

  private readonly replyOutcomes = {
    refused: (t: LocaleText): Reply => textReply(t.ui.notAllowed),
    storeDown: (t: LocaleText): Reply => textReply(t.ui.storageDown),
  };

  /** The first message marks the user as welcomed; a store that fails here costs nothing else. */
  private async markWelcomed(turn: Turn): Promise<void> {
    if (turn.profile.welcomed) return;
    await this.deps.profiles
      .set(turn.channelId, turn.from.id, { ...turn.profile, welcomed: true })
      .catch((error: unknown) => {
        this.deps.logger.warn({ err: error }, 'could not record the welcome');
      });
  }

  private async respond(context: TurnContext, response: InvokeResponse): Promise<void> {
    await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: response });
  }

  /**
   * Shows the moved shared card to everyone, after the clicker has had their answer: the invoke is
   * never held up by the connector. A turn of its own, since this turn's context ends with its answer.
   */
  private updateForEveryone(context: TurnContext, cardId: string, card: CardJson): void {
    const reference = TurnContext.getConversationReference(context.activity);
    this.deps.background(
      this.inNewTurn(reference, async (later) => {
        await later.updateActivity({ type: ActivityTypes.Message, id: cardId, attachments: [attachment(card)] });
      }).then((error) => {
        if (error !== undefined) this.deps.logger.warn({ err: error }, 'could not update the shared card for everyone');
      }),
    );
  }

  /**
   * Runs `work` in a new turn of the conversation `reference` names, and resolves with its failure
   * (undefined when it succeeded). A failure is caught inside that turn: botbuilder would take it for
   * the new turn's own and hand it to the adapter's turn-error handler.
   */
  private inNewTurn(
    reference: Partial<ConversationReference>,
    work: (later: TurnContext) => Promise<void>,
  ): Promise<unknown> {
    let failure: unknown;
    return this.deps
      .continueConversation(reference, async (later) => {
        await work(later).catch((error: unknown) => {
          failure = error ?? new Error('the new turn failed');
        });
      })
      .then(
        () => failure,
        (error: unknown) => error ?? new Error('the new turn could not start'),
      );
  }

  /**
   * Shows the next card in place of the one clicked when the channel can update messages (Teams),
   * and as a new message where it cannot.
   */
  private async replaceCard(context: TurnContext, card: CardJson, replyToId: string | undefined): Promise<void> {
    const message = toMessage({ kind: 'card', card });
    if (context.activity.channelId === 'msteams' && replyToId) {
      try {
        await context.updateActivity({ ...message, id: replyToId });
        return;
      } catch (error) {
        this.deps.logger.warn({ err: error }, 'could not update the card in place; sending it as a new message');
      }
    }
    await context.sendActivity(message);
  }
}

/** How long a message action waits for its card to be posted before it answers; Teams gives an invoke a few seconds. */
const SHARE_WAIT_MS = 3000;

const FILE_CONSENT_CARD = 'application/vnd.microsoft.teams.card.file.consent';
const FILE_INFO_CARD = 'application/vnd.microsoft.teams.card.file.info';

function attachment(card: CardJson): Attachment {
  return CardFactory.adaptiveCard(card);
}

function toMessage(reply: Reply): Partial<Activity> {
  switch (reply.kind) {
    case 'card':
      return MessageFactory.attachment(attachment(reply.card));
    case 'text':
      return MessageFactory.text(reply.text);
    case 'fileConsent': {
      // The answer comes back as a fileConsent/invoke carrying this context.
      const context = { o: reply.offeredAt };
      return MessageFactory.attachment({
        contentType: FILE_CONSENT_CARD,
        name: reply.name,
        content: {
          description: reply.description,
          sizeInBytes: reply.sizeInBytes,
          acceptContext: context,
          declineContext: context,
        },
      });
    }
    case 'fileInfo':
      return MessageFactory.attachment({
        contentType: FILE_INFO_CARD,
        name: reply.name,
        contentUrl: reply.contentUrl,
        content: { uniqueId: reply.uniqueId, fileType: reply.fileType },
      });
  }
}
