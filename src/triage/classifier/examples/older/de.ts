import type { OlderSet } from '../types';

/**
 * The first German reference examples: short FM notes, position by position largely translations of
 * the other languages' lists (the same position is one situation). Each is filed under the family of the
 * nearest new example of its language and L2. Every fifth entry of each L2 (index 4, 9, ...) is held out.
 */
export const de: OlderSet = {
  'customer-it-infrastructure-remediation': [
    [
      'inf.client-os',
      'Ca. 3.000 Clients laufen noch auf Windows 7, OPP-Rollout erst nach der Win10-Migration möglich.',
    ],
    [
      'inf.merger',
      'AD-Forests nach Übernahme der Tochtergesellschaft noch nicht konsolidiert, AAD Connect Design hängt daran.',
    ],
    [
      'inf.network',
      'Standorte in Osteuropa nur mit 10 Mbit angebunden, Bandbreite reicht nicht für Teams Meetings; Leitungsupgrade beantragt.',
    ],
    ['inf.server-upgrade', 'Exchange 2007 on-prem, Hybrid so nicht möglich. Erst Upgrade auf Exchange 2016 nötig.'],
    [
      'inf.border',
      'Zentraler Proxy mit SSL-Inspection bricht die Teams-Medienverbindungen, Appliance muss getauscht werden.',
    ],
    [
      'inf.client-os',
      'Windows-10-Image noch nicht fertig, M365 Apps sollen erst mit dem neuen Image ausgerollt werden.',
    ],
    ['inf.m365-deploy', 'Paketierung von Office ProPlus über SCCM schlägt fehl, Deployment steht.'],
    ['inf.client-os', 'IE11 ist noch Standardbrowser, moderne SPO-Oberfläche und Teams Web laufen damit nicht.'],
    ['inf.directory', 'UPN-Suffix im AD ist .local und nicht routbar – Entra ID Sync erst nach Bereinigung der UPNs.'],
    [
      'inf.directory',
      'Nutzer in der Zentrale können sich nicht an OD4B anmelden, ADFS-Farm läuft noch auf Server 2008 R2.',
    ],
    [
      'inf.network',
      'VPN-Konzentratoren unterstützen kein Split Tunneling, gesamter O365-Traffic läuft durchs eigene RZ.',
    ],
    ['inf.teams-exchange', 'Teams-Einführung wartet, weil die Postfächer zuerst nach EXO migriert werden müssen.'],
    [
      'inf.devices',
      'Laptops im Außendienst zu alt (4 GB RAM), Hardware-Refresh erst Q3, vorher kein Intune-Enrollment.',
    ],
    [
      'inf.server-upgrade',
      'SharePoint-2010-Farm muss vor der Migration nach SPO erst auf eine unterstützte Version gehoben werden.',
    ],
    ['inf.devices', 'Teams-Audio in den Werken abgehackt – Ursache ist das schwache WLAN vor Ort, nicht der Dienst.'],
    [
      'inf.client-os',
      'Citrix XenApp 6.5 unterstützt Shared Computer Activation nicht, Terminalserver müssen erneuert werden.',
    ],
    ['inf.network', 'Firewall-Cluster schafft die Anzahl gleichzeitiger Sessions zu Office 365 nicht.'],
    [
      'inf.m365-deploy',
      'Update-Lösung unklar: WSUS kann M365 Apps nicht bedienen, Kunde weiß nicht, wie er Updates verteilen soll.',
    ],
    [
      'inf.config',
      'Eigene Root-CA und Zertifikats-Pinning beim Kunden – diese Konfiguration spielt mit dem O365-Dienst nicht zusammen.',
    ],
    ['inf.merger', 'Domänencontroller noch auf 2003er Funktionsebene, Hybrid Join der Geräte nicht möglich.'],
    [
      'inf.m365-deploy',
      'Kanalkommunikation problematisch: GPOs überschreiben den Update Channel, Clients bleiben auf Semi-Annual hängen.',
    ],
    ['inf.border', 'macOS-Geräte auf veralteter OS-Version, neue OneDrive-Sync-App lässt sich nicht installieren.'],
    [
      'inf.client-os',
      'Kein Softwareverteilungstool vorhanden, M365 Apps müssten manuell auf jedem Client installiert werden.',
    ],
    [
      'inf.teams-exchange',
      'AAD Connect synchronisiert doppelte Objekte aus der alten Domäne; erst Bereinigung, dann EXO-Migration.',
    ],
    [
      'inf.devices',
      'Thin Clients in den Filialen haben zu wenig Speicher für den Teams-Client, Hardware muss ersetzt werden.',
    ],
    ['inf.border', 'SPO langsam, weil die Proxy-PAC den O365-Traffic zentral über Frankfurt statt lokal ausleitet.'],
  ],
  'it-change-management-resourcing': [
    ['itcm.budget', 'Kunden-IT: zu wenig Leute und kein Budget für den Intune-Rollout in diesem Quartal.'],
    [
      'itcm.skills',
      'Kein Know-how für Exchange Hybrid im IT-Team, ein Partner wurde bisher nicht in Betracht gezogen.',
    ],
    [
      'itcm.update-cadence',
      'Monatliche Updates der M365 Apps passen nicht zum Freigabeprozess der IT, jede Version wird drei Monate getestet.',
    ],
    [
      'itcm.helpdesk',
      'Helpdesk nicht vorbereitet, Tickets zu Teams und OD4B zu bearbeiten; Supportprozesse für Cloud fehlen.',
    ],
    [
      'itcm.allow-lists',
      'Netzwerkteam kommt mit den Änderungen der O365-URLs und IP-Ranges nicht hinterher, Allow-Liste veraltet.',
    ],
    ['itcm.staff', 'Einziger Exchange-Admin hat gekündigt, Projekt liegt bis zur Nachbesetzung auf Eis.'],
    [
      'itcm.policy',
      'Change Advisory Board tagt nur quartalsweise, Change für den Teams-Rollout frühestens im Herbst genehmigt.',
    ],
    [
      'itcm.process-break',
      'Monitoring und Incident-Prozesse der IT sind nur auf On-Prem ausgelegt, Betriebskonzept für SPO fehlt.',
    ],
    [
      'itcm.policy',
      'Home-Use-Richtlinie verbietet Office auf privaten Geräten, IT muss die Policy erst neu schreiben.',
    ],
    ['itcm.skills', 'Kunde wartet auf die IT-Reorganisation, Zuständigkeiten für den M365-Betrieb noch nicht geklärt.'],
    ['itcm.staff', 'Security-Team hat keine Kapazität für die Prüfung der Conditional-Access-Richtlinien.'],
    ['itcm.budget', 'Budgetstopp bis Ende GJ, zusätzliche Admin-Stellen für die Migration nicht genehmigt.'],
    ['itcm.border', 'Admins haben keine Erfahrung mit Intune/Autopilot, Schulung der IT noch nicht eingeplant.'],
    [
      'itcm.update-cadence',
      'Patch-Management verlangt Paketfreigabe durch das Testteam; Evergreen-Modell widerspricht der internen Richtlinie.',
    ],
    ['itcm.staff', 'IT-Abteilung komplett mit dem S/4HANA-Projekt ausgelastet, keine Leute für die Teams-Einführung.'],
    [
      'itcm.process-break',
      'Incident-Handling unklar: wer eskaliert bei EXO-Störungen an Microsoft? Prozess muss erst definiert werden.',
    ],
    [
      'itcm.update-cadence',
      'Kunde hat feste technische Freigabeprozesse für Software, die er nicht ändern will – blockiert Current Channel.',
    ],
    ['itcm.staff', 'Nur ein Teilzeit-Admin für 800 User, Tenant-Konfiguration kommt nicht voran.'],
    [
      'itcm.border',
      'IT-Sicherheitsrichtlinie erlaubt keinen Zugriff von nicht verwalteten Geräten, muss für OD4B überarbeitet werden.',
    ],
    ['itcm.staff', 'Change Freeze der IT über den Jahreswechsel, keine Deployments vor Februar.'],
    ['itcm.border', 'Servicedesk noch nicht für Teams geschult, Kunde will vor Go-Live Support-Runbooks.'],
    [
      'itcm.skills',
      'IT versteht die Architektur für Entra Hybrid Join nicht, externe Unterstützung ist nicht vorgesehen.',
    ],
    [
      'itcm.update-cadence',
      'Freigabe neuer Cloud-Dienste durch die IT-Governance dauert Monate, Prozess passt nicht zu SaaS.',
    ],
    [
      'itcm.update-cadence',
      'Paketierungsteam überlastet, M365-Apps-Paket steht in der Warteschlange hinter 40 anderen Anwendungen.',
    ],
    [
      'itcm.staff',
      'Admin-Rollenkonzept fehlt; IT-Leitung will erst klären, wer Global Admin bekommt, bevor Exchange migriert wird.',
    ],
    [
      'itcm.allow-lists',
      'Proxy-Whitelist wird nur halbjährlich per Change gepflegt, neue Teams-Endpunkte fehlen deshalb regelmäßig.',
    ],
  ],
  'adoption-readiness': [
    ['ado.training', 'Noch kein Schulungskonzept für die Endanwender, Teams-Rollout deshalb verschoben.'],
    ['ado.business-decision', 'Geschäftsführung will erst nach dem Jahresabschluss etwas an der Arbeitsweise ändern.'],
    [
      'ado.resistance',
      'Vertrieb arbeitet komplett mit Netzlaufwerken und Mailanhängen, will ohne Change-Plan nicht auf SPO wechseln.',
    ],
    [
      'ado.resistance',
      'Betriebsrat hat der Teams-Einführung noch nicht zugestimmt, Betriebsvereinbarung in Abstimmung.',
    ],
    [
      'ado.resistance',
      'Mitarbeitende fürchten Überwachung über den Teams-Status; Kultur muss sich erst ändern, Adoption-Plan fehlt.',
    ],
    ['ado.business-decision', 'Kunde wartet auf ein Champions-Programm, bevor OD4B für alle freigeschaltet wird.'],
    [
      'ado.departments',
      'Fachbereiche ungleich betroffen: Produktion ohne PC-Arbeitsplatz, Einführung dort völlig ungeklärt.',
    ],
    [
      'ado.communication',
      'Kommunikationsplan an die Belegschaft fehlt, interne Kommunikation liefert erst nächstes Quartal.',
    ],
    ['ado.border', 'Endanwender mit OneDrive-Sync überfordert, speichern weiter alles lokal; Training fehlt.'],
    [
      'ado.training',
      'Business entscheidet noch, ob Teams oder Webex Standard wird – Rollout bis zur Entscheidung gestoppt.',
    ],
    ['ado.culture', 'Kein Executive Sponsor, Vorstand sieht den Nutzen von Teams nicht.'],
    ['ado.departments', 'Buchhaltung verweigert die Umstellung während der Quartalsabschlüsse, Pilot erst danach.'],
    ['ado.training', 'Anwender lernen parallel das neue SAP, Management will keine zweite Veränderung gleichzeitig.'],
    [
      'ado.business-decision',
      'Fachbereiche und GF uneinig, wer Teams anlegen darf; Governance-Entscheidung des Business steht aus.',
    ],
    [
      'ado.training',
      'Schulungsmaterial nur auf Englisch, Werksmitarbeiter brauchen deutsche Trainings vor dem Umstieg.',
    ],
    [
      'ado.resistance',
      'Starker Widerstand der User gegen die neue Ablagestruktur in SharePoint, alle wollen ihre Outlook-Ordner behalten.',
    ],
    ['ado.training', 'Pilotgruppe nutzt Teams kaum, Fachbereich will vor weiterem Rollout Adoption-Maßnahmen.'],
    [
      'ado.culture',
      'Nach der Fusion offen, welche Arbeitsweise die neue Organisation übernimmt – Entscheidung der GF ausstehend.',
    ],
    ['ado.training', 'Schichtarbeiter haben keine Zeit für Trainings, Werksleitung blockt Teams für Frontline Worker.'],
    ['ado.business-process', 'OD4B erst, wenn die Fachabteilungen ihre Prozesse zur Aktenablage neu definiert haben.'],
    [
      'ado.communication',
      'Führungskräfte arbeiten weiter per Mail und Telefon, Kulturwandel hin zu Chat nicht angestoßen.',
    ],
    ['ado.training', 'Im Fachbereich keine Kapazität für Key-User-Trainings, HR plant Schulungen erst 2025.'],
    [
      'ado.communication',
      'Rechtsabteilung will ihre Vertragsfreigaben nicht über Teams abbilden, bleibt bei Papierumlauf.',
    ],
    ['ado.culture', 'User wissen nicht, wann Teams, wann Mail oder Viva Engage; Use-Case-Workshops fehlen.'],
    ['ado.business-decision', 'Vorstand will den Rollout erst nach dem Weihnachtsgeschäft in den Filialen.'],
  ],
  'product-feature-capability': [
    [
      'pfc.missing-feature',
      'Teams kann die geforderte Chef-Sekretärin-Funktion für Anrufe nicht abbilden, Feature in OneList eingetragen.',
    ],
    [
      'pfc.border',
      'Bug im OD4B Sync-Client: Dateien mit Umlauten im Pfad werden nicht synchronisiert, GetHelp-Case offen.',
    ],
    [
      'pfc.data-residency',
      'Kunde braucht Datenresidenz in Deutschland für Teams-Aufzeichnungen, wird aktuell nicht angeboten.',
    ],
    [
      'pfc.certification',
      'Geforderte Sicherheitszertifizierung liegt für den Dienst nicht vor, Compliance gibt Go-Live nicht frei.',
    ],
    [
      'pfc.parity',
      'SPO-Listenschwellenwert von 5.000 Elementen blockiert das QS-Szenario, kein akzeptabler Workaround.',
    ],
    [
      'pfc.parity',
      'Webex kann Meetings mit 2.000 interaktiven Teilnehmern, Teams (noch) nicht; Feature-Request liegt bei der PG.',
    ],
    ['pfc.border', 'Intune bietet für macOS die vom Security-Team geforderte Einstellung nicht.'],
    [
      'pfc.bug',
      'Produktfehler in Outlook für Mac: freigegebene Kalender werden nicht angezeigt, Fix noch nicht terminiert.',
    ],
    [
      'pfc.certification',
      'Verschlüsselung mit eigenem HSM vor Ort (Hold Your Own Key) für SPO nicht unterstützt, Datenschutz blockt.',
    ],
    [
      'pfc.parity',
      'Teams-Telefonie: komplexe Rufverteilung der alten TK-Anlage mit Sammelanschlüssen nicht abbildbar.',
    ],
    [
      'pfc.missing-feature',
      'Entra ID bietet die geforderte MFA-Methode für Schichtgeräte ohne Telefon nicht, Kunde wartet auf Roadmap.',
    ],
    [
      'pfc.missing-feature',
      'Pfadlängen-Limit in SPO/OD4B bricht die tief verschachtelte Projektablage, Produktgrenze ohne Workaround.',
    ],
    ['pfc.bug', 'Screenreader-Unterstützung im neuen Teams fehlerhaft, Schwerbehindertenvertretung lehnt Rollout ab.'],
    [
      'pfc.bug',
      'Bug: Teams-Serientermine werden im Outlook-Kalender dupliziert; Ticket bei Microsoft eskaliert, kein Fix-Datum.',
    ],
    ['pfc.border', 'Kunde fordert Aufbewahrung der Audit-Logs über zehn Jahre – das gibt es in keinem Plan.'],
    ['pfc.border', 'Mail-aktivierte Public Folders in EXO: benötigte Funktion fehlt, Migration gestoppt.'],
    ['pfc.border', 'Shared Channels mit externen Mandanten nicht granular genug steuerbar, Feature-Request gestellt.'],
    [
      'pfc.security-privacy',
      'Datenschutzeinstellung zum Abschalten der Lesebestätigungen pro Gruppe fehlt, Betriebsrat fordert sie.',
    ],
    [
      'pfc.security-privacy',
      'Microsoft Forms erlaubt keinen anonymen Datei-Upload, Fachbereich braucht das; Workaround unbefriedigend.',
    ],
    ['pfc.bug', 'GetHelp-Ticket zum Autopilot-Bug (Hybrid Join Timeout) seit sechs Wochen offen, Rollout steht.'],
    ['pfc.parity', 'Teams Rooms unterstützt die geforderte Dolmetscherfunktion nicht, Konkurrenzprodukt kann es.'],
    [
      'pfc.certification',
      'Sensitivity Labels in Office für Mac noch nicht vollständig, Compliance verlangt einheitlichen Funktionsstand.',
    ],
    ['pfc.parity', 'Vorstandspostfächer über 100 GB – Limit des EXO-Primärpostfachs verhindert die Migration.'],
    ['pfc.missing-feature', 'Planner ohne Abhängigkeiten zwischen Aufgaben, PMO braucht das; Konkurrenz-Tool kann es.'],
    [
      'pfc.certification',
      'EXO kann Mails an bestimmte Domänen nicht serverseitig erzwungen S/MIME-signieren, Security-Anforderung offen.',
    ],
  ],
  'app-compatibility': [
    ['app.border', 'Outlook-Add-in des DMS (d.velop) funktioniert mit M365 Apps nicht, Rollout gestoppt.'],
    ['app.vendor', 'ERP-Hersteller hat die neue Office-Version noch nicht zertifiziert.'],
    ['app.addins', 'Excel-Makros im Controlling brechen in 64-bit M365 Apps (Declare-Anweisungen ohne PtrSafe).'],
    ['app.vendor', 'DATEV-Schnittstelle zu Word/Outlook nur für Office 2016 freigegeben.'],
    [
      'app.identity',
      'Interne Zeiterfassung verlangt Login im Format vorname.nachname@intern.local, weicht vom Cloud-UPN ab.',
    ],
    [
      'app.border',
      'CRM-Add-in für Outlook (alter Connector) stürzt nach dem Upgrade ab, Hersteller liefert erst im Herbst.',
    ],
    [
      'app.macros',
      'Eigene Excel-Formeln (XLL/UDF) liefern nach dem Upgrade falsche Ergebnisse, Fachbereich verweigert Abnahme.',
    ],
    ['app.lob', 'SAP Analysis for Office läuft nicht mit dem Current Channel, SAP-Team muss erst aktualisieren.'],
    ['app.vendor', 'Archivlösung (Enterprise Vault) nicht mit EXO kompatibel, Postfachmigration wartet.'],
    [
      'app.integration',
      'Fachanwendung verschickt Mails per SMTP mit Basic Auth, geht mit EXO nicht mehr; Hersteller bietet kein OAuth.',
    ],
    ['app.macros', 'Word-Vorlagen mit VBA-Makros aus dem Vorlagen-Tool laufen unter M365 Apps nicht mehr.'],
    ['app.addins', 'Access-Datenbanken der Logistik getestet: Teile laufen mit der neuen Access-Version nicht.'],
    ['app.lob', 'CTI-Software des Callcenters ist nicht für Teams-Telefonie zertifiziert.'],
    ['app.testing', 'LOB-Tests nicht abgeschlossen, 120 Fachanwendungen müssen noch gegen M365 Apps geprüft werden.'],
    [
      'app.addins',
      'Signatur-Tool eines Drittanbieters unterstützt EXO nicht, Kunde migriert nicht ohne zentrale Signaturen.',
    ],
    [
      'app.addins',
      'Excel-basiertes Planungstool mit COM-Add-in wird vom Hersteller unter Microsoft 365 nicht supportet.',
    ],
    [
      'app.integration',
      'Eigenentwickelte .NET-Anwendung greift per EWS auf Postfächer zu, funktioniert gegen EXO nicht.',
    ],
    [
      'app.lob',
      'Web-Fachanwendung läuft nur im Internet Explorer; ihretwegen kann der Kunde Edge und SPO Modern nicht einführen.',
    ],
    ['app.identity', 'Rechnungsprüfungs-App erwartet sAMAccountName als Login und scheitert am Entra-ID-UPN.'],
    ['app.addins', 'Konstruktion kann nicht auf M365 Apps, weil das CAD/PDM-System nur Office 2013 unterstützt.'],
    ['app.addins', 'Outlook-Add-in zur Raumbuchung eines Drittanbieters bricht mit dem neuen Outlook.'],
    [
      'app.macros',
      'Makro-Bibliothek der Personalabteilung nutzt alte ActiveX-Controls, die in M365 Apps blockiert werden.',
    ],
    ['app.macros', 'Elektronische Signaturlösung für Word wirft nach dem Update Fehlermeldungen, Hersteller prüft.'],
    [
      'app.border',
      'Selbst entwickeltes Ticketsystem nicht kompatibel mit der Teams-Integration, Fachbereich blockiert Einführung.',
    ],
    ['app.addins', 'Kanzleisoftware für Serienbriefe über Word ist mit Click-to-Run nicht kompatibel.'],
  ],
  'partner-engagement': [
    ['par.skills', 'Kunde hat noch keinen Partner für die Teams-Telefonie ausgewählt.'],
    ['par.contracting', 'SOW mit dem Partner wird seit sechs Wochen verhandelt, Einkauf hängt.'],
    ['par.selection', 'Partner hat kaum Erfahrung mit Intune, Projekt stockt seit dem Kickoff.'],
    ['par.unresponsive', 'Partner reagiert nicht auf Mails und Calls des FM.'],
    ['par.selection', 'Verhältnis Kunde–Partner nach verpatzter Exchange-Migration angespannt, Kunde will wechseln.'],
    ['par.selection', 'Ausschreibung für den Implementierungspartner läuft noch, Vergabe frühestens im März.'],
    ['par.scope', 'SOW deckt nur EXO ab, SPO-Migration ist nicht im Scope des Partners.'],
    ['par.capacity', 'Partner hat erst ab Q3 Consultants frei.'],
    ['par.selection', 'Kunde sucht einen Partner mit Know-how für Teams Rooms, bisher keinen gefunden.'],
    [
      'par.border',
      'Bestellung an den Dienstleister für die OD4B-Migration nicht ausgelöst, Partner startet nicht ohne PO.',
    ],
    [
      'par.contracting',
      'Partner ignoriert die FastTrack-Empfehlungen und will sein eigenes Vorgehen, Abstimmung blockiert.',
    ],
    ['par.skills', 'Consultant beim Partner gewechselt, der Neue kennt die Umgebung nicht.'],
    ['par.contracting', 'Partnervertrag liegt zur Prüfung in der Rechtsabteilung des Kunden.'],
    ['par.scope', 'Partner bietet nur Technik, keine Adoption-Begleitung; Scope-Limitierung blockiert die Einführung.'],
    ['par.skills', 'Lokaler Partner bekommt die ADFS-Ablösung nicht hin, fehlende Erfahrung mit Hybrid Identity.'],
    [
      'par.selection',
      'Kunde unzufrieden mit der Lieferqualität des Partners, Eskalation beim Partner-Management läuft.',
    ],
    ['par.selection', 'Partner hat sein Angebot zurückgezogen, Kunde muss neu ausschreiben.'],
    [
      'par.border',
      'Partner kommt nicht zu den gemeinsamen Status-Calls mit Microsoft, seit drei Wochen keine Rückmeldung.',
    ],
    [
      'par.selection',
      'Kunde will ohne Partner nicht starten, die Vorschläge von Microsoft liegen beim Kunden zur Auswahl.',
    ],
    [
      'par.contracting',
      'Partner will zusätzliche Tage für die Intune-Arbeiten, Change Request zum SOW nicht freigegeben.',
    ],
    ['par.scope', 'Beauftragter CSP-Partner verkauft nur Lizenzen und kann kein Deployment leisten.'],
    ['par.selection', 'Partner mit anderen Projekten überlastet, Migrationstermine werden ständig verschoben.'],
    [
      'par.contracting',
      'Partnerangebote liegen über dem Budget, Kunde fragt neue Angebote an, Beauftragung verzögert sich.',
    ],
    ['par.border', 'Partner und Kunden-IT streiten über Verantwortlichkeiten, die Arbeit ruht.'],
    ['par.selection', 'Kunde wartet noch auf Angebote von zwei Partnern, Auswahl nicht vor Monatsende.'],
  ],
  'billing-licensing-subscription': [
    ['bil.transfer', 'Tenant-Wechsel: Lizenzen hängen noch im alten Tenant, Übertrag durch LSS ausstehend.'],
    ['bil.agreement', 'EA-Verlängerung hängt im Einkauf, ohne neuen Vertrag kein Rollout.'],
    ['bil.plan', 'Kunde hat E3, Teams Phone und Audio Conferencing brauchen Zusatzlizenzen oder E5.'],
    ['bil.sku', 'Falsche SKU bestellt: O365 E1 statt M365 E3, M365 Apps nicht enthalten.'],
    ['bil.transfer', 'CSP-Partner hat die Lizenzen im falschen Tenant provisioniert, Umzug über den Reseller nötig.'],
    ['bil.assignment', 'Lizenzen noch nicht zugewiesen bzw. nicht angewendet, Seller klärt mit LSS.'],
    ['bil.seats', 'Kunde will Seats reduzieren, die Anpassung der Subscription blockiert die Vertragsänderung.'],
    ['bil.procurement', 'Kaufentscheidung hängt an der Frage, ob die Lizenzen als CapEx aktiviert werden können.'],
    ['bil.plan', 'Kunde hält Intune für „fehlend“ – ist aber nur in EMS E3 enthalten, das nicht gekauft wurde.'],
    ['bil.sku', 'Behördenkunde braucht die Government Cloud (GCC), gekauft wurde die kommerzielle SKU.'],
    [
      'bil.agreement',
      'Trial abgelaufen, Kaufvertrag noch nicht unterschrieben, Tenant nur noch eingeschränkt nutzbar.',
    ],
    ['bil.agreement', 'Wechsel von CSP auf EA geplant, Lizenzen erst nach der Vertragsumstellung verfügbar.'],
    ['bil.sku', 'Business Premium gekauft, aber 450 User – SKU passt nicht zur Unternehmensgröße.'],
    ['bil.plan', 'LSA hat das Angebot für das E5-Security-Add-on noch nicht erstellt.'],
    ['bil.transfer', 'Nach Ausgliederung der Sparte müssen 600 Lizenzen in den Tenant der neuen GmbH umziehen.'],
    ['bil.agreement', 'MPSA läuft aus, Verlängerung wird noch mit Microsoft verhandelt.'],
    ['bil.assignment', 'Teams Rooms Pro Lizenzen fehlen, Besprechungsräume können nicht eingerichtet werden.'],
    ['bil.plan', 'Defender for Office P2 nur in E5 enthalten, Upgrade-Budget für die Lizenzen offen.'],
    ['bil.agreement', 'True-up aus dem EA ungeklärt, Seller und LSS müssen den Lizenzstand bereinigen.'],
    ['bil.sku', 'Schule hat A1-Lizenzen, für Desktop-Apps wäre A3 nötig; Upgrade noch nicht bestellt.'],
    ['bil.procurement', 'Lizenzbestellung über den Distributor hängt, PO vom Einkauf noch nicht freigegeben.'],
    ['bil.transfer', 'Nach der Fusion müssen die Abos aus drei Tenants zusammengeführt werden, Seller eingebunden.'],
    ['bil.sku', 'Kiosk-Mitarbeiter haben F3, brauchen aber Desktop-Office – Lizenzmodell muss geändert werden.'],
    ['bil.plan', 'Rechnung doppelt gestellt, Kunde stoppt das Abo-Upgrade bis zur Klärung.'],
    ['bil.plan', 'eDiscovery Premium steckt nur in E5, Kunde hat E3 – Upgrade-Entscheidung offen.'],
  ],
  'service-reliability': [
    ['rel.outage', 'Nach dem großen EXO-Ausfall letzten Monat hat der Kunde die Migration pausiert.'],
    [
      'rel.performance',
      'User melden Latenz in SPO trotz guter Anbindung, Management zweifelt, dass der Dienst die Last trägt.',
    ],
    ['rel.backup', 'Kunde zweifelt an Backup/Restore in OD4B, will ohne Drittanbieter-Backup nicht migrieren.'],
    ['rel.outage', 'Teams während der Hauptversammlung ausgefallen, Vorstand hat kein Vertrauen mehr.'],
    [
      'rel.trust',
      'Datenschutzbeauftragter kennt die Trust-Center-Unterlagen nicht und zweifelt an der Transparenz der Cloud.',
    ],
    ['rel.outage', 'Wiederholte Störungsmeldungen im Service Health Dashboard verunsichern die Geschäftsleitung.'],
    ['rel.trust', 'Kunde bezweifelt das SLA von 99,9 %, will historische Verfügbarkeitszahlen sehen.'],
    [
      'rel.updates',
      'Netzwerk-Assessment unauffällig, trotzdem Verzögerungen bei Teams-Calls – Kunde vermutet Probleme bei Microsoft.',
    ],
    ['rel.outage', 'Nach der MFA-Störung in Entra ID konnten sich zwei Tage keine User anmelden, Rollout gestoppt.'],
    [
      'rel.border',
      'Kunde fürchtet Datenverlust bei versehentlichem Löschen in SPO, Wiederherstellungsoptionen überzeugen nicht.',
    ],
    ['rel.outage', 'Vertrauen in die Cloud fehlt nach Presseberichten über Ausfälle von Microsoft 365.'],
    ['rel.doubt', 'Outlook im Online-Modus langsam, Incident von Microsoft bestätigt – Kunde wartet ab.'],
    ['rel.outage', 'GF will nach zwei Incidents im Pilot erst sechs Monate stabilen Betrieb sehen.'],
    [
      'rel.border',
      'Kunde bewertet die Zuverlässigkeit nur nach eigenen Störungen, Trust-Material von Microsoft unbekannt.',
    ],
    ['rel.doubt', 'Mailzustellung in EXO über mehrere Tage verzögert, Kunde stellt die Cloud-Strategie infrage.'],
    [
      'rel.incident-impact',
      'Ungeplanter Teams-Ausfall während des Quartalszahlen-Calls, Unternehmenskommunikation lehnt weiteren Rollout ab.',
    ],
    [
      'rel.backup',
      'Kunde fragt, wie schnell Microsoft OD4B-Daten nach einem Ransomware-Vorfall wiederherstellt – Zweifel bleiben.',
    ],
    ['rel.outage', 'CIO verlangt RCA-Berichte zu den letzten Ausfällen, bevor weitere Postfächer migriert werden.'],
    [
      'rel.border',
      'Nach drei Service-Incidents im Quartal traut der Kunde dem Dienst nicht mehr, restliche Standorte auf Eis.',
    ],
    ['rel.backup', 'Kunde glaubt, Microsoft sichert keine Daten, und stoppt deshalb OD4B.'],
    [
      'rel.outage',
      'Langsame Suche in SPO laut Microsoft-Ticket dienstseitig, Fachbereich zweifelt an der Performance des Dienstes.',
    ],
    ['rel.backup', 'Revision fordert Nachweise zur Ausfallsicherheit der Rechenzentren, bis dahin kein Go-Live.'],
    ['rel.trust', 'Schlechte Erfahrungen mit anderen Cloud-Diensten, Kunde misstraut der Verfügbarkeit von M365.'],
    [
      'rel.incident-impact',
      'Teams-Ausfall am Montagmorgen traf 5.000 User, Betrieb will vorerst Skype on-prem behalten.',
    ],
    ['rel.border', 'Häufige Timeouts im Exchange Admin Center und in OWA, Kunde zweifelt an der Stabilität von EXO.'],
  ],
};
