import { L2Id } from '../../src/playbook/ids';
import { Walk } from '../../src/triage/walk';
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

/** A finished Microsoft 365 Apps walk: the Windows image must be remediated first. */
export const WINDOWS_IMAGE_WALK: Walk = {
  workload: 'm365-apps',
  answers: [
    ['kind', 'environment'],
    ['detail-infrastructure', 'm365-windows-image'],
  ],
};
/** Where WINDOWS_IMAGE_WALK ends. */
export const WINDOWS_IMAGE_L2: L2Id = 'customer-it-infrastructure-remediation';
