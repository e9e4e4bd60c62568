/** Stable ids of the playbook (its source pages are in playbook-pages/): used in code, card data and CLI output. */

/** The eight L2 reasons of L1 Blocked, in the playbook's order. */
export const L2_IDS = [
  'customer-it-infrastructure-remediation',
  'it-change-management-resourcing',
  'adoption-readiness',
  'product-feature-capability',
  'app-compatibility',
  'partner-engagement',
  'billing-licensing-subscription',
  'service-reliability',
] as const;
export type L2Id = (typeof L2_IDS)[number];

/** Workloads the walk distinguishes; the playbook has workload-specific questions for the first two. */
export const WORKLOAD_IDS = ['m365-apps', 'teams', 'other'] as const;
export type WorkloadId = (typeof WORKLOAD_IDS)[number];
export type SpecificWorkloadId = Exclude<WorkloadId, 'other'>;

/** FTOP entitlement phases of the overview's table. */
export const PHASE_IDS = ['assignment', 'delivery'] as const;
export type PhaseId = (typeof PHASE_IDS)[number];

/** FTOP fields, in the order of the overview's entitlement table. */
export const FTOP_FIELD_IDS = [
  'whoUpdates',
  'l1',
  'l2',
  'l3',
  'serviceStatus',
  'engagementScenario',
  'targetDate',
  'owner',
  'notes',
  'nextActionDate',
  'nextAction',
] as const;
export type FtopFieldId = (typeof FTOP_FIELD_IDS)[number];
/** Fields whose value the bot computes (the chosen L2, the notes line) rather than reads from the table. */
export type ComputedFtopFieldId = 'l2' | 'notes';
export type FixedFtopFieldId = Exclude<FtopFieldId, ComputedFtopFieldId>;

export function isL2Id(value: unknown): value is L2Id {
  return typeof value === 'string' && (L2_IDS as readonly string[]).includes(value);
}
