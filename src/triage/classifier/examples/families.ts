import type { L2Id } from '../../../playbook/ids';

/**
 * The families of blocker each L2's definition covers, one line each, and each L2's borders (what
 * looks like it but belongs elsewhere). Every language's reference examples are filed under these
 * ids, in both registers (see types.ts); a test checks that none is missing.
 */
// One family per line, as the list it is.
// prettier-ignore
export const FAMILIES = {
  // a technology in the customer's own environment must change first
  'customer-it-infrastructure-remediation': {
    'inf.client-os': 'Windows, Office or browser versions on the customer\'s devices must be upgraded first (old Windows, Internet Explorer, the Windows 10 image not finished).',
    'inf.devices': 'desktops, laptops, phones, meeting-room or other hardware must be replaced, set up or enrolled first.',
    'inf.directory': 'Active Directory complexity: several forests or domains, identity sync errors, ADFS, non-routable UPN suffixes, hybrid identity not in place.',
    'inf.merger': 'a merger or divestiture means directories or environments must be merged or split first.',
    'inf.network': 'bandwidth, VPN, firewall, proxy, DNS, Wi-Fi or WAN must be upgraded or reconfigured; the customer\'s own network is slow.',
    'inf.server-upgrade': 'on-premises servers (Exchange, SharePoint, Skype for Business, file servers) must be upgraded or fixed before migrating; hybrid set-up incomplete.',
    'inf.config': 'a specific configuration of the customer\'s is not compatible with the service and must be changed by the customer.',
    'inf.m365-deploy': 'Microsoft 365 Apps deployment technology: packaging, deployment tooling (SCCM/Intune), update channels, update solution, channel communication problems.',
    'inf.teams-exchange': 'Teams waits for Exchange (Online or hybrid) to be deployed first.',
    'inf.border': 'descriptions that look like another L2 but belong to this one (each marked with the L2 it looks like). The lines between: the IT team lacks the skills or people (-> ITCM); the customer\'s own slow network vs. Microsoft\'s service being slow or down (-> REL); the customer\'s own app is incompatible (-> APP); the service itself cannot do something (-> PFC).',
  },
  // the customer's IT organisation (people, skills, budget, processes, policies)
  'it-change-management-resourcing': {
    'itcm.staff': 'not enough IT staff or admin time; key people busy on other projects, on leave, left.',
    'itcm.budget': 'no budget for the IT work or the remediation project.',
    'itcm.skills': 'the customer\'s IT team lacks the skills or expertise (and no partner was considered).',
    'itcm.helpdesk': 'the helpdesk or support organisation is not ready to support a cloud workload.',
    'itcm.update-cadence': 'the service\'s update cadence clashes with how IT tests, certifies or manages internal software.',
    'itcm.process-break': 'service maintenance or updates break IT processes: monitoring, incident handling, issue discovery, operations runbooks.',
    'itcm.policy': 'IT or security policies (home use, data handling, device policy) must be redesigned; technical processes that IT cannot or will not change; change-approval boards.',
    'itcm.allow-lists': 'IT cannot keep network allow lists (URLs, IP ranges) current.',
    'itcm.border': 'descriptions that look like another L2 but belong to this one (each marked with the L2 it looks like). The lines between: users or the business not ready (-> ADO); a partner lacks the skills (-> PAR); the technology itself must change (-> INF); licences cannot be bought (-> BIL).',
  },
  // end users and the business are not ready
  'adoption-readiness': {
    'ado.training': 'no plan or time to educate or train users.',
    'ado.resistance': 'users resist or do not want the change; fear of new ways of working.',
    'ado.departments': 'some departments or user groups are affected much more than others.',
    'ado.culture': 'company culture must change first; no adoption or change plan.',
    'ado.business-process': 'business processes must be redesigned first.',
    'ado.business-decision': 'business leaders postpone or have not decided (timing, busy season, reorganisation, sponsor missing).',
    'ado.communication': 'no communication plan, no champions, users not informed.',
    'ado.border': 'descriptions that look like another L2 but belong to this one (each marked with the L2 it looks like). The lines between: IT\'s own change management, helpdesk or staff (-> ITCM); a commercial decision (-> BIL); a partner decision (-> PAR).',
  },
  // the Microsoft service cannot do what the customer needs
  'product-feature-capability': {
    'pfc.missing-feature': 'a function or setting the service does not have (yet).',
    'pfc.bug': 'a product bug stops a key scenario.',
    'pfc.security-privacy': 'a security or privacy setting or feature is missing.',
    'pfc.certification': 'a compliance certification or attestation the customer needs is not available.',
    'pfc.data-residency': 'no data centre in the customer\'s country; data cannot be kept where the customer must keep it.',
    'pfc.client-support': 'a Microsoft client or app lacks support the customer needs (a platform, a language, an accessibility need, a device type).',
    'pfc.parity': 'the service lacks something the customer has on-premises or in a competing product.',
    'pfc.roadmap': 'the gap is logged with the product group (OneList, GetHelp, DCR), waiting for the roadmap.',
    'pfc.border': 'descriptions that look like another L2 but belong to this one (each marked with the L2 it looks like). The lines between: the feature exists but only in a plan the customer has not bought (-> BIL); the customer\'s own app does not work (-> APP); the customer\'s own configuration is incompatible (-> INF); the service is unreliable rather than lacking (-> REL).',
  },
  // the customer's own line-of-business apps, add-ins or integrations
  'app-compatibility': {
    'app.lob': 'a line-of-business application does not work with the cloud service or the new version.',
    'app.vendor': 'the app\'s vendor has not certified it, or has no compatible version yet.',
    'app.addins': 'Office add-ins (Outlook, Excel, Word) stop working.',
    'app.macros': 'custom Excel formulas, macros, VBA or templates are affected by the upgrade.',
    'app.identity': 'apps need a different UPN, legacy authentication or another identity setup.',
    'app.testing': 'testing of the LOB apps with the service is not done or shows problems.',
    'app.integration': 'third-party or in-house integrations (CRM, telephony, scanning, archiving) break.',
    'app.border': 'descriptions that look like another L2 but belong to this one (each marked with the L2 it looks like). The lines between: the Microsoft service lacks a feature (-> PFC); Windows or browsers must be upgraded (-> INF).',
  },
  // the partner
  'partner-engagement': {
    'par.selection': 'the customer has not found or selected a partner.',
    'par.contracting': 'the partner\'s contract, SOW or purchase order is not signed.',
    'par.skills': 'the partner lacks the skills or experience for the workload.',
    'par.scope': 'the partner\'s scope is limited; the SOW does not cover the work.',
    'par.unresponsive': 'the partner does not respond (to the customer or to Microsoft).',
    'par.relationship': 'the relationship between customer and partner is strained.',
    'par.capacity': 'the partner has no people or time available.',
    'par.border': 'descriptions that look like another L2 but belong to this one (each marked with the L2 it looks like). The lines between: the customer\'s own IT lacks the skills and no partner was considered (-> ITCM); the agreement with Microsoft (EA) is not signed (-> BIL).',
  },
  // what the customer bought or can buy
  'billing-licensing-subscription': {
    'bil.assignment': 'licences not applied or assigned; not enough licences.',
    'bil.transfer': 'licences must be transferred (between tenants, between data centres or geographies, after a merger that changes the tenant).',
    'bil.sku': 'wrong SKU or platform bought (e.g. needs the government cloud).',
    'bil.seats': 'seat count changes, subtraction of seats, true-up.',
    'bil.agreement': 'Enterprise Agreement, renewal or contract with Microsoft stalled.',
    'bil.plan': 'needs features outside the current plan (E1/E3/E5, add-ons).',
    'bil.procurement': 'purchase held up by capital-expense treatment, procurement, purchase orders, budget for licences.',
    'bil.border': 'descriptions that look like another L2 but belong to this one (each marked with the L2 it looks like). The lines between: a feature missing from every plan (-> PFC); a partner\'s contract (-> PAR).',
  },
  // diminished confidence in the Microsoft cloud service
  'service-reliability': {
    'rel.outage': 'an outage or service incident happened and shook confidence.',
    'rel.performance': 'the service is slow; latency or performance problems on Microsoft\'s side.',
    'rel.doubt': 'concern, doubt, worry or fear about the service\'s availability or maturity, without an incident.',
    'rel.control': 'fear of losing control compared with on-premises.',
    'rel.updates': 'worry about how updates and changes reach users without warning.',
    'rel.backup': 'doubts about backup, recovery or data loss in the service.',
    'rel.trust': 'trust, SLA or transparency material not known or not convincing.',
    'rel.incident-impact': 'a service incident\'s impact on users or the business.',
    'rel.border': 'descriptions that look like another L2 but belong to this one (each marked with the L2 it looks like). The lines between: the customer\'s own network is slow (-> INF); a feature is missing (-> PFC); the update cadence clashes with IT\'s processes (-> ITCM).',
  },
} as const satisfies Readonly<Record<L2Id, Readonly<Record<string, string>>>>;

export type FamilyId<L extends L2Id = L2Id> = L extends L2Id ? keyof (typeof FAMILIES)[L] & string : never;
