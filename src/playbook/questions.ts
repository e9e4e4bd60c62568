import { L2Id, SpecificWorkloadId } from './ids';

/**
 * The walk's questions and what a "Yes" says about each L2: the playbook's triage rules in one place.
 * Their wording, per language, is in src/locales.
 *
 * `yes[l2]` is the chance that a customer whose blocker truly belongs to that L2 answers "Yes";
 * L2s not listed take `DEFAULT_YES`. The walk (src/triage/walk.ts) turns these into a posterior over
 * the eight L2s and asks the question that separates the remaining ones best.
 *
 * - `scope` questions are the playbook's borders between L2s ("technology, not people or process").
 * - `confirm` questions are the playbook's "questions to ask the customer" for the `owner` L2.
 * - `workload` questions are the playbook's workload-specific questions (asked only for that workload).
 */
export type QuestionKind = 'scope' | 'confirm' | 'workload';

export interface QuestionDef {
  readonly id: string;
  readonly kind: QuestionKind;
  /** The L2 whose playbook page the question comes from (absent for scope questions). */
  readonly owner?: L2Id;
  readonly workload?: SpecificWorkloadId;
  readonly yes: Readonly<Partial<Record<L2Id, number>>>;
}

/** P(Yes) for an L2 the question says nothing about. */
export const DEFAULT_YES = 0.08;

const INF = 'customer-it-infrastructure-remediation';
const ITCM = 'it-change-management-resourcing';
const ADO = 'adoption-readiness';
const PFC = 'product-feature-capability';
const APP = 'app-compatibility';
const PAR = 'partner-engagement';
const BIL = 'billing-licensing-subscription';
const REL = 'service-reliability';

export const QUESTIONS = [
  // Borders between the L2s, from the overview's definitions. The first ones split the eight
  // roughly in half (people/process, Microsoft's side, commercial), so walks stay short.
  {
    id: 'scope-people-process',
    kind: 'scope',
    yes: { [ITCM]: 0.85, [ADO]: 0.9, [PAR]: 0.85, [BIL]: 0.4, [REL]: 0.15, [APP]: 0.1, [PFC]: 0.1 },
  },
  { id: 'scope-microsoft-side', kind: 'scope', yes: { [PFC]: 0.9, [REL]: 0.9, [APP]: 0.15, [INF]: 0.1 } },
  { id: 'scope-commercial', kind: 'scope', yes: { [BIL]: 0.9, [PAR]: 0.45, [ADO]: 0.1 } },
  { id: 'scope-technology', kind: 'scope', yes: { [INF]: 0.9, [APP]: 0.55, [ITCM]: 0.2, [PFC]: 0.15, [REL]: 0.1 } },
  { id: 'scope-it-team', kind: 'scope', yes: { [ITCM]: 0.9, [PAR]: 0.3, [ADO]: 0.12, [INF]: 0.12 } },
  { id: 'scope-users-business', kind: 'scope', yes: { [ADO]: 0.9, [ITCM]: 0.15, [BIL]: 0.12 } },
  { id: 'scope-lob-apps', kind: 'scope', yes: { [APP]: 0.9, [INF]: 0.2, [PFC]: 0.15 } },
  { id: 'scope-partner', kind: 'scope', yes: { [PAR]: 0.9, [ITCM]: 0.2 } },
  { id: 'scope-reliability', kind: 'scope', yes: { [REL]: 0.9, [PFC]: 0.1, [INF]: 0.15 } },

  // Customer IT Infrastructure and Remediation: the seed's questions.
  { id: 'inf-devices', kind: 'confirm', owner: INF, yes: { [INF]: 0.8, [APP]: 0.2 } },
  { id: 'inf-network', kind: 'confirm', owner: INF, yes: { [INF]: 0.8, [REL]: 0.3, [ITCM]: 0.15 } },
  { id: 'inf-server-upgrade', kind: 'confirm', owner: INF, yes: { [INF]: 0.75 } },
  { id: 'm365-windows-image', kind: 'workload', owner: INF, workload: 'm365-apps', yes: { [INF]: 0.75 } },
  { id: 'm365-packaging', kind: 'workload', owner: INF, workload: 'm365-apps', yes: { [INF]: 0.75, [ITCM]: 0.2 } },
  { id: 'm365-channel', kind: 'workload', owner: INF, workload: 'm365-apps', yes: { [INF]: 0.7 } },
  { id: 'm365-update-solution', kind: 'workload', owner: INF, workload: 'm365-apps', yes: { [INF]: 0.7, [ITCM]: 0.3 } },
  { id: 'teams-exchange-first', kind: 'workload', owner: INF, workload: 'teams', yes: { [INF]: 0.8 } },

  // IT Change Management and Resourcing.
  { id: 'itcm-resourcing', kind: 'confirm', owner: ITCM, yes: { [ITCM]: 0.85, [PAR]: 0.2 } },
  { id: 'itcm-skills', kind: 'confirm', owner: ITCM, yes: { [ITCM]: 0.8, [PAR]: 0.35 } },
  { id: 'itcm-helpdesk', kind: 'confirm', owner: ITCM, yes: { [ITCM]: 0.75, [ADO]: 0.15 } },
  { id: 'itcm-update-cadence', kind: 'confirm', owner: ITCM, yes: { [ITCM]: 0.75, [APP]: 0.2, [INF]: 0.15 } },
  { id: 'itcm-allow-lists', kind: 'confirm', owner: ITCM, yes: { [ITCM]: 0.7, [INF]: 0.35 } },

  // Adoption Readiness.
  { id: 'ado-user-education', kind: 'confirm', owner: ADO, yes: { [ADO]: 0.85 } },
  { id: 'ado-departments', kind: 'confirm', owner: ADO, yes: { [ADO]: 0.7, [APP]: 0.2 } },
  { id: 'ado-culture', kind: 'confirm', owner: ADO, yes: { [ADO]: 0.8 } },
  { id: 'ado-business-decision', kind: 'confirm', owner: ADO, yes: { [ADO]: 0.7, [BIL]: 0.15 } },

  // Product Feature/Capability.
  { id: 'pfc-requirement', kind: 'confirm', owner: PFC, yes: { [PFC]: 0.85, [APP]: 0.2, [BIL]: 0.15 } },
  { id: 'pfc-logged', kind: 'confirm', owner: PFC, yes: { [PFC]: 0.8 } },
  { id: 'pfc-security', kind: 'confirm', owner: PFC, yes: { [PFC]: 0.7, [BIL]: 0.2, [REL]: 0.15 } },
  { id: 'pfc-workaround', kind: 'confirm', owner: PFC, yes: { [PFC]: 0.65, [APP]: 0.35, [INF]: 0.2 } },
  { id: 'pfc-competitor', kind: 'confirm', owner: PFC, yes: { [PFC]: 0.7 } },

  // App Compatibility.
  { id: 'app-lob-testing', kind: 'confirm', owner: APP, yes: { [APP]: 0.85, [ITCM]: 0.15 } },
  { id: 'app-identity', kind: 'confirm', owner: APP, yes: { [APP]: 0.7, [INF]: 0.35 } },
  { id: 'm365-addins', kind: 'workload', owner: APP, workload: 'm365-apps', yes: { [APP]: 0.85, [PFC]: 0.15 } },
  { id: 'm365-excel-formulas', kind: 'workload', owner: APP, workload: 'm365-apps', yes: { [APP]: 0.8 } },

  // Partner Engagement.
  { id: 'par-skills', kind: 'confirm', owner: PAR, yes: { [PAR]: 0.85, [ITCM]: 0.2 } },
  { id: 'par-finding', kind: 'confirm', owner: PAR, yes: { [PAR]: 0.85 } },
  { id: 'par-relationship', kind: 'confirm', owner: PAR, yes: { [PAR]: 0.75 } },
  { id: 'par-unresponsive', kind: 'confirm', owner: PAR, yes: { [PAR]: 0.75 } },

  // Billing, Licensing and Subscription.
  { id: 'bil-platform', kind: 'confirm', owner: BIL, yes: { [BIL]: 0.85 } },
  { id: 'bil-tenant-move', kind: 'confirm', owner: BIL, yes: { [BIL]: 0.8, [INF]: 0.2 } },
  { id: 'bil-capex', kind: 'confirm', owner: BIL, yes: { [BIL]: 0.7 } },
  { id: 'bil-contract', kind: 'confirm', owner: BIL, yes: { [BIL]: 0.85, [PAR]: 0.15 } },
  { id: 'bil-plan-features', kind: 'confirm', owner: BIL, yes: { [BIL]: 0.75, [PFC]: 0.3 } },

  // Service Reliability.
  { id: 'rel-transparency', kind: 'confirm', owner: REL, yes: { [REL]: 0.75, [PFC]: 0.15 } },
  { id: 'rel-backup', kind: 'confirm', owner: REL, yes: { [REL]: 0.75, [PFC]: 0.3 } },
  { id: 'rel-judgement', kind: 'confirm', owner: REL, yes: { [REL]: 0.8, [INF]: 0.2 } },
] as const satisfies readonly QuestionDef[];

export type QuestionId = (typeof QUESTIONS)[number]['id'];
