import { LocaleText } from './types';

/**
 * German: the playbook's German pages (seeds) where they have the text, the rest translated in their
 * register ("Sie") and terms (Arbeitsbereich, Bereitstellung, Einführung, Zuweisung/Durchführung).
 */
export const de: LocaleText = {
  languageName: 'Deutsch',
  playbook: {
    l1: {
      name: 'Blockiert',
      definition:
        'Der Kunde hat die Absicht, den Arbeitsbereich zu verwenden, aber es gibt einige Hindernisse, die mit Unterstützung des Account oder Engineering Teams überwunden werden müssen.',
    },
    l2: {
      'customer-it-infrastructure-remediation': {
        name: 'IT-Infrastruktur des Kunden und Korrektur',
        definition:
          'Abhängigkeiten von umgebenden IT-Infrastrukturkomponenten in der Umgebung eines Kunden (z. B. VPN-Geräte nicht kompatibel, Hardwareupdates, AD-Komplexitäten, Hybrid-Szenarien, Client, Browser etc.) blockieren die Einführung.',
        scope:
          'Für dieses L2 muss das Problem mit einer Technologie verknüpft sein. Es hängt NICHT mit Mitarbeitern oder Prozessen zusammen.',
        validExamples: [
          'Kunde muss Internet Explorer (IE) oder Windows aktualisieren.',
          'Beim Kunden sind AD-Komplexitäten gegeben, die vor der Bereitstellung behoben werden müssen.',
          'Das Netzwerk des Kunden verfügt nicht über ausreichend Bandbreite und muss aktualisiert werden.',
          'Der Kunde ist dabei, sein Unternehmen mit einem anderen zusammenzuführen und kann keine Migration durchführen, bis Active Directories zusammengeführt wurden.',
          'Der Kunde weist eine spezifische Konfiguration auf, die mit dem Office 365 (O365)-Dienst nicht kompatibel ist.',
        ],
        invalidExamples: [
          {
            text: 'Die IT-Abteilung verfügt nicht über das Fachwissen über die erforderliche Architektur, um den Dienst bereitzustellen.',
            belongsTo: 'it-change-management-resourcing',
          },
          {
            text: 'Der Kunde verfügt über spezifische technische Prozesse, die nicht geändert werden können.',
            belongsTo: 'it-change-management-resourcing',
          },
        ],
      },
      'it-change-management-resourcing': {
        name: 'IT-Änderungsmanagement und Ressourcen',
        definition:
          'Dienstwartung führt zu Ausfall bestehender IT-Prozesse und -Richtlinien beim Kunden (z. B. IT-Prozesse, Überwachung, Problembehebung, Problemerkennung, Richtlinien für die Verwendung zu Hause usw.), wodurch die Einführung blockiert wird. Für das Änderungsmanagement dieser Lösung ist ein Neudesign des Prozesses oder der Richtlinie notwendig. Der Kunde kann aufgrund fehlender Ressourcen (Budget/Personen) für die Korrektur gesperrt sein.',
        scope:
          'Bei diesem L2 muss das Problem mit Technikadministratoren oder IT-Teams zusammenhängen. Es ist NICHT direkt mit der zugrunde liegenden Technologie, der Benutzervorbereitung oder Unternehmensregeln verknüpft.',
        validExamples: [
          'Der IT fehlen in diesem Quartal das Personal oder das Budget, um die Bereitstellung durchzuführen.',
          'Die IT-Abteilung verfügt nicht über das Fachwissen über die erforderliche Architektur, um den Dienst bereitzustellen.',
          'Der monatliche Updaterhythmus des Dienstes stört das Verfahren, mit dem die IT interne Software zertifiziert.',
          'Der Helpdesk ist noch nicht bereit, einen Cloud-Arbeitsbereich zu unterstützen.',
        ],
        invalidExamples: [
          {
            text: 'Die Proxy- und Firewall-Hardware kann den Datenverkehr zum Dienst nicht bewältigen.',
            belongsTo: 'customer-it-infrastructure-remediation',
          },
          {
            text: 'Die Benutzer wurden nicht geschult, und das Unternehmen ist für den Umstieg nicht bereit.',
            belongsTo: 'adoption-readiness',
          },
          {
            text: 'Dem für die Bereitstellung beauftragten Partner fehlen die nötigen Kenntnisse.',
            belongsTo: 'partner-engagement',
          },
        ],
      },
      'adoption-readiness': {
        name: 'Vorbereitung der Einführung',
        definition:
          'Der Kunde kann den Dienst aufgrund von Problemen mit dem internen Änderungsmanagement nicht einführen, einschließlich Vorbereitung der Endbenutzer oder Geschäftsprozessen. Verwenden Sie dies nicht für Probleme bezüglich des IT-Änderungsmanagements.',
        scope:
          'Fast immer geht es um die Vorbereitung oder Schulung der Benutzer, manchmal um eine geschäftliche Entscheidung; nie um IT-Personal oder Technologie.',
        validExamples: [
          'Es gibt noch keinen Plan, die Endbenutzer für den neuen Dienst zu schulen.',
          'Die Unternehmensleitung möchte bis nach der Hauptsaison warten, bevor sich die Arbeitsweise der Mitarbeiter ändert.',
          'Eine Abteilung ist auf ihre derzeitige Arbeitsweise angewiesen und wird ohne Änderungsplan nicht umsteigen.',
        ],
        invalidExamples: [
          {
            text: 'Das IT-Team hat keine Zeit, die Einführung vorzubereiten.',
            belongsTo: 'it-change-management-resourcing',
          },
          {
            text: 'Benutzer können sich wegen AD-Komplexitäten nicht anmelden.',
            belongsTo: 'customer-it-infrastructure-remediation',
          },
        ],
      },
      'product-feature-capability': {
        name: 'Produktfeature/-funktion',
        definition:
          'Grundlegende Produkt-/Dienstfeatures und -funktionen (darunter Sicherheits-/Datenschutzeinstellungen, -features und -zertifikate) fehlen oder sind fehlerhaft. Wird hauptsächlich über GetHelp oder OneList gelöst.',
        scope:
          'Die Lücke liegt im Produkt oder Dienst von Microsoft selbst, nicht in der Umgebung oder den Anwendungen des Kunden.',
        validExamples: [
          'Der Kunde benötigt ein Feature, das der Dienst noch nicht hat, und es ist in OneList erfasst.',
          'Eine Sicherheitszertifizierung, die der Kunde verlangt, ist für den Dienst nicht verfügbar.',
          'Ein Produktfehler verhindert ein wichtiges Szenario, und es gibt keine Problemumgehung.',
        ],
        invalidExamples: [
          {
            text: 'Das Feature ist vorhanden, aber nur in einem Plan, den der Kunde nicht gekauft hat (E5).',
            belongsTo: 'billing-licensing-subscription',
          },
          {
            text: 'Die eigene LOB-Anwendung des Kunden funktioniert nicht mit dem Dienst.',
            belongsTo: 'app-compatibility',
          },
        ],
      },
      'app-compatibility': {
        name: 'Anwendungskompatibilität',
        definition:
          'Line of Business-Kundenanwendungen (LOB) sind nicht kompatibel oder zertifiziert kompatibel mit Clouddiensten und halten von Bereitstellung oder Verwendung ab.',
        scope:
          'Das Hindernis sind die eigenen Anwendungen oder Add-Ins des Kunden, nicht ein fehlendes Feature des Dienstes.',
        validExamples: [
          'Ein wichtiges Outlook-Add-In funktioniert mit Microsoft 365 Apps (Office ProPlus) nicht mehr.',
          'Der ERP-Anbieter hat sein Produkt nicht für die neue Office-Version zertifiziert.',
          'Eine interne Anwendung benötigt ein UPN-Format, das von dem der Cloudidentität abweicht.',
        ],
        invalidExamples: [
          { text: 'Dem Dienst fehlt ein Feature, das der Kunde benötigt.', belongsTo: 'product-feature-capability' },
          {
            text: 'Windows muss vor der Einführung aktualisiert werden.',
            belongsTo: 'customer-it-infrastructure-remediation',
          },
        ],
      },
      'partner-engagement': {
        name: 'Partnerunterstützung',
        definition:
          'Verzögerung bei Partnerauswahl/Partnervertrag oder der Partner ist blockiert bei technischer Bereitstellung und/oder Einführungssupport (z. B. eingeschränkter Umfang, beschränkte Erfahrung usw.).',
        scope:
          'Das Hindernis ist der Partner: einen zu finden oder zu beauftragen, oder seine Fähigkeit, die Leistung zu erbringen.',
        validExamples: [
          'Der Kunde hat noch keinen Partner für die Bereitstellung ausgewählt.',
          'Die Leistungsbeschreibung (SOW) mit dem Partner wird noch verhandelt.',
          'Der Partner hat wenig Erfahrung mit diesem Arbeitsbereich, und das Projekt stockt.',
        ],
        invalidExamples: [
          {
            text: 'Dem IT-Personal fehlen die Kenntnisse, und es wurde kein Partner in Betracht gezogen.',
            belongsTo: 'it-change-management-resourcing',
          },
          {
            text: 'Das Enterprise Agreement des Kunden mit Microsoft ist nicht unterzeichnet.',
            belongsTo: 'billing-licensing-subscription',
          },
        ],
      },
      'billing-licensing-subscription': {
        name: 'Abrechnung, Lizenzierung und Abonnement',
        definition:
          'Die Implementierung wird blockiert, bis Abonnementprobleme gelöst sind (z. B. Anwendung von Lizenzen, Übertragung von Lizenzen, nicht korrekte SKU oder Subtraktion von Arbeitsplätzen). Diese Lösung erfordert die Beteiligung von Verkäufer, LSS und/oder LSA.',
        scope:
          'Es geht darum, was der Kunde gekauft hat oder kaufen kann; gefragt sind Verkäufer, LSS oder LSA, nicht das Engineering Team.',
        validExamples: [
          'Lizenzen müssen vor der Einführung auf einen neuen Mandanten übertragen werden.',
          'Der Kunde hat die kommerzielle SKU gekauft, benötigt aber die Behördencloud (GCC).',
          'Die Verlängerung des Enterprise Agreements (EA) stockt.',
        ],
        invalidExamples: [
          { text: 'Ein Feature fehlt in jedem Plan des Dienstes.', belongsTo: 'product-feature-capability' },
          { text: 'Der Vertrag mit dem Partner wurde nicht unterzeichnet.', belongsTo: 'partner-engagement' },
        ],
      },
      'service-reliability': {
        name: 'Zuverlässigkeit des Dienstes',
        definition:
          'Verringertes Kundenvertrauen wegen der Leistung des Dienstes, einschließlich Latenz und/oder nicht geplante Servicevorfälle (Ausfälle).',
        scope: 'Es geht um das Vertrauen in Verfügbarkeit und Leistung des Dienstes, nicht um ein fehlendes Feature.',
        validExamples: [
          'Nach dem Ausfall im letzten Monat hat der Kunde die Migration ausgesetzt.',
          'Benutzer melden Latenz im Dienst, und die Leitung bezweifelt, dass er die Last tragen kann.',
          'Der Kunde bezweifelt, dass Daten wiederhergestellt werden können, wenn der Dienst ausfällt.',
        ],
        invalidExamples: [
          {
            text: 'Die Netzwerkbandbreite des Kunden ist für den Dienst zu gering.',
            belongsTo: 'customer-it-infrastructure-remediation',
          },
          { text: 'Dem Dienst fehlt eine Compliance-Zertifizierung.', belongsTo: 'product-feature-capability' },
        ],
      },
    },
    questions: {
      'scope-people-process': {
        ask: 'Geht es bei dem Hindernis um Mitarbeiter oder Prozesse (IT-Personal, Benutzer, das Unternehmen, einen Partner) und nicht um eine Technologie?',
        finding: 'Mitarbeiter oder Prozesse stehen im Weg, nicht eine Technologie',
      },
      'scope-microsoft-side': {
        ask: 'Liegt das Problem im Microsoft-Dienst selbst: ein fehlendes oder fehlerhaftes Feature, Ausfälle oder Latenz?',
        finding: 'das Problem liegt im Microsoft-Dienst selbst',
      },
      'scope-commercial': {
        ask: 'Ist es eine kaufmännische Frage: Lizenzen, Abonnements, eine Vereinbarung oder ein Vertrag (mit Microsoft oder einem Partner)?',
        finding: 'eine kaufmännische Frage (Lizenzen, Vereinbarung oder Vertrag) ist offen',
      },
      'scope-technology': {
        ask: 'Ist das Hindernis eine Technologie in der eigenen Umgebung des Kunden: Netzwerk, Geräte, Verzeichnis (AD), Clients oder Browser?',
        finding: 'eine Technologie in der Umgebung des Kunden steht im Weg',
      },
      'scope-it-team': {
        ask: 'Geht es um das IT-Team des Kunden: sein Personal, seine Kenntnisse, sein Budget oder seine IT-Prozesse und -Richtlinien?',
        finding: 'das IT-Team des Kunden (Personal, Kenntnisse, Budget oder IT-Prozesse) ist der Engpass',
      },
      'scope-users-business': {
        ask: 'Geht es um Endbenutzer oder das Unternehmen: Vorbereitung, Schulung, Unternehmenskultur oder eine geschäftliche Entscheidung?',
        finding: 'Endbenutzer oder das Unternehmen sind nicht bereit',
      },
      'scope-lob-apps': {
        ask: 'Funktionieren die eigenen LOB-Anwendungen oder Add-Ins des Kunden nicht mit dem Dienst, oder fehlt ihnen die Zertifizierung dafür?',
        finding: 'die LOB-Anwendungen des Kunden sind nicht kompatibel oder nicht zertifiziert',
      },
      'scope-partner': {
        ask: 'Wird ein Partner benötigt oder ist einer beteiligt, und stockt es beim Partner?',
        finding: 'es stockt bei der Partnerunterstützung',
      },
      'scope-reliability': {
        ask: 'Hat der Kunde wegen Ausfällen, Latenz oder Leistung das Vertrauen in den Dienst verloren?',
        finding: 'der Kunde hat das Vertrauen in den Dienst verloren',
      },
      'inf-devices': {
        ask: 'Gibt es Probleme bei der Einrichtung von Desktop-PCs oder Geräten für den Dienst?',
        finding: 'Probleme bei der Einrichtung von Desktop-PCs oder Geräten für den Dienst',
      },
      'inf-network': {
        ask: 'Hat der Kunde Probleme mit seinen Netzwerkgeräten, mit der Bandbreite oder mit der Verbindung zum Dienst? Zum Beispiel: VPN, Firewall etc.',
        finding: 'Probleme mit Netzwerkgeräten, Bandbreite oder Verbindung (VPN, Firewall)',
      },
      'inf-server-upgrade': {
        ask: 'Muss der Kunde vor der Migration ein Upgrade auf eine neue Version von Exchange oder SharePoint durchführen?',
        finding: 'Exchange/SharePoint muss vor der Migration aktualisiert werden',
      },
      'm365-windows-image': {
        ask: 'Kann der Kunde Microsoft 365 Apps (Office ProPlus) erst einführen, wenn er sein Windows 10-Image abgeschlossen hat?',
        finding: 'die Einführung von Microsoft 365 Apps wartet auf das Windows 10-Image',
      },
      'm365-packaging': {
        ask: 'Gibt es Probleme mit der Erstellung oder Bereitstellung von Paketen?',
        finding: 'Probleme mit der Erstellung oder Bereitstellung von Paketen',
      },
      'm365-channel': {
        ask: 'Treten beim Kunden Probleme bei der Kanalkommunikation auf?',
        finding: 'Probleme bei der Kanalkommunikation',
      },
      'm365-update-solution': {
        ask: 'Besteht ein Problem mit dem Verständnis/der Bereitstellung einer Updatelösung für den Dienst?',
        finding: 'Probleme mit dem Verständnis oder der Bereitstellung einer Updatelösung',
      },
      'teams-exchange-first': {
        ask: 'Wartet der Kunde, um zuerst Exchange bereitzustellen?',
        finding: 'wartet darauf, zuerst Exchange bereitzustellen',
      },
      'itcm-resourcing': {
        ask: 'Fehlen dem Kunden das IT-Personal oder das Budget für die Arbeit?',
        finding: 'nicht genug IT-Personal oder Budget',
      },
      'itcm-skills': {
        ask: 'Fehlen dem IT-Team die Kenntnisse für diesen Arbeitsbereich (und wurde kein Partner in Betracht gezogen)?',
        finding: 'der IT fehlen die Kenntnisse für den Arbeitsbereich',
      },
      'itcm-helpdesk': {
        ask: 'Ist der Helpdesk noch nicht bereit, einen Cloud-Arbeitsbereich zu unterstützen?',
        finding: 'der Helpdesk ist nicht bereit, einen Cloud-Arbeitsbereich zu unterstützen',
      },
      'itcm-update-cadence': {
        ask: 'Kollidiert der Updaterhythmus des Dienstes damit, wie die IT ihre interne Software verwaltet?',
        finding: 'der Updaterhythmus des Dienstes kollidiert mit der Softwareverwaltung der IT',
      },
      'itcm-allow-lists': {
        ask: 'Fällt es der IT schwer, die Zulassungslisten im Netzwerk (URLs und IP-Bereiche) aktuell zu halten?',
        finding: 'die IT kann die Zulassungslisten im Netzwerk nicht aktuell halten',
      },
      'ado-user-education': {
        ask: 'Gibt es noch keinen Plan, die Benutzer mit dem neuen Dienst vertraut zu machen?',
        finding: 'noch kein Plan zur Schulung der Benutzer',
      },
      'ado-departments': {
        ask: 'Sind einige Abteilungen deutlich stärker betroffen als andere?',
        finding: 'einige Abteilungen sind stärker betroffen als andere',
      },
      'ado-culture': {
        ask: 'Muss sich zuerst die Unternehmenskultur ändern, ohne dass es einen Einführungsplan gibt?',
        finding: 'die Unternehmenskultur muss sich ändern, und es gibt keinen Einführungsplan',
      },
      'ado-business-decision': {
        ask: 'Hält das Unternehmen (nicht die IT) die Einführung wegen einer Entscheidung oder einer Änderung eines Geschäftsprozesses zurück?',
        finding: 'das Unternehmen hält die Einführung wegen einer Entscheidung zurück',
      },
      'pfc-requirement': {
        ask: 'Gibt es eine funktionale Anforderung, die der Dienst nicht erfüllt, und blockiert ihr Fehlen die Einführung?',
        finding: 'eine funktionale Anforderung wird vom Dienst nicht erfüllt',
      },
      'pfc-logged': {
        ask: 'Wurde die Lücke bei der Produktgruppe gemeldet (OneList oder GetHelp), oder sollte sie gemeldet werden?',
        finding: 'die Lücke ist in OneList/GetHelp erfasst (oder sollte es sein)',
      },
      'pfc-security': {
        ask: 'Ist das Fehlende ein Sicherheits-, Datenschutz- oder Compliance-Feature bzw. eine solche Zertifizierung?',
        finding: 'ein Sicherheits-, Datenschutz- oder Compliance-Feature fehlt',
      },
      'pfc-workaround': {
        ask: 'Gibt es derzeit keine akzeptable Problemumgehung?',
        finding: 'derzeit keine akzeptable Problemumgehung',
      },
      'pfc-competitor': {
        ask: 'Bietet ein Konkurrenzprodukt, was fehlt?',
        finding: 'ein Konkurrenzprodukt bietet, was fehlt',
      },
      'app-lob-testing': {
        ask: 'Haben Tests mit anderen LOB-Anwendungen Probleme gezeigt, oder wurden sie noch nicht durchgeführt?',
        finding: 'Tests mit LOB-Anwendungen zeigen Probleme oder stehen noch aus',
      },
      'app-identity': {
        ask: 'Gibt es Identitätsprobleme, etwa Anwendungen, die einen anderen UPN benötigen?',
        finding: 'Identitätsprobleme wie abweichende UPN-Anforderungen',
      },
      'm365-addins': {
        ask: 'Funktionieren Office-Add-Ins (Outlook, Excel, Word) nicht mehr?',
        finding: 'Office-Add-Ins (Outlook, Excel, Word) funktionieren nicht mehr',
      },
      'm365-excel-formulas': {
        ask: 'Sind benutzerdefinierte Excel-Formeln vom Upgrade betroffen?',
        finding: 'benutzerdefinierte Excel-Formeln sind vom Upgrade betroffen',
      },
      'par-skills': {
        ask: 'Fehlen dem Partner die Kenntnisse oder die Erfahrung für diese Bereitstellung?',
        finding: 'dem Partner fehlen Kenntnisse oder Erfahrung',
      },
      'par-finding': {
        ask: 'Hat der Kunde Schwierigkeiten, einen Partner zu finden oder zu beauftragen?',
        finding: 'Schwierigkeiten, einen Partner zu finden oder zu beauftragen',
      },
      'par-relationship': {
        ask: 'Ist das Verhältnis zwischen Kunde und Partner angespannt?',
        finding: 'das Verhältnis zwischen Kunde und Partner ist angespannt',
      },
      'par-unresponsive': {
        ask: 'Reagiert der Partner nicht auf Microsoft?',
        finding: 'der Partner reagiert nicht auf Microsoft',
      },
      'bil-platform': {
        ask: 'Hat der Kunde die falsche Plattform oder SKU gekauft (braucht er zum Beispiel die Behördencloud)?',
        finding: 'falsche Plattform oder SKU gekauft',
      },
      'bil-tenant-move': {
        ask: 'Müssen wegen eines Mandantenwechsels Lizenzen verschoben werden?',
        finding: 'Lizenzen müssen wegen eines Mandantenwechsels verschoben werden',
      },
      'bil-capex': {
        ask: 'Hängt der Kauf daran, wie er als Investitionsausgabe behandelt wird?',
        finding: 'die Behandlung als Investitionsausgabe hält den Kauf auf',
      },
      'bil-contract': {
        ask: 'Stockt ein Enterprise Agreement (EA) oder ein anderer Vertrag?',
        finding: 'das Enterprise Agreement oder der Vertrag stockt',
      },
      'bil-plan-features': {
        ask: 'Benötigt der Kunde Features außerhalb seines aktuellen Plans (E1/E3/E5)?',
        finding: 'benötigt Features außerhalb des aktuellen Plans (E1/E3/E5)',
      },
      'rel-transparency': {
        ask: 'Kennt der Kunde die Transparenz- und Vertrauensinformationen von Microsoft nicht, oder überzeugen sie ihn nicht?',
        finding: 'nicht überzeugt von den Transparenz- und Vertrauensinformationen von Microsoft',
      },
      'rel-backup': {
        ask: 'Zweifelt der Kunde an der Sicherung und Wiederherstellung seiner Daten im Dienst?',
        finding: 'Zweifel an Sicherung und Wiederherstellung',
      },
      'rel-judgement': {
        ask: 'Beurteilt der Kunde die Zuverlässigkeit nach Ausfällen, Vorfällen oder Latenz, die er erlebt hat?',
        finding: 'Zuverlässigkeit nach Ausfällen, Vorfällen oder Latenz beurteilt',
      },
    },
    workloads: {
      'm365-apps': 'Microsoft 365 Apps (Office ProPlus)',
      teams: 'Teams',
      other: 'Anderer Arbeitsbereich',
    },
    phases: {
      assignment: {
        name: 'Zuweisung',
        situation:
          'Der Kunde hat die Absicht, den Dienst zu verwenden, aber es gibt ein oder mehrere Probleme, die ihn daran hindern, mit der Bereitstellung fortzufahren.',
      },
      delivery: {
        name: 'Durchführung',
        situation:
          'Der Kunde hat die Absicht, den Dienst zu verwenden, aber es gibt ein oder mehrere Probleme, die ihn daran hindern, mit der Bereitstellung fortzufahren.',
      },
    },
    ftop: {
      labels: {
        whoUpdates: 'Wer aktualisiert FTOP',
        l1: 'L1-Wert',
        l2: 'L2-Wert',
        l3: 'L3-Wert',
        serviceStatus: 'Dienststatus',
        engagementScenario: 'Dienstbeteiligungsszenario',
        targetDate: 'Zieldatum',
        owner: 'Inhaber',
        notes: 'Notizen',
        nextActionDate: 'Nächstes Aktionsdatum',
        nextAction: 'Nächste Aktion',
      },
      values: {
        assignment: {
          whoUpdates: 'Zuweisung FM',
          l1: 'Blockiert',
          l3: 'Noch keiner (L3s demnächst verfügbar)',
          serviceStatus: 'n.a.',
          engagementScenario: 'Angemessenes Szenario wählen',
          targetDate: 'n.a.',
          owner: 'Durchführung FM',
          nextActionDate: 'Datum des ersten Gesprächs',
          nextAction: 'Kick-off-Meeting',
        },
        delivery: {
          whoUpdates: 'Durchführung FM',
          l1: 'Blockiert',
          l3: 'Noch keiner (L3s demnächst verfügbar)',
          serviceStatus: 'n.a.',
          engagementScenario: 'Vorherigen Wert beibehalten',
          targetDate: 'Voraussichtliches Datum der Ausräumung der Hindernisse',
          owner: 'Account Team',
          nextActionDate: 'Noch festzustellen',
          nextAction: 'Abhängig von L2/L3',
        },
      },
    },
  },
  ui: {
    botName: 'Blocker-Triage',
    commandWords: {
      start: ['starten', 'beginnen'],
      help: ['hilfe'],
      list: ['liste', 'auflisten'],
      explain: ['erklären', 'erkläre', 'erklaeren'],
      summary: ['zusammenfassung'],
      clearSummary: ['zusammenfassung löschen', 'zusammenfassung loeschen'],
      language: ['sprache'],
    },
    actions: {
      startTriage: 'Triage starten',
      listL2s: 'L2s auflisten',
      help: 'Hilfe',
      back: 'Zurück',
      startOver: 'Neu beginnen',
      chooseMyself: 'L2 selbst wählen',
      useThis: 'Dieses L2 verwenden',
      explain: 'Erklären',
      tryAgain: 'Erneut versuchen',
      showPhase: 'Phase {phase} anzeigen',
      change: 'Ändern',
      backToResult: 'Zurück zum Ergebnis',
      thatsIt: 'Das passt',
      walkMe: 'Schritt für Schritt durchgehen',
      showAll: 'Alle L2s anzeigen',
      language: 'Sprache',
      settle: 'Zur Zusammenfassung hinzufügen',
      copyForFtop: 'Für FTOP kopieren',
      clearSummary: 'Zusammenfassung löschen',
      confirmClear: 'Ja, löschen',
      cancel: 'Abbrechen',
    },
    answers: { y: 'Ja', n: 'Nein', u: 'Nicht sicher' },
    welcome: {
      title: 'Blocker-Triage für FastTrack',
      intro:
        'Wenn ein Kunde einen Arbeitsbereich nutzen möchte, aber etwas die Einführung aufhält, braucht FTOP das L1 **Blockiert** und das richtige L2. Ich führe Sie durch die Fragen der Anleitung und nenne Ihnen das L2, die Begründung, wie Sie es bestätigen, und die FTOP-Felder zum Einfügen.',
      channelTip: 'Erwähnen Sie mich in einem Kanal oder Gruppenchat mit @: Alle sehen dieselbe Karte.',
    },
    help: {
      title: 'Was ich kann',
      commands: [
        { command: 'starten', description: 'Eine geführte Triage starten (auch: beginnen).' },
        { command: 'liste', description: 'Die acht L2-Gründe für „Blockiert“ auflisten.' },
        {
          command: 'erklären <L2-Name>',
          description: 'Die Seite eines L2 anzeigen, nach ID oder Name (z. B. erklären Anwendungskompatibilität).',
        },
        { command: 'hilfe', description: 'Diese Karte anzeigen.' },
      ],
      cards:
        'Bei jeder Frage können Sie zurückgehen, neu beginnen oder das L2 selbst wählen. Das Ergebnis zeigt die FTOP-Felder für die Phase Zuweisung oder Durchführung.',
      channelTip: 'Erwähnen Sie mich in einem Kanal oder Gruppenchat mit @ vor dem Befehl.',
    },
    workload: {
      title: 'Triage einer blockierten Einführung',
      prompt: 'Welcher Arbeitsbereich ist blockiert?',
    },
    question: {
      progress: 'Frage {number} von höchstens {max} · {workload}',
      leaning: 'Tendenz: {l2} ({percent}\u00a0%)',
    },
    result: {
      title: '{l1} › {l2}',
      confidence: 'Sicherheit: {percent}\u00a0% (Antworten: {count})',
      chosen: 'Von Ihnen gewählt',
      lowConfidence:
        'Die Antworten sind nicht eindeutig. Prüfen Sie die Alternativen unten, oder wählen Sie das L2 selbst.',
      why: 'Begründung',
      noAnswers: 'Keine Antworten gegeben.',
      definition: 'Definition',
      scope: 'Abgrenzung',
      confirm: 'Mit dem Kunden bestätigen',
      workloadQuestions: 'Für {workload}',
      notThis: 'Nicht dieses L2, wenn …',
      belongsTo: '{example} → {l2}',
      ftop: 'FTOP-Felder, Phase {phase}',
      notesLine: 'Notizzeile zum Einfügen',
      notRight: 'Passt nicht? Alternativen:',
      runnerUp: '{l2} ({percent}\u00a0%)',
    },
    notes: {
      line: '{l1} – {l2} [{id}] ({workload}): {findings}.',
      separator: '; ',
      noFindings: 'Erläuterung des Problems',
    },
    choose: {
      title: 'L2 wählen',
      intro: 'Wählen Sie das passende L2. Ihre bisherigen Antworten bleiben erhalten.',
    },
    list: {
      title: '{l1}: die acht L2-Gründe',
      intro: '{definition}',
    },
    explain: {
      validExamples: 'Gültige Beispielszenarien',
      invalidExamples: 'Ungültige Beispielszenarien (stattdessen das genannte L2 verwenden)',
      confirm: 'Fragen, um es mit dem Kunden zu bestätigen',
      workloadQuestions: 'Arbeitsbereichsspezifische Fragen für {workload}',
      notFound:
        'Ein L2 namens „{query}“ kenne ich nicht. Hier sind alle acht; geben Sie „erklären“ und eine ID oder einen Namen ein.',
      missing:
        'Welches L2? Geben Sie „erklären“ und eine ID oder einen Namen ein, zum Beispiel „erklären Partnerunterstützung“.',
    },
    stale: {
      title: 'Diese Karte ist veraltet',
      text: 'Sie wurde von einer älteren Version des Bots erstellt, oder ihre Daten wurden geändert. Beginnen Sie neu, um eine aktuelle Karte zu erhalten.',
    },
    error: {
      title: 'Bei mir ist etwas schiefgelaufen',
      text: 'Ihre Antworten bleiben auf dieser Karte erhalten. Versuchen Sie es erneut, oder beginnen Sie neu.',
      message:
        'Entschuldigung, bei mir ist etwas schiefgelaufen. Ihre Antworten bleiben erhalten: Klicken Sie erneut auf die Karte, oder geben Sie „starten“ ein.',
    },
    suggestion: {
      title: 'Sieht aus nach: {l2}',
      youWrote: 'Ihre Beschreibung',
      confidence: 'Sicherheit: {percent}\u00a0%',
      why: 'Begründung',
      evidenceTerm: '„{text}“ weist auf {l2} hin',
      evidenceExample: 'Wie „{text}“ ({l2})',
      runnerUps: 'Ebenfalls möglich: {list}',
      abstain: 'Ich bin nicht sicher, welches L2 das ist. Gehen wir es Schritt für Schritt durch.',
      truncated: '(gekürzt)',
    },
    language: {
      title: 'Sprache wählen',
      changed: 'Ab jetzt antworte ich Ihnen auf {language}.',
    },
    summary: {
      title: 'Zusammenfassung der Besprechung · Hindernisse: {count}',
      empty:
        'In dieser Unterhaltung wurde noch nichts festgehalten: Schließen Sie eine Triage ab, und klicken Sie auf „Zur Zusammenfassung hinzufügen“.',
      customer: 'Kunde',
      workload: 'Arbeitsbereich',
      l2: 'L2',
      notes: 'Notizen',
      confirmedBy: 'Bestätigt von',
      when: 'Zeitpunkt',
      copyHeading: 'Für FTOP kopieren',
      csvName: 'besprechungszusammenfassung.csv',
      csvReady: 'Die Zusammenfassung der Besprechung als CSV-Datei.',
      clearQuestion:
        'Die Zusammenfassung der Besprechung in dieser Unterhaltung löschen? Dies kann nicht rückgängig gemacht werden.',
      cleared: 'Die Zusammenfassung der Besprechung wurde gelöscht.',
      kept: 'Die Zusammenfassung der Besprechung bleibt erhalten.',
      settled: 'Von {name} zur Zusammenfassung der Besprechung hinzugefügt.',
      answeredBy: 'von {name}',
      unknownCustomer: '(nicht angegeben)',
    },
    notAllowed: 'Dieser Bot steht Ihrer Organisation nicht zur Verfügung.',
    storageDown:
      'Entschuldigung, ich kann meinen Speicher gerade nicht erreichen. Es wurde nichts geändert; bitte versuchen Sie es in einer Minute erneut.',
  },
};
