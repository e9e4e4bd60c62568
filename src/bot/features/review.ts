import { createHash } from 'node:crypto';
import { ReviewSummaries } from '../../state/summary';
import { outcome } from '../../triage/outcome';
import { InvokeAnswer } from '../invokes';
import { Feature } from '../routes';
import { Turn, cardReply, textReply } from '../turn';
import { notesLine } from '../views/notes';
import { NoticeViews } from '../views/noticeViews';
import { ReviewViews } from '../views/reviewViews';
import { WalkViews } from '../views/walkViews';
import { Walk, WalkEngine } from '../../triage/walk';

/** Uploads `bytes` to the URL Teams gave for a file the user allowed; rejects (after logging why) when it could not. */
export type UploadFile = (url: string, bytes: Uint8Array<ArrayBuffer>) => Promise<void>;

/** An offer of the CSV file older than this is not taken up: Teams' upload link may no longer work. */
export const FILE_OFFER_TTL_MS = 60 * 60 * 1000;

/** The review summary of a conversation: settling a result into it, listing it, exporting it, emptying it. */
export function reviewFeature(deps: {
  engine: WalkEngine;
  summaries: ReviewSummaries;
  walkViews: WalkViews;
  reviewViews: ReviewViews;
  noticeViews: NoticeViews;
  uploadFile: UploadFile;
}): Feature {
  const { engine, summaries, walkViews, reviewViews, noticeViews, uploadFile } = deps;
  const say = (text: string): InvokeAnswer => ({ kind: 'reply', replies: [textReply(text)] });
  return {
    text: {
      summary: async ({ t, conversation }, argument) => {
        const rows = await summaries.rows(conversation.id);
        if (rows.length === 0) return textReply(t.ui.summary.empty);
        // Teams delivers a bot's file only in a 1:1 chat, once the user allows it; elsewhere the card's table is the way out.
        if (/^csv\b/i.test(argument) && !conversation.shared) {
          return {
            kind: 'fileConsent',
            name: t.ui.summary.csvName,
            description: t.ui.summary.csvReady,
            sizeInBytes: Buffer.byteLength(reviewViews.csv(t, rows)),
            offeredAt: Date.now(),
          };
        }
        return cardReply(reviewViews.summary(t, rows, conversation.shared));
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
    invokes: {
      // The answer on the consent card of `summary csv`: the file as it stands now, uploaded where Teams says.
      'fileConsent/invoke': async ({ t, conversation }, { action, offeredAt, upload }) => {
        if (action === 'decline') return say(t.ui.files.declined);
        if (offeredAt === undefined || Math.abs(Date.now() - offeredAt) > FILE_OFFER_TTL_MS)
          return say(t.ui.files.expired);
        if (!upload) return say(t.ui.files.failed);
        const rows = await summaries.rows(conversation.id);
        if (rows.length === 0) return say(t.ui.summary.empty);
        try {
          await uploadFile(upload.uploadUrl, Buffer.from(reviewViews.csv(t, rows), 'utf8'));
        } catch {
          return say(t.ui.files.failed);
        }
        const { name, contentUrl, uniqueId, fileType } = upload;
        return { kind: 'reply', replies: [{ kind: 'fileInfo', name, contentUrl, uniqueId, fileType }] };
      },
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
