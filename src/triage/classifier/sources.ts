import { LOCALES, LocaleText } from '../../locales';
import { L2_IDS } from '../../playbook/ids';
import { QUESTIONS } from '../../playbook/questions';
import type { ReferenceExample } from './examples';
import { ClassifierLanguage, CLASSIFIER_LANGUAGES } from './language';
import type { TrainingText } from './model';

/**
 * Every fifth example of each L2 in a language (index 4, 9, 14, ... within the L2, counted separately
 * in the current and the older examples) is kept out of training, for evaluation.
 */
export function isHeldOut(index: number): boolean {
  return index % 5 === 4;
}

/** The reference (training) part and the held-out (test) part of one language's examples. */
export function splitExamples(examples: readonly ReferenceExample[]): {
  readonly reference: readonly ReferenceExample[];
  readonly heldOut: readonly ReferenceExample[];
} {
  const reference: ReferenceExample[] = [];
  const heldOut: ReferenceExample[] = [];
  const seen = new Map<string, number>();
  for (const example of examples) {
    const key = `${example.source}:${example.l2}`;
    const index = seen.get(key) ?? 0;
    seen.set(key, index + 1);
    (isHeldOut(index) ? heldOut : reference).push(example);
  }
  return { reference, heldOut };
}

/** The examples as training texts. */
export function exampleTexts(examples: readonly ReferenceExample[]): TrainingText[] {
  return examples.map(({ text, l2, group }) => ({ text, l2, kind: 'example' as const, group }));
}

/** Clauses that say what an L2 is not ("It is NOT related to people"): they would teach the opposite. */
const NEGATED_CLAUSE: Readonly<Record<ClassifierLanguage, RegExp>> = {
  en: /(?<!\p{L})(not|never|rather than)(?!\p{L})/iu,
  de: /(?<!\p{L})(nicht|nie|kein\p{L}*|statt|anstatt)(?!\p{L})/iu,
  'zh-CN': /无关|并非|不是|而非|而不|绝不|没有直接关系|不涉及/u,
  ja: /ではな|ではあり|関係な|関係しな|ありません|しない/u,
  'pt-BR': /(?<!\p{L})(não|nunca|nem|em vez de)(?!\p{L})/iu,
  es: /(?<!\p{L})(no|nunca|ni|en lugar de|en vez de)(?!\p{L})/iu,
};

function positiveClauses(scope: string, language: ClassifierLanguage): string {
  return scope
    .split(/[.;:,。；：，]/u)
    .filter((clause) => !NEGATED_CLAUSE[language].test(clause))
    .join('. ');
}

/**
 * The playbook's own words, from every language the bot speaks: each L2's definition, the positive
 * part of its scope note and its confirm questions (with what a "Yes" establishes) add word
 * statistics; its valid examples, and the invalid ones under the L2 they belong to, are examples.
 */
export function playbookTexts(locales: Readonly<Record<string, LocaleText>> = LOCALES): TrainingText[] {
  const texts: TrainingText[] = [];
  for (const [id, locale] of Object.entries(locales)) {
    const language = (CLASSIFIER_LANGUAGES as readonly string[]).includes(id) ? (id as ClassifierLanguage) : 'en';
    const { l2: pages, questions } = locale.playbook;
    for (const l2 of L2_IDS) {
      const page = pages[l2];
      texts.push({ text: page.definition, l2, kind: 'definition' });
      const scope = positiveClauses(page.scope, language);
      if (scope.trim()) texts.push({ text: scope, l2, kind: 'definition' });
      page.validExamples.forEach((text, i) => texts.push({ text, l2, kind: 'example', group: `${l2}:valid:${i}` }));
      page.invalidExamples.forEach((invalid, i) =>
        texts.push({ text: invalid.text, l2: invalid.belongsTo, kind: 'example', group: `${l2}:invalid:${i}` }),
      );
    }
    for (const question of QUESTIONS) {
      if (!('owner' in question)) continue;
      const { ask, finding } = questions[question.id];
      texts.push({ text: `${ask} ${finding}`, l2: question.owner, kind: 'definition' });
    }
  }
  return texts;
}
