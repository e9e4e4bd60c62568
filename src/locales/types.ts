import { PlaybookText } from '../playbook/types';

/** The commands a user can type; `summary csv` and `clear summary` are forms of `summary`. */
export type CommandName = 'start' | 'help' | 'list' | 'explain' | 'summary' | 'clearSummary' | 'language';

/**
 * A message that depends on a count: one form per plural category the language's rules
 * (`Intl.PluralRules`) have, `other` always; English has one and other, Chinese and Japanese other only.
 */
export type Plural = { readonly other: string } & Partial<Record<Exclude<Intl.LDMLPluralRule, 'other'>, string>>;

/** Strings of the bot's own cards and messages; `{name}` marks a placeholder filled by `format`. */
export interface UiText {
  readonly botName: string;
  /** Words a user may type for each command, in this language (matched in any language). */
  readonly commandWords: Readonly<Record<CommandName, readonly string[]>>;
  readonly actions: {
    readonly startTriage: string;
    readonly listL2s: string;
    readonly help: string;
    readonly back: string;
    readonly startOver: string;
    readonly chooseMyself: string;
    readonly useThis: string;
    readonly explain: string;
    readonly tryAgain: string;
    readonly showPhase: string;
    readonly change: string;
    readonly backToResult: string;
    readonly thatsIt: string;
    readonly walkMe: string;
    readonly showAll: string;
    readonly language: string;
    readonly settle: string;
    readonly copyForFtop: string;
    readonly clearSummary: string;
    readonly confirmClear: string;
    readonly cancel: string;
    /** Opens the result's L2 page, which leads back to the result. */
    readonly page: string;
    /** A candidate's button beside its name: short, so the name keeps the room. */
    readonly use: string;
    /** Shows what a result keeps folded: the definition, confirm questions, borders, every FTOP field. */
    readonly details: string;
    /** What a screen reader says for a button that repeats per L2 or per answer. */
    readonly explainL2: string;
    readonly changeAnswer: string;
  };
  readonly answers: { readonly y: string; readonly n: string; readonly u: string; readonly none: string };
  readonly welcome: {
    readonly title: string;
    readonly intro: string;
    /** The fastest path, shown first on welcome and help: describe the blocker. */
    readonly fastest: string;
    readonly more: string;
    readonly channelTip: string;
  };
  readonly help: {
    readonly title: string;
    readonly commands: readonly { readonly command: string; readonly description: string }[];
    readonly cards: string;
    readonly channelTip: string;
  };
  readonly workload: { readonly title: string; readonly prompt: string };
  readonly question: { readonly progress: string; readonly leaning: string };
  readonly result: {
    readonly title: string;
    readonly confidence: Plural;
    readonly chosen: string;
    /** A suggestion accepted as it was ("That's it"): its own confidence. */
    readonly fromDescription: string;
    readonly why: string;
    readonly definition: string;
    readonly scope: string;
    readonly confirm: string;
    readonly workloadQuestions: string;
    readonly notThis: string;
    readonly belongsTo: string;
    readonly ftop: string;
    readonly ftopAll: string;
    readonly notesLine: string;
    readonly notRight: string;
    readonly runnerUp: string;
    /** An unsettled result: it says so and shows the candidates side by side. */
    readonly unsettledTitle: string;
    readonly unsettledIntro: string;
    readonly useCandidate: string;
    /** Delivery's next action once the L2 is known (the playbook's value is "Depends on the L2/L3"). */
    readonly nextAction: string;
    /** An FTOP value as the (English) portal shows it, with the user's language beside. */
    readonly portal: string;
  };
  readonly notes: {
    readonly head: string;
    readonly headWorkload: string;
    readonly withDetails: string;
    readonly withoutDetails: string;
    readonly separator: string;
  };
  readonly choose: { readonly title: string; readonly intro: string; readonly kept: string };
  readonly list: { readonly title: string; readonly intro: string };
  readonly explain: {
    readonly validExamples: string;
    readonly invalidExamples: string;
    readonly confirm: string;
    readonly workloadQuestions: string;
    readonly notFound: string;
    readonly missing: string;
  };
  readonly stale: { readonly title: string; readonly text: string };
  readonly error: { readonly title: string; readonly text: string; readonly message: string };
  readonly suggestion: {
    readonly title: string;
    readonly youWrote: string;
    readonly confidence: string;
    readonly why: string;
    readonly evidenceTerm: string;
    readonly evidenceExample: string;
    readonly alsoPossible: string;
    readonly abstain: string;
    readonly truncated: string;
  };
  readonly language: { readonly title: string; readonly changed: string };
  readonly summary: {
    readonly title: Plural;
    readonly empty: string;
    readonly customer: string;
    readonly workload: string;
    readonly l2: string;
    readonly notes: string;
    readonly confirmedBy: string;
    readonly when: string;
    readonly copyHeading: string;
    readonly csvName: string;
    readonly csvReady: string;
    readonly clearQuestion: string;
    readonly cleared: string;
    readonly kept: string;
    readonly settled: string;
    readonly answeredBy: string;
    readonly unknownCustomer: string;
  };
  /** The message extensions: "Triage this blocker" on a message, and the L2 search. */
  readonly extensions: {
    /** Above a description quoted from someone's message, in place of "You wrote". */
    readonly quoted: string;
    /** In the notes line: where the description came from. */
    readonly from: string;
    readonly fromMessage: string;
    readonly posted: string;
    readonly dialogTitle: string;
    readonly privateIntro: string;
    readonly post: string;
    readonly noText: string;
    /** A search result found by the classifier rather than by name. */
    readonly fits: string;
  };
  /** The review summary's table where files cannot go (channels, group and meeting chats), and the CSV file in a 1:1 chat. */
  readonly files: {
    readonly tsvHeading: string;
    readonly howTo: string;
    readonly declined: string;
    readonly expired: string;
    readonly failed: string;
  };
  readonly notAllowed: string;
  readonly storageDown: string;
}

/** Everything a user reads, in one language. */
export interface LocaleText {
  /** BCP 47 tag for the language's plural and number rules (Intl). */
  readonly locale: string;
  /** The language's own name, for the language picker. */
  readonly languageName: string;
  readonly playbook: PlaybookText;
  readonly ui: UiText;
}
