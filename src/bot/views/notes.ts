import { LocaleText, format } from '../../locales';
import { FTOP_FIELD_IDS, FtopFieldId, L2Id, PhaseId } from '../../playbook/ids';
import { supportingAnswers } from '../../triage/outcome';
import { Walk } from '../../triage/walk';
import { literal } from './format';

/** The FTOP notes line: L1, L2 with its id in brackets, workload and what the answers established. */
export function notesLine(t: LocaleText, walk: Walk, l2: L2Id): string {
  const findings = supportingAnswers(walk, l2).map((q) => t.playbook.questions[q].finding);
  return format(t.ui.notes.line, {
    l1: t.playbook.l1.name,
    l2: t.playbook.l2[l2].name,
    id: l2,
    workload: t.playbook.workloads[walk.workload],
    findings:
      findings.length > 0
        ? findings.join(t.ui.notes.separator)
        : walk.description !== undefined
          ? literal(walk.description)
          : t.ui.notes.noFindings,
  });
}

export interface FtopRow {
  readonly field: FtopFieldId;
  readonly label: string;
  readonly value: string;
}

/** The FTOP entitlement fields for a phase, as the overview's table fills them, with the triage's L2 and notes. */
export function ftopRows(t: LocaleText, l2: L2Id, phase: PhaseId, notes: string): FtopRow[] {
  const fixed = t.playbook.ftop.values[phase];
  return FTOP_FIELD_IDS.map((field) => ({
    field,
    label: t.playbook.ftop.labels[field],
    value: field === 'l2' ? `${t.playbook.l2[l2].name} [${l2}]` : field === 'notes' ? notes : fixed[field],
  }));
}
