import { FTOP_FIELD_IDS, L2Id, PhaseId } from '../playbook/ids';
import { DEFAULT_YES, QuestionId } from '../playbook/questions';
import { LocaleText, format } from '../locales';
import { Ranked, Walk, questionById, ranking } from './walk';

/** How many runner-up L2s "Not right?" offers. */
export const RUNNER_UPS = 3;
/** Below this the result says the answers do not settle it. */
export const LOW_CONFIDENCE = 0.5;
/** A "Yes" supports an L2 when the L2 makes a "Yes" at least this likely. */
const SUPPORTS = 0.5;

export interface Outcome {
  readonly l2: L2Id;
  /** True when the user picked the L2 instead of the walk. */
  readonly chosen: boolean;
  readonly confidence: number;
  readonly runnerUps: readonly Ranked[];
}

/** The L2 a walk ends on (or the user's own choice), how sure, and the next best. */
export function outcome(walk: Walk, chosenL2?: L2Id): Outcome {
  const ranked = ranking(walk);
  const l2 = chosenL2 ?? ranked[0].l2;
  return {
    l2,
    chosen: chosenL2 !== undefined,
    confidence: ranked.find((r) => r.l2 === l2)!.probability,
    runnerUps: ranked.filter((r) => r.l2 !== l2).slice(0, RUNNER_UPS),
  };
}

/** The "Yes" answers that point to `l2` (all "Yes" answers when none does). */
export function supportingAnswers(walk: Walk, l2: L2Id): QuestionId[] {
  const yes = walk.answers.filter(([, a]) => a === 'y').map(([q]) => q);
  const supporting = yes.filter(
    (q) => ((questionById(q)!.yes as Partial<Record<L2Id, number>>)[l2] ?? DEFAULT_YES) >= SUPPORTS,
  );
  return supporting.length > 0 ? supporting : yes;
}

/** The FTOP notes line: L1, L2 with its id in brackets, workload and what the answers established. */
export function notesLine(text: LocaleText, walk: Walk, l2: L2Id): string {
  const findings = supportingAnswers(walk, l2).map((q) => text.playbook.questions[q].finding);
  return format(text.ui.notes.line, {
    l1: text.playbook.l1.name,
    l2: text.playbook.l2[l2].name,
    id: l2,
    workload: text.playbook.workloads[walk.workload],
    findings:
      findings.length > 0 ? findings.join(text.ui.notes.separator) : (walk.description ?? text.ui.notes.noFindings),
  });
}

export interface FtopRow {
  readonly field: (typeof FTOP_FIELD_IDS)[number];
  readonly label: string;
  readonly value: string;
}

/** The FTOP entitlement fields for a phase, as the overview's table fills them, with the triage's L2 and notes. */
export function ftopRows(text: LocaleText, l2: L2Id, phase: PhaseId, notes: string): FtopRow[] {
  const fixed = text.playbook.ftop.values[phase];
  return FTOP_FIELD_IDS.map((field) => ({
    field,
    label: text.playbook.ftop.labels[field],
    value: field === 'l2' ? `${text.playbook.l2[l2].name} [${l2}]` : field === 'notes' ? notes : fixed[field],
  }));
}
