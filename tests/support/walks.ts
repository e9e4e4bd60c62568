import { button, cardButtons } from './adaptiveCards';

/**
 * How a user whose Teams rollout waits for Exchange answers a question card: their IT environment
 * is in the way, Exchange must be deployed first, and No to any yes/no question.
 */
export function teamsInfraAnswer(card: unknown) {
  const titles = cardButtons(card).map((b) => b.title);
  const pick = ['Their IT environment', 'Exchange to be deployed first'].find((t) => titles.includes(t));
  return button(card, pick ?? 'No');
}

/** A question card (not yet the result). */
export const isQuestion = (card: unknown) => cardButtons(card).some((b) => b.verb === 'answer');
