import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { L2_IDS, WORKLOAD_IDS } from '../playbook/ids';
import { KIND_OPTIONS, QUESTIONS, YES_NO } from '../playbook/questions';
import { CaseSheet } from './likelihoods';

/**
 * The case sheets in eval/walk/: `sheets-train.jsonl`, from which the answer likelihoods are
 * estimated, and `sheets-heldout.jsonl` (and any later `sheets-*.jsonl`), never used for that,
 * on which `npm run eval:walk` measures the walk. Cases and answers came from people outside the
 * team (see the README).
 */
export const SHEETS_DIR = path.resolve(__dirname, '..', '..', 'eval', 'walk');

const yesNo = z.enum(['y', 'n', 'u'] as const satisfies readonly (typeof YES_NO)[number][]);
const sheetLine = z.object({
  id: z.string(),
  l2: z.enum(L2_IDS),
  text: z.string(),
  register: z.enum(['P', 'F']),
  border: z.boolean(),
  like: z.enum(L2_IDS).optional(),
  workload: z.enum(WORKLOAD_IDS),
  kind: z.string().refine((kind) => kind === 'u' || kind in KIND_OPTIONS, 'not a kind option'),
  answers: z.object(
    Object.fromEntries(QUESTIONS.filter((q) => q.kind !== 'choice' && q.kind !== 'detail').map((q) => [q.id, yesNo])),
  ),
});
export type SheetLine = z.infer<typeof sheetLine>;

/** The sheets of one file, with the kind answer among the answers. Throws on a malformed line. */
export function readSheets(name: string, dir = SHEETS_DIR): (CaseSheet & SheetLine)[] {
  return readFileSync(path.join(dir, `sheets-${name}.jsonl`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const parsed = sheetLine.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`sheets-${name}.jsonl line ${i + 1}: ${parsed.error.issues[0].message}`);
      return { ...parsed.data, answers: { ...parsed.data.answers, kind: parsed.data.kind } } as CaseSheet & SheetLine;
    });
}

/** The names of the sheets files (`sheets-<name>.jsonl`) in `dir`. */
export function sheetNames(dir = SHEETS_DIR): string[] {
  return readdirSync(dir)
    .map((file) => /^sheets-(.+)\.jsonl$/.exec(file)?.[1])
    .filter((name): name is string => name !== undefined)
    .sort();
}
