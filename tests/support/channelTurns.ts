import { button } from './adaptiveCards';
import { createTestBot, firstCard } from './bot';

/** Turns in a Teams channel thread, as several people take them on one shared card. */

export type Bot = ReturnType<typeof createTestBot>;

export const thread = {
  id: '19:review@thread.tacv2;messageid=100',
  conversationType: 'channel',
  isGroup: true,
  tenantId: 'tenant-1',
};
export const botAccount = { id: 'bot', name: 'Triage' };
export const mention = { type: 'mention', mentioned: botAccount, text: '<at>Triage</at>' };
export const person = (name: string) => ({ id: `user-${name}`, name });

/** A channel message to the bot, from `name`. */
export const say = (bot: Bot, name: string, text: string) =>
  bot.send({
    type: 'message',
    text: `<at>Triage</at> ${text}`,
    conversation: thread,
    recipient: botAccount,
    from: person(name),
    entities: [mention],
  });

/** A click on the shared card `cardId` by `name`. */
export const clickAs = (bot: Bot, name: string, cardId: string, b: { verb: string; data: Record<string, unknown> }) =>
  bot.click(b, { conversation: thread, recipient: botAccount, from: person(name), replyToId: cardId });

/** Walks a shared card to a Customer IT Infrastructure result on Teams, Dana and Lee taking turns. */
export async function sharedWalk(bot: Bot, cardId: string, customer = 'Contoso') {
  let card = firstCard(await say(bot, 'Dana', `start ${customer}`));
  card = (await clickAs(bot, 'Dana', cardId, button(card, 'Teams'))).card;
  card = (await clickAs(bot, 'Lee', cardId, button(card, 'Their IT environment'))).card;
  return (await clickAs(bot, 'Dana', cardId, button(card, 'Exchange to be deployed first'))).card;
}
