import { L2Id } from '../playbook/ids';

/** Short column labels for the confusion table, in the playbook's order. */
export const SHORT: Readonly<Record<L2Id, string>> = {
  'customer-it-infrastructure-remediation': 'INF',
  'it-change-management-resourcing': 'ITC',
  'adoption-readiness': 'ADO',
  'product-feature-capability': 'PFC',
  'app-compatibility': 'APP',
  'partner-engagement': 'PAR',
  'billing-licensing-subscription': 'BIL',
  'service-reliability': 'REL',
};
