import type { ReferenceSet } from './types';

/**
 * German reference blocker descriptions, filed by L2 and family (families.ts), each in the playbook's
 * plain register and in FM shorthand (types.ts). Written fresh in German, not translated. A border
 * example sits under its true L2 with the L2 it looks like in a comment.
 */
export const de: ReferenceSet = {
  'customer-it-infrastructure-remediation': {
    'inf.client-os': {
      plain: [
        'Auf vielen Arbeitsplätzen des Kunden läuft noch ein Betriebssystem, das der Dienst nicht mehr unterstützt; es muss zuerst aktualisiert werden.',
        'Intern wird weiterhin ein veralteter Browser verwendet, den der Kunde vor der Einführung ablösen muss.',
        'Vermutlich müssen zunächst die älteren Office-Versionen auf den Rechnern ersetzt werden, bevor es weitergehen kann.',
        'In der Fertigung laufen rund 400 Rechner mit Windows 10 LTSC, auf denen die neuen Office-Apps nicht unterstützt werden; die IT hat Leute und Budget, muss die Geräte aber zuerst auf eine reguläre Windows-Edition bringen.',
      ],
      notes: [
        'Cx noch auf Win 8.1 bei ca. 1.200 Clients, Upgrade auf Win 11 erst Q3',
        'IE11 noch Standardbrowser fürs Intranet, Edge-Umstellung muss vorher durch',
        'Win10-Image noch nicht fertig, M365 Apps Rollout hängt daran',
      ],
    },
    'inf.devices': {
      plain: [
        'Ein großer Teil der Laptops ist zu alt und muss ausgetauscht werden, bevor die Einführung weitergehen kann.',
        'In den Besprechungsräumen fehlt noch geeignete Technik; die Geräte sind bestellt, aber nicht eingerichtet.',
      ],
      notes: [
        'Hardware-Refresh läuft, ~800 Notebooks kommen erst im Okt',
        'Teams Rooms: Geräte geliefert, aber noch nicht in Intune enrolled',
        'Diensthandys im Außendienst noch Android 8, Enrollment klappt nicht, Austausch geplant',
        'iPads der Pflege noch auf iPadOS 15, Intune-Mindestversion nicht erfüllt, Austausch läuft; Team + Budget vorhanden',
      ],
    },
    'inf.directory': {
      plain: [
        'Die Verzeichnisstruktur des Kunden ist über Jahre gewachsen und besteht aus mehreren Gesamtstrukturen, die vor der Synchronisierung bereinigt werden müssen.',
        'Es scheint, dass die Synchronisierung der Benutzerkonten in die Cloud immer wieder mit Fehlern abbricht.',
        'Die Anmeldenamen der Mitarbeitenden enden auf eine interne Domäne, die in der Cloud so nicht verwendet werden kann.',
      ],
      notes: [
        '3 Forests, 14 Domains, AAD Connect wirft Sync-Fehler bei ~2.000 Objekten',
        'UPN-Suffix .local, muss erst umgestellt werden bevor Sync startet',
        'ADFS-Farm noch auf 2012 R2, Cx will vorher auf Cloud-Auth wechseln',
      ],
    },
    'inf.merger': {
      plain: [
        'Nach der Übernahme eines Wettbewerbers muss der Kunde zuerst die beiden Verzeichnisse zusammenführen.',
        'Ein Geschäftsbereich wird verkauft, und dessen IT-Umgebung muss vorher technisch herausgelöst werden.',
      ],
      notes: [
        'Fusion mit Schwesterfirma noch nicht durch, AD-Konsolidierung frühestens Q1',
        'Carve-out Sparte Medizintechnik: AD und Mailumgebung müssen erst getrennt werden, Migration on hold',
      ],
    },
    'inf.network': {
      plain: [
        'Die Internetanbindung der Standorte reicht für Videokonferenzen nicht aus und muss erst ausgebaut werden.',
        'Der gesamte Datenverkehr läuft über ein zentrales VPN, das unter der zusätzlichen Last einbricht.',
        'Der Proxy des Kunden prüft jede Verbindung einzeln und bremst den Zugriff auf die Cloud deutlich aus.',
        'Die Firewalls im Rechenzentrum haben das Ende ihres Lebenszyklus erreicht und bekommen keine Updates mehr für die Regeln, die der Dienst braucht. Neue Geräte sind bestellt.',
      ],
      notes: [
        'Filialen nur 16 Mbit, Teams-Calls brechen ab, WAN-Upgrade beauftragt',
        'Firewall blockt UDP 3478-3481, Cx muss Regeln anpassen',
        'Split-Tunneling am VPN noch nicht eingerichtet, alles läuft übers RZ',
        'WLAN in der Werkshalle zu schwach für OneDrive-Sync, neue APs erst im Sommer',
        'Lagerhallen ohne WLAN, Handscanner können kein Teams, APs bestellt – IT hat Kapazität, nur die Hardware fehlt',
      ],
    },
    'inf.server-upgrade': {
      plain: [
        'Der Kunde betreibt noch eine ältere Version seines E-Mail-Servers, die für den hybriden Übergang erst aktualisiert werden muss.',
        'Die lokalen Dateiserver müssen zunächst bereinigt und auf einen aktuellen Stand gebracht werden.',
      ],
      notes: [
        'Exchange 2010 noch im Einsatz, Upgrade auf 2016 für Hybrid nötig',
        'SharePoint 2010 Farm, Migrationstool braucht min. 2013, Upgrade läuft',
        'SfB Server 2015 ohne aktuelle CUs, Hybrid-Setup unvollständig',
      ],
    },
    'inf.config': {
      plain: [
        'Eine besondere Konfiguration in der Umgebung des Kunden verträgt sich nicht mit dem Dienst und muss umgebaut werden.',
        'Der Kunde hat seine E-Mail-Weiterleitung so eingerichtet, dass sie mit dem Clouddienst kollidiert; das muss er zuerst ändern.',
      ],
      notes: [
        'Ordnerumleitung per GPO auf Netzlaufwerke beißt sich mit OneDrive KFM, Cx muss GPOs umbauen',
        'Mail-Routing über eigenes Gateway mit Header-Rewriting, so nicht EXO-tauglich, Cx passt an',
      ],
    },
    'inf.m365-deploy': {
      plain: [
        'Bisher fehlt dem Kunden ein Weg, die Office-Pakete zuverlässig auf alle Rechner zu verteilen.',
        'Es ist unklar, wie künftig Updates für die Office-Anwendungen bereitgestellt werden sollen; eine technische Lösung dafür steht noch nicht.',
        'Die Softwareverteilung bricht bei der Installation der neuen Office-Pakete regelmäßig ab.',
      ],
      notes: [
        'SCCM-Paket für M365 Apps schlägt fehl, ODT-Config noch nicht sauber',
        'Update-Quelle für M365 Apps offen (WSUS, CDN oder SCCM?), Pilot steht',
        'Clients hängen auf altem Channel fest, Channel-Wechsel via Intune greift nciht',
      ],
    },
    'inf.teams-exchange': {
      plain: [
        'Teams soll erst eingeführt werden, wenn die Postfächer in die Cloud umgezogen sind.',
        'Solange die E-Mail-Umgebung noch lokal läuft, fehlen in Teams Kalender und Besprechungsplanung, daher wartet der Kunde ab.',
      ],
      notes: [
        'Teams wartet auf EXO-Migration, Postfächer erst ab Mai',
        'Teams Rollout on hold bis Exchange Hybrid steht',
      ],
    },
    'inf.border': {
      plain: [
        'Das IT-Team hätte genug Leute, doch die alten Laptops erfüllen die Hardwareanforderungen nicht und müssen zuerst ersetzt werden.', // looks like it-change-management-resourcing
        'Die Nutzer klagen über ruckelnde Videokonferenzen, die Ursache liegt aber in der überlasteten Internetleitung des Kunden.', // looks like service-reliability
        'Die Fachanwendung selbst ist in Ordnung; sie läuft nur im Browser des Kunden nicht, weil dieser veraltet ist und erst aktualisiert werden muss.', // looks like app-compatibility
        'Der Dienst beherrscht die gewünschte Anmeldung grundsätzlich, sie scheitert aber an der eigenen Anmeldeinfrastruktur des Kunden, die umgestellt werden muss.', // looks like product-feature-capability
        'Am Personal liegt es nicht: Die Umspannplattformen im Offshore-Windpark sind nur per Satellit angebunden, die Latenz ist viel zu hoch für Teams-Besprechungen, und solange keine neue Anbindung steht, kann die Mannschaft dort nicht umziehen.', // looks like it-change-management-resourcing
        'Budget und Know-how des Schulträgers reichen aus; viele Lehrkräfte arbeiten aber auf Dienstlaptops mit Windows Home, die sich nicht in die Geräteverwaltung aufnehmen lassen und erst auf Pro umgestellt oder ersetzt werden müssen.', // looks like it-change-management-resourcing
      ],
      notes: [
        'Cx meldet „Teams langsam“, Netzwerkanalyse zeigt: Proxy im RZ ist der Flaschenhals', // looks like service-reliability
        'Kein Personalthema, IT steht bereit, aber Exchange 2013 muss erst auf CU-Stand für Hybrid', // looks like it-change-management-resourcing
        'Outlook-Add-in an sich ok, scheitert nur an veraltetem .NET auf den Clients -> Client-Update nötig', // looks like app-compatibility
        'Kein Produkt-Gap: Direct Routing geht, aber der SBC vom Cx ist zu alt und muss getauscht werden', // looks like product-feature-capability
        'Keine Ressourcenfrage: Proxy bricht TLS für M365 auf, Outlook-Anmeldung scheitert → Bypass bzw. neuer Proxy, Admins stehen bereit', // looks like it-change-management-resourcing
      ],
    },
  },
  'it-change-management-resourcing': {
    'itcm.staff': {
      plain: [
        'Die IT-Abteilung ist mit zwei Administratoren für die gesamte Umgebung zu dünn besetzt, um die Einführung zu stemmen.',
        'Der zuständige Administrator hat das Unternehmen verlassen, und eine Nachbesetzung ist noch nicht in Sicht.',
        'Das IT-Team ist derzeit mit der Einführung eines neuen ERP-Systems ausgelastet und hat für die Umstellung keine Zeit.',
      ],
      notes: [
        'Einziger Exchange-Admin in Elternzeit bis März, sonst niemand mit Zugriff',
        'IT komplett im SAP-Projekt gebunden, Intune frühestens nach Go-live S/4',
        'IT-Leiter krank, Vertretung hat keine Kapazität, nächster Termin TBD',
      ],
    },
    'itcm.budget': {
      plain: [
        'Für die nötigen Vorarbeiten in der IT ist im laufenden Geschäftsjahr kein Geld eingeplant.',
        'Der Kunde würde seine Umgebung gern bereinigen, hat dafür aber wohl kein Budget bewilligt bekommen.',
      ],
      notes: [
        'Kein Budget fürs Remediation-Projekt, neue Freigabe erst FY25',
        'Budget für externe Admin-Stunden gestrichen, Netzwerkumbau nicht finanzierbar',
        'Sparrunde im Konzern, IT-Projektbudget bis auf Weiteres eingefroren',
      ],
    },
    'itcm.skills': {
      plain: [
        'Im IT-Team fehlt das Wissen, um eine hybride Umgebung aufzubauen, und ein Partner wurde bisher nicht in Betracht gezogen.',
        'Die Administratoren des Kunden haben noch nie Geräte aus der Cloud verwaltet und trauen sich die Umstellung nicht zu.',
      ],
      notes: [
        'IT hat kein Know-how zu Conditional Access, Partner nicht angedacht',
        'Admins kennen nur On-Prem, null Erfahrung mit PowerShell für EXO',
        'Purview-Labels: interne IT weiß nicht, wie sie das Konzept aufsetzen soll',
      ],
    },
    'itcm.helpdesk': {
      plain: [
        'Der interne Support ist noch nicht darauf vorbereitet, Anfragen zu einem Clouddienst zu bearbeiten.',
        'Die Servicedesk-Mitarbeitenden wurden noch nicht eingewiesen und könnten bei Problemen mit dem neuen Dienst kaum helfen.',
      ],
      notes: [
        'Helpdesk (extern, 1st Level) hat keine Abläufe für Teams-Tickets, Cx will erst Supportmodell klären',
        '1st-Level noch nicht auf OneDrive eingewiesen, Go-live deshalb geschoben',
      ],
    },
    'itcm.update-cadence': {
      plain: [
        'Die IT testet jede Softwareversion monatelang, bevor sie freigegeben wird, und kommt mit dem Tempo der Updates nicht mit.',
        'Der Kunde weiß nicht, wie er sein internes Freigabeverfahren für Software an halbjährliche Versionswechsel anpassen soll.',
      ],
      notes: [
        'Software-Freigabeprozess beim Cx dauert 6 Monate, passt nicht zum Monthly Channel',
        'IT will Win11-Feature-Updates nur 1x/Jahr zulassen, Testzyklus zu lang fürs Servicing-Modell',
      ],
    },
    'itcm.process-break': {
      plain: [
        'Durch die regelmäßige Wartung des Dienstes laufen die Überwachungswerkzeuge der IT ins Leere, und ein neues Konzept fehlt.',
        'Der bisherige Ablauf zur Störungsbearbeitung passt nicht mehr, seit ein Teil der Systeme in der Cloud betrieben wird.',
        'Die IT bemerkt Änderungen am Dienst meist erst durch Tickets, weil ihre Problemerkennung noch ganz auf eigene Server ausgerichtet ist.',
      ],
      notes: [
        'Monitoring (SCOM) sieht EXO nicht, Incident-Prozess muss neu aufgesetzt werden',
        'Betriebs-Runbooks nach Cloud-Umstellung veraltet, Cx will erst ITSM anpassen',
      ],
    },
    'itcm.policy': {
      plain: [
        'Die bestehende Richtlinie verbietet dienstliche Software auf privaten Geräten und müsste zuerst überarbeitet werden.',
        'Der Änderungsbeirat der IT hat die Umstellung noch nicht genehmigt und tagt erst im nächsten Quartal wieder.',
        'Die IT hält an einem technischen Freigabeverfahren fest, das sich mit dem Clouddienst nicht vereinbaren lässt, und will es nicht ändern.',
      ],
      notes: [
        'CAB hat Change abgelehnt, neuer Antrag erst zur Sitzung am 12.11.',
        'Home-Use-Policy verbietet BYOD, IT-Security muss Richtlinie neu schreiben',
        'Datenklassifizierungsrichtlinie von 2015 passt nicht zu SPO, ISB will sie erst neu fassen',
      ],
    },
    'itcm.allow-lists': {
      plain: [
        'Die IT schafft es nicht, die Freigabelisten in der Firewall aktuell zu halten, wenn sich Adressen des Dienstes ändern.',
        'Für die Pflege der erlaubten Adressbereiche gibt es beim Kunden keinen festen Ablauf und niemanden, der sich verantwortlich fühlt.',
      ],
      notes: [
        'Firewall-Team pflegt O365-URLs von Hand, hängt immer hinterher',
        'IP-Ranges im Proxy nicht aktuell, keiner zuständig für Endpunkt-Updates',
      ],
    },
    'itcm.border': {
      plain: [
        'Die Nutzer wären bereit, doch in der IT gibt es niemanden, der die Umstellung technisch begleiten könnte.', // looks like adoption-readiness
        'Die eigene IT-Abteilung hat nicht das Fachwissen für die Migration; einen Partner hat der Kunde bisher gar nicht angefragt.', // looks like partner-engagement
        'Technisch wäre alles vorbereitet, aber die IT-Sicherheit weigert sich, ihre Vorgaben für mobile Geräte anzupassen.', // looks like customer-it-infrastructure-remediation
        'Die Lizenzen sind gekauft, doch es fehlt das Geld für die Admin-Stunden, um die Umgebung vorzubereiten.', // looks like billing-licensing-subscription
      ],
      notes: [
        'Kein Schulungsthema bei Usern: der Servicedesk selbst kann Teams-Tickets nicht bearbeiten', // looks like adoption-readiness
        'Kein Partner im Spiel, interner IT fehlt Intune-Know-how', // looks like partner-engagement
        'Lizenzen vorhanden, Budget für Netzwerk-Remediation fehlt', // looks like billing-licensing-subscription
        'Server sind aktuell, Blocker ist die CAB-Freigabe für den Hybrid-Change', // looks like customer-it-infrastructure-remediation
      ],
    },
  },
  'adoption-readiness': {
    'ado.training': {
      plain: [
        'Es gibt noch keinen Plan, wie die Mitarbeitenden im Umgang mit den neuen Werkzeugen geschult werden sollen.',
        'Die Belegschaft im Schichtbetrieb hat kaum Zeit für Schulungen, daher verzögert sich die Einführung.',
        'Der Kunde möchte erst eigene Schulungsunterlagen erstellen, bevor die Nutzer umgestellt werden.',
      ],
      notes: [
        'Kein Trainingskonzept für Copilot, Cx will erst Prompting-Schulungen für 300 User',
        'Endanwender-Schulungen Teams erst nach den Sommerferien, Rollout wartet',
        'Pflegekräfte haben keine Slots für Trainings, Go-live Station 3 verschoben',
      ],
    },
    'ado.resistance': {
      plain: [
        'Viele Mitarbeitende möchten bei ihren gewohnten Abläufen bleiben und wehren sich gegen die neue Plattform.',
        'Die Belegschaft scheint zu befürchten, dass ihre Arbeit mit den neuen Werkzeugen stärker überwacht wird.',
        'Der Betriebsrat hat Bedenken angemeldet und der Einführung bislang nicht zugestimmt.',
      ],
      notes: [
        'Vertrieb will bei Mailanhängen bleiben, will nix von SPO wissen',
        'Ärzte lehnen Teams-Chat ab („zu viel Ablenkung“), Akzeptanz fehlt',
        'Betriebsrat blockt Viva Insights, Angst vor Leistungskontrolle',
        'Außendienst verweigert Teams-App aufs Diensthandy („die orten uns“), keine Incidents, Dienst läuft stabil – reines Akzeptanzthema',
      ],
    },
    'ado.departments': {
      plain: [
        'Die Buchhaltung ist von der Umstellung weit stärker betroffen als andere Bereiche und braucht mehr Vorlauf.',
        'Für die Beschäftigten in der Produktion ohne festen Arbeitsplatz gibt es noch kein passendes Vorgehen.',
      ],
      notes: [
        'Rechtsabteilung braucht eigenen Fahrplan, Ablagewechsel auf SPO trifft sie am härtesten',
        'Frontline Worker (Lager, ~900) bisher nicht berücksichtigt, Rollout dort offen',
      ],
    },
    'ado.culture': {
      plain: [
        'Im Unternehmen herrscht eine stark hierarchische Kultur, in der das offene Teilen von Dokumenten unüblich ist; das müsste sich erst ändern.',
        'Einen Plan, wie die neue Arbeitsweise im Alltag verankert werden soll, hat der Kunde bislang nicht.',
      ],
      notes: [
        'Kein Change-/Adoption-Plan vorhanden, ohne Konzept startet Cx nicht',
        'Kultur extrem mail-lastig, Mgmt will erst „neue Zusammenarbeit“ definieren',
        'Führungskräfte leben Teams nicht vor, Belegschaft zieht entsprechend nicht mit',
      ],
    },
    'ado.business-process': {
      plain: [
        'Die Freigabeabläufe für Verträge müssen fachlich neu gestaltet werden, bevor die Dokumentenablage umziehen kann.',
        'Der Kunde möchte zuerst seine Abläufe im Einkauf überarbeiten, die noch stark auf Papierformularen beruhen.',
        'Bevor Copilot über den Pilot hinaus ausgerollt wird, müssen Geschäftsleitung und Betriebsrat eine Betriebsvereinbarung abschließen, die regelt, ob Nutzungsdaten ausgewertet werden dürfen; technisch läuft der Dienst seit Wochen ohne jede Störung.',
      ],
      notes: [
        'Rechnungsworkflow in der Buchhaltung muss erst neu gedacht werden, vorher kein SPO-Umzug',
        'HR will Onboarding-Prozess überarbeiten bevor Teams kommt',
        'Personalrat will erst Dienstvereinbarung zur Erreichbarkeit nach Dienstschluss, vorher kein Teams-Chat für die Ämter; technisch alles grün',
      ],
    },
    'ado.business-decision': {
      plain: [
        'Die Geschäftsführung hat die Einführung wegen des Jahresabschlusses auf das kommende Frühjahr verschoben.',
        'Seit der Umstrukturierung gibt es auf Fachseite keinen Sponsor mehr, der das Vorhaben vorantreibt.',
        'Die Unternehmensleitung hat noch nicht entschieden, ob die Einführung konzernweit oder nur in einzelnen Ländern erfolgen soll.',
      ],
      notes: [
        'Weihnachtsgeschäft, Mgmt friert alle Änderungen bis 15.1. ein',
        'Sponsor (CDO) weg, Nachfolger nicht benannt, Entscheidung zu Copilot offen',
        'Vorstand entscheidet erst im Q2-Meeting über den Zeitplan, bis dahin on hold',
      ],
    },
    'ado.communication': {
      plain: [
        'Die Mitarbeitenden wissen bislang nicht, dass eine Umstellung bevorsteht, weil noch keine Kommunikation geplant ist.',
        'Es fehlen Ansprechpersonen in den Fachbereichen, die den Kolleginnen und Kollegen bei Fragen zur Seite stehen könnten.',
        'Die Führungskräfte tragen die Neuerung bisher nicht an ihre Teams weiter, sodass viele gar nichts davon wissen.',
        'Im Pilot wurde Copilot ohne jede Einführung an die Abteilungsleiter verteilt, und einige hielten die Antworten für verbindliche Auskünfte. Ausgefallen ist nichts, trotzdem will die Geschäftsleitung vorerst nicht weitermachen, weil sie das Vertrauen in das Vorhaben verloren hat.',
      ],
      notes: [
        'Kein Champions-Netzwerk, Comms-Plan für Teams fehlt komplett',
        'User nicht informiert, interne Kommunikation will erst Intranet-Artikel + Townhall',
      ],
    },
    'ado.border': {
      plain: [
        'Die IT ist vorbereitet und der Support steht, aber die Fachabteilungen wollen ihre Arbeitsweise nicht umstellen.', // looks like it-change-management-resourcing
        'Die Lizenzen sind vorhanden, doch die Geschäftsleitung hat beschlossen, die Einführung bis nach der Umstrukturierung ruhen zu lassen.', // looks like billing-licensing-subscription
        'Der Partner wäre startklar, doch der Kunde hat noch keine Nutzerschulungen geplant und will ohne sie nicht beginnen.', // looks like partner-engagement
        'Der Schulungsabteilung des Kunden fehlen derzeit die Leute, um die Anwender auf das neue Werkzeug vorzubereiten.', // looks like it-change-management-resourcing
        'Der Vorstand der Sparkasse sagt, er habe kein Vertrauen mehr in Teams. Gemeint ist aber nicht die Stabilität des Dienstes, die nie ein Problem war, sondern das Gerücht, Chats würden mitgelesen und für Beurteilungen genutzt.', // looks like service-reliability
        'Die IT hat den neuen Personalbereich in SharePoint längst eingerichtet; offen ist, welche Führungskräfte dort Krankmeldungen und Abmahnungen einsehen dürfen, und das müssen Personal- und Rechtsabteilung erst entscheiden.', // looks like it-change-management-resourcing
      ],
      notes: [
        'Kein IT-Thema: Admins fertig, aber Vertrieb will nicht weg von Netzlaufwerken', // looks like it-change-management-resourcing
        'Nicht kommerziell, Lizenzen bezahlt, nur Fachbereich will erst nach der Messe starten', // looks like billing-licensing-subscription
        'Partner hat technisch geliefert, Blocker ist fehlendes Endanwender-Training', // looks like partner-engagement
        'Unternehmenskommunikation hat erst im Mai Zeit für die Ankündigung, Rollout wartet', // looks like it-change-management-resourcing
        "GF „hat kein gutes Gefühl“ seit dem Pilot – Ursache: Urlaubsanträge liefen plötzlich digital, keiner hat's erklärt; Service Health sauber", // looks like service-reliability
      ],
    },
  },
  'product-feature-capability': {
    'pfc.missing-feature': {
      plain: [
        'Eine Funktion, die der Kunde für die Freigabe von Dokumenten zwingend braucht, gibt es im Dienst bisher nicht.',
        'Das Produkt hat keine Einstellung, mit der sich die Weiterleitung an externe Adressen so fein steuern lässt, wie der Kunde es verlangt.',
        'Offenbar kann der Dienst die geforderte zweistufige Genehmigung gar nicht abbilden.',
        'Die US-Tochtergesellschaft arbeitet in einem GCC-High-Tenant, in dem die Loop-Arbeitsbereiche noch nicht angeboten werden; an der Lizenzierung liegt es nicht.',
      ],
      notes: [
        'Planner kann keine Abhängigkeiten zw. Tasks, für das PMO ein Dealbreaker',
        'Bookings ohne Multi-Standort-Kalender wie gefordert, Cx kann so nicht live gehen',
        'Cx braucht Sperre fürs Weiterleiten einzelner Chatnachrichten, gibts nicht',
        '21V-Tenant fürs Werk Suzhou: Loop + Copilot dort nicht verfügbar, egal welche Lizenz',
      ],
    },
    'pfc.bug': {
      plain: [
        'Ein Fehler im Produkt führt dazu, dass freigegebene Kalender falsche Uhrzeiten anzeigen; bis zur Behebung will der Kunde nicht weitermachen.',
        'Beim Hochladen großer Dateien bricht der Synchronisierungsclient reproduzierbar ab, und Microsoft hat den Fehler bestätigt.',
        'Vermutlich liegt ein Produktfehler vor: Berechtigungen gehen verloren, sobald Ordner verschoben werden.',
      ],
      notes: [
        'Bug im neuen Outlook: Signaturen werden nicht übernommen, Case bei MS offen, Rollout gestoppt',
        'Known Issue: Intune-Compliance-Status falsch bei iOS 17, Cx wartet auf Fix',
        'Teams-Client crasht bei Bildschirmfreigabe mit 2 Monitoren, Bug von MS bestätigt',
      ],
    },
    'pfc.security-privacy': {
      plain: [
        'Es fehlt eine Sicherheitseinstellung, mit der sich der Zugriff von Gastkonten auf einzelne Ordner beschränken ließe.',
        'Der Datenschutzbeauftragte verlangt eine Option, die Auswertung von Nutzungsdaten vollständig abzuschalten, doch der Dienst bietet sie nicht.',
      ],
      notes: [
        'Cx braucht eigene Schlüssel pro Abteilung für Chats, Funktion so nicht verfügbar',
        'Kein Opt-out für Telemetrie in der Form, wie der DSB es fordert',
        'Rüstungs-Cx im DoD-Tenant, Insider Risk Mgmt dort noch nicht verfügbar, ISB gibt nicht frei',
      ],
    },
    'pfc.certification': {
      plain: [
        'Für den Einsatz im Krankenhaus verlangt der Kunde ein bestimmtes Prüfzertifikat, das der Dienst nicht vorweisen kann.',
        'Der Kunde braucht eine Bestätigung, dass der Dienst eine branchenspezifische Sicherheitsnorm erfüllt, und diese liegt nicht vor.',
      ],
      notes: [
        'Behörde braucht C5-Testat für Copilot, liegt für den Dienst noch nicht vor',
        'TISAX-Nachweis für den Dienst fehlt, ISB beim Zulieferer gibt nicht frei',
      ],
    },
    'pfc.data-residency': {
      plain: [
        'Der Kunde darf bestimmte Daten nur im eigenen Land speichern, und dort gibt es kein passendes Rechenzentrum.',
        'Es ist nicht gewährleistet, dass alle Daten des Dienstes innerhalb der EU verarbeitet werden, was für den Kunden Voraussetzung ist.',
        'Der Kunde hat seinen Tenant bewusst in der Region Deutschland angelegt, doch für die Live-Transkription kann Microsoft nicht zusichern, dass die Verarbeitung im Land bleibt – ein anderes Abonnement würde daran nichts ändern.',
      ],
      notes: [
        'Privatbank: Daten müssen in CH bleiben, Dienst dort noch nicht verfügbar',
        'Copilot-Verarbeitung nicht garantiert innerhalb EU Data Boundary, DSB vom Cx stoppt',
      ],
    },
    'pfc.client-support': {
      plain: [
        'Die App des Dienstes gibt es nicht für die robusten Handgeräte, die im Lager eingesetzt werden.',
        'Für sehbehinderte Beschäftigte fehlt in der Anwendung eine Bedienhilfe, die der Kunde gesetzlich bereitstellen muss.',
        'Die Terminbuchungsseite der Klinik lässt sich nicht auf Luxemburgisch anzeigen, und laut Account-Team ist das auch mit keinem Abonnement vorgesehen.',
      ],
      notes: [
        'Kein Linux-Client für Outlook, Entwicklerteam (~150) kann nicht umsteigen',
        'Oberfläche nicht auf Slowenisch verfügbar, Werk Maribor wartet',
        'Copilot-Lizenzen zugewiesen, Teams-Recap kann (noch) kein Kroatisch, Standort Zagreb wartet',
      ],
    },
    'pfc.parity': {
      plain: [
        'Im Clouddienst fehlt eine Funktion, die der Kunde von seinem lokalen Server kennt und täglich nutzt.',
        'Das Konkurrenzprodukt, das der Kunde derzeit einsetzt, bietet eine Funktion, die im Dienst nicht vorhanden ist.',
      ],
      notes: [
        'Cx nutzt on-prem Journaling mit eigener Regel-Logik, EXO kann das so nicht',
        'Webex hatte Whiteboard-Export nach PDF per Klick, Teams nicht, Vorstand will Parität',
        'Quotas pro Ordner wie am Fileserver gibts in SPO nicht, Cx will das vor Migration',
      ],
    },
    'pfc.roadmap': {
      plain: [
        'Die fehlende Funktion ist bei der Produktgruppe gemeldet, und der Kunde wartet auf einen verbindlichen Termin.',
        'Weitermachen will der Kunde erst, wenn die angekündigte Funktion tatsächlich verfügbar ist.',
      ],
      notes: [
        'OneList-Eintrag erstellt, Feedback der PG ausstehend, ETA unbekannt',
        'DCR über GetHelp eingereicht, laut Roadmap „H2“, Cx wartet',
        'Feature auf der Roadmap schon 2x verschoben, Cx verliert die Geduld',
      ],
    },
    'pfc.border': {
      plain: [
        'Die benötigte Funktion fehlt in allen Lizenzstufen, nicht nur in dem Plan, den der Kunde besitzt.', // looks like billing-licensing-subscription
        'Nicht die Fachanwendung des Kunden ist das Problem; der Dienst selbst kann Dokumente nicht im geforderten Archivformat ablegen.', // looks like app-compatibility
        'Der Dienst läuft stabil, ihm fehlt aber schlicht eine Möglichkeit, Besprechungsnotizen automatisch ins Archiv zu übertragen.', // looks like service-reliability
        'An der Konfiguration des Kunden liegt es nicht; auch in einer sauberen Testumgebung lässt sich die geforderte Einstellung nicht vornehmen.', // looks like customer-it-infrastructure-remediation
        'Mit einer höheren Lizenz wäre dem Kunden nicht geholfen: Die vom Betriebsrat geforderte Möglichkeit, die Anwesenheitsanzeige abteilungsweise abzuschalten, gibt es laut Microsoft in keinem Paket, auch nicht in E5.', // looks like billing-licensing-subscription
        'Der Kunde wäre sogar bereit gewesen, auf den teuersten Plan zu wechseln, doch eine Vorab-Bezahlung bei Terminbuchungen ist vermutlich schlicht nicht käuflich zu haben.', // looks like billing-licensing-subscription
        'Der Dienst läuft einwandfrei, im Service Health steht keine Störung; trotzdem hat Microsoft einen Fehler bestätigt, durch den im neuen Outlook die Kategorien geteilter Postfächer nicht gespeichert werden.', // looks like service-reliability
      ],
      notes: [
        'Auch mit E5 nicht lösbar, Feature gibts in keinem Plan', // looks like billing-licensing-subscription
        'Kein Ausfall, Service läuft, nur Funktion für Massen-Export fehlt', // looks like service-reliability
        'Repro im sauberen Test-Tenant, also kein Config-Problem beim Cx, Bug bei MS', // looks like customer-it-infrastructure-remediation
        'Nicht die App vom Cx: Fehler tritt auch in der nativen Outlook-Suche auf, PG-Case offen', // looks like app-compatibility
        'LSS geprüft: Aufbewahrung pro einzelner Kanalnachricht gibts in keiner SKU und keinem Add-on, Upgrade bringt nix', // looks like billing-licensing-subscription
        'kein Incident, Service Health grün – reproduzierbarer Bug bei OneDrive-Freigabelinks, PG-Fix ETA Monatsende', // looks like service-reliability
      ],
    },
  },
  'app-compatibility': {
    'app.lob': {
      plain: [
        'Die hauseigene Warenwirtschaft funktioniert mit dem neuen E-Mail-Dienst nicht mehr, weil sie Nachrichten über einen lokalen Server verschickt.',
        'Eine branchenspezifische Software des Kunden läuft mit der neuen Office-Version nicht stabil.',
        'Das Kanzleiprogramm greift so auf Dateien zu, dass es mit der Cloud-Ablage offenbar nicht zurechtkommt.',
        'Im Einkauf und in der Qualitätssicherung laufen über 150 InfoPath-Formulare, die vor dem Umzug der Teamsites vollständig neu gebaut werden müssen.',
        'Die Prüfprotokolle der Fertigung liegen in Lotus-Notes-Datenbanken, für die es noch keinen Ersatz gibt; ohne Neuentwicklung kann der Domino-Server nicht abgeschaltet werden.',
      ],
      notes: [
        'KIS öffnet keine Dokumente aus OneDrive, kennt nur lokale Pfade',
        'Eigenentwicklung (Access-Frontend) läuft nicht mit M365 Apps 64-bit',
        'Alte CAD-Software kann nicht in SPO-Bibliotheken speichern, Konstruktion blockiert',
        '~90 Access-DBs der Fachabteilungen auf dem Fileshare, Neuentwicklung nötig bevor Share nach SPO',
      ],
    },
    'app.vendor': {
      plain: [
        'Der Hersteller der Buchhaltungssoftware hat die Kompatibilität mit dem Clouddienst noch nicht bestätigt.',
        'Für die eingesetzte Praxissoftware gibt es bislang keine Version, die für die neue Umgebung freigegeben ist.',
        'Der Hersteller der Zollsoftware setzt noch auf MAPI gegen den lokalen Exchange und liefert eine cloudfähige Version wohl erst im nächsten Jahr.',
      ],
      notes: [
        'Hersteller der ERP-Schnittstelle zertifiziert erst mit nächstem Release (Q4)',
        'Vendor der Laborsoftware supportet die neue Office-Version noch nicht offiziell',
        'Softwarehaus der Zeiterfassung hat keine EXO-taugliche Version, neue kommt 2025',
        'Scan-Software vom Drittanbieter kann nur SMTP mit Basic Auth, OAuth-fähiges Update erst 2026',
      ],
    },
    'app.addins': {
      plain: [
        'Ein Outlook-Add-in, mit dem die Mitarbeitenden E-Mails in die elektronische Akte übernehmen, funktioniert nach der Umstellung nicht mehr.',
        'Mehrere Word-Erweiterungen, die der Kunde für seine Vorlagen nutzt, werden in der neuen Version nicht geladen.',
      ],
      notes: [
        'COM-Add-in fürs DMS stürzt im neuen Outlook ab, Kanzlei kann nicht umstellen',
        'Excel-Add-in vom Controlling lädt nicht in M365 Apps',
        'Signatur-Add-in (Drittanbieter) nicht kompatibel mit OWA/neuem Outlook',
      ],
    },
    'app.macros': {
      plain: [
        'Viele Tabellen der Finanzabteilung enthalten selbst geschriebene Makros, die in der neuen Version Fehler liefern.',
        'Es ist zu befürchten, dass eigene Formeln in den Kalkulationsvorlagen nach dem Upgrade andere Ergebnisse liefern.',
        'Die Serienbriefvorlagen der Verwaltung beruhen auf alten Makros, die nach dem Upgrade vermutlich nicht mehr laufen.',
        'In der Lohnbuchhaltung laufen Excel-Mappen, deren VBA-Code per DDE mit einem Altprogramm spricht; vor dem Rollout der neuen Apps müssen sie neu geschrieben werden.',
      ],
      notes: [
        'VBA-Makros in ~400 Excel-Dateien brechen, Inventur läuft noch',
        'Word-Vorlagen (dotm) mit alten Makros laufen nicht mehr, Sekretariate blockiert',
      ],
    },
    'app.identity': {
      plain: [
        'Eine interne Anwendung verlangt Anmeldenamen in einem anderen Format, als es für die Cloud vorgesehen ist.',
        'Mehrere ältere Programme können sich nur mit Benutzername und Kennwort anmelden, und genau dieses Verfahren soll abgeschaltet werden.',
        'Das selbst entwickelte Alarmierungssystem der Leitstelle verschickt Mails per SMTP AUTH mit fest hinterlegtem Kennwort; solange es nicht umgebaut ist, kann Basic Auth im Tenant nicht abgeschaltet werden.',
      ],
      notes: [
        'Ticketsystem holt Mails per IMAP mit Basic Auth ab, nach Abschaltung tot',
        'LOB-App erwartet UPN = sAMAccountName, passt nicht zum neuen UPN-Schema',
        'Zeiterfassung (Eigenbau, .NET) kann nur Windows-integrierte Anmeldung, für Cloud-only-User unbrauchbar → Umbau auf OIDC',
      ],
    },
    'app.testing': {
      plain: [
        'Die Tests der wichtigsten Geschäftsanwendungen mit dem neuen Dienst sind noch nicht abgeschlossen.',
        'Beim Test der Fachanwendungen sind Fehler aufgetreten, deren Ursache der Kunde noch untersucht.',
        'Der Kunde hat rund 200 Anwendungen im Einsatz und weiß noch nicht, welche davon mit der neuen Version laufen.',
      ],
      notes: [
        'App-Test für 60 LOB-Apps erst zu 30% durch, Rollout wartet',
        'UAT mit SAP GUI + M365 Apps zeigt Fehler beim Export, Analyse läuft',
        'App-Kompatibilitätsliste unvollständig, 12 kritische Apps ungetestet',
      ],
    },
    'app.integration': {
      plain: [
        'Die Anbindung der Telefonanlage eines Drittanbieters an das neue Kollaborationswerkzeug funktioniert nicht so, wie der Kunde es braucht.',
        'Das Archivsystem eines Fremdherstellers kann E-Mails aus dem Clouddienst nicht mehr übernehmen.',
      ],
      notes: [
        'CRM-Plugin synct keine Kontakte mehr mit EXO',
        'Scan-to-Mail der Multifunktionsgeräte geht nach EXO-Umzug nicht mehr',
        'In-house-Schnittstelle ERP -> SharePoint bricht nach Migration, Entwickler prüfen',
        'EDI-Konverter holt Bestellungen per POP3 + Basic Auth aus Sammelpostfach, nach EXO-Umzug tot, Ersatz offen',
      ],
    },
    'app.border': {
      plain: [
        'Der Dienst bietet alle nötigen Funktionen; nur das eigene Abrechnungsprogramm des Kunden kann nicht darauf zugreifen.', // looks like product-feature-capability
        'Windows und Browser sind aktuell, trotzdem startet die Fachsoftware des Kunden in der neuen Umgebung nicht.', // looks like customer-it-infrastructure-remediation
        'Nicht Microsofts Produkt ist fehlerhaft, sondern die vom Kunden selbst entwickelte Erweiterung für die Tabellenkalkulation.', // looks like product-feature-capability
        'Es fehlen keine Funktionen im Dienst; die Schnittstelle des Personalsystems wurde einfach nicht angepasst.', // looks like product-feature-capability
        'Das Upgrade der SharePoint-Server ist nicht das Problem; blockierend sind die selbst gebauten SharePoint-2010-Workflows der Personalabteilung, die in Power Automate nachgebaut werden müssen.', // looks like customer-it-infrastructure-remediation
      ],
      notes: [
        'Kein MS-Bug, Fehler liegt im Outlook-Add-in vom DMS-Hersteller', // looks like product-feature-capability
        'Clients alle auf Win11 23H2, trotzdem crasht die Lohnsoftware', // looks like customer-it-infrastructure-remediation
        'Kein Netzwerkproblem, Vendor-App kann schlicht kein Modern Auth', // looks like customer-it-infrastructure-remediation
        'Kein Produkt-Gap: hauseigene Excel-Funktionsbibliothek liefert nach Upgrade #WERT!', // looks like product-feature-capability
        'Kein AD-/Hybrid-Thema: Intranet = Full-Trust-WSPs + Custom Webparts, Neubau in SPFx nötig', // looks like customer-it-infrastructure-remediation
      ],
    },
  },
  'partner-engagement': {
    'par.selection': {
      plain: [
        'Der Kunde hat noch keinen Partner gefunden, der die Migration übernehmen könnte.',
        'Die Auswahl eines Dienstleisters zieht sich hin, weil der Kunde mehrere Angebote vergleicht.',
        'Es scheint, dass es in der Region kaum Partner mit Erfahrung in diesem Bereich gibt, weshalb die Suche stockt.',
      ],
      notes: [
        'Partnerauswahl läuft, 3 Angebote auf dem Tisch, Entscheidung KW 42',
        'Cx sucht Partner für Intune-Rollout, bisher keiner gefunden',
        'Ausschreibung Umsetzungspartner läuft bis Ende Q1, vorher kein Start',
      ],
    },
    'par.contracting': {
      plain: [
        'Der Vertrag mit dem ausgewählten Partner ist noch nicht unterschrieben, deshalb kann die Arbeit nicht beginnen.',
        'Die Leistungsbeschreibung mit dem Dienstleister wird noch verhandelt.',
        'Das Systemhaus liefert dem Kunden die Lizenzen über CSP und soll auch die Migration übernehmen. Die Lizenzen laufen, aber das Angebot für die Umsetzungsleistungen ist bis heute nicht beauftragt.',
      ],
      notes: [
        'SOW mit Partner noch nicht unterschrieben, Legal prüft',
        'Partner wartet auf Beauftragung, Angebot liegt seit Aug beim Cx',
        'Rahmenvertrag mit Dienstleister ausgelaufen, Verlängerung in Verhandlung',
        'CSP-Partner = Umsetzungspartner, Lizenzen ok, Change Request für SPO-Migration liegt unsigniert beim Partner-Vertrieb',
      ],
    },
    'par.skills': {
      plain: [
        'Dem beauftragten Partner fehlt die Erfahrung mit der Geräteverwaltung aus der Cloud.',
        'Der Dienstleister hat bisher nur kleinere Projekte umgesetzt und kommt mit der Komplexität der Umgebung nicht zurecht.',
        'Es sieht so aus, als habe der Partner Telefonie in dieser Größenordnung noch nie eingerichtet.',
      ],
      notes: [
        'Partner kann kein Teams Voice, nur Standard-Collab',
        'Consultant vom Partner ohne Purview-Erfahrung, Konzept stockt',
        'Partner erstmals mit Copilot-Projekt, kommt beim Berechtigungskonzept nicht weiter',
      ],
    },
    'par.scope': {
      plain: [
        'Der Auftrag des Partners umfasst nur die Postfachmigration, nicht aber die Einrichtung der Zusammenarbeitswerkzeuge.',
        'Die vereinbarte Leistung reicht offenbar nicht aus, um auch die Außenstellen einzubeziehen.',
        'Im Angebot des Partners ist keine Begleitung der Nutzer enthalten, und eine Erweiterung ist nicht vorgesehen.',
        'Der Partner war nur für den Lizenzvertrieb und die Grundeinrichtung des Tenants beauftragt; die Einführung von Teams gehört nicht zu seinem Auftrag, und ein Nachtrag ist nicht in Sicht.',
      ],
      notes: [
        'SOW deckt nur EXO ab, OD4B/SPO nicht drin',
        'Partner-Scope endet beim Pilot, Rollout für 5.000 User nicht beauftragt',
        'Partner nur für Lizenzen + Tenant-Grundsetup beauftragt, Exchange-Migration nie im Vertrag',
      ],
    },
    'par.unresponsive': {
      plain: [
        'Der Partner reagiert seit Wochen weder auf Nachfragen des Kunden noch auf die von Microsoft.',
        'Termine mit dem Dienstleister werden immer wieder abgesagt, und Rückmeldungen bleiben aus.',
      ],
      notes: [
        'Partner antwortet seit 3 Wochen nicht auf FM-Mails, Eskalation an PDM',
        'Kein Feedback vom Partner zum Projektplan, Cx wartet',
        'Ansprechpartner beim Partner seit dem Kickoff nicht mehr erreichbar, Cx frustriert',
      ],
    },
    'par.relationship': {
      plain: [
        'Zwischen Kunde und Partner gibt es nach einem missglückten Vorprojekt erhebliche Spannungen.',
        'Der Kunde ist mit der bisherigen Arbeit des Dienstleisters unzufrieden und überlegt, die Zusammenarbeit zu beenden.',
      ],
      notes: [
        'Stimmung zw. Cx und Partner im Keller, Partner hat Pilot-Migration verbockt',
        'Cx will Partner wechseln, Vertrauen weg, Übergabe unklar',
      ],
    },
    'par.capacity': {
      plain: [
        'Der Partner hat momentan keine freien Berater und kann frühestens in zwei Monaten starten.',
        'Der Dienstleister hat seine Fachleute auf andere Kundenprojekte verteilt, sodass hier niemand verfügbar ist.',
      ],
      notes: [
        'Partner ausgebucht bis Jan, kein Consultant frei',
        'PL beim Partner krank, kein Ersatz, Workshops ausgesetzt',
        'Partner stellt nur 1 Techniker fürs Projekt ab, Tempo viel zu langsam',
      ],
    },
    'par.border': {
      plain: [
        'Die IT des Kunden wäre bereit, doch dem beauftragten Dienstleister fehlt das nötige Wissen für die Umstellung der Endgeräte.', // looks like it-change-management-resourcing
        'Der Vertrag mit Microsoft steht, aber die Beauftragung des Umsetzungspartners ist noch nicht unterschrieben.', // looks like billing-licensing-subscription
        'Die interne Bestellung für den Dienstleister wird vom Einkauf des Kunden seit Wochen nicht freigegeben.', // looks like billing-licensing-subscription
        'Die Nutzer warten auf Schulungen, die der Partner hätte liefern sollen, aber bis heute nicht geliefert hat.', // looks like adoption-readiness
        'Auf den ersten Blick hängt es an der Lizenzierung, weil alles über denselben Händler läuft. Die Abonnements sind aber verlängert und zugewiesen; offen ist allein der Dienstleistungsvertrag für die Intune-Einführung.', // looks like billing-licensing-subscription
        'Die Kommune bezieht ihre Lizenzen über einen Landesrahmenvertrag bei diesem Partner, doch der Einzelauftrag für die Umsetzungstage muss erst vom Vergabeausschuss genehmigt werden.', // looks like billing-licensing-subscription
      ],
      notes: [
        'Nicht die interne IT, der externe Partner kommt mit dem Hybrid-Setup nicht klar', // looks like it-change-management-resourcing
        'EA ist durch, Blocker nur noch das SOW mit dem Partner', // looks like billing-licensing-subscription
        'Adoption-Workshops vom Partner zugesagt, aber nie gehalten', // looks like adoption-readiness
        'PO für Partnerleistungen seit 6 Wochen im Einkauf, Lizenzen sind aber da', // looks like billing-licensing-subscription
        'Kein Lizenzthema: E3 am 1.7. verlängert, Blocker ist der Werkvertrag mit dem Systemhaus für Teams Telefonie', // looks like billing-licensing-subscription
      ],
    },
  },
  'billing-licensing-subscription': {
    'bil.assignment': {
      plain: [
        'Die gekauften Lizenzen sind den Benutzern noch nicht zugewiesen, weshalb sie den Dienst nicht nutzen können.',
        'Es stehen weniger Lizenzen zur Verfügung, als für die geplante Nutzergruppe nötig wären.',
        'Die Lizenzen scheinen zwar bestellt, sind aber offenbar nie im Mandanten des Kunden angekommen.',
        'Die Geschäftsführung hat entschieden, dass nur die Mitarbeiter in der Produktion auf den kleineren Plan wechseln. Diese Umstellung ist noch nicht erfolgt, die Betroffenen haben also weiterhin die falschen Lizenzen.',
        'Die Personalabteilung hat festgelegt, welche Beschäftigten die umfangreichere Lizenz bekommen sollen, doch zugeteilt wurden die Lizenzen bisher niemandem.',
        'In der Klinik ist beschlossen, dass Pflegekräfte nur eine einfache Lizenz ohne Desktop-Programme erhalten; diese Aufteilung ist noch nicht umgesetzt, deshalb ruht die Einführung auf den Stationen.',
        'Laut Beschluss des Managements sollen die Führungskräfte eine höherwertige Lizenz bekommen als die übrigen Mitarbeiter, aber die Umstellung der etwa 40 Konten steht noch aus.',
        'Die Lizenzen für die Verwaltung wurden wohl falsch gebucht und sind deshalb noch keinem Mitarbeiter zugeordnet. Bis das geklärt ist, wartet das Projekt.',
      ],
      notes: [
        'Lizenzen im Tenant, aber nicht zugewiesen, gruppenbasierte Zuweisung fehlt',
        'Nur 500 E3 für 1.200 User, Rest fehlt',
        'Copilot-Lizenzen bestellt, im Tenant noch nicht provisioniert',
      ],
    },
    'bil.transfer': {
      plain: [
        'Nach dem Zusammenschluss müssen die Lizenzen auf den neuen Mandanten übertragen werden.',
        'Die Lizenzen sind einer anderen Region zugeordnet und müssen erst umgezogen werden.',
        'Ein Teil der Lizenzen muss nach der Abspaltung eines Geschäftsbereichs an das neue Unternehmen übergehen.',
      ],
      notes: [
        'Tenant-to-Tenant: Lizenzen müssen vom alten Tenant der Tochter rüber, LSS angefragt',
        'Lizenzen hängen am falschen Tenant (Test statt Prod), Umzug beantragt',
      ],
    },
    'bil.sku': {
      plain: [
        'Die Behörde hat Lizenzen für die kommerzielle Cloud gekauft, braucht aber die Variante für den öffentlichen Sektor.',
        'Offenbar wurde eine falsche Produktvariante bestellt, die den geplanten Einsatz nicht abdeckt.',
      ],
      notes: [
        'Falsche SKU: F3 statt E3 bestellt, Kiosk-User haben kein Desktop-Office',
        'US-Tochter braucht GCC, hat aber kommerzielle SKUs, Seller informiert',
      ],
    },
    'bil.seats': {
      plain: [
        'Der Kunde möchte die Zahl der Arbeitsplätze verringern, und solange das nicht geklärt ist, ruht die Einführung.',
        'Nach dem Stellenabbau passt die Anzahl der vertraglich vereinbarten Plätze nicht mehr.',
        'Die Geschäftsleitung hat beschlossen, die Zahl der Lizenzen um rund 300 zu verringern. Solange der Vertrag nicht entsprechend angepasst ist, geht die Umstellung nicht weiter.',
        'Für die 120 neuen Außendienstmitarbeiter sind zusätzliche Lizenzen zwar beschlossen, aber noch nicht nachbestellt, sodass diese Nutzer vorerst nicht umgestellt werden können.',
        'Es ist vereinbart, dass Saisonkräfte künftig keine eigene Lizenz mehr erhalten. Bis die Menge im Vertrag gesenkt ist, hält der Händler die Einführung an.',
        'Bei der letzten Bestellung ist offenbar eine Null verloren gegangen: Statt 800 sind nur 80 Lizenzen gebucht, daher können die meisten Filialen noch nicht umgestellt werden.',
        'Nach dem Verkauf eines Werks braucht der Kunde deutlich weniger Benutzerlizenzen; die neue Anzahl ist beim Microsoft-Händler aber noch nicht hinterlegt.',
      ],
      notes: [
        'True-up steht an, Cx will erst Seats reduzieren (-400), vorher kein Rollout',
        'Seat-Reduzierung zum Renewal beantragt, LSA klärt',
      ],
    },
    'bil.agreement': {
      plain: [
        'Die Verlängerung des Rahmenvertrags mit Microsoft ist ins Stocken geraten.',
        'Der Vertrag mit Microsoft liegt seit Wochen bei der Rechtsabteilung des Kunden, ohne dass es vorangeht.',
      ],
      notes: [
        'EA-Renewal hängt, Verhandlungen mit Seller laufen noch',
        'Umstellung auf MCA nicht unterschrieben, Lizenzen erst danach',
        'EA läuft am 30.6. aus, neuer Vertrag nicht signiert, Cx stoppt alles',
      ],
    },
    'bil.plan': {
      plain: [
        'Die gewünschten Funktionen sind nur in einem höheren Lizenzpaket enthalten, das der Kunde nicht hat.',
        'Für die geplanten Sicherheitsfunktionen müsste der Kunde eine Zusatzlizenz erwerben, was noch nicht geschehen ist.',
        'Für die Verwaltung der mobilen Geräte fehlt die passende Lizenz; das bisherige Paket des Kunden enthält sie nicht.',
      ],
      notes: [
        'Cx hat E3, braucht Defender/Purview aus E5, Upgrade offen',
        'Teams Phone Add-on fehlt, nur E1 lizenziert',
        'Intune-P2-Features gewünscht, nicht im aktuellen Plan',
      ],
    },
    'bil.procurement': {
      plain: [
        'Die Anschaffung der Lizenzen muss als Investition verbucht werden, und die Freigabe dafür steht noch aus.',
        'Die Bestellung der Lizenzen hängt im Beschaffungsprozess des Kunden fest.',
        'Für die zusätzlichen Lizenzen ist im laufenden Haushaltsjahr kein Geld vorgesehen.',
        'Die Lizenzen für die zweite Ausbaustufe sollen erst bestellt werden, wenn das Budget für das neue Geschäftsjahr im Oktober freigegeben ist.',
        'Die Gemeinde kann die zusätzlichen Nutzerlizenzen erst kaufen, wenn der Gemeinderat den Haushalt für das kommende Jahr beschlossen hat; bis dahin bleibt die Umstellung der Schulen stehen.',
        'Im laufenden Geschäftsjahr ist kein Geld mehr für weitere Lizenzen eingeplant. Die Bestellung ist für April vorgesehen, sobald der neue Etat gilt.',
        'Der Einkauf gibt die Bestellung der Lizenzen erst nach der Budgetrunde im Januar frei, weshalb die restlichen Niederlassungen vorerst warten müssen.',
        'Offenbar hat der Finanzvorstand den Kauf der fehlenden Lizenzen ins nächste Geschäftsjahr geschoben; vorher wird der Vertrieb nicht umgestellt.',
        'Die Mittel für die Lizenzen der Tochtergesellschaften sind erst im Budget des nächsten Jahres vorgesehen, und das muss der Aufsichtsrat noch genehmigen.',
        'Der Kunde wartet mit dem Kauf der Telefonie-Lizenzen, bis im Juli das neue Budgetjahr beginnt und die Mittel dafür bewilligt sind.',
        'Die Klinik darf die benötigten Lizenzen erst bestellen, wenn der Träger den Wirtschaftsplan für das nächste Jahr genehmigt hat. Bis dahin arbeiten die Stationen mit der alten Lösung weiter.',
        'Das Geld für die restlichen 600 Lizenzen ist beantragt, wird aber frühestens mit dem neuen Geschäftsjahr bewilligt. Bis dahin wird nichts nachgekauft.',
        'Die Lizenzen können voraussichtlich erst mit dem Budget des kommenden Geschäftsjahres gekauft werden.',
      ],
      notes: [
        'PO für Lizenzen hängt im Einkauf, Ausschreibungspflicht (öffentl. Auftraggeber)',
        'CapEx vs. OpEx ungeklärt, Controlling blockiert den Kauf',
        'Lizenzbudget FY24 ausgeschöpft, Nachkauf erst ab Juli',
      ],
    },
    'bil.border': {
      plain: [
        'Die gewünschte Funktion gibt es durchaus, sie ist nur nicht in dem Plan enthalten, den der Kunde gekauft hat.', // looks like product-feature-capability
        'Der Partner ist beauftragt und bereit, aber der Lizenzvertrag des Kunden mit Microsoft ist noch nicht verlängert.', // looks like partner-engagement
        'Die IT hätte Zeit und Wissen, doch die Lizenzen für die neue Nutzergruppe wurden nie bestellt.', // looks like it-change-management-resourcing
        'Die Geschäftsleitung würde starten, aber der Kauf der zusätzlichen Plätze hängt noch im Einkauf.', // looks like adoption-readiness
      ],
      notes: [
        'Feature existiert (Insider Risk), nur nicht in der Lizenz vom Cx', // looks like product-feature-capability
        'SOW mit Partner steht, blockiert ist die EA-Verlängerung mit MS', // looks like partner-engagement
        'Kein Budgetproblem der IT, Geld fürs Projekt da, nur Lizenz-PO fehlt', // looks like it-change-management-resourcing
        'Sieht nach Bug aus, ist aber Lizenz: Onlinearchiv nicht aktiv, weil der Plan es nicht enthält', // looks like product-feature-capability
      ],
    },
  },
  'service-reliability': {
    'rel.outage': {
      plain: [
        'Nach einem ganztägigen Ausfall des E-Mail-Dienstes hat die Geschäftsleitung das Vertrauen in die Cloud verloren.',
        'Der Dienst war in der Pilotphase mehrmals nicht erreichbar, und der Kunde zögert nun mit der Ausweitung.',
        'Nachdem die E-Mail in der Cloud vor zwei Wochen einen ganzen Vormittag lang nicht erreichbar war, will die Geschäftsführung der Spedition die übrigen Standorte vorerst nicht umstellen lassen.',
        'Im März konnte sich in der Kanzlei einen ganzen Tag lang niemand bei den Microsoft-Diensten anmelden. Seitdem möchten die Partner den Umzug der Akten in die Cloud lieber verschieben.',
        'Der Online-Speicher von Microsoft war letzte Woche zweimal für längere Zeit weg. Die Amtsleitung fragt sich nun, ob man sich darauf verlassen kann, und hat den nächsten Schritt gestoppt.',
        'Seit am Montag die Mails über Microsoft stundenlang nicht gingen, will der Vorstand vorerst nicht weitermachen.',
        'Es scheint, dass der Betriebsrat nach der längeren Störung bei Microsoft im Herbst keiner weiteren Umstellung zustimmen will, bevor jemand erklärt, wie oft so etwas vorkommen kann.',
        'Beim Maschinenbauer lief der Chat- und Besprechungsdienst von Microsoft zuletzt mehrmals überhaupt nicht; die Anwender sind verunsichert und möchten lieber bei der alten Telefonanlage bleiben.',
      ],
      notes: [
        'Großer EXO-Outage letzte Woche, Cx stoppt weitere Migrationswellen',
        'Teams 4h down am Tag der Hauptversammlung, Vorstand skeptisch',
        'Zwei Incidents in einem Monat (MFA-Ausfall), Cx will erst RCA sehen',
        'Teams-Calls im Werk brechen ab, MS hat Incident im Media-Relay bestätigt, Welle 3 gestoppt – kein Schulungsthema',
      ],
    },
    'rel.performance': {
      plain: [
        'Die Nutzer erleben lange Ladezeiten beim Öffnen von Dokumenten, obwohl das Netzwerk des Kunden nachweislich in Ordnung ist.',
        'Der Dienst reagiert zu Stoßzeiten spürbar träge, was die Akzeptanz im Pilot beeinträchtigt.',
        'Seit der Umstellung dauert das Zustellen von Nachrichten teils minutenlang; die Ursache liegt nach ersten Analysen beim Anbieter.',
        'Die Pilotgruppe im Controlling will Copilot nicht mehr nutzen, allerdings nicht aus Ablehnung: Auswertungen in Excel brauchen oft eine Minute und länger, und Microsoft hat eine dienstseitige Verzögerung bestätigt.',
      ],
      notes: [
        'Latenz bei SPO-Suche >10 s, Netz beim Cx geprüft & ok, Case bei MS',
        'Copilot antwortet extrem langsam, Pilotgruppe unzufrieden, liegt service-seitig',
        'Intune-Policies brauchen während MS-Degradation 4–6 h, neue Geräte ohne Compliance, Rollout Außendienst pausiert',
      ],
    },
    'rel.doubt': {
      plain: [
        'Der Kunde bezweifelt, dass der Clouddienst für seine geschäftskritischen Abläufe zuverlässig genug ist.',
        'Die IT-Leitung ist besorgt, dass ein so junger Dienst noch nicht ausgereift ist.',
        'Ohne dass es einen konkreten Vorfall gab, fürchtet die Unternehmensleitung, bei einem Ausfall handlungsunfähig zu sein.',
      ],
      notes: [
        'Cx traut Verfügbarkeit nicht für 24/7-Leitstelle, keine konkreten Incidents',
        'GF hat Bauchschmerzen: „Was, wenn die Cloud ausfällt?“',
        'Copilot ist dem Cx „zu neu“, will 1 Jahr Reife abwarten',
      ],
    },
    'rel.control': {
      plain: [
        'Der Kunde fürchtet, ohne eigene Server die Kontrolle über seine Systeme zu verlieren.',
        'Man ist beunruhigt, bei Störungen nicht mehr selbst eingreifen zu können, wie es im eigenen Rechenzentrum bisher möglich war.',
      ],
      notes: [
        'IT-Leiter will „Hoheit über die Server“ behalten, Angst vor Kontrollverlust',
        'Cx: on-prem konnten wir selbst neu starten, in der Cloud sind wir ausgeliefert',
      ],
    },
    'rel.updates': {
      plain: [
        'Der Kunde ist beunruhigt, dass Änderungen am Dienst ohne Vorwarnung bei den Nutzern ankommen.',
        'Es besteht die Sorge, dass sich die Oberfläche ständig verändert und die Mitarbeitenden davon überrascht werden.',
      ],
      notes: [
        'Cx genervt von unangekündigten UI-Änderungen in Teams, Angst vor weiteren',
        'Feature über Nacht ausgerollt, User verwirrt, Cx will mehr Vorlauf',
      ],
    },
    'rel.backup': {
      plain: [
        'Der Kunde ist nicht überzeugt, dass gelöschte Daten im Dienst zuverlässig wiederhergestellt werden können.',
        'Es bestehen Zweifel, ob bei einem Fehler im Rechenzentrum des Anbieters Daten unwiederbringlich verloren gehen könnten.',
      ],
      notes: [
        'Cx fragt: wo ist das Backup? Vertraut Papierkorb/Versionierung nicht',
        'Angst vor Datenverlust in OD4B nach Ransomware-Fall bei Nachbarfirma',
      ],
    },
    'rel.trust': {
      plain: [
        'Der Kunde kennt die veröffentlichten Informationen zu Verfügbarkeit und Sicherheit des Dienstes nicht.',
        'Die zugesagte Verfügbarkeit überzeugt den Kunden nicht, da sie ihm zu unverbindlich erscheint.',
      ],
      notes: [
        'Cx kennt Service Trust Portal nicht, Termin zur Vorstellung angefragt',
        '99,9% SLA reicht der GF nicht, will Nachweise zur tatsächlichen Verfügbarkeit',
      ],
    },
    'rel.incident-impact': {
      plain: [
        'Während der letzten Störung konnte der Außendienst einen halben Tag lang keine Aufträge abrufen, was erheblichen Schaden verursacht hat.',
        'Der jüngste Ausfall des Dienstes hat den Kundenservice lahmgelegt, und die Fachbereiche fordern nun Absicherungen.',
        'Während der Störung bei Microsoft im Januar konnten die Filialen keine Bestellungen per Mail annehmen; die Vertriebsleitung lehnt es deshalb ab, weitere Märkte anzuschließen.',
        'Die Pflegekräfte kamen während der mehrstündigen Unterbrechung des Cloud-Dienstes nicht an ihre Dienstpläne und wollen seitdem wieder mit Papierlisten arbeiten; die Pflegedienstleitung unterstützt das.',
        'Weil der Microsoft-Dienst ausgerechnet am Prüfungstag nicht erreichbar war und die Studierenden keine Unterlagen öffnen konnten, sträuben sich viele Lehrende gegen die Umstellung weiterer Fakultäten.',
        'Die Kundenhotline des Versicherers war einen halben Tag lang nicht erreichbar, weil die Telefonie über Microsoft nicht funktionierte. Die Fachabteilungen wollen ihre Apparate seitdem nicht mehr umstellen lassen.',
        'Der Kunde berichtet, dass wegen der gestörten Online-Besprechungen bei Microsoft eine wichtige Schichtübergabe im Werk nicht stattfinden konnte. Die Werksleitung möchte die Einführung deshalb anhalten.',
        'In den Filialen der Drogeriekette brachen Teams-Telefonate tagelang immer wieder ab, und Microsoft hat einen Fehler in seinem Mediendienst eingeräumt. Die zweite Welle ist gestoppt, weil die Filialleitungen ihr altes Telefon zurückwollen.',
      ],
      notes: [
        'Incident am 3.4.: Callcenter 2h ohne Teams-Telefonie, Umsatzausfall, Cx pausiert',
        'Nach SPO-Störung Ausschreibungsfrist verpasst, Fachbereich blockt Rollout',
      ],
    },
    'rel.border': {
      plain: [
        'Die Verbindung ist nicht das Problem: Die Messungen zeigen, dass die Verzögerungen im Dienst selbst entstehen.', // looks like customer-it-infrastructure-remediation
        'Der Funktionsumfang reicht dem Kunden aus; er zweifelt aber, ob der Dienst dauerhaft stabil läuft.', // looks like product-feature-capability
        'Die Sorge des Kunden gilt nicht seinem Freigabeprozess, sondern der Frage, ob Wartungsarbeiten am Dienst unangekündigt Störungen verursachen.', // looks like it-change-management-resourcing
        'Obwohl die Funktion vorhanden ist, fällt sie immer wieder zeitweise aus, was den Kunden verunsichert.', // looks like product-feature-capability
        'Es klingt nach fehlender Akzeptanz, weil die Verwaltung Intune „nicht will“; tatsächlich dauerte es während einer Störung bei Microsoft mehrere Stunden, bis die Richtlinien auf den neuen Geräten ankamen, und die Leute standen ohne Zugriff da.', // looks like adoption-readiness
        'Nach zwei Störungen verlangt die BaFin von der Bank Nachweise zur Ausfallsicherheit des Dienstes im Sinne von DORA. Ein Zertifikat fehlt nicht; es geht darum, ob man sich nach den Vorfällen auf den Dienst verlassen kann, und bis dahin ruht die Migration.', // looks like product-feature-capability
      ],
      notes: [
        'Netz beim Cx ok (Connectivity Test), Langsamkeit liegt bei MS', // looks like customer-it-infrastructure-remediation
        'Kein Feature-Gap: Live-Untertitel gibts, fallen aber in jedem 3. Meeting aus', // looks like product-feature-capability
        'Kein Prozessthema der IT, Cx fürchtet Ausfälle durch Wartungsfenster bei MS', // looks like it-change-management-resourcing
        'Kein Bug im Client, sondern regionaler Service-Incident, Cx verunsichert', // looks like product-feature-capability
        'Sieht aus wie Widerstand („OneDrive will keiner“), Ursache aber Sync-Störung bei MS letzte Woche, Advisory im SHD', // looks like adoption-readiness
      ],
    },
  },
};
