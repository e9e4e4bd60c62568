import { LocaleText, format } from '../../locales';
import { L2_IDS, L2Id, PHASE_IDS, PhaseId, WORKLOAD_IDS } from '../../playbook/ids';
import { Answer, NONE_OF_THESE, QUESTIONS, QuestionDef, YES_NO, answersOf } from '../../playbook/questions';
import { outcome } from '../../triage/outcome';
import { MAX_QUESTIONS, Walk, WalkEngine, WalkSource, WalkStep, isKindOption } from '../../triage/walk';
import { button, toSourceData, toWalkData } from '../verbs';
import { CardJson, CardTemplates } from './cards';
import { l2Path, literal, numbered, percent } from './format';
import { ftopRows, notesLine } from './notes';

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
      // After one answer a percentage says little; from the second on the leader is worth showing.
      leaning:
        walk.answers.length >= 2 ? format(t.ui.question.leaning, { l2: t.playbook.l2[step.ranking[0].l2].name }) : '',
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
    const notes = notesLine(t, this.engine, walk, result.l2);
    const chosen = result.chosen ? { l2: result.l2 } : {};
    const candidate = (l2: L2Id) => ({
      name: t.playbook.l2[l2].name,
      id: l2Path(l2),
      definition: t.playbook.l2[l2].definition,
      title: format(t.ui.result.useCandidate, { l2: t.playbook.l2[l2].name }),
      ...button('pick', { w, l2 }),
    });
    return this.templates.render('result', {
      unsettled: !result.settled,
      title: result.settled
        ? format(t.ui.result.title, { l1: t.playbook.l1.name, l2: page.name })
        : t.ui.result.unsettledTitle,
      id: l2Path(result.l2),
      confidence: result.chosen
        ? t.ui.result.chosen
        : format(t.ui.result.confidence, { percent: percent(result.confidence), count: walk.answers.length }),
      warning: result.settled ? '' : t.ui.result.unsettledIntro,
      candidates: result.settled ? [] : [result.l2, ...result.runnerUps.map((r) => r.l2)].map(candidate),
      labels: t.ui.result,
      why: this.answered(t, walk, options).map((a) => ({ ...a, ...button('change', { w, q: a.id }) })),
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
      // The notes line has a block of its own below: it holds the user's words.
      ftop: ftopRows(t, result.l2, phase, notes)
        .filter(({ field }) => field !== 'notes')
        .map(({ label, value }) => ({ label, value })),
      notes,
      runnerUps: result.runnerUps.map((r) => ({
        title: format(t.ui.result.runnerUp, { l2: t.playbook.l2[r.l2].name, percent: percent(r.probability) }),
        ...button('pick', { w, l2: r.l2 }),
      })),
      phaseToggle: {
        title: format(t.ui.actions.showPhase, { phase: t.playbook.phases[otherPhase].name }),
        ...button('result', { w, ph: otherPhase, ...chosen }),
      },
      back: result.chosen ? button('resume', { w }) : button('back', { w }),
      actions: t.ui.actions,
      choose: button('choose', { w }),
    });
  }

  /** "Choose the L2 myself": the eight, each with a button that ends the walk on it. */
  choose(t: LocaleText, walk: Walk): CardJson {
    const w = toWalkData(walk);
    return this.templates.render('l2-list', {
      title: t.ui.choose.title,
      intro: t.ui.choose.intro,
      items: L2_IDS.map((l2) => ({
        name: t.playbook.l2[l2].name,
        id: l2,
        definition: t.playbook.l2[l2].definition,
        action: { title: t.ui.actions.useThis, ...button('pick', { w, l2 }) },
      })),
      footer: [
        { title: t.ui.actions.back, ...button('resume', { w }) },
        { title: t.ui.actions.startOver, ...button('start', {}) },
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
