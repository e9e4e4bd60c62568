/** Which language a description is written in, from its script and its function words. */

export type ClassifierLanguage = 'en' | 'de' | 'zh-CN' | 'ja' | 'pt-BR' | 'es';
export const CLASSIFIER_LANGUAGES: readonly ClassifierLanguage[] = ['en', 'de', 'zh-CN', 'ja', 'pt-BR', 'es'];

export type LatinLanguage = 'en' | 'de' | 'pt-BR' | 'es';
const LATIN_LANGUAGES: readonly LatinLanguage[] = ['en', 'de', 'pt-BR', 'es'];

/**
 * Function words, which carry no L2 and double as the language detector for Latin script.
 * Negations ("not", "nicht", "não", "no"...) are kept out on purpose: "no partner" and
 * "not trained" say something. Customer words are here too: every note is about a customer.
 */
const STOPWORDS: Readonly<Record<LatinLanguage, ReadonlySet<string>>> = {
  en: new Set(
    (
      'a an the and or but of to in on at for with by from as is are was were be been being has have had do does did ' +
      'this that these those it its they them their we our us you your he she his her i me my there here so if then than ' +
      'also too very will would should can could may might must shall about into over under until till before after up ' +
      'out just still yet some any all each other which who whom what when where why how due per via etc eg am ' +
      "they're it's cx customer customers cust customer's"
    ).split(' '),
  ),
  de: new Set(
    (
      'der die das den dem des ein eine einen einem einer eines und oder aber von zu zum zur im in am an auf für mit bei ' +
      'aus nach vor über unter bis ist sind war waren wird werden wurde wurden hat haben hatte hatten sein seine seinen ' +
      'seiner ihr ihre ihren ihrem es er sie wir man sich dass daß auch noch schon nur sehr so wie als wenn weil da dann ' +
      'dies diese dieser dieses diesem kann können muss müssen soll sollen will wollen durch um beim vom ins erst ' +
      'derzeit aktuell bereits wegen damit dort hier kunde kunden kundin'
    ).split(' '),
  ),
  'pt-BR': new Set(
    (
      'o a os as um uma uns umas de do da dos das em no na nos nas por pelo pela pelos pelas para com e ou mas que se é ' +
      'são foi era está estão estava ser ter tem têm tinha há ao aos à às seu sua seus suas isso isto este esta esse essa ' +
      'ele ela eles elas muito mais já ainda também como quando porque pois até antes depois cliente clientes'
    ).split(' '),
  ),
  es: new Set(
    (
      'el la los las un una unos unas de del al a en y o pero que se es son fue era está están estaba ser estar por para ' +
      'con su sus lo le les este esta estos estas ese esa esos esas muy más ya también como cuando porque hasta antes ' +
      'después hay ha han cliente clientes'
    ).split(' '),
  ),
};

/** Words that tell the language apart but are not function words (negations, common verbs). */
const MARKERS: Readonly<Record<LatinLanguage, ReadonlySet<string>>> = {
  en: new Set(['not', 'no', "can't", "doesn't", "don't", 'need', 'needs', 'waiting']),
  de: new Set(['nicht', 'kein', 'keine', 'keinen', 'noch', 'wartet', 'fehlt', 'braucht']),
  'pt-BR': new Set(['não', 'tem', 'nem', 'ainda', 'precisa', 'aguarda', 'aguardando']),
  es: new Set(['no', 'tiene', 'tienen', 'sin', 'aún', 'todavía', 'necesita', 'espera', 'esperando']),
};

/** Letters that only one of the Latin languages uses, as a tie-breaker for short notes. */
const DISTINCT_LETTERS: readonly (readonly [RegExp, LatinLanguage])[] = [
  [/[äöüß]/, 'de'],
  [/[ãõç]/, 'pt-BR'],
  [/[ñ¿¡]/, 'es'],
];

/** How many characters of each script a text has; Latin also counts the other alphabets and digits. */
export interface ScriptCounts {
  readonly han: number;
  readonly kana: number;
  readonly latin: number;
}

export function isStopword(language: LatinLanguage, word: string): boolean {
  return STOPWORDS[language].has(word) || STOPWORDS.en.has(word);
}

/**
 * The language of a description: Chinese or Japanese when CJK characters carry at least as much of
 * the text as Latin letters do (a CJK character says about as much as two or three letters; kana
 * means Japanese), else the Latin language whose function words it uses most (English on a tie).
 * Null when there is no letter at all (emoji, punctuation), or when the function words are those of
 * a language we do not read.
 */
/**
 * Function words of languages we do not read (French, Italian, Dutch), less any word one of ours
 * uses too: a note in French is recognised as foreign instead of being read as Spanish.
 */
const FOREIGN: ReadonlySet<string> = new Set(
  (
    'le les des du et est pas ne pour avec dans sur au aux toujours encore nous vous qui cette sont mais très ' +
    'il lo gli della dello degli che non sono ancora anche perché het een niet nog wordt zijn'
  )
    .split(' ')
    .filter((word) =>
      LATIN_LANGUAGES.every((language) => !STOPWORDS[language].has(word) && !MARKERS[language].has(word)),
    ),
);

/** Per lower-case word, the Latin languages it counts for (stopword or marker). */
const VOTES: ReadonlyMap<string, readonly LatinLanguage[]> = (() => {
  const votes = new Map<string, LatinLanguage[]>();
  for (const language of LATIN_LANGUAGES) {
    for (const word of [...STOPWORDS[language], ...MARKERS[language]]) {
      const list = votes.get(word) ?? [];
      if (!list.includes(language)) list.push(language);
      votes.set(word, list);
    }
  }
  return votes;
})();

/**
 * The language of a description: Chinese or Japanese when CJK characters carry at least as much of
 * the text as Latin letters do (a CJK character says about as much as two or three letters; kana
 * means Japanese), else the Latin language whose function words it uses most (English on a tie).
 * Null when there is no letter at all (emoji, punctuation), or when the function words are those of
 * a language we do not read.
 */
export function detectLanguage(script: ScriptCounts, lowerWords: readonly string[]): ClassifierLanguage | null {
  const cjk = script.han + script.kana;
  if (cjk === 0 && script.latin === 0) return null;
  if (cjk * 2 >= script.latin) return script.kana > 0 ? 'ja' : 'zh-CN';
  const scores = new Map<LatinLanguage, number>();
  for (const word of lowerWords)
    for (const language of VOTES.get(word) ?? []) scores.set(language, (scores.get(language) ?? 0) + 1);
  const joined = lowerWords.join(' ');
  for (const [letters, owner] of DISTINCT_LETTERS)
    if (letters.test(joined)) scores.set(owner, (scores.get(owner) ?? 0) + 2);
  let best: LatinLanguage = 'en';
  for (const language of LATIN_LANGUAGES) if ((scores.get(language) ?? 0) > (scores.get(best) ?? 0)) best = language;
  const foreign = lowerWords.filter((word) => FOREIGN.has(word)).length;
  return foreign > 0 && foreign >= (scores.get(best) ?? 0) ? null : best;
}
