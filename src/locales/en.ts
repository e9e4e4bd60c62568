import { LocaleText } from './types';

/** English: the playbook's own text (seeds) and every string the bot shows. */
export const en: LocaleText = {
  languageName: 'English',
  playbook: {
    l1: {
      name: 'Blocked',
      definition:
        'The customer intends to use the workload, but there are blocking issues that need to be removed with help from the Account or Engineering teams.',
    },
    l2: {
      'customer-it-infrastructure-remediation': {
        name: 'Customer IT Infrastructure and Remediation',
        definition:
          "Dependencies on surrounding IT infrastructure components in the customer's environment (for example incompatible VPN devices, hardware updates, Active Directory complexities, hybrid scenarios, client, browser) block adoption.",
        scope: 'The problem must be related to a technology. It is NOT related to people or processes.',
        validExamples: [
          'Customer needs to upgrade Internet Explorer (IE) or Windows.',
          'Customer has AD complexities that need to be addressed before deployment.',
          "Customer's network does not have sufficient bandwidth and must be upgraded.",
          'Customer is in the process of a merger and cannot migrate until the Active Directories are merged.',
          'Customer has a specific configuration that is not compatible with the Office 365 (O365) service.',
        ],
        invalidExamples: [
          {
            text: 'IT department does not have the expertise in the needed architecture to deploy the service.',
            belongsTo: 'it-change-management-resourcing',
          },
          {
            text: 'Customer has specific technical processes in place that cannot be changed.',
            belongsTo: 'it-change-management-resourcing',
          },
        ],
      },
      'it-change-management-resourcing': {
        name: 'IT Change Management and Resourcing',
        definition:
          "Service maintenance or updates break the customer's existing IT processes and policies (for example IT process, monitoring, incident handling, issue discovery, home use policy), which blocks adoption. The solution needs a redesign of process or policy to manage the change. The customer may also lack the resources (budget or people) to remediate.",
        scope:
          'The problem must be related to the technical administrators or IT teams. It is NOT directly related to the underlying technology, user readiness or business rules.',
        validExamples: [
          'IT does not have enough staff or budget to run the deployment this quarter.',
          'IT department does not have the expertise in the needed architecture to deploy the service.',
          'The monthly update cadence of the service breaks the way IT certifies internal software.',
          'The helpdesk is not ready to support a cloud workload.',
        ],
        invalidExamples: [
          {
            text: 'The proxy and firewall hardware cannot handle the traffic to the service.',
            belongsTo: 'customer-it-infrastructure-remediation',
          },
          {
            text: 'Users have not been trained and the business is not ready to switch.',
            belongsTo: 'adoption-readiness',
          },
          { text: 'The partner hired for the deployment lacks the skills.', belongsTo: 'partner-engagement' },
        ],
      },
      'adoption-readiness': {
        name: 'Adoption Readiness',
        definition:
          'The customer is blocked from adopting the service by issues with internal change management, including end-user readiness or business processes. Do not use it for IT change management issues.',
        scope:
          'Almost always about user readiness or training, sometimes a business decision; never about IT people or technology.',
        validExamples: [
          'There is no plan yet to train end users on the new service.',
          'Business leaders want to wait until after the busy season before changing how people work.',
          'One department depends on its current way of working and will not switch without a change plan.',
        ],
        invalidExamples: [
          { text: 'The IT team has no time to prepare the rollout.', belongsTo: 'it-change-management-resourcing' },
          {
            text: 'Users cannot sign in because of AD complexities.',
            belongsTo: 'customer-it-infrastructure-remediation',
          },
        ],
      },
      'product-feature-capability': {
        name: 'Product Feature/Capability',
        definition:
          'Core product or service features and functionality (including security and privacy settings, features and certifications) are missing or contain bugs. Resolved primarily through GetHelp or OneList.',
        scope: "The gap is in Microsoft's product or service itself, not in the customer's environment or apps.",
        validExamples: [
          'The customer needs a feature the service does not have yet, and it is logged in OneList.',
          'A security certification the customer requires is not available for the service.',
          'A product bug stops a key scenario and there is no workaround.',
        ],
        invalidExamples: [
          {
            text: 'The feature exists but only in a plan the customer has not bought (E5).',
            belongsTo: 'billing-licensing-subscription',
          },
          {
            text: "The customer's own line-of-business app does not work with the service.",
            belongsTo: 'app-compatibility',
          },
        ],
      },
      'app-compatibility': {
        name: 'App Compatibility',
        definition:
          "The customer's line-of-business (LOB) applications are not compatible, or not certified compatible, with the cloud services and are holding up deployment or usage.",
        scope: "The blocker is the customer's own applications or add-ins, not a missing feature of the service.",
        validExamples: [
          'A critical Outlook add-in stops working with Microsoft 365 Apps.',
          'The ERP vendor has not certified its product with the new version of Office.',
          'An internal app needs a UPN format that differs from the one the cloud identity uses.',
        ],
        invalidExamples: [
          { text: 'The service lacks a feature the customer requires.', belongsTo: 'product-feature-capability' },
          { text: 'Windows must be upgraded before the rollout.', belongsTo: 'customer-it-infrastructure-remediation' },
        ],
      },
      'partner-engagement': {
        name: 'Partner Engagement',
        definition:
          'Delay in selecting or contracting a partner, or the partner is blocked in technical deployment and/or adoption support (for example scope limitation, limited experience).',
        scope: "The blocker is the partner: finding or contracting one, or the partner's ability to deliver.",
        validExamples: [
          'The customer has not yet selected a partner for the deployment.',
          'The statement of work (SOW) with the partner is still being negotiated.',
          'The partner has limited experience with this workload and the project has stalled.',
        ],
        invalidExamples: [
          {
            text: 'IT staff lack the skills and no partner has been considered.',
            belongsTo: 'it-change-management-resourcing',
          },
          {
            text: "The customer's Enterprise Agreement with Microsoft is not signed.",
            belongsTo: 'billing-licensing-subscription',
          },
        ],
      },
      'billing-licensing-subscription': {
        name: 'Billing, Licensing and Subscription',
        definition:
          'Implementation is blocked until subscription issues are resolved (for example application of licenses, transfer of licenses, incorrect SKU, or subtraction of seats). The solution requires the Seller, LSS and/or LSA to engage.',
        scope: 'About what the customer bought or can buy; it needs the seller, LSS or LSA rather than engineering.',
        validExamples: [
          'Licenses must be transferred to a new tenant before the rollout.',
          'The customer bought the commercial SKU but needs the government cloud (GCC).',
          'The Enterprise Agreement (EA) renewal is stalled.',
        ],
        invalidExamples: [
          { text: 'A feature is missing from every plan of the service.', belongsTo: 'product-feature-capability' },
          { text: 'The partner contract has not been signed.', belongsTo: 'partner-engagement' },
        ],
      },
      'service-reliability': {
        name: 'Service Reliability',
        definition:
          "Diminished customer confidence because of the service's performance, including latency and/or unplanned service incidents (outages).",
        scope: 'About confidence in the availability and performance of the service, not about a missing feature.',
        validExamples: [
          'After last month’s outage the customer paused the migration.',
          'Users report latency in the service and leadership doubts it can carry the load.',
          'The customer doubts that data can be recovered if the service fails.',
        ],
        invalidExamples: [
          {
            text: "The customer's network bandwidth is too low for the service.",
            belongsTo: 'customer-it-infrastructure-remediation',
          },
          { text: 'A compliance certification is missing from the service.', belongsTo: 'product-feature-capability' },
        ],
      },
    },
    questions: {
      'scope-people-process': {
        ask: 'Is the blocker about people or processes (IT staff, users, the business, a partner) rather than a technology?',
        finding: 'people or processes, not a technology, are in the way',
      },
      'scope-microsoft-side': {
        ask: 'Is the problem in the Microsoft service itself: a missing or broken feature, outages or latency?',
        finding: 'the problem is in the Microsoft service itself',
      },
      'scope-commercial': {
        ask: 'Is it commercial: licences, subscriptions, an agreement or a contract (with Microsoft or a partner)?',
        finding: 'a commercial matter (licences, agreement or contract) is open',
      },
      'scope-technology': {
        ask: "Is the blocker a technology in the customer's own environment: network, devices, directory (AD), clients or browsers?",
        finding: "a technology in the customer's environment is in the way",
      },
      'scope-it-team': {
        ask: "Is it about the customer's IT team: its staff, skills, budget, or its IT processes and policies?",
        finding: "the customer's IT team (staff, skills, budget or IT processes) is the constraint",
      },
      'scope-users-business': {
        ask: 'Is it about end users or the business: readiness, training, culture or a business decision?',
        finding: 'end users or the business are not ready',
      },
      'scope-lob-apps': {
        ask: "Do the customer's own line-of-business apps or add-ins fail, or lack certification, with the service?",
        finding: "the customer's line-of-business apps are not compatible or certified",
      },
      'scope-partner': {
        ask: 'Is a partner needed or involved, and is the partner where things are stuck?',
        finding: 'the partner engagement is where it is stuck',
      },
      'scope-reliability': {
        ask: 'Has the customer lost confidence in the service because of outages, latency or performance?',
        finding: 'the customer has lost confidence in the service',
      },
      'inf-devices': {
        ask: 'Are there problems with setting up desktops or devices for the service?',
        finding: 'problems setting up desktops or devices for the service',
      },
      'inf-network': {
        ask: 'Is the customer having problems with network devices, bandwidth or the connection to the service (for example VPN, firewall)?',
        finding: 'problems with network devices, bandwidth or connection (VPN, firewall)',
      },
      'inf-server-upgrade': {
        ask: 'Does the customer need to upgrade to a new version of Exchange or SharePoint before migrating?',
        finding: 'Exchange/SharePoint must be upgraded before migration',
      },
      'm365-windows-image': {
        ask: 'Is the customer blocked from rolling out Microsoft 365 Apps until they complete their Windows 10 image?',
        finding: 'Microsoft 365 Apps rollout waits for the Windows 10 image',
      },
      'm365-packaging': {
        ask: 'Are there problems with package creation or deployment?',
        finding: 'problems with package creation or deployment',
      },
      'm365-channel': {
        ask: 'Is the customer experiencing channel communications issues?',
        finding: 'channel communications issues',
      },
      'm365-update-solution': {
        ask: 'Is there a problem with understanding or deploying an update solution for the service?',
        finding: 'problems understanding or deploying an update solution',
      },
      'teams-exchange-first': {
        ask: 'Is the customer waiting to deploy Exchange first?',
        finding: 'waiting to deploy Exchange first',
      },
      'itcm-resourcing': {
        ask: 'Does the customer lack enough IT staff or budget to do the work?',
        finding: 'not enough IT staff or budget',
      },
      'itcm-skills': {
        ask: 'Does the IT team lack the skills for this workload (and has no partner been considered)?',
        finding: 'IT lacks the skills for the workload',
      },
      'itcm-helpdesk': {
        ask: 'Is the helpdesk not yet ready to support a cloud workload?',
        finding: 'helpdesk not ready to support a cloud workload',
      },
      'itcm-update-cadence': {
        ask: "Does the service's update cadence clash with how IT manages its internal software?",
        finding: "the service's update cadence clashes with IT's software management",
      },
      'itcm-allow-lists': {
        ask: 'Does IT struggle to keep network allow lists (URLs and IP ranges) current?',
        finding: 'IT cannot keep network allow lists current',
      },
      'ado-user-education': {
        ask: 'Is there no plan yet to educate users about the new service?',
        finding: 'no plan yet to educate users',
      },
      'ado-departments': {
        ask: 'Are some departments affected much more than others?',
        finding: 'some departments are affected more than others',
      },
      'ado-culture': {
        ask: 'Does company culture need to change first, with no adoption plan in place?',
        finding: 'company culture must change and no adoption plan exists',
      },
      'ado-business-decision': {
        ask: 'Is the business (not IT) holding the rollout for a decision or a change to a business process?',
        finding: 'the business is holding the rollout for a decision',
      },
      'pfc-requirement': {
        ask: 'Is there a functional requirement the service does not meet, and does its absence block the rollout?',
        finding: 'a functional requirement is not met by the service',
      },
      'pfc-logged': {
        ask: 'Has the gap been logged with the product group (OneList or GetHelp), or should it be?',
        finding: 'the gap is (or should be) logged in OneList/GetHelp',
      },
      'pfc-security': {
        ask: 'Is the missing piece a security, privacy or compliance feature or certification?',
        finding: 'a security, privacy or compliance feature is missing',
      },
      'pfc-workaround': {
        ask: 'Is there no acceptable workaround today?',
        finding: 'no acceptable workaround today',
      },
      'pfc-competitor': {
        ask: 'Does a competing product offer what is missing?',
        finding: 'a competing product offers what is missing',
      },
      'app-lob-testing': {
        ask: 'Has testing with other line-of-business apps shown problems, or not been done yet?',
        finding: 'line-of-business app testing shows problems or is not done',
      },
      'app-identity': {
        ask: 'Are there identity issues, such as apps that need a different UPN?',
        finding: 'identity issues such as differing UPN requirements',
      },
      'm365-addins': {
        ask: 'Do Office add-ins (Outlook, Excel, Word) stop working?',
        finding: 'Office add-ins (Outlook, Excel, Word) stop working',
      },
      'm365-excel-formulas': {
        ask: 'Are custom Excel formulas affected by the upgrade?',
        finding: 'custom Excel formulas are affected by the upgrade',
      },
      'par-skills': {
        ask: 'Does the partner lack the skills or experience for this deployment?',
        finding: 'the partner lacks skills or experience',
      },
      'par-finding': {
        ask: 'Is the customer having trouble finding or contracting a partner?',
        finding: 'trouble finding or contracting a partner',
      },
      'par-relationship': {
        ask: 'Is the relationship between the customer and the partner strained?',
        finding: 'the customer-partner relationship is strained',
      },
      'par-unresponsive': {
        ask: 'Is the partner not responding to Microsoft?',
        finding: 'the partner is not responding to Microsoft',
      },
      'bil-platform': {
        ask: 'Did the customer buy the wrong platform or SKU (for example they need the government cloud)?',
        finding: 'wrong platform or SKU bought',
      },
      'bil-tenant-move': {
        ask: 'Does a tenant change mean licences must be moved?',
        finding: 'licences must move because of a tenant change',
      },
      'bil-capex': {
        ask: 'Is the purchase held up by how it is treated as a capital expense?',
        finding: 'capital-expense treatment holds up the purchase',
      },
      'bil-contract': {
        ask: 'Is an Enterprise Agreement (EA) or other contract stalled?',
        finding: 'the Enterprise Agreement or contract is stalled',
      },
      'bil-plan-features': {
        ask: 'Does the customer need features outside their current plan (E1/E3/E5)?',
        finding: 'needs features outside the current plan (E1/E3/E5)',
      },
      'rel-transparency': {
        ask: "Is the customer unaware of, or unconvinced by, Microsoft's transparency and trust material?",
        finding: "unconvinced by Microsoft's transparency and trust material",
      },
      'rel-backup': {
        ask: 'Does the customer doubt backup and recovery of their data in the service?',
        finding: 'doubts about backup and recovery',
      },
      'rel-judgement': {
        ask: 'Is the customer judging reliability from outages, incidents or latency they have seen?',
        finding: 'reliability judged from outages, incidents or latency',
      },
    },
    workloads: {
      'm365-apps': 'Microsoft 365 Apps',
      teams: 'Teams',
      other: 'Another workload',
    },
    phases: {
      assignment: {
        name: 'Assignment',
        situation:
          'The customer intends to use the service, but one or more problems keep them from moving forward with deployment.',
      },
      delivery: {
        name: 'Delivery',
        situation:
          'The customer intends to use the service, but one or more problems keep them from moving forward with deployment.',
      },
    },
    ftop: {
      labels: {
        whoUpdates: 'Who updates FTOP',
        l1: 'L1 value',
        l2: 'L2 value',
        l3: 'L3 value',
        serviceStatus: 'Service status',
        engagementScenario: 'Service engagement scenario',
        targetDate: 'Target date',
        owner: 'Owner',
        notes: 'Notes',
        nextActionDate: 'Next action date',
        nextAction: 'Next action to be taken',
      },
      values: {
        assignment: {
          whoUpdates: 'Assignment FM',
          l1: 'Blocked',
          l3: 'None yet (L3s coming soon)',
          serviceStatus: 'N/A',
          engagementScenario: 'Choose the appropriate scenario',
          targetDate: 'N/A',
          owner: 'Delivery FM',
          nextActionDate: 'Date of the initiate discussion',
          nextAction: 'Kickoff meeting',
        },
        delivery: {
          whoUpdates: 'Delivery FM',
          l1: 'Blocked',
          l3: 'None yet (L3s coming soon)',
          serviceStatus: 'N/A',
          engagementScenario: 'Keep the previous value',
          targetDate: 'Projected unblock date',
          owner: 'Account Team',
          nextActionDate: 'TBD',
          nextAction: 'Depends on the L2/L3',
        },
      },
    },
  },
  ui: {
    botName: 'Blocker triage',
    commandWords: {
      start: ['start', 'triage'],
      help: ['help', '?'],
      list: ['list'],
      explain: ['explain'],
      summary: ['summary'],
      clearSummary: ['clear summary'],
      language: ['language'],
    },
    actions: {
      startTriage: 'Start triage',
      listL2s: 'List L2s',
      help: 'Help',
      back: 'Back',
      startOver: 'Start over',
      chooseMyself: 'Choose the L2 myself',
      useThis: 'Use this L2',
      explain: 'Explain',
      tryAgain: 'Try again',
      showPhase: 'Show for {phase}',
      change: 'Change',
      backToResult: 'Back to the result',
      thatsIt: 'That’s it',
      walkMe: 'Walk me through it',
      showAll: 'Show all L2s',
      language: 'Language',
      settle: 'Add to review summary',
      copyForFtop: 'Copy for FTOP',
      clearSummary: 'Clear summary',
      confirmClear: 'Yes, clear it',
      cancel: 'Cancel',
    },
    answers: { y: 'Yes', n: 'No', u: 'Not sure' },
    welcome: {
      title: 'Blocker triage for FastTrack',
      intro:
        'When a customer wants a workload but something stops the rollout, FTOP needs L1 **Blocked** and the right L2. I walk you through the playbook’s questions and give you the L2, why, how to confirm it, and the FTOP fields ready to paste.',
      channelTip: 'In a channel or group chat, @mention me: everyone sees the same card.',
    },
    help: {
      title: 'What I can do',
      commands: [
        { command: 'start', description: 'Start a guided triage (also: triage).' },
        { command: 'list', description: 'List the eight L2 reasons of Blocked.' },
        { command: 'explain <L2>', description: 'Show one L2’s page, by id or name (e.g. explain app compatibility).' },
        { command: 'help', description: 'Show this card.' },
      ],
      cards:
        'On every question you can go back, start over or choose the L2 yourself. The result shows the FTOP fields for the Assignment or the Delivery phase.',
      channelTip: 'In a channel or group chat, @mention me before the command.',
    },
    workload: {
      title: 'Triage a blocked rollout',
      prompt: 'Which workload is blocked?',
    },
    question: {
      progress: 'Question {number} of at most {max} · {workload}',
      leaning: 'Leaning towards: {l2} ({percent}%)',
    },
    result: {
      title: '{l1} › {l2}',
      confidence: 'Confidence: {percent}% after {count} answers',
      chosen: 'Chosen by you',
      lowConfidence: 'The answers do not settle it. Check the runner-ups below, or choose the L2 yourself.',
      why: 'Why',
      noAnswers: 'No answers given.',
      definition: 'Definition',
      scope: 'Scope',
      confirm: 'Confirm with the customer',
      workloadQuestions: 'For {workload}',
      notThis: 'Not this L2 when…',
      belongsTo: '{example} → {l2}',
      ftop: 'FTOP fields, {phase} phase',
      notesLine: 'Notes line, ready to paste',
      notRight: 'Not right? Runner-ups:',
      runnerUp: '{l2} ({percent}%)',
    },
    notes: {
      line: '{l1} – {l2} [{id}] ({workload}): {findings}.',
      separator: '; ',
      noFindings: 'describe the blocking issue',
    },
    choose: {
      title: 'Choose the L2',
      intro: 'Pick the L2 that fits. Your answers so far are kept.',
    },
    list: {
      title: '{l1}: the eight L2 reasons',
      intro: '{definition}',
    },
    explain: {
      validExamples: 'Fits, for example',
      invalidExamples: 'Does not fit (use the L2 named instead)',
      confirm: 'Questions to confirm it with the customer',
      workloadQuestions: 'Workload-specific questions for {workload}',
      notFound: 'I don’t know an L2 called “{query}”. Here are all eight; type explain and an id or a name.',
      missing: 'Which L2? Type explain and an id or a name, for example explain partner engagement.',
    },
    stale: {
      title: 'This card is out of date',
      text: 'It was made by an older version of the bot, or its data was changed. Start again to get a fresh card.',
    },
    error: {
      title: 'Something went wrong on my side',
      text: 'Your answers are kept on this card. Try again, or start over.',
      message: 'Sorry, something went wrong on my side. Your answers are kept: click the card again, or type start.',
    },
    suggestion: {
      title: 'Looks like: {l2}',
      youWrote: 'You wrote',
      confidence: 'Confidence: {percent}%',
      why: 'Why',
      evidenceTerm: '“{text}” points to {l2}',
      evidenceExample: 'Like “{text}” ({l2})',
      runnerUps: 'Also possible: {list}',
      abstain: 'I’m not sure which L2 this is. Let’s walk through it.',
      truncated: '(shortened)',
    },
    language: {
      title: 'Choose your language',
      changed: 'From now on I’ll answer you in {language}.',
    },
    summary: {
      title: 'Review summary: {count} blockers',
      empty: 'Nothing settled in this conversation yet: finish a triage and press “Add to review summary”.',
      customer: 'Customer',
      workload: 'Workload',
      l2: 'L2',
      notes: 'Notes',
      confirmedBy: 'Confirmed by',
      when: 'When',
      copyHeading: 'Copy for FTOP',
      csvName: 'review-summary.csv',
      csvReady: 'The review summary as a CSV file.',
      clearQuestion: 'Clear the review summary of this conversation? This cannot be undone.',
      cleared: 'The review summary is cleared.',
      kept: 'The review summary is kept.',
      settled: 'Added to the review summary by {name}.',
      answeredBy: 'by {name}',
      unknownCustomer: '(not given)',
    },
    notAllowed: 'This bot is not available to your organisation.',
    storageDown: 'Sorry, I can’t reach my storage right now. Nothing was changed; please try again in a minute.',
  },
};
