import { format } from '../../locales';
import { Classifier } from '../../triage/classifier';
import { findL2 } from '../../triage/commands';
import { Feature } from '../routes';
import { cardReply } from '../turn';
import { L2Views } from '../views/l2Views';
import { NoticeViews } from '../views/noticeViews';
import { literal } from '../views/format';
import { SuggestionViews } from '../views/suggestionViews';
import { WalkViews } from '../views/walkViews';

/** Longest part of an unknown L2 name repeated back in "I don't know an L2 called ...". */
const MAX_QUERY_SHOWN = 80;

/** The typed commands that show the playbook, starting a walk, and a blocker described in free text. */
export function commandsFeature(deps: {
  classifier: Pick<Classifier, 'classify'>;
  walkViews: WalkViews;
  l2Views: L2Views;
  noticeViews: NoticeViews;
  suggestionViews: SuggestionViews;
}): Feature {
  const { classifier, walkViews, l2Views, noticeViews, suggestionViews } = deps;
  return {
    text: {
      start: ({ t }, customer) => cardReply(walkViews.workload(t, { customer: customer || undefined })),
      help: ({ t }) => cardReply(noticeViews.help(t)),
      list: ({ t }) => cardReply(l2Views.list(t)),
      explain: ({ t }, query) => {
        const l2 = findL2(query);
        if (l2) return cardReply(l2Views.explain(t, l2));
        if (query === '') return cardReply(l2Views.list(t, t.ui.explain.missing));
        return cardReply(
          l2Views.list(t, format(t.ui.explain.notFound, { query: literal(query.slice(0, MAX_QUERY_SHOWN)) })),
        );
      },
      describe: ({ t, profile }, text) => {
        // A bare @mention, or a greeting on first contact: the welcome says what the bot does.
        const classification = text === '' ? undefined : classifier.classify(text);
        if (!classification || (!classification.l2 && !profile.welcomed)) return cardReply(noticeViews.welcome(t));
        return cardReply(suggestionViews.suggestion(t, text, classification));
      },
    },
    verbs: {
      help: { shared: true, view: (_d, { t }) => ({ card: noticeViews.help(t) }) },
      list: { shared: true, view: (_d, { t }) => ({ card: l2Views.list(t) }) },
      explain: { shared: true, view: (d, { t }) => ({ card: l2Views.explain(t, d.l2) }) },
    },
  };
}
