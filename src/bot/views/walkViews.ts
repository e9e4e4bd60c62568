import { LocaleText, format, formatCount, formatPercent } from '../../locales';
import { L2_IDS, L2Id, PHASE_IDS, PhaseId, WORKLOAD_IDS } from '../../playbook/ids';
import { Answer, NONE_OF_THESE, QUESTIONS, QuestionDef, YES_NO, answersOf } from '../../playbook/questions';
import { Classifier } from '../../triage/classifier';
import { Outcome, outcome } from '../../triage/outcome';
import { MAX_QUESTIONS, Walk, WalkEngine, WalkSource, WalkStep, isKindOption } from '../../triage/walk';
import { button, toSourceData, toWalkData } from '../verbs';
import { CardJson, CardTemplates } from './cards';
import { action, l2Path, literal, numbered } from './format';
import { KEY_FTOP_FIELDS, ftopRows, notesLine } from './notes';
import { evidenceLines } from './suggestionViews';

/** The leading L2's probability from which the question card names it. */
const LEANING = 0.5;

/** What a walk card shows beyond its data: who answered in a shared card, who settled it. */
export interface WalkContext {
  readonly answeredBy?: Readonly<Record<string, string>>;
  readonly settledBy?: string;
}

/** Where a walk starts: what a description suggested, the customer, the user's own words and the message they came from. */
export interface WalkStart {
  readonly prior?: readonly number[];
  readonly customer?: string;
  readonly description?: string;
  readonly source?: WalkSource;
}

/** The cards of the guided walk: the workload, each question, the result, choosing the L2 oneself. */
export class WalkViews {
  constructor(
    private readonly templates: CardTemplates,
    private readonly engine: WalkEngine,
    private readonly classifier: Pick<Classifier, 'classify'>,
  ) {}

  /** The first step: which workload. A start from a suggestion keeps what it read and the user's description. */
  workload(t: LocaleText, start: WalkStart = {}): CardJson {
    const { prior, customer, description, source } = start;
    const carry = {
      ...(prior ? { p: [...prior] } : {}),
      ...(customer ? { c: customer } : {}),
      ...(description ? { d: description } : {}),
      ...(source ? { o: toSourceData(source) } : {}),
    };
    return this.templates.render('workload', {
      ...t.ui.workload,
      customerLabel: t.ui.summary.customer,
      customer: customer ? literal(customer) : '',
      actions: t.ui.actions,
      workloads: WORKLOAD_IDS.map((wl) => ({
        name: t.playbook.workloads[wl],
        ...button('workload', { wl, ...carry }),
      })),
      choose: button('choose', {
        w: toWalkData({ workload: 'other', answers: [], prior, customer, description, source }),
      }),
    });
  }

  question(t: LocaleText, walk: Walk, step: Extract<WalkStep, { kind: 'question' }>, context: WalkContext): CardJson {
    const w = toWalkData(walk);
    const q = step.question.id;
    const choice = step.question.kind === 'choice' || step.question.kind === 'detail';
    const answer = (ans: string) => button('answer', { w, q, ans });
    return this.templates.render('question', {
      customerLabel: t.ui.summary.customer,
      customer: walk.customer ? literal(walk.customer) : '',
      history: this.answered(t, walk, context),
      progress: format(t.ui.question.progress, {
        number: step.number,
        max: MAX_QUESTIONS,
        workload: t.playbook.workloads[walk.workload],
      }),
      question: t.playbook.questions[q].ask,
      // A lean is worth showing once the answers make one L2 likelier than all the others together.
      leaning:
        walk.answers.length >= 2 && step.ranking[0].probability >= LEANING
          ? format(t.ui.question.leaning, { l2: t.playbook.l2[step.ranking[0].l2].name })
          : '',
      answers: choice ? [] : YES_NO.map((ans) => ({ title: t.ui.answers[ans], ...answer(ans) })),
      options: choice ? answersOf(q, walk.workload).map((ans) => ({ ...this.optionText(t, ans), ...answer(ans) })) : [],
      actions: t.ui.actions,
      back: button('back', { w }),
      choose: button('choose', { w }),
    });
  }

  result(t: LocaleText, walk: Walk, options: WalkContext & { phase: PhaseId; chosenL2?: L2Id }): CardJson {
    const { phase, chosenL2 } = options;
    const w = toWalkData(walk);
    const result = outcome(this.engine, walk, chosenL2);
    const page = t.playbook.l2[result.l2];
    const otherPhase = PHASE_IDS.find((p) => p !== phase)!;
    // Only what is still open: a question the user answered, or a fact they picked, is not asked again.
    const answered = new Set<string>(walk.answers.flatMap(([q, a]) => [q, a]));
    const toConfirm = (q: QuestionDef) => q.owner === result.l2 && q.kind !== 'detail' && !answered.has(q.id);
    const chosen = result.chosen ? { l2: result.l2 } : {};
    const use = (l2: L2Id) => ({
      tooltip: format(t.ui.result.useCandidate, { l2: t.playbook.l2[l2].name }),
      // The phase the user is looking at stays when they pick another L2.
      ...button('pick', { w, l2, ph: phase }),
    });
    const candidate = (l2: L2Id) => ({
      name: t.playbook.l2[l2].name,
      id: l2Path(l2),
      definition: t.playbook.l2[l2].definition,
      title: t.ui.actions.useThis,
      ...use(l2),
    });
    const rows = ftopRows(t, result.l2, phase);
    return this.templates.render('result', {
      unsettled: !result.settled,
      customerLabel: t.ui.summary.customer,
      customer: walk.customer ? literal(walk.customer) : '',
      title: result.settled
        ? format(t.ui.result.title, { l1: t.playbook.l1.name, l2: page.name })
        : t.ui.result.unsettledTitle,
      id: l2Path(result.l2),
      confidence: this.confidence(t, walk, result),
      warning: result.settled ? '' : t.ui.result.unsettledIntro,
      candidates: result.settled ? [] : [result.l2, ...result.runnerUps.map((r) => r.l2)].map(candidate),
      labels: t.ui.result,
      reasons: result.basis === 'suggestion' && walk.description ? this.reasons(t, walk.description, result.l2) : [],
      why: this.answered(t, walk, options).map((a) => ({
        ...a,
        tooltip: format(t.ui.actions.changeAnswer, { question: a.question }),
        ...button('change', { w, q: a.id }),
      })),
      settled: options.settledBy ? format(t.ui.summary.settled, { name: literal(options.settledBy) }) : '',
      settle: button('settle', { w, ph: phase, ...chosen }),
      definition: page.definition,
      scope: page.scope,
      confirm: [
        ...numbered(
          QUESTIONS.filter((q) => toConfirm(q) && (q.kind === 'confirm' || q.kind === 'followup')).map(
            (q) => t.playbook.questions[q.id].ask,
          ),
        ),
        ...QUESTIONS.filter((q) => toConfirm(q) && 'workload' in q && q.workload === walk.workload).map(
          (q) =>
            `${format(t.ui.result.workloadQuestions, { workload: t.playbook.workloads[walk.workload] })}: ${t.playbook.questions[q.id].ask}`,
        ),
      ],
      notThis: page.invalidExamples.map((e) =>
        format(t.ui.result.belongsTo, { example: e.text, l2: t.playbook.l2[e.belongsTo].name }),
      ),
      ftopTitle: format(t.ui.result.ftop, { phase: t.playbook.phases[phase].name }),
      ftop: rows.filter((row) => KEY_FTOP_FIELDS.has(row.field)),
      ftopAllTitle: format(t.ui.result.ftopAll, { phase: t.playbook.phases[phase].name }),
      ftopAll: rows,
      notes: notesLine(t, this.engine, walk, result.l2),
      runnerUps: result.runnerUps.map((r) => ({
        text: format(t.ui.result.runnerUp, {
          l2: t.playbook.l2[r.l2].name,
          percent: formatPercent(t, r.probability),
        }),
        ...use(r.l2),
      })),
      phaseToggle: {
        title: format(t.ui.actions.showPhase, { phase: t.playbook.phases[otherPhase].name }),
        ...button('result', { w, ph: otherPhase, ...chosen }),
      },
      page: button('page', { w, ph: phase, ...chosen }),
      pageTooltip: format(t.ui.actions.explainL2, { l2: page.name }),
      back: result.chosen ? button('resume', { w }) : button('back', { w }),
      // Settled, the card's one primary action is adding it to the summary; the rest wait in the overflow menu.
      secondaryWhenSettled: result.settled ? 'secondary' : 'primary',
      actions: t.ui.actions,
      choose: button('choose', { w }),
    });
  }

  /** How sure, and from what: the answers, the description (a suggestion accepted as it was), or the user. */
  private confidence(t: LocaleText, walk: Walk, result: Outcome): string {
    if (result.basis === 'suggestion')
      return format(t.ui.result.fromDescription, { percent: formatPercent(t, result.confidence) });
    if (result.chosen) return t.ui.result.chosen;
    return formatCount(t, t.ui.result.confidence, {
      percent: formatPercent(t, result.confidence),
      count: walk.answers.length,
    });
  }

  /** A suggestion's reasons, read again from the description the card carries: the classifier is deterministic. */
  private reasons(t: LocaleText, description: string, l2: L2Id): string[] {
    const classification = this.classifier.classify(description);
    return classification.l2 === l2 ? evidenceLines(t, classification) : [];
  }

  /** "Choose the L2 myself": the eight, each with a button that ends the walk on it. */
  choose(t: LocaleText, walk: Walk): CardJson {
    const w = toWalkData(walk);
    return this.templates.render('l2-list', {
      title: t.ui.choose.title,
      // Only a walk with answers has any to keep.
      intro: walk.answers.length > 0 ? `${t.ui.choose.intro} ${t.ui.choose.kept}` : t.ui.choose.intro,
      items: L2_IDS.map((l2) => ({
        name: t.playbook.l2[l2].name,
        id: l2,
        definition: t.playbook.l2[l2].definition,
        action: action(t.ui.actions.useThis, button('pick', { w, l2 }), {
          tooltip: format(t.ui.result.useCandidate, { l2: t.playbook.l2[l2].name }),
        }),
      })),
      footer: [
        // From a suggestion nothing was answered yet: going on means the walk, and says so.
        action(
          walk.answers.length === 0 && walk.prior ? t.ui.actions.walkMe : t.ui.actions.back,
          button('resume', { w }),
        ),
        action(t.ui.actions.startOver, button('start', {})),
      ],
    });
  }

  /** The answers so far, with who gave each where a shared card knows it. */
  private answered(t: LocaleText, walk: Walk, context: WalkContext) {
    return walk.answers.map(([q, a]) => {
      const name = context.answeredBy?.[q];
      return {
        id: q,
        question: t.playbook.questions[q].ask,
        answer: this.optionText(t, a).title,
        by: name ? format(t.ui.summary.answeredBy, { name: literal(name) }) : '',
      };
    });
  }

  /** An answer as its button says it: Yes / No / Not sure, a kind of blocker, an L2's fact, none of these. */
  private optionText(t: LocaleText, answer: Answer): { title: string; hint: string } {
    if (isKindOption(answer))
      return { title: t.playbook.kindOptions[answer].title, hint: t.playbook.kindOptions[answer].hint };
    if (answer === 'y' || answer === 'n' || answer === 'u') return { title: t.ui.answers[answer], hint: '' };
    if (answer === NONE_OF_THESE) return { title: t.ui.answers.none, hint: '' };
    return { title: t.playbook.questions[answer].option ?? t.playbook.questions[answer].ask, hint: '' };
  }
}
