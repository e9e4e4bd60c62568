import { L2Id, SpecificWorkloadId, WorkloadId } from './ids';

/**
 * The walk's questions: the playbook's triage facts, one fact each, in one place. Their wording,
 * per language, is in src/locales; how likely each answer is for each L2 is measured, not guessed
 * (answerLikelihoods.json, estimated from case sheets by `npm run estimate:walk`).
 *
 * - The `choice` question comes first: the kind of blocker in the customer's terms, one option per
 *   L2 family, or Not sure. A user who roughly knows where the problem lies gets there in a click.
 * - `scope` questions ask the same borders as yes/no facts, for a user who answered Not sure to the
 *   kind; once a kind was picked they would only repeat it, so they are not asked.
 * - `confirm` questions are each L2's own facts (the playbook's "questions to ask the customer", and
 *   the families of its definition); `workload` ones are the seed's workload-specific questions,
 *   only for that workload. They are not asked one by one: once an L2 leads, its `detail` question
 *   offers them all as buttons ("What about the partner?"), and the one picked confirms the L2 and
 *   goes into the notes line. One click instead of a row of No's.
 * - `followup` questions are what the playbook says to ask the customer once the L2 is known (is it
 *   logged, is there a workaround, what do competitors offer): the result lists them, the walk
 *   does not ask them.
 */
export type QuestionKind = 'choice' | 'scope' | 'detail' | 'confirm' | 'workload' | 'followup';

export interface QuestionDef {
  readonly id: string;
  readonly kind: QuestionKind;
  /** The L2 whose playbook page the question comes from (confirm and workload questions). */
  readonly owner?: L2Id;
  readonly workload?: SpecificWorkloadId;
}

const INF = 'customer-it-infrastructure-remediation';
const ITCM = 'it-change-management-resourcing';
const ADO = 'adoption-readiness';
const PFC = 'product-feature-capability';
const APP = 'app-compatibility';
const PAR = 'partner-engagement';
const BIL = 'billing-licensing-subscription';
const REL = 'service-reliability';

/** The options of the kind question, each naming the L2 family it is about in the customer's terms. */
export const KIND_OPTIONS = {
  environment: INF,
  'it-org': ITCM,
  users: ADO,
  'service-gap': PFC,
  apps: APP,
  partner: PAR,
  licensing: BIL,
  trust: REL,
} as const satisfies Record<string, L2Id>;
export type KindOption = keyof typeof KIND_OPTIONS;
export const KIND_QUESTION = 'kind';

export const QUESTIONS = [
  { id: KIND_QUESTION, kind: 'choice' },

  // Once an L2 leads: which of its facts it is.
  { id: 'detail-infrastructure', kind: 'detail', owner: INF },
  { id: 'detail-it-team', kind: 'detail', owner: ITCM },
  { id: 'detail-adoption', kind: 'detail', owner: ADO },
  { id: 'detail-feature', kind: 'detail', owner: PFC },
  { id: 'detail-apps', kind: 'detail', owner: APP },
  { id: 'detail-partner', kind: 'detail', owner: PAR },
  { id: 'detail-licensing', kind: 'detail', owner: BIL },
  { id: 'detail-reliability', kind: 'detail', owner: REL },

  // The borders between the L2s as yes/no facts: the path for a user who is not sure of the kind.
  { id: 'ms-must-change', kind: 'scope' },
  { id: 'service-confidence', kind: 'scope' },
  { id: 'commercial', kind: 'scope' },
  { id: 'env-change', kind: 'scope' },
  { id: 'own-apps', kind: 'scope' },
  { id: 'partner-involved', kind: 'scope' },
  { id: 'partner-holds-up', kind: 'scope' },
  { id: 'it-team', kind: 'scope' },
  { id: 'users-business', kind: 'scope' },

  // Customer IT Infrastructure and Remediation: the seed's questions, and the definition's families.
  { id: 'inf-devices', kind: 'confirm', owner: INF },
  { id: 'inf-network', kind: 'confirm', owner: INF },
  { id: 'inf-server-upgrade', kind: 'confirm', owner: INF },
  { id: 'inf-directory', kind: 'confirm', owner: INF },
  { id: 'inf-merger', kind: 'confirm', owner: INF },
  { id: 'm365-windows-image', kind: 'workload', owner: INF, workload: 'm365-apps' },
  { id: 'm365-packaging', kind: 'workload', owner: INF, workload: 'm365-apps' },
  { id: 'm365-channel', kind: 'workload', owner: INF, workload: 'm365-apps' },
  { id: 'm365-update-solution', kind: 'workload', owner: INF, workload: 'm365-apps' },
  { id: 'teams-exchange-first', kind: 'workload', owner: INF, workload: 'teams' },

  // IT Change Management and Resourcing.
  { id: 'itcm-resourcing', kind: 'confirm', owner: ITCM },
  { id: 'itcm-skills', kind: 'confirm', owner: ITCM },
  { id: 'itcm-helpdesk', kind: 'confirm', owner: ITCM },
  { id: 'itcm-update-cadence', kind: 'confirm', owner: ITCM },
  { id: 'itcm-allow-lists', kind: 'confirm', owner: ITCM },
  { id: 'itcm-policy', kind: 'confirm', owner: ITCM },

  // Adoption Readiness.
  { id: 'ado-user-education', kind: 'confirm', owner: ADO },
  { id: 'ado-departments', kind: 'confirm', owner: ADO },
  { id: 'ado-culture', kind: 'confirm', owner: ADO },
  { id: 'ado-plan', kind: 'confirm', owner: ADO },
  { id: 'ado-business-decision', kind: 'confirm', owner: ADO },

  // Product Feature/Capability.
  { id: 'pfc-requirement', kind: 'confirm', owner: PFC },
  { id: 'pfc-bug', kind: 'confirm', owner: PFC },
  { id: 'pfc-logged', kind: 'followup', owner: PFC },
  { id: 'pfc-security', kind: 'confirm', owner: PFC },
  { id: 'pfc-residency', kind: 'confirm', owner: PFC },
  { id: 'pfc-workaround', kind: 'followup', owner: PFC },
  { id: 'pfc-competitor', kind: 'followup', owner: PFC },

  // App Compatibility.
  { id: 'app-lob-testing', kind: 'confirm', owner: APP },
  { id: 'app-vendor', kind: 'confirm', owner: APP },
  { id: 'app-identity', kind: 'confirm', owner: APP },
  { id: 'm365-addins', kind: 'workload', owner: APP, workload: 'm365-apps' },
  { id: 'm365-excel-formulas', kind: 'workload', owner: APP, workload: 'm365-apps' },

  // Partner Engagement.
  { id: 'par-skills', kind: 'confirm', owner: PAR },
  { id: 'par-finding', kind: 'confirm', owner: PAR },
  { id: 'par-relationship', kind: 'confirm', owner: PAR },
  { id: 'par-unresponsive', kind: 'confirm', owner: PAR },
  { id: 'par-scope', kind: 'confirm', owner: PAR },

  // Billing, Licensing and Subscription.
  { id: 'bil-assignment', kind: 'confirm', owner: BIL },
  { id: 'bil-platform', kind: 'confirm', owner: BIL },
  { id: 'bil-tenant-move', kind: 'confirm', owner: BIL },
  { id: 'bil-capex', kind: 'confirm', owner: BIL },
  { id: 'bil-contract', kind: 'confirm', owner: BIL },
  { id: 'bil-plan-features', kind: 'confirm', owner: BIL },

  // Service Reliability: diminished confidence, from incidents seen or from doubts.
  { id: 'rel-incidents', kind: 'confirm', owner: REL },
  { id: 'rel-backup', kind: 'confirm', owner: REL },
  { id: 'rel-transparency', kind: 'confirm', owner: REL },
  { id: 'rel-control', kind: 'confirm', owner: REL },
  { id: 'rel-updates', kind: 'confirm', owner: REL },
] as const satisfies readonly QuestionDef[];

export type QuestionId = (typeof QUESTIONS)[number]['id'];
export type YesNoAnswer = 'y' | 'n' | 'u';
/** A detail question's answer besides its facts: none of them fits. */
export const NONE_OF_THESE = 'none';
/**
 * An answer: Yes, No or Not sure; for the kind question one of its options; for a detail question
 * one of its L2's facts (by question id), or none of them; and Not sure for both.
 */
export type Answer = YesNoAnswer | KindOption | QuestionId | typeof NONE_OF_THESE;
export const YES_NO: readonly YesNoAnswer[] = ['y', 'n', 'u'];

const QUESTION_DEFS: readonly QuestionDef[] = QUESTIONS;

/** An L2's own facts, the options of its detail question, for a walk of `workload` (the seed's first). */
export function factsOf(l2: L2Id, workload: WorkloadId): QuestionId[] {
  const own = QUESTION_DEFS.filter(
    (q) => q.owner === l2 && (q.kind === 'confirm' || (q.kind === 'workload' && q.workload === workload)),
  );
  return [...own.filter((q) => q.kind === 'workload'), ...own.filter((q) => q.kind === 'confirm')].map(
    (q) => q.id as QuestionId,
  );
}

/** The answers a question takes in a walk of `workload`, in the order its card shows them. */
export function answersOf(questionId: string, workload: WorkloadId): readonly Answer[] {
  if (questionId === KIND_QUESTION) return [...(Object.keys(KIND_OPTIONS) as KindOption[]), 'u'];
  const def = QUESTION_DEFS.find((q) => q.id === questionId);
  if (def?.kind === 'detail' && def.owner) return [...factsOf(def.owner, workload), NONE_OF_THESE, 'u'];
  return YES_NO;
}
