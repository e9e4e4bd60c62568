import { LocaleText } from './types';

/** English: the playbook's own text (playbook-pages/) and every string the bot shows. */
export const en: LocaleText = {
  locale: 'en',
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
      kind: {
        ask: 'What is mainly in the way?',
      },
      'detail-infrastructure': {
        ask: "What in the customer's environment must change first?",
      },
      'detail-it-team': {
        ask: "What about the customer's IT team is in the way?",
      },
      'detail-adoption': {
        ask: 'What about the users or the business is in the way?',
      },
      'detail-feature': {
        ask: "What is missing or wrong in Microsoft's service?",
      },
      'detail-apps': {
        ask: "What about the customer's own apps is in the way?",
      },
      'detail-partner': {
        ask: 'What about the partner is in the way?',
      },
      'detail-licensing': {
        ask: 'What about licences or contracts is in the way?',
      },
      'detail-reliability': {
        ask: "What is shaking the customer's confidence in the service?",
      },
      'ms-must-change': {
        ask: 'Would Microsoft have to change its product for the customer to go on (add a feature, a setting or a certification, or fix a bug)?',
        finding: 'Microsoft would have to change its product',
      },
      'service-confidence': {
        ask: "Is the customer's confidence in the Microsoft service (its availability, speed or reliability) what holds them back?",
        finding: "the customer's confidence in the service holds them back",
      },
      commercial: {
        ask: 'Is the blocker about what the customer has bought or must buy from Microsoft (licences, subscriptions, the agreement)?',
        finding: 'a commercial matter with Microsoft (licences, subscriptions, agreement) is open',
      },
      'env-change': {
        ask: "Must something in the customer's own IT environment be upgraded, replaced or reconfigured first (network, devices, directory, servers, Windows or browsers)?",
        finding: "something in the customer's own IT environment must change first",
      },
      'own-apps': {
        ask: "Is it one of the customer's own applications, add-ins or integrations (not a Microsoft product) that does not work with the service?",
        finding: "one of the customer's own apps, add-ins or integrations does not work with the service",
      },
      'partner-involved': {
        ask: 'Is a partner (a consultancy or reseller the customer hires) part of this rollout?',
        finding: 'a partner is part of the rollout',
      },
      'partner-holds-up': {
        ask: 'Is the partner what holds things up (not chosen or contracted yet, not responding, or unable to do the work)?',
        finding: 'the partner is holding things up',
      },
      'it-team': {
        ask: "Is the customer's own IT team the constraint (its people, time, budget, skills, processes or policies)?",
        finding: "the customer's own IT team is the constraint",
      },
      'users-business': {
        ask: 'Are the end users or business leaders the ones not ready (training, resistance, a decision to wait), rather than IT?',
        finding: 'end users or business leaders are not ready',
      },
      'inf-devices': {
        ask: 'Are there problems with setting up desktops or devices for the service?',
        finding: 'problems setting up desktops or devices for the service',
        option: 'Desktops or devices to set up',
      },
      'inf-network': {
        ask: 'Is the customer having problems with network devices, bandwidth or the connection to the service (for example VPN, firewall)?',
        finding: 'problems with network devices, bandwidth or connection (VPN, firewall)',
        option: 'Network, VPN, firewall, bandwidth',
      },
      'inf-server-upgrade': {
        ask: 'Does the customer need to upgrade to a new version of Exchange or SharePoint before migrating?',
        finding: 'Exchange/SharePoint must be upgraded before migration',
        option: 'Exchange/SharePoint to upgrade',
      },
      'inf-directory': {
        ask: "Does the customer's directory need work first (Active Directory, identity sync, federation)?",
        finding: 'the directory (Active Directory, identity sync, federation) needs work first',
        option: 'Directory, sync or federation',
      },
      'inf-merger': {
        ask: 'Is a merger, acquisition or split of the company behind the blocker?',
        finding: 'a merger, acquisition or split of the company is behind it',
        option: 'A merger, acquisition or split',
      },
      'm365-windows-image': {
        ask: 'Is the customer blocked from rolling out Microsoft 365 Apps until they complete their Windows 10 image?',
        finding: 'Microsoft 365 Apps rollout waits for the Windows 10 image',
        option: 'Waiting for the Windows 10 image',
      },
      'm365-packaging': {
        ask: 'Are there problems with package creation or deployment?',
        finding: 'problems with package creation or deployment',
        option: 'Package creation or deployment',
      },
      'm365-channel': {
        ask: 'Is the customer experiencing channel communications issues?',
        finding: 'channel communications issues',
        option: 'Channel communications issues',
      },
      'm365-update-solution': {
        ask: 'Is there a problem with understanding or deploying an update solution for the service?',
        finding: 'problems understanding or deploying an update solution',
        option: 'The update solution',
      },
      'teams-exchange-first': {
        ask: 'Is the customer waiting to deploy Exchange first?',
        finding: 'waiting to deploy Exchange first',
        option: 'Exchange to be deployed first',
      },
      'itcm-resourcing': {
        ask: 'Is the customer short of IT staff, admin time or budget for the work?',
        finding: 'short of IT staff, admin time or budget',
        option: 'Too few IT staff, time or budget',
      },
      'itcm-skills': {
        ask: "Does the customer's own IT team lack the skills for this workload?",
        finding: "the customer's IT team lacks the skills for the workload",
        option: 'IT lacks the skills',
      },
      'itcm-helpdesk': {
        ask: "Does the customer's helpdesk need preparing before it can support the workload?",
        finding: 'the helpdesk must be prepared to support the workload',
        option: 'Helpdesk to be prepared',
      },
      'itcm-update-cadence': {
        ask: "Does the service's update cadence clash with how IT tests, approves or manages its software?",
        finding: "the service's update cadence clashes with how IT manages its software",
        option: 'Update cadence vs IT processes',
      },
      'itcm-allow-lists': {
        ask: 'Does IT have trouble keeping network allow lists (URLs and IP ranges) current?',
        finding: 'IT has trouble keeping network allow lists current',
        option: 'Keeping allow lists current',
      },
      'itcm-policy': {
        ask: 'Must an IT or security policy of the customer be rewritten first?',
        finding: 'an IT or security policy must be rewritten first',
        option: 'IT or security policy to rewrite',
      },
      'ado-user-education': {
        ask: 'Do users need training or education before the rollout can go on?',
        finding: 'users need training or education first',
        option: 'Users need training',
      },
      'ado-departments': {
        ask: 'Are some departments affected much more than others?',
        finding: 'some departments are affected much more than others',
        option: 'Some departments hit harder',
      },
      'ado-culture': {
        ask: "Does the company's culture or way of working have to change first?",
        finding: "the company's culture or way of working must change first",
        option: 'Culture or ways of working',
      },
      'ado-plan': {
        ask: 'Does the customer need an adoption or change-management plan before going on?',
        finding: 'an adoption or change-management plan is needed first',
        option: 'An adoption plan is needed',
      },
      'ado-business-decision': {
        ask: 'Are business leaders delaying the rollout or yet to decide on it (not for licence or partner reasons)?',
        finding: 'business leaders are delaying or have not decided',
        option: 'Leaders delay or have not decided',
      },
      'pfc-requirement': {
        ask: 'Is there a function or setting the customer needs that the service does not offer?',
        finding: 'the service does not offer a function or setting the customer needs',
        option: 'A function or setting it lacks',
      },
      'pfc-bug': {
        ask: 'Is there a bug in a Microsoft product that stops the customer?',
        finding: 'a bug in a Microsoft product stops the customer',
        option: 'A bug in the product',
      },
      'pfc-logged': {
        ask: 'Has the gap been logged with the product group (OneList or GetHelp)?',
        finding: 'the gap is logged with the product group (OneList/GetHelp)',
      },
      'pfc-security': {
        ask: 'Is the need a security, privacy or compliance one (a control, a setting or a certification)?',
        finding: 'the need is a security, privacy or compliance one',
        option: 'Security, privacy or compliance',
      },
      'pfc-residency': {
        ask: "Must the customer's data stay in a country or region where the service does not offer it?",
        finding: 'the data must stay in a country or region the service does not offer',
        option: 'Data location not offered',
      },
      'pfc-workaround': {
        ask: 'Does the customer have an acceptable workaround today?',
        finding: 'an acceptable workaround exists today',
      },
      'pfc-competitor': {
        ask: 'Does a competing product offer what the customer needs?',
        finding: 'a competing product offers what is needed',
      },
      'app-lob-testing': {
        ask: "Has testing the customer's own apps with the service shown problems?",
        finding: "testing the customer's own apps with the service showed problems",
        option: 'App testing shows problems',
      },
      'app-vendor': {
        ask: 'Is an app vendor yet to certify or support its product with the service?',
        finding: 'an app vendor has yet to certify or support its product',
        option: 'A vendor yet to certify its app',
      },
      'app-identity': {
        ask: "Do the customer's apps need a different sign-in or identity setup (for example another UPN format or legacy authentication)?",
        finding: 'the apps need a different sign-in or identity setup (e.g. UPN format, legacy authentication)',
        option: 'Apps need other sign-in or UPN',
      },
      'm365-addins': {
        ask: 'Do Office add-ins (Outlook, Excel, Word) stop working?',
        finding: 'Office add-ins (Outlook, Excel, Word) stop working',
        option: 'Office add-ins stop working',
      },
      'm365-excel-formulas': {
        ask: 'Are custom Excel formulas or macros affected by the upgrade?',
        finding: 'custom Excel formulas or macros are affected by the upgrade',
        option: 'Excel formulas or macros',
      },
      'par-skills': {
        ask: 'Does the partner lack the skills or experience for this workload?',
        finding: 'the partner lacks skills or experience for the workload',
        option: 'Partner lacks skills',
      },
      'par-finding': {
        ask: 'Is the customer still looking for a partner, or still contracting one?',
        finding: 'still looking for or contracting a partner',
        option: 'Partner not found or contracted',
      },
      'par-relationship': {
        ask: 'Is the relationship between the customer and the partner strained?',
        finding: 'the customer-partner relationship is strained',
        option: 'Relationship is strained',
      },
      'par-unresponsive': {
        ask: 'Has the partner stopped responding (to the customer or to Microsoft)?',
        finding: 'the partner has stopped responding',
        option: 'Partner stopped responding',
      },
      'par-scope': {
        ask: "Does the partner's contract (SOW) leave out work the rollout needs?",
        finding: "the partner's contract (SOW) leaves out work the rollout needs",
        option: 'SOW leaves out needed work',
      },
      'bil-assignment': {
        ask: 'Are licences missing, not yet assigned, or in the wrong number?',
        finding: 'licences are missing, unassigned or the wrong number',
        option: 'Licences missing or unassigned',
      },
      'bil-platform': {
        ask: 'Did the customer buy the wrong platform or SKU (for example they need a government cloud)?',
        finding: 'the wrong platform or SKU was bought',
        option: 'Wrong platform or SKU',
      },
      'bil-tenant-move': {
        ask: 'Must licences or subscriptions move (to another tenant, data centre or region, or after a merger)?',
        finding: 'licences or subscriptions must move (tenant, data centre or region)',
        option: 'Licences must move',
      },
      'bil-capex': {
        ask: 'Is the purchase held up by budget approval, a purchase order or how it is accounted for (capital expense)?',
        finding: 'the purchase is held up by budget approval, a PO or its accounting',
        option: 'Budget approval, PO or accounting',
      },
      'bil-contract': {
        ask: 'Is an Enterprise Agreement or other contract with Microsoft stalled?',
        finding: 'an Enterprise Agreement or other contract with Microsoft is stalled',
        option: 'EA or contract stalled',
      },
      'bil-plan-features': {
        ask: 'Does the customer need features outside their current plan (for example E3 to E5)?',
        finding: 'needs features outside the current plan (e.g. E3 to E5)',
        option: 'Needs a higher plan (e.g. E5)',
      },
      'rel-incidents': {
        ask: 'Has the customer seen outages, incidents or slowness of the Microsoft service?',
        finding: 'the customer has seen outages, incidents or slowness of the service',
        option: 'Outages, incidents or slowness',
      },
      'rel-backup': {
        ask: 'Does the customer doubt that their data can be backed up and recovered in the service?',
        finding: 'doubts that data can be backed up and recovered in the service',
        option: 'Backup and recovery doubts',
      },
      'rel-transparency': {
        ask: "Has the customer asked for proof of the service's reliability (SLA, uptime history, trust and transparency material)?",
        finding: "the customer asked for proof of the service's reliability",
        option: 'Asked for proof of reliability',
      },
      'rel-control': {
        ask: 'Is the customer worried about losing control compared with running it on-premises?',
        finding: 'worried about losing control compared with on-premises',
        option: 'Fear of losing control',
      },
      'rel-updates': {
        ask: 'Is the customer worried about how updates and changes reach their users?',
        finding: 'worried about how updates and changes reach users',
        option: 'How updates reach users',
      },
    },
    kindOptions: {
      environment: {
        title: 'Their IT environment',
        hint: 'network, devices, directory, servers, Windows or browser versions must change first',
        finding: "something in the customer's IT environment is in the way",
      },
      'it-org': {
        title: 'Their IT team',
        hint: 'not enough people, time, budget or skills; IT processes or policies',
        finding: "the customer's IT team is the constraint",
      },
      users: {
        title: 'Users or the business',
        hint: 'training, readiness, resistance, a business decision to wait',
        finding: 'the users or the business are not ready',
      },
      'service-gap': {
        title: "Missing in Microsoft's service",
        hint: 'a feature, setting or certification it lacks, or a bug',
        finding: "Microsoft's service lacks something the customer needs",
      },
      apps: {
        title: 'Their own apps',
        hint: 'line-of-business apps, add-ins or integrations that fail with it',
        finding: "the customer's own apps are in the way",
      },
      partner: {
        title: 'A partner',
        hint: "choosing or contracting one, or the partner's work",
        finding: 'a partner is where it is stuck',
      },
      licensing: {
        title: 'Licences or contracts',
        hint: 'what they bought or must buy, the agreement with Microsoft',
        finding: 'licences or contracts are open',
      },
      trust: {
        title: 'Trust in the service',
        hint: 'outages, slowness, doubts about reliability or control',
        finding: "the customer's trust in the service is in the way",
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
      changeAnswer: 'Change the answer to “{question}”',
      explainL2: 'Explain {l2}',
      page: 'Full L2 page',
      use: 'Use',
      details: 'Details',
    },
    answers: { y: 'Yes', n: 'No', u: 'Not sure', none: 'None of these' },
    welcome: {
      title: 'Blocker triage for FastTrack',
      intro:
        'When a rollout is set to L1 **Blocked** in FTOP, I find the right L2 and give you the FTOP fields and a notes line ready to paste.',
      fastest:
        'Fastest: describe the blocker here in your own words, for example “customer is waiting for the new EA contract”. I answer with the L2 at once.',
      more: 'Or type start for a guided walk through the playbook’s questions, and help for every command.',
      channelTip: 'In a channel or group chat, @mention me: everyone sees the same card.',
    },
    help: {
      title: 'What I can do',
      commands: [
        { command: 'start', description: 'Start a guided triage (also: triage).' },
        { command: 'list', description: 'List the eight L2 reasons of Blocked.' },
        { command: 'explain <L2>', description: 'Show one L2’s page, by id or name (e.g. explain app compatibility).' },
        { command: 'help', description: 'Show this card.' },
        { command: 'summary', description: 'The review summary of this conversation, with a block to copy for FTOP.' },
        { command: 'summary csv', description: 'The same review summary as a CSV file.' },
        { command: 'clear summary', description: 'Empty the review summary, after a confirm.' },
        { command: 'language', description: 'Choose the language I answer in.' },
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
      leaning: 'Leaning towards: {l2}',
    },
    result: {
      title: '{l1} › {l2}',
      confidence: { one: '{percent} sure after {count} answer', other: '{percent} sure after {count} answers' },
      chosen: 'Chosen by you',
      fromDescription: '{percent} sure, from your description',
      why: 'Why',
      definition: 'Definition',
      scope: 'Scope',
      confirm: 'Confirm with the customer',
      workloadQuestions: 'For {workload}',
      notThis: 'Not this L2 when…',
      belongsTo: '{example} → {l2}',
      ftop: 'FTOP fields, {phase} phase',
      ftopAll: 'All FTOP fields, {phase} phase',
      notesLine: 'Notes line for FTOP',
      notRight: 'Not right? Other candidates',
      runnerUp: '{l2} · {percent}',
      unsettledTitle: 'The answers do not settle it',
      unsettledIntro: 'These L2s fit what you answered. Pick the one that matches, or choose from all eight.',
      useCandidate: 'Use {l2}',
      nextAction: 'Remove the blocker: {l2}',
      portal: '{portal} ({local})',
    },
    notes: {
      head: '{l1} – {l2} [{id}]',
      headWorkload: '{l1} – {l2} [{id}] ({workload})',
      withDetails: '{head}: {details}.',
      withoutDetails: '{head}.',
      separator: '; ',
    },
    choose: {
      title: 'Choose the L2',
      intro: 'Pick the L2 that fits.',
      kept: 'Your answers so far are kept.',
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
      confidence: 'Confidence: {percent}',
      why: 'Why',
      evidenceTerm: '“{text}” points to {l2}',
      evidenceExample: 'Like “{text}” ({l2})',
      alsoPossible: 'Also possible',
      abstain: 'I’m not sure which L2 this is. Let’s walk through it.',
      truncated: '(shortened)',
    },
    language: {
      title: 'Choose your language',
      changed: 'From now on I’ll answer you in {language}.',
    },
    summary: {
      title: { one: 'Review summary: {count} blocker', other: 'Review summary: {count} blockers' },
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
    extensions: {
      quoted: '{author} wrote',
      from: 'message by {author}',
      fromMessage: 'quoted message',
      posted: 'I’m posting the suggestion under the message, where everyone here can work on it.',
      dialogTitle: 'Triage this blocker',
      privateIntro:
        'Only you see this: I’m not a member of this conversation. Post it to share it, or add me to the conversation so that everyone works on the same card.',
      post: 'Post it in the conversation',
      noText: 'That message has no text I can read. Describe the blocker to me in your own words instead.',
      fits: 'Fits the description: {percent}%',
    },
    files: {
      tsvHeading: 'Table for Excel (tab-separated)',
      howTo:
        'Bots can’t send files in channels, group chats or meetings. Copy the table and paste it into Excel: it fills the columns, and you can save it as a file there.',
      declined: 'OK, no file. Type summary to see the review summary here.',
      expired: 'That file offer has expired. Type summary csv for a new one.',
      failed: 'I couldn’t upload the file. Nothing was lost: type summary csv to try again.',
    },
    notAllowed: 'This bot is not available to your organisation.',
    storageDown: 'Sorry, I can’t reach my storage right now. Nothing was changed; please try again in a minute.',
  },
};
