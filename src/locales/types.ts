import { PlaybookText } from '../playbook/types';

/** Strings of the bot's own cards and messages; `{name}` marks a placeholder filled by `format`. */
export interface UiText {
  readonly botName: string;
  /** Words a user may type for each command, in this language (matched in any language). */
  readonly commandWords: Readonly<Record<'start' | 'help' | 'list' | 'explain', readonly string[]>>;
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
  };
  readonly answers: { readonly y: string; readonly n: string; readonly u: string };
  readonly welcome: { readonly title: string; readonly intro: string; readonly channelTip: string };
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
    readonly confidence: string;
    readonly chosen: string;
    readonly lowConfidence: string;
    readonly why: string;
    readonly noAnswers: string;
    readonly definition: string;
    readonly scope: string;
    readonly confirm: string;
    readonly workloadQuestions: string;
    readonly notThis: string;
    readonly belongsTo: string;
    readonly ftop: string;
    readonly notesLine: string;
    readonly notRight: string;
    readonly runnerUp: string;
  };
  readonly notes: { readonly line: string; readonly separator: string; readonly noFindings: string };
  readonly choose: { readonly title: string; readonly intro: string };
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
  readonly unknown: string;
}

/** Everything a user reads, in one language. */
export interface LocaleText {
  /** The language's own name, for the language picker. */
  readonly languageName: string;
  readonly playbook: PlaybookText;
  readonly ui: UiText;
}
