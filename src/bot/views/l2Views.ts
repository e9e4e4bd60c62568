import { LocaleText, format } from '../../locales';
import { L2_IDS, L2Id, WorkloadId, WORKLOAD_IDS } from '../../playbook/ids';
import { QUESTIONS, QuestionDef } from '../../playbook/questions';
import { VerbButton, button } from '../verbs';
import { CardJson, CardTemplates } from './cards';
import { action, l2Path, numbered } from './format';

/** The playbook's questions that confirm `l2` with the customer, numbered. */
function confirmQuestions(t: LocaleText, l2: L2Id): string[] {
  return numbered(
    QUESTIONS.filter((q: QuestionDef) => q.owner === l2 && q.kind === 'confirm').map(
      (q) => t.playbook.questions[q.id].ask,
    ),
  );
}

/** The playbook's pages: all eight L2s, one L2 explained, and one L2 in short for a message. */
export class L2Views {
  constructor(private readonly templates: CardTemplates) {}

  list(t: LocaleText, intro?: string): CardJson {
    return this.templates.render('l2-list', {
      title: format(t.ui.list.title, { l1: t.playbook.l1.name }),
      intro: intro ?? format(t.ui.list.intro, { definition: t.playbook.l1.definition }),
      items: L2_IDS.map((l2) => ({
        name: t.playbook.l2[l2].name,
        id: l2,
        definition: t.playbook.l2[l2].definition,
        action: action(t.ui.actions.explain, button('explain', { l2 }), {
          tooltip: format(t.ui.actions.explainL2, { l2: t.playbook.l2[l2].name }),
        }),
      })),
      footer: [action(t.ui.actions.startTriage, button('start', {}), { style: 'positive' })],
    });
  }

  /** One L2's page; from a result, its first button leads back there instead of to a new triage. */
  explain(t: LocaleText, l2: L2Id, backToResult?: VerbButton<'result'>): CardJson {
    const page = t.playbook.l2[l2];
    const own = QUESTIONS.filter((q: QuestionDef) => q.owner === l2);
    const specific = (wl: WorkloadId) =>
      own.filter((q) => 'workload' in q && q.workload === wl).map((q) => t.playbook.questions[q.id].ask);
    return this.templates.render('explain', {
      name: page.name,
      id: l2Path(l2),
      definition: page.definition,
      scope: page.scope,
      labels: t.ui.explain,
      validExamples: page.validExamples.map((e) => `• ${e}`),
      invalidExamples: page.invalidExamples.map(
        (e) => `• ${format(t.ui.result.belongsTo, { example: e.text, l2: t.playbook.l2[e.belongsTo].name })}`,
      ),
      confirm: confirmQuestions(t, l2),
      workloadQuestions: WORKLOAD_IDS.filter((wl) => specific(wl).length > 0).map((wl) => ({
        heading: format(t.ui.explain.workloadQuestions, { workload: t.playbook.workloads[wl] }),
        questions: numbered(specific(wl)),
      })),
      buttons: [
        backToResult
          ? action(t.ui.actions.backToResult, backToResult, { style: 'positive' })
          : action(t.ui.actions.startTriage, button('start', {}), { style: 'positive' }),
        action(t.ui.actions.listL2s, button('list', {})),
      ],
    });
  }

  /** One L2 in short, to put into a message: name, id, definition and how to confirm it. */
  compact(t: LocaleText, l2: L2Id): CardJson {
    const page = t.playbook.l2[l2];
    return this.templates.render('l2-card', {
      name: page.name,
      id: l2Path(l2),
      definition: page.definition,
      labels: t.ui.explain,
      confirm: confirmQuestions(t, l2),
    });
  }
}
