import { LocaleText } from './types';

/**
 * German: the playbook's German pages (playbook-pages/) where they have the text, the rest translated in their
 * register ("Sie") and terms (Arbeitsbereich, Bereitstellung, Einführung, Zuweisung/Durchführung).
 */
export const de: LocaleText = {
  locale: 'de',
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
      kind: {
        ask: 'Was steht der Einführung hauptsächlich im Weg?',
      },
      'detail-infrastructure': {
        ask: 'Was in der IT-Umgebung des Kunden muss sich zuerst ändern?',
      },
      'detail-it-team': {
        ask: 'Woran hakt es beim IT-Team des Kunden?',
      },
      'detail-adoption': {
        ask: 'Woran hakt es bei den Benutzern oder in den Fachbereichen?',
      },
      'detail-feature': {
        ask: 'Was fehlt im Microsoft-Dienst oder funktioniert dort nicht richtig?',
      },
      'detail-apps': {
        ask: 'Woran hakt es bei den eigenen Anwendungen des Kunden?',
      },
      'detail-partner': {
        ask: 'Woran hakt es beim Partner?',
      },
      'detail-licensing': {
        ask: 'Woran hakt es bei Lizenzen oder Verträgen?',
      },
      'detail-reliability': {
        ask: 'Was erschüttert das Vertrauen des Kunden in den Dienst?',
      },
      'ms-must-change': {
        ask: 'Müsste Microsoft sein Produkt ändern, damit der Kunde weitermachen kann (ein Feature, eine Einstellung oder eine Zertifizierung ergänzen oder einen Fehler beheben)?',
        finding: 'Microsoft müsste sein Produkt ändern',
      },
      'service-confidence': {
        ask: 'Hält mangelndes Vertrauen in den Microsoft-Dienst (in seine Verfügbarkeit, Geschwindigkeit oder Zuverlässigkeit) den Kunden zurück?',
        finding: 'mangelndes Vertrauen in den Dienst hält den Kunden zurück',
      },
      commercial: {
        ask: 'Geht es bei dem Hindernis darum, was der Kunde bei Microsoft gekauft hat oder kaufen muss (Lizenzen, Abonnements, die Vereinbarung)?',
        finding: 'eine kaufmännische Frage mit Microsoft (Lizenzen, Abonnements, Vereinbarung) ist offen',
      },
      'env-change': {
        ask: 'Muss in der eigenen IT-Umgebung des Kunden zuerst etwas aktualisiert, ersetzt oder umkonfiguriert werden (Netzwerk, Geräte, Verzeichnis, Server, Windows oder Browser)?',
        finding: 'in der eigenen IT-Umgebung des Kunden muss sich zuerst etwas ändern',
      },
      'own-apps': {
        ask: 'Liegt es an einer eigenen Anwendung, einem Add-In oder einer Integration des Kunden (kein Microsoft-Produkt), die mit dem Dienst nicht funktioniert?',
        finding: 'eine eigene Anwendung, ein Add-In oder eine Integration des Kunden funktioniert nicht mit dem Dienst',
      },
      'partner-involved': {
        ask: 'Ist an dieser Einführung ein Partner beteiligt (ein Beratungshaus oder Reseller, den der Kunde beauftragt)?',
        finding: 'ein Partner ist an der Einführung beteiligt',
      },
      'partner-holds-up': {
        ask: 'Ist der Partner der Grund, warum es stockt (noch nicht ausgewählt oder beauftragt, reagiert nicht oder kann die Arbeit nicht leisten)?',
        finding: 'es stockt beim Partner',
      },
      'it-team': {
        ask: 'Ist das eigene IT-Team des Kunden der Engpass (Personal, Zeit, Budget, Kenntnisse, Prozesse oder Richtlinien)?',
        finding: 'das eigene IT-Team des Kunden ist der Engpass',
      },
      'users-business': {
        ask: 'Sind es die Endbenutzer oder die Führungskräfte im Unternehmen, die noch nicht bereit sind (Schulung, Widerstand, Entschluss zu warten), und nicht die IT?',
        finding: 'Endbenutzer oder Führungskräfte im Unternehmen sind nicht bereit',
      },
      'inf-devices': {
        ask: 'Gibt es Probleme bei der Einrichtung von Desktop-PCs oder Geräten für den Dienst?',
        finding: 'Probleme bei der Einrichtung von Desktop-PCs oder Geräten für den Dienst',
        option: 'PCs oder Geräte einrichten',
      },
      'inf-network': {
        ask: 'Hat der Kunde Probleme mit seinen Netzwerkgeräten, mit der Bandbreite oder mit der Verbindung zum Dienst (zum Beispiel VPN, Firewall)?',
        finding: 'Probleme mit Netzwerkgeräten, Bandbreite oder Verbindung (VPN, Firewall)',
        option: 'Netz, VPN, Firewall, Bandbreite',
      },
      'inf-server-upgrade': {
        ask: 'Muss der Kunde vor der Migration ein Upgrade auf eine neue Version von Exchange oder SharePoint durchführen?',
        finding: 'Exchange/SharePoint muss vor der Migration aktualisiert werden',
        option: 'Exchange/SharePoint-Upgrade',
      },
      'inf-directory': {
        ask: 'Muss am Verzeichnis des Kunden zuerst gearbeitet werden (Active Directory, Identitätssynchronisierung, Federation)?',
        finding:
          'am Verzeichnis (Active Directory, Identitätssynchronisierung, Federation) muss zuerst gearbeitet werden',
        option: 'Verzeichnis, Sync oder Federation',
      },
      'inf-merger': {
        ask: 'Steckt hinter dem Hindernis eine Fusion, eine Übernahme oder eine Aufspaltung des Unternehmens?',
        finding: 'eine Fusion, Übernahme oder Aufspaltung des Unternehmens steckt dahinter',
        option: 'Fusion, Übernahme, Aufspaltung',
      },
      'm365-windows-image': {
        ask: 'Kann der Kunde Microsoft 365 Apps (Office ProPlus) erst einführen, wenn er sein Windows 10-Image abgeschlossen hat?',
        finding: 'die Einführung von Microsoft 365 Apps wartet auf das Windows 10-Image',
        option: 'Warten auf das Windows 10-Image',
      },
      'm365-packaging': {
        ask: 'Gibt es Probleme mit der Erstellung oder Bereitstellung von Paketen?',
        finding: 'Probleme mit der Erstellung oder Bereitstellung von Paketen',
        option: 'Pakete erstellen/bereitstellen',
      },
      'm365-channel': {
        ask: 'Treten beim Kunden Probleme bei der Kanalkommunikation auf?',
        finding: 'Probleme bei der Kanalkommunikation',
        option: 'Probleme mit Kanalkommunikation',
      },
      'm365-update-solution': {
        ask: 'Besteht ein Problem mit dem Verständnis/der Bereitstellung einer Updatelösung für den Dienst?',
        finding: 'Probleme mit dem Verständnis oder der Bereitstellung einer Updatelösung',
        option: 'Updatelösung',
      },
      'teams-exchange-first': {
        ask: 'Wartet der Kunde, um zuerst Exchange bereitzustellen?',
        finding: 'wartet darauf, zuerst Exchange bereitzustellen',
        option: 'Erst Exchange bereitstellen',
      },
      'itcm-resourcing': {
        ask: 'Fehlt es dem Kunden an IT-Personal, an Zeit der Admins oder an Budget für die Arbeit?',
        finding: 'es fehlt an IT-Personal, Zeit der Admins oder Budget',
        option: 'Zu wenig Personal, Zeit, Budget',
      },
      'itcm-skills': {
        ask: 'Fehlen dem eigenen IT-Team des Kunden die Kenntnisse für diesen Arbeitsbereich?',
        finding: 'dem IT-Team des Kunden fehlen die Kenntnisse für den Arbeitsbereich',
        option: 'Fehlende Kenntnisse',
      },
      'itcm-helpdesk': {
        ask: 'Muss der Helpdesk des Kunden erst vorbereitet werden, bevor er den Arbeitsbereich unterstützen kann?',
        finding: 'der Helpdesk muss erst vorbereitet werden, um den Arbeitsbereich zu unterstützen',
        option: 'Helpdesk noch nicht bereit',
      },
      'itcm-update-cadence': {
        ask: 'Kollidiert der Updaterhythmus des Dienstes damit, wie die IT ihre Software testet, freigibt oder verwaltet?',
        finding: 'der Updaterhythmus des Dienstes kollidiert damit, wie die IT ihre Software verwaltet',
        option: 'Updaterhythmus vs. IT-Prozesse',
      },
      'itcm-allow-lists': {
        ask: 'Fällt es der IT schwer, die Zulassungslisten im Netzwerk (URLs und IP-Bereiche) aktuell zu halten?',
        finding: 'der IT fällt es schwer, die Zulassungslisten im Netzwerk aktuell zu halten',
        option: 'Zulassungslisten aktuell halten',
      },
      'itcm-policy': {
        ask: 'Muss der Kunde zuerst eine IT- oder Sicherheitsrichtlinie überarbeiten?',
        finding: 'eine IT- oder Sicherheitsrichtlinie muss zuerst überarbeitet werden',
        option: 'Richtlinie überarbeiten',
      },
      'ado-user-education': {
        ask: 'Müssen die Benutzer erst geschult oder informiert werden, bevor die Einführung weitergehen kann?',
        finding: 'die Benutzer müssen erst geschult oder informiert werden',
        option: 'Benutzer brauchen Schulung',
      },
      'ado-departments': {
        ask: 'Sind einige Abteilungen deutlich stärker betroffen als andere?',
        finding: 'einige Abteilungen sind deutlich stärker betroffen als andere',
        option: 'Abteilungen ungleich betroffen',
      },
      'ado-culture': {
        ask: 'Muss sich zuerst die Unternehmenskultur oder die Arbeitsweise im Unternehmen ändern?',
        finding: 'die Unternehmenskultur oder Arbeitsweise muss sich zuerst ändern',
        option: 'Kultur oder Arbeitsweise',
      },
      'ado-plan': {
        ask: 'Braucht der Kunde einen Einführungs- oder Change-Management-Plan, bevor es weitergehen kann?',
        finding: 'zuerst ist ein Einführungs- oder Change-Management-Plan nötig',
        option: 'Einführungsplan fehlt noch',
      },
      'ado-business-decision': {
        ask: 'Verzögern Führungskräfte im Unternehmen die Einführung, oder steht ihre Entscheidung dazu noch aus (nicht wegen Lizenzen oder eines Partners)?',
        finding: 'Führungskräfte verzögern die Einführung oder haben noch nicht entschieden',
        option: 'Führung bremst oder zögert',
      },
      'pfc-requirement': {
        ask: 'Braucht der Kunde eine Funktion oder Einstellung, die der Dienst nicht bietet?',
        finding: 'der Dienst bietet eine Funktion oder Einstellung nicht, die der Kunde braucht',
        option: 'Funktion oder Einstellung fehlt',
      },
      'pfc-bug': {
        ask: 'Hält ein Bug in einem Microsoft-Produkt den Kunden auf?',
        finding: 'ein Bug in einem Microsoft-Produkt hält den Kunden auf',
        option: 'Bug im Produkt',
      },
      'pfc-logged': {
        ask: 'Wurde die Lücke bei der Produktgruppe gemeldet (OneList oder GetHelp)?',
        finding: 'die Lücke ist bei der Produktgruppe gemeldet (OneList/GetHelp)',
      },
      'pfc-security': {
        ask: 'Betrifft die Anforderung Sicherheit, Datenschutz oder Compliance (eine Schutzfunktion, eine Einstellung oder eine Zertifizierung)?',
        finding: 'die Anforderung betrifft Sicherheit, Datenschutz oder Compliance',
        option: 'Sicherheit/Datenschutz/Compliance',
      },
      'pfc-residency': {
        ask: 'Müssen die Daten des Kunden in einem Land oder einer Region bleiben, wo der Dienst keine Datenspeicherung anbietet?',
        finding:
          'die Daten müssen in einem Land oder einer Region bleiben, wo der Dienst keine Datenspeicherung anbietet',
        option: 'Datenstandort nicht angeboten',
      },
      'pfc-workaround': {
        ask: 'Hat der Kunde derzeit eine akzeptable Problemumgehung?',
        finding: 'es gibt derzeit eine akzeptable Problemumgehung',
      },
      'pfc-competitor': {
        ask: 'Bietet ein Konkurrenzprodukt, was der Kunde braucht?',
        finding: 'ein Konkurrenzprodukt bietet, was der Kunde braucht',
      },
      'app-lob-testing': {
        ask: 'Haben Tests der eigenen Anwendungen des Kunden mit dem Dienst Probleme gezeigt?',
        finding: 'Tests der eigenen Anwendungen mit dem Dienst haben Probleme gezeigt',
        option: 'Tests zeigen Probleme',
      },
      'app-vendor': {
        ask: 'Fehlt für eine Anwendung noch die Zertifizierung oder der Support ihres Anbieters für den Dienst?',
        finding: 'für eine Anwendung fehlt noch die Zertifizierung oder der Support des Anbieters',
        option: 'Anbieter zertifiziert noch nicht',
      },
      'app-identity': {
        ask: 'Brauchen die Anwendungen des Kunden eine andere Anmeldung oder Identitätskonfiguration (zum Beispiel ein anderes UPN-Format oder Legacy-Authentifizierung)?',
        finding:
          'die Anwendungen brauchen eine andere Anmeldung oder Identitätskonfiguration (z. B. UPN-Format, Legacy-Authentifizierung)',
        option: 'Andere Anmeldung oder UPN nötig',
      },
      'm365-addins': {
        ask: 'Funktionieren Office-Add-Ins (Outlook, Excel, Word) nicht mehr?',
        finding: 'Office-Add-Ins (Outlook, Excel, Word) funktionieren nicht mehr',
        option: 'Office-Add-Ins laufen nicht mehr',
      },
      'm365-excel-formulas': {
        ask: 'Sind benutzerdefinierte Excel-Formeln oder Makros vom Upgrade betroffen?',
        finding: 'benutzerdefinierte Excel-Formeln oder Makros sind vom Upgrade betroffen',
        option: 'Excel-Formeln oder Makros',
      },
      'par-skills': {
        ask: 'Fehlen dem Partner die Kenntnisse oder die Erfahrung für diesen Arbeitsbereich?',
        finding: 'dem Partner fehlen Kenntnisse oder Erfahrung für den Arbeitsbereich',
        option: 'Kenntnisse oder Erfahrung fehlen',
      },
      'par-finding': {
        ask: 'Sucht der Kunde noch einen Partner, oder läuft die Beauftragung noch?',
        finding: 'ein Partner wird noch gesucht oder beauftragt',
        option: 'Noch kein Partner beauftragt',
      },
      'par-relationship': {
        ask: 'Ist das Verhältnis zwischen Kunde und Partner angespannt?',
        finding: 'das Verhältnis zwischen Kunde und Partner ist angespannt',
        option: 'Angespanntes Verhältnis',
      },
      'par-unresponsive': {
        ask: 'Hat der Partner aufgehört, auf den Kunden oder auf Microsoft zu reagieren?',
        finding: 'der Partner reagiert nicht mehr',
        option: 'Reagiert nicht mehr',
      },
      'par-scope': {
        ask: 'Fehlen im Partnervertrag (SOW) Leistungen, die für die Einführung nötig sind?',
        finding: 'im Partnervertrag (SOW) fehlen Leistungen, die für die Einführung nötig sind',
        option: 'Leistungen fehlen im SOW',
      },
      'bil-assignment': {
        ask: 'Fehlen Lizenzen, sind sie noch nicht zugewiesen, oder ist ihre Anzahl falsch?',
        finding: 'Lizenzen fehlen, sind nicht zugewiesen oder in falscher Anzahl vorhanden',
        option: 'Lizenzen fehlen/nicht zugewiesen',
      },
      'bil-platform': {
        ask: 'Hat der Kunde die falsche Plattform oder SKU gekauft (braucht er zum Beispiel eine Behördencloud)?',
        finding: 'falsche Plattform oder SKU gekauft',
        option: 'Falsche Plattform oder SKU',
      },
      'bil-tenant-move': {
        ask: 'Müssen Lizenzen oder Abonnements verschoben werden (in einen anderen Tenant, ein anderes Rechenzentrum oder eine andere Region, oder nach einer Fusion)?',
        finding: 'Lizenzen oder Abonnements müssen verschoben werden (Tenant, Rechenzentrum oder Region)',
        option: 'Lizenzen müssen umziehen',
      },
      'bil-capex': {
        ask: 'Hängt der Kauf an der Budgetfreigabe, an einer Bestellung (PO) oder daran, wie er verbucht wird (Investitionsausgabe, CapEx)?',
        finding: 'der Kauf hängt an Budgetfreigabe, Bestellung (PO) oder Verbuchung',
        option: 'Budgetfreigabe, PO, Verbuchung',
      },
      'bil-contract': {
        ask: 'Stockt ein Enterprise Agreement (EA) oder ein anderer Vertrag mit Microsoft?',
        finding: 'ein Enterprise Agreement oder anderer Vertrag mit Microsoft stockt',
        option: 'EA oder Vertrag stockt',
      },
      'bil-plan-features': {
        ask: 'Benötigt der Kunde Features außerhalb seines aktuellen Plans (zum Beispiel von E3 auf E5)?',
        finding: 'benötigt Features außerhalb des aktuellen Plans (z. B. E3 auf E5)',
        option: 'Höherer Plan nötig (z. B. E5)',
      },
      'rel-incidents': {
        ask: 'Hat der Kunde beim Microsoft-Dienst Ausfälle, Vorfälle oder lange Antwortzeiten erlebt?',
        finding: 'der Kunde hat Ausfälle, Vorfälle oder lange Antwortzeiten des Dienstes erlebt',
        option: 'Ausfälle, Vorfälle, Performance',
      },
      'rel-backup': {
        ask: 'Zweifelt der Kunde daran, dass seine Daten im Dienst gesichert und wiederhergestellt werden können?',
        finding: 'Zweifel, dass Daten im Dienst gesichert und wiederhergestellt werden können',
        option: 'Zweifel an Backup und Restore',
      },
      'rel-transparency': {
        ask: 'Hat der Kunde Nachweise für die Zuverlässigkeit des Dienstes verlangt (SLA, Verfügbarkeitshistorie, Vertrauens- und Transparenzinformationen)?',
        finding: 'der Kunde hat Nachweise für die Zuverlässigkeit des Dienstes verlangt',
        option: 'Verlangt Zuverlässigkeitsnachweise',
      },
      'rel-control': {
        ask: 'Befürchtet der Kunde, im Vergleich zum eigenen Betrieb On-Premises die Kontrolle zu verlieren?',
        finding: 'befürchtet Kontrollverlust gegenüber dem Betrieb On-Premises',
        option: 'Angst vor Kontrollverlust',
      },
      'rel-updates': {
        ask: 'Macht sich der Kunde Sorgen, wie Updates und Änderungen bei seinen Benutzern ankommen?',
        finding: 'besorgt, wie Updates und Änderungen bei den Benutzern ankommen',
        option: 'Wie Updates Benutzer erreichen',
      },
    },
    kindOptions: {
      environment: {
        title: 'IT-Umgebung des Kunden',
        hint: 'Netzwerk, Geräte, Verzeichnis, Server, Windows- oder Browserversionen müssen sich erst ändern',
        finding: 'etwas in der IT-Umgebung des Kunden steht im Weg',
      },
      'it-org': {
        title: 'IT-Team des Kunden',
        hint: 'zu wenig Personal, Zeit, Budget oder Kenntnisse; IT-Prozesse oder -Richtlinien',
        finding: 'das IT-Team des Kunden ist der Engpass',
      },
      users: {
        title: 'Benutzer oder Fachbereiche',
        hint: 'Schulung, Bereitschaft, Widerstand, geschäftliche Entscheidung zu warten',
        finding: 'die Benutzer oder Fachbereiche sind nicht bereit',
      },
      'service-gap': {
        title: 'Fehlt im Microsoft-Dienst',
        hint: 'ein fehlendes Feature, eine fehlende Einstellung oder Zertifizierung, oder ein Bug',
        finding: 'dem Microsoft-Dienst fehlt etwas, das der Kunde braucht',
      },
      apps: {
        title: 'Anwendungen des Kunden',
        hint: 'eigene LOB-Anwendungen, Add-Ins oder Integrationen, die damit nicht funktionieren',
        finding: 'die eigenen Anwendungen des Kunden stehen im Weg',
      },
      partner: {
        title: 'Ein Partner',
        hint: 'einen auswählen oder beauftragen, oder die Arbeit des Partners',
        finding: 'es stockt bei einem Partner',
      },
      licensing: {
        title: 'Lizenzen oder Verträge',
        hint: 'was gekauft wurde oder gekauft werden muss, die Vereinbarung mit Microsoft',
        finding: 'Lizenzen oder Verträge sind offen',
      },
      trust: {
        title: 'Vertrauen in den Dienst',
        hint: 'Ausfälle, lange Antwortzeiten, Zweifel an Zuverlässigkeit oder Kontrolle',
        finding: 'das Vertrauen des Kunden in den Dienst steht im Weg',
      },
    },
    workloads: {
      'm365-apps': 'Microsoft 365 Apps',
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
        owner: 'Verantwortlich',
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
      showPhase: '{phase} anzeigen',
      change: 'Ändern',
      backToResult: 'Zurück zum Ergebnis',
      thatsIt: 'Das passt',
      walkMe: 'Schrittweise prüfen',
      showAll: 'Alle L2s anzeigen',
      language: 'Sprache',
      settle: 'In die Zusammenfassung',
      copyForFtop: 'Für FTOP kopieren',
      clearSummary: 'Zusammenfassung löschen',
      confirmClear: 'Ja, löschen',
      cancel: 'Abbrechen',
      changeAnswer: 'Antwort auf „{question}“ ändern',
      explainL2: '{l2} erklären',
      page: 'Ganze L2-Seite',
      use: 'Verwenden',
      details: 'Details',
    },
    answers: { y: 'Ja', n: 'Nein', u: 'Nicht sicher', none: 'Nichts davon' },
    welcome: {
      title: 'Blocker-Triage für FastTrack',
      intro:
        'Wenn eine Einführung in FTOP auf L1 **Blockiert** steht, finde ich das richtige L2 und gebe Ihnen die FTOP-Felder und eine Notizzeile zum Einfügen.',
      fastest:
        'Am schnellsten: Beschreiben Sie das Hindernis hier in eigenen Worten, zum Beispiel „Kunde wartet auf den neuen EA-Vertrag“. Ich antworte sofort mit dem L2.',
      more: 'Oder geben Sie „starten“ ein, um die Fragen der Anleitung durchzugehen, und „hilfe“ für alle Befehle.',
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
        {
          command: 'zusammenfassung',
          description: 'Die Zusammenfassung dieser Unterhaltung, mit einem Block zum Kopieren für FTOP.',
        },
        { command: 'zusammenfassung csv', description: 'Dieselbe Zusammenfassung als CSV-Datei.' },
        { command: 'zusammenfassung löschen', description: 'Die Zusammenfassung leeren, nach einer Rückfrage.' },
        { command: 'sprache', description: 'Die Sprache wählen, in der ich antworte.' },
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
      leaning: 'Tendenz: {l2}',
    },
    result: {
      title: '{l1} › {l2}',
      confidence: {
        one: 'Sicherheit: {percent} nach {count} Antwort',
        other: 'Sicherheit: {percent} nach {count} Antworten',
      },
      chosen: 'Von Ihnen gewählt',
      fromDescription: 'Sicherheit: {percent}, aus Ihrer Beschreibung',
      why: 'Begründung',
      definition: 'Definition',
      scope: 'Abgrenzung',
      confirm: 'Mit dem Kunden bestätigen',
      workloadQuestions: 'Für {workload}',
      notThis: 'Nicht dieses L2, wenn …',
      belongsTo: '{example} → {l2}',
      ftop: 'FTOP-Felder, Phase {phase}',
      ftopAll: 'Alle FTOP-Felder, Phase {phase}',
      notesLine: 'Notizzeile für FTOP',
      notRight: 'Passt nicht? Andere Kandidaten',
      runnerUp: '{l2} · {percent}',
      unsettledTitle: 'Die Antworten reichen nicht für eine Entscheidung',
      unsettledIntro: 'Diese L2s passen zu Ihren Antworten. Wählen Sie das zutreffende oder eines aus allen acht.',
      useCandidate: '{l2} verwenden',
      nextAction: 'Das Hindernis beseitigen: {l2}',
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
      title: 'L2 wählen',
      intro: 'Wählen Sie das passende L2.',
      kept: 'Ihre bisherigen Antworten bleiben erhalten.',
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
      confidence: 'Sicherheit: {percent}',
      why: 'Begründung',
      evidenceTerm: '„{text}“ weist auf {l2} hin',
      evidenceExample: 'Wie „{text}“ ({l2})',
      alsoPossible: 'Ebenfalls möglich',
      abstain: 'Ich bin nicht sicher, welches L2 das ist. Gehen wir es Schritt für Schritt durch.',
      truncated: '(gekürzt)',
    },
    language: {
      title: 'Sprache wählen',
      changed: 'Ab jetzt antworte ich Ihnen auf {language}.',
    },
    summary: {
      title: {
        one: 'Zusammenfassung der Besprechung: {count} Hindernis',
        other: 'Zusammenfassung der Besprechung: {count} Hindernisse',
      },
      empty:
        'In dieser Unterhaltung wurde noch nichts festgehalten: Schließen Sie eine Triage ab, und klicken Sie auf „In die Zusammenfassung“.',
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
    extensions: {
      quoted: '{author} schrieb',
      from: 'Nachricht von {author}',
      fromMessage: 'zitierte Nachricht',
      posted: 'Ich stelle den Vorschlag unter die Nachricht, damit alle hier daran arbeiten können.',
      dialogTitle: 'Diesen Blocker einordnen',
      privateIntro:
        'Nur Sie sehen das: Ich bin kein Mitglied dieser Unterhaltung. Posten Sie die Karte, um sie zu teilen, oder fügen Sie mich der Unterhaltung hinzu, damit alle an derselben Karte arbeiten.',
      post: 'In der Unterhaltung posten',
      noText:
        'Diese Nachricht enthält keinen Text, den ich lesen kann. Beschreiben Sie mir den Blocker stattdessen in eigenen Worten.',
      fits: 'Passt zur Beschreibung: {percent} %',
    },
    files: {
      tsvHeading: 'Tabelle für Excel (tabulatorgetrennt)',
      howTo:
        'Bots können in Kanälen, Gruppenchats und Besprechungen keine Dateien senden. Kopieren Sie die Tabelle und fügen Sie sie in Excel ein: Sie füllt die Spalten, und Sie können sie dort als Datei speichern.',
      declined: 'In Ordnung, keine Datei. Geben Sie „zusammenfassung“ ein, um die Zusammenfassung hier zu sehen.',
      expired: 'Dieses Dateiangebot ist abgelaufen. Geben Sie „zusammenfassung csv“ ein, um ein neues zu erhalten.',
      failed:
        'Ich konnte die Datei nicht hochladen. Es ging nichts verloren: Geben Sie „zusammenfassung csv“ ein, um es noch einmal zu versuchen.',
    },
    notAllowed: 'Dieser Bot steht Ihrer Organisation nicht zur Verfügung.',
    storageDown:
      'Entschuldigung, ich kann meinen Speicher gerade nicht erreichen. Es wurde nichts geändert; bitte versuchen Sie es in einer Minute erneut.',
  },
};
