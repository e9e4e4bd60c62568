import { SpecificWorkloadId } from '../playbook/ids';

/**
 * Names of the two workloads the playbook has questions for, as people write them in any of our
 * languages (product names are not translated, old names included: the German page says OPP).
 */
const NAMES: readonly (readonly [SpecificWorkloadId, RegExp])[] = [
  // Case matters: "the IT teams" is not the product.
  ['teams', /(?<!\bIT )\b(MS ?|Microsoft )?Teams\b/],
  // No \b around the Chinese and Japanese names: \b only sees ASCII word characters.
  [
    'm365-apps',
    /\b(m(icrosoft ?)?365 ?apps|o365 ?pro ?plus|office ?(365 )?pro ?plus|opp|c2r|click[- ]to[- ]run)\b|m(icrosoft ?)?365 ?(应用|アプリ)|office ?アプリ/i,
  ],
];

/** The workload a description names, when it names exactly one; otherwise the walk asks. */
export function workloadIn(text: string): SpecificWorkloadId | undefined {
  const named = NAMES.filter(([, pattern]) => pattern.test(text)).map(([id]) => id);
  return named.length === 1 ? named[0] : undefined;
}
