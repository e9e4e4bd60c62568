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
 * Function words of the languages nearest to ours that we do not read (French, Italian, Dutch). They
 * vote like ours, shared words for every language that has them, so a French note is recognised as
 * French rather than read as Spanish because it shares "le" and "la" with it.
 */
const FOREIGN: Readonly<Record<'fr' | 'it' | 'nl', ReadonlySet<string>>> = {
  fr: new Set(
    (
      "le la les un une des du de et ou mais est sont était ont a pas ne n'est plus pour avec dans sur au aux " +
      'toujours encore nous vous ils elles qui que cette ce ces son sa ses leur leurs très aussi depuis sans chez ' +
      'il elle y en être avoir fait peut doit attend attendent'
    ).split(' '),
  ),
  it: new Set(
    (
      'il lo la gli le un una uno di del della dello dei degli delle e ed o ma è sono era ha hanno non per con su ' +
      'nel nella nei al alla ai che questo questa anche ancora perché sempre molto più già senza'
    ).split(' '),
  ),
  nl: new Set(
    (
      'de het een en of maar is zijn was waren heeft hebben niet geen nog voor met op in aan bij van naar dat dit ' +
      'deze die er ook al wel wordt worden kan moet wacht wachten klant klanten'
    ).split(' '),
  ),
};

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
  const foreign = Math.max(...Object.values(FOREIGN).map((words) => lowerWords.filter((w) => words.has(w)).length));
  return foreign > 0 && foreign > (scores.get(best) ?? 0) ? null : best;
}

/**
 * What people say to a bot that is not a blocker: greetings, thanks, "ok", "test", in the six
 * languages. A message of nothing but these (and function words) says nothing about a blocker.
 */
const SMALL_TALK_WORDS: ReadonlySet<string> = new Set(
  (
    'hello hi hey hiya yo good morning afternoon evening day night thanks thank thx ty cheers please pls ok okay ' +
    'yes yeah yep no nope sure great cool nice fine bye welcome again test testing ping hmm lol team all everyone ' +
    'folks guys bot doing what whats up ' +
    'hallo moin servus guten morgen tag abend danke vielen dank bitte ja nein gut tschüss zusammen alle ' +
    'olá ola oi bom boa dia tarde noite obrigado obrigada valeu sim não tudo bem teste pessoal equipe ' +
    'hola buenos buenas días tardes noches gracias sí vale prueba qué tal equipo todos'
  ).split(' '),
);
const SMALL_TALK_CJK = [
  '你好',
  '您好',
  '大家好',
  '早上好',
  '晚上好',
  '谢谢',
  '多谢',
  '测试',
  '好的',
  '在吗',
  'こんにちは',
  'こんばんは',
  'おはようございます',
  'おはよう',
  'ありがとうございます',
  'ありがとう',
  'お疲れ様です',
  'よろしくお願いします',
  'テスト',
];
/** What may be left of a CJK run once its small talk is taken out: particles, not content. */
const CJK_PARTICLES = /[\p{Script=Hiragana}吗呢啊吧的了们呀哈嗨]/gu;

/** True when the words and CJK runs of a message are all small talk or function words. */
export function isSmallTalk(lowerWords: readonly string[], cjkRuns: readonly string[]): boolean {
  if (lowerWords.length === 0 && cjkRuns.length === 0) return false;
  const latin = lowerWords.every(
    (word) => SMALL_TALK_WORDS.has(word) || LATIN_LANGUAGES.some((language) => STOPWORDS[language].has(word)),
  );
  return (
    latin &&
    cjkRuns.every(
      (run) =>
        SMALL_TALK_CJK.reduce((rest, phrase) => rest.split(phrase).join(''), run).replace(CJK_PARTICLES, '') === '',
    )
  );
}
