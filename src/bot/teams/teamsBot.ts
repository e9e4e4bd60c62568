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
import { Reply, Turn, textReply } from '../turn';
import { CARD_CONTENT_TYPE, CardJson } from '../views/cards';
import { NoticeViews } from '../views/noticeViews';
import { clickOf, mentionsBot, messageText, turnInfo } from './activity';

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
    if (click) {
      // Action.Submit, the fallback of our Action.Execute buttons, arrives as a message with the data.
      const result = await this.click(context, click.verb, click.data);
      if (result === 'refused')
        await context.sendActivity(toMessage(this.replyOutcomes.refused(clientLocaleText(context.activity.locale))));
      else await this.replaceCard(context, result.card);
      return;
    }
    const info = turnInfo(activity);
    if (info.conversation.shared && !mentionsBot(activity)) return;
    const reply = await this.deps.pipeline.run(info, this.replyOutcomes, async (turn) => {
      const answer = await this.deps.router.message(turn, messageText(activity));
      await this.markWelcomed(turn);
      return answer;
    });
    await context.sendActivity(toMessage(reply));
  }

  private async invoke(context: TurnContext): Promise<void> {
    if (context.activity.name !== 'adaptiveCard/action') {
      // Message extensions, task modules and other invokes this bot does not offer: acknowledged.
      await this.respond(context, { status: 200 });
      return;
    }
    const click = clickOf(context.activity.value) ?? { verb: undefined, data: undefined };
    const result = await this.click(context, click.verb, click.data);
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
  private click(context: TurnContext, verb: unknown, data: unknown): Promise<ClickResult | 'refused'> {
    return this.deps.pipeline.run<ClickResult | 'refused'>(
      turnInfo(context.activity),
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
    const update = this.deps.continueConversation(reference, async (later) => {
      await later.updateActivity({ type: ActivityTypes.Message, id: cardId, attachments: [attachment(card)] });
    });
    this.deps.background(
      update.catch((error: unknown) => {
        this.deps.logger.warn({ err: error }, 'could not update the shared card for everyone');
      }),
    );
  }

  /**
   * Shows the next card in place of the one clicked when the channel can update messages (Teams),
   * and as a new message where it cannot.
   */
  private async replaceCard(context: TurnContext, card: CardJson): Promise<void> {
    const message = toMessage({ kind: 'card', card });
    const replyToId = turnInfo(context.activity).cardId;
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

function attachment(card: CardJson): Attachment {
  return CardFactory.adaptiveCard(card);
}

function toMessage(reply: Reply): Partial<Activity> {
  switch (reply.kind) {
    case 'card':
      return MessageFactory.attachment(attachment(reply.card));
    case 'text':
      return MessageFactory.text(reply.text);
    case 'file':
      return MessageFactory.attachment(
        {
          contentType: reply.contentType,
          name: reply.name,
          contentUrl: `data:${reply.contentType};charset=utf-8;base64,${Buffer.from(reply.content, 'utf8').toString('base64')}`,
        },
        reply.caption,
      );
  }
}
