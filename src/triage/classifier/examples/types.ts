import { L2Id } from '../../../playbook/ids';

/**
 * Blocker descriptions written the way FMs and partners write them in FTOP notes, filed under the
 * L2 they belong to (near-misses sit under their true L2). Every fifth description of each L2
 * (index 4, 9, 14, ...) is held out of the reference set and used only by `npm run eval`.
 */
export type ReferenceExamples = Readonly<Record<L2Id, readonly string[]>>;
