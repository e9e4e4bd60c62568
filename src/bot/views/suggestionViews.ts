import { LocaleText, format } from '../../locales';
import { L2_IDS, L2Id } from '../../playbook/ids';
import { Classification } from '../../triage/classifier';
import { WalkSource } from '../../triage/walk';
import { workloadIn } from '../../triage/workloadHint';
import { MAX_DESCRIPTION_LENGTH, button, toSourceData, toWalkData } from '../verbs';
import { CardJson, CardTemplates } from './cards';
import { l2Path, literal, percent } from './format';

/** How much of a description the suggestion card repeats; the rest is cut with a note. */
const MAX_SHOWN_TEXT = 500;
/** Words of the description named as the reason for a suggestion. */
const EVIDENCE_TERMS = 3;

/** The answer to a description typed in chat. */
export class SuggestionViews {
  constructor(private readonly templates: CardTemplates) {}

  /**
   * The classifier's L2, why, how sure, the runner-ups, and the ways on. The user's text is bound as
   * data into TextRuns, so Markdown, HTML and `${...}` in it show as typed. When the classifier
   * abstains, the card says so and offers the walk. A description quoted from a message (`source`)
   * says who wrote it, and its author and link ride on the buttons into the notes line.
   */
  suggestion(t: LocaleText, text: string, classification: Classification, source?: WalkSource): CardJson {
    const labels = t.ui.suggestion;
    const oneLine = literal(text).replace(/\s+/g, ' ').trim();
    const shown =
      oneLine.length > MAX_SHOWN_TEXT ? `${oneLine.slice(0, MAX_SHOWN_TEXT)}… ${labels.truncated}` : oneLine;
    const description = oneLine.slice(0, MAX_DESCRIPTION_LENGTH);
    const workload = workloadIn(oneLine);
    const { l2 } = classification;
    const origin = source ? { o: toSourceData(source) } : {};
    const wrote = source?.author
      ? { ...labels, youWrote: format(t.ui.extensions.quoted, { author: literal(source.author) }) }
      : labels;
    // The walk starts from what the description said, not from scratch.
    const focus = l2
      ? { p: L2_IDS.map((id) => Math.round(100 * (classification.candidates.find((c) => c.l2 === id)?.score ?? 0))) }
      : {};
    const walkMe = {
      title: t.ui.actions.walkMe,
      ...(workload
        ? button('workload', { wl: workload, d: description, ...focus, ...origin })
        : button('start', { d: description, ...focus, ...origin })),
    };
    const showAll = { title: t.ui.actions.showAll, ...button('list', {}) };
    if (!l2) {
      return this.templates.render('suggestion', {
        title: labels.abstain,
        id: '',
        labels: wrote,
        text: shown,
        confidence: '',
        evidence: [],
        runnerUps: '',
        buttons: [walkMe, showAll],
      });
    }
    const name = (id: L2Id) => t.playbook.l2[id].name;
    const w = toWalkData({ workload: workload ?? 'other', answers: [], description, source });
    return this.templates.render('suggestion', {
      title: format(labels.title, { l2: name(l2) }),
      id: l2Path(l2),
      labels: wrote,
      text: shown,
      confidence: format(labels.confidence, { percent: percent(classification.confidence) }),
      evidence: this.evidence(t, classification),
      runnerUps: format(labels.runnerUps, {
        list: classification.candidates
          .filter((c) => c.l2 !== l2)
          .slice(0, 2)
          .map((c) => name(c.l2))
          .join(t.ui.notes.separator),
      }),
      buttons: [{ title: t.ui.actions.thatsIt, ...button('result', { w, l2, ph: 'assignment' }) }, walkMe, showAll],
    });
  }

  /** Why, in two lines: the words of the description that weighed most, and the closest reference example. */
  private evidence(t: LocaleText, classification: Classification): string[] {
    const labels = t.ui.suggestion;
    const terms = classification.evidence.filter((e) => e.kind === 'term').slice(0, EVIDENCE_TERMS);
    const example = classification.evidence.find((e) => e.kind === 'example');
    return [
      ...(terms.length > 0
        ? [
            format(labels.evidenceTerm, {
              text: terms.map((e) => e.text).join(' · '),
              l2: t.playbook.l2[terms[0].l2].name,
            }),
          ]
        : []),
      ...(example ? [format(labels.evidenceExample, { text: example.text, l2: t.playbook.l2[example.l2].name })] : []),
    ];
  }
}
