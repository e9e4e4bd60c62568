import { LocaleText, format, formatPercent } from '../../locales';
import { L2_IDS } from '../../playbook/ids';
import { Classification } from '../../triage/classifier';
import { suggestionRunnerUps } from '../../triage/outcome';
import { WalkSource } from '../../triage/walk';
import { workloadIn } from '../../triage/workloadHint';
import { MAX_DESCRIPTION_LENGTH, button, toSourceData, toWalkData } from '../verbs';
import { CardJson, CardTemplates } from './cards';
import { action, l2Path, literal, percent } from './format';

/** How much of a description the suggestion card repeats; the rest is cut with a note. */
const MAX_SHOWN_TEXT = 500;
/** Words of the description named as the reason for a suggestion. */
const EVIDENCE_TERMS = 3;

/** The answer to a description typed in chat. */
export class SuggestionViews {
  constructor(private readonly templates: CardTemplates) {}

  /**
   * The classifier's L2, why, how sure, the other candidates (each a button to its result), and the
   * ways on. The user's text is bound as data into TextRuns, so Markdown, HTML and `${...}` in it
   * show as typed. When the classifier abstains, the card says so and offers the walk. A description
   * quoted from a message (`source`) says who wrote it, and its author and link ride on the buttons
   * into the notes line.
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
    const prior = l2
      ? L2_IDS.map((id) => percent(classification.candidates.find((c) => c.l2 === id)?.score ?? 0))
      : undefined;
    const focus = prior ? { p: prior } : {};
    const walkMe = action(
      t.ui.actions.walkMe,
      workload
        ? button('workload', { wl: workload, d: description, ...focus, ...origin })
        : button('start', { d: description, ...focus, ...origin }),
      l2 ? {} : { style: 'positive' },
    );
    // Every way on keeps the description: the walk, the list to pick from, a candidate's result.
    const w = toWalkData({ workload: workload ?? 'other', answers: [], prior, description, source });
    const showAll = action(t.ui.actions.showAll, button('choose', { w }), { mode: 'secondary' });
    if (!l2 || !prior) {
      return this.templates.render('suggestion', {
        title: labels.abstain,
        id: '',
        labels: wrote,
        text: shown,
        confidence: '',
        evidence: [],
        candidates: [],
        buttons: [walkMe, showAll],
      });
    }
    const name = (id: (typeof L2_IDS)[number]) => t.playbook.l2[id].name;
    return this.templates.render('suggestion', {
      title: format(labels.title, { l2: name(l2) }),
      id: l2Path(l2),
      labels: wrote,
      text: shown,
      confidence: format(labels.confidence, { percent: formatPercent(t, classification.confidence) }),
      evidence: evidenceLines(t, classification),
      candidates: suggestionRunnerUps(prior, l2).map((r) => ({
        text: format(t.ui.result.runnerUp, { l2: name(r.l2), percent: formatPercent(t, r.probability) }),
        ...action(t.ui.actions.use, button('pick', { w, l2: r.l2 }), {
          tooltip: format(t.ui.result.useCandidate, { l2: name(r.l2) }),
        }),
      })),
      buttons: [
        action(t.ui.actions.thatsIt, button('result', { w, l2, ph: 'assignment' }), { style: 'positive' }),
        walkMe,
        showAll,
      ],
    });
  }
}

/**
 * Why a description points to its L2, in two lines: the words of it that weighed most, and the
 * closest reference example. The suggestion card shows them, and so does its result after "That's it".
 */
export function evidenceLines(t: LocaleText, classification: Classification): string[] {
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
