import type { ReferenceSet } from './types';

/**
 * English reference blocker descriptions, filed by L2 and family (families.ts), each in the playbook's
 * plain register and in FM shorthand (types.ts). Written fresh in English, not translated. A border
 * example sits under its true L2 with the L2 it looks like in a comment.
 */
export const en: ReferenceSet = {
  'customer-it-infrastructure-remediation': {
    'inf.client-os': {
      plain: [
        "Most of the customer's desktops still run an old version of Windows that the new apps do not support, so the operating system has to be upgraded first.",
        'The customer cannot start the rollout until its new Windows 10 image is finished and tested.',
        'It seems that several offices still rely on Internet Explorer as their only browser, and it has to be replaced before the web apps can be used.',
        'An older Office version is still installed on most machines and has to be removed before the new apps can go on.',
        'Probably the devices need to move to a supported Windows release before anything else can happen.',
        'About 600 production PCs run Windows 10 LTSC, on which the new Office apps are not supported, so they must move to a standard Windows edition first; the desktop team is fully staffed and the money is approved.',
      ],
      notes: [
        'Win 7 still on ~2,400 PCs, OS upgrade first, M365 Apps rollout parked till then',
        'Win10 image not final yet - Cx wont push Apps for enterprise until gold image signed off',
        'IE11 still default browser across branches, SPO modern pages break, browser upgrade needed',
        'Office 2010 MSI installs on kiosk PCs must be removed before C2R, uninstall scripts failing',
        'Edge not deployed, legacy Chrome build on thin clients too old for Teams web',
        '~350 lab PCs on Win10 LTSC 2019, M365 Apps not supported there -> OS swap first; IT staffed + funded, purely a tech dependency',
      ],
    },
    'inf.devices': {
      plain: [
        'Many of the laptops are too old to run the new client and have to be replaced before users can move.',
        'Company phones must be set up and enrolled before the mobile rollout can begin.',
        'Meeting rooms still have older video equipment that will not work with the new meeting service, so the hardware must be swapped first.',
        "The hospital's shared workstations need more memory before they can run the new apps.",
        "The field inspectors' iPads are stuck on an old iPadOS version that the current Outlook and Teams apps will not install on, and they have to be replaced before they can be enrolled.",
      ],
      notes: [
        'Teams Rooms: 40 rooms w/ legacy Polycom kit, hardware refresh ETA Q3',
        'Intune enrolment blocked - ~600 Android handsets below min OS, being replaced',
        "3,000 shop-floor PCs have 4GB RAM, can't run new Office, HW refresh scheduled Sept",
        'headsets + webcams not yet shipped to call centre, Teams voice go-live waits on hardware',
      ],
    },
    'inf.directory': {
      plain: [
        'The customer has several Active Directory forests that must be cleaned up before identities can be synchronised.',
        'Synchronisation between the on-premises directory and the cloud keeps failing, so accounts are not showing up.',
        'User names in the local directory end in a domain that cannot be used in the cloud, and they must be changed first.',
        'Users still sign in through an ageing federation server that has to be replaced before the move.',
        'It appears that hybrid identity has never been set up, so nothing can be migrated yet.',
      ],
      notes: [
        '3 forests + 11 child domains, AAD Connect topology undecided, identity sync on hold',
        'UPN suffix is corp.local, non-routable, needs fixing before Entra Connect',
        'Entra Connect throwing dup proxyAddress errors on ~900 objects, EXO migration blocked',
        'ADFS 2.0 farm on old servers, Cx moving to PHS first then we can onboard',
        'no hybrid identity yet, cloud-only accts would clash w/ on-prem AD',
      ],
    },
    'inf.merger': {
      plain: [
        'The customer recently merged with another company and cannot migrate until the two directories are combined.',
        'Part of the business is being sold, and its users and data have to be split into a separate environment first.',
        'After the acquisition, the two companies still run separate mail systems that must be consolidated before the rollout.',
        "Nothing can move until the directory of the acquired subsidiary has been folded into the group's own.",
      ],
      notes: [
        'M&A: acquired co. still on own AD forest, consolidation needed before EXO cutover',
        'divestiture of retail unit - environment split first, OD4B migration paused',
        'merger closed in March, both ADs need merging before Teams can go to everyone',
        'spin-off in progress, must carve out AD + mailboxes for new entity b4 we touch SPO',
      ],
    },
    'inf.network': {
      plain: [
        'The network at the branch offices does not have enough bandwidth for video calls and has to be upgraded.',
        "The customer's VPN devices are not compatible with the new service and need to be replaced.",
        'It seems the firewall is blocking the traffic the service needs, and the network has to be reconfigured before anyone can use it.',
        'The proxy servers inspect all encrypted traffic, which breaks the connection to the cloud, so they must be changed first.',
        'Wireless coverage in the warehouses is too weak for staff to work with the new apps.',
        "Meetings keep dropping because the customer's own internet lines are slow, and nothing will improve until they are upgraded.",
        'The firewalls at the plants are out of vendor support and their firmware cannot cope with the number of connections Teams opens, so they are being replaced this quarter before any plant moves.',
        "The mining company's remote sites reach the internet only over a satellite link with so much delay that calls break up, and a new connection has to be installed before those crews can move.",
      ],
      notes: [
        'branch WAN links 10Mbps, Teams meetings unusable, MPLS upgrade in flight',
        'VPN forced tunnel sends all O365 traffic via HQ, split tunnel not supported on current ASA',
        'FW drops UDP 3478-3481, Teams media falls back to TCP, FW rules need redoing',
        'proxy does SSL inspection on EXO/SPO endpoints, Outlook keeps disconnecting, bypass needed',
        'DNS still points autodiscover at the old on-prem box, fix needed before mailbox moves',
        "site Wi-Fi can't handle 200 ppl on Teams at once, APs being replaced",
        'no Wi-Fi at all in 3 warehouses, Teams on handhelds impossible, APs ordered (delivery wk 38) - IT has the ppl',
      ],
    },
    'inf.server-upgrade': {
      plain: [
        'The customer still runs a very old version of its mail server, which must be upgraded before a hybrid migration can start.',
        'The on-premises document servers are on a release that cannot be migrated directly and need an intermediate upgrade.',
        'The hybrid connection between the local mail system and the cloud is only half built.',
        'Before users can move to the cloud chat and calling service, the old on-premises phone and chat servers have to be brought up to date.',
        'The file servers are in poor shape and have to be repaired before any data can be copied to the cloud.',
      ],
      notes: [
        'Exch 2010 on-prem, needs 2016/2019 hop before HCW, EXO migration on hold',
        "SP 2010 farm - can't migrate w/ current tool, upgrade to 2016 first",
        'SfB 2015 pool needs CU + config fixes before Teams upgrade mode change',
        'hybrid half done: HCW ran but MRS proxy endpoint not working, no mailbox moves yet',
        'file server cluster has corrupt shares, repair needed before KFM/SPO migration',
      ],
    },
    'inf.config': {
      plain: [
        'The customer has a specific configuration in its environment that is not compatible with the service.',
        "The way mail is routed through an on-premises appliance is not supported by the cloud service and has to be changed on the customer's side.",
        'Custom registry settings pushed to every desktop stop the new Office apps from activating, so they need to be removed.',
        'Shared mailboxes are set up with permissions across domains in a way that cannot be migrated as it stands.',
        "It looks like the customer's home-grown setup for redirecting user folders clashes with cloud file sync.",
      ],
      notes: [
        'custom TLS connector setup on-prem incompatible w/ EXO, Cx must rework mail flow',
        'roaming profiles + folder redirection to UNC breaks OneDrive sync, config change needed',
        'legacy registry keys disabling modern auth in Outlook, have to be removed before cutover',
        '3rd-party smarthost config not supported by EXO, Cx changing routing',
      ],
    },
    'inf.m365-deploy': {
      plain: [
        'The customer cannot get the installation package for the new Office apps to build correctly.',
        'The deployment tooling fails to push the apps out to the desktops, so the rollout has stopped.',
        'It is not clear to the customer how updates for the apps should be delivered, and no update solution is in place yet.',
        'Devices are not receiving the right update channel, and the channel settings have to be fixed before going further.',
      ],
      notes: [
        'ODT config.xml packaging fails in SCCM, M365 Apps deployment stuck at pilot',
        'Intune Win32 app for Apps for enterprise errors 0x80070643 on half the fleet',
        'channel mess: devices flip between Current and Semi-Annual, needs fix b4 broad rollout',
        'no update solution in place (WSUS vs CDN vs ConfigMgr) for M365 Apps, rollout paused',
      ],
    },
    'inf.teams-exchange': {
      plain: [
        'The customer wants to wait until its mail is in the cloud before turning on the chat and meetings service.',
        'The collaboration rollout depends on mailboxes moving to the cloud first, and that migration has not started.',
        'Calendar features in the meeting app will not work until the hybrid mail setup is finished.',
        'It appears that Teams can only go live once the Exchange Online migration is complete.',
      ],
      notes: [
        'Teams on hold, Cx wants EXO migration done first (~Q3)',
        "mailboxes still on Exch 2013, Teams calendar/meetings won't work till hybrid live",
        'Teams waits on EXO cutover, currently 20% of mailboxes moved',
        'cx: no Teams before Exchange hybrid is stable',
      ],
    },
    'inf.border': {
      plain: [
        "The customer's own internet lines are saturated, so calls sound broken even though the service itself is healthy.", // looks like service-reliability
        'Users complain that the cloud is slow, but the delay turns out to come from all traffic being routed through one overloaded proxy.', // looks like service-reliability
        'The intranet application was suspected at first, but it is the outdated browser on every desktop that must be upgraded.', // looks like app-compatibility
        "The service supports the scenario; what blocks it is the customer's nonstandard mail routing, which has to be changed.", // looks like product-feature-capability
        'The IT team has the people and the know-how; it is simply waiting for new firewalls to arrive before it can open the required ports.', // looks like it-change-management-resourcing
        'Desktop group policy settings prevent the new apps from signing in and must be adjusted.', // looks like it-change-management-resourcing
        "Nothing is wrong with the IT team's capacity or skills: many home-based staff use laptops with Windows Home, which cannot be joined to the cloud directory, and those devices have to be upgraded or replaced.", // looks like it-change-management-resourcing
        "The proxy decrypts all TLS traffic, including the service's, and breaks sign-in. The fix is technical, either exempting the Microsoft 365 endpoints or replacing the appliance, and the network team has the people and budget to do it.", // looks like it-change-management-resourcing
      ],
      notes: [
        'Teams call quality bad at 3 plants - root cause plant WAN saturation, not an MS incident', // looks like service-reliability
        "cx says SPO 'down' every morning, actually their proxy auth timing out, proxy fix needed", // looks like service-reliability
        "not a product gap: EXO supports it, Cx's custom relay config is the blocker", // looks like product-feature-capability
        'GPO blocking WAM sign-in for Office - technical setting to change, not a policy rewrite', // looks like it-change-management-resourcing
        'LOB app fine in testing, blocker is Win 8.1 on reception PCs, OS upgrade first', // looks like app-compatibility
        'network team staffed + ready, just waiting on new VPN concentrators to ship', // looks like it-change-management-resourcing
        "not ITCM: change approved, budget + 2 net engs assigned; perimeter FW is EOL, no more firmware, can't do FQDN rules -> swap first", // looks like it-change-management-resourcing
        'not a skills thing - admins know Autopilot well; 2016-era laptops lack TPM 2.0, so Win11 + Autopilot waits on HW refresh', // looks like it-change-management-resourcing
      ],
    },
  },
  'it-change-management-resourcing': {
    'itcm.staff': {
      plain: [
        'The customer does not have enough IT staff to run the migration alongside daily operations.',
        'The only administrator who knows the mail system is on parental leave until the autumn.',
        'Key people in the infrastructure team have been pulled onto an ERP project, so nobody is left to work on the rollout.',
        'Two engineers left the IT department this quarter, and apparently neither has been replaced.',
        'The administrators simply have no time left for the project this month.',
        'The school district has a single part-time technician covering forty sites.',
      ],
      notes: [
        'Cx IT team of 3 fully booked w/ SAP S/4 go-live, Intune rollout on ice till Q4',
        'only EXO admin resigned, backfill not hired yet',
        'M365 admin out on sick leave 6 wks, no cover',
        'infra team stretched - datacentre move takes all capacity till Feb',
        'nobody in IT has cycles to own Purview labels config, project parked',
      ],
    },
    'itcm.budget': {
      plain: [
        'There is no budget this year for the remediation work that has to happen before the migration.',
        'The IT department cannot fund the network upgrade the rollout depends on until next financial year.',
        'Money for the device management project was cut in the latest budget round.',
        'The customer may not be able to pay for the extra engineering effort the clean-up needs.',
        'Contractors would have to be hired to do the directory work, and no money has been set aside for them.',
      ],
      notes: [
        'no IT budget for AD cleanup project until FY26',
        "remediation budget frozen by CFO, Win11 upgrade work can't start",
        'Cx IT opex cut 20%, contractor for SPO migration not funded',
        'budget for Teams Rooms remediation pending approval, ETA unknown',
        'no funds for extra IT headcount, sponsor said wait for next FY',
      ],
    },
    'itcm.skills': {
      plain: [
        "Nobody on the customer's team has worked with device management before, and bringing in a partner has not been considered.",
        'The administrators are unsure how to configure data loss prevention and do not feel able to do it themselves.',
        'It seems the in-house team lacks the identity know-how to plan the hybrid setup.',
        "The customer's IT staff have only ever looked after on-premises servers and do not yet know how to run a cloud service.",
      ],
      notes: [
        'Cx IT no Intune experience, no partner considered, MDM config stalled',
        'admins never did a hybrid EXO migration, unsure where to start',
        'IT lacks PowerShell skills to script bulk OD4B provisioning',
        'sec team has zero Purview DLP experience, policies not built',
        'Cx IT unfamiliar w/ Copilot admin controls + SPO oversharing reports, no partner in the picture',
        "in-house team doesn't know Autopilot, learning as they go, very slow",
      ],
    },
    'itcm.helpdesk': {
      plain: [
        "The customer's helpdesk is not ready to support a cloud workload and has not been trained on it.",
        'The support team has no procedures yet for handling user issues with the new chat service.',
        "First-line support is outsourced, and the provider's scripts do not cover cloud mailboxes.",
        'The service desk doubts it can cope with the volume of tickets a large rollout will bring.',
      ],
      notes: [
        "service desk not trained on Teams, Cx won't go wide until L1 can handle tickets",
        'no KB articles / runbooks for OneDrive issues at helpdesk yet',
        'L1 support has no escalation path for EXO issues, helpdesk not ready',
        "Cx helpdesk is 5 people, can't absorb 8k users' Windows 11 calls, want support model first",
      ],
    },
    'itcm.update-cadence': {
      plain: [
        "The monthly release pace of the new apps does not fit the customer's process of certifying every software version before it reaches users.",
        'IT tests every change for three months, and the service changes faster than that.',
        'The customer is struggling to manage how often the apps update against its internal software testing calendar.',
        'The IT team is used to one major release every few years and has no process for changes that arrive every month.',
      ],
      notes: [
        "Cx packaging team certifies each Office build for 90 days, can't keep up w/ Monthly Enterprise channel",
        "change calendar allows 2 releases/yr, Windows feature updates + M365 cadence don't fit",
        'IT wants to freeze versions for 12 months, evergreen model clashes w/ their release mgmt',
        'QA cycle for desktop image is quarterly, Teams client auto-updates faster than they can sign off',
      ],
    },
    'itcm.process-break': {
      plain: [
        "Service maintenance keeps setting off the customer's monitoring, and IT has no way yet to tell planned work from real incidents.",
        "The incident process assumes the customer's own staff can fix the server, which no longer holds once the mail is in the cloud.",
        'Changes pushed by the service broke the operations runbooks the IT team uses every day.',
        'The IT team has not worked out how to find out about problems now that the servers are no longer its own.',
      ],
      notes: [
        "SCOM alerts firing on every MS maintenance window, NOC can't triage, process rework needed",
        'incident mgmt process built for on-prem Exchange, no path for MS-side incidents, ops blocked',
        "monthly service changes broke IT's ops runbooks for SPO site provisioning",
        'nobody watching Message Center / Service Health, issue discovery process missing',
      ],
    },
    'itcm.policy': {
      plain: [
        'The home use policy does not allow staff to install the apps on personal machines and has to be rewritten.',
        'IT insists on a technical approval process for every change, and it cannot be adjusted for a cloud service.',
        "The security team's data handling policy was written for on-premises systems and must be redesigned before files can move.",
        'The change advisory board only meets quarterly, and every setting needs its approval.',
        'The device policy forbids personal phones from reaching company mail, and IT has not agreed to revisit it.',
      ],
      notes: [
        'CAB approves 1 change/month, tenant config changes stuck in queue',
        'BYOD policy bans personal devices, Intune MAM rollout needs policy rewrite first',
        'infosec data classification policy is on-prem only, must be redone for SPO/OD4B',
        'IT refuses to change their manual ticket-based account provisioning, blocks auto-provisioning',
        'home use rights policy not approved by IT governance, Office on home PCs paused',
      ],
    },
    'itcm.allow-lists': {
      plain: [
        'The network team cannot keep up with the changing list of addresses the service uses, so connections keep failing.',
        'IT has no process to update the firewall allow list when the service adds new endpoints.',
        'The administrators probably update the permitted addresses by hand only once a year, which is not often enough.',
        'Nobody in IT owns the list of approved service addresses.',
      ],
      notes: [
        'O365 IP/URL list changes monthly, net team updates FW manually each quarter, stuff breaks',
        'no owner for endpoint allowlist, new Teams URLs blocked again',
        'cx proxy whitelist out of date, IT not subscribed to endpoint change feed',
        "allow list upkeep not in anyone's job description, SPO sync breaks after each change",
      ],
    },
    'itcm.border': {
      plain: [
        'The firewall itself is capable; what is missing is someone in IT with the time to configure it.', // looks like customer-it-infrastructure-remediation
        'Users are ready and asking for the new tools, but the IT team cannot support them yet.', // looks like adoption-readiness
        "The customer's own engineers lack the experience for the migration, and no partner has been involved.", // looks like partner-engagement
        'The licences are paid for; there is no budget to pay engineers to clean up the directory.', // looks like billing-licensing-subscription
        'Training is needed, but for the administrators, not for the end users.', // looks like adoption-readiness
        'The update pace worries IT only because its testing process cannot keep up, not because the service is unstable.', // looks like service-reliability
      ],
      notes: [
        "it's not the users - Cx IT's own change process is the bottleneck", // looks like adoption-readiness
        'no partner in scope; Cx IT attempting alone w/o Intune skills', // looks like partner-engagement
        'proxy upgrade ready to go, just no admin available to do it until March', // looks like customer-it-infrastructure-remediation
        'licences fine, the missing budget is for the remediation contractors', // looks like billing-licensing-subscription
        'admins need Teams admin training before rollout (end users fine)', // looks like adoption-readiness
        'IT wants to pin the Office version b/c of their test cycle, not b/c of outages', // looks like service-reliability
      ],
    },
  },
  'adoption-readiness': {
    'ado.training': {
      plain: [
        'There is no plan yet to teach staff how to use the new tools.',
        'Users have not been trained, and the business does not want anything switched on until they have been.',
        'It seems the organisation cannot free up time for employees to attend training before the summer.',
        'Staff on the shop floor have never used a collaboration app and will need hands-on sessions first.',
        'The customer wants training material ready for every role before the rollout begins.',
        'Nurses work in shifts, and there is no way to get them into training sessions any time soon.',
      ],
      notes: [
        "no end-user training plan for Teams, Cx won't go live w/o one",
        'training for 1,200 frontline staff not scheduled, Rollout paused',
        "Copilot: users need prompt training first, L&D hasn't built the course",
        'Cx wants OneDrive how-to sessions per dept before KFM, none booked',
        'sales reps on the road, no slot for SPO training till after Q3 close',
        'eLearning for new Outlook not ready, HR holding go-live',
      ],
    },
    'ado.resistance': {
      plain: [
        'Staff are pushing back against the new chat tool and want to keep using email.',
        'Many users do not want to give up their shared drives and refuse to store files in the cloud.',
        'The lawyers are afraid the new ways of working will slow them down and have asked to be left out.',
        'Employees seem worried that the assistant will be used to watch over their work.',
        'The senior doctors do not see why they should change how they work and are ignoring the new tools.',
        'The warehouse teams are openly sceptical and say the new tools are just extra work.',
        'Office staff are nervous about moving their files to the cloud, even though the service has worked fine in testing, because no one has explained what will change for them.',
        'Several warehouse supervisors are refusing to switch to the new mail because they fear losing their old messages; nobody has walked them through how the move will work.',
        'The accountants are anxious that their work will be visible to everyone once it is online. Nothing is wrong with the service, but the change has never been explained to them.',
        'Older staff at the clinic say they do not want their letters kept "on the internet" and are pushing back, mainly because management has told them nothing about the change.',
        'The sales team seems to be dragging its feet because they worry about losing their contacts. The pilot went well, but nobody has told them what to expect.',
        'The consultants at the engineering firm have decided the new chat tool cannot be trusted with client work. There has been no outage and no message has gone missing; the real reason is that they prefer to keep decisions in email, where they can point to them later.',
      ],
      notes: [
        'users refuse to leave mapped drives, OD4B adoption at 5%',
        'engineering staff pushing back on Teams, prefer email + Skype',
        'staff fear Copilot = job cuts, strong pushback in ops',
        'execs refuse to use Teams Phone, want their desk phones back',
        "field techs resisting Intune enrolment on their phones, 'big brother' fears",
        'middle mgmt resisting, still forcing approvals by email',
        "pilot grp refusing Copilot ('it'll be used to rate us') - svc stable, 0 incidents, licences live, it's a trust-in-mgmt issue",
      ],
    },
    'ado.departments': {
      plain: [
        'The finance department will be hit much harder than anyone else and is not ready to change.',
        'Some user groups, such as the call centre, depend heavily on the old tools and need a separate plan.',
        'Nobody has worked out yet which departments will be affected most by the move.',
        'It appears that the research labs work very differently from the rest of the company and need their own approach before the rollout can continue.',
        'Frontline workers in the stores are far more affected than office staff and have not been prepared at all.',
      ],
      notes: [
        'HR + payroll most affected by SPO move, not ready, rest of org waiting on them',
        'call centre agents heavily impacted by Teams voice, need separate readiness track',
        "dept impact analysis not done, Cx can't sequence waves",
        'marketing fine, legal dept not ready for OD4B - whole wave held',
        'lab staff hit hardest by shared-drive retirement, no separate plan for them',
      ],
    },
    'ado.culture': {
      plain: [
        'The company runs on paper and face-to-face meetings, and leadership knows that culture has to change first.',
        'There is no adoption plan, and the customer does not know how to bring people along.',
        'Emailing attachments is a deeply rooted habit, and the customer wants to change that before switching on shared files.',
        'It seems there is no change management plan for the business side of the rollout.',
        'Leaders still expect decisions to be made in meetings and on paper, which the customer sees as a bigger obstacle than the technology.',
      ],
      notes: [
        'no adoption/change plan in place, Cx asked for help building one',
        "very hierarchical culture, staff won't post in open Teams channels, culture shift needed",
        'email-attachment culture, Cx wants org change programme before SPO',
        'adoption plan still draft, not approved by the business',
        "'my files on my desktop' culture, sharing mindset not there yet",
      ],
    },
    'ado.business-process': {
      plain: [
        'The approval process for contracts is built around printed forms and has to be redesigned before moving to the new tools.',
        'The way teams share documents with clients has to be reworked before anything is migrated.',
        'Purchasing depends on the old way of filing, and its business processes must be changed first.',
        'The business has not yet redefined who approves and files project documents once they live in the cloud.',
        'Sales, legal and finance first have to agree how they will work on contracts together in the shared workspace.',
        'Leave requests and overtime claims at the bus company still travel between depots on signed paper forms, and the business wants that process redesigned before the depot managers move to Teams; the service itself has run without a single problem.',
      ],
      notes: [
        'invoice approval workflow on paper, biz process redesign before Teams/SPO',
        'project filing process differs per dept, needs harmonising before SPO migration',
        'sales ops process built around shared Excel on file server, must be redesigned first',
        'biz wants to redefine client-sharing process before enabling external access in OD4B',
        'case handling process needs rewrite before moving casework to Teams',
        'French sub: union agreement on after-hours Teams msgs (right to disconnect) needed b4 drivers get it, no tech blocker',
      ],
    },
    'ado.business-decision': {
      plain: [
        'The leadership team has postponed the rollout until after the busy season.',
        'The project lost its executive sponsor, and nobody on the business side has taken it over.',
        'A reorganisation is under way, and the business does not want to change tools in the middle of it.',
        'The board has not decided yet whether the whole company or just head office should move first.',
        'The business may be waiting for the new chief operating officer before approving the next phase.',
      ],
      notes: [
        'retail peak season, biz freeze on changes till Jan',
        'exec sponsor left, no biz owner, Copilot pilot stalled',
        'reorg announced, leadership pausing Teams rollout until new structure set',
        "COO hasn't signed off the go-live date, waiting on leadership",
        'year-end close - finance says no changes till mid-Feb',
      ],
    },
    'ado.communication': {
      plain: [
        'Users have not been told that their files are moving.',
        'There is no communication plan for the rollout and no one assigned to send the messages.',
        "There are no champions in the business to answer colleagues' questions.",
        'Staff only heard about the change through rumours, and the customer wants to fix that before going further.',
        'The customer does not know how to announce the change so that people actually read it.',
        'Users have not been told why the company is moving to the cloud or when, and rumours that their files will be deleted are spreading through the branches.',
        'The service is working as expected in the pilot, but staff across the plant are worried about the switch because no announcement or explanation has been sent out.',
        'There are no champions or briefings planned, so teachers have filled the silence with their own fears about the move and many say they will not take part.',
        'The customer has not prepared any messages for employees about the change, and the works council reports that staff are uneasy about having their email moved online.',
        'Employees at the insurer are probably worried only because management has not explained the move yet; there has been no problem with the service itself.',
        'The pilot at the county council went badly because staff were moved to the new mailboxes without warning and assumed their old messages had been lost. Nothing failed technically, yet senior managers now say they have lost confidence in the project.',
      ],
      notes: [
        'no comms plan, end users unaware of mailbox move date',
        'champions network not set up yet, Cx wants 1 per floor before Teams',
        "internal comms team hasn't approved the announcement, launch on hold",
        'users not informed re OneDrive KFM, Cx afraid of panic calls',
        'launch email never went out, staff confused, go-live paused',
      ],
    },
    'ado.border': {
      plain: [
        'The blocker is not the IT department; the store managers have not agreed to change how their staff work.', // looks like it-change-management-resourcing
        'The licences are in place, but the business has chosen to wait until the new financial year to launch.', // looks like billing-licensing-subscription
        "The partner is ready and waiting; the customer's business leaders still have not chosen a start date.", // looks like partner-engagement
        'The helpdesk is ready; it is the employees who have had no training.', // looks like it-change-management-resourcing
        'It is the users, not the administrators, who do not understand what is changing.', // looks like it-change-management-resourcing
        'Staff call the new app unreliable, but it turns out they have simply never been shown how to use it.', // looks like service-reliability
        'Hospital management says it is not confident enough to go further, although Service Health shows nothing and there have been no incidents; what it is really waiting for is an agreement with the staff council on whether Teams presence and activity data may be used to monitor nurses.', // looks like service-reliability
        'The Copilot licences are bought and assigned, but the insurer will not switch the assistant on for staff until legal and HR have agreed rules on what generative AI may be used for and which data it may be given.', // looks like billing-licensing-subscription
        'IT finished the HR site structure weeks ago; the hold-up is that HR and legal have not decided who may see salary and performance documents once they leave the old file share.', // looks like it-change-management-resourcing
      ],
      notes: [
        "not IT - biz units haven't agreed new ways of working", // looks like it-change-management-resourcing
        'licences all assigned, biz decided to wait till after peak', // looks like billing-licensing-subscription
        'partner on standby, customer leadership still no go decision', // looks like partner-engagement
        'IT/helpdesk ready, end users untrained', // looks like it-change-management-resourcing
        "users say Teams 'doesn't work' - really just never trained on channels", // looks like product-feature-capability
        "budget's there, sponsor just not prioritising Copilot this half", // looks like billing-licensing-subscription
        "CIO says 'confidence gone' after pilot - root cause = users found out on the day, zero comms; no outage, SHD clean", // looks like service-reliability
        'partner finished tenant + SPO build wk 12, go-live waits on Cx redesigning its paper contract approvals, not on partner', // looks like partner-engagement
      ],
    },
  },
  'product-feature-capability': {
    'pfc.missing-feature': {
      plain: [
        'The service does not offer a function the customer considers essential for its daily work.',
        'The customer needs a setting that simply does not exist in the product yet.',
        'There is no way in the service to limit who can create team sites by department, at the level of detail the customer needs.',
        'The product cannot show planners a combined view of all the resources they book, so the planning team cannot move.',
        'The new assistant cannot yet work with files in the format the customer uses most.',
        'The customer expected the service to support a particular kind of approval step, and it does not.',
        "The agency's tenant is in GCC High, and the meeting recap feature its staff used in the commercial pilot has not been released in that cloud, whatever licences are assigned.",
        "The customer's China subsidiary has its subscription in the cloud operated by 21Vianet, where the assistant is not offered at all, so the group-wide Copilot rollout cannot include it.",
      ],
      notes: [
        'no per-channel guest policy in Teams, Cx hard requirement',
        "Copilot can't summarise the file types Cx relies on, pilot stopped",
        'SPO missing column-level permissions, Cx needs it for HR library',
        'Intune has no setting to lock kiosk mode the way Cx needs on shared tablets',
        "Forms can't do conditional payments/signatures Cx needs, no workaround",
        "Bookings can't handle multi-staff appointments, no workaround",
        "21V tenant for the China plants: no Copilot, no Bookings in that cloud, global template can't apply",
      ],
    },
    'pfc.bug': {
      plain: [
        'A product bug stops users from opening shared files, and the rollout is on hold until Microsoft fixes it.',
        'A defect in the desktop client makes calendar invitations disappear, which the customer cannot accept.',
        'It appears that a known issue in the product corrupts attachments in some messages; a fix has been promised but not delivered.',
        'Microsoft has confirmed a bug that stops the migration tool from copying file permissions.',
        'A defect in the sync client keeps duplicating files, and the customer has stopped the rollout until it is fixed.',
      ],
      notes: [
        'confirmed bug in new Outlook: shared calendars not syncing, PG fix ETA unknown',
        'Teams desktop crashes on screen share w/ multiple monitors, bug logged, waiting hotfix',
        'Intune compliance policy bug marks all devices noncompliant, CA rollout paused',
        'SPMT bug drops metadata on large libs, case open w/ MS',
        'OneDrive sync client bug on Mac dupes files, rollout frozen pending fix',
      ],
    },
    'pfc.security-privacy': {
      plain: [
        'The customer needs a privacy control that the service does not provide.',
        'The security team requires customer-held encryption keys for one workload, and the option does not exist there.',
        "It seems the service cannot hide participants' names from one another in the way the customer's privacy rules require.",
        'A security feature the customer relies on today has no equivalent in the cloud service.',
        "Administrators' access to mailboxes has to be audited in more detail than the service allows.",
        'The defence supplier works in a DoD tenant, and according to the account team the insider risk controls its security officer insists on are not available in that environment under any plan.',
      ],
      notes: [
        'no CMK option for Teams chat data, infosec blocks rollout',
        "privacy gap: can't mask attendee names in Teams webinars to the degree works council needs",
        'sec feature missing: no granular admin role for mailbox search that Cx requires',
        'infosec wants watermarking on mobile sessions, not supported yet',
        'security feature missing: no per-policy IP restriction on guest access',
        "GCC High tenant - endpoint DLP option infosec needs not rolled out to that cloud yet, ISSM won't approve",
      ],
    },
    'pfc.certification': {
      plain: [
        'The customer needs a compliance certification for its industry that the service does not yet have.',
        'The health authority requires an attestation that Microsoft cannot provide for this workload today.',
        'The defence supplier cannot move until the service is accredited to the national standard it must meet.',
        'The regulator will apparently only approve cloud storage with a certification the service is still working towards.',
      ],
      notes: [
        'Cx needs national cloud accreditation (level 3), Copilot not certified yet',
        "auditor wants attestation for Teams Phone recording, MS can't supply",
        "certification gap: service not on the regulator's approved list yet",
        "pharma Cx needs an industry-specific cert for SPO that MS doesn't hold",
      ],
    },
    'pfc.data-residency': {
      plain: [
        "There is no data centre in the customer's country, and local law requires its data to stay there.",
        'Citizen data must stay inside national borders, and the service cannot guarantee that for every workload.',
        "Some data processed by the assistant may leave the region, which the customer's rules do not allow.",
        "It seems the service stores some meeting recordings outside the customer's geography, which is a hard stop for them.",
        'The customer deliberately created its tenant in the EU region, but audio from live transcription may still be processed elsewhere, and no other subscription would change that.',
      ],
      notes: [
        'no in-country DC for Cx (local data law), EXO move blocked',
        'data residency: Copilot processing not guaranteed in-region, legal says no',
        'public sector Cx needs all Teams data in-country, ADR not covering it yet',
        'patient data must stay in-country, no local M365 region',
        "ADR add-on already bought, still doesn't cover Copilot interaction data, legal won't sign",
      ],
    },
    'pfc.client-support': {
      plain: [
        "The mobile app is not available in the language the customer's field staff speak.",
        "The customer's staff use a type of rugged device that the app does not support.",
        'The desktop client lacks an accessibility feature that several employees rely on.',
        'The app is not offered for the Linux workstations the engineers use.',
        'Every user already has a Copilot licence, but the assistant probably does not work reliably in Icelandic yet, and the fishing cooperative runs almost entirely in that language.',
      ],
      notes: [
        "no Walkie Talkie support on Cx's rugged device model, MS not planning it",
        "Outlook mobile UI not localised in Cx's language",
        'screen reader issues in new Teams client for blind staff, accessibility blocker',
        "no native Linux client for OneDrive sync, engineering can't move",
        "licences assigned, but Teams live captions don't offer Khmer, Phnom Penh office stays on old tool",
      ],
    },
    'pfc.parity': {
      plain: [
        'The on-premises system does something the cloud service cannot, and the customer will not give that up.',
        'A competing product the customer already uses offers a feature that the service does not match.',
        'The current file server lets users do something that has no equivalent in the cloud.',
        'It seems the customer will not move its phones until the cloud calling service matches the features of its current phone system.',
      ],
      notes: [
        'parity gap vs on-prem Exchange: public folder features Cx uses not in EXO',
        "competitor tool has a feature Cx uses daily that Teams doesn't, won't switch till parity",
        "Planner lacks the cross-plan dependencies Cx's current PM tool has, PMO won't move",
        "on-prem PBX call park features missing in Teams Phone, reception won't migrate",
      ],
    },
    'pfc.roadmap': {
      plain: [
        'The gap has been logged with the product group, and the customer is waiting to see when it will appear on the roadmap.',
        'A design change request was filed months ago, and there is still no date for the feature.',
        'The customer will only proceed once Microsoft confirms a release date for the missing capability.',
        "The request is on the product team's list but has not been prioritised.",
        'The account team raised the gap through the official feedback channel, and the customer is waiting for an answer.',
      ],
      notes: [
        'OneList item logged for missing feature, no ETA from PG',
        'DCR filed via GetHelp in Q1, still under review',
        'roadmap item delayed twice, Cx holding until GA',
        "feature only in private preview, Cx won't deploy w/o GA",
        "GetHelp case closed as 'by design', escalated to OneList, waiting",
      ],
    },
    'pfc.border': {
      plain: [
        'The customer has every licence it could buy, and the feature is still not offered in any plan.', // looks like billing-licensing-subscription
        "The customer's systems are set up correctly; the service itself just does not support this scenario.", // looks like customer-it-infrastructure-remediation
        'The service has been stable throughout; the complaint is that it lacks a capability, not that it fails.', // looks like service-reliability
        "No in-house application is involved; Microsoft's own client is missing the option.", // looks like app-compatibility
        'The IT team knows exactly how it would configure this, but the product simply has no setting for it.', // looks like it-change-management-resourcing
        'The privacy officer is not worried about outages; she needs a control that the service does not have.', // looks like service-reliability
        'Moving the customer to a higher licence would not help: the product group confirmed that no plan, add-on or premium tier lets field engineers edit Loop pages offline.', // looks like billing-licensing-subscription
        'The customer was ready to pay for a bigger subscription, but the per-project retention of meeting recordings it asked for is not sold at any price.', // looks like billing-licensing-subscription
        'It seems the customer took the missing payment step in Bookings for a licensing matter, yet no plan or add-on offers it, E5 included.', // looks like billing-licensing-subscription
        "Microsoft does not offer its own calling plans in the country where the customer's service centre sits, so buying more Teams Phone licences would change nothing.", // looks like billing-licensing-subscription
        'Service health shows no incident and everything else runs normally, but Microsoft has confirmed a defect that stops recurring appointments in Bookings from saving, and the customer is waiting for the fix.', // looks like service-reliability
      ],
      notes: [
        'not a licensing issue - not in E5 or any add-on, product gap', // looks like billing-licensing-subscription
        'Cx config is fine, PG confirmed scenario unsupported', // looks like customer-it-infrastructure-remediation
        'no 3rd-party app involved, gap is in Outlook itself', // looks like app-compatibility
        'service up & fast, just missing the feature', // looks like service-reliability
        "admins skilled enough, setting doesn't exist in Teams admin center", // looks like it-change-management-resourcing
        "checked w/ LSS + seller: no SKU or add-on has Loop offline editing, E5 won't fix it, PG gap", // looks like billing-licensing-subscription
        "Cx offered to buy Teams Premium to get per-attendee recording consent - doesn't help, not in any plan", // looks like billing-licensing-subscription
        'svc health all green, no incident - PG-confirmed bug in sensitivity label sync to Teams sites, fix ETA 6 wks', // looks like service-reliability
      ],
    },
  },
  'app-compatibility': {
    'app.lob': {
      plain: [
        "The customer's line-of-business application is not compatible with the cloud service.",
        'An in-house ordering system only works with mailboxes on the local server and stops working once they move.',
        'The claims system used by every branch cannot open files stored in the cloud.',
        'The main production planning tool probably will not run alongside the new version of the apps.',
        'A home-grown records application writes straight to the file share and has no way to use cloud storage.',
        "The bank's loan processing software fails as soon as the new Office version is installed.",
        'The customer runs about 300 InfoPath forms for purchasing and HR, and every one of them has to be rebuilt before those sites can leave the on-premises farm.',
        'The engineering division still tracks change requests in dozens of Lotus Notes applications, which have to be redeveloped on another platform before the mail migration can go ahead.',
        'The intranet is built on full-trust farm solutions and custom web parts that cannot be deployed to SharePoint Online, so it has to be redesigned before the migration.',
      ],
      notes: [
        'in-house ERP client fails w/ M365 Apps 64-bit, rollout to finance stopped',
        'LOB app relies on MAPI to on-prem Exchange, breaks after EXO move',
        "claims app reads from mapped drive paths, can't use OD4B/SPO",
        'custom HR portal embeds Word via old COM interface, crashes on new Office',
        'LIMS app in the lab incompatible w/ new Office version, lab group excluded',
        "CAD viewer can't open files synced via OneDrive (placeholders), eng dept blocked",
        '~120 Access DBs on the ops/QA share, need rebuild (Power Apps/Dataverse) b4 share can go to SPO',
        'SP2013 workflows on 40 team sites, Cx must recreate in Power Automate, those sites parked',
      ],
    },
    'app.vendor': {
      plain: [
        'The vendor of the accounting software has not certified it for the cloud service.',
        'The supplier has no version of its product that works with the new apps yet and will not commit to a date.',
        'According to its maker, the practice management software is only supported with older Office versions.',
        'It seems the vendor will withdraw support if the customer moves before certification.',
        'The company that makes the point-of-sale software has not tested it with the new apps and will not support it.',
        'The supplier of the quality-management system built it on InfoPath and SharePoint 2010 workflows and says a cloud-ready version will not ship before next year.',
      ],
      notes: [
        "ISV hasn't certified their DMS for M365 Apps, Cx won't move w/o it",
        "vendor's compatible version due Q2 next year, rollout waits",
        'EHR vendor only supports Office 2016 MSI, no statement on C2R',
        "ISV says Teams integration is 'on roadmap', no date",
        'vendor cert for new Outlook pending, no date given',
        'EDI vendor only supports MAPI/CDO to on-prem Exch, Graph connector not till v9',
      ],
    },
    'app.addins': {
      plain: [
        'Several Outlook add-ins the sales team depends on stop working after the upgrade.',
        'An Excel add-in used for financial reporting does not load in the new version.',
        "The legal team's Word add-in for document numbering fails in the new apps.",
        'As far as the customer can tell, the email archiving add-in is not supported in the new mail client.',
        'A tax calculation add-in used across accounting no longer appears in the new version of the spreadsheet app.',
      ],
      notes: [
        'Outlook COM add-in for CRM not loading in new Outlook, sales blocked',
        'treasury Excel add-in crashes on 64-bit Office',
        'Word add-in for legal templates fails on M365 Apps, legal dept held back',
        'e-sign Outlook add-in incompatible, needs a web add-in version',
        'PDF add-in in Word/Excel disabled by M365 Apps, Cx reviewing alternatives',
      ],
    },
    'app.macros': {
      plain: [
        "Custom formulas in the finance team's spreadsheets give different results after the upgrade.",
        'The customer relies on hundreds of macros that stop working in the new version.',
        'Document templates with embedded code fail to open correctly in the new apps.',
        'It seems much of the reporting runs on spreadsheets full of old code that does not work on 64-bit installations.',
        'The quoting process depends on a workbook whose automation crashes after the upgrade.',
        'Budgeting still runs on VBA-driven workbooks that talk to an old on-premises database through a retired driver, and they have to be rewritten before finance can switch to the new apps.',
      ],
      notes: [
        'VBA macros w/ 32-bit API declares break in 64-bit M365 Apps',
        "custom Excel UDFs return #VALUE after upgrade, finance won't move",
        'dotm templates w/ legacy macros broken in new Word, 300 templates to fix',
        'Access DBs + Excel macros in ops, ~2k files to remediate',
        'Excel macro calling old ODBC driver fails, sales quote tool broken',
        'VBA in ~80 controlling workbooks uses DDE + old ADO to on-prem SQL, rewrite needed b4 Apps rollout',
      ],
    },
    'app.identity': {
      plain: [
        "The customer's applications expect a sign-in name that differs from the one the cloud service uses.",
        'Several internal apps still rely on older sign-in methods that will stop working once modern authentication is enforced.',
        'An important app needs user accounts in a form that does not match the new identity setup.',
        'A third-party portal apparently accepts only the old domain login and cannot work with the new user names.',
        'The timesheet application signs people in against its own account list, which cannot be tied to the new cloud identities.',
        "A reporting tool written by the customer's own developers reads mailboxes through EWS with basic authentication, which the cloud no longer accepts, so it must be changed to modern authentication first.",
      ],
      notes: [
        'LOB apps need sAMAccountName login, UPN change breaks them',
        "legacy basic auth used by ERP, can't disable until app fixed",
        "app requires UPN = email, Cx's UPNs differ, app SSO broken",
        "custom app is Kerberos-only, no SAML/OIDC, can't federate w/ Entra",
        'app needs on-prem NTLM auth, breaks for cloud-only users',
        'in-house alerting tool sends via SMTP AUTH basic, tenant-wide disable planned -> app needs OAuth rewrite, devs say 3 months',
      ],
    },
    'app.testing': {
      plain: [
        'Testing showed problems in three core applications, and the rollout is held until they are resolved.',
        'It seems nobody has checked whether the line-of-business tools work with the new apps.',
        'The pilot group found that several business applications behave differently, and more testing is needed.',
        'Compatibility tests on the lab machines are still running, and two critical apps have not passed yet.',
      ],
      notes: [
        'LOB app compat testing 40% done, 120 apps remaining',
        'UAT of core apps w/ M365 Apps found 6 failures, Rollout on hold',
        'no app compat testing done yet for new Office, Cx needs app inventory first',
        'pilot: 3 of 15 LOB apps failing w/ new Teams, retest next sprint',
      ],
    },
    'app.integration': {
      plain: [
        'The call centre software does not connect to the new calling service.',
        'The document scanning system sends files by email in a way that no longer works after the move.',
        'The archiving solution cannot pick up mail from the cloud service.',
        'The in-house CRM integration that files emails automatically breaks after migration.',
        'The visitor management system books rooms through the old calendar server and cannot talk to the cloud one.',
        'An interface between the booking system and the mail platform stops delivering notifications after the move.',
        "The customer's EDI software picks up purchase orders from a shared mailbox with an old protocol and a stored password, and it will probably stop working once the mailboxes move.",
      ],
      notes: [
        'contact centre platform not integrated w/ Teams Phone, voice migration blocked',
        'MFPs scan-to-email via SMTP relay break after EXO, need vendor firmware',
        "3rd-party archive can't ingest from EXO, legal hold concern",
        'CRM email tracking integration breaks with new Outlook',
        'SAP-to-EXO calendar sync tool unsupported after migration',
        'ticketing system mail connector stops working post-migration, vendor checking',
        'Notes-based contract DB feeds SAP via custom agent, must be replaced before Domino shutdown + EXO cutover',
      ],
    },
    'app.border': {
      plain: [
        "The service works as designed; it is the customer's own reporting tool that cannot read from it.", // looks like product-feature-capability
        'Windows and the browser are current; the problem is the ordering application, which does not support the new apps.', // looks like customer-it-infrastructure-remediation
        "The missing capability is in the vendor's product, not in Microsoft's.", // looks like product-feature-capability
        'Microsoft cannot fix this one: the incompatibility sits in a plugin the customer built itself.', // looks like product-feature-capability
        'The sign-in problem is not the directory itself but a payroll app that insists on the old login format.', // looks like customer-it-infrastructure-remediation
        'The users are ready to switch, but the estimating tool they rely on does not work with the new version yet.', // looks like adoption-readiness
        'Identity sync is healthy and hybrid join works; what blocks the move is an in-house approvals tool that only understands Windows integrated sign-in and must be rebuilt.', // looks like customer-it-infrastructure-remediation
        'Upgrading the SharePoint servers is not the issue: the custom 2010 workflows the customer built have no path to the cloud and must be recreated.', // looks like customer-it-infrastructure-remediation
      ],
      notes: [
        "not a product bug - Cx's own Outlook add-in crashes, MS can't fix", // looks like product-feature-capability
        "OS + browser fine, LOB web app just doesn't work w/ SPO auth", // looks like customer-it-infrastructure-remediation
        'ISV roadmap, not MS roadmap: vendor adding Graph support next yr', // looks like product-feature-capability
        "directory is clean, it's the ERP that needs a different UPN", // looks like customer-it-infrastructure-remediation
        'slow? no - the archive connector is what times out, EXO itself fine', // looks like service-reliability
        "IT team ready, waiting on the vendor's Teams-certified build of the dialler", // looks like it-change-management-resourcing
        "not an AD/network issue - intranet web parts are full-trust WSPs, can't go to SPO, rebuild in SPFx", // looks like customer-it-infrastructure-remediation
      ],
    },
  },
  'partner-engagement': {
    'par.selection': {
      plain: [
        'The customer has not yet chosen a partner to help with the deployment.',
        'It seems the customer is struggling to find a partner with experience in its region.',
        'Three partners have pitched for the work, and no decision has been made between them.',
        'The customer wants outside help but does not know where to find a suitable partner.',
        'The tender for an implementation partner has been delayed.',
      ],
      notes: [
        'partner selection ongoing, RFP closes 30 Sep',
        "Cx can't find a partner w/ Teams Phone exp in LATAM",
        '2 partners shortlisted, decision slipping',
        'no partner identified yet for Intune deployment, FM sent list',
        'partner tender re-opened after first round failed',
        'Cx wants a Microsoft-recommended partner, none chosen yet',
      ],
    },
    'par.contracting': {
      plain: [
        'The statement of work with the partner has not been signed.',
        'The partner cannot start because the purchase order for its services is still pending.',
        'Contract negotiations with the chosen partner have dragged on for two months.',
        "It appears the lawyers on both sides are still arguing over the partner's terms.",
        "The partner is ready to start, but its contract is stuck in the customer's approval chain.",
        "The partner that resells the customer's licences through CSP is also meant to run the migration, but the statement of work for that deployment is still unsigned; the subscriptions themselves are active and correctly assigned.",
      ],
      notes: [
        'SOW w/ partner not signed, kickoff moved',
        'partner PO stuck in Cx procurement',
        'MSA w/ partner under legal review, est. 3 wks',
        'partner contract lapsed, work stopped till re-signed',
        'partner SOW redlines going back and forth, no signature yet',
        "CSP partner = deployment partner too; licences fine (E5 active), SOW for EXO migration unsigned, stuck w/ partner's legal",
      ],
    },
    'par.skills': {
      plain: [
        'The partner does not have experience with this workload.',
        "The partner's consultants have probably never run a migration of this size.",
        'The partner knows the older on-premises products but not the cloud service.',
        "The partner's team lacks the security expertise the customer needs for the compliance work.",
        'The partner has struggled with device management and keeps asking the customer for guidance.',
      ],
      notes: [
        'partner has no Purview experience, DLP design stalled',
        'partner consultants new to Teams voice, call routing design wrong twice',
        'partner strong in SCCM, weak in Intune, Autopilot stuck',
        "partner lacks Copilot readiness skills, can't run the assessment",
        "partner's first EXO hybrid, mailbox moves failing and they're unsure why",
        'partner never deployed Teams Rooms, Cx doing their homework for them',
        'partner has nobody who can test Cx LOB apps against M365 Apps, asked FT for help, wave 1 on hold',
        'Partner cant package the Outlook add-ins for Intune, never done it b/c they mostly do SMB mail migrations. Cx waiting',
        'partner out of their depth - no exp deploying Excel/Word add-ins centrally, pilot stuck since 3/12',
        'Cx partner says they dont do app compat testing, only EXO mailbox moves. need 2nd partner or upskill, ETA TBD',
        'Partner consultant new to ODT/SCCM packaging for M365 Apps, 2 failed attempts so far, rollout paused',
        'SI lacks VSTO know-how, cant redeploy finance add-ins on new Office build; apps themselves fine per vendor',
        'partner team v junior, no exp running test plan for Cx in-house apps on Win11 + M365 Apps. Go-live slipped to Q3',
        'Partner only has Teams voice ppl, nobody to run the LOB app testing before SPO/OD4B cutover',
        'reseller partner has no MSIX/App-V packaging exp for Cx legacy apps, asked us for a runbook',
      ],
    },
    'par.scope': {
      plain: [
        "The partner's contract only covers email, so nobody is doing the file migration.",
        'The agreed scope leaves out user training, and the partner will not do it without a change request.',
        'The statement of work may not include the identity work the project now needs.',
        'The partner was engaged for planning only and is not allowed to carry out the deployment.',
        'The partner says that helping with the meeting rooms falls outside what was agreed.',
        "The customer's licence provider was engaged only to sell the subscriptions and set up the tenant. The mail and file migration was never part of its contract, and nobody else has been hired to do it.",
        "Apparently the regional partner's contract with the school trust covers licences and a one-day tenant configuration only, so the OneDrive rollout across the schools has nobody to carry it out.",
      ],
      notes: [
        'SOW covers EXO only, SPO/OD4B out of scope',
        'partner scope excludes adoption, Cx expected it incl.',
        'change request needed for partner to cover Intune, not approved',
        'partner engaged for 20 days, all used, work half done',
        "KFM not in partner's SOW, no one owns it",
        'partner contracted for licensing + basic tenant setup only, Intune/Autopilot never in their contract, Cx assumed it was',
      ],
    },
    'par.unresponsive': {
      plain: [
        "The partner has not replied to the customer's emails for several weeks.",
        'Microsoft has tried to reach the partner about the next steps, without any answer.',
        'The partner keeps missing the weekly meetings, and the project has stalled.',
        'Since the kickoff, the partner has gone quiet.',
        'The customer cannot get the partner to confirm a date for the next migration wave.',
      ],
      notes: [
        'partner not responding to FM since 12 May',
        'partner no-show at 3 status calls, Cx frustrated',
        'partner ghosting on the migration plan, no update in 4 wks',
        'pinged partner PM x3 re Teams cutover date, no reply',
        "partner hasn't answered the MS partner manager either, escalated",
      ],
    },
    'par.relationship': {
      plain: [
        'The customer no longer trusts the partner and is thinking of ending the engagement.',
        "It seems the partner and the customer's IT manager cannot agree on anything, and work has stopped.",
        'The customer has told Microsoft it no longer wants to work with the partner but has not found a replacement.',
      ],
      notes: [
        'Cx-partner relationship strained after missed go-live, escalation pending',
        'Cx unhappy w/ partner quality, wants to switch',
        'friction between partner lead and Cx PM, meetings cancelled',
        'Cx exec demanded a new partner PM, partner refused, stalemate',
        'Cx + partner blaming each other for failed pilot, no progress',
      ],
    },
    'par.capacity': {
      plain: [
        'The partner has no consultants free until next quarter.',
        "The partner's only expert on the workload has been moved to another client.",
        'The partner may have taken on too many projects and cannot staff this one.',
        'The partner can only give the project one day a week, which is not enough to keep it moving.',
        'The partner has asked to push the start date back because its team is busy elsewhere.',
      ],
      notes: [
        'partner fully booked, earliest start Nov',
        'partner lead consultant left the firm, no replacement',
        'partner overcommitted, Teams rollout slipping weekly',
        'partner capacity: 1 resource for 14k seats',
        "partner can't staff weekend cutovers, EXO waves delayed",
        'partner pulled their Intune guy onto another deal',
      ],
    },
    'par.border': {
      plain: [
        "The customer's own IT team has the skills; it is the consultants it hired who do not know the product.", // looks like it-change-management-resourcing
        'The agreement with Microsoft is signed; what is missing is the contract with the implementation partner.', // looks like billing-licensing-subscription
        'Users are waiting for training that the partner was supposed to deliver but has not scheduled.', // looks like adoption-readiness
        "The purchase order that is stuck is for the partner's services, not for licences.", // looks like billing-licensing-subscription
        "The migration failures come from the partner's team using the tool wrongly, not from the product.", // looks like product-feature-capability
        "There is a dispute over the partner's invoices, and the partner has paused its work until it is settled.", // looks like billing-licensing-subscription
        "It looks like a licensing hold-up because everything runs through the same CSP, but the licences were renewed on time; what is unsigned is the partner's separate services agreement for the Teams Phone deployment.", // looks like billing-licensing-subscription
        "A change order adding device management to the partner's services contract has sat with the customer's procurement team for six weeks. The Intune licences are not the issue; they came with the E3 renewal the same partner handled.", // looks like billing-licensing-subscription
        "The licences are fine; it is the reseller's quote for the migration days that has waited a month for the customer's signature, and the reseller will not schedule engineers without it.", // looks like billing-licensing-subscription
      ],
      notes: [
        "Cx IT capable, hired partner isn't - partner skill gap", // looks like it-change-management-resourcing
        'EA done, SOW w/ partner still unsigned', // looks like billing-licensing-subscription
        "partner owns adoption in SOW but hasn't started, users waiting", // looks like adoption-readiness
        'invoice dispute Cx vs partner, partner stopped work', // looks like billing-licensing-subscription
        "partner blames 'network issue' but can't show any, they just don't know Teams", // looks like customer-it-infrastructure-remediation
        "pilot data loss was the partner's migration tool misconfig, Cx lost faith in partner not MS", // looks like service-reliability
        "not a billing issue: CSP subs renewed 1 Jul, blocker is partner's change order for the SPO migration (unsigned)", // looks like billing-licensing-subscription
        "PO pending is for the partner's deployment days, not licences - Copilot seats already assigned", // looks like billing-licensing-subscription
      ],
    },
  },
  'billing-licensing-subscription': {
    'bil.assignment': {
      plain: [
        'There are not enough licences for all the users who are due to move.',
        'Apparently the licences were assigned to the wrong group of users and need to be sorted out.',
        'The new subscription has not shown up in the admin portal, so no one can be licensed.',
        'Half of the staff are still without a licence for the new apps.',
        'The licences that were ordered are still pending and cannot be given to anyone.',
        'The business decided that shop-floor workers will move to a smaller plan, but the change has not been made, so their accounts cannot be set up for the rollout.',
        "The order for the new licences was booked against the wrong company entity, so nothing has arrived in the customer's account and the users cannot be moved.",
        'HR has agreed which staff get the full package and which get the basic one, but nobody has applied that decision yet, and the migration is waiting on it.',
        'The customer decided that contractors should only get the web-only plan. Their accounts have not been switched over, so the contractor group cannot join the next wave.',
        "Licences for the 150 new nurses were bought but recorded under the hospital's old name, and they cannot be handed out until the order is corrected.",
      ],
      notes: [
        'E5 licences purchased but not provisioned in tenant yet',
        'only 2k of 6k users licensed, rest waiting',
        'Copilot licences not showing in M365 admin center, ticket w/ licensing',
        'Teams Phone licences missing for 300 users, calling Rollout paused',
        'licences not applied after order, 3 wks waiting on provisioning',
        'not enough Intune licences for the contractors, enrolment stalled',
      ],
    },
    'bil.transfer': {
      plain: [
        'The licences sit in the wrong tenant and have to be moved before users can be assigned.',
        "After the merger, the subsidiary's licences have to be transferred to the parent company's tenant.",
        'The subscriptions must be moved to a data centre in another region.',
        'It seems the licences bought by a local office must be moved under the global agreement first.',
        'Because the company split in two, the licences must be divided between the old and the new tenant.',
      ],
      notes: [
        'licences need transfer from old tenant to new, LSA engaged',
        "post-acquisition: move 4k E3 from sub's tenant to parent",
        'subscription move to EU geo required before migration, pending w/ MS',
        'wrong enrollment - seats under EMEA EA need moving to US',
        'tenant consolidation: subs must move to surviving tenant before users migrate',
      ],
    },
    'bil.sku': {
      plain: [
        'The customer bought the commercial plan but needs the government cloud version.',
        'It seems the wrong product was ordered, and it does not include the workload the customer wants to deploy.',
        'The licences purchased are for a different edition from the one the project was planned around.',
        'The school bought business licences when it should have bought education licences.',
        'The regulated business unit needs its licences in a separate cloud, and the current ones cannot be used there.',
      ],
      notes: [
        'Cx on commercial SKUs, needs GCC High - re-purchase required',
        'wrong SKU: bought Business Premium, needs E3 for 500+ users',
        'F1 ordered instead of F3, no Office apps for store staff',
        'ordered Teams Essentials by mistake, no Phone System',
        'bought Apps for business, needs enterprise SKU for shared computer activation',
      ],
    },
    'bil.seats': {
      plain: [
        'The customer wants to reduce the number of seats, and the rollout is on hold until that is settled.',
        'The true-up is overdue, and the extra users cannot be licensed until it is done.',
        'After layoffs, several hundred seats must be removed before renewal.',
        'The seat count in the agreement probably no longer matches the number of employees.',
        'The customer is disputing the seat count on its last invoice, and deployment is frozen in the meantime.',
        'Management decided to cut the number of paid users from 1,200 to 900 after the reorganisation, but the change to the order has not gone through, so the migration is on hold.',
        'The customer agreed to add 300 users for the new stores, but the extra places have not been added to the agreement yet, and those staff cannot be moved.',
        'The board decided that part-time drivers will no longer be paid for. The rollout cannot continue until the seller confirms the reduced number.',
        'The yearly count of users was apparently never adjusted after the retail division was sold, and the customer will not go further until the figures are corrected.',
        'Finance asked to lower the number of users the college pays for, and the request is still sitting with the reseller, so the staff move is paused.',
      ],
      notes: [
        "true-up pending, can't add the 900 new hires",
        'Cx wants to subtract 1,500 seats at anniversary, Rollout on hold',
        'seat count mismatch EA vs actual, LSS reconciling',
        "seat reduction request stuck, Cx won't deploy more until resolved",
        'seat reduction at renewal needs LSS, Cx waiting',
      ],
    },
    'bil.agreement': {
      plain: [
        'The contract with Microsoft is still under negotiation.',
        "It seems the new licensing agreement with Microsoft is waiting on the customer's legal team.",
        'The agreement expires next month, and there is no decision on renewal yet.',
        'Pricing for the renewal has not been agreed with the account team.',
      ],
      notes: [
        'EA renewal stalled, pricing not agreed',
        'move from EA to MCA-E not signed, deployment paused',
        'EA expires 30 Jun, renewal still w/ Cx legal',
        'amendment for Copilot add-on not signed yet',
        'CSP -> EA switch in progress, no licences till contract done',
      ],
    },
    'bil.plan': {
      plain: [
        'The customer needs features that are only in a higher plan than the one it has.',
        'The security tools the customer wants are not included in its current subscription.',
        'The customer may have to buy an add-on for the calling features it expects.',
        'The customer assumed its plan included advanced compliance features, and it does not.',
        'To get the data protection the board has asked for, the customer would need to move up to the top-tier plan.',
        'It appears the current plan lacks the archiving capacity the customer needs, so an add-on has to be purchased.',
      ],
      notes: [
        'Cx on E3, needs E5 for Defender/Purview features',
        'audio conferencing not in plan, add-on needed',
        'E1 users need desktop apps, upgrade required',
        'Intune Suite features required, not in current bundle',
        'Teams Premium needed for the webinar features Cx wants, not bought',
      ],
    },
    'bil.procurement': {
      plain: [
        'The purchase of the licences is held up because finance wants to treat it as a capital expense.',
        "The purchase order for the licences is stuck in the customer's procurement process.",
        'There is no budget this year to buy the additional licences.',
        'It seems the procurement department has to run a public tender before it can buy the subscription.',
        'The licence order is waiting for sign-off from the finance director.',
      ],
      notes: [
        'licence PO not approved yet, procurement backlog',
        'capex vs opex debate for M365 purchase, finance undecided',
        'no budget for E5 uplift until FY start',
        'public sector tender required for licences, 3-month process',
        'Copilot licence PO waiting CFO signature',
      ],
    },
    'bil.border': {
      plain: [
        'The feature exists, but only in a plan the customer has not bought.', // looks like product-feature-capability
        "The contract that is stuck is the customer's agreement with Microsoft, not the one with the partner.", // looks like partner-engagement
        'The IT team has the budget for its work; what is missing is the money to buy more licences.', // looks like it-change-management-resourcing
        'After the merger, the directories are already combined; only the licences still have to be moved to the surviving tenant.', // looks like customer-it-infrastructure-remediation
        'Leadership is fully behind the rollout but cannot approve it until the Microsoft renewal is signed.', // looks like adoption-readiness
        'Users see a message that a feature is unavailable, but that is only because their licence does not include it.', // looks like product-feature-capability
      ],
      notes: [
        "not a product gap - Cx just doesn't have E5", // looks like product-feature-capability
        "partner SOW signed, EA amendment isn't", // looks like partner-engagement
        'budget gap is for licences, not IT staff', // looks like it-change-management-resourcing
        'AD merged already, licences still on old tenant', // looks like customer-it-infrastructure-remediation
        "users 'can't find' Teams Premium features - not licensed", // looks like product-feature-capability
        'biz wants to go, blocked by renewal negotiation', // looks like adoption-readiness
      ],
    },
  },
  'service-reliability': {
    'rel.outage': {
      plain: [
        'The service was unavailable for most of a working day last month, and the customer has paused the rollout.',
        'After a recent outage, the management team does not want to move more users to the cloud.',
        "Email went down during the customer's busiest week, and confidence has not recovered.",
        'A service incident at Microsoft during the pilot appears to have made the customer hesitant.',
        "Two unplanned interruptions in a month have shaken the customer's faith in the platform.",
        'A long interruption of the file service has made the customer hold off on further migration.',
        'Email was down for most of a Monday at the law firm last month, and since then the partners have refused to move any more staff across.',
        'During the pilot the shared document sites could not be opened for about six hours. The HR director has since said that no further groups will be moved.',
        "Chat and online meetings stopped working twice in the same week on Microsoft's side, and the pilot users at the council have asked to go back to the old system.",
        "The school district's leadership saw the cloud mailboxes go dark for an afternoon in the first month and has frozen the rest of the move until they are sure it will not happen again.",
        'It seems that nobody could sign in to the new service for most of a morning, and the finance director now refuses to let his team go ahead.',
      ],
      notes: [
        'EXO outage 14 Mar (~6h), Cx paused mailbox waves',
        'Teams down during board mtg, CIO put rollout on hold',
        'MS incident in pilot week, Cx wants RCA before continuing',
        'SPO service incident cost 2 days of pilot, confidence low',
        'M365 global outage hit Cx twice this qtr',
        'Intune service outage mid Autopilot wave, Cx halted enrolment',
        'Teams voice drops at 4 sites, MS confirmed incident on media relays, Cx stopped wave 3 - not a user/training issue',
      ],
    },
    'rel.performance': {
      plain: [
        'The service has been slow for weeks, and Microsoft has confirmed the problem is on its side.',
        'Users see long delays when opening files from the cloud, even from offices with good connections.',
        'The customer is concerned about latency in the cloud service for its traders.',
        'It seems the assistant takes so long to answer that the pilot users have given up on it.',
        "Searches in the cloud mail service take far longer than they did on the customer's own servers, and Microsoft is investigating on its side.",
        'The HR team says it does not want Copilot any more. The training went well; what put people off is that summaries of long meetings take a minute or more to appear, and the account team has confirmed a service-side slowdown that Microsoft is still working on.',
        "During a degradation on Microsoft's side, Intune took several hours to apply compliance policies, so new laptops reached the shops unable to open company mail; the retail director has halted the next enrolment wave until Microsoft shows the problem is fixed.",
      ],
      notes: [
        'SPO page loads 8-10s, MS confirmed service-side latency',
        'EXO mail delivery delayed by hrs, MS incident open',
        'Copilot responses timing out, service-side throttling, pilot paused',
        'Teams chat lag across all sites, MS says not Cx network',
        "OneDrive uploads crawling due to service throttling, MS ack'd",
        "Copilot in Outlook ~60s per reply, MS ack'd service-side latency, no ETA -> pilot users opting out, wave 2 parked",
      ],
    },
    'rel.doubt': {
      plain: [
        'The customer is worried that the cloud service will not be available when it is needed most.',
        'Leadership doubts that the service is mature enough for its critical operations.',
        'The customer fears the platform may go down at a critical moment, although nothing has happened yet.',
        'Apparently the customer is not convinced the new service is ready for production use.',
        'The customer is not sure any cloud service can be relied on for its emergency communications.',
      ],
      notes: [
        'CIO not convinced M365 is reliable enough for 24/7 ops',
        'Cx worried about cloud availability for hospital wards, no incident yet',
        "board fears 'what if Teams goes down' during trading hours",
        "Cx thinks Copilot isn't proven/stable enough for prod",
        'Cx nervous abt Teams Phone reliability for emergency calls, wants more proof',
      ],
    },
    'rel.control': {
      plain: [
        'The customer is afraid of losing the control it has over its own servers today.',
        'IT leadership does not like depending on another company to fix problems.',
        'The customer is uneasy that, once in the cloud, it will no longer be able to see or touch the systems that hold its data.',
        'It seems the customer is not comfortable giving up the ability to restart or repair the service itself.',
      ],
      notes: [
        'Cx fears losing control vs on-prem Exchange',
        "ops mgr: 'on-prem we can fix it ourselves', reluctant to move",
        "control concern - can't choose maintenance windows like on-prem",
        'Cx uncomfortable relying on MS for incident resolution',
      ],
    },
    'rel.updates': {
      plain: [
        'The customer is worried that changes to the service reach users without warning.',
        'A feature appeared overnight and confused staff, and the customer now fears the next surprise.',
        'The customer does not seem to trust that updates are tested before they change what users see.',
        'Leadership is concerned that Microsoft can change the interface at any time.',
      ],
      notes: [
        'new Outlook toggle appeared w/o notice, Cx worried about surprise changes',
        'Cx fears unannounced UI changes in Teams will disrupt call centre',
        'unexpected feature rollout hit users mid-week, Cx concerned',
        'worry re changes pushed to users before Cx can prepare them',
      ],
    },
    'rel.backup': {
      plain: [
        'The customer doubts that it could get its data back if something went wrong in the cloud.',
        'It is unclear to the customer how long deleted files can be recovered, and it fears data loss.',
        'The customer is not confident that the service protects its data against accidental loss.',
        'It seems the customer wants proof of recovery before moving its only copy of the archives.',
      ],
      notes: [
        'Cx doubts EXO backup/restore, wants 3rd-party backup first',
        'fear of data loss in OD4B, no trust in recycle bin/retention',
        'DR/recovery concerns, Cx wants MS recovery guarantees',
        'ransomware recovery doubts for SPO, legal blocking migration',
      ],
    },
    'rel.trust': {
      plain: [
        "The customer has not seen Microsoft's transparency and trust material and remains unconvinced.",
        "The service level agreement does not reassure the customer's risk committee.",
        "The customer probably does not know where to find information about the service's track record.",
        'The customer read the published reliability reports but still does not trust the figures.',
        'The auditors want more transparency about how Microsoft reports incidents.',
      ],
      notes: [
        'Cx not aware of Service Trust Portal, sent links',
        '99.9% SLA not enough for Cx risk team',
        "Cx wants independent uptime stats, doesn't trust MS dashboard",
        'risk committee unconvinced by SLA credits',
        'Cx never got the PIR for last incident, trust low',
      ],
    },
    'rel.incident-impact': {
      plain: [
        "Yesterday's service incident stopped the stores from processing orders, and the business is now wary.",
        "A disruption in the mail service left users without email for hours and has damaged the rollout's reputation.",
        'The impact of the last incident on the call centre was severe enough to halt further migration.',
        'It seems users are still talking about the day they could not join meetings, and support for the project has dropped.',
        'When the online mail stopped for a whole day, the call centre could not answer customer emails and lost orders, so the sales director will not let the other teams move.',
        'Nurses on the pilot ward could not open their handover notes for several hours while the service was unavailable, and hospital management has stopped the rollout to other wards.',
        'The shared files could not be reached on the day of the quarterly close, the accountants missed a deadline, and the CFO has since refused to move the rest of finance.',
        'A video call with a major client dropped halfway through because the Microsoft service failed, and the sales team now refuses to use it for anything that matters.',
        'The warehouse staff could not see their pick lists for half a shift when the cloud service went down, and the operations manager says the other sites will stay as they are.',
        'Teams calls at the contact centre kept cutting out for two weeks, and Microsoft acknowledged a problem in its media service; agents now say they want their old phones back, and the second wave has been stopped.',
      ],
      notes: [
        'last Teams incident took out meetings at 40 sites, biz confidence gone',
        'EXO incident = 3h no email for sales, VP sales wants to stop',
        'SPO incident hit month-end close, finance blocking further moves',
        "clinicians couldn't reach notes during OD4B incident, hospital pausing",
      ],
    },
    'rel.border': {
      plain: [
        'The delays happen in every office and on every network, and Microsoft has confirmed they come from the service.', // looks like customer-it-infrastructure-remediation
        'The customer does not need any new feature; it simply does not believe the service will stay up.', // looks like product-feature-capability
        "Updates fit the IT team's processes well enough; the worry is that users may be surprised by sudden changes.", // looks like it-change-management-resourcing
        'Staff know how to use the tools; they stopped using them after the service failed twice.', // looks like adoption-readiness
        "Nothing is wrong with the customer's network; the slowness started with an incident at Microsoft.", // looks like customer-it-infrastructure-remediation
        "The users are trained and willing, but management no longer trusts the service after last week's outage.", // looks like adoption-readiness
        'It looks like user resistance, since the lawyers now refuse to keep files in OneDrive, but the refusal began after their documents would not sync for a whole day during an incident Microsoft confirmed.', // looks like adoption-readiness
        "After two incidents this year, the financial regulator has asked the bank for evidence of the service's resilience and of how Microsoft reports incidents. No certification is missing; the trading floor's migration waits until the regulator is satisfied the service can be relied on.", // looks like product-feature-capability
        "Search in the new mail service works as designed and the customer has every feature it asked for, but during Microsoft's acknowledged degradation results took minutes to appear and staff stopped using it, so the rollout is on hold.", // looks like product-feature-capability
      ],
      notes: [
        'latency on all networks incl. home + 5G - service side, not Cx WAN', // looks like customer-it-infrastructure-remediation
        "no feature gap, Cx just doesn't trust uptime", // looks like product-feature-capability
        'IT fine w/ the cadence, Cx worried about unannounced user-facing changes', // looks like it-change-management-resourcing
        'users trained, stopped using Teams after 2 outages', // looks like adoption-readiness
        'MS Service Health confirms incident, Cx proxy not involved', // looks like customer-it-infrastructure-remediation
        'sponsor pulled support after the outage, not a biz priority issue', // looks like adoption-readiness
        "looks like pushback (users 'don't want Intune') but really 3-6h policy delays during MS degradation, SHD advisory still open", // looks like adoption-readiness
        'not a feature gap: regulator wants resilience evidence after 2 EXO incidents, compliance holding the migration', // looks like product-feature-capability
      ],
    },
  },
};
