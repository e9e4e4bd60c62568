import { CJK_CLASS } from '../script';
import { CONCEPT_INDEX, WordToken, fold } from './abbreviations';
import { dismissedRanges } from './dismissal';
import { ClassifierLanguage, LatinLanguage, ScriptCounts, detectLanguage, isSmallTalk, isStopword } from './language';

/** Only the start of a description is read: a blocker is stated up front, and the cost stays bounded. */
export const MAX_CHARS = 2000;

/** One feature of a description: `key` is what the model counts, `surface` the words it came from. */
export interface Feature {
  readonly key: string;
  readonly surface: string;
}

export interface Features {
  readonly language: ClassifierLanguage | null;
  /** Letters and digits read (CJK characters included). */
  readonly characters: number;
  /** Each key once, in reading order. */
  readonly features: readonly Feature[];
  /** Nothing but greetings, thanks, "ok", "test"...: it says nothing about a blocker. */
  readonly smallTalk: boolean;
}

/**
 * Snowball stemmers from nlp.js: the same algorithms as the Snowball project's, about ten times
 * faster than the snowball-stemmers port, which made up most of the classifier's start-up.
 * The packages ship no types; this is the part of their API used here.
 */
type Stemmer = { stemWord(word: string): string };
type StemmerModule = Record<string, new () => Stemmer>;
/* eslint-disable @typescript-eslint/no-require-imports -- untyped CommonJS packages */
const STEMMERS: Readonly<Record<LatinLanguage, Stemmer>> = {
  en: new (require('@nlpjs/lang-en-min') as StemmerModule).StemmerEn(),
  de: new (require('@nlpjs/lang-de') as StemmerModule).StemmerDe(),
  'pt-BR': new (require('@nlpjs/lang-pt') as StemmerModule).StemmerPt(),
  es: new (require('@nlpjs/lang-es') as StemmerModule).StemmerEs(),
};
/* eslint-enable @typescript-eslint/no-require-imports */

const ALPHABETIC = '[\\p{Script=Latin}\\p{Script=Greek}\\p{Script=Cyrillic}\\p{M}\\p{Nd}]+';
/** A run of CJK characters (1), an alphabetic word with inner apostrophes (2), or a clause break. */
const TOKEN = new RegExp(
  `([${CJK_CLASS}]+)|(${ALPHABETIC}(?:'${ALPHABETIC})*)|[.,;:!?()\\[\\]{}"|\\n。，；：！？、（）「」『』【】…]`,
  'gu',
);
const DIGITS = /^\p{N}+$/u;
/** Chinese characters that carry grammar, not meaning: no feature of their own. */
const ZH_STOP_CHARS = new Set(
  '的了是在和与及或也都就还而但并被把对从到为以之其这那有个等中上下后前会要能可将已让给着过吗呢吧啊'.split(''),
);

/** Words this short are their own stem; skipping them saves stemmer calls, the bulk of start-up. */
const SHORT_WORD = 4;
/** Stems remembered by one tokenizer; a long-running bot reads unbounded vocabulary. */
const CACHED_STEMS = 100_000;

/**
 * Turns descriptions into features. One per classifier: it keeps the word segmenters and the stems
 * it worked out, which make up most of the cost of reading a description.
 */
export class Tokenizer {
  private readonly stems = new Map<string, string>();
  private readonly segmenters = {
    zh: new Intl.Segmenter('zh', { granularity: 'word' }),
    ja: new Intl.Segmenter('ja', { granularity: 'word' }),
  };
  /** Word segmenters by language, for where a reader sees words begin (see wordStarts). */
  private readonly wordSegmenters = new Map<string, Intl.Segmenter>();

  /** Where words begin in `text`, and its end, as `Intl.Segmenter` reads it in `language`. */
  wordStarts(text: string, language: string | null): Set<number> {
    const key = language ?? '';
    let segmenter = this.wordSegmenters.get(key);
    if (!segmenter) {
      segmenter = new Intl.Segmenter(language ?? undefined, { granularity: 'word' });
      this.wordSegmenters.set(key, segmenter);
    }
    const starts = new Set<number>([text.length]);
    for (const { index } of segmenter.segment(text)) starts.add(index);
    return starts;
  }

  /**
   * The features of a description. Latin-script words: concepts of the abbreviation table (longest
   * phrase first), otherwise stems of the non-function words, plus bigrams of neighbouring ones within
   * a clause. CJK runs: concepts, the words `Intl.Segmenter` finds, and character bigrams, which catch
   * the compounds the segmenter splits (带宽 comes out as 带 + 宽).
   */
  extract(text: string): Features {
    const clean = cleanText(text);
    const { segments, script } = segment(clean);
    const words = segments.filter((s) => s.kind === 'word').map((w) => w.text.toLowerCase());
    const cjk = segments.filter((s) => s.kind === 'cjk').map((s) => s.text);
    const language = detectLanguage(script, words);
    const latin: LatinLanguage = language === 'de' || language === 'pt-BR' || language === 'es' ? language : 'en';
    const list = new FeatureList(clean, dismissedRanges(clean));

    let i = 0;
    while (i < segments.length) {
      if (segments[i].kind === 'cjk') {
        list.endClause();
        for (const piece of list.pieces(segments[i])) {
          list.setAside(piece.start);
          this.addCjk(list, piece.text, language === 'ja' ? 'ja' : 'zh');
        }
        i++;
        continue;
      }
      // A stretch of Latin words up to the next CJK run: the concept matcher looks ahead within it.
      let end = i;
      while (end < segments.length && segments[end].kind === 'word') end++;
      this.addLatin(list, segments.slice(i, end), latin);
      i = end;
    }
    list.addConceptPairs();
    return {
      language,
      characters: script.han + script.kana + script.latin,
      features: list.features,
      smallTalk: isSmallTalk(words, cjk),
    };
  }

  private stem(language: LatinLanguage, word: string): string {
    if (word.length <= SHORT_WORD) return word;
    const key = `${language}|${word}`;
    let stemmed = this.stems.get(key);
    if (stemmed === undefined) {
      stemmed = STEMMERS[language].stemWord(word);
      if (this.stems.size > CACHED_STEMS) this.stems.clear();
      this.stems.set(key, stemmed);
    }
    return stemmed;
  }

  private addLatin(list: FeatureList, segments: readonly Segment[], language: LatinLanguage): void {
    const tokens: WordToken[] = segments.map((s) => ({
      folded: fold(s.text),
      original: s.text,
      breakBefore: s.breakBefore,
    }));
    let i = 0;
    while (i < tokens.length) {
      if (tokens[i].breakBefore) list.endClause();
      list.setAside(segments[i].start);
      const match = CONCEPT_INDEX.matchLatin(tokens, i);
      if (match) {
        const last = segments[i + match.length - 1];
        list.addWord(match.concept, segments[i].start, last.end);
        if (match.partial) list.add(this.stem(language, tokens[i].original.toLowerCase()), tokens[i].original);
        i += match.length;
        continue;
      }
      const lower = tokens[i].original.toLowerCase();
      if (lower.length > 1 && !DIGITS.test(lower) && !isStopword(language, lower))
        list.addWord(this.stem(language, lower), segments[i].start, segments[i].end);
      i++;
    }
    list.endClause();
  }

  private addCjk(list: FeatureList, run: string, locale: 'zh' | 'ja'): void {
    for (const { concept, text } of CONCEPT_INDEX.matchCjk(run)) list.add(concept, text);
    for (const { segment: word, isWordLike } of this.segmenters[locale].segment(run)) {
      if (!isWordLike) continue;
      if (
        locale === 'zh'
          ? word.length === 1 && ZH_STOP_CHARS.has(word)
          : word.length <= 2 && [...word].every((c) => isHiragana(c.charCodeAt(0)))
      )
        continue;
      list.add(`w:${word}`, word);
    }
    // Japanese grammar is written in hiragana, so its bigrams come from kanji and katakana only.
    const skip =
      locale === 'zh' ? (char: string) => ZH_STOP_CHARS.has(char) : (char: string) => isHiragana(char.charCodeAt(0));
    const chars = [...run];
    for (let k = 0; k + 1 < chars.length; k++) {
      if (skip(chars[k]) || skip(chars[k + 1])) continue;
      const pair = chars[k] + chars[k + 1];
      list.add(`b:${pair}`, pair);
    }
  }
}

/** How many of the following concepts each concept is paired with: an actor and what it lacks are close. */
const PAIR_REACH = 3;

/** Marks the features of a set-aside clause (dismissal.ts): "~" + key. */
const ASIDE = '~';

/** Collects features once per key, and the word bigrams of a clause. */
class FeatureList {
  readonly features: Feature[] = [];
  private readonly seen = new Set<string>();
  private previous: { readonly key: string; readonly start: number } | undefined;
  private aside = false;

  /** `text` is the cleaned description that word positions refer to; `dismissed`, its set-aside clauses. */
  constructor(
    private readonly text: string,
    private readonly dismissed: readonly (readonly [number, number])[],
  ) {}

  /** Whether what is read next, at this position of the text, lies in a set-aside clause. */
  setAside(position: number): void {
    const aside = this.dismissed.some(([start, end]) => position >= start && position < end);
    if (aside !== this.aside) this.endClause();
    this.aside = aside;
  }

  /** A CJK run cut where a set-aside clause starts or ends inside it. */
  pieces(segment: { readonly text: string; readonly start: number }): { text: string; start: number }[] {
    const cuts = this.dismissed
      .flatMap(([start, end]) => [start, end])
      .filter((at) => at > segment.start && at < segment.start + segment.text.length);
    const edges = [segment.start, ...cuts, segment.start + segment.text.length];
    return edges
      .slice(0, -1)
      .map((start, k) => ({ text: segment.text.slice(start - segment.start, edges[k + 1] - segment.start), start }))
      .filter((piece) => piece.text.length > 0);
  }

  add(key: string, surface: string): void {
    const marked = this.aside ? ASIDE + key : key;
    if (this.seen.has(marked)) return;
    this.seen.add(marked);
    this.features.push({ key: marked, surface });
  }

  /** A content word of a Latin clause at [start, end): itself, and with the one before it (as written, words between included). */
  addWord(key: string, start: number, end: number): void {
    this.add(key, this.text.slice(start, end));
    if (this.previous) this.add(`${this.previous.key}_${key}`, this.text.slice(this.previous.start, end));
    this.previous = { key, start };
  }

  endClause(): void {
    this.previous = undefined;
  }

  /**
   * Pairs of concepts near each other (each with the next PAIR_REACH), whatever words lie between: who the subject is decides
   * the L2 ("partner" × "skills" is partner engagement, "IT" × "skills" IT change management,
   * "users" × "training" adoption), and the pair carries that across languages and word order.
   */
  addConceptPairs(): void {
    const concepts = this.features.filter((f) => f.key.startsWith('#') && !f.key.includes('_'));
    for (let i = 0; i < concepts.length; i++) {
      for (let j = i + 1; j < Math.min(concepts.length, i + 1 + PAIR_REACH); j++) {
        const [x, y] = [concepts[i], concepts[j]].sort((p, q) => (p.key < q.key ? -1 : 1));
        this.add(`${x.key}&${y.key}`, `${concepts[i].surface} … ${concepts[j].surface}`);
      }
    }
  }
}

/** Cleans what people paste: control and format characters become spaces, curly apostrophes straight. */
function cleanText(text: string): string {
  return text
    .slice(0, MAX_CHARS)
    .normalize('NFKC')
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/gu, (c) => (c === '\n' ? '\n' : ' '))
    .replace(/[’‘`´]/g, "'");
}

interface Segment {
  readonly kind: 'cjk' | 'word';
  readonly text: string;
  readonly breakBefore: boolean;
  /** Where it is in the cleaned text, so a phrase shows as written ("add-in", "waiting on new"). */
  readonly start: number;
  readonly end: number;
}

function isKana(code: number): boolean {
  return code >= 0x3040 && code <= 0x30ff;
}

function isHiragana(code: number): boolean {
  return code >= 0x3040 && code <= 0x309f;
}

function segment(text: string): { segments: Segment[]; script: ScriptCounts } {
  const segments: Segment[] = [];
  let han = 0;
  let kana = 0;
  let latin = 0;
  let breakBefore = true;
  for (const match of text.matchAll(TOKEN)) {
    const [whole, cjk, word] = match;
    const start = match.index ?? 0;
    const end = start + whole.length;
    if (cjk !== undefined) {
      for (let k = 0; k < cjk.length; k++) if (isKana(cjk.charCodeAt(k))) kana++;
      han += cjk.length;
      segments.push({ kind: 'cjk', text: cjk, breakBefore: true, start, end });
      breakBefore = true;
    } else if (word !== undefined) {
      latin += word.length;
      segments.push({ kind: 'word', text: word, breakBefore, start, end });
      breakBefore = false;
    } else breakBefore = true;
  }
  return { segments, script: { han: han - kana, kana, latin } };
}
