import { createHash } from 'node:crypto';
import {
  ActivityTypes,
  AdaptiveCardInvokeResponse,
  AdaptiveCardInvokeValue,
  Attachment,
  CardFactory,
  InvokeResponse,
  MessageFactory,
  StatePropertyAccessor,
  TeamsActivityHandler,
  TurnContext,
  UserState,
} from 'botbuilder';
import { LocaleId, LocaleText, format, isLocaleId, localeText, resolveLocale } from '../locales';
import { SharedCards } from '../state/sharedCards';
import { ReviewSummaries } from '../state/summary';
import { findL2, parseText } from '../triage/commands';
import { notesLine, outcome } from '../triage/outcome';
import { CardAction, parseAction } from './actions';
import { CARD_CONTENT_TYPE, CardJson, stampActions } from './cards';
import { Flow, RenderContext, WalkAction } from './flow';
import { summaryCsv } from './summaryCsv';
import { Views } from './views';
import { Walk } from '../triage/walk';
import { Classifier, defaultClassifier } from '../triage/classifier';
import { BotStore } from '../state/storage';

export interface Logger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

interface UserProfile {
  welcomed?: boolean;
  /** Language the user chose; otherwise the client's locale decides. */
  language?: LocaleId;
}

export interface TriageBotOptions {
  readonly flow: Flow;
  readonly views: Views;
  readonly userState: UserState;
  readonly summaries: ReviewSummaries;
  readonly sharedCards: SharedCards;
  readonly logger: Logger;
  /** Tenants allowed to use the bot; empty allows all. */
  readonly allowedTenants?: readonly string[];
  /** Reads a blocker described in the user's own words. */
  readonly classifier: Pick<Classifier, 'classify'>;
}

/** Longest text the bot reads; longer messages are cut before any parsing. */
export const MAX_TEXT_LENGTH = 4000;

/** A failure of the store (not of the bot): the user gets an apology, and nothing changed. */
class StoreUnavailable extends Error {
  constructor(readonly cause: unknown) {
    super('the store is unavailable');
  }
}

/**
 * Turn handling: text commands in chat (and after an @mention in channels and group chats),
 * Universal Action invokes, and Action.Submit messages from clients without Universal Actions.
 */
export class TriageBot extends TeamsActivityHandler {
  private readonly profile: StatePropertyAccessor<UserProfile>;

  constructor(private readonly options: TriageBotOptions) {
    super();
    this.profile = options.userState.createProperty<UserProfile>('profile');

    this.onMembersAdded(async (context, next) => {
      const botAdded = (context.activity.membersAdded ?? []).some((m) => m.id === context.activity.recipient?.id);
      if (botAdded) {
        const t = await this.textFor(context);
        await context.sendActivity(cardMessage(this.options.views.welcome(t)));
        await this.setProfile(context, { welcomed: true });
      }
      await next();
    });

    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
  }

  async run(context: TurnContext): Promise<void> {
    if (!this.tenantAllowed(context)) {
      await this.refuse(context);
      return;
    }
    try {
      await super.run(context);
      await this.stored(() => this.options.userState.saveChanges(context));
    } catch (error) {
      if (!(error instanceof StoreUnavailable)) throw error;
      this.options.logger.error({ err: error.cause, activityType: context.activity.type }, 'store unavailable');
      await this.apologise(context);
    }
  }

  /** Invokes other than card actions (message extensions, task modules...) are acknowledged and ignored. */
  protected async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name !== 'adaptiveCard/action') return { status: 200 };
    return super.onInvokeActivity(context);
  }

  protected async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const card = await this.cardForClick(context, invokeValue.action?.verb, invokeValue.action?.data);
    return { statusCode: 200, type: CARD_CONTENT_TYPE, value: card };
  }

  private async textFor(context: TurnContext): Promise<LocaleText> {
    const profile = await this.getProfile(context);
    return localeText(profile.language ?? resolveLocale(context.activity.locale));
  }

  /** A click's card; a failure on our side gives a card that can repeat the same click. */
  private async cardForClick(context: TurnContext, verb: unknown, data: unknown): Promise<CardJson> {
    const t = await this.textFor(context);
    try {
      return await this.handleClick(context, t, verb, data);
    } catch (error) {
      if (error instanceof StoreUnavailable) throw error;
      this.options.logger.error(
        { err: error, verb: typeof verb === 'string' ? verb.slice(0, 32) : typeof verb },
        'card action failed',
      );
      const retryData = data !== null && typeof data === 'object' && !Array.isArray(data) ? data : {};
      return this.options.views.error(t, typeof verb === 'string' ? { verb, data: retryData } : undefined);
    }
  }

  private async handleClick(context: TurnContext, t: LocaleText, verb: unknown, data: unknown): Promise<CardJson> {
    const { views } = this.options;
    const parsed = parseAction(verb, data);
    if (!parsed.ok) return views.stale(t);
    const action = parsed.action;
    switch (action.verb) {
      case 'ask-clear-summary':
        return views.confirmClear(t);
      case 'clear-summary':
        await this.stored(() => this.options.summaries.clear(conversationId(context)));
        return views.notice(t, t.ui.summary.cleared);
      case 'keep-summary':
        return views.notice(t, t.ui.summary.kept);
      case 'language': {
        if (!isLocaleId(action.lang)) return views.languages(t);
        await this.setProfile(context, { language: action.lang });
        const chosen = localeText(action.lang);
        return views.notice(chosen, format(chosen.ui.language.changed, { language: chosen.languageName }), true);
      }
      default:
        return this.walkClick(context, t, action, parsed.walk);
    }
  }

  /**
   * A walk button. In a channel or group chat the card is shared: its state is stored, a click on
   * an older state shows the current one, and the message is updated for everyone.
   */
  private async walkClick(
    context: TurnContext,
    t: LocaleText,
    action: WalkAction,
    walk: Walk | undefined,
  ): Promise<CardJson> {
    const { flow } = this.options;
    const by = context.activity.from?.name || t.ui.summary.unknownCustomer;
    const cardId = context.activity.replyToId;
    const render: RenderContext = { walkId: this.walkId(context) };
    if (!isShared(context) || !cardId) {
      if (action.verb === 'settle') await this.settle(context, t, action, walk!, by);
      return flow.card(t, action, walk, action.verb === 'settle' ? { ...render, settledBy: by } : render);
    }
    const { s: seq, ...clickData } = action;
    const { card, moved } = await this.stored(() =>
      this.options.sharedCards.click(conversationId(context), cardId, {
        verb: action.verb,
        data: clickData,
        seq,
        by,
        question: action.verb === 'answer' ? action.q : undefined,
      }),
    );
    if (moved && action.verb === 'settle') await this.settle(context, t, action, walk!, by);
    const current = parseAction(card.verb, card.data);
    if (!current.ok) return this.options.views.stale(t);
    const shown = stampActions(
      flow.card(t, current.action as WalkAction, current.walk, {
        ...render,
        answeredBy: card.answeredBy,
        settledBy: card.settledBy,
      }),
      { s: card.seq },
    );
    if (moved) {
      await context
        .updateActivity({ type: ActivityTypes.Message, id: cardId, attachments: [cardAttachment(shown)] })
        .catch((error: unknown) => {
          this.options.logger.warn({ err: error }, 'could not update the shared card for everyone');
        });
    }
    return shown;
  }

  private async settle(
    context: TurnContext,
    t: LocaleText,
    action: Extract<CardAction, { verb: 'settle' }>,
    walk: Walk,
    by: string,
  ): Promise<void> {
    const l2 = outcome(walk, action.l2).l2;
    await this.stored(() =>
      this.options.summaries.settle(conversationId(context), {
        walkId: walk.ref?.id ?? this.walkId(context),
        customer: walk.ref?.customer,
        workload: walk.workload,
        l2,
        notes: notesLine(t, walk, l2),
        confirmedBy: by,
        at: new Date().toISOString(),
      }),
    );
  }

  /** Stable per card: the card's message id when the client says it, else this activity's. */
  private walkId(context: TurnContext): string {
    const source = context.activity.replyToId ?? context.activity.id ?? `${conversationId(context)}|${Date.now()}`;
    return createHash('sha256').update(source).digest('hex').slice(0, 16);
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const value = activity.value as { verb?: unknown } | undefined;
    // Action.Submit (the fallback of our Action.Execute buttons) arrives as a message carrying the data.
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && 'verb' in value) {
      await this.replaceCard(context, await this.cardForClick(context, value.verb, value));
      return;
    }
    if (isShared(context) && !isMentioned(context)) return;
    const raw = typeof activity.text === 'string' ? (TurnContext.removeRecipientMention(activity) ?? '') : '';
    // Other people's mentions stay as their names: "explain <at>Partner</at>" means "explain Partner".
    const text = raw.slice(0, MAX_TEXT_LENGTH).replace(/<\/?at>/gi, '');
    const t = await this.textFor(context);
    const profile = await this.getProfile(context);
    const parsed = parseText(text);
    await this.setProfile(context, { welcomed: true });
    const { views } = this.options;
    const reply = (card: CardJson) => context.sendActivity(cardMessage(card));

    switch (parsed.command) {
      case 'start':
        await reply(views.workload(t, { customer: parsed.argument || undefined }));
        return;
      case 'help':
        await reply(views.help(t));
        return;
      case 'list':
        await reply(views.list(t));
        return;
      case 'language':
        await reply(views.languages(t));
        return;
      case 'explain': {
        const l2 = findL2(parsed.argument);
        if (l2) await reply(views.explain(t, l2));
        else if (parsed.argument === '') await reply(views.list(t, t.ui.explain.missing));
        else await reply(views.list(t, format(t.ui.explain.notFound, { query: parsed.argument.slice(0, 80) })));
        return;
      }
      case 'summary': {
        const rows = await this.stored(() => this.options.summaries.rows(conversationId(context)));
        if (rows.length === 0) await context.sendActivity(MessageFactory.text(t.ui.summary.empty));
        else if (/^csv\b/i.test(parsed.argument))
          await context.sendActivity(MessageFactory.attachment(summaryCsv(t, rows), t.ui.summary.csvReady));
        else await reply(views.summary(t, rows));
        return;
      }
      case 'clearSummary':
        await reply(views.confirmClear(t));
        return;
      case 'none': {
        // A bare @mention, or a greeting on first contact: the welcome says what the bot does.
        const classification = parsed.text === '' ? undefined : this.options.classifier.classify(parsed.text);
        if (!classification || (!classification.l2 && !profile.welcomed)) await reply(views.welcome(t));
        else await reply(views.suggestion(t, parsed.text, classification));
        return;
      }
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
        this.options.logger.warn({ err: error }, 'could not update the card in place; sending it as a new message');
      }
    }
    await context.sendActivity(message);
  }

  private tenantAllowed(context: TurnContext): boolean {
    const allowed = this.options.allowedTenants ?? [];
    if (allowed.length === 0) return true;
    const tenant =
      context.activity.conversation?.tenantId ??
      (context.activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
    return typeof tenant === 'string' && allowed.includes(tenant);
  }

  /** Another tenant's message gets a short refusal, its invoke a 403; nothing else runs. */
  private async refuse(context: TurnContext): Promise<void> {
    this.options.logger.warn({ activityType: context.activity.type }, 'refused: tenant not allowed');
    const t = localeText(resolveLocale(context.activity.locale));
    if (context.activity.type === 'invoke')
      await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 403 } });
    else if (context.activity.type === 'message') await context.sendActivity(MessageFactory.text(t.ui.notAllowed));
  }

  private async apologise(context: TurnContext): Promise<void> {
    const t = localeText(resolveLocale(context.activity.locale));
    if (context.activity.type === 'invoke') {
      const body: AdaptiveCardInvokeResponse = {
        statusCode: 200,
        type: CARD_CONTENT_TYPE,
        value: this.options.views.notice(t, t.ui.storageDown),
      };
      await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body } });
    } else if (context.activity.type === 'message') {
      await context.sendActivity(MessageFactory.text(t.ui.storageDown));
    }
  }

  private async getProfile(context: TurnContext): Promise<UserProfile> {
    return this.stored(() => this.profile.get(context, {}));
  }

  private async setProfile(context: TurnContext, change: Partial<UserProfile>): Promise<void> {
    const current = await this.getProfile(context);
    await this.profile.set(context, { ...current, ...change });
  }

  /** Runs a store operation; its failure becomes StoreUnavailable, answered with an apology. */
  private async stored<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      if (error instanceof StoreUnavailable) throw error;
      throw new StoreUnavailable(error);
    }
  }
}

function conversationId(context: TurnContext): string {
  return context.activity.conversation.id;
}

/** A channel or group chat: cards are shared and the bot answers only when @mentioned. */
function isShared(context: TurnContext): boolean {
  const type = context.activity.conversation?.conversationType;
  return type === 'channel' || type === 'groupChat';
}

function cardAttachment(card: CardJson): Attachment {
  return CardFactory.adaptiveCard(card);
}

function cardMessage(card: CardJson) {
  return MessageFactory.attachment(cardAttachment(card));
}

/** True when the bot itself (not just anyone) is @mentioned in the message. */
function isMentioned(context: TurnContext): boolean {
  const botId = context.activity.recipient?.id;
  return TurnContext.getMentions(context.activity).some((m) => m.mentioned?.id === botId);
}

/** The bot with its parts on one store: how the server and the tests both build it. */
export function createTriageBot(parts: {
  views: Views;
  store: BotStore;
  logger: Logger;
  allowedTenants?: readonly string[];
}): TriageBot {
  const { views, store } = parts;
  return new TriageBot({
    flow: new Flow(views),
    views,
    userState: new UserState(store.storage),
    summaries: new ReviewSummaries(store.documents),
    sharedCards: new SharedCards(store.documents),
    logger: parts.logger,
    allowedTenants: parts.allowedTenants,
    classifier: defaultClassifier(),
  });
}
