import { FIXED_FTOP_FIELDS } from './ftop';
import { FTOP_FIELD_IDS, L2_IDS, PHASE_IDS, WORKLOAD_IDS, isL2Id } from './ids';
import { KIND_OPTIONS, KindOption, QUESTIONS, QuestionDef, answersOf } from './questions';
import { PlaybookText } from './types';
import { likelihoodKey } from '../triage/likelihoods';

/**
 * What is wrong with the playbook's rules and one language's text of it; empty when sound.
 * Run at start-up so a broken edit never reaches a user.
 */
export function playbookProblems(text: PlaybookText, reference?: PlaybookText): string[] {
  const problems: string[] = [];
  const blank = (value: unknown) => typeof value !== 'string' || value.trim() === '';
  const questions: readonly QuestionDef[] = QUESTIONS;

  const ids = new Set<string>();
  for (const q of questions) {
    if (ids.has(q.id)) problems.push(`question ${q.id} is defined twice`);
    ids.add(q.id);
    if (q.owner !== undefined && !isL2Id(q.owner)) problems.push(`question ${q.id}: unknown owner ${String(q.owner)}`);
    if ((q.kind === 'confirm' || q.kind === 'workload') && q.owner === undefined)
      problems.push(`question ${q.id}: no owner`);
    if (q.kind === 'workload' && q.workload === undefined)
      problems.push(`question ${q.id}: workload question without a workload`);
    const qt = (text.questions as Record<string, { ask?: unknown; finding?: unknown; option?: unknown } | undefined>)[
      q.id
    ];
    // A choice or detail question is only asked; a yes/no question's Yes goes into the notes; an L2's fact is a button.
    const needsFinding = q.kind !== 'choice' && q.kind !== 'detail';
    const needsOption = q.kind === 'confirm' || q.kind === 'workload';
    if (!qt || blank(qt.ask) || (needsFinding && blank(qt.finding)) || (needsOption && blank(qt.option)))
      problems.push(`question ${q.id}: no text`);
  }
  for (const id of Object.keys(text.questions)) if (!ids.has(id)) problems.push(`text for unknown question ${id}`);

  for (const l2 of L2_IDS) {
    const page = text.l2[l2];
    if (!page) {
      problems.push(`L2 ${l2}: no text`);
      continue;
    }
    for (const field of ['name', 'definition', 'scope'] as const)
      if (blank(page[field])) problems.push(`L2 ${l2}: no ${field}`);
    if (page.validExamples.length === 0 || page.validExamples.some(blank))
      problems.push(`L2 ${l2}: examples that fit are missing`);
    if (page.invalidExamples.length === 0) problems.push(`L2 ${l2}: examples that do not fit are missing`);
    for (const example of page.invalidExamples) {
      if (blank(example.text)) problems.push(`L2 ${l2}: an example that does not fit has no text`);
      if (!isL2Id(example.belongsTo) || example.belongsTo === l2)
        problems.push(`L2 ${l2}: example points to ${example.belongsTo}`);
    }
    if (!questions.some((q) => q.owner === l2 && q.kind === 'confirm'))
      problems.push(`L2 ${l2}: no questions to confirm it`);
    if (reference) {
      const targets = (p: typeof page) => p.invalidExamples.map((e) => e.belongsTo).join(',');
      if (targets(page) !== targets(reference.l2[l2]))
        problems.push(`L2 ${l2}: examples point elsewhere than in the reference language`);
      if (page.validExamples.length !== reference.l2[l2].validExamples.length)
        problems.push(`L2 ${l2}: not the reference's examples`);
    }
  }
  for (const option of Object.keys(KIND_OPTIONS) as KindOption[]) {
    const o = text.kindOptions[option];
    if (!o || blank(o.title) || blank(o.hint) || blank(o.finding)) problems.push(`kind option ${option}: no text`);
  }
  for (const workload of WORKLOAD_IDS)
    if (blank(text.workloads[workload])) problems.push(`workload ${workload}: no name`);
  for (const field of FTOP_FIELD_IDS)
    if (blank(text.ftop.labels[field])) problems.push(`FTOP field ${field}: no label`);
  for (const phase of PHASE_IDS) {
    if (blank(text.phases[phase]?.name)) problems.push(`phase ${phase}: no name`);
    for (const field of FIXED_FTOP_FIELDS)
      if (blank(text.ftop.values[phase]?.[field])) problems.push(`phase ${phase}: no value for ${field}`);
  }
  if (blank(text.l1.name) || blank(text.l1.definition)) problems.push('L1 Blocked: no name or definition');
  return problems;
}

/**
 * What is wrong with a likelihood table: every question, L2 and answer needs a probability strictly
 * between 0 and 1 (an impossible answer would end a walk's doubt for good), summing to 1 per L2.
 */
export function likelihoodProblems(
  table: Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, number>>>>>>,
): string[] {
  const problems: string[] = [];
  for (const q of QUESTIONS as readonly QuestionDef[]) {
    if (q.kind === 'confirm' || q.kind === 'workload' || q.kind === 'followup') continue;
    for (const workload of q.kind === 'detail' ? WORKLOAD_IDS : (['other'] as const)) {
      const key = likelihoodKey(q, workload);
      for (const l2 of L2_IDS) {
        const dist = table[key]?.[l2];
        if (!dist) {
          problems.push(`likelihoods: no entry for ${key} / ${l2}`);
          continue;
        }
        const values = answersOf(q.id, workload).map((a) => dist[a]);
        if (values.some((p) => typeof p !== 'number' || !(p > 0 && p < 1)))
          problems.push(`likelihoods: ${key} / ${l2} has an answer outside (0, 1)`);
        else if (Math.abs(values.reduce((a, b) => a + b, 0) - 1) > 1e-3)
          problems.push(`likelihoods: ${key} / ${l2} does not sum to 1`);
      }
    }
  }
  return problems;
}
