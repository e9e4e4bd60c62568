import { L2_IDS, L2Id, PHASE_IDS, PhaseId, WORKLOAD_IDS, WorkloadId } from '../playbook/ids';
import { QUESTIONS, QuestionDef } from '../playbook/questions';
import { LOCALES, LocaleText, format } from '../locales';
import { SummaryRow } from '../state/summary';
import { LOW_CONFIDENCE, ftopRows, notesLine, outcome } from '../triage/outcome';
import { ANSWERS, MAX_QUESTIONS, Walk, WalkStep } from '../triage/walk';
import { CardJson, CardTemplates } from './cards';
import { MAX_DESCRIPTION_LENGTH, toWalkData } from './actions';
import { Classification } from '../triage/classifier';
import { workloadIn } from '../triage/workloadHint';
import { RenderContext } from './flow';

/** Turns the triage's state into the data of each card template, in the user's language. */
export class Views {
  constructor(private readonly templates: CardTemplates) {}

  welcome(t: LocaleText): CardJson {
    return this.templates.render('welcome', { ...t.ui.welcome, actions: t.ui.actions });
  }

  help(t: LocaleText): CardJson {
    return this.templates.render('help', { ...t.ui.help, actions: t.ui.actions });
  }

  /** The first step: which workload. A start from a suggestion keeps its focus L2 and the user's description. */
  workload(t: LocaleText, start: { focus?: L2Id; customer?: string; description?: string } = {}): CardJson {
    const { focus, customer, description } = start;
    const carry = {
      ...(focus ? { f: focus } : {}),
      ...(customer ? { c: customer } : {}),
      ...(description ? { d: description } : {}),
    };
    return this.templates.render('workload', {
      ...t.ui.workload,
      customer: customer ? `${t.ui.summary.customer}: ${customer}` : '',
      actions: t.ui.actions,
      workloads: WORKLOAD_IDS.map((wl) => ({ name: t.playbook.workloads[wl], data: { wl, ...carry } })),
      walkData: { w: toWalkData({ workload: 'other', answers: [], focus, description }) },
    });
  }

  question(
    t: LocaleText,
    walk: Walk,
    step: Extract<WalkStep, { kind: 'question' }>,
    context: RenderContext = {},
  ): CardJson {
    const w = toWalkData(walk);
    const leader = step.ranking[0];
    return this.templates.render('question', {
      history: this.answered(t, walk, context).map((a) => `${a.answer} · ${a.question}${a.by ? ` · ${a.by}` : ''}`),
      progress: format(t.ui.question.progress, {
        number: step.number,
        max: MAX_QUESTIONS,
        workload: t.playbook.workloads[walk.workload],
      }),
      question: t.playbook.questions[step.question.id].ask,
      leaning:
        walk.answers.length > 0
          ? format(t.ui.question.leaning, { l2: t.playbook.l2[leader.l2].name, percent: percent(leader.probability) })
          : '',
      answers: ANSWERS.map((ans) => ({ title: t.ui.answers[ans], data: { w, q: step.question.id, ans } })),
      actions: t.ui.actions,
      walkData: { w },
    });
  }

  result(t: LocaleText, walk: Walk, options: RenderContext & { phase: PhaseId; chosenL2?: L2Id }): CardJson {
    const { phase, chosenL2 } = options;
    const w = toWalkData(walk);
    const result = outcome(walk, chosenL2);
    const page = t.playbook.l2[result.l2];
    const otherPhase = PHASE_IDS.find((p) => p !== phase)!;
    const own = (q: QuestionDef) => q.owner === result.l2;
    const notes = notesLine(t, walk, result.l2);
    return this.templates.render('result', {
      title: format(t.ui.result.title, { l1: t.playbook.l1.name, l2: page.name }),
      id: `blocked / ${result.l2}`,
      confidence: result.chosen
        ? t.ui.result.chosen
        : format(t.ui.result.confidence, { percent: percent(result.confidence), count: walk.answers.length }),
      warning: !result.chosen && result.confidence < LOW_CONFIDENCE ? t.ui.result.lowConfidence : '',
      labels: t.ui.result,
      why: this.answered(t, walk, options).map((a) => ({ ...a, data: { w, q: a.id } })),
      settled: options.settledBy ? format(t.ui.summary.settled, { name: options.settledBy }) : '',
      settle: { data: { w, ph: phase, ...(result.chosen ? { l2: result.l2 } : {}) } },
      definition: page.definition,
      scope: page.scope,
      confirm: [
        ...numbered(QUESTIONS.filter((q) => own(q) && q.kind === 'confirm').map((q) => t.playbook.questions[q.id].ask)),
        ...QUESTIONS.filter((q) => own(q) && 'workload' in q && q.workload === walk.workload).map(
          (q) =>
            `${format(t.ui.result.workloadQuestions, { workload: t.playbook.workloads[walk.workload] })}: ${t.playbook.questions[q.id].ask}`,
        ),
      ],
      notThis: page.invalidExamples.map((e) =>
        format(t.ui.result.belongsTo, { example: e.text, l2: t.playbook.l2[e.belongsTo].name }),
      ),
      ftopTitle: format(t.ui.result.ftop, { phase: t.playbook.phases[phase].name }),
      ftop: ftopRows(t, result.l2, phase, notes).map(({ label, value }) => ({ label, value })),
      notes,
      runnerUps: result.runnerUps.map((r) => ({
        title: format(t.ui.result.runnerUp, { l2: t.playbook.l2[r.l2].name, percent: percent(r.probability) }),
        data: { w, l2: r.l2 },
      })),
      phaseToggle: {
        title: format(t.ui.actions.showPhase, { phase: t.playbook.phases[otherPhase].name }),
        data: { w, ph: otherPhase, ...(result.chosen ? { l2: result.l2 } : {}) },
      },
      back: result.chosen ? { verb: 'resume', data: { w } } : { verb: 'back', data: { w } },
      actions: t.ui.actions,
      walkData: { w },
    });
  }

  /**
   * The answer to a description typed in chat: the classifier's L2, why, how sure, the runner-ups, and
   * the ways on. The user's text is bound as data into TextRuns, so Markdown, HTML and `${...}` in it show
   * as typed. When the classifier abstains, the card says so and offers the walk.
   */
  suggestion(t: LocaleText, text: string, classification: Classification): CardJson {
    const labels = t.ui.suggestion;
    const oneLine = text.replace(/\s+/g, ' ').trim();
    const shown =
      oneLine.length > MAX_SHOWN_TEXT ? `${oneLine.slice(0, MAX_SHOWN_TEXT)}… ${labels.truncated}` : oneLine;
    const description = oneLine.slice(0, MAX_DESCRIPTION_LENGTH);
    const workload = workloadIn(oneLine);
    const { l2 } = classification;
    const walkMe = {
      title: t.ui.actions.walkMe,
      ...(workload
        ? { verb: 'workload', data: { wl: workload, d: description, ...(l2 ? { f: l2 } : {}) } }
        : { verb: 'start', data: { d: description, ...(l2 ? { f: l2 } : {}) } }),
    };
    const showAll = { title: t.ui.actions.showAll, verb: 'list', data: {} };
    if (!l2) {
      return this.templates.render('suggestion', {
        title: labels.abstain,
        id: '',
        labels,
        text: shown,
        confidence: '',
        evidence: [],
        runnerUps: '',
        buttons: [walkMe, showAll],
      });
    }
    const name = (id: L2Id) => t.playbook.l2[id].name;
    const w = toWalkData({ workload: workload ?? 'other', answers: [], description });
    return this.templates.render('suggestion', {
      title: format(labels.title, { l2: name(l2) }),
      id: `blocked / ${l2}`,
      labels,
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
      buttons: [{ title: t.ui.actions.thatsIt, verb: 'result', data: { w, l2, ph: 'assignment' } }, walkMe, showAll],
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

  /** "Choose the L2 myself": the eight, each with a button that ends the walk on it. */
  choose(t: LocaleText, walk: Walk): CardJson {
    const w = toWalkData(walk);
    return this.templates.render('l2-list', {
      title: t.ui.choose.title,
      intro: t.ui.choose.intro,
      items: L2_IDS.map((l2) => ({
        ...this.listItem(t, l2),
        action: { title: t.ui.actions.useThis, verb: 'pick', data: { w, l2 } },
      })),
      footer: [
        { title: t.ui.actions.back, verb: 'resume', data: { w } },
        { title: t.ui.actions.startOver, verb: 'start', data: {} },
      ],
    });
  }

  list(t: LocaleText, intro?: string): CardJson {
    return this.templates.render('l2-list', {
      title: format(t.ui.list.title, { l1: t.playbook.l1.name }),
      intro: intro ?? format(t.ui.list.intro, { definition: t.playbook.l1.definition }),
      items: L2_IDS.map((l2) => ({
        ...this.listItem(t, l2),
        action: { title: t.ui.actions.explain, verb: 'explain', data: { l2 } },
      })),
      footer: [{ title: t.ui.actions.startTriage, verb: 'start', data: {} }],
    });
  }

  explain(t: LocaleText, l2: L2Id): CardJson {
    const page = t.playbook.l2[l2];
    const own = QUESTIONS.filter((q: QuestionDef) => q.owner === l2);
    const specific = (wl: WorkloadId) =>
      own.filter((q) => 'workload' in q && q.workload === wl).map((q) => t.playbook.questions[q.id].ask);
    return this.templates.render('explain', {
      name: page.name,
      id: `blocked / ${l2}`,
      definition: page.definition,
      scope: page.scope,
      labels: t.ui.explain,
      validExamples: page.validExamples.map((e) => `• ${e}`),
      invalidExamples: page.invalidExamples.map(
        (e) => `• ${format(t.ui.result.belongsTo, { example: e.text, l2: t.playbook.l2[e.belongsTo].name })}`,
      ),
      confirm: numbered(own.filter((q) => q.kind === 'confirm').map((q) => t.playbook.questions[q.id].ask)),
      workloadQuestions: WORKLOAD_IDS.filter((wl) => specific(wl).length > 0).map((wl) => ({
        heading: format(t.ui.explain.workloadQuestions, { workload: t.playbook.workloads[wl] }),
        questions: numbered(specific(wl)),
      })),
      actions: t.ui.actions,
    });
  }

  /** The card for a button whose data is out of date or forged: say so and offer a fresh start. */
  stale(t: LocaleText): CardJson {
    return this.templates.render('notice', {
      ...t.ui.stale,
      color: 'Warning',
      buttons: [
        { title: t.ui.actions.startTriage, verb: 'start', data: {} },
        { title: t.ui.actions.help, verb: 'help', data: {} },
      ],
    });
  }

  /** After a failure on our side: the same click can be tried again, nothing the user gave is lost. */
  error(t: LocaleText, retry?: { verb: string; data: object }): CardJson {
    return this.templates.render('notice', {
      ...t.ui.error,
      color: 'Attention',
      buttons: [
        ...(retry ? [{ title: t.ui.actions.tryAgain, verb: retry.verb, data: retry.data }] : []),
        { title: t.ui.actions.startOver, verb: 'start', data: {} },
      ],
    });
  }

  /** The answers so far, with who gave each where a shared card knows it. */
  private answered(t: LocaleText, walk: Walk, context: RenderContext) {
    return walk.answers.map(([q, a]) => {
      const name = context.answeredBy?.[q];
      return {
        id: q,
        question: t.playbook.questions[q].ask,
        answer: t.ui.answers[a],
        by: name ? format(t.ui.summary.answeredBy, { name }) : '',
      };
    });
  }

  /** A short message on a card, with the way on: start a triage, or help. */
  notice(t: LocaleText, text: string, good = false): CardJson {
    return this.templates.render('notice', {
      title: t.ui.botName,
      text,
      color: good ? 'Good' : 'Default',
      buttons: [
        { title: t.ui.actions.startTriage, verb: 'start', data: {} },
        { title: t.ui.actions.help, verb: 'help', data: {} },
      ],
    });
  }

  /** The language picker: one button per language, each in its own name, three to a row. */
  languages(t: LocaleText): CardJson {
    const buttons = Object.entries(LOCALES).map(([lang, text]) => ({ title: text.languageName, data: { lang } }));
    const rows = [];
    for (let i = 0; i < buttons.length; i += LANGUAGES_PER_ROW)
      rows.push({ buttons: buttons.slice(i, i + LANGUAGES_PER_ROW) });
    return this.templates.render('languages', { title: t.ui.language.title, current: t.languageName, rows });
  }

  summary(t: LocaleText, rows: readonly SummaryRow[]): CardJson {
    const labels = t.ui.summary;
    const customer = (row: SummaryRow) => row.customer ?? labels.unknownCustomer;
    return this.templates.render('summary', {
      title: format(labels.title, { count: rows.length }),
      labels,
      rows: rows.map((row) => ({
        heading: `${customer(row)} · ${t.playbook.workloads[row.workload]}`,
        facts: [
          { title: labels.l2, value: `${t.playbook.l2[row.l2].name} [${row.l2}]` },
          { title: labels.notes, value: row.notes },
          { title: labels.confirmedBy, value: row.confirmedBy },
          { title: labels.when, value: row.at.replace('T', ' ').slice(0, 16) + ' UTC' },
        ],
      })),
      copy: rows.map((row) => `${customer(row)} | ${t.playbook.workloads[row.workload]} | ${row.notes}`).join('\n\n'),
      buttons: [{ title: t.ui.actions.clearSummary, verb: 'ask-clear-summary', data: {} }],
    });
  }

  /** Asks before the review summary is emptied. */
  confirmClear(t: LocaleText): CardJson {
    return this.templates.render('notice', {
      title: t.ui.actions.clearSummary,
      text: t.ui.summary.clearQuestion,
      color: 'Warning',
      buttons: [
        { title: t.ui.actions.confirmClear, verb: 'clear-summary', data: {} },
        { title: t.ui.actions.cancel, verb: 'keep-summary', data: {} },
      ],
    });
  }

  private listItem(t: LocaleText, l2: L2Id) {
    return { name: t.playbook.l2[l2].name, id: l2, definition: t.playbook.l2[l2].definition };
  }
}

/** How much of a description the suggestion card repeats; the rest is cut with a note. */
const MAX_SHOWN_TEXT = 500;
/** Teams shows at most five or six buttons in a row; six languages go in two rows. */
const LANGUAGES_PER_ROW = 3;
/** Words of the description named as the reason for a suggestion. */
const EVIDENCE_TERMS = 3;

function percent(probability: number): number {
  return Math.round(probability * 100);
}

function numbered(items: readonly string[]): string[] {
  return items.map((item, i) => `${i + 1}. ${item}`);
}
