import { LocaleText, format } from '../../locales';
import { QuotedMessage, SearchItem } from '../invokes';
import { SearchHit } from '../../triage/search';
import { CardJson, CardTemplates } from './cards';
import { L2Views } from './l2Views';
import { l2Path, percent } from './format';

/** Characters of a quoted message shown in a result list's line. */
const PREVIEW_LENGTH = 80;

/** What the message extensions show: the suggestion seen privately, and the L2 search's results. */
export class ExtensionViews {
  constructor(
    private readonly templates: CardTemplates,
    private readonly l2Views: L2Views,
  ) {}

  /**
   * The suggestion for a quoted message, for the invoker's eyes only (the bot is not in the
   * conversation): what it would post, and a button that puts it into the compose box. The
   * suggestion's own buttons, and those beside its candidates, are left off: a dialog cannot run them.
   */
  privately(t: LocaleText, suggestion: CardJson, message: QuotedMessage): CardJson {
    const { text, author, link } = message;
    return this.templates.render('private-suggestion', {
      intro: t.ui.extensions.privateIntro,
      body: withoutButtons(suggestion.body),
      post: t.ui.extensions.post,
      data: { post: { text, ...(author ? { author } : {}), ...(link ? { link } : {}) } },
    });
  }

  /** A short message in the action's dialog: a card, which every client that opens the dialog shows. */
  notice(t: LocaleText, text: string, good = false): CardJson {
    return this.templates.render('notice', {
      title: t.ui.botName,
      text,
      color: good ? 'Good' : 'Default',
      buttons: [],
    });
  }

  /** The suggestion offered for the message being written, listed by the start of the quoted text. */
  toPost(t: LocaleText, suggestion: CardJson, message: QuotedMessage): SearchItem {
    const line = message.text.replace(/\s+/g, ' ');
    return {
      card: suggestion,
      title: t.ui.extensions.dialogTitle,
      text: line.length > PREVIEW_LENGTH ? `${line.slice(0, PREVIEW_LENGTH)}…` : line,
    };
  }

  /** A search result: the L2's compact card, and its line in the list (name, how it matched, id). */
  searchItem(t: LocaleText, hit: SearchHit): SearchItem {
    // How well a description fits comes first: the list is narrow, and cuts the line's end.
    const fits = hit.by === 'description' ? `${format(t.ui.extensions.fits, { percent: percent(hit.score) })} · ` : '';
    return {
      card: this.l2Views.compact(t, hit.l2),
      title: t.playbook.l2[hit.l2].name,
      text: `${fits}${l2Path(hit.l2)}`,
    };
  }
}

/** A card body without its ActionSets, at any depth (a candidate's button sits in a column). */
function withoutButtons(node: unknown): unknown {
  if (Array.isArray(node)) {
    return node
      .filter((item) => !(item && typeof item === 'object' && (item as { type?: unknown }).type === 'ActionSet'))
      .map(withoutButtons);
  }
  if (node && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, withoutButtons(value)]));
  }
  return node;
}
