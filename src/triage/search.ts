import { L2_IDS, L2Id } from '../playbook/ids';
import { Classification } from './classifier';
import { nameMatches } from './commands';

/** How a search found an L2: all of them (nothing typed), by its name or id, or by what the text describes. */
export type SearchHit =
  | { readonly l2: L2Id; readonly by: 'all' | 'name' }
  | { readonly l2: L2Id; readonly by: 'description'; readonly score: number };

/** Description hits shown at most, and the least likely one worth showing. */
const MAX_DESCRIBED = 3;
const MIN_DESCRIBED_SCORE = 0.05;

/**
 * The L2s a search for `query` finds, best first: every L2 for an empty query; else the L2 whose
 * name or id it is, alone; else the L2s whose names contain its words, then those the classifier
 * reads in it as a description (likeliest first), each once.
 */
export function searchL2s(query: string, classify: (text: string) => Classification): SearchHit[] {
  if (query.trim() === '') return L2_IDS.map((l2) => ({ l2, by: 'all' }));
  const { exact, partial } = nameMatches(query);
  if (exact.length === 1) return [{ l2: exact[0], by: 'name' }];
  const byName: SearchHit[] = partial.map((l2) => ({ l2, by: 'name' }));
  const classification = classify(query);
  const described: SearchHit[] = classification.l2
    ? classification.candidates
        .filter((c) => c.score >= MIN_DESCRIBED_SCORE && !partial.includes(c.l2))
        .slice(0, MAX_DESCRIBED)
        .map((c) => ({ l2: c.l2, by: 'description', score: c.score }))
    : [];
  return [...byName, ...described];
}
