import { Classifier } from '../../triage/classifier';
import { searchL2s } from '../../triage/search';
import { InvokeAnswer, QuotedMessage } from '../invokes';
import { Feature } from '../routes';
import { Turn } from '../turn';
import { CardJson } from '../views/cards';
import { ExtensionViews } from '../views/extensionViews';
import { SuggestionViews } from '../views/suggestionViews';

/**
 * The message extensions: "Triage this blocker" on any message (an action with the message as
 * context), and the L2 search in the compose box.
 */
export function extensionsFeature(deps: {
  classifier: Pick<Classifier, 'classify'>;
  suggestionViews: SuggestionViews;
  extensionViews: ExtensionViews;
}): Feature {
  const { classifier, suggestionViews, extensionViews } = deps;
  const suggestion = ({ t }: Turn, message: QuotedMessage) => {
    const { text, author, link } = message;
    const source = author || link ? { author, link } : undefined;
    return suggestionViews.suggestion(t, text, classifier.classify(text), source);
  };
  /**
   * The suggestion for a message, shared where everyone in the conversation works on it; seen only
   * by the invoker, with a way to post it, where the bot is not a member.
   */
  const triage = (turn: Turn, message: QuotedMessage): InvokeAnswer => {
    const { t } = turn;
    const dialog = (card: CardJson): InvokeAnswer => ({ kind: 'dialog', title: t.ui.extensions.dialogTitle, card });
    if (message.text === '') return dialog(extensionViews.notice(t, t.ui.extensions.noText));
    const card = suggestion(turn, message);
    return {
      kind: 'share',
      card,
      thread: message.thread,
      posted: dialog(extensionViews.notice(t, t.ui.extensions.posted, true)),
      otherwise: dialog(extensionViews.privately(t, card, message)),
    };
  };
  return {
    invokes: {
      'composeExtension/fetchTask': (turn, { message }) => triage(turn, message),
      // The private dialog's "Post it": the suggestion goes into the compose box, for the user to send.
      'composeExtension/submitAction': (turn, { message, post }) => {
        if (!post) return triage(turn, message);
        return { kind: 'results', items: [extensionViews.toPost(turn.t, suggestion(turn, post), post)] };
      },
      'composeExtension/query': (turn, { text, skip, count }) => ({
        kind: 'results',
        items: searchL2s(text, (query) => classifier.classify(query))
          .slice(skip, skip + count)
          .map((hit) => extensionViews.searchItem(turn.t, hit)),
      }),
    },
  };
}
