import { Activity, TestAdapter } from 'botbuilder';
import pino from 'pino';
import { CardTemplates } from '../../src/bot/cards';
import { createTriageBot } from '../../src/bot/triageBot';
import { Views } from '../../src/bot/views';
import { CardButton } from './adaptiveCards';
import { BotStore, memoryStore } from '../../src/state/storage';

export const silentLogger = pino({ level: 'silent' });

/** One shared parse of the templates for all tests, as in the server. */
export const views = new Views(new CardTemplates());

/** Activities as tests write them: Teams-shaped, without every field the types require. */
export type Loose = Record<string, unknown>;

/** A bot on botbuilder's TestAdapter, and helpers to talk to it the way Teams does. */
export function createTestBot(store: BotStore = memoryStore(), options: { allowedTenants?: string[] } = {}) {
  const bot = createTriageBot({ views, store, logger: silentLogger, allowedTenants: options.allowedTenants });
  const adapter = new TestAdapter(async (context) => bot.run(context));
  adapter.locale = 'en-US';

  const drain = (): Partial<Activity>[] => {
    const out: Partial<Activity>[] = [];
    while (adapter.activeQueue.length > 0) out.push(adapter.activeQueue.shift()!);
    return out;
  };

  /** Sends an activity and returns every activity the bot sent back in that turn. */
  const send = async (activity: Loose): Promise<Partial<Activity>[]> => {
    await adapter.processActivity({ channelId: 'msteams', ...activity });
    return drain();
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
