import { createHash } from 'node:crypto';
import { ReviewSummaries } from '../../state/summary';
import { outcome } from '../../triage/outcome';
import { Feature } from '../routes';
import { Turn, cardReply, textReply } from '../turn';
import { notesLine } from '../views/notes';
import { NoticeViews } from '../views/noticeViews';
import { ReviewViews } from '../views/reviewViews';
import { WalkViews } from '../views/walkViews';
import { Walk, WalkEngine } from '../../triage/walk';

/** The review summary of a conversation: settling a result into it, listing it, exporting it, emptying it. */
export function reviewFeature(deps: {
  engine: WalkEngine;
  summaries: ReviewSummaries;
  walkViews: WalkViews;
  reviewViews: ReviewViews;
  noticeViews: NoticeViews;
}): Feature {
  const { engine, summaries, walkViews, reviewViews, noticeViews } = deps;
  return {
    text: {
      summary: async ({ t, conversation }, argument) => {
        const rows = await summaries.rows(conversation.id);
        if (rows.length === 0) return textReply(t.ui.summary.empty);
        if (/^csv\b/i.test(argument)) {
          return {
            kind: 'file',
            name: t.ui.summary.csvName,
            contentType: 'text/csv',
            content: reviewViews.csv(t, rows),
            caption: t.ui.summary.csvReady,
          };
        }
        return cardReply(reviewViews.summary(t, rows));
      },
      clearSummary: ({ t }) => cardReply(reviewViews.confirmClear(t)),
    },
    verbs: {
      settle: {
        shared: true,
        settles: true,
        effect: async (turn, d) => {
          const l2 = outcome(engine, d.walk, d.l2).l2;
          await summaries.settle(turn.conversation.id, {
            cardKey: cardKey(turn, d.walk),
            customer: d.walk.customer,
            workload: d.walk.workload,
            l2,
            notes: notesLine(turn.t, engine, d.walk, l2),
            confirmedBy: turn.from.name || turn.t.ui.summary.unknownCustomer,
            at: new Date().toISOString(),
          });
        },
        view: (d, context) => ({
          card: walkViews.result(context.t, d.walk, { ...context, phase: d.ph, chosenL2: d.l2 }),
          walk: d.walk,
        }),
      },
      'ask-clear-summary': { shared: false, view: (_d, { t }) => ({ card: reviewViews.confirmClear(t) }) },
      'clear-summary': {
        shared: false,
        effect: (turn) => summaries.clear(turn.conversation.id),
        view: (_d, { t }) => ({ card: noticeViews.notice(t, t.ui.summary.cleared) }),
      },
      'keep-summary': { shared: false, view: (_d, { t }) => ({ card: noticeViews.notice(t, t.ui.summary.kept) }) },
    },
  };
}

/**
 * Which summary row a settle writes: the card's message, as the client names it, so no click can
 * reach another card's row. A client that names no message gets one row per walk.
 */
function cardKey(turn: Turn, walk: Walk): string {
  const source = turn.cardId !== undefined ? `card:${turn.cardId}` : `walk:${JSON.stringify(walk)}`;
  return createHash('sha256').update(source).digest('hex').slice(0, 16);
}
