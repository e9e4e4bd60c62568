import { FixedFtopFieldId, FtopFieldId, L2Id, PhaseId, WorkloadId } from './ids';
import { KindOption, QuestionId } from './questions';

/** One L2's page of the playbook, in one language. */
export interface L2Text {
  readonly name: string;
  readonly definition: string;
  /** The playbook's border: what the problem must (not) be about for this L2. */
  readonly scope: string;
  readonly validExamples: readonly string[];
  /** Examples that look like this L2 but belong to another one. */
  readonly invalidExamples: readonly { readonly text: string; readonly belongsTo: L2Id }[];
}

export interface QuestionText {
  /** The question as the card asks it. */
  readonly ask: string;
  /** What a "Yes" (or picking it as a detail) establishes, as a phrase for the notes line; not for choice questions. */
  readonly finding?: string;
  /** An L2's own fact as a button of its detail question: short, it must fit a phone's width. */
  readonly option?: string;
}

/** The playbook's content in one language. */
export interface PlaybookText {
  readonly l1: { readonly name: string; readonly definition: string };
  readonly l2: Readonly<Record<L2Id, L2Text>>;
  readonly questions: Readonly<Record<QuestionId, QuestionText>>;
  /** The kind question's options: a short button title, a hint of what it covers, what picking it establishes. */
  readonly kindOptions: Readonly<
    Record<KindOption, { readonly title: string; readonly hint: string; readonly finding: string }>
  >;
  readonly workloads: Readonly<Record<WorkloadId, string>>;
  readonly phases: Readonly<Record<PhaseId, { readonly name: string; readonly situation: string }>>;
  readonly ftop: {
    readonly labels: Readonly<Record<FtopFieldId, string>>;
    /** The overview's entitlement table; the L2 and notes are filled in by the bot. */
    readonly values: Readonly<Record<PhaseId, Readonly<Record<FixedFtopFieldId, string>>>>;
  };
}
