import {
  AdaptiveCardInvokeResponse,
  AdaptiveCardInvokeValue,
  CardFactory,
  ConversationState,
  MessageFactory,
  StatePropertyAccessor,
  TeamsActivityHandler,
  TurnContext,
  UserState,
} from 'botbuilder';
import { LocaleText, format, localeText, resolveLocale } from '../locales';
import { findL2, parseText } from '../triage/commands';
import { CARD_CONTENT_TYPE, CardJson } from './cards';
import { Flow } from './flow';
import { Views } from './views';

export interface Logger {
  info(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

interface UserProfile {
  welcomed?: boolean;
}

/** Longest text the bot reads; longer messages are cut before any parsing. */
export const MAX_TEXT_LENGTH = 4000;

/**
 * Turn handling: text commands in chat (and after an @mention in channels and group chats),
 * Universal Action invokes, and Action.Submit messages from clients without Universal Actions.
 */
export class TriageBot extends TeamsActivityHandler {
  private readonly profile: StatePropertyAccessor<UserProfile>;

  constructor(
    private readonly flow: Flow,
    private readonly views: Views,
    private readonly conversationState: ConversationState,
    private readonly userState: UserState,
    private readonly logger: Logger,
  ) {
    super();
    this.profile = userState.createProperty<UserProfile>('profile');

    this.onMembersAdded(async (context, next) => {
      const botAdded = (context.activity.membersAdded ?? []).some((m) => m.id === context.activity.recipient?.id);
      if (botAdded) {
        await context.sendActivity(cardMessage(this.views.welcome(this.textFor(context))));
        await this.profile.set(context, { ...(await this.profile.get(context, {})), welcomed: true });
      }
      await next();
    });

    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
  }

  /** Saves state after every turn, whatever the handler did. */
  async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.conversationState.saveChanges(context);
    await this.userState.saveChanges(context);
  }

  protected async onAdaptiveCardInvoke(context: TurnContext, invokeValue: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const card = this.cardForAction(context, invokeValue.action?.verb, invokeValue.action?.data);
    return { statusCode: 200, type: CARD_CONTENT_TYPE, value: card };
  }

  private textFor(context: TurnContext): LocaleText {
    return localeText(resolveLocale(context.activity.locale));
  }

  /** A click's card; a failure on our side gives a card that can repeat the same click. */
  private cardForAction(context: TurnContext, verb: unknown, data: unknown): CardJson {
    const t = this.textFor(context);
    try {
      return this.flow.handle(t, verb, data);
    } catch (error) {
      this.logger.error({ err: error, verb: typeof verb === 'string' ? verb.slice(0, 32) : typeof verb }, 'card action failed');
      const retryData = data !== null && typeof data === 'object' && !Array.isArray(data) ? data : {};
      return this.views.error(t, typeof verb === 'string' ? { verb, data: retryData } : undefined);
    }
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const value = activity.value as { verb?: unknown } | undefined;
    // Action.Submit (the fallback of our Action.Execute buttons) arrives as a message carrying the data.
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && 'verb' in value) {
      await this.replaceCard(context, this.cardForAction(context, value.verb, value));
      return;
    }
    const conversationType = activity.conversation?.conversationType;
    const shared = conversationType === 'channel' || conversationType === 'groupChat';
    if (shared && !isMentioned(context)) return;
    const raw = typeof activity.text === 'string' ? TurnContext.removeRecipientMention(activity) ?? '' : '';
    // Other people's mentions stay as their names: "explain <at>Partner</at>" means "explain Partner".
    const text = raw.slice(0, MAX_TEXT_LENGTH).replace(/<\/?at>/gi, '');
    const t = this.textFor(context);
    const profile = await this.profile.get(context, {});
    const parsed = parseText(text);
    const firstContact = !profile.welcomed;
    await this.profile.set(context, { ...profile, welcomed: true });

    switch (parsed.command) {
      case 'start':
        await context.sendActivity(cardMessage(this.views.workload(t)));
        return;
      case 'help':
        await context.sendActivity(cardMessage(this.views.help(t)));
        return;
      case 'list':
        await context.sendActivity(cardMessage(this.views.list(t)));
        return;
      case 'explain': {
        const l2 = findL2(parsed.argument);
        if (l2) await context.sendActivity(cardMessage(this.views.explain(t, l2)));
        else if (parsed.argument === '') await context.sendActivity(cardMessage(this.views.list(t, t.ui.explain.missing)));
        else await context.sendActivity(cardMessage(this.views.list(t, formatNotFound(t, parsed.argument))));
        return;
      }
      case 'none':
        if (firstContact) await context.sendActivity(cardMessage(this.views.welcome(t)));
        else await context.sendActivity(MessageFactory.text(t.ui.unknown));
        return;
    }
  }

  /**
   * Shows the next card in place of the one clicked when the channel can update messages (Teams),
   * and as a new message where it cannot.
   */
  private async replaceCard(context: TurnContext, card: CardJson): Promise<void> {
    const message = cardMessage(card);
    const replyToId = context.activity.replyToId;
    if (context.activity.channelId === 'msteams' && replyToId) {
      try {
        await context.updateActivity({ ...message, id: replyToId });
        return;
      } catch (error) {
        this.logger.error({ err: error }, 'could not update the card in place; sending it as a new message');
      }
    }
    await context.sendActivity(message);
  }
}

function cardMessage(card: CardJson) {
  return MessageFactory.attachment(CardFactory.adaptiveCard(card));
}

/** True when the bot itself (not just anyone) is @mentioned in the message. */
function isMentioned(context: TurnContext): boolean {
  const botId = context.activity.recipient?.id;
  return TurnContext.getMentions(context.activity).some((m) => m.mentioned?.id === botId);
}

function formatNotFound(t: LocaleText, query: string): string {
  return format(t.ui.explain.notFound, { query: query.slice(0, 80) });
}
