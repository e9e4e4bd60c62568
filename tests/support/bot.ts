import { randomUUID } from 'node:crypto';
import { Activity, TestAdapter, TurnContext } from 'botbuilder';
import pino from 'pino';
import { assembleBot } from '../../src/bot/assemble';
import { UploadFile } from '../../src/bot/features/review';
import { CardTemplates } from '../../src/bot/views/cards';
import { ExtensionViews } from '../../src/bot/views/extensionViews';
import { L2Views } from '../../src/bot/views/l2Views';
import { NoticeViews } from '../../src/bot/views/noticeViews';
import { ReviewViews } from '../../src/bot/views/reviewViews';
import { SuggestionViews } from '../../src/bot/views/suggestionViews';
import { WalkViews } from '../../src/bot/views/walkViews';
import { Classifier, loadClassifier } from '../../src/triage/classifier';
import { ANSWER_LIKELIHOODS } from '../../src/triage/answerLikelihoods';
import { WalkEngine } from '../../src/triage/walk';
import { CardButton } from './adaptiveCards';
import { BotStore, memoryStore } from '../../src/state/storage';

export const silentLogger = pino({ level: 'silent' });

/** One parse of the templates and one classifier for all the bots of a test file, as one server has. */
export const templates = new CardTemplates();
/** Every card the bot draws, for tests that look at cards without a turn. */
const l2Views = new L2Views(templates);
export const views = {
  // The classifier only when a card needs it (a suggestion's reasons): training it takes seconds.
  walk: new WalkViews(templates, new WalkEngine(ANSWER_LIKELIHOODS), {
    classify: (text) => testClassifier().classify(text),
  }),
  l2: l2Views,
  extension: new ExtensionViews(templates, l2Views),
  notice: new NoticeViews(templates),
  review: new ReviewViews(templates),
  suggestion: new SuggestionViews(templates),
};
let classifier: Classifier | undefined;
export function testClassifier(): Classifier {
  return (classifier ??= loadClassifier());
}

/** Activities as tests write them: Teams-shaped, without every field the types require. */
export type Loose = Record<string, unknown>;

/** An upload that never reaches anywhere: the turn tests that upload bring their own. */
const noUpload: UploadFile = () => Promise.reject(new Error('no upload in this test'));

/** A bot on botbuilder's TestAdapter, and helpers to talk to it the way Teams does. */
export function createTestBot(
  store: BotStore = memoryStore(),
  options: { allowedTenants?: string[]; uploadFile?: UploadFile } = {},
) {
  const background: Promise<unknown>[] = [];
  // The adapter comes after the bot it runs; the bot reaches it only once a turn is under way.
  let adapter: TestAdapter | undefined; // eslint-disable-line prefer-const -- assigned after the bot it runs
  const bot = assembleBot({
    store,
    classifier: testClassifier(),
    templates,
    logger: silentLogger,
    allowedTenants: options.allowedTenants ?? [],
    background: (task) => background.push(task),
    // TestAdapter has no continueConversation of its own: a turn of the same adapter does the same.
    continueConversation: (reference, logic) =>
      logic(new TurnContext(adapter!, TurnContext.applyConversationReference({ type: 'event' }, reference, true))),
    uploadFile: options.uploadFile ?? noUpload,
  });
  adapter = new TestAdapter(async (context) => bot.run(context));
  adapter.locale = 'en-US';

  /**
   * What the bot sent for the activity `id` (its replies name it), and what it sent on its own (a
   * post in a new turn names none); replies to other activities, of turns running at the same time,
   * stay for theirs.
   */
  const drain = (id: string): Partial<Activity>[] => {
    const mine = (a: Partial<Activity>) => a.replyToId === undefined || a.replyToId === id;
    const out = adapter.activeQueue.filter(mine);
    adapter.activeQueue.splice(0, adapter.activeQueue.length, ...adapter.activeQueue.filter((a) => !mine(a)));
    return out;
  };

  /** Sends an activity and returns every activity the bot sent back in that turn (its background work done). */
  const send = async (activity: Loose): Promise<Partial<Activity>[]> => {
    const id = typeof activity.id === 'string' ? activity.id : randomUUID();
    await adapter.processActivity({ channelId: 'msteams', id, ...activity });
    await Promise.all(background.splice(0));
    return drain(id);
  };

  return {
    bot,
    adapter,
    send,
    say: (text: string, extra: Loose = {}) => send({ type: 'message', text, ...extra }),
    /** Clicks an Action.Execute button: the card the invoke response carries, and its status. */
    click: async (b: Pick<CardButton, 'verb' | 'data'>, extra: Loose = {}) => {
      const replies = await send({
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb: b.verb, data: b.data }, trigger: 'manual' },
        ...extra,
      });
      const response = replies.find((a) => a.type === 'invokeResponse');
      const body = (
        response?.value as { status: number; body: { statusCode: number; type: string; value: unknown } } | undefined
      )?.body;
      return {
        status: (response?.value as { status?: number } | undefined)?.status,
        body,
        card: body?.value as Record<string, unknown>,
        replies,
      };
    },
  };
}

/** The Adaptive Card of the first attachment of the first reply. */
export function firstCard(replies: Partial<Activity>[]): Record<string, unknown> {
  const attachment = replies.find((r) => r.attachments?.length)?.attachments?.[0];
  if (!attachment) throw new Error(`No card in replies: ${JSON.stringify(replies).slice(0, 300)}`);
  expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
  return attachment.content as Record<string, unknown>;
}
