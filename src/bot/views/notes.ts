import { LOCALES, LocaleText, format } from '../../locales';
import { FTOP_FIELD_IDS, FtopFieldId, L2Id, PhaseId } from '../../playbook/ids';
import { QuestionId } from '../../playbook/questions';
import { supportingAnswers } from '../../triage/outcome';
import { Walk, WalkEngine, WalkSource, isKindOption } from '../../triage/walk';
import { literal } from './format';

/**
 * The FTOP notes line, always true: the L2 with its id, the workload when the user picked one, the
 * user's own words when the walk began from them, and what the answers established for this L2.
 * Nothing else: no placeholder, no workload nobody chose.
 */
export function notesLine(t: LocaleText, engine: WalkEngine, walk: Walk, l2: L2Id): string {
  const n = t.ui.notes;
  const head =
    walk.workload === 'other'
      ? format(n.head, { l1: t.playbook.l1.name, l2: t.playbook.l2[l2].name, id: l2 })
      : format(n.headWorkload, {
          l1: t.playbook.l1.name,
          l2: t.playbook.l2[l2].name,
          id: l2,
          workload: t.playbook.workloads[walk.workload],
        });
  const findings = supportingAnswers(engine, walk, l2).map((a) =>
    isKindOption(a) ? t.playbook.kindOptions[a].finding : (t.playbook.questions[a as QuestionId].finding ?? ''),
  );
  const details = [
    ...(walk.description ? [literal(walk.description)] : []),
    ...(walk.source ? [sourceNote(t, walk.source)] : []),
    ...findings,
  ].join(n.separator);
  return details === '' ? format(n.withoutDetails, { head }) : format(n.withDetails, { head, details });
}

/** Where the description came from: "Dana Field’s message https://teams…", either part alone when the other is not known. */
function sourceNote(t: LocaleText, source: WalkSource): string {
  const by = source.author
    ? format(t.ui.extensions.from, { author: literal(source.author) })
    : t.ui.extensions.fromMessage;
  return source.link ? `${by} ${source.link}` : by;
}

export interface FtopRow {
  readonly field: Exclude<FtopFieldId, 'notes'>;
  readonly label: string;
  readonly value: string;
}

/**
 * The FTOP fields the result shows without unfolding: the L2 to set, and who owns the blocker and
 * what happens next, which change with the phase. The rest are one click away.
 */
export const KEY_FTOP_FIELDS: ReadonlySet<FtopFieldId> = new Set(['l2', 'owner', 'nextAction']);

/**
 * The FTOP entitlement fields for a phase as the overview's table fills them, with the triage's L2,
 * each as the (English) portal shows it and in the user's language beside where that differs. The
 * notes line is not among them: it has a block of its own.
 */
export function ftopRows(t: LocaleText, l2: L2Id, phase: PhaseId): FtopRow[] {
  const portal = (en: string, local: string) => (en === local ? en : format(t.ui.result.portal, { portal: en, local }));
  const value = (text: LocaleText, field: FtopRow['field']) => {
    if (field === 'l2') return text.playbook.l2[l2].name;
    // The playbook's Delivery value is "Depends on the L2/L3"; here the L2 is known.
    if (field === 'nextAction' && phase === 'delivery')
      return format(text.ui.result.nextAction, { l2: text.playbook.l2[l2].name });
    return text.playbook.ftop.values[phase][field];
  };
  return FTOP_FIELD_IDS.filter((field): field is FtopRow['field'] => field !== 'notes').map((field) => ({
    field,
    label: portal(LOCALES.en.playbook.ftop.labels[field], t.playbook.ftop.labels[field]),
    value: portal(value(LOCALES.en, field), value(t, field)),
  }));
}
