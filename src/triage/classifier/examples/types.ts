import type { L2Id } from '../../../playbook/ids';
import type { FAMILIES, FamilyId } from './families';

/**
 * The two ways people describe a blocked rollout: `plain`, the playbook's whole third-person
 * sentences ("The customer is concerned that..."); `notes`, FM shorthand as typed into FTOP
 * ("cx waiting on EA renewal, ETA Q3").
 */
export const REGISTERS = ['plain', 'notes'] as const;
export type Register = (typeof REGISTERS)[number];

export type FamilyExamples = Readonly<Record<Register, readonly string[]>>;

/** One language's reference examples: every L2, every one of its families, both registers. */
export type ReferenceSet = { readonly [L in L2Id]: { readonly [F in keyof (typeof FAMILIES)[L]]: FamilyExamples } };

/**
 * The first, shorter examples of a language (FM notes, largely translations of the other languages'
 * lists position by position), each as [family, text] in its original order.
 */
export type OlderSet = { readonly [L in L2Id]: readonly (readonly [keyof (typeof FAMILIES)[L] & string, string])[] };

/** One reference example with where it is filed. */
export interface ReferenceExample {
  readonly text: string;
  readonly l2: L2Id;
  readonly family: FamilyId;
  readonly register: Register;
  /** `current`: written fresh per language for both registers; `older`: the first, shorter notes. */
  readonly source: 'current' | 'older';
  /** Examples that say the same thing (the older lists' translations) share a group; each current one is its own. */
  readonly group: string;
}
