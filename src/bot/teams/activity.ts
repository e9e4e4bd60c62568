import { Activity } from 'botbuilder';
import { TurnInfo } from '../turn';
import { literal } from '../views/format';

/**
 * Reading a Teams activity into the plain TurnInfo the handlers get. Everything in an activity is
 * untrusted: only `type`, `channelId`, `serviceUrl` and the ids of `from`, `recipient` and
 * `conversation` were checked at the HTTP edge (src/server/activityShape.ts); every other field
 * may hold any JSON, and whatever does not have the expected type is taken as absent.
 */

/** Longest text the bot reads; longer messages are cut before any parsing. */
export const MAX_TEXT_LENGTH = 4000;

const asString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
/** `value` when it is a JSON object (not null, not an array). */
export const asObject = (value: unknown): Record<string, unknown> | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

export function turnInfo(activity: Activity): TurnInfo {
  const conversation = activity.conversation;
  const type = asString(conversation.conversationType);
  const tenantIds = [
    asString(conversation.tenantId),
    asString(asObject(asObject(activity.channelData as unknown)?.tenant)?.id),
  ].filter((id): id is string => id !== undefined && id !== '');
  return {
    channelId: activity.channelId,
    conversation: { id: conversation.id, shared: type === 'channel' || type === 'groupChat' },
    tenantIds,
    from: { id: activity.from.id, name: literal(asString(activity.from.name) ?? '') },
    clientLocale: activity.locale,
    cardId: asString(activity.replyToId) || undefined,
  };
}

interface Mention {
  readonly id: string;
  readonly text: string;
}

/** The well-formed mentions of an activity; entities of other types or shapes are ignored. */
function mentions(activity: Activity): Mention[] {
  const entities: unknown = activity.entities;
  if (!Array.isArray(entities)) return [];
  return entities.flatMap((entity: unknown) => {
    const e = asObject(entity);
    const id = asString(asObject(e?.mentioned)?.id);
    const text = asString(e?.text);
    return asString(e?.type)?.toLowerCase() === 'mention' && id !== undefined && text !== undefined
      ? [{ id, text }]
      : [];
  });
}

/** True when the bot itself (not just anyone) is @mentioned in the message. */
export function mentionsBot(activity: Activity): boolean {
  return mentions(activity).some((m) => m.id === activity.recipient.id);
}

/**
 * The message's text as the user meant it: without the @mention of the bot, other people's mentions
 * as their names ("explain <at>Partner</at>" means "explain Partner"), without the markup Teams
 * puts where a message extension's card was inserted (`<span itemtype=".../InputExtension">`), at
 * most MAX_TEXT_LENGTH, with no control or invisible format characters.
 */
export function messageText(activity: Activity): string {
  let text = asString(activity.text) ?? '';
  const own = mentions(activity).find((m) => m.id === activity.recipient.id);
  if (own && own.text !== '') text = text.replace(own.text, '');
  return literal(text.slice(0, MAX_TEXT_LENGTH))
    .replace(/<\/?at>|<\/?span\b[^>]*>/gi, '')
    .trim();
}

/** True when the message carries a card, as one a message extension put into it (the L2 search's). */
export function carriesCard(activity: Activity): boolean {
  const attachments: unknown = activity.attachments;
  return (
    Array.isArray(attachments) &&
    attachments.some((a) => asString(asObject(a)?.contentType)?.startsWith('application/vnd.microsoft.card.'))
  );
}

/** The verb and data of a card click, from an invoke's value or an Action.Submit message's value. */
export function clickOf(value: unknown): { verb: unknown; data: unknown } | undefined {
  const v = asObject(value);
  if (!v) return undefined;
  const action = asObject(v.action);
  // Action.Execute: { action: { verb, data } }; Action.Submit: the data itself, with our verb in it.
  if (action) return { verb: action.verb, data: action.data };
  return 'verb' in v ? { verb: v.verb, data: v } : undefined;
}
