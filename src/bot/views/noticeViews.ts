import { LOCALES, LocaleText } from '../../locales';
import { VerbName, button } from '../verbs';
import { CardJson, CardTemplates } from './cards';
import { action } from './format';

/** Teams shows at most five or six buttons in a row; six languages go in two rows. */
const LANGUAGES_PER_ROW = 3;

/** The bot's own cards: welcome, help, the language picker, and short notices. */
export class NoticeViews {
  constructor(private readonly templates: CardTemplates) {}

  welcome(t: LocaleText): CardJson {
    return this.templates.render('welcome', { ...t.ui.welcome, actions: t.ui.actions });
  }

  help(t: LocaleText): CardJson {
    return this.templates.render('help', { ...t.ui.help, fastest: t.ui.welcome.fastest, actions: t.ui.actions });
  }

  /** The language picker: one button per language, each in its own name, three to a row. */
  languages(t: LocaleText): CardJson {
    const buttons = Object.entries(LOCALES).map(([lang, text]) => ({ title: text.languageName, data: { lang } }));
    const rows = [];
    for (let i = 0; i < buttons.length; i += LANGUAGES_PER_ROW)
      rows.push({ buttons: buttons.slice(i, i + LANGUAGES_PER_ROW) });
    return this.templates.render('languages', { title: t.ui.language.title, current: t.languageName, rows });
  }

  /** A short message on a card, with the way on: start a triage, or help. */
  notice(t: LocaleText, text: string, good = false): CardJson {
    return this.templates.render('notice', {
      title: t.ui.botName,
      text,
      color: good ? 'Good' : 'Default',
      buttons: this.wayOn(t),
    });
  }

  /** The card for a button whose data is out of date or forged: say so and offer a fresh start. */
  stale(t: LocaleText): CardJson {
    return this.templates.render('notice', { ...t.ui.stale, color: 'Warning', buttons: this.wayOn(t) });
  }

  /** After a failure on our side: the same click can be tried again, nothing the user gave is lost. */
  error(t: LocaleText, retry?: { verb: VerbName; data: object }): CardJson {
    return this.templates.render('notice', {
      ...t.ui.error,
      color: 'Attention',
      buttons: [
        ...(retry ? [{ ...action(t.ui.actions.tryAgain, button('start', {}), { style: 'positive' }), ...retry }] : []),
        action(t.ui.actions.startOver, button('start', {})),
      ],
    });
  }

  private wayOn(t: LocaleText) {
    return [
      action(t.ui.actions.startTriage, button('start', {}), { style: 'positive' }),
      action(t.ui.actions.help, button('help', {})),
    ];
  }
}
