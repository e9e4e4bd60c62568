import { format, isLocaleId, localeText } from '../../locales';
import { Profiles } from '../../state/profiles';
import { Feature } from '../routes';
import { cardReply } from '../turn';
import { NoticeViews } from '../views/noticeViews';

/** The language picker, and the user's choice of language. */
export function languageFeature(deps: { profiles: Profiles; noticeViews: NoticeViews }): Feature {
  const { profiles, noticeViews } = deps;
  return {
    text: { language: ({ t }) => cardReply(noticeViews.languages(t)) },
    verbs: {
      language: {
        shared: false,
        effect: async (turn, { lang }) => {
          if (isLocaleId(lang)) await profiles.set(turn.channelId, turn.from.id, { ...turn.profile, language: lang });
        },
        // The confirmation is already in the language chosen.
        language: ({ lang }) => (isLocaleId(lang) ? localeText(lang) : undefined),
        view: ({ lang }, { t }) => ({
          card: isLocaleId(lang)
            ? noticeViews.notice(t, format(t.ui.language.changed, { language: t.languageName }), true)
            : noticeViews.languages(t),
        }),
      },
    },
  };
}
