import { L2_IDS } from '../../../playbook/ids';
import type { ClassifierLanguage } from '../language';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import type { FamilyId } from './families';
import { ja } from './ja';
import { ptBR } from './ptBR';
import * as older from './older';
import { REGISTERS, type OlderSet, type ReferenceExample, type ReferenceSet } from './types';
import { zhCN } from './zhCN';

export { FAMILIES } from './families';
export type { FamilyId } from './families';
export { REGISTERS } from './types';
export type { OlderSet, ReferenceExample, ReferenceSet, Register } from './types';

/** The reference descriptions of every language the classifier reads. */
export const EXAMPLES: Readonly<Record<ClassifierLanguage, ReferenceSet>> = {
  en,
  de,
  'zh-CN': zhCN,
  ja,
  'pt-BR': ptBR,
  es,
};

/** The older examples of every language; kept because they add to what the current ones teach (see the README). */
export const OLDER_EXAMPLES: Readonly<Record<ClassifierLanguage, OlderSet>> = {
  en: older.en,
  de: older.de,
  'zh-CN': older.zhCN,
  ja: older.ja,
  'pt-BR': older.ptBR,
  es: older.es,
};

/** One language's current examples as a list, L2 by L2 in the playbook's order, family by family, plain before notes. */
export function flatten(set: ReferenceSet): ReferenceExample[] {
  return L2_IDS.flatMap((l2) =>
    Object.entries<Readonly<Record<(typeof REGISTERS)[number], readonly string[]>>>(set[l2]).flatMap(
      ([family, registers]) =>
        REGISTERS.flatMap((register) =>
          registers[register].map((text) => ({
            text,
            l2,
            family: family as FamilyId,
            register,
            source: 'current' as const,
            group: text,
          })),
        ),
    ),
  );
}

/** One language's older examples as a list; the same position in every language is one group. */
export function flattenOlder(set: OlderSet): ReferenceExample[] {
  return L2_IDS.flatMap((l2) =>
    set[l2].map(([family, text], i) => ({
      text,
      l2,
      family: family,
      register: 'notes' as const,
      source: 'older' as const,
      group: `older:${l2}:${i}`,
    })),
  );
}

/** Every reference example of a language, current and older. */
export function examplesOf(language: ClassifierLanguage): ReferenceExample[] {
  return [...flatten(EXAMPLES[language]), ...flattenOlder(OLDER_EXAMPLES[language])];
}
