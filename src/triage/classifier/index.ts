/**
 * Suggests the L2 of a free-text blocker description, in any of the six languages, from reference
 * examples and the playbook's own text. Pure and deterministic: no network, no downloaded model.
 * See model.ts for the method and abbreviations.ts for the term table.
 */
import { L2_IDS, L2Id } from '../../playbook/ids';
import { examplesOf, type ReferenceExample } from './examples';
import { CLASSIFIER_LANGUAGES, ClassifierLanguage } from './language';
import { Method, Model, Scores, TrainingText } from './model';
import { readSnapshot } from './snapshot';
import { exampleTexts, playbookTexts, splitExamples } from './sources';
import { MAX_CHARS, Tokenizer } from './tokenize';

export type { ClassifierLanguage } from './language';
export { CLASSIFIER_LANGUAGES } from './language';
export type { ReferenceExample } from './examples';
export type { Method, TrainingText } from './model';
export { METHODS } from './model';
export { EXAMPLES, FAMILIES, REGISTERS, examplesOf, flatten } from './examples';
export { isHeldOut, playbookTexts, splitExamples } from './sources';
export { MAX_CHARS } from './tokenize';

export interface Evidence {
  readonly kind: 'term' | 'example';
  /** The words of the description (term), or the reference example (example). */
  readonly text: string;
  readonly l2: L2Id;
  /** Its share of the first candidate's score, in logit units; terms and examples compare. */
  readonly weight: number;
}

export interface Classification {
  readonly text: string;
  /** Null when there is nothing to read, or it is in a language the classifier does not read (it then abstains). */
  readonly language: ClassifierLanguage | null;
  /**
   * Null when the classifier abstains: only when the text says nothing about a blocker. A vague or
   * hedged description still gets its first candidate, with the (low) confidence it deserves.
   */
  readonly l2: L2Id | null;
  /** Probability that the first candidate is right, 0..1. */
  readonly confidence: number;
  /** All eight L2s, most likely first; `score` is the probability. */
  readonly candidates: readonly { readonly l2: L2Id; readonly score: number }[];
  /** Why the first candidate, most weighty first. */
  readonly evidence: readonly Evidence[];
  /** Only the first MAX_CHARS characters were read. */
  readonly truncated: boolean;
}

const EVIDENCE_TERMS = 3;
const EVIDENCE_EXAMPLES = 2;
/** Fewer letters or digits than this is not a description ("?", "a", an emoji). */
const MIN_CHARACTERS = 2;

/** Training texts: the given examples and the playbook's text (definitions, scopes, questions, examples). */
export function trainingTexts(
  examples: readonly ReferenceExample[],
  playbook: readonly TrainingText[] = playbookTexts(),
): TrainingText[] {
  return [...exampleTexts(examples), ...playbook];
}

/** What the bot and the CLI learn from: the reference part of every language's examples, and the playbook. */
export function defaultTrainingTexts(): TrainingText[] {
  return trainingTexts(CLASSIFIER_LANGUAGES.flatMap((language) => splitExamples(examplesOf(language)).reference));
}

export function trainModel(
  texts: readonly TrainingText[],
  tokenizer: Tokenizer = new Tokenizer(),
  method?: Method,
): Model {
  return Model.train(texts, (text) => tokenizer.extract(text), method);
}

export class Classifier {
  constructor(
    private readonly model: Model,
    private readonly tokenizer: Tokenizer,
  ) {}

  static fromExamples(
    examples: readonly ReferenceExample[],
    playbook?: readonly TrainingText[],
    method?: Method,
  ): Classifier {
    const tokenizer = new Tokenizer();
    return new Classifier(trainModel(trainingTexts(examples, playbook), tokenizer, method), tokenizer);
  }

  classify(text: string): Classification {
    const input = typeof text === 'string' ? text : '';
    const truncated = input.length > MAX_CHARS;
    const features = this.tokenizer.extract(input);
    const scores = this.model.score(features);
    const candidates = L2_IDS.map((l2, c) => ({ l2, score: scores.probabilities[c] })).sort(
      (x, y) => y.score - x.score,
    );
    const first = candidates[0];
    // Nothing to go on: no letters, a language the examples do not cover, no word the model knows,
    // or only greetings and thanks. Anything else is a description, however unsure it makes us.
    const answers =
      features.language !== null && features.characters >= MIN_CHARACTERS && scores.known > 0 && !features.smallTalk;
    return {
      text: input,
      language: features.language,
      l2: answers ? first.l2 : null,
      confidence: first.score,
      candidates,
      evidence:
        scores.known > 0
          ? evidence(scores.explain(first.l2), first.l2, wholeWords(input, features.language, this.tokenizer))
          : [],
      truncated,
    };
  }
}

function evidence(explained: ReturnType<Scores['explain']>, l2: L2Id, words: (surface: string) => boolean): Evidence[] {
  // A bigram and its own words say the same thing: keep the weightiest of overlapping surfaces.
  const terms: Evidence[] = [];
  for (const term of explained.terms) {
    if (terms.length === EVIDENCE_TERMS) break;
    const surface = term.surface.toLowerCase();
    if (!words(surface)) continue;
    if (terms.some((t) => t.text.toLowerCase().includes(surface) || surface.includes(t.text.toLowerCase()))) continue;
    terms.push({ kind: 'term', text: term.surface, l2, weight: term.weight });
  }
  const examples = explained.neighbours
    .slice(0, EVIDENCE_EXAMPLES)
    .map((n): Evidence => ({ kind: 'example', text: n.text, l2, weight: n.weight }));
  return [...terms, ...examples].sort((x, y) => y.weight - x.weight);
}

/**
 * Whether a surface, where the text has it, is whole words of it: a character pair that straddles
 * two Chinese or Japanese words ("宽不" in "带宽不足") means nothing to a reader. A surface the text
 * does not contain as it stands (a concept's canonical form) is not judged here.
 */
function wholeWords(
  text: string,
  language: ClassifierLanguage | null,
  tokenizer: Tokenizer,
): (surface: string) => boolean {
  const lower = text.toLowerCase();
  const bounds = tokenizer.wordStarts(lower, language);
  return (surface) => {
    let found = false;
    for (let at = lower.indexOf(surface); at !== -1; at = lower.indexOf(surface, at + 1)) {
      if (bounds.has(at) && bounds.has(at + surface.length)) return true;
      found = true;
    }
    return !found;
  };
}

/**
 * The classifier of the bot and the CLI, from the reference part of every language's examples (the
 * held-out fifth stays unseen, so `eval` measures it honestly) and the playbook text of every
 * registered locale: loaded from the build's snapshot when it matches, trained here otherwise.
 * Each call makes a new one; whoever assembles the app makes it once and passes it on.
 */
export function loadClassifier(): Classifier {
  const texts = defaultTrainingTexts();
  const tokenizer = new Tokenizer();
  return new Classifier(readSnapshot(texts) ?? trainModel(texts, tokenizer), tokenizer);
}
