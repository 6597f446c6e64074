<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>BatchEraseDialog</name>
    <message>
        <location filename="../../desktop_app/ui/governance/batch_erase.py" line="+52"/>
        <source>Erase customers due for deletion</source>
        <translation>Zur Löschung fällige Kunden löschen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What stays</source>
        <translation>Was bleibt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>I understand that this cannot be undone.</source>
        <translation>Mir ist klar, dass dies nicht rückgängig gemacht werden kann.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Erase these customers</source>
        <translation>Diese Kunden löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n customer(s) are due for deletion under the retention rules. Choose one to see what is deleted and what is kept, and why.</source>
        <translation>
            <numerusform>%n Kunde ist nach den Aufbewahrungsregeln zur Löschung fällig. Wählen Sie ihn aus, um zu sehen, was gelöscht und was warum aufbewahrt wird.</numerusform>
            <numerusform>%n Kunden sind nach den Aufbewahrungsregeln zur Löschung fällig. Wählen Sie einen aus, um zu sehen, was gelöscht und was warum aufbewahrt wird.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This run takes the first %1; open this window again afterwards for the next ones.</source>
        <translation>Dieser Durchgang nimmt die ersten %1; öffnen Sie dieses Fenster danach erneut für die nächsten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only the do-not-contact entry and the history without personal data</source>
        <translation>Nur der Sperreintrag und der Verlauf ohne personenbezogene Daten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name and phone number, restricted until %1 (§7a UWG)</source>
        <translation>Name und Telefonnummer, eingeschränkt bis %1 (§7a UWG)</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+27"/>
        <source>Nobody is due for deletion.</source>
        <translation>Niemand ist zur Löschung fällig.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept, and why</source>
        <translation>Aufbewahrt, und warum</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Erasing customers</source>
        <translation>Kunden werden gelöscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 customers erased</source>
        <translation>%1 von %2 Kunden gelöscht</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 of %2 customers erased.</source>
        <translation>%1 von %2 Kunden gelöscht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The others were not changed.</source>
        <translation>Die übrigen wurden nicht verändert.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of them keep name and phone number restricted for the §7a UWG evidence.</source>
        <translation>
            <numerusform>Bei %n davon bleiben Name und Telefonnummer eingeschränkt für den Nachweis nach §7a UWG.</numerusform>
            <numerusform>Bei %n davon bleiben Name und Telefonnummer eingeschränkt für den Nachweis nach §7a UWG.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n were no longer due (e.g. a new purchase or consent) and were left alone.</source>
        <translation>
            <numerusform>%n war nicht mehr fällig (z. B. neuer Kauf oder neue Einwilligung) und blieb unverändert.</numerusform>
            <numerusform>%n waren nicht mehr fällig (z. B. neuer Kauf oder neue Einwilligung) und blieben unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n could not be erased:</source>
        <translation>
            <numerusform>%n konnte nicht gelöscht werden:</numerusform>
            <numerusform>%n konnten nicht gelöscht werden:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <location filename="../../desktop_app/ui/campaigns/campaign_dialog.py" line="+129"/>
        <source>Edit campaign</source>
        <translation>Kampagne bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New campaign</source>
        <translation>Neue Kampagne</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned for</source>
        <translation>Geplant für</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>This purpose is not used over any channel.</source>
        <translation>Dieser Zweck wird über keinen Kanal verfolgt.</translation>
    </message>
</context>
<context>
    <name>CampaignExport</name>
    <message>
        <location filename="../../desktop_app/services/campaign_evidence.py" line="+36"/>
        <source>Consent (Art. 6(1)(a) GDPR)</source>
        <translation>Einwilligung (Art. 6 Abs. 1 lit. a DSGVO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Existing customer (§7(3) UWG), own similar goods</source>
        <translation>Bestandskunde (§ 7 Abs. 3 UWG), eigene ähnliche Waren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Presumed consent of a business (§7(2) No. 1 UWG)</source>
        <translation>Mutmaßliche Einwilligung eines Unternehmens (§ 7 Abs. 2 Nr. 1 UWG)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legitimate interest, post (Art. 6(1)(f) GDPR)</source>
        <translation>Berechtigtes Interesse, Briefpost (Art. 6 Abs. 1 lit. f DSGVO)</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>RE-EXPORT</source>
        <translation>ERNEUTER EXPORT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file reproduces export no. {id} as it was made; rows and cells are those of the original, not today&apos;s data.</source>
        <translation>Diese Datei gibt Export Nr. {id} so wieder, wie er erstellt wurde; Zeilen und Zellen sind die des Originals, nicht die heutigen Daten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re-exported by</source>
        <translation>Erneut exportiert von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-exported at</source>
        <translation>Erneut exportiert am</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows left empty: customer erased since (Art. 17 GDPR)</source>
        <translation>Leer gelassene Zeilen: Kunde inzwischen gelöscht (Art. 17 DSGVO)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export no.</source>
        <translation>Export Nr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contactable as of</source>
        <translation>Ansprechbar zum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules version</source>
        <translation>Regelversion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported by</source>
        <translation>Exportiert von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported at</source>
        <translation>Exportiert am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit chain anchor before the export</source>
        <translation>Anker der Prüfkette vor dem Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segment</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all customers</source>
        <translation>alle Kunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers in the segment</source>
        <translation>Kunden in der Zielgruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contactable: rows in this list</source>
        <translation>Ansprechbar: Zeilen in dieser Liste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not contactable, by decisive reason</source>
        <translation>Nicht ansprechbar, nach ausschlaggebendem Grund</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use</source>
        <translation>Verwendung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only for the purpose and channel above. This export was recorded as a use of each consent it lists.</source>
        <translation>Nur für den oben genannten Zweck und Kanal. Dieser Export wurde als Nutzung jeder aufgeführten Einwilligung festgehalten.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/campaign_export.py" line="+125"/>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/campaign_files.py" line="+86"/>
        <source>Customer no.</source>
        <translation>Kundennr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis of contact</source>
        <translation>Grundlage der Ansprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent id</source>
        <translation>Einwilligungs-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent date</source>
        <translation>Einwilligungsdatum</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/campaign_writing.py" line="+184"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/campaigns.py" line="+57"/>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whom may we contact for this purpose over this channel, and why not the others?</source>
        <translation>Wen dürfen wir für diesen Zweck über diesen Kanal ansprechen – und warum die anderen nicht?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New campaign…</source>
        <translation>Neue Kampagne…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+198"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location line="-197"/>
        <location line="+154"/>
        <location line="+53"/>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>Show archived</source>
        <translation>Archivierte anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last export</source>
        <translation>Letzter Export</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence…</source>
        <translation>Nachweis…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print evidence…</source>
        <translation>Nachweis drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview, print or save the export&apos;s evidence as PDF</source>
        <translation>Nachweis des Exports ansehen, drucken oder als PDF speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-export…</source>
        <translation>Erneut exportieren…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exports of this campaign</source>
        <translation>Exporte dieser Kampagne</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+51"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Exporting %1</source>
        <translation>%1 wird exportiert</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Re-export to</source>
        <translation>Erneut exportieren nach</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Re-exporting no. %1</source>
        <translation>Export Nr. %1 wird erneut geschrieben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checking who may be contacted…</source>
        <translation>Prüfe, wer angesprochen werden darf…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finishing the file…</source>
        <translation>Die Datei wird fertiggestellt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording the evidence and the consent uses…</source>
        <translation>Nachweis und Nutzung der Einwilligungen werden festgehalten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 rows written</source>
        <translation>%1 von %2 Zeilen geschrieben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export no. %1 was written again to %2.</source>
        <translation>Export Nr. %1 wurde erneut nach %2 geschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export no. %1 was written to %2 and recorded with its evidence.</source>
        <translation>Export Nr. %1 wurde nach %2 geschrieben und mit seinem Nachweis festgehalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../desktop_app/cli/foundation.py" line="+14"/>
        <source>create or upgrade the database and print where it is</source>
        <translation>Datenbank anlegen oder aktualisieren und ihren Speicherort ausgeben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Database ready: {location} (schema {revision})</source>
        <translation>Datenbank bereit: {location} (Schema {revision})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>how many customers (default 2000)</source>
        <translation>wie viele Kunden (Standard 2000)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>random seed; the same seed gives the same data</source>
        <translation>Zufalls-Startwert; derselbe Wert ergibt dieselben Daten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>fill the database with realistic German demo data</source>
        <translation>Datenbank mit realistischen deutschen Demodaten füllen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Added {customers} demo customers with {consents} consents to {location}.</source>
        <translation>{customers} Demo-Kunden mit {consents} Einwilligungen zu {location} hinzugefügt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>print the number of records per entity</source>
        <translation>Anzahl der Datensätze je Entität ausgeben</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../desktop_app/cli/ledger.py" line="+62"/>
        <source>Database: {location}</source>
        <translation>Datenbank: {location}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/__init__.py" line="+42"/>
        <source>database URL or SQLite file (default: CONSENTDESK_DB or the user data folder)</source>
        <translation>Datenbank-URL oder SQLite-Datei (Standard: CONSENTDESK_DB oder der Benutzer-Datenordner)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>language of messages (default: the one chosen in Settings)</source>
        <translation>Sprache der Meldungen (Standard: die in den Einstellungen gewählte)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>machine-readable output</source>
        <translation>maschinenlesbare Ausgabe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ConsentDesk command line</source>
        <translation>ConsentDesk-Kommandozeile</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Error: {message}</source>
        <translation>Fehler: {message}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unexpected error ({kind}). Details were saved to {path}; please send that file to support.</source>
        <translation>Unerwarteter Fehler ({kind}). Details wurden in {path} gespeichert; bitte senden Sie diese Datei an den Support.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/governance.py" line="+27"/>
        <source>only open requests</source>
        <translation>nur offene Anträge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list data-subject requests and their deadlines</source>
        <translation>Anträge betroffener Personen mit ihren Fristen auflisten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{count} request(s)</source>
        <translation>{count} Antrag/Anträge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OVERDUE since {date}</source>
        <translation>ÜBERFÄLLIG seit {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due {date}</source>
        <translation>fällig am {date}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>every customer due for deletion under the retention rules</source>
        <translation>alle Kunden, die nach den Aufbewahrungsregeln zur Löschung fällig sind</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>really erase (without: preview only)</source>
        <translation>wirklich löschen (ohne: nur Vorschau)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>with --due: only the first N due customers (run again for more)</source>
        <translation>mit --due: nur die ersten N fälligen Kunden (für weitere erneut aufrufen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>erase a customer&apos;s personal data (Art. 17 GDPR), keeping the suppression entry</source>
        <translation>personenbezogene Daten eines Kunden löschen (Art. 17 DSGVO), der Sperreintrag bleibt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deleted:</source>
        <translation>Gelöscht wird:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept:</source>
        <translation>Erhalten bleibt:</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+40"/>
        <source>Nothing was changed. Add --yes to erase.</source>
        <translation>Es wurde nichts geändert. Mit --yes wird gelöscht.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Customer {id} was erased.</source>
        <translation>Kunde {id} wurde gelöscht.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{count} customer(s) due for deletion</source>
        <translation>{count} Kunde(n) zur Löschung fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These are the first {count}:</source>
        <translation>Das sind die ersten {count}:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{erased} of {total} customer(s) erased ({restricted} with the phone-consent evidence kept restricted), {skipped} no longer due, {failed} failed.</source>
        <translation>{erased} von {total} Kunde(n) gelöscht ({restricted} davon mit eingeschränkt aufbewahrtem Nachweis der Telefon-Einwilligung), {skipped} nicht mehr fällig, {failed} fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>double opt-ins pending longer than this many days (default 7)</source>
        <translation>Double-Opt-ins, die länger als so viele Tage ausstehen (Standard 7)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>what is missing, due or overdue: sources, evidence, expiry, Art. 14, deletion</source>
        <translation>was fehlt, fällig oder überfällig ist: Quellen, Nachweise, Ablauf, Art. 14, Löschung</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>  {open:&gt;8}  open data-subject requests, {overdue} overdue</source>
        <translation>  {open:&gt;8}  offene Anträge betroffener Personen, {overdue} überfällig</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>purpose code (default: all purposes)</source>
        <translation>Code des Zwecks (Standard: alle Zwecke)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>consents running out within this many days (default 30)</source>
        <translation>Einwilligungen, die innerhalb so vieler Tage ablaufen (Standard 30)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>write the mail-merge list to this .xlsx or .csv file</source>
        <translation>die Serienbrief-Liste in diese .xlsx- oder .csv-Datei schreiben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>whom to ask again for consent (stale or expiring consents), over a channel still allowed</source>
        <translation>wen um eine neue Einwilligung bitten (veraltete oder ablaufende Einwilligungen), über einen noch erlaubten Kanal</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{count} customer(s) to ask again, {none} without any allowed channel</source>
        <translation>{count} Kunde(n) erneut zu fragen, {none} ohne erlaubten Kanal</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot be asked</source>
        <translation>kann nicht gefragt werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{rows} row(s) written to {path}.</source>
        <translation>{rows} Zeile(n) in {path} geschrieben.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/ledger.py" line="-48"/>
        <source>Entry {seq} is missing, or an entry was inserted before it: the numbering of the audit trail has a gap.</source>
        <translation>Eintrag {seq} fehlt, oder vor ihm wurde ein Eintrag eingefügt: Die Nummerierung des Änderungsprotokolls hat eine Lücke.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entry {seq} no longer links to the entry before it: an entry was changed, removed or inserted here.</source>
        <translation>Eintrag {seq} ist nicht mehr mit dem Eintrag davor verkettet: Hier wurde ein Eintrag geändert, entfernt oder eingefügt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entry {seq} was changed after it was written: its content no longer matches its hash.</source>
        <translation>Eintrag {seq} wurde nachträglich geändert: Sein Inhalt passt nicht mehr zu seinem Hashwert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit trail ends before entry {seq}, which this PC saw being written: entries at the end were removed, or an older copy of the database is in use.</source>
        <translation>Das Änderungsprotokoll endet vor Eintrag {seq}, dessen Speicherung dieser PC gesehen hat: Einträge am Ende wurden entfernt, oder es wird eine ältere Kopie der Datenbank verwendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entry {seq} is not the one this PC saw being written: the audit trail was rewritten, or the database was replaced by another one.</source>
        <translation>Eintrag {seq} ist nicht der, dessen Speicherung dieser PC gesehen hat: Das Änderungsprotokoll wurde neu geschrieben, oder die Datenbank wurde durch eine andere ersetzt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database&apos;s identity record was removed, so the audit trail cannot be compared with what this PC saw being written.</source>
        <translation>Der Kennungseintrag der Datenbank wurde entfernt; das Änderungsprotokoll kann daher nicht mit dem abgeglichen werden, was dieser PC gespeichert gesehen hat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SQLite reports damage in the database file: {detail}</source>
        <translation>SQLite meldet Schäden in der Datenbankdatei: {detail}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>check the audit trail and the database file for tampering or damage</source>
        <translation>Änderungsprotokoll und Datenbankdatei auf Manipulation oder Beschädigung prüfen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Audit entries checked: {count}</source>
        <translation>Geprüfte Protokolleinträge: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head of the audit trail: {head}</source>
        <translation>Letzter Protokolleintrag: {head}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anchor on this PC: {anchor}</source>
        <translation>Anker auf diesem PC: {anchor}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anchor on this PC: none (the end of the trail cannot be checked here)</source>
        <translation>Anker auf diesem PC: keiner (das Ende des Protokolls kann hier nicht geprüft werden)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database file check: {result}</source>
        <translation>Prüfung der Datenbankdatei: {result}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK: the audit trail is complete and unchanged.</source>
        <translation>OK: Das Änderungsprotokoll ist vollständig und unverändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BROKEN: {explanation}</source>
        <translation>BESCHÄDIGT: {explanation}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/business.py" line="+21"/>
        <source>the business&apos;s name</source>
        <translation>Name des Unternehmens</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>one line of the address; repeat for each line (replaces the address)</source>
        <translation>eine Zeile der Anschrift; für jede Zeile wiederholen (ersetzt die Anschrift)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e-mail address for data-protection matters</source>
        <translation>E-Mail-Adresse für Datenschutzanliegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>data protection officer or contact person, with how to reach them</source>
        <translation>Datenschutzbeauftragte(r) oder Ansprechpartner(in), mit Kontaktweg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>show or set the business details printed on reports</source>
        <translation>die auf Berichten gedruckten Unternehmensangaben anzeigen oder festlegen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/reports.py" line="+47"/>
        <source>record of processing activities (Art. 30 GDPR)</source>
        <translation>Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>blank consent form for the consent text with the id TARGET</source>
        <translation>leeres Einwilligungsformular für den Einwilligungstext mit der ID TARGET</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>consent overview and access report (Art. 15 GDPR) of the customer with the id TARGET</source>
        <translation>Einwilligungsübersicht und Auskunft (Art. 15 DSGVO) des Kunden mit der ID TARGET</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>consent overview of all customers</source>
        <translation>Einwilligungsübersicht aller Kunden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>evidence of the recorded campaign export with the id TARGET</source>
        <translation>Nachweis des erfassten Kampagnen-Exports mit der ID TARGET</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>one of: {kinds}</source>
        <translation>eines von: {kinds}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>what the report is about, e.g. the consent text id</source>
        <translation>worauf sich der Bericht bezieht, z. B. die ID des Einwilligungstexts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the PDF file to write (replaced if it exists)</source>
        <translation>die zu schreibende PDF-Datei (eine vorhandene wird ersetzt)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>write a report as a PDF file</source>
        <translation>einen Bericht als PDF-Datei schreiben</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Wrote {pages} page(s) to {path}.</source>
        <translation>{pages} Seite(n) in {path} geschrieben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the customer&apos;s id</source>
        <translation>die ID des Kunden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file to write, JSON or Excel by its extension (replaced if it exists)</source>
        <translation>die zu schreibende Datei, JSON oder Excel je nach Endung (wird ersetzt, falls vorhanden)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>export one customer&apos;s data for data portability (Art. 20 GDPR)</source>
        <translation>die Daten eines Kunden für die Datenübertragbarkeit exportieren (Art. 20 DSGVO)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Wrote the data of customer {id} to {path}.</source>
        <translation>Die Daten von Kunde {id} wurden in {path} geschrieben.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evaluation.py" line="+20"/>
        <source>basis</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocks</source>
        <translation>sperrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../desktop_app/cli/governance.py" line="-244"/>
        <source>customer id</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/campaigns.py" line="+24"/>
        <location filename="../../desktop_app/cli/customer_list.py" line="+23"/>
        <source>the .xlsx or .csv file to write</source>
        <translation>die zu schreibende .xlsx- oder .csv-Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>name of a saved campaign</source>
        <translation>Name einer gespeicherten Kampagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/cli/evaluation.py" line="+2"/>
        <source>purpose code, e.g. newsletter</source>
        <translation>Kürzel des Zwecks, z. B. newsletter</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/cli/evaluation.py" line="+3"/>
        <source>email, phone, sms or post</source>
        <translation>email, phone, sms oder post</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contactable as of this day (YYYY-MM-DD; default today)</source>
        <translation>ansprechbar zu diesem Tag (JJJJ-MM-TT; Standard: heute)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>segment filter as JSON, e.g. {&quot;postcodes&quot;: [&quot;10000-14999&quot;]}</source>
        <translation>Zielgruppenfilter als JSON, z. B. {&quot;postcodes&quot;: [&quot;10000-14999&quot;]}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>columns, comma-separated (default: by channel)</source>
        <translation>Spalten, durch Kommas getrennt (Standard: je nach Kanal)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CSV separator (default ;)</source>
        <translation>CSV-Trennzeichen (Standard ;)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only show the counts; write and record nothing</source>
        <translation>nur die Zahlen zeigen; nichts schreiben oder festhalten</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Customers in the segment: {n}</source>
        <translation>Kunden in der Zielgruppe: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contactable: {n}</source>
        <translation>Ansprechbar: {n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not contactable: {n}</source>
        <translation>Nicht ansprechbar: {n}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>export the contactable list of a campaign to .xlsx or .csv, with its evidence</source>
        <translation>die Liste der Ansprechbaren einer Kampagne als .xlsx oder .csv exportieren, mit Nachweis</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+116"/>
        <source>Written: {path} ({rows} rows, SHA-256 {sha})</source>
        <translation>Geschrieben: {path} ({rows} Zeilen, SHA-256 {sha})</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Recorded as export no. {id}; {n} consents marked as used.</source>
        <translation>Als Export Nr. {id} festgehalten; {n} Einwilligungen als genutzt vermerkt.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>list past exports instead</source>
        <translation>stattdessen frühere Exporte auflisten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>include archived campaigns</source>
        <translation>archivierte Kampagnen einbeziehen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list campaigns or past campaign exports</source>
        <translation>Kampagnen oder frühere Kampagnenexporte auflisten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No exports yet.</source>
        <translation>Noch keine Exporte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No campaigns yet.</source>
        <translation>Noch keine Kampagnen.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>export no.</source>
        <translation>Export-Nr.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>write a past campaign export again, exactly as it was</source>
        <translation>einen früheren Kampagnenexport genau so erneut schreiben, wie er war</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Identical to the original file (same SHA-256).</source>
        <translation>Identisch mit der Originaldatei (gleicher SHA-256).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evaluation.py" line="+4"/>
        <source>judge as on this day (YYYY-MM-DD or DD.MM.YYYY; default today)</source>
        <translation>Stand an diesem Tag beurteilen (JJJJ-MM-TT oder TT.MM.JJJJ; Standard: heute)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>explain whether a customer may be contacted for a purpose over a channel</source>
        <translation>erklären, ob ein Kunde für einen Zweck über einen Kanal angesprochen werden darf</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Contactable.</source>
        <translation>Ansprechbar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not contactable.</source>
        <translation>Nicht ansprechbar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer {customer}, purpose {purpose}, {channel}, on {date}:</source>
        <translation>Kunde {customer}, Zweck {purpose}, {channel}, am {date}:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rules version {version}</source>
        <translation>Regelstand {version}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/importing.py" line="+23"/>
        <source>the .xlsx, .xls, .ods or .csv file</source>
        <translation>die .xlsx-, .xls-, .ods- oder .csv-Datei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>import settings saved as a profile (default: map the headings automatically)</source>
        <translation>als Profil gespeicherte Importeinstellungen (Standard: Spaltenüberschriften automatisch zuordnen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the sheet to read</source>
        <translation>das zu lesende Tabellenblatt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the data source the list comes from</source>
        <translation>die Datenquelle, aus der die Liste stammt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>what to do with customers already in the database</source>
        <translation>was mit Kunden geschehen soll, die schon in der Datenbank sind</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only show what would happen</source>
        <translation>nur anzeigen, was geschehen würde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>save the list of problems as .xlsx</source>
        <translation>die Liste der Probleme als .xlsx speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>save the settings used as a profile, to edit and reuse</source>
        <translation>die verwendeten Einstellungen als Profil speichern, zum Bearbeiten und Wiederverwenden</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>new customers</source>
        <translation>neue Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>existing customers updated</source>
        <translation>bestehende Kunden aktualisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>existing customers unchanged</source>
        <translation>bestehende Kunden unverändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>existing customers skipped</source>
        <translation>bestehende Kunden übersprungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicates within the file</source>
        <translation>Dubletten innerhalb der Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows with errors (not imported)</source>
        <translation>Zeilen mit Fehlern (nicht importiert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows blocked by objection or erasure</source>
        <translation>Zeilen gesperrt durch Widerspruch oder Löschung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consents to record:</source>
        <translation>Zu erfassende Einwilligungen:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>  {count} consent entries change nothing (see the notices)</source>
        <translation>  {count} Einwilligungsangaben ändern nichts (siehe Hinweise)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>given</source>
        <translation>erteilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>awaiting double opt-in</source>
        <translation>wartet auf Double-Opt-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawn</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Problems and notices ({shown} of {total}; --json or --errors FILE.xlsx for all):</source>
        <translation>Probleme und Hinweise ({shown} von {total}; alle mit --json oder --errors DATEI.xlsx):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Row {row}, column “{column}”: {message}</source>
        <translation>Zeile {row}, Spalte „{column}“: {message}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row {row}: {message}</source>
        <translation>Zeile {row}: {message}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>import customers and consents from an Excel or CSV list</source>
        <translation>Kunden und Einwilligungen aus einer Excel- oder CSV-Liste importieren</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{file}, sheet “{sheet}”, headings in row {row}: {rows} rows</source>
        <translation>{file}, Tabellenblatt „{sheet}“, Überschriften in Zeile {row}: {rows} Zeilen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Some rows match existing customers: choose --merge skip, fill_empty or overwrite.</source>
        <translation>Einige Zeilen passen zu bestehenden Kunden: Wählen Sie --merge skip, fill_empty oder overwrite.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dry run: nothing was written.</source>
        <translation>Probelauf: Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported as batch {batch}. To undo it: consentdesk import-undo {batch}</source>
        <translation>Als Importlauf {batch} importiert. Rückgängig machen: consentdesk import-undo {batch}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the import batch number</source>
        <translation>die Nummer des Importlaufs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>undo an import batch (what was changed since is kept)</source>
        <translation>einen Importlauf rückgängig machen (seither Geändertes bleibt erhalten)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Batch {batch} undone: {customers} customers and {consents} consents removed, {restored} customers restored, {kept} records kept.</source>
        <translation>Importlauf {batch} rückgängig gemacht: {customers} Kunden und {consents} Einwilligungen entfernt, {restored} Kunden wiederhergestellt, {kept} Datensätze beibehalten.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/customer_list.py" line="+5"/>
        <source>only customers found by this search, as on the Customers page</source>
        <translation>nur die Kunden, die diese Suche findet (wie auf der Seite Kunden)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>columns, comma-separated (default: {default}; all: {known})</source>
        <translation>Spalten, durch Komma getrennt (Standard: {default}; alle: {known})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only active or only restricted customers</source>
        <translation>nur aktive oder nur eingeschränkte Kunden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>only consumers or only businesses</source>
        <translation>nur Verbraucher oder nur Unternehmen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>order of the rows (default: name)</source>
        <translation>Reihenfolge der Zeilen (Standard: name)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sort in descending order</source>
        <translation>absteigend sortieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>export the customer list (search and filters as on the Customers page) to .xlsx or .csv</source>
        <translation>die Kundenliste (Suche und Filter wie auf der Seite Kunden) als .xlsx oder .csv exportieren</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Written: {path} ({rows} customers, SHA-256 {sha}); recorded in the audit trail.</source>
        <translation>Geschrieben: {path} ({rows} Kunden, SHA-256 {sha}); im Änderungsprotokoll festgehalten.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/merge.py" line="+15"/>
        <source>id of the customer to keep</source>
        <translation>ID des Kunden, der bleibt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>id of the customer merged into it (closed afterwards)</source>
        <translation>ID des Kunden, der übernommen wird (danach geschlossen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>comma-separated fields whose value comes from the other record: name, company, kind, email, phone, mobile, address, birth_date, existing, source, notes (default: the kept record&apos;s value, the other&apos;s where the kept one is empty)</source>
        <translation>kommagetrennte Felder, deren Wert aus dem anderen Datensatz kommt: name, company, kind, email, phone, mobile, address, birth_date, existing, source, notes (Standard: der Wert des behaltenen Datensatzes, der des anderen, wo der behaltene leer ist)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>really merge (without: preview only)</source>
        <translation>wirklich zusammenführen (ohne: nur Vorschau)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>merge two records of the same person, keeping all consent history</source>
        <translation>zwei Datensätze derselben Person zusammenführen, mit der gesamten Einwilligungshistorie</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keep {keep}, merge {other} into it.</source>
        <translation>{keep} bleibt, {other} wird übernommen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Moves: {events} consent events, {suppressions} do-not-contact entries, {requests} requests, {rows} campaign-export rows.</source>
        <translation>Wird übernommen: {events} Einwilligungsereignisse, {suppressions} Sperreinträge, {requests} Anfragen, {rows} Zeilen aus Kampagnen-Exporten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>moves with its history</source>
        <translation>wird mit seiner Historie übernommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the kept consent stays, this history is attached</source>
        <translation>die behaltene Einwilligung bleibt, diese Historie wird angehängt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes against no: the no wins</source>
        <translation>Ja gegen Nein: Das Nein gilt</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Nothing was changed. Add --yes to merge.</source>
        <translation>Es wurde nichts geändert. Mit --yes zusammenführen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Customer {other} was merged into customer {keep}.</source>
        <translation>Kunde {other} wurde in Kunde {keep} übernommen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/common.py" line="+61"/>
        <source>Updating the database to this version; this can take a minute.</source>
        <translation>Die Datenbank wird auf diese Version aktualisiert; das kann eine Minute dauern.</translation>
    </message>
</context>
<context>
    <name>CommitPage</name>
    <message>
        <location filename="../../desktop_app/ui/importing/run_pages.py" line="+211"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything is written in one step. Cancel stops the import and writes nothing.</source>
        <translation>Alles wird in einem Schritt geschrieben. „Abbrechen“ beendet den Import, ohne etwas zu schreiben.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The database is unchanged. Close the wizard or go back to the check and try again.</source>
        <translation>Die Datenbank ist unverändert. Schließen Sie den Assistenten und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import finished as batch %1.</source>
        <translation>Import abgeschlossen als Stapel %1.</translation>
    </message>
</context>
<context>
    <name>ConfirmDoiDialog</name>
    <message>
        <location filename="../../desktop_app/ui/customer/actions.py" line="+120"/>
        <source>Confirm double opt-in</source>
        <translation>Double-Opt-in bestätigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the customer confirmed the address by clicking the link in the confirmation e-mail.</source>
        <translation>%1: Der Kunde hat die Adresse über den Link in der Bestätigungs-E-Mail bestätigt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. the confirmation mail&apos;s id or the click log entry</source>
        <translation>z. B. die ID der Bestätigungsmail oder der Eintrag im Klickprotokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed on</source>
        <translation>Bestätigt am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proof reference</source>
        <translation>Nachweis-Referenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>ConsentMatrix</name>
    <message>
        <location filename="../../desktop_app/ui/customer/matrix.py" line="+27"/>
        <source>granted</source>
        <translation>erteilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending double opt-in</source>
        <translation>Double-Opt-in ausstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawn</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expired / stale</source>
        <translation>abgelaufen / veraltet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not asked</source>
        <translation>nicht gefragt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocked by objection</source>
        <translation>gesperrt durch Widerspruch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not used</source>
        <translation>nicht genutzt</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Click a cell to see why the customer may or may not be contacted that way.</source>
        <translation>Klicken Sie auf eine Zelle, um zu sehen, warum der Kunde auf diesem Weg kontaktiert werden darf oder nicht.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+26"/>
        <source>contactable</source>
        <translation>kontaktierbar</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+26"/>
        <source>not contactable</source>
        <translation>nicht kontaktierbar</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&lt;b&gt;%1 · %2 — %3 today (%4)&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 · %2 — heute %3 (%4)&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ConsentTextDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/consent_text_dialog.py" line="+40"/>
        <source>Consent text</source>
        <translation>Einwilligungstext</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The exact wording the customer sees, including the company and how to withdraw.</source>
        <translation>Der genaue Wortlaut, den der Kunde sieht, einschließlich des Unternehmens und des Widerrufswegs.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Version %1 is used by consents and stays as it is. Saving creates version %2 with your changes.</source>
        <translation>Version %1 wird von Einwilligungen verwendet und bleibt unverändert. Beim Speichern entsteht Version %2 mit Ihren Änderungen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wording</source>
        <translation>Wortlaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
</context>
<context>
    <name>ConsentTextsPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/consent_texts.py" line="+31"/>
        <source>Consent texts</source>
        <translation>Einwilligungstexte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exact wording customers agreed to. A version in use is never changed.</source>
        <translation>Der genaue Wortlaut, dem Kunden zugestimmt haben. Eine verwendete Version wird nie geändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New text…</source>
        <translation>Neuer Text…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print blank form…</source>
        <translation>Leeres Formular drucken…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>All purposes</source>
        <translation>Alle Zwecke</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not in use</source>
        <translation>nicht verwendet</translation>
    </message>
</context>
<context>
    <name>CustomerEditor</name>
    <message>
        <location filename="../../desktop_app/ui/customer/editor.py" line="+64"/>
        <source>Details</source>
        <translation>Stammdaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Merge with…</source>
        <translation>Zusammenführen mit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge another record of the same person into this one</source>
        <translation>Einen anderen Datensatz derselben Person in diesen übernehmen</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record consent…</source>
        <translation>Einwilligung erfassen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm double opt-in…</source>
        <translation>Double-Opt-in bestätigen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw…</source>
        <translation>Widerrufen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record objection…</source>
        <translation>Widerspruch erfassen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <source>Restrict processing…</source>
        <translation>Verarbeitung einschränken…</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Erase…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>processing restricted</source>
        <translation>Verarbeitung eingeschränkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>erased</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lift restriction…</source>
        <translation>Einschränkung aufheben…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Possible duplicate: the same e-mail address or phone number belongs to %1.</source>
        <translation>Mögliche Dublette: Dieselbe E-Mail-Adresse oder Telefonnummer gehört zu %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge…</source>
        <translation>Zusammenführen…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to this customer?</source>
        <translation>Änderungen an diesem Kunden speichern?</translation>
    </message>
</context>
<context>
    <name>CustomerExport</name>
    <message>
        <location filename="../../desktop_app/services/customer_list_export.py" line="+71"/>
        <location line="+232"/>
        <source>Consumer/business</source>
        <translation>Verbraucher/Unternehmen</translation>
    </message>
    <message>
        <location line="-231"/>
        <location line="+227"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-226"/>
        <location line="+236"/>
        <source>Data source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <location line="-235"/>
        <location line="+238"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer since</source>
        <translation>Kunde seit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last purchase</source>
        <translation>Letzter Kauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created on</source>
        <translation>Angelegt am</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Consumer</source>
        <translation>Verbraucher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restricted (Art. 18)</source>
        <translation>eingeschränkt (Art. 18)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer no.</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>city</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date created</source>
        <translation>Anlagedatum</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>About this export</source>
        <translation>Angaben zum Export</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+101"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>(any)</source>
        <translation>(alle)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer list exported on</source>
        <translation>Kundenliste exportiert am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported by</source>
        <translation>Exportiert von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Contactable today for</source>
        <translation>Heute kontaktierbar für</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sorted by</source>
        <translation>Sortiert nach</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit chain anchor before the export</source>
        <translation>Anker der Prüfkette vor dem Export</translation>
    </message>
</context>
<context>
    <name>CustomerExportDialog</name>
    <message>
        <location filename="../../desktop_app/ui/customer/list_export.py" line="+71"/>
        <source>Export customer list</source>
        <translation>Kundenliste exportieren</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n customer(s), as the list shows them now: the same search and filters, in the same order. Erased customers are never exported. The export is recorded in the audit trail.</source>
        <translation>
            <numerusform>%n Kunde, so wie die Liste ihn jetzt zeigt: dieselbe Suche, dieselben Filter, dieselbe Reihenfolge. Gelöschte Kunden werden nie exportiert. Der Export wird im Änderungsprotokoll festgehalten.</numerusform>
            <numerusform>%n Kunden, so wie die Liste sie jetzt zeigt: dieselbe Suche, dieselben Filter, dieselbe Reihenfolge. Gelöschte Kunden werden nie exportiert. Der Export wird im Änderungsprotokoll festgehalten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defaults</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV for Excel (.csv: semicolon, UTF-8)</source>
        <translation>CSV für Excel (.csv: Semikolon, UTF-8)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers %1</source>
        <translation>Kunden %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
</context>
<context>
    <name>CustomerFields</name>
    <message>
        <location filename="../../desktop_app/services/customer_fields.py" line="+36"/>
        <source>Customer number</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <location filename="../../desktop_app/ui/customer/details_form.py" line="+63"/>
        <source>Consumer</source>
        <translation>Verbraucher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>assigned on saving</source>
        <translation>wird beim Speichern vergeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ms</source>
        <translation>Frau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mr</source>
        <translation>Herr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mx</source>
        <translation>Divers</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>comma-separated, e.g. VIP, Messe 2025</source>
        <translation>durch Kommas getrennt, z. B. VIP, Messe 2025</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Existing customer (bought or has a contract)</source>
        <translation>Bestandskunde (hat gekauft oder einen Vertrag)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail address obtained in connection with a sale</source>
        <translation>E-Mail-Adresse im Zusammenhang mit einem Verkauf erhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Told at collection that they may object at any time</source>
        <translation>Bei der Erhebung auf das jederzeitige Widerspruchsrecht hingewiesen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Person or business</source>
        <translation>Person oder Unternehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer no.</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postcode, city, country</source>
        <translation>PLZ, Ort, Land</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relationship and origin</source>
        <translation>Beziehung und Herkunft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer since</source>
        <translation>Kunde seit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last purchase</source>
        <translation>Letzter Kauf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>— not recorded —</source>
        <translation>— nicht erfasst —</translation>
    </message>
</context>
<context>
    <name>CustomerListExport</name>
    <message>
        <location filename="../../desktop_app/ui/customer/list_export.py" line="+81"/>
        <source>Exporting customers to %1</source>
        <translation>Kunden werden nach %1 exportiert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Counting the customers…</source>
        <translation>Kunden werden gezählt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording the export in the audit trail…</source>
        <translation>Export wird im Änderungsprotokoll festgehalten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 customers written</source>
        <translation>%1 von %2 Kunden geschrieben</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n customer(s) exported to %1.</source>
        <translation>
            <numerusform>%n Kunde nach %1 exportiert.</numerusform>
            <numerusform>%n Kunden nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/customer_picker.py" line="+23"/>
        <source>Type a name, customer no., e-mail or city</source>
        <translation>Name, Kundennummer, E-Mail oder Ort eingeben</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No customer found</source>
        <translation>Kein Kunde gefunden</translation>
    </message>
</context>
<context>
    <name>CustomerReportButtons</name>
    <message>
        <location filename="../../desktop_app/ui/reports/customer_actions.py" line="+31"/>
        <source>Art. 15 report…</source>
        <translation>Auskunft (Art. 15)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent overview and access report (Art. 15 GDPR) for the customer, to print or save</source>
        <translation>Einwilligungsübersicht und Auskunft (Art. 15 DSGVO) für den Kunden, zum Drucken oder Speichern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Data export (Art. 20)…</source>
        <translation>Datenexport (Art. 20)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer&apos;s data as a JSON or Excel file (data portability)</source>
        <translation>Die Daten des Kunden als JSON- oder Excel-Datei (Datenübertragbarkeit)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the customer first.</source>
        <translation>Speichern Sie den Kunden zuerst.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Data export (Art. 20)</source>
        <translation>Datenexport (Art. 20)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON (*.json);;Excel workbook (*.xlsx)</source>
        <translation>JSON (*.json);;Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The file could not be saved to %1:
%2</source>
        <translation>Die Datei konnte nicht unter %1 gespeichert werden:
%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The customer&apos;s data was saved to %1.</source>
        <translation>Die Daten des Kunden wurden unter %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/customer_table.py" line="+54"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restricted</source>
        <translation>eingeschränkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erased</source>
        <translation>gelöscht</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/customers.py" line="+49"/>
        <source>Search name, company, e-mail, phone, city, customer no.</source>
        <translation>Name, Firma, E-Mail, Telefon, Ort, Kundennr. suchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All (not erased)</source>
        <translation>Alle (nicht gelöscht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restricted</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consumers and businesses</source>
        <translation>Verbraucher und Unternehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumers</source>
        <translation>Verbraucher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Businesses</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only customers the rules engine lets you contact today for this purpose and channel</source>
        <translation>Nur Kunden, die laut Regelwerk heute für diesen Zweck und Kanal kontaktiert werden dürfen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New customer…</source>
        <translation>Neuer Kunde…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the list as shown (search, filters, order) as .xlsx or .csv</source>
        <translation>Die Liste so, wie sie angezeigt wird (Suche, Filter, Reihenfolge), als .xlsx oder .csv speichern</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Contactable: any</source>
        <translation>Kontaktierbar: beliebig</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Contactable for %1 · %2</source>
        <translation>Kontaktierbar für %1 · %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checking who may be contacted…</source>
        <translation>Es wird geprüft, wer kontaktiert werden darf…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n Kunde</numerusform>
            <numerusform>%n Kunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DryRunPage</name>
    <message>
        <location filename="../../desktop_app/ui/importing/run_pages.py" line="-112"/>
        <source>Check before importing</source>
        <translation>Vor dem Import prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A trial run: nothing is written to the database yet.</source>
        <translation>Ein Probelauf: Es wird noch nichts in die Datenbank geschrieben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save problem list as .xlsx…</source>
        <translation>Problemliste als .xlsx speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checking the file…</source>
        <translation>Datei wird geprüft…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Check finished: nothing has been written yet.</source>
        <translation>Prüfung abgeschlossen: Es wurde noch nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save problem list</source>
        <translation>Problemliste speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The list could not be saved: %1</source>
        <translation>Die Liste konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem list saved: %1</source>
        <translation>Problemliste gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../desktop_app/ui/customer/erase_dialog.py" line="+31"/>
        <source>Erase customer</source>
        <translation>Kunden löschen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erase the personal data of %1 (Art. 17 GDPR).</source>
        <translation>Die personenbezogenen Daten von %1 löschen (Art. 17 DSGVO).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Gelöscht wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept, and why</source>
        <translation>Erhalten bleibt, und warum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I understand that this cannot be undone.</source>
        <translation>Mir ist bewusst, dass dies nicht rückgängig gemacht werden kann.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <location filename="../../desktop_app/services/erasure.py" line="+117"/>
        <source>E-mail address, mobile number, postal address, date of birth</source>
        <translation>E-Mail-Adresse, Mobilnummer, Postanschrift, Geburtsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes, tags, customer number and free text in the history</source>
        <translation>Notizen, Schlagwörter, Kundennummer und Freitext im Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proof files attached to consents ({attachments})</source>
        <translation>An Einwilligungen angehängte Nachweisdateien ({attachments})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data in campaign-export snapshots ({rows} rows)</source>
        <translation>Personenbezogene Daten in Nachweisen von Kampagnen-Exporten ({rows} Zeilen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A do-not-contact entry with keyed hashes of the e-mail address and phone numbers, so a re-import never revives the person (Art. 17(3), Art. 21(3) GDPR)</source>
        <translation>Ein Sperreintrag mit verschlüsselten Prüfwerten (Hashes) der E-Mail-Adresse und Telefonnummern, damit ein erneuter Import die Person nie wiederbelebt (Art. 17 Abs. 3, Art. 21 Abs. 3 DSGVO)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The consent history without personal data: dates, purposes, channels, legal bases</source>
        <translation>Der Einwilligungsverlauf ohne personenbezogene Daten: Daten, Zwecke, Kanäle, Rechtsgrundlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit trail entry recording the erasure (no personal data)</source>
        <translation>Der Eintrag im Prüfprotokoll über die Löschung (ohne personenbezogene Daten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name, company and phone number</source>
        <translation>Name, Firma und Telefonnummer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name and phone number with the phone-consent evidence, restricted until {until} (§7a UWG: 5 years after the consent and each use)</source>
        <translation>Name und Telefonnummer mit dem Nachweis der Telefon-Einwilligung, eingeschränkt bis {until} (§ 7a UWG: 5 Jahre nach der Einwilligung und jeder Verwendung)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop_app/db/migrate.py" line="+93"/>
        <source>The database file {path} is damaged ({detail}). Restore a backup from {backups}.</source>
        <translation>Die Datenbankdatei {path} ist beschädigt ({detail}). Stellen Sie eine Sicherung aus {backups} wieder her.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This database was written by a newer version of ConsentDesk (schema {revision}). Install the newer version to open it; nothing was changed.</source>
        <translation>Diese Datenbank wurde von einer neueren ConsentDesk-Version geschrieben (Schema {revision}). Installieren Sie die neuere Version, um sie zu öffnen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This database holds tables that ConsentDesk did not create. Choose an empty database or a ConsentDesk database; nothing was changed.</source>
        <translation>Diese Datenbank enthält Tabellen, die nicht von ConsentDesk angelegt wurden. Wählen Sie eine leere Datenbank oder eine ConsentDesk-Datenbank; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/sources.py" line="+64"/>
        <source>A data source needs a name.</source>
        <translation>Eine Datenquelle braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long (at most 200 characters).</source>
        <translation>Der Name ist zu lang (höchstens 200 Zeichen).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A data source named “{name}” already exists.</source>
        <translation>Eine Datenquelle namens „{name}“ gibt es bereits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“Collected from” must not be after “collected to”.</source>
        <translation>„Erhoben ab“ darf nicht nach „Erhoben bis“ liegen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/catalog.py" line="+176"/>
        <source>The code may use lower-case letters, digits, - and _ (at most 40 characters).</source>
        <translation>Der Code darf Kleinbuchstaben, Ziffern, - und _ enthalten (höchstens 40 Zeichen).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A purpose with the code “{code}” exists.</source>
        <translation>Ein Zweck mit dem Code „{code}“ existiert bereits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A purpose needs a German and an English name.</source>
        <translation>Ein Zweck braucht einen deutschen und einen englischen Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The freshness window must be between 1 and 240 months, or none.</source>
        <translation>Die Aktualitätsfrist muss zwischen 1 und 240 Monaten liegen oder leer sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../desktop_app/services/retention.py" line="+129"/>
        <location filename="../../desktop_app/services/sources.py" line="+3"/>
        <source>The retention period must be between 1 and 1200 months.</source>
        <translation>Die Aufbewahrungsfrist muss zwischen 1 und 1200 Monaten liegen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The existing-customer exception (§7(3) UWG) exists for e-mail only.</source>
        <translation>Die Bestandskundenausnahme (§ 7 Abs. 3 UWG) gilt nur für E-Mail.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Presumed consent of businesses (§7(2) Nr. 1 UWG) exists for phone only.</source>
        <translation>Die mutmaßliche Einwilligung von Unternehmen (§ 7 Abs. 2 Nr. 1 UWG) gibt es nur für Telefon.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Legitimate interest without consent is possible for addressed post only (UWG §7).</source>
        <translation>Berechtigtes Interesse ohne Einwilligung ist nur für adressierte Briefwerbung möglich (§ 7 UWG).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A profiling purpose needs consent on every channel; other bases cannot be allowed.</source>
        <translation>Ein Profiling-Zweck braucht auf jedem Kanal eine Einwilligung; andere Rechtsgrundlagen sind nicht zulässig.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/campaigns.py" line="+98"/>
        <location filename="../../desktop_app/services/catalog.py" line="+15"/>
        <location line="+37"/>
        <location filename="../../desktop_app/services/consent_texts.py" line="+55"/>
        <location filename="../../desktop_app/services/repermission.py" line="+127"/>
        <location filename="../../desktop_app/services/retention.py" line="+10"/>
        <source>The purpose no longer exists.</source>
        <translation>Der Zweck existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/catalog.py" line="-33"/>
        <source>The code of a purpose cannot change: imports and scripts use it.</source>
        <translation>Der Code eines Zwecks kann nicht geändert werden: Importe und Skripte verwenden ihn.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/sources.py" line="+4"/>
        <source>A third-party source needs the provider&apos;s name (Art. 14 GDPR: the source).</source>
        <translation>Eine Drittquelle braucht den Namen des Anbieters (Art. 14 DSGVO: Herkunft der Daten).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/retention.py" line="-6"/>
        <source>The description is too long (at most {n} characters).</source>
        <translation>Die Beschreibung ist zu lang (höchstens {n} Zeichen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../desktop_app/services/sources.py" line="+51"/>
        <source>The data source no longer exists.</source>
        <translation>Die Datenquelle existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is already a retention rule for this data source and purpose. Change that rule instead.</source>
        <translation>Für diese Datenquelle und diesen Zweck gibt es schon eine Aufbewahrungsregel. Ändern Sie bitte diese Regel.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The retention rule no longer exists.</source>
        <translation>Die Aufbewahrungsregel gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/foundation.py" line="-36"/>
        <source>--customers must be between 1 and 5,000,000.</source>
        <translation>--customers muss zwischen 1 und 5.000.000 liegen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/bootstrap.py" line="+76"/>
        <source>The database at {location} cannot be opened: {detail}</source>
        <translation>Die Datenbank unter {location} lässt sich nicht öffnen: {detail}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{location} is not a ConsentDesk database or is damaged: {detail}</source>
        <translation>{location} ist keine ConsentDesk-Datenbank oder ist beschädigt: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/suppression.py" line="+45"/>
        <source>The suppression key {path} cannot be read: {detail}</source>
        <translation>Der Sperrlisten-Schlüssel {path} kann nicht gelesen werden: {detail}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The suppression key {path} is damaged. Restore the file from a backup or copy it from the PC that created the database.</source>
        <translation>Der Sperrlisten-Schlüssel {path} ist beschädigt. Stellen Sie die Datei aus einer Sicherung wieder her oder kopieren Sie sie von dem PC, auf dem die Datenbank angelegt wurde.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The suppression key in {path} does not belong to this database. Copy the key file from the PC that created the database.</source>
        <translation>Der Sperrlisten-Schlüssel in {path} gehört nicht zu dieser Datenbank. Kopieren Sie die Schlüsseldatei von dem PC, auf dem die Datenbank angelegt wurde.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The suppression key for this database is missing ({path}). Without it, objections cannot be matched by e-mail or phone. Copy the key file from the PC that created the database or restore it from a backup.</source>
        <translation>Der Sperrlisten-Schlüssel dieser Datenbank fehlt ({path}). Ohne ihn lassen sich Widersprüche nicht über E-Mail-Adresse oder Telefonnummer zuordnen. Kopieren Sie die Schlüsseldatei von dem PC, auf dem die Datenbank angelegt wurde, oder stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The suppression key cannot be saved in {folder}: {detail}. Nothing was changed.</source>
        <translation>Der Sperrlisten-Schlüssel kann nicht in {folder} gespeichert werden: {detail}. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/consent_texts.py" line="+3"/>
        <source>Consent texts can be written in German or English.</source>
        <translation>Einwilligungstexte können auf Deutsch oder Englisch verfasst werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A consent text needs a title.</source>
        <translation>Ein Einwilligungstext braucht einen Titel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The wording is too short to prove what the customer agreed to. Write the full text the customer sees (at least 20 characters).</source>
        <translation>Der Wortlaut ist zu kurz, um zu belegen, worin der Kunde eingewilligt hat. Geben Sie den vollständigen Text ein, den der Kunde sieht (mindestens 20 Zeichen).</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+21"/>
        <source>The consent text no longer exists.</source>
        <translation>Der Einwilligungstext existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Purpose and language of a consent text cannot change; create a new text instead.</source>
        <translation>Zweck und Sprache eines Einwilligungstextes können nicht geändert werden; legen Sie stattdessen einen neuen Text an.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/customer_fields.py" line="+69"/>
        <source>{field} is too long (at most {limit} characters).</source>
        <translation>{field} ist zu lang (höchstens {limit} Zeichen).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{email}” is not a valid e-mail address.</source>
        <translation>„{email}“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“{phone}” is not a valid phone number. Enter it with the area code, e.g. 030 1234567 or +49 30 1234567.</source>
        <translation>„{phone}“ ist keine gültige Telefonnummer. Bitte geben Sie sie mit Vorwahl ein, z. B. 030 1234567 oder +49 30 1234567.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The country must be a two-letter code such as DE, AT or CH.</source>
        <translation>Das Land muss als zweistelliges Kürzel angegeben werden, z. B. DE, AT oder CH.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>German postcodes have five digits (e.g. 01067); “{postcode}” does not.</source>
        <translation>Deutsche Postleitzahlen haben fünf Ziffern (z. B. 01067); „{postcode}“ nicht.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The birth date lies in the future.</source>
        <translation>Das Geburtsdatum liegt in der Zukunft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The birth date {date} is not plausible.</source>
        <translation>Das Geburtsdatum {date} ist nicht plausibel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“Customer since” lies in the future.</source>
        <translation>„Kunde seit“ liegt in der Zukunft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last purchase lies in the future.</source>
        <translation>Der letzte Kauf liegt in der Zukunft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last purchase ({last}) is before “customer since” ({since}).</source>
        <translation>Der letzte Kauf ({last}) liegt vor „Kunde seit“ ({since}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/customers.py" line="+133"/>
        <source>A tag name is too long (at most {limit} characters).</source>
        <translation>Ein Schlagwort ist zu lang (höchstens {limit} Zeichen).</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../desktop_app/services/importing/checks.py" line="+39"/>
        <source>A customer needs a last name or a company name.</source>
        <extracomment>Every field a row can set, in CustomerInput order (tags and source are handled apart).</extracomment>
        <translation>Ein Kunde braucht einen Nachnamen oder einen Firmennamen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop_app/services/importing/checks.py" line="+1"/>
        <source>A business customer needs a company name.</source>
        <translation>Ein Geschäftskunde braucht einen Firmennamen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../desktop_app/services/importing/checks.py" line="+1"/>
        <source>“Address obtained in a sale” needs an existing customer (UWG §7(3)): mark the customer as existing customer or clear the flag.</source>
        <translation>„Adresse im Rahmen eines Verkaufs erhalten“ setzt einen Bestandskunden voraus (§ 7 Abs. 3 UWG): Markieren Sie den Kunden als Bestandskunden oder entfernen Sie das Häkchen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../desktop_app/services/ledger_checks.py" line="+173"/>
        <source>The selected data source no longer exists.</source>
        <translation>Die gewählte Datenquelle existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The customer number “{number}” is already in use.</source>
        <translation>Die Kundennummer „{number}“ ist bereits vergeben.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>An erased customer cannot be edited.</source>
        <translation>Ein gelöschter Kunde kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Someone else changed this customer (in another window or on another PC) after you opened it. Reload the customer and make your change again.</source>
        <translation>Jemand anderes hat diesen Kunden geändert (in einem anderen Fenster oder an einem anderen PC), nachdem Sie ihn geöffnet haben. Laden Sie den Kunden neu und nehmen Sie Ihre Änderung noch einmal vor.</translation>
    </message>
    <message>
        <location line="+44"/>
        <location filename="../../desktop_app/services/ledger_checks.py" line="-45"/>
        <location filename="../../desktop_app/services/objections.py" line="+212"/>
        <location filename="../../desktop_app/services/requests.py" line="+87"/>
        <source>The customer no longer exists.</source>
        <translation>Der Kunde existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/attachments.py" line="+45"/>
        <source>An attachment needs a file name.</source>
        <translation>Ein Anhang braucht einen Dateinamen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The attachment&apos;s file name is too long (at most 255 characters).</source>
        <translation>Der Dateiname des Anhangs ist zu lang (höchstens 255 Zeichen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The attachment “{name}” is empty.</source>
        <translation>Der Anhang „{name}“ ist leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The attachment “{name}” is larger than {limit} MB.</source>
        <translation>Der Anhang „{name}“ ist größer als {limit} MB.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The attachment no longer exists.</source>
        <translation>Der Anhang existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/ledger_checks.py" line="-104"/>
        <source>The date {when} lies in the future. Enter when it actually happened.</source>
        <translation>Das Datum {when} liegt in der Zukunft. Geben Sie an, wann es tatsächlich geschah.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This consent was last changed on {last}; a new entry cannot be dated before that ({when}).</source>
        <translation>Diese Einwilligung wurde zuletzt am {last} geändert; ein neuer Eintrag kann nicht davor datiert werden ({when}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer has already given this consent ({purpose}, {channel}). To record a fresh confirmation, renew the consent.</source>
        <translation>Der Kunde hat diese Einwilligung bereits erteilt ({purpose}, {channel}). Um eine erneute Bestätigung zu erfassen, erneuern Sie die Einwilligung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This consent is currently given. If the customer no longer agrees, record a withdrawal.</source>
        <translation>Diese Einwilligung ist derzeit erteilt. Wenn der Kunde nicht mehr einverstanden ist, erfassen Sie einen Widerruf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a given consent or one awaiting double opt-in confirmation can be withdrawn.</source>
        <translation>Nur eine erteilte oder auf die Double-Opt-in-Bestätigung wartende Einwilligung kann widerrufen werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This consent is not awaiting a double opt-in confirmation.</source>
        <translation>Diese Einwilligung wartet nicht auf eine Double-Opt-in-Bestätigung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The withdrawal ({when}) cannot be dated before the consent was given ({granted}).</source>
        <translation>Der Widerruf ({when}) kann nicht vor der Erteilung der Einwilligung ({granted}) datiert werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The double opt-in request ({requested}) cannot be dated before the consent ({granted}).</source>
        <translation>Die Double-Opt-in-Anfrage ({requested}) kann nicht vor der Einwilligung ({granted}) datiert werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The double opt-in confirmation ({confirmed}) cannot be dated before the consent ({granted}).</source>
        <translation>Die Double-Opt-in-Bestätigung ({confirmed}) kann nicht vor der Einwilligung ({granted}) datiert werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The double opt-in confirmation ({confirmed}) cannot be dated before the confirmation request ({requested}).</source>
        <translation>Die Double-Opt-in-Bestätigung ({confirmed}) kann nicht vor der Bestätigungsanfrage ({requested}) datiert werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“Valid until” ({until}) lies before the day the consent was given ({granted}).</source>
        <translation>„Gültig bis“ ({until}) liegt vor dem Tag, an dem die Einwilligung erteilt wurde ({granted}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an express consent, or a presumed consent of a business customer for phone calls, can be recorded. Legitimate interest and the existing-customer exception follow from the customer record.</source>
        <translation>Erfasst werden können nur eine ausdrückliche Einwilligung oder die mutmaßliche Einwilligung eines Geschäftskunden für Anrufe. Berechtigtes Interesse und die Bestandskundenausnahme ergeben sich aus den Kundendaten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Presumed consent (UWG §7(2) no. 1) exists only for phone calls to business customers. Consumers, e-mail, SMS and post need an express consent.</source>
        <translation>Eine mutmaßliche Einwilligung (§ 7 Abs. 2 Nr. 1 UWG) gibt es nur für Anrufe bei Geschäftskunden. Verbraucher sowie E-Mail, SMS und Post brauchen eine ausdrückliche Einwilligung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The customer was under 16 when the consent was given ({granted}). It can only be recorded with the consent of a parent or guardian (Art. 8 GDPR): tick “parental consent”.</source>
        <translation>Der Kunde war bei Erteilung der Einwilligung ({granted}) jünger als 16 Jahre. Sie kann nur mit Zustimmung eines Elternteils oder Sorgeberechtigten erfasst werden (Art. 8 DSGVO): Setzen Sie das Häkchen bei „Zustimmung der Eltern“.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/campaign_evidence.py" line="-111"/>
        <location filename="../../desktop_app/services/consent_use.py" line="+100"/>
        <location filename="../../desktop_app/services/reports/campaign_export_report.py" line="+61"/>
        <source>The campaign export no longer exists.</source>
        <translation>Der Kampagnenexport existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/consents.py" line="+54"/>
        <location filename="../../desktop_app/services/ledger.py" line="+320"/>
        <source>The consent no longer exists.</source>
        <translation>Die Einwilligung existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/ledger_checks.py" line="+59"/>
        <source>This customer&apos;s data has been erased; nothing more can be recorded.</source>
        <translation>Die Daten dieses Kunden wurden gelöscht; es kann nichts mehr erfasst werden.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/governance.py" line="+49"/>
        <source>--limit goes with --due and needs a number of at least 1.</source>
        <translation>--limit gehört zu --due und braucht eine Zahl von mindestens 1.</translation>
    </message>
    <message>
        <location line="+164"/>
        <location filename="../../desktop_app/services/ledger_checks.py" line="+10"/>
        <source>The purpose “{purpose}” does not exist.</source>
        <translation>Den Zweck „{purpose}“ gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/ledger_checks.py" line="+8"/>
        <source>The purpose “{purpose}” is no longer in use; no new consents can be recorded for it.</source>
        <translation>Der Zweck „{purpose}“ wird nicht mehr verwendet; für ihn können keine neuen Einwilligungen erfasst werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The purpose “{purpose}” is not used over the channel {channel}.</source>
        <translation>Der Zweck „{purpose}“ wird über den Kanal {channel} nicht genutzt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The selected consent text no longer exists.</source>
        <translation>Der gewählte Einwilligungstext existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The selected consent text belongs to another purpose than “{purpose}”.</source>
        <translation>Der gewählte Einwilligungstext gehört zu einem anderen Zweck als „{purpose}“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Version {version} of the consent text was only used from {valid_from}, after the consent was given ({granted}).</source>
        <translation>Version {version} des Einwilligungstextes wurde erst ab {valid_from} verwendet, also nach Erteilung der Einwilligung ({granted}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/objections.py" line="-63"/>
        <source>The processing of this customer&apos;s data is already restricted.</source>
        <translation>Die Verarbeitung der Daten dieses Kunden ist bereits eingeschränkt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the reason for the restriction (Art. 18(1) GDPR).</source>
        <translation>Geben Sie den Grund für die Einschränkung an (Art. 18 Abs. 1 DSGVO).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The processing of this customer&apos;s data is not restricted.</source>
        <translation>Die Verarbeitung der Daten dieses Kunden ist nicht eingeschränkt.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/campaigns.py" line="-237"/>
        <source>“{value}” is not a date (expected e.g. 2024-12-31).</source>
        <translation>„{value}“ ist kein Datum (erwartet z. B. 2024-12-31).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--campaign brings its purpose, channel and segment; do not give them as well.</source>
        <translation>--campaign bringt Zweck, Kanal und Zielgruppe mit; geben Sie diese nicht zusätzlich an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give --campaign, or --purpose and --channel.</source>
        <translation>Geben Sie --campaign an, oder --purpose und --channel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../desktop_app/services/facts.py" line="+57"/>
        <source>There is no purpose {purpose}.</source>
        <translation>Es gibt keinen Zweck {purpose}.</translation>
    </message>
    <message>
        <location line="+71"/>
        <location filename="../../desktop_app/cli/customer_list.py" line="-14"/>
        <source>Name the file to write: -o FILE.xlsx or -o FILE.csv.</source>
        <translation>Nennen Sie die zu schreibende Datei: -o DATEI.xlsx oder -o DATEI.csv.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/reports.py" line="-114"/>
        <location filename="../../desktop_app/services/facts.py" line="+35"/>
        <source>There is no customer with the id {id}.</source>
        <translation>Es gibt keinen Kunden mit der ID {id}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/requests.py" line="-4"/>
        <source>The request cannot be received in the future.</source>
        <translation>Der Antrag kann nicht in der Zukunft eingegangen sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the customer or enter who made the request.</source>
        <translation>Wählen Sie den Kunden oder geben Sie an, wer den Antrag gestellt hat.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Only an open request can be extended.</source>
        <translation>Nur ein offener Antrag kann verlängert werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The deadline can be extended by one or two months (Art. 12(3) GDPR).</source>
        <translation>Die Frist kann um einen oder zwei Monate verlängert werden (Art. 12 Abs. 3 DSGVO).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An extension needs a reason; the person must be told it (Art. 12(3)).</source>
        <translation>Eine Verlängerung braucht eine Begründung; sie muss der Person mitgeteilt werden (Art. 12 Abs. 3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The one-month deadline has passed; an extension had to be declared before {date}.</source>
        <translation>Die Monatsfrist ist abgelaufen; eine Verlängerung hätte vor dem {date} erklärt werden müssen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Say why the request is rejected; the person must be told (Art. 12(4)).</source>
        <translation>Geben Sie an, warum der Antrag abgelehnt wird; die Person muss es erfahren (Art. 12 Abs. 4).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check and record the requester&apos;s identity before closing the request.</source>
        <translation>Prüfen und vermerken Sie die Identität der antragstellenden Person, bevor Sie den Antrag abschließen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+7"/>
        <source>The request no longer exists.</source>
        <translation>Der Antrag existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/excel/detect.py" line="+81"/>
        <source>The file “{name}” does not exist (any more).</source>
        <translation>Die Datei „{name}“ existiert nicht (mehr).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file “{name}” cannot be opened: another program may be using it, or you may lack the permission to read it. Close it in Excel and try again.</source>
        <translation>Die Datei „{name}“ lässt sich nicht öffnen: Vielleicht verwendet ein anderes Programm sie, oder Ihnen fehlt die Berechtigung, sie zu lesen. Schließen Sie sie in Excel und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file “{name}” is empty (0 bytes).</source>
        <translation>Die Datei „{name}“ ist leer (0 Byte).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“{name}” is in the format of Excel 2 to 4 (before 1995), which cannot be imported. Open it in Excel or LibreOffice and save it as “Excel Workbook (.xlsx)”.</source>
        <translation>„{name}“ hat das Format von Excel 2 bis 4 (vor 1995), das nicht importiert werden kann. Öffnen Sie die Datei in Excel oder LibreOffice und speichern Sie sie als „Excel-Arbeitsmappe (.xlsx)“.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“{name}” is an Excel binary workbook (.xlsb), which cannot be imported. Open it in Excel and save it as “Excel Workbook (.xlsx)”.</source>
        <translation>„{name}“ ist eine binäre Excel-Arbeitsmappe (.xlsb), die nicht importiert werden kann. Öffnen Sie sie in Excel und speichern Sie sie als „Excel-Arbeitsmappe (.xlsx)“.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“{name}” is an Apple Numbers file. In Numbers choose File › Export To › Excel, then import the .xlsx file.</source>
        <translation>„{name}“ ist eine Apple-Numbers-Datei. Wählen Sie in Numbers Ablage › Exportieren › Excel und importieren Sie dann die .xlsx-Datei.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>“{name}” is neither a spreadsheet nor a text (CSV) file: it contains binary data.</source>
        <translation>„{name}“ ist weder eine Tabelle noch eine Textdatei (CSV): Sie enthält Binärdaten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“{name}” is an “XML Spreadsheet 2003” file, which cannot be imported. Open it in Excel and save it as “Excel Workbook (.xlsx)”.</source>
        <translation>„{name}“ ist eine Datei im Format „XML-Kalkulationstabelle 2003“, das nicht importiert werden kann. Öffnen Sie sie in Excel und speichern Sie sie als „Excel-Arbeitsmappe (.xlsx)“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{name}” is a web page (HTML) with a spreadsheet file name, as some shop systems export it. Open it in Excel and save it as “Excel Workbook (.xlsx)”, or export a CSV file instead.</source>
        <translation>„{name}“ ist eine Webseite (HTML) mit dem Namen einer Tabellendatei, wie manche Shopsysteme sie exportieren. Öffnen Sie sie in Excel und speichern Sie sie als „Excel-Arbeitsmappe (.xlsx)“, oder exportieren Sie stattdessen eine CSV-Datei.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/excel/messages.py" line="+10"/>
        <source>“{name}” is damaged or incomplete and cannot be read. If it was downloaded or copied, try again; otherwise open it in Excel or LibreOffice, save it again and import the new copy.</source>
        <translation>„{name}“ ist beschädigt oder unvollständig und kann nicht gelesen werden. Wenn Sie die Datei heruntergeladen oder kopiert haben, versuchen Sie es erneut; andernfalls öffnen Sie sie in Excel oder LibreOffice, speichern Sie sie neu und importieren Sie die neue Kopie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{name}” is password-protected, so it cannot be read. Open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password, clear the field), save it and import it again.</source>
        <translation>„{name}“ ist kennwortgeschützt und kann daher nicht gelesen werden. Öffnen Sie die Datei in Excel, entfernen Sie das Kennwort (Datei › Informationen › Arbeitsmappe schützen › Mit Kennwort verschlüsseln, Feld leeren), speichern Sie sie und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{name}” was refused for safety: it contains XML entity or document type declarations, which spreadsheets do not use and which can be used to attack the program reading them.</source>
        <translation>„{name}“ wurde aus Sicherheitsgründen abgelehnt: Die Datei enthält XML-Entitäts- oder Dokumenttyp-Deklarationen, die Tabellen nicht verwenden und mit denen sich das lesende Programm angreifen lässt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{name}” is too large to import ({size} MB; the limit is {limit} MB). Split the list into smaller files.</source>
        <translation>„{name}“ ist zu groß für den Import ({size} MB; die Grenze liegt bei {limit} MB). Teilen Sie die Liste auf kleinere Dateien auf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{name}” is not a spreadsheet: it looks like {what}. Choose an Excel, LibreOffice or CSV file.</source>
        <translation>„{name}“ ist keine Tabelle, sondern offenbar {what}. Wählen Sie eine Excel-, LibreOffice- oder CSV-Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sheet “{sheet}” is too large to import: it spans {rows} rows and {columns} columns. Delete stray entries far below or to the right of the list, or split the list.</source>
        <translation>Das Tabellenblatt „{sheet}“ ist zu groß für den Import: Es reicht über {rows} Zeilen und {columns} Spalten. Löschen Sie verstreute Einträge weit unterhalb oder rechts der Liste, oder teilen Sie die Liste auf.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/excel/zip_safety.py" line="+37"/>
        <source>“{name}” was refused for safety: it consists of {count} parts (the limit is {limit}), far more than a spreadsheet needs.</source>
        <translation>„{name}“ wurde aus Sicherheitsgründen abgelehnt: Die Datei besteht aus {count} Teilen (die Grenze liegt bei {limit}), weit mehr, als eine Tabelle braucht.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>“{name}” was refused for safety: its part “{part}” would unpack to {ratio} times its stored size ({size} MB), which real spreadsheets never do (a “ZIP bomb”).</source>
        <translation>„{name}“ wurde aus Sicherheitsgründen abgelehnt: Ihr Teil „{part}“ würde beim Entpacken auf das {ratio}-Fache seiner gespeicherten Größe anwachsen ({size} MB), was echte Tabellen nie tun (eine „ZIP-Bombe“).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“{name}” is too large to import: it unpacks to {size} MB (the limit is {limit} MB). Split the list into smaller files.</source>
        <translation>„{name}“ ist zu groß für den Import: Entpackt umfasst die Datei {size} MB (die Grenze liegt bei {limit} MB). Teilen Sie die Liste auf kleinere Dateien auf.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Importing spreadsheets is disabled because the XML protection (defusedxml) is not active. Please reinstall ConsentDesk.</source>
        <translation>Der Import von Tabellen ist gesperrt, weil der XML-Schutz (defusedxml) nicht aktiv ist. Bitte installieren Sie ConsentDesk neu.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/excel/book.py" line="+15"/>
        <source>The file has no sheet named “{sheet}”.</source>
        <translation>Die Datei hat kein Tabellenblatt namens „{sheet}“.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/excel/csv_book.py" line="+30"/>
        <source>“{name}” has more than {limit} rows, more than Excel itself allows. Split the list into smaller files.</source>
        <translation>„{name}“ hat mehr als {limit} Zeilen, mehr als Excel selbst zulässt. Teilen Sie die Liste auf kleinere Dateien auf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A quotation mark in row {row} of “{name}” is never closed, so the rest of the file would end up in one cell. Check that row in a text editor.</source>
        <translation>Ein Anführungszeichen in Zeile {row} von „{name}“ wird nie geschlossen, sodass der Rest der Datei in einer einzigen Zelle landen würde. Prüfen Sie diese Zeile in einem Texteditor.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Line {line} of “{name}” is longer than {limit} characters; this is not a usable CSV file.</source>
        <translation>Zeile {line} von „{name}“ ist länger als {limit} Zeichen; das ist keine verwendbare CSV-Datei.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Line {line} of “{name}” contains binary data (NUL characters); the file is damaged or not a CSV file.</source>
        <translation>Zeile {line} von „{name}“ enthält Binärdaten (NUL-Zeichen); die Datei ist beschädigt oder keine CSV-Datei.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/excel/header.py" line="+28"/>
        <source>No row with column headings was found. The import needs a row of column names (for example Name, E-Mail, PLZ) above the data.</source>
        <extracomment>Rows below a candidate looked at to judge how wide the data is.</extracomment>
        <translation>Es wurde keine Zeile mit Spaltenüberschriften gefunden. Der Import braucht über den Daten eine Zeile mit Spaltennamen (zum Beispiel Name, E-Mail, PLZ).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/excel/table.py" line="+27"/>
        <source>The sheet “{sheet}” is empty.</source>
        <extracomment>Rows read after the first non-empty one to find the headings (candidates plus data below).</extracomment>
        <translation>Das Tabellenblatt „{sheet}“ ist leer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sheet “{sheet}” has column headings in row {row} but no data below them.</source>
        <translation>Das Tabellenblatt „{sheet}“ hat in Zeile {row} Spaltenüberschriften, aber darunter keine Daten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row {row} of the sheet “{sheet}” is empty and cannot be used as the row of column headings.</source>
        <translation>Zeile {row} des Tabellenblatts „{sheet}“ ist leer und kann nicht als Zeile der Spaltenüberschriften dienen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The visible sheets of “{name}” are empty; there is data only on hidden sheets ({sheets}). Choose one of them to import it.</source>
        <translation>Die sichtbaren Tabellenblätter von „{name}“ sind leer; Daten gibt es nur auf ausgeblendeten Blättern ({sheets}). Wählen Sie eines davon aus, um es zu importieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{name}” contains no data: all sheets are empty.</source>
        <translation>„{name}“ enthält keine Daten: Alle Tabellenblätter sind leer.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/business.py" line="+77"/>
        <source>The business needs a name: it heads every report.</source>
        <translation>Das Unternehmen braucht einen Namen: Er steht über jedem Bericht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{field}” is too long (at most {limit} characters).</source>
        <translation>„{field}“ ist zu lang (höchstens {limit} Zeichen).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The address may have at most {lines} lines.</source>
        <translation>Die Anschrift darf höchstens {lines} Zeilen haben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{email}” is not a usable e-mail address.</source>
        <translation>„{email}“ ist keine verwendbare E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/reports/consent_form.py" line="+48"/>
        <source>The purpose “{purpose}” allows consent on no channel, so a form would offer nothing to tick. Enable a channel for it under Purposes first.</source>
        <translation>Der Zweck „{purpose}“ lässt auf keinem Kanal eine Einwilligung zu; ein Formular hätte nichts zum Ankreuzen. Schalten Sie zuerst unter „Zwecke“ einen Kanal dafür frei.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/reports.py" line="-85"/>
        <source>The record of processing activities takes no id.</source>
        <translation>Das Verzeichnis von Verarbeitungstätigkeiten braucht keine ID.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no consent text with the id {id}.</source>
        <translation>Es gibt keinen Einwilligungstext mit der ID {id}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The consent overview takes no id.</source>
        <translation>Die Einwilligungsübersicht benötigt keine ID.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Give the number of a campaign export (shown with the campaign&apos;s exports).</source>
        <translation>Geben Sie die Nummer eines Kampagnen-Exports an (steht bei den Exporten der Kampagne).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no campaign export with the number {id}.</source>
        <translation>Es gibt keinen Kampagnen-Export mit der Nummer {id}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the id of a consent text (a number, shown on the Consent texts page).</source>
        <translation>Geben Sie die ID eines Einwilligungstexts an (eine Zahl, zu sehen auf der Seite „Einwilligungstexte“).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give the id of a customer (a number).</source>
        <translation>Geben Sie die ID eines Kunden an (eine Zahl).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} ist ein Ordner; geben Sie einen Dateinamen an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../desktop_app/services/campaign_writing.py" line="-124"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Den Ordner {folder} gibt es nicht.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+52"/>
        <source>{path} cannot be written: {detail}</source>
        <translation>{path} kann nicht geschrieben werden: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evaluation.py" line="-62"/>
        <source>“{value}” is not a customer id (a number).</source>
        <translation>„{value}“ ist keine Kunden-ID (eine Zahl).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/campaigns.py" line="-66"/>
        <location filename="../../desktop_app/cli/evaluation.py" line="+10"/>
        <source>Unknown channel “{value}”; use one of: {choices}.</source>
        <translation>Unbekannter Kanal „{value}“; möglich sind: {choices}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evaluation.py" line="+16"/>
        <source>“{value}” is not a date (expected e.g. 31.12.2024 or 2024-12-31).</source>
        <translation>„{value}“ ist kein Datum (erwartet z. B. 31.12.2024 oder 2024-12-31).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/importing/profile.py" line="+120"/>
        <source>The import profile is not valid JSON: {detail}</source>
        <translation>Das Importprofil ist kein gültiges JSON: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is not a ConsentDesk import profile.</source>
        <translation>Die Datei ist kein ConsentDesk-Importprofil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import profile has format version {version}; this ConsentDesk reads version {supported}. Update ConsentDesk or save the profile again with this version.</source>
        <translation>Das Importprofil hat die Formatversion {version}; diese ConsentDesk-Version liest Version {supported}. Aktualisieren Sie ConsentDesk oder speichern Sie das Profil mit dieser Version neu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The import profile has an invalid entry “{entry}”: {problem}</source>
        <translation>Das Importprofil enthält einen ungültigen Eintrag „{entry}“: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not one of {allowed}</source>
        <translation>„{value}“ ist keiner der Werte {allowed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected {expected}</source>
        <translation>erwartet: {expected}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown settings {keys}</source>
        <translation>unbekannte Einstellungen {keys}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The columns {columns} are all mapped to “{target}”; choose one of them and ignore the others.</source>
        <translation>Die Spalten {columns} sind alle „{target}“ zugeordnet; wählen Sie eine davon und ignorieren Sie die anderen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a consent column needs a purpose and a channel</source>
        <translation>eine Einwilligungsspalte braucht einen Zweck und einen Kanal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/importing/run.py" line="+41"/>
        <source>The import settings name columns the sheet “{sheet}” does not have: {columns}.</source>
        <translation>Die Importeinstellungen nennen Spalten, die das Tabellenblatt „{sheet}“ nicht hat: {columns}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>Der Import wurde abgebrochen. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be read to the end (after row {row}): {message} Nothing was imported.</source>
        <translation>Die Datei konnte nicht bis zum Ende gelesen werden (nach Zeile {row}): {message} Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file contains customers who are already in the database. Choose whether to skip them, fill their empty fields or overwrite them, then import again. Nothing was imported.</source>
        <translation>Die Datei enthält Kunden, die schon in der Datenbank sind. Wählen Sie, ob diese übersprungen, ihre leeren Felder ergänzt oder ihre Angaben überschrieben werden sollen, und importieren Sie dann erneut. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Someone else changed customers at the same time (a customer number or record was taken meanwhile). Nothing was imported; start the import again.</source>
        <translation>Jemand anderes hat gleichzeitig Kunden geändert (eine Kundennummer oder ein Datensatz wurde inzwischen vergeben). Es wurde nichts importiert; starten Sie den Import erneut.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/importing/writer.py" line="+44"/>
        <source>Customers in the file were changed by someone else while the import ran. Nothing was imported; start the import again.</source>
        <translation>Kunden aus der Datei wurden während des Imports von jemand anderem geändert. Es wurde nichts importiert; starten Sie den Import erneut.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/importing/resolve.py" line="+27"/>
        <source>Choose the data source of the list (where its people and consents come from, Art. 14 GDPR) before importing it.</source>
        <translation>Wählen Sie vor dem Import die Datenquelle der Liste (woher die Personen und Einwilligungen stammen, Art. 14 DSGVO).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no data source named “{name}”. Create it under Data sources, or describe it in the import settings (kind, third party, provider) so that the import creates it.</source>
        <translation>Es gibt keine Datenquelle namens „{name}“. Legen Sie sie unter Datenquellen an oder beschreiben Sie sie in den Importeinstellungen (Art, Fremdquelle, Anbieter), damit der Import sie anlegt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data source “{name}” is recorded as {recorded}, but the import settings describe it as {given}. Correct one of them.</source>
        <translation>Die Datenquelle „{name}“ ist als {recorded} erfasst, die Importeinstellungen beschreiben sie aber als {given}. Korrigieren Sie eines von beiden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a third-party list</source>
        <translation>Fremdliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the business&apos;s own source</source>
        <translation>eigene Quelle des Unternehmens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{label}” does not name a consent text; write it like newsletter-de-v2 (purpose-language-version).</source>
        <translation>„{label}“ bezeichnet keinen Einwilligungstext; schreiben Sie ihn wie newsletter-de-v2 (Zweck-Sprache-Version).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no consent text “{label}”.</source>
        <translation>Es gibt keinen Einwilligungstext „{label}“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The consent text “{label}” belongs to another purpose than the column “{column}” ({purpose}).</source>
        <translation>Der Einwilligungstext „{label}“ gehört zu einem anderen Zweck als die Spalte „{column}“ ({purpose}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The columns “{first}” and “{second}” are both mapped to the consent {purpose} / {channel}.</source>
        <translation>Die Spalten „{first}“ und „{second}“ sind beide der Einwilligung {purpose} / {channel} zugeordnet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/importing/batches.py" line="+50"/>
        <location filename="../../desktop_app/services/importing/undo.py" line="+86"/>
        <source>There is no import batch {batch}.</source>
        <translation>Es gibt keinen Importlauf {batch}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/importing/undo.py" line="+1"/>
        <source>Import batch {batch} has already been undone.</source>
        <translation>Der Importlauf {batch} wurde bereits rückgängig gemacht.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/importing.py" line="-207"/>
        <source>The import profile {path} cannot be read: {detail}</source>
        <translation>Das Importprofil {path} kann nicht gelesen werden: {detail}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The columns cannot be mapped automatically: {problems} Save a profile with --dry-run --save-profile P.json, correct it and import with --profile P.json.</source>
        <translation>Die Spalten können nicht automatisch zugeordnet werden: {problems} Speichern Sie mit --dry-run --save-profile P.json ein Profil, korrigieren Sie es und importieren Sie mit --profile P.json.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/campaign_segment.py" line="+76"/>
        <source>The segment is not valid JSON.</source>
        <translation>Die Zielgruppe ist kein gültiges JSON.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The segment must be a JSON object ({…}).</source>
        <translation>Die Zielgruppe muss ein JSON-Objekt sein ({…}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown segment field “{field}”; known fields: {known}.</source>
        <translation>Unbekanntes Zielgruppenfeld „{field}“; bekannte Felder: {known}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“Customer since” from {start} is after “to” {end}.</source>
        <translation>„Kunde seit“ von {start} liegt nach „bis“ {end}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Segment field “{field}”: expected {expected}.</source>
        <translation>Zielgruppenfeld „{field}“: erwartet wird {expected}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a list of texts</source>
        <translation>eine Liste von Texten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segment field “{field}”: at most {count} values.</source>
        <translation>Zielgruppenfeld „{field}“: höchstens {count} Werte.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a text</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“consumer” or “business”</source>
        <translation>„consumer“ oder „business“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a list of data source ids (numbers)</source>
        <translation>eine Liste von Datenquellen-IDs (Zahlen)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a date like 2024-12-31</source>
        <translation>ein Datum wie 2024-12-31</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“{value}” is not a postcode or a postcode range like 10000-14999.</source>
        <translation>„{value}“ ist keine Postleitzahl und kein Postleitzahlbereich wie 10000-14999.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In the range “{value}” both postcodes need the same number of characters and the first must not be larger than the second.</source>
        <translation>Im Bereich „{value}“ müssen beide Postleitzahlen gleich viele Zeichen haben, und die erste darf nicht größer sein als die zweite.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>There is no tag “{tag}”.</source>
        <translation>Es gibt kein Schlagwort „{tag}“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no data source with the id {id}.</source>
        <translation>Es gibt keine Datenquelle mit der ID {id}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/campaigns.py" line="+4"/>
        <source>The purpose “{purpose}” is not used over the channel {channel}; choose another channel or enable it in the purpose&apos;s settings.</source>
        <translation>Der Zweck „{purpose}“ wird über den Kanal {channel} nicht verfolgt; wählen Sie einen anderen Kanal oder schalten Sie ihn in den Einstellungen des Zwecks frei.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A campaign needs a name.</source>
        <translation>Eine Kampagne braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The campaign name may have at most 200 characters.</source>
        <translation>Der Kampagnenname darf höchstens 200 Zeichen haben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+21"/>
        <source>A campaign named “{name}” exists.</source>
        <translation>Es gibt bereits eine Kampagne namens „{name}“.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The owner may have at most 200 characters.</source>
        <translation>Die verantwortliche Person darf höchstens 200 Zeichen haben.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/campaign_export.py" line="-54"/>
        <source>The export was cancelled; nothing was recorded.</source>
        <translation>Der Export wurde abgebrochen; es wurde nichts festgehalten.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Unknown column “{column}”; known columns: {known}.</source>
        <translation>Unbekannte Spalte „{column}“; bekannte Spalten: {known}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose at least one column.</source>
        <translation>Wählen Sie mindestens eine Spalte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An export lists whom you may contact from today on; a date in the past would include people who have objected or withdrawn since. Use the preview to look at past dates.</source>
        <translation>Ein Export listet, wen Sie ab heute ansprechen dürfen; ein Datum in der Vergangenheit würde Personen enthalten, die inzwischen widersprochen oder widerrufen haben. Vergangene Tage können Sie in der Vorschau ansehen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../desktop_app/services/campaigns.py" line="+76"/>
        <source>The campaign no longer exists.</source>
        <translation>Die Kampagne existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The campaign is archived; restore it to export.</source>
        <translation>Die Kampagne ist archiviert; stellen Sie sie wieder her, um zu exportieren.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location filename="../../desktop_app/services/customer_list_export.py" line="-174"/>
        <source>{rows} rows do not fit on an Excel sheet (at most 1,048,575); export to .csv.</source>
        <translation>{rows} Zeilen passen nicht auf ein Excel-Blatt (höchstens 1.048.575); exportieren Sie als .csv.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/campaigns.py" line="+41"/>
        <source>There is no campaign named “{name}”.</source>
        <translation>Es gibt keine Kampagne namens „{name}“.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/campaign_writing.py" line="-7"/>
        <source>Export to a file ending in .xlsx or .csv, not “{name}”.</source>
        <translation>Exportieren Sie in eine Datei mit der Endung .xlsx oder .csv, nicht „{name}“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CSV separator must be ; or ,</source>
        <translation>Das CSV-Trennzeichen muss ; oder , sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is a folder.</source>
        <translation>{path} ist ein Ordner.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot write in the folder {folder}: {detail}</source>
        <translation>Im Ordner {folder} kann nicht geschrieben werden: {detail}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The file {path} cannot be replaced. Is it open in another program, e.g. Excel?</source>
        <translation>Die Datei {path} kann nicht ersetzt werden. Ist sie in einem anderen Programm geöffnet, z. B. Excel?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/portability.py" line="+179"/>
        <source>Export to a file ending in .json or .xlsx (not “{name}”).</source>
        <translation>Exportieren Sie in eine Datei mit der Endung .json oder .xlsx (nicht „{name}“).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/merge.py" line="+224"/>
        <source>A customer cannot be merged with itself.</source>
        <translation>Ein Kunde kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Unknown field “{field}”. Known fields: {known}.</source>
        <translation>Unbekanntes Feld „{field}“. Bekannte Felder: {known}.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Someone changed one of the two customers after the merge was prepared. Open the merge again.</source>
        <translation>Jemand hat einen der beiden Kunden geändert, nachdem die Zusammenführung vorbereitet wurde. Öffnen Sie die Zusammenführung erneut.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/repermission.py" line="-13"/>
        <source>Choose between 0 and {max} days ahead.</source>
        <translation>Wählen Sie zwischen 0 und {max} Tagen im Voraus.</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location filename="../../desktop_app/ui/campaigns/export_dialog.py" line="+116"/>
        <source>Evidence of export no. %1</source>
        <translation>Nachweis zu Export Nr. %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SHA-256 of the file: %1</source>
        <translation>SHA-256 der Datei: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re-export…</source>
        <translation>Erneut exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print evidence…</source>
        <translation>Nachweis drucken…</translation>
    </message>
</context>
<context>
    <name>ExportChoice</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/export_choice.py" line="+34"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV text (*.csv)</source>
        <translation>CSV-Text (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop_app/ui/campaigns/export_dialog.py" line="-79"/>
        <source>Export the contactable list</source>
        <translation>Liste der Ansprechbaren exportieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Excel workbook (.xlsx) with evidence sheet</source>
        <translation>Excel-Arbeitsmappe (.xlsx) mit Nachweisblatt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV text (.csv) for mailing tools</source>
        <translation>CSV-Text (.csv) für Versandprogramme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Semicolon ; (German Excel)</source>
        <translation>Semikolon ; (deutsches Excel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma ,</source>
        <translation>Komma ,</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 customers will be in the list. The export is recorded as a use of every consent it relies on.</source>
        <translation>%1 Kunden werden in der Liste stehen. Der Export wird als Nutzung jeder Einwilligung festgehalten, auf die er sich stützt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV separator</source>
        <translation>CSV-Trennzeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../desktop_app/ui/importing/file_page.py" line="+51"/>
        <source>Choose the file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel (.xlsx, .xlsm, .xls), OpenDocument (.ods) or CSV. Nothing is imported yet.</source>
        <translation>Excel (.xlsx, .xlsm, .xls), OpenDocument (.ods) oder CSV. Noch wird nichts importiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The row with the column headings, as Excel numbers it</source>
        <translation>Die Zeile mit den Spaltenüberschriften, wie Excel sie nummeriert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet:</source>
        <translation>Tabellenblatt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headings in row:</source>
        <translation>Überschriften in Zeile:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import customers</source>
        <translation>Kunden importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</source>
        <translation>Tabellen (*.xlsx *.xlsm *.xls *.ods *.csv);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Governance</name>
    <message>
        <location filename="../../desktop_app/services/governance.py" line="+41"/>
        <source>Customers without a data source</source>
        <translation>Kunden ohne Datenquelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents without evidence (no capture method or no consent-text version)</source>
        <translation>Einwilligungen ohne Nachweis (keine Erhebungsart oder keine Textversion)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consents expiring within 30 days</source>
        <translation>Einwilligungen, die in den nächsten 30 Tagen ablaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stale consents (unused longer than the purpose allows)</source>
        <translation>Veraltete Einwilligungen (länger ungenutzt, als der Zweck erlaubt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double opt-ins pending longer than {days} days</source>
        <translation>Double-Opt-ins, die seit mehr als {days} Tagen ausstehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third-party data: Art. 14 notice due within the month</source>
        <translation>Daten aus Drittquellen: Information nach Art. 14 binnen eines Monats fällig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Third-party data: Art. 14 notice overdue</source>
        <translation>Daten aus Drittquellen: Information nach Art. 14 überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers due for deletion (retention rules)</source>
        <translation>Zur Löschung fällige Kunden (Aufbewahrungsregeln)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers with restricted processing (Art. 18)</source>
        <translation>Kunden mit eingeschränkter Verarbeitung (Art. 18)</translation>
    </message>
</context>
<context>
    <name>GovernancePage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/governance.py" line="+46"/>
        <source>Data governance</source>
        <translation>Daten-Governance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retention rules…</source>
        <translation>Aufbewahrungsregeln…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase customers due for deletion…</source>
        <translation>Zur Löschung fällige Kunden löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for consent again…</source>
        <translation>Erneut um Einwilligung bitten…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a line on the left to see the customers behind it.</source>
        <translation>Wählen Sie links eine Zeile, um die betroffenen Kunden zu sehen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Data-subject requests: %1 open, %2 overdue, next deadline %3.</source>
        <translation>Anträge betroffener Personen: %1 offen, %2 überfällig, nächste Frist %3.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> (showing the first %1)</source>
        <translation> (die ersten %1 werden gezeigt)</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <location filename="../../desktop_app/ui/customer/history.py" line="+21"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How / source</source>
        <translation>Wie / Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>all channels</source>
        <translation>alle Kanäle</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>text %1 v%2</source>
        <translation>Text %1 V%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>proof: %1</source>
        <translation>Nachweis: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>file %1 (SHA-256 %2…)</source>
        <translation>Datei %1 (SHA-256 %2…)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>parental consent</source>
        <translation>Einwilligung der Eltern</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../desktop_app/excel/detect.py" line="-187"/>
        <source>a PDF document</source>
        <translation>ein PDF-Dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an image (PNG)</source>
        <translation>ein Bild (PNG)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an image (JPEG)</source>
        <translation>ein Bild (JPEG)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>an image (GIF)</source>
        <translation>ein Bild (GIF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a compressed archive (RAR)</source>
        <translation>ein komprimiertes Archiv (RAR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a compressed archive (7-Zip)</source>
        <translation>ein komprimiertes Archiv (7-Zip)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a compressed archive (gzip)</source>
        <translation>ein komprimiertes Archiv (gzip)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a program (Windows executable)</source>
        <translation>ein Programm (Windows-Programmdatei)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a program</source>
        <translation>ein Programm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a formatted text document (RTF)</source>
        <translation>ein formatiertes Textdokument (RTF)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>a Word document</source>
        <translation>ein Word-Dokument</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>a PowerPoint presentation</source>
        <translation>eine PowerPoint-Präsentation</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>a text document (OpenDocument)</source>
        <translation>ein Textdokument (OpenDocument)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an OpenDocument file of another kind</source>
        <translation>eine OpenDocument-Datei anderer Art</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a ZIP archive</source>
        <translation>ein ZIP-Archiv</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>an Outlook message</source>
        <translation>eine Outlook-Nachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Microsoft Office file of another kind</source>
        <translation>eine Microsoft-Office-Datei anderer Art</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>an XML document</source>
        <translation>ein XML-Dokument</translation>
    </message>
    <message>
        <location filename="../../desktop_app/excel/header.py" line="+5"/>
        <source>Column {column}</source>
        <translation>Spalte {column}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{heading} ({number})</source>
        <translation>{heading} ({number})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column {column} has no heading; it is called “{name}”.</source>
        <translation>Spalte {column} hat keine Überschrift; sie heißt „{name}“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column {column} repeats the heading “{heading}”; it is called “{name}”.</source>
        <translation>Spalte {column} wiederholt die Überschrift „{heading}“; sie heißt „{name}“.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/excel/table.py" line="+1"/>
        <source>The column headings were taken from row {row}; the rows above it are skipped.</source>
        <translation>Die Spaltenüberschriften stammen aus Zeile {row}; die Zeilen darüber werden übersprungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sheet “{sheet}” holds no table and was skipped.</source>
        <translation>Das Tabellenblatt „{sheet}“ enthält keine Tabelle und wurde übersprungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sheet “{sheet}” is hidden in the file.</source>
        <translation>Das Tabellenblatt „{sheet}“ ist in der Datei ausgeblendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the first {limit} columns are read; the data in column {column} and beyond is ignored.</source>
        <translation>Nur die ersten {limit} Spalten werden gelesen; die Daten ab Spalte {column} werden ignoriert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is not in UTF-8 and was read as Windows-1252, as Excel in Germany saves CSV files. Check that umlauts such as ä, ö, ü look right.</source>
        <translation>Die Datei ist nicht in UTF-8 kodiert und wurde als Windows-1252 gelesen, wie Excel in Deutschland CSV-Dateien speichert. Prüfen Sie, ob Umlaute wie ä, ö, ü richtig aussehen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/excel/values.py" line="+82"/>
        <source>Row {row}, column “{column}”: {message}</source>
        <translation>Zeile {row}, Spalte „{column}“: {message}</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>“{value}” is not a date (expected e.g. 31.12.2024 or 2024-12-31).</source>
        <translation>„{value}“ ist kein Datum (erwartet z. B. 31.12.2024 oder 2024-12-31).</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>“{value}” is not a yes/no answer. Use ja or nein, x for yes, or 1 and 0; leave the cell empty if the person was not asked.</source>
        <translation>„{value}“ ist keine Ja/Nein-Angabe. Verwenden Sie ja oder nein, x für ja oder 1 und 0; lassen Sie die Zelle leer, wenn die Person nicht gefragt wurde.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“{value}” is not a postcode.</source>
        <translation>„{value}“ ist keine Postleitzahl.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The postcode {value} was stored as a number, which drops leading zeros; it was read as {postcode}.</source>
        <translation>Die Postleitzahl {value} war als Zahl gespeichert, wobei führende Nullen verloren gehen; sie wurde als {postcode} gelesen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The postcode {value} has only four digits; it was read as {postcode}. Check it.</source>
        <translation>Die Postleitzahl {value} hat nur vier Ziffern; sie wurde als {postcode} gelesen. Bitte prüfen Sie sie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{value}” is not a German postcode (five digits).</source>
        <translation>„{value}“ ist keine deutsche Postleitzahl (fünf Ziffern).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The phone number {value} was stored as a number, so a leading 0 or + may have been lost. Check it.</source>
        <translation>Die Telefonnummer {value} war als Zahl gespeichert, sodass eine führende 0 oder ein + verloren gegangen sein kann. Bitte prüfen Sie sie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{value}” is not a phone number.</source>
        <translation>„{value}“ ist keine Telefonnummer.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“{value}” is not an e-mail address.</source>
        <translation>„{value}“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/importing/analysis.py" line="+33"/>
        <source>Same customer number as row {row}; this row is skipped.</source>
        <translation>Gleiche Kundennummer wie Zeile {row}; diese Zeile wird übersprungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same e-mail address as row {row}; this row is skipped.</source>
        <translation>Gleiche E-Mail-Adresse wie Zeile {row}; diese Zeile wird übersprungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row {row} already matches the same customer ({number}); this row is skipped.</source>
        <translation>Zeile {row} passt bereits zum selben Kunden ({number}); diese Zeile wird übersprungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The e-mail address belongs to {count} customers ({numbers}); it is not clear which one is meant. Add a column with the customer number.</source>
        <translation>Die E-Mail-Adresse gehört zu {count} Kunden ({numbers}); es ist nicht klar, welcher gemeint ist. Ergänzen Sie eine Spalte mit der Kundennummer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer {number} is restricted (Art. 18 GDPR); the row is not imported.</source>
        <translation>Die Verarbeitung von Kunde {number} ist eingeschränkt (Art. 18 DSGVO); die Zeile wird nicht importiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer {number} already exists and is left as it is.</source>
        <translation>Kunde {number} ist schon vorhanden und bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer {number} already exists; choose whether to skip, fill empty fields or overwrite.</source>
        <translation>Kunde {number} ist schon vorhanden; wählen Sie, ob übersprungen, leere Felder ergänzt oder überschrieben werden soll.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not imported: {reason} on record for this person (matched by customer or hashed contact data). The row&apos;s consents are not recorded.</source>
        <translation>Nicht importiert: Für diese Person ist {reason} erfasst (erkannt am Kunden oder an den gehashten Kontaktdaten). Die Einwilligungen der Zeile werden nicht erfasst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The consent is not recorded: {reason} on record for {channel}.</source>
        <translation>Die Einwilligung wird nicht erfasst: Für {channel} ist {reason} erfasst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an objection to direct marketing</source>
        <translation>ein Widerspruch gegen Direktwerbung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a refusal of this channel</source>
        <translation>eine Ablehnung dieses Kanals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an erasure</source>
        <translation>eine Löschung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a bounced address</source>
        <translation>eine unzustellbare Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Robinson list entry</source>
        <translation>ein Eintrag in der Robinsonliste</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/importing/consents.py" line="+48"/>
        <source>The consent is already given; the file&apos;s entry is not recorded again.</source>
        <translation>Die Einwilligung ist bereits erteilt; die Angabe aus der Datei wird nicht erneut erfasst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The consent was changed after the file&apos;s date; the file&apos;s older entry is not recorded.</source>
        <translation>Die Einwilligung wurde nach dem Datum in der Datei geändert; die ältere Angabe aus der Datei wird nicht erfasst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file says no, but the consent is given. It is left as it is: if the customer withdrew it, record the withdrawal with its date.</source>
        <translation>Die Datei sagt nein, die Einwilligung ist aber erteilt. Sie bleibt unverändert: Falls der Kunde sie widerrufen hat, erfassen Sie den Widerruf mit seinem Datum.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The refusal is already recorded; the file&apos;s entry is not recorded again.</source>
        <translation>Die Ablehnung ist bereits erfasst; die Angabe aus der Datei wird nicht erneut erfasst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consent text {label} was only used from {valid_from}, after this consent was given ({given}).</source>
        <translation>Der Einwilligungstext {label} wurde erst ab {valid_from} verwendet, nach der Erteilung dieser Einwilligung ({given}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/importing/rows.py" line="+79"/>
        <source>“{value}” is neither a consumer nor a business. Write privat or Firma (or B2C / B2B).</source>
        <translation>„{value}“ ist weder ein Privatkunde noch ein Unternehmen. Schreiben Sie privat oder Firma (oder B2C / B2B).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The consent has no date. Map a column with the date it was given or set a date for the whole file in the import settings.</source>
        <translation>Die Einwilligung hat kein Datum. Ordnen Sie eine Spalte mit dem Datum der Erteilung zu oder legen Sie in den Importeinstellungen ein Datum für die ganze Datei fest.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is a double opt-in date but the row records no consent given for “{column}”.</source>
        <translation>Es gibt ein Double-Opt-in-Datum, aber die Zeile enthält keine erteilte Einwilligung für „{column}“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is a withdrawal date but no date on which the consent in “{column}” was given; without it the withdrawal cannot be recorded.</source>
        <translation>Es gibt ein Widerrufsdatum, aber kein Datum, an dem die Einwilligung in „{column}“ erteilt wurde; ohne dieses kann der Widerruf nicht erfasst werden.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/importing/targets.py" line="+91"/>
        <source>Customer number</source>
        <extracomment>Targets any number of columns may have; every other target takes one column at most.</extracomment>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumer or business</source>
        <translation>Privatkunde oder Unternehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>House number (joined to the street)</source>
        <translation>Hausnummer (an die Straße angefügt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Existing customer (yes/no)</source>
        <translation>Bestandskunde (ja/nein)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer since</source>
        <translation>Kunde seit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last purchase</source>
        <translation>Letzter Kauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address obtained in a sale (yes/no)</source>
        <translation>Adresse aus einem Verkauf (ja/nein)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Informed of the right to object (yes/no)</source>
        <translation>Über das Widerspruchsrecht informiert (ja/nein)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags (separated by commas)</source>
        <translation>Schlagwörter (durch Kommas getrennt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent (purpose and channel)</source>
        <translation>Einwilligung (Zweck und Kanal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent given on</source>
        <translation>Einwilligung erteilt am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double opt-in confirmed on</source>
        <translation>Double-Opt-in bestätigt am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent withdrawn on</source>
        <translation>Einwilligung widerrufen am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proof reference of the consents</source>
        <translation>Nachweisverweis der Einwilligungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep in the notes</source>
        <translation>In den Notizen behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/importing/automap.py" line="+18"/>
        <source>The columns {columns} could all be “{target}”; none of them was mapped. Choose one.</source>
        <translation>Die Spalten {columns} könnten alle „{target}“ sein; keine davon wurde zugeordnet. Wählen Sie eine aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No column was recognised as last name or company; every customer needs one of them.</source>
        <translation>Keine Spalte wurde als Nachname oder Firma erkannt; jeder Kunde braucht eines davon.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The consent column “{column}” has no column with the date the consent was given: map one, or set a date for the whole file; otherwise every “yes” in it is an error.</source>
        <translation>Die Einwilligungsspalte „{column}“ hat keine Spalte mit dem Datum der Erteilung: Ordnen Sie eine zu oder legen Sie ein Datum für die ganze Datei fest; sonst ist jedes „ja“ darin ein Fehler.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/importing/issues_xlsx.py" line="+24"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import problems</source>
        <translation>Importprobleme</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/importing/undo.py" line="-34"/>
        <source>Consent {purpose} / {channel} was changed after the import; it is kept.</source>
        <translation>Die Einwilligung {purpose} / {channel} wurde nach dem Import geändert; sie bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer was edited or used after the import (consents, events, exports or requests); kept.</source>
        <translation>Der Kunde wurde nach dem Import bearbeitet oder verwendet (Einwilligungen, Ereignisse, Exporte oder Anfragen); er bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer was edited after the import; the import&apos;s changes to it are kept.</source>
        <translation>Der Kunde wurde nach dem Import bearbeitet; die Änderungen des Imports an ihm bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../desktop_app/ui/importing/history.py" line="+72"/>
        <source>Import history</source>
        <extracomment>At most this many kept customers are listed; the rest are counted. A batch was undone: the customer list must be reloaded.</extracomment>
        <translation>Importverlauf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported</source>
        <translation>Importiert am</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Data source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No customer list has been imported into this database yet.</source>
        <translation>In diese Datenbank wurde noch keine Kundenliste importiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo this import…</source>
        <translation>Diesen Import rückgängig machen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Undone on %1 by %2</source>
        <translation>Rückgängig gemacht am %1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported (batch %1)</source>
        <translation>Importiert (Nr. %1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This import has already been undone; it cannot be undone a second time.</source>
        <translation>Dieser Import wurde bereits rückgängig gemacht; ein zweites Mal geht das nicht.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Checking what undoing this import would change…</source>
        <translation>Es wird geprüft, was das Rückgängigmachen dieses Imports ändern würde…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Undoing the import of %1…</source>
        <translation>Der Import von %1 wird rückgängig gemacht…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The import has been undone. Customers deleted: %1, customers restored: %2, consents deleted: %3.</source>
        <translation>Der Import wurde rückgängig gemacht. Gelöschte Kunden: %1, wiederhergestellte Kunden: %2, gelöschte Einwilligungen: %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kept because they were changed after the import: %1.</source>
        <translation>Behalten, weil nach dem Import geändert: %1.</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../desktop_app/ui/importing/summary.py" line="+21"/>
        <source>granted</source>
        <translation>erteilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>awaiting double opt-in</source>
        <translation>wartet auf Double-Opt-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawn</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New customers created</source>
        <translation>Neue Kunden angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Existing customers updated</source>
        <translation>Bestehende Kunden aktualisiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New customers</source>
        <translation>Neue Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Existing customers to update</source>
        <translation>Zu aktualisierende bestehende Kunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Existing customers unchanged</source>
        <translation>Bestehende Kunden unverändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Existing customers skipped</source>
        <translation>Bestehende Kunden übersprungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicates within the file (skipped)</source>
        <translation>Dubletten in der Datei (übersprungen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows with errors (not imported)</source>
        <translation>Zeilen mit Fehlern (nicht importiert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows blocked by an objection or erasure</source>
        <translation>Durch Widerspruch oder Löschung gesperrte Zeilen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows with warnings</source>
        <translation>Zeilen mit Warnungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows read: %1</source>
        <translation>Gelesene Zeilen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consents recorded</source>
        <translation>Erfasste Einwilligungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consents to record</source>
        <translation>Zu erfassende Einwilligungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some rows match customers already in the database: go back and choose what happens to them.</source>
        <translation>Einige Zeilen passen zu Kunden, die schon in der Datenbank sind: Gehen Sie zurück und wählen Sie, was mit ihnen geschieht.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop_app/ui/importing/wizard.py" line="+48"/>
        <source>Import customers from Excel/CSV</source>
        <extracomment>The profile as far as the user has made it: columns from the mapping page, settings from options. A profile loaded from a file: its settings are kept when the mapping is redone. The batch id of a committed import; the main window reloads its customer list.</extracomment>
        <translation>Kunden aus Excel/CSV importieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import now</source>
        <translation>Jetzt importieren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/run_pages.py" line="-147"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 of about %2 rows</source>
        <translation>%1 von etwa %2 Zeilen</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop_app/services/reports/legal_bases.py" line="+26"/>
        <location filename="../../desktop_app/vocabulary.py" line="+22"/>
        <location line="+34"/>
        <source>Web form</source>
        <translation>Webformular</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/vocabulary.py" line="-33"/>
        <source>Shop checkout</source>
        <translation>Onlineshop-Bestellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/vocabulary.py" line="+1"/>
        <source>Trade fair</source>
        <translation>Messe</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/vocabulary.py" line="+1"/>
        <location line="+32"/>
        <source>Paper form</source>
        <translation>Papierformular</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/vocabulary.py" line="-31"/>
        <location line="+32"/>
        <source>Phone call</source>
        <translation>Telefonat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/vocabulary.py" line="-31"/>
        <source>Purchased / third-party list</source>
        <translation>Gekaufte Liste / Liste von Dritten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/vocabulary.py" line="+1"/>
        <source>Existing customer relationship</source>
        <translation>Bestehende Kundenbeziehung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/vocabulary.py" line="+1"/>
        <source>Excel import</source>
        <translation>Excel-Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/vocabulary.py" line="+1"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../../desktop_app/vocabulary.py" line="+10"/>
        <source>Access (Art. 15)</source>
        <translation>Auskunft (Art. 15)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rectification (Art. 16)</source>
        <translation>Berichtigung (Art. 16)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erasure (Art. 17)</source>
        <translation>Löschung (Art. 17)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restriction (Art. 18)</source>
        <translation>Einschränkung (Art. 18)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portability (Art. 20)</source>
        <translation>Datenübertragbarkeit (Art. 20)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objection (Art. 21)</source>
        <translation>Widerspruch (Art. 21)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawal of consent (Art. 7(3))</source>
        <translation>Widerruf der Einwilligung (Art. 7 Abs. 3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consent (Art. 6(1)(a) GDPR)</source>
        <translation>Einwilligung (Art. 6 Abs. 1 lit. a DSGVO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legitimate interest (Art. 6(1)(f) GDPR)</source>
        <translation>Berechtigtes Interesse (Art. 6 Abs. 1 lit. f DSGVO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract (Art. 6(1)(b) GDPR)</source>
        <translation>Vertrag (Art. 6 Abs. 1 lit. b DSGVO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Existing customer (§7(3) UWG)</source>
        <translation>Bestandskunde (§ 7 Abs. 3 UWG)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presumed consent of a business (§7(2) Nr. 1 UWG)</source>
        <translation>Mutmaßliche Einwilligung eines Unternehmens (§ 7 Abs. 2 Nr. 1 UWG)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent given</source>
        <translation>Einwilligung erteilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double opt-in requested</source>
        <translation>Double-Opt-in angefordert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double opt-in confirmed</source>
        <translation>Double-Opt-in bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent withdrawn</source>
        <translation>Einwilligung widerrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent refused</source>
        <translation>Einwilligung abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent renewed</source>
        <translation>Einwilligung erneuert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used in a campaign export</source>
        <translation>In einem Kampagnen-Export verwendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objection to direct marketing (Art. 21)</source>
        <translation>Widerspruch gegen Direktwerbung (Art. 21)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused contact over this channel</source>
        <translation>Kontakt über diesen Kanal abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing restricted (Art. 18)</source>
        <translation>Verarbeitung eingeschränkt (Art. 18)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restriction lifted</source>
        <translation>Einschränkung aufgehoben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erased (Art. 17)</source>
        <translation>Gelöscht (Art. 17)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged with another record</source>
        <translation>Mit einem anderen Datensatz zusammengeführt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Informed under Art. 14</source>
        <translation>Nach Art. 14 informiert</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/display.py" line="+35"/>
        <location filename="../../desktop_app/services/reports/vocab.py" line="+97"/>
        <source>all channels</source>
        <translation>alle Kanäle</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop_app/services/reports/texts.py" line="+20"/>
        <location filename="../../desktop_app/vocabulary.py" line="-53"/>
        <location line="+26"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/services/reports/texts.py" line="+1"/>
        <location filename="../../desktop_app/vocabulary.py" line="-25"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/services/reports/texts.py" line="+1"/>
        <location filename="../../desktop_app/vocabulary.py" line="+1"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/services/reports/texts.py" line="+1"/>
        <location filename="../../desktop_app/vocabulary.py" line="+1"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="+86"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data sources</source>
        <translation>Datenquellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purposes</source>
        <translation>Zwecke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent texts</source>
        <translation>Einwilligungstexte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>Anträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Governance</source>
        <translation>Governance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import customers…</source>
        <translation>Kunden importieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import history…</source>
        <translation>Importverlauf…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print record of processing activities…</source>
        <translation>Verzeichnis von Verarbeitungstätigkeiten drucken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print consent overview…</source>
        <translation>Einwilligungsübersicht drucken…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ConsentDesk</source>
        <translation>Ü&amp;ber ConsentDesk</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ConsentDesk database (*.sqlite3 *.db);;All files (*)</source>
        <translation>ConsentDesk-Datenbank (*.sqlite3 *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;h3&gt;ConsentDesk %1&lt;/h3&gt;&lt;p&gt;Who may be contacted, for what, over which channel, on which legal basis and since when — with the evidence.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt;&lt;br&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ConsentDesk %1&lt;/h3&gt;&lt;p&gt;Wer darf wofür, über welchen Kanal, auf welcher Rechtsgrundlage und seit wann kontaktiert werden – mit Nachweis.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Datenbank:&lt;/b&gt;&lt;br&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About ConsentDesk</source>
        <translation>Über ConsentDesk</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../desktop_app/ui/importing/mapping_page.py" line="+55"/>
        <source>Assign the columns</source>
        <extracomment>What a consent&apos;s own date column may be imported as besides being that date.</extracomment>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose what each column is imported as. Columns nobody recognised are ignored: keep only what you need.</source>
        <translation>Wählen Sie, als was jede Spalte importiert wird. Nicht erkannte Spalten werden ignoriert: Übernehmen Sie nur, was Sie brauchen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sample values</source>
        <translation>Beispielwerte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consent given on</source>
        <translation>Einwilligung erteilt am</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The column holding the date this consent was given. Without one, the column “Consent given on” or the date for the whole file set on the next page is used.</source>
        <translation>Die Spalte mit dem Datum, an dem diese Einwilligung erteilt wurde. Ohne sie gilt die Spalte „Einwilligung erteilt am“ oder das Datum für die ganze Datei auf der nächsten Seite.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Load profile…</source>
        <translation>Profil laden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save profile…</source>
        <translation>Profil speichern…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>(general date)</source>
        <translation>(allgemeines Datum)</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Choose a purpose for the consent column “%1”.</source>
        <translation>Wählen Sie einen Zweck für die Einwilligungsspalte „%1“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is imported as “%2”; it cannot also be the date of the consent in “%3”.</source>
        <translation>„%1“ wird als „%2“ importiert und kann nicht zugleich das Datum der Einwilligung in „%3“ sein.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Assign a column to “Last name” or “Company”: every customer needs one.</source>
        <translation>Ordnen Sie eine Spalte „Nachname“ oder „Firma“ zu: Jeder Kunde braucht eines davon.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import profiles (*.json);;All files (*)</source>
        <translation>Importprofile (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load import profile</source>
        <translation>Importprofil laden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The profile could not be read: %1</source>
        <translation>Das Profil konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The profile names columns this sheet does not have: %1</source>
        <translation>Das Profil nennt Spalten, die dieses Tabellenblatt nicht hat: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save import profile</source>
        <translation>Importprofil speichern</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The profile could not be saved: %1</source>
        <translation>Das Profil konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <location filename="../../desktop_app/services/merge.py" line="-306"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumer or business</source>
        <translation>Privat- oder Geschäftskunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postal address</source>
        <translation>Postanschrift</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Existing customer (§7(3) UWG)</source>
        <translation>Bestandskunde (§7 Abs. 3 UWG)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Data source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Consumer</source>
        <translation>Privatkunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business</source>
        <translation>Geschäftskunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>existing customer</source>
        <translation>Bestandskunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last purchase {date}</source>
        <translation>letzter Kauf {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address from a sale</source>
        <translation>Adresse aus einem Kauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>informed of the right to object</source>
        <translation>über Widerspruchsrecht informiert</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>“Address obtained in a sale” is cleared: it was recorded for another e-mail address than the one kept (UWG §7(3)).</source>
        <translation>„Adresse aus einem Kauf“ wird entfernt: Sie wurde für eine andere E-Mail-Adresse erfasst als die behaltene (§7 Abs. 3 UWG).</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Processing of {other} is restricted (Art. 18 GDPR): the merged record will be too.</source>
        <translation>Die Verarbeitung von {other} ist eingeschränkt (Art. 18 DSGVO): Der zusammengeführte Datensatz wird es ebenfalls.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where one record says yes and the other no for the same purpose and channel, the no wins: the consent is withdrawn and the customer has to be asked again.</source>
        <translation>Wo ein Datensatz für denselben Zweck und Kanal Ja und der andere Nein sagt, gilt das Nein: Die Einwilligung wird widerrufen, und der Kunde muss neu gefragt werden.</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Customer {number} was merged into this record.</source>
        <translation>Kunde {number} wurde in diesen Datensatz übernommen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged into customer {number}.</source>
        <translation>Zusammengeführt mit Kunde {number} (dort weitergeführt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge: customer {number} said no for this purpose and channel ({status}, {date}).</source>
        <translation>Zusammenführung: Kunde {number} hat für diesen Zweck und Kanal Nein gesagt ({status}, {date}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>granted</source>
        <translation>erteilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>awaiting double opt-in</source>
        <translation>wartet auf Double-Opt-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawn</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop_app/ui/customer/merge_dialog.py" line="+52"/>
        <source>Merge customers</source>
        <translation>Kunden zusammenführen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two records of the same person become one. The kept record takes over every consent with its history, objections, requests and campaign uses of the other; the other record is closed.</source>
        <translation>Zwei Datensätze derselben Person werden zu einem. Der behaltene Datensatz übernimmt alle Einwilligungen mit ihrer Historie, Widersprüche, Anfragen und Kampagnen-Verwendungen des anderen; der andere Datensatz wird geschlossen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Find the other record: name, customer no., e-mail, phone</source>
        <translation>Anderen Datensatz suchen: Name, Kundennr., E-Mail, Telefon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Swap: keep the other record</source>
        <translation>Tauschen: den anderen behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge with:</source>
        <translation>Zusammenführen mit:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which value to keep</source>
        <translation>Welcher Wert bleibt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Both records belong to the same person. Merge them.</source>
        <translation>Beide Datensätze gehören zur selben Person. Zusammenführen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No other record found</source>
        <translation>Kein anderer Datensatz gefunden</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Keep: %1</source>
        <translation>Behalten: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge in: %1</source>
        <translation>Übernehmen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n consent event(s) with their evidence</source>
        <translation>
            <numerusform>%n Einwilligungsereignis mit Nachweis</numerusform>
            <numerusform>%n Einwilligungsereignisse mit Nachweisen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n objection(s), refusal(s) or other do-not-contact entries</source>
        <translation>
            <numerusform>%n Widerspruch, Ablehnung oder anderer Sperreintrag</numerusform>
            <numerusform>%n Widersprüche, Ablehnungen oder andere Sperreinträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n other history entries (restriction, objection, …)</source>
        <translation>
            <numerusform>%n weiterer Historieneintrag (Einschränkung, Widerspruch, …)</numerusform>
            <numerusform>%n weitere Historieneinträge (Einschränkung, Widerspruch, …)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n data-subject request(s)</source>
        <translation>
            <numerusform>%n Betroffenenanfrage</numerusform>
            <numerusform>%n Betroffenenanfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n campaign-export row(s)</source>
        <translation>
            <numerusform>%n Zeile aus Kampagnen-Exporten</numerusform>
            <numerusform>%n Zeilen aus Kampagnen-Exporten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No history: the other record holds contact data only</source>
        <translation>Keine Historie: Der andere Datensatz enthält nur Kontaktdaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moves to the kept record</source>
        <translation>Wird in den behaltenen Datensatz übernommen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consents of the other record</source>
        <translation>Einwilligungen des anderen Datensatzes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The other record (%1) is closed: it no longer appears in lists, exports or campaigns.</source>
        <translation>Der andere Datensatz (%1) wird geschlossen: Er erscheint nicht mehr in Listen, Exporten oder Kampagnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please note</source>
        <translation>Bitte beachten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2): moves with its history</source>
        <translation>%1 (%2): wird mit seiner Historie übernommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2): the kept record&apos;s consent (%3) stays, this history is attached</source>
        <translation>%1 (%2): Die Einwilligung des behaltenen Datensatzes (%3) bleibt, diese Historie wird angehängt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2 here, %3 on the kept record): the no wins, the consent ends up withdrawn</source>
        <translation>%1 (%2 hier, %3 im behaltenen Datensatz): Das Nein gilt, die Einwilligung ist danach widerrufen</translation>
    </message>
</context>
<context>
    <name>MergeSelectionMenu</name>
    <message>
        <location filename="../../desktop_app/ui/customer/merge_menu.py" line="+43"/>
        <source>Merge the two selected customers…</source>
        <translation>Die beiden ausgewählten Kunden zusammenführen…</translation>
    </message>
</context>
<context>
    <name>ObjectionDialog</name>
    <message>
        <location filename="../../desktop_app/ui/customer/actions.py" line="+17"/>
        <source>Record objection to direct marketing</source>
        <translation>Widerspruch gegen Direktwerbung erfassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 objects to direct marketing (Art. 21(3) GDPR). The objection is absolute and never expires; it also blocks a re-import of the same e-mail address or phone number. Only a new, explicit consent given after it lifts it, for that purpose and channel only.</source>
        <translation>%1 widerspricht der Direktwerbung (Art. 21 Abs. 3 DSGVO). Der Widerspruch gilt uneingeschränkt und läuft nie ab; er sperrt auch einen erneuten Import derselben E-Mail-Adresse oder Telefonnummer. Nur eine danach erteilte, ausdrückliche Einwilligung hebt ihn auf – und nur für diesen Zweck und Kanal.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Received on</source>
        <translation>Eingegangen am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../desktop_app/ui/importing/options_page.py" line="+40"/>
        <source>Source and settings</source>
        <translation>Herkunft und Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every imported customer and consent records where it came from.</source>
        <translation>Jeder importierte Kunde und jede Einwilligung hält fest, woher sie stammen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bought or rented from a third party</source>
        <translation>Von einem Dritten gekauft oder gemietet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who supplied the list (required for third-party lists)</source>
        <translation>Wer die Liste geliefert hat (Pflicht bei Fremdlisten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The list&apos;s consents name our business (third-party lists)</source>
        <translation>Die Einwilligungen der Liste nennen unser Unternehmen (Fremdlisten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new source:</source>
        <translation>Name der neuen Quelle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider:</source>
        <translation>Lieferant:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis note:</source>
        <translation>Hinweis zur Rechtsgrundlage:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customers already in the database</source>
        <translation>Kunden, die schon in der Datenbank sind</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skip them</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Existing customers and their consents stay exactly as they are.</source>
        <translation>Bestehende Kunden und ihre Einwilligungen bleiben genau, wie sie sind.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill empty fields</source>
        <translation>Leere Felder füllen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only fields empty in the database are filled; the file&apos;s consents are added.</source>
        <translation>Nur in der Datenbank leere Felder werden gefüllt; die Einwilligungen der Datei werden ergänzt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overwrite</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file&apos;s non-empty values replace the stored ones; empty cells erase nothing.</source>
        <translation>Nicht leere Werte der Datei ersetzen die gespeicherten; leere Zellen löschen nichts.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Consents without a date in the file</source>
        <translation>Einwilligungen ohne Datum in der Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They were given on:</source>
        <translation>Sie wurden erteilt am:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Without a date such a consent is an error in its row: a consent is never dated to the day of the import.</source>
        <translation>Ohne Datum ist eine solche Einwilligung ein Fehler in ihrer Zeile: Eine Einwilligung wird nie auf den Tag des Imports datiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. paper form at the stand</source>
        <translation>z. B. Papierformular am Stand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note stored with each consent:</source>
        <translation>Notiz zu jeder Einwilligung:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>New data source…</source>
        <translation>Neue Datenquelle…</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../desktop_app/ui/campaigns/preview.py" line="+86"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not contactable because</source>
        <translation>Nicht ansprechbar, weil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click a reason to see the customers behind it.</source>
        <translation>Klicken Sie auf einen Grund, um die betroffenen Kunden zu sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contactable as of</source>
        <translation>Ansprechbar zum</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a campaign above, or create one with “New campaign…”, to see whom it may reach.</source>
        <translation>Wählen Sie oben eine Kampagne oder legen Sie mit „Neue Kampagne…“ eine an, um zu sehen, wen sie erreichen darf.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 contactable</source>
        <translation>%1 ansprechbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of %1 customers in the segment</source>
        <translation>von %1 Kunden in der Zielgruppe</translation>
    </message>
</context>
<context>
    <name>PurposeDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/purpose_dialog.py" line="+46"/>
        <source>Used</source>
        <translation>Genutzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double opt-in</source>
        <translation>Double-Opt-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Existing customer §7(3)</source>
        <translation>Bestandskunde § 7 Abs. 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presumed (businesses)</source>
        <translation>Mutmaßlich (Unternehmen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legitimate interest</source>
        <translation>Berechtigtes Interesse</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Purpose “%1”</source>
        <translation>Zweck „%1“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Profiling or analysis (needs consent on every channel)</source>
        <translation>Profiling oder Analyse (braucht auf jedem Kanal eine Einwilligung)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>never stale</source>
        <translation>veraltet nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>warn, still contactable</source>
        <translation>warnen, weiter kontaktierbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>block until renewed</source>
        <translation>sperren bis zur Erneuerung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no rule</source>
        <translation>keine Regel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. mailing service provider, print shop</source>
        <translation>z. B. Versanddienstleister, Druckerei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use (offered in forms, imports and campaigns)</source>
        <translation>In Verwendung (in Formularen, Importen und Kampagnen angeboten)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (German)</source>
        <translation>Name (deutsch)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (English)</source>
        <translation>Name (englisch)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description (German)</source>
        <translation>Beschreibung (deutsch)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description (English)</source>
        <translation>Beschreibung (englisch)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent stays fresh for</source>
        <translation>Einwilligung bleibt aktuell für</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When stale</source>
        <translation>Wenn veraltet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete data without basis after</source>
        <translation>Daten ohne Rechtsgrundlage löschen nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients (Art. 30)</source>
        <translation>Empfänger (Art. 30)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Legal bases per channel</source>
        <translation>Rechtsgrundlagen je Kanal</translation>
    </message>
</context>
<context>
    <name>PurposesPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/purposes.py" line="+31"/>
        <source>Purposes</source>
        <translation>Zwecke</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which legal basis suffices for each purpose and channel. Double-click to edit.</source>
        <translation>Welche Rechtsgrundlage je Zweck und Kanal genügt. Zum Bearbeiten doppelklicken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fresh for</source>
        <translation>Aktuell für</translation>
    </message>
    <message>
        <location line="+25"/>
        <source> (not in use)</source>
        <translation> (nicht in Verwendung)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not used</source>
        <translation>nicht genutzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>consent + DOI</source>
        <translation>Einwilligung + DOI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>existing customers</source>
        <translation>Bestandskunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>presumed (B2B)</source>
        <translation>mutmaßlich (B2B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>legitimate interest</source>
        <translation>berechtigtes Interesse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no basis</source>
        <translation>keine Grundlage</translation>
    </message>
</context>
<context>
    <name>ReasonCustomersDialog</name>
    <message>
        <location filename="../../desktop_app/ui/campaigns/preview.py" line="+51"/>
        <source>Not contactable</source>
        <translation>Nicht ansprechbar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer no.</source>
        <translation>Kundennr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show more</source>
        <translation>Weitere anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click a customer to see every reason the rules engine gives.</source>
        <translation>Doppelklicken Sie auf einen Kunden, um alle Gründe des Regelwerks zu sehen.</translation>
    </message>
</context>
<context>
    <name>RecordConsentDialog</name>
    <message>
        <location filename="../../desktop_app/ui/customer/record_consent.py" line="+80"/>
        <source>Record consent — %1</source>
        <translation>Einwilligung erfassen – %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>— choose where the consent came from —</source>
        <translation>— wählen Sie, woher die Einwilligung stammt —</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>requested</source>
        <translation>angefordert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no end date</source>
        <translation>unbefristet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The consent names our business (third-party source)</source>
        <translation>Die Einwilligung nennt unser Unternehmen (Drittquelle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A parent or guardian consented (customer under 16)</source>
        <translation>Ein Elternteil oder Vormund hat eingewilligt (Kunde unter 16)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. form no. 2025-118, call recording id, DOI mail id</source>
        <translation>z. B. Formular-Nr. 2025-118, ID der Gesprächsaufzeichnung, ID der DOI-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach proof file…</source>
        <translation>Nachweisdatei anhängen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no file</source>
        <translation>keine Datei</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given on</source>
        <translation>Erteilt am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent text shown</source>
        <translation>Gezeigter Einwilligungstext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double opt-in</source>
        <translation>Double-Opt-in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Proof reference</source>
        <translation>Nachweis-Referenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>Proof file</source>
        <translation>Nachweisdatei</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>— no text version recorded (weak evidence) —</source>
        <translation>— keine Textversion erfasst (schwacher Nachweis) —</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Tick at least one channel the customer agreed to.</source>
        <translation>Kreuzen Sie mindestens einen Kanal an, dem der Kunde zugestimmt hat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the data source: every consent must say where it came from.</source>
        <translation>Wählen Sie die Datenquelle: Jede Einwilligung muss angeben, woher sie stammt.</translation>
    </message>
</context>
<context>
    <name>Repermission</name>
    <message>
        <location filename="../../desktop_app/services/repermission.py" line="+101"/>
        <location line="+71"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Consent running out for</source>
        <translation>Einwilligung läuft ab für</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs out on</source>
        <translation>Läuft ab am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask via</source>
        <translation>Fragen über</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allowed because of</source>
        <translation>Erlaubt aufgrund</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Re-permission list</source>
        <translation>Liste für neue Einwilligungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About</source>
        <translation>Über diese Liste</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Made on</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consents running out within (days)</source>
        <translation>Einwilligungen, die ablaufen innerhalb von (Tagen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers to ask</source>
        <translation>Zu fragende Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in this list: no channel allowed</source>
        <translation>Nicht in dieser Liste: kein Kanal erlaubt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the channel was chosen</source>
        <translation>Wie der Kanal gewählt wurde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asking for consent is advertising itself, so each customer is asked only over a channel the rules allow today for this purpose: the channel of the consent while it is still valid, otherwise post, e-mail, SMS, phone in this order.</source>
        <translation>Die Bitte um Einwilligung ist selbst Werbung. Deshalb wird jeder Kunde nur über einen Kanal gefragt, den die Regeln für diesen Zweck heute erlauben: über den Kanal der Einwilligung, solange sie noch gilt, sonst Post, E-Mail, SMS, Telefon in dieser Reihenfolge.</translation>
    </message>
</context>
<context>
    <name>RepermissionDialog</name>
    <message>
        <location filename="../../desktop_app/ui/governance/repermission.py" line="+57"/>
        <source>Ask for consent again</source>
        <translation>Erneut um Einwilligung bitten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customers whose consent is stale or expired, or runs out soon. Asking for consent is advertising itself, so each is asked only over a channel the rules allow today: the channel of the consent while it is still valid, otherwise post.</source>
        <translation>Kunden, deren Einwilligung veraltet oder abgelaufen ist oder bald abläuft. Die Bitte um Einwilligung ist selbst Werbung; deshalb wird jeder nur über einen Kanal gefragt, den die Regeln heute erlauben: über den Kanal der Einwilligung, solange sie noch gilt, sonst per Post.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All purposes</source>
        <translation>Alle Zwecke</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Running out within</source>
        <translation>Läuft ab innerhalb von</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent running out for</source>
        <translation>Einwilligung läuft ab für</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs out on</source>
        <translation>Läuft ab am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask via</source>
        <translation>Fragen über</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed because of</source>
        <translation>Erlaubt aufgrund</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export mail-merge list…</source>
        <translation>Serienbrief-Liste exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print consent form…</source>
        <translation>Einwilligungsformular drucken…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The purpose&apos;s current consent form, to enclose with each letter (choose a purpose).</source>
        <translation>Das aktuelle Einwilligungsformular des Zwecks, zum Beilegen in jeden Brief (Zweck auswählen).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Looking for stale and expiring consents…</source>
        <translation>Suche nach veralteten und ablaufenden Einwilligungen…</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n customer(s) to ask again</source>
        <translation>
            <numerusform>%n Kunde erneut zu fragen</numerusform>
            <numerusform>%n Kunden erneut zu fragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n cannot be asked: no channel is allowed (e.g. after an objection)</source>
        <translation>
            <numerusform>%n kann nicht gefragt werden: kein Kanal erlaubt (z. B. nach einem Widerspruch)</numerusform>
            <numerusform>%n können nicht gefragt werden: kein Kanal erlaubt (z. B. nach einem Widerspruch)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot be asked</source>
        <translation>kann nicht gefragt werden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>re-permission</source>
        <translation>neue-Einwilligung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export mail-merge list</source>
        <translation>Serienbrief-Liste exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Writing the mail-merge list…</source>
        <translation>Die Serienbrief-Liste wird geschrieben…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 customers written to %2 (those without an allowed channel are not in it).</source>
        <translation>%1 Kunden in %2 geschrieben (Kunden ohne erlaubten Kanal sind nicht enthalten).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This purpose has no consent text in this language yet: add one on the Consent texts page.</source>
        <translation>Für diesen Zweck gibt es noch keinen Einwilligungstext in dieser Sprache: Legen Sie einen auf der Seite Einwilligungstexte an.</translation>
    </message>
</context>
<context>
    <name>ReportPreviewDialog</name>
    <message>
        <location filename="../../desktop_app/ui/reports/preview.py" line="+73"/>
        <source>Print preview – %1</source>
        <translation>Druckvorschau – %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit width</source>
        <translation>Seitenbreite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+14"/>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The PDF could not be saved to %1:
%2</source>
        <translation>Das PDF konnte nicht unter %1 gespeichert werden:
%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../desktop_app/services/business.py" line="-61"/>
        <location filename="../../desktop_app/services/reports/campaign_export_report.py" line="+217"/>
        <location filename="../../desktop_app/services/reports/customer_report.py" line="+161"/>
        <location filename="../../desktop_app/services/reports/overview.py" line="+192"/>
        <location filename="../../desktop_app/services/reports/processing_record.py" line="+98"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/services/reports/customer_report.py" line="+6"/>
        <location filename="../../desktop_app/services/reports/processing_record.py" line="+1"/>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/services/reports/consent_form.py" line="+29"/>
        <location filename="../../desktop_app/services/reports/customer_report.py" line="-3"/>
        <location filename="../../desktop_app/services/reports/processing_record.py" line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/services/reports/consent_form.py" line="+1"/>
        <location filename="../../desktop_app/services/reports/customer_report.py" line="+1"/>
        <location filename="../../desktop_app/services/reports/processing_record.py" line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/services/reports/processing_record.py" line="+1"/>
        <source>Data protection contact</source>
        <translation>Ansprechpartner Datenschutz</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/reports/common.py" line="+22"/>
        <source>(business name not set — File → Settings)</source>
        <translation>(Name des Unternehmens nicht festgelegt – Datei → Einstellungen)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(not set — File → Settings)</source>
        <translation>(nicht festgelegt – Datei → Einstellungen)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created {when}</source>
        <translation>Erstellt {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit {anchor}</source>
        <extracomment>The position of the audit hash chain when the report was made, e.g. &quot;Audit 123:0a1b…&quot;</extracomment>
        <translation>Audit {anchor}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/reports/consent_form.py" line="-16"/>
        <source>Your consent is voluntary. If you do not give it, you will not suffer any disadvantage.</source>
        <translation>Ihre Einwilligung ist freiwillig. Wenn Sie sie nicht erteilen, entstehen Ihnen keine Nachteile.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your details</source>
        <translation>Ihre Angaben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First and last name</source>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street and house number</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode and town</source>
        <translation>PLZ und Ort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date of birth (optional)</source>
        <translation>Geburtsdatum (freiwillig)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wording of the consent (version {label})</source>
        <translation>Wortlaut der Einwilligung (Fassung {label})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your rights</source>
        <translation>Ihre Rechte</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+21"/>
        <source>Place, date</source>
        <translation>Ort, Datum</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>If you are under 16</source>
        <translation>Wenn Sie jünger als 16 Jahre sind</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Below the age of 16, the consent is only valid if a holder of parental responsibility also gives it (Art. 8(1) GDPR).</source>
        <translation>Unter 16 Jahren ist die Einwilligung nur wirksam, wenn auch ein Träger der elterlichen Verantwortung sie erteilt (Art. 8 Abs. 1 DSGVO).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name of the parent or guardian</source>
        <translation>Name des/der Erziehungsberechtigten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signature of the parent or guardian</source>
        <translation>Unterschrift des/der Erziehungsberechtigten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For office use</source>
        <translation>Vermerke des Unternehmens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered in ConsentDesk on / by</source>
        <translation>In ConsentDesk erfasst am / von</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Consent form</source>
        <translation>Einwilligungserklärung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Form {label}</source>
        <translation>Formular {label}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>I agree that {business} may contact me for the purpose “{purpose}” over each channel I have ticked:</source>
        <translation>Ich willige ein, dass {business} mich zu dem Zweck „{purpose}“ über jeden von mir angekreuzten Kanal kontaktieren darf:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>If you tick e-mail, you will receive a message asking you to confirm your address (double opt-in); e-mails for this purpose follow only after your confirmation.</source>
        <translation>Wenn Sie E-Mail ankreuzen, erhalten Sie eine Nachricht, mit der Sie Ihre Adresse bestätigen (Double-Opt-in); E-Mails zu diesem Zweck folgen erst nach Ihrer Bestätigung.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>by e-mail to {email}</source>
        <translation>per E-Mail an {email}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>by post to {address}</source>
        <translation>per Post an {address}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>by phone on {phone}</source>
        <translation>telefonisch unter {phone}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for example {ways}</source>
        <translation>zum Beispiel {ways}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with a message to the business named at the top</source>
        <translation>mit einer Nachricht an das oben genannte Unternehmen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You may withdraw this consent at any time with effect for the future, as easily as you gave it (Art. 7(3) GDPR): {where}. The withdrawal does not affect the lawfulness of contacts made before it.</source>
        <translation>Sie können diese Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen, so einfach, wie Sie sie erteilt haben (Art. 7 Abs. 3 DSGVO): {where}. Der Widerruf berührt nicht die Rechtmäßigkeit der bis dahin erfolgten Kontaktaufnahmen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Right to object: you may object at any time to the use of your data for direct marketing (Art. 21(2) GDPR). After an objection, your data will no longer be used for this purpose (Art. 21(3) GDPR).</source>
        <translation>Widerspruchsrecht: Sie können der Verwendung Ihrer Daten für Direktwerbung jederzeit widersprechen (Art. 21 Abs. 2 DSGVO). Nach einem Widerspruch werden Ihre Daten für diesen Zweck nicht mehr verwendet (Art. 21 Abs. 3 DSGVO).</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../desktop_app/services/reports/customer_sections.py" line="+422"/>
        <source>Questions about data protection: {contact}</source>
        <translation>Fragen zum Datenschutz: {contact}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/reports/legal_bases.py" line="-22"/>
        <location line="+1"/>
        <source>Consent (Art. 6(1)(a) GDPR; §7(2) No. 2 UWG)</source>
        <translation>Einwilligung (Art. 6 Abs. 1 lit. a DSGVO; § 7 Abs. 2 Nr. 2 UWG)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent (Art. 6(1)(a) GDPR; §7(2) No. 1 UWG), documented per §7a UWG</source>
        <translation>Einwilligung (Art. 6 Abs. 1 lit. a DSGVO; § 7 Abs. 2 Nr. 1 UWG), dokumentiert nach § 7a UWG</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consent (Art. 6(1)(a) GDPR)</source>
        <translation>Einwilligung (Art. 6 Abs. 1 lit. a DSGVO)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mobile number</source>
        <translation>Mobilnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postal address</source>
        <translation>Postanschrift</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>, confirmed by double opt-in</source>
        <translation>, bestätigt per Double-Opt-in</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Existing-customer exception (§7(3) UWG; Art. 6(1)(f) GDPR)</source>
        <translation>Bestandskundenausnahme (§ 7 Abs. 3 UWG; Art. 6 Abs. 1 lit. f DSGVO)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Presumed consent of businesses only (§7(2) No. 1 UWG; Art. 6(1)(f) GDPR)</source>
        <translation>Mutmaßliche Einwilligung, nur bei Unternehmen (§ 7 Abs. 2 Nr. 1 UWG; Art. 6 Abs. 1 lit. f DSGVO)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Legitimate interest unless objected (Art. 6(1)(f) GDPR, Recital 47)</source>
        <translation>Berechtigtes Interesse, sofern kein Widerspruch vorliegt (Art. 6 Abs. 1 lit. f DSGVO, ErwG 47)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not used for this purpose</source>
        <translation>Für diesen Zweck nicht genutzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled, but no legal basis is allowed: not used</source>
        <translation>Freigeschaltet, aber ohne zugelassene Rechtsgrundlage: nicht genutzt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/reports/processing_record.py" line="-39"/>
        <source>This record covers the processing of customer and prospect data for contacting them and for advertising, as managed with ConsentDesk. Other processing activities of the business (e.g. accounting, staff, website) must be recorded separately.</source>
        <translation>Dieses Verzeichnis umfasst die mit ConsentDesk verwaltete Verarbeitung von Kunden- und Interessentendaten zur Kontaktaufnahme und Werbung. Andere Verarbeitungstätigkeiten des Unternehmens (z. B. Buchhaltung, Personal, Website) sind gesondert zu verzeichnen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1. Controller</source>
        <translation>1. Verantwortlicher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2. Processing activities</source>
        <translation>2. Verarbeitungstätigkeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No purposes are defined.</source>
        <translation>Es sind keine Zwecke angelegt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3. Data sources</source>
        <translation>3. Datenquellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>4. Technical and organisational measures (Art. 32 GDPR)</source>
        <translation>4. Technische und organisatorische Maßnahmen (Art. 32 DSGVO)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record of processing activities</source>
        <translation>Verzeichnis von Verarbeitungstätigkeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Art. 30(1) GDPR</source>
        <translation>Art. 30 Abs. 1 DSGVO</translation>
    </message>
    <message>
        <location line="+43"/>
        <source> (no longer in use; consents are still stored)</source>
        <translation> (nicht mehr in Gebrauch; Einwilligungen noch gespeichert)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Purpose of processing</source>
        <translation>Zweck der Verarbeitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Categories of data subjects</source>
        <translation>Kategorien betroffener Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers and prospects (consumers and contacts at businesses)</source>
        <translation>Kunden und Interessenten (Verbraucher und Ansprechpartner bei Unternehmen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Categories of personal data</source>
        <translation>Kategorien personenbezogener Daten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/reports/customer_sections.py" line="-385"/>
        <source>No purpose is recorded for you: there are no consents.</source>
        <translation>Für Sie ist kein Zweck erfasst: Es liegen keine Einwilligungen vor.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(profiling: interests are analysed)</source>
        <translation>(Profilbildung: Interessen werden ausgewertet)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{period} after the last legal basis ended</source>
        <translation>{period} nach Wegfall der letzten Rechtsgrundlage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>as long as a legal basis exists</source>
        <translation>solange eine Rechtsgrundlage besteht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What for</source>
        <translation>Wofür</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/services/reports/processing_record.py" line="+2"/>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage period</source>
        <translation>Speicherdauer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None of your consents refers to a recorded consent text.</source>
        <translation>Keine Ihrer Einwilligungen verweist auf einen erfassten Einwilligungstext.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version {label}, valid from {date}</source>
        <translation>Fassung {label}, gültig ab {date}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing has been recorded yet.</source>
        <translation>Bisher ist nichts erfasst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How / source</source>
        <translation>Wie / Herkunft</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Everything recorded about your consents and objections, oldest first, with when it happened and who recorded it when. Uses in campaigns are listed in section 8.</source>
        <translation>Alles, was zu Ihren Einwilligungen und Widersprüchen erfasst ist, das Älteste zuerst, mit Zeitpunkt und wer es wann erfasst hat. Verwendungen in Kampagnen stehen in Abschnitt 8.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>File {name} (SHA-256 {hash}…)</source>
        <translation>Datei {name} (SHA-256 {hash}…)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No objection or contact block is recorded.</source>
        <translation>Es ist kein Widerspruch und keine Kontaktsperre erfasst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In force since</source>
        <translation>Gilt seit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>While an entry is in force you are not contacted over its channel. An objection to direct marketing has no expiry; it gives way only to a new consent you give later.</source>
        <translation>Solange ein Eintrag gilt, werden Sie über den betreffenden Kanal nicht kontaktiert. Ein Widerspruch gegen Direktwerbung läuft nicht ab; er weicht nur einer neuen Einwilligung, die Sie später erteilen.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>You have not been included in any campaign export.</source>
        <translation>Sie waren in keinem Kampagnen-Export enthalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported on</source>
        <translation>Exportiert am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purpose · channel</source>
        <translation>Zweck · Kanal</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No request from you is recorded.</source>
        <translation>Es ist keine Anfrage von Ihnen erfasst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer due</source>
        <translation>Antwort fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Data we no longer have a legal basis for is deleted or anonymised; the storage period of each purpose is listed in section 3.</source>
        <translation>Daten, für die keine Rechtsgrundlage mehr besteht, werden gelöscht oder anonymisiert; die Speicherdauer je Zweck steht in Abschnitt 3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Data from “{source}” is kept for at most {period} without a legal basis.</source>
        <translation>Daten aus „{source}“ werden ohne Rechtsgrundlage höchstens {period} gespeichert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The evidence of your consent to advertising by phone is kept until {date}: five years after it was given and after each use (§7a UWG), also after a withdrawal.</source>
        <translation>Der Nachweis Ihrer Einwilligung in Telefonwerbung wird bis {date} aufbewahrt: fünf Jahre nach ihrer Erteilung und nach jeder Verwendung (§ 7a UWG), auch nach einem Widerruf.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The evidence of a consent to advertising by phone is kept for five years after it was given and after each use (§7a UWG).</source>
        <translation>Der Nachweis einer Einwilligung in Telefonwerbung wird fünf Jahre nach ihrer Erteilung und nach jeder Verwendung aufbewahrt (§ 7a UWG).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>After an objection or an erasure we keep only a keyed hash of your e-mail address and phone numbers (no readable contact data), for as long as we must honour it, so that you are not contacted again (Art. 17(3), Art. 21(3) GDPR).</source>
        <translation>Nach einem Widerspruch oder einer Löschung speichern wir nur einen verschlüsselten Hashwert Ihrer E-Mail-Adresse und Telefonnummern (keine lesbaren Kontaktdaten), solange wir ihn beachten müssen, damit Sie nicht erneut kontaktiert werden (Art. 17 Abs. 3, Art. 21 Abs. 3 DSGVO).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Access (Art. 15 GDPR): you may ask at any time which data we process about you; this report is such an answer.</source>
        <translation>Auskunft (Art. 15 DSGVO): Sie können jederzeit erfragen, welche Daten wir über Sie verarbeiten; dieses Schreiben ist eine solche Auskunft.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rectification (Art. 16 GDPR): you may have incorrect data corrected.</source>
        <translation>Berichtigung (Art. 16 DSGVO): Sie können unrichtige Daten berichtigen lassen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Erasure (Art. 17 GDPR): you may have your data deleted where no legal obligation requires us to keep it.</source>
        <translation>Löschung (Art. 17 DSGVO): Sie können Ihre Daten löschen lassen, soweit uns keine gesetzliche Pflicht zur Aufbewahrung trifft.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restriction (Art. 18 GDPR): you may have the processing restricted, e.g. while the accuracy of the data is checked.</source>
        <translation>Einschränkung (Art. 18 DSGVO): Sie können die Verarbeitung einschränken lassen, z. B. solange die Richtigkeit der Daten geprüft wird.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data portability (Art. 20 GDPR): you may receive the data you provided to us in a structured, machine-readable format, or have it sent to another controller.</source>
        <translation>Datenübertragbarkeit (Art. 20 DSGVO): Sie können die Daten, die Sie uns bereitgestellt haben, in einem strukturierten, maschinenlesbaren Format erhalten oder einem anderen Verantwortlichen übermitteln lassen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Withdrawal (Art. 7(3) GDPR): you may withdraw any consent at any time with effect for the future, as easily as you gave it. Contacts made before the withdrawal remain lawful.</source>
        <translation>Widerruf (Art. 7 Abs. 3 DSGVO): Sie können jede Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen, so einfach, wie Sie sie erteilt haben. Kontakte vor dem Widerruf bleiben rechtmäßig.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Complaint (Art. 77 GDPR): you have the right to lodge a complaint with a supervisory authority, in particular in the member state where you live or work or where the alleged infringement took place.</source>
        <translation>Beschwerderecht bei einer Aufsichtsbehörde (Art. 77 DSGVO): Sie können sich bei einer Datenschutz-Aufsichtsbehörde beschweren, insbesondere in dem Mitgliedstaat Ihres Aufenthaltsorts, Ihres Arbeitsplatzes oder des mutmaßlichen Verstoßes.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Right to object (Art. 21 GDPR): you may object at any time to the use of your data for direct marketing; we will then no longer use it for that purpose. Where we process data on the basis of legitimate interests (Art. 6(1)(f) GDPR), you may object on grounds relating to your particular situation.</source>
        <translation>Widerspruchsrecht (Art. 21 DSGVO): Sie können der Verwendung Ihrer Daten für Direktwerbung jederzeit widersprechen; wir verwenden sie dann nicht mehr für diesen Zweck. Soweit wir Daten auf Grundlage berechtigter Interessen verarbeiten (Art. 6 Abs. 1 lit. f DSGVO), können Sie aus Gründen, die sich aus Ihrer besonderen Situation ergeben, widersprechen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>To exercise your rights, contact: {contact}</source>
        <translation>Für die Ausübung Ihrer Rechte wenden Sie sich an: {contact}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/reports/processing_record.py" line="+1"/>
        <source>None recorded (Purposes → Recipients)</source>
        <translation>Keine erfasst (Zwecke → Empfänger)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transfers to third countries</source>
        <translation>Übermittlungen in Drittländer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None recorded in ConsentDesk; check the recipients above.</source>
        <translation>In ConsentDesk keine erfasst; prüfen Sie die oben genannten Empfänger.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Erasure periods</source>
        <translation>Löschfristen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/reports/campaign_export_report.py" line="-209"/>
        <source>The record of a campaign export as it was made: its parameters, who made it and when, how many customers were contactable and why the others were not, and every exported customer with the legal basis the contact rested on.</source>
        <translation>Der Nachweis eines Kampagnen-Exports, wie er erstellt wurde: seine Parameter, wer ihn wann erstellt hat, wie viele Kunden kontaktierbar waren und warum die übrigen nicht, sowie jeder exportierte Kunde mit der Rechtsgrundlage des Kontakts.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1. The export</source>
        <translation>1. Der Export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2. Counts</source>
        <translation>2. Zahlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Exported customers</source>
        <translation>3. Exportierte Kunden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Campaign export evidence</source>
        <translation>Nachweis Kampagnen-Export</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Export no. {id}</source>
        <translation>Export Nr. {id}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>To check a file against this record, compute its SHA-256 (Windows: certutil -hashfile FILE SHA256; macOS and Linux: shasum -a 256 FILE) and compare.</source>
        <translation>Zum Abgleich einer Datei mit diesem Nachweis deren SHA-256 berechnen (Windows: certutil -hashfile DATEI SHA256; macOS und Linux: shasum -a 256 DATEI) und vergleichen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../desktop_app/services/reports/customer_sections.py" line="-161"/>
        <source>Export no.</source>
        <translation>Export Nr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/services/reports/customer_sections.py" line="-4"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/services/reports/customer_sections.py" line="-178"/>
        <location filename="../../desktop_app/services/reports/overview.py" line="-75"/>
        <location line="+76"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/services/reports/customer_sections.py" line="+112"/>
        <location filename="../../desktop_app/services/reports/overview.py" line="-76"/>
        <location line="+77"/>
        <location filename="../../desktop_app/services/reports/processing_record.py" line="+3"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contactable as of</source>
        <translation>Kontaktierbar am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported by</source>
        <translation>Exportiert von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported at</source>
        <translation>Exportiert am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 of the file</source>
        <translation>SHA-256 der Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules version</source>
        <translation>Regelversion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit chain before the export</source>
        <translation>Audit-Kette vor dem Export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segment</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all customers</source>
        <translation>alle Kunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Columns in the file</source>
        <translation>Spalten der Datei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tags (any of)</source>
        <translation>Schlagwörter (eines davon)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcodes (any of)</source>
        <translation>Postleitzahlen (eine davon)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Towns (any of)</source>
        <translation>Orte (einer davon)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data sources (any of)</source>
        <translation>Datenquellen (eine davon)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer since, from</source>
        <translation>Kunde seit, ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer since, until</source>
        <translation>Kunde seit, bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search text</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Existing customers only</source>
        <translation>Nur Bestandskunden</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Customers in the segment</source>
        <translation>Kunden in der Zielgruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported (contactable)</source>
        <translation>Exportiert (kontaktierbar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not contactable</source>
        <translation>Nicht kontaktierbar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Why customers were not contactable (decisive reason)</source>
        <translation>Warum Kunden nicht kontaktierbar waren (ausschlaggebender Grund)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The export holds no customers.</source>
        <translation>Der Export enthält keine Kunden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(erased since)</source>
        <translation>(inzwischen gelöscht)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../desktop_app/services/reports/overview.py" line="-3"/>
        <source>Customer no.</source>
        <translation>Kundennr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop_app/services/reports/customer_report.py" line="+64"/>
        <location filename="../../desktop_app/services/reports/customer_sections.py" line="+68"/>
        <source>Legal basis</source>
        <translation>Rechts­grundlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/services/reports/customer_sections.py" line="+1"/>
        <source>Basis since</source>
        <translation>Grundlage seit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(the complete list is the export file named above)</source>
        <translation>(die vollständige Liste ist die oben genannte Exportdatei)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/reports/processing_record.py" line="+0"/>
        <source>Legal bases</source>
        <translation>Rechtsgrundlagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Legal bases per channel: {purpose}</source>
        <translation>Rechtsgrundlagen je Kanal: {purpose}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name, salutation, title, company</source>
        <translation>Name, Anrede, Titel, Firma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contact data: {items}</source>
        <translation>Kontaktdaten: {items}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of birth where given (age check, Art. 8 GDPR)</source>
        <translation>Geburtsdatum, soweit angegeben (Altersprüfung, Art. 8 DSGVO)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>customer relationship (customer since, last purchase)</source>
        <translation>Kundenbeziehung (Kunde seit, letzter Kauf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>consent records with their evidence (text version, time, method, source, proof), objections and withdrawals</source>
        <translation>Einwilligungen mit Nachweisen (Textfassung, Zeitpunkt, Art der Erhebung, Quelle, Beleg), Widersprüche und Widerrufe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>profiling: interests derived from purchases and usage</source>
        <translation>Profilbildung: aus Käufen und Nutzung abgeleitete Interessen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No consents recorded yet.</source>
        <translation>Noch keine Einwilligungen erfasst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no source recorded</source>
        <translation>keine Quelle erfasst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} (third party: {provider})</source>
        <translation>{name} (Dritter: {provider})</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Data sources used (number of consents)</source>
        <translation>Genutzte Datenquellen (Anzahl Einwilligungen)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Data left without any legal basis is deleted; erasure period: {period}.</source>
        <translation>Daten ohne verbleibende Rechtsgrundlage werden gelöscht; Löschfrist: {period}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No erasure period set for this purpose (Purposes → Delete after).</source>
        <translation>Für diesen Zweck ist keine Löschfrist festgelegt (Zwecke → Löschen nach).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consents do not lapse by time alone.</source>
        <translation>Einwilligungen erlöschen nicht allein durch Zeitablauf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consents unused for {period} are no longer used until renewed.</source>
        <translation>Einwilligungen, die {period} lang nicht genutzt wurden, werden bis zur Erneuerung nicht mehr verwendet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Consents unused for {period} are flagged for renewal.</source>
        <translation>Einwilligungen, die {period} lang nicht genutzt wurden, werden zur Erneuerung markiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Evidence of consents to phone advertising: kept 5 years after it was given and after each use (§7a UWG).</source>
        <translation>Nachweise von Einwilligungen in Telefonwerbung: 5 Jahre ab Erteilung und ab jeder Verwendung aufbewahrt (§ 7a UWG).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Objections: a keyed hash of the contact data is kept for as long as the objection must be honoured (Art. 21(3) GDPR).</source>
        <translation>Widersprüche: Ein verschlüsselter Hashwert der Kontaktdaten wird aufbewahrt, solange der Widerspruch zu beachten ist (Art. 21 Abs. 3 DSGVO).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/reports/overview.py" line="-157"/>
        <location line="+133"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Pending DOI</source>
        <translation>DOI offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Wider­rufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objected</source>
        <translation>Wider­sprochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Abge­lehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+130"/>
        <source>Stale / expired</source>
        <translation>Veraltet / abgelaufen</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>The consents on record on {date}, customers erased under Art. 17 GDPR excluded. Each consent is counted once, in the first state that applies: withdrawn, refused, objected (an objection to direct marketing), pending double opt-in (DOI), stale or expired (past its end date, or unused longer than the purpose allows), valid. Whether a customer can be reached also depends on contact data and age; a campaign checks that.</source>
        <translation>Die am {date} erfassten Einwilligungen, ohne nach Art. 17 DSGVO gelöschte Kunden. Jede Einwilligung zählt einmal, im ersten zutreffenden Zustand: widerrufen, abgelehnt, widersprochen (Widerspruch gegen Direktwerbung), Double-Opt-in (DOI) offen, veraltet oder abgelaufen (Enddatum überschritten oder länger ungenutzt, als der Zweck erlaubt), gültig. Ob ein Kunde erreichbar ist, hängt zudem von Kontaktdaten und Alter ab; das prüft eine Kampagne.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>1. Consents by purpose and channel</source>
        <translation>1. Einwilligungen nach Zweck und Kanal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>2. Consents by data source</source>
        <translation>2. Einwilligungen nach Datenquelle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>3. Consents that run out in the next {days} days</source>
        <translation>3. Einwilligungen, die in den nächsten {days} Tagen auslaufen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Consent overview</source>
        <translation>Einwilligungsübersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All customers, as of {date}</source>
        <translation>Alle Kunden, Stand {date}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No consents are recorded yet.</source>
        <translation>Es sind noch keine Einwilligungen erfasst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All purposes</source>
        <translation>Alle Zwecke</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Valid consents per purpose (all channels)</source>
        <translation>Gültige Einwilligungen je Zweck (alle Kanäle)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Purposes and channels without any consent on record are left out.</source>
        <translation>Zwecke und Kanäle ohne erfasste Einwilligung sind nicht aufgeführt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../desktop_app/services/reports/processing_record.py" line="+13"/>
        <source>No data sources recorded.</source>
        <translation>Keine Datenquellen erfasst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No source recorded</source>
        <translation>Keine Quelle erfasst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>third party: {provider}</source>
        <translation>Dritter: {provider}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Consents</source>
        <translation>Einwilli­gungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn or objected</source>
        <translation>Widerrufen oder wider­sprochen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No valid consent runs out within the next {days} days.</source>
        <translation>Keine gültige Einwilligung läuft in den nächsten {days} Tagen aus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Last valid day</source>
        <translation>Letzter gültiger Tag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>end date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not used for too long</source>
        <translation>zu lange nicht genutzt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Valid consents of active customers that end or become stale by {date}, soonest first: candidates for asking again (re-permission).</source>
        <translation>Gültige Einwilligungen aktiver Kunden, die bis {date} enden oder veralten, die nächsten zuerst: Kandidaten für eine erneute Einholung (Re-Permission).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/reports/customer_report.py" line="-145"/>
        <source>This report lists the personal data we store about you in our consent management, as of {date}: your details and where they came from, what we use them for, every consent you gave or refused with its evidence and history, objections, the campaigns you were included in, how long we keep the data, and your rights.</source>
        <translation>Diese Auskunft nennt die personenbezogenen Daten, die wir in unserer Einwilligungsverwaltung über Sie speichern, Stand {date}: Ihre Angaben und deren Herkunft, wofür wir sie verwenden, jede von Ihnen erteilte oder abgelehnte Einwilligung mit Nachweis und Verlauf, Widersprüche, die Kampagnen, in die Sie aufgenommen wurden, die Speicherdauer und Ihre Rechte.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1. Your details</source>
        <translation>1. Ihre Angaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2. Where your data comes from (Art. 15(1)(g) GDPR)</source>
        <translation>2. Herkunft Ihrer Daten (Art. 15 Abs. 1 lit. g DSGVO)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>3. Purposes, recipients and storage period</source>
        <translation>3. Zwecke, Empfänger und Speicherdauer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>4. Your consents</source>
        <translation>4. Ihre Einwilligungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>5. Wording of the consent texts</source>
        <translation>5. Wortlaut der Einwilligungstexte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>6. History</source>
        <translation>6. Verlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>7. Objections and contact blocks</source>
        <translation>7. Widersprüche und Kontaktsperren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>8. Campaigns you were included in</source>
        <translation>8. Kampagnen, in die Sie aufgenommen wurden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>9. Your requests</source>
        <translation>9. Ihre Anfragen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>10. How long we keep your data</source>
        <translation>10. Speicherdauer Ihrer Daten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>11. Your rights</source>
        <translation>11. Ihre Rechte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Information about your data</source>
        <translation>Auskunft über Ihre Daten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access report (Art. 15 GDPR) · {name} · customer no. {number}</source>
        <translation>Auskunft nach Art. 15 DSGVO · {name} · Kundennummer {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer no. {number}</source>
        <translation>Kundennummer {number}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Customer since {date}</source>
        <translation>Kunde seit {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last purchase on {date}</source>
        <translation>Letzter Kauf am {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer number</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer relationship</source>
        <translation>Kundenbeziehung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Informed under Art. 14 GDPR on</source>
        <translation>Nach Art. 14 DSGVO informiert am</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Groups (tags)</source>
        <translation>Gruppen (Schlagwörter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/services/reports/customer_sections.py" line="+13"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record created</source>
        <translation>Datensatz angelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{when} by {who}</source>
        <translation>{when} von {who}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>your details</source>
        <translation>Ihre Angaben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No data source is recorded for your data.</source>
        <translation>Für Ihre Daten ist keine Datenquelle erfasst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../desktop_app/services/reports/overview.py" line="-50"/>
        <location filename="../../desktop_app/services/reports/processing_record.py" line="+2"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What came from it</source>
        <translation>Was daraus stammt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No consents are recorded for you.</source>
        <translation>Für Sie sind keine Einwilligungen erfasst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop_app/services/reports/customer_sections.py" line="-162"/>
        <source>Purpose and channel</source>
        <translation>Zweck und Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status on {date}</source>
        <translation>Stand {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given on</source>
        <translation>Erteilt am</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/services/reports/customer_sections.py" line="+2"/>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/services/reports/customer_sections.py" line="+1"/>
        <location line="+78"/>
        <source>Recorded by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>One line per purpose and channel. The status says whether the consent allows contact on the date of this report; the wording of each text version follows in section 5.</source>
        <translation>Eine Zeile je Zweck und Kanal. Der Stand sagt, ob die Einwilligung am Tag dieser Auskunft einen Kontakt erlaubt; den Wortlaut jeder Textfassung finden Sie in Abschnitt 5.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../../desktop_app/services/reports/customer_sections.py" line="-36"/>
        <source>Text {label}</source>
        <translation>Text {label}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double opt-in confirmed {when}</source>
        <translation>Double-Opt-in bestätigt am {when}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Double opt-in requested {when}</source>
        <translation>Double-Opt-in angefordert am {when}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Withdrawn {when}</source>
        <translation>Widerrufen am {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused {when}</source>
        <translation>Abgelehnt am {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop_app/services/reports/customer_sections.py" line="+13"/>
        <source>Valid until {date}</source>
        <translation>Gültig bis {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop_app/services/reports/customer_sections.py" line="-10"/>
        <source>Proof: {reference}</source>
        <translation>Beleg: {reference}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop_app/services/reports/customer_sections.py" line="+12"/>
        <source>with the consent of a parent or guardian</source>
        <translation>mit Zustimmung eines Elternteils oder Vormunds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last used {date}</source>
        <translation>Zuletzt verwendet am {date}</translation>
    </message>
    <message>
        <location line="-138"/>
        <location line="+42"/>
        <location filename="../../desktop_app/services/reports/customer_sections.py" line="+19"/>
        <location filename="../../desktop_app/services/reports/overview.py" line="+1"/>
        <location filename="../../desktop_app/services/reports/processing_record.py" line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/services/reports/processing_record.py" line="+1"/>
        <source>Third party</source>
        <translation>Dritter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/reports/processing_record.py" line="+1"/>
        <source>Collected</source>
        <translation>Erhoben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/reports/campaign_export_report.py" line="-145"/>
        <location line="+71"/>
        <location line="+13"/>
        <location filename="../../desktop_app/services/reports/overview.py" line="+1"/>
        <location filename="../../desktop_app/services/reports/processing_record.py" line="+1"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/reports/customer_report.py" line="+7"/>
        <location filename="../../desktop_app/services/reports/processing_record.py" line="+7"/>
        <source>yes: {provider}</source>
        <translation>ja: {provider}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop_app/services/reports/processing_record.py" line="+2"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/reports/processing_record.py" line="+6"/>
        <source>since {date}</source>
        <translation>seit {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until {date}</source>
        <translation>bis {date}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The data is kept in a local database file in the user&apos;s data folder, or on the office&apos;s PostgreSQL server; access is controlled by the operating-system account (and the database server&apos;s login).</source>
        <translation>Die Daten liegen in einer lokalen Datenbankdatei im Datenordner des Benutzers oder auf dem PostgreSQL-Server des Büros; der Zugriff wird über das Benutzerkonto des Betriebssystems (und die Anmeldung am Datenbankserver) gesteuert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every change is written to an append-only audit trail secured by a SHA-256 hash chain. Its latest position is kept outside the database and printed on every report and export, so that later alterations can be detected.</source>
        <translation>Jede Änderung wird in ein nur erweiterbares Änderungsprotokoll geschrieben, das durch eine SHA-256-Hashkette gesichert ist. Sein letzter Stand wird außerhalb der Datenbank gespeichert und auf jedem Bericht und Export gedruckt, sodass nachträgliche Änderungen erkennbar sind.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Objections and erasures leave only a keyed hash (HMAC-SHA-256) of the e-mail address and phone numbers in a suppression list: erased persons are not contacted again, and their contact data is not kept.</source>
        <translation>Von Widersprüchen und Löschungen bleibt nur ein schlüsselgebundener Hashwert (HMAC-SHA-256) der E-Mail-Adresse und der Telefonnummern in einer Sperrliste: Gelöschte Personen werden nicht erneut kontaktiert, ihre Kontaktdaten werden nicht aufbewahrt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Before every upgrade of the database structure, the database is checked and a backup copy is made automatically.</source>
        <translation>Vor jeder Aktualisierung der Datenbankstruktur wird die Datenbank geprüft und automatisch eine Sicherungskopie angelegt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Measures outside ConsentDesk — encryption and locking of the computers, regular backups, access rights, staff instructions — are to be added by the business.</source>
        <translation>Maßnahmen außerhalb von ConsentDesk – Verschlüsselung und Sperre der Computer, regelmäßige Datensicherung, Zugriffsrechte, Unterweisung der Mitarbeitenden – ergänzt das Unternehmen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/reports/texts.py" line="+38"/>
        <source>1 month</source>
        <translation>1 Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} months</source>
        <translation>{count} Monate</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>… and {count} more</source>
        <translation>… und {count} weitere</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/reports/vocab.py" line="-64"/>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for double opt-in confirmation</source>
        <translation>wartet auf Double-Opt-in-Bestätigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawn</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not used: you objected</source>
        <translation>nicht verwendet: Sie haben widersprochen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>expired or unused for too long</source>
        <translation>abgelaufen oder zu lange ungenutzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not used: we no longer use this purpose over this channel</source>
        <translation>nicht verwendet: Wir nutzen diesen Zweck über diesen Kanal nicht mehr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private person (consumer)</source>
        <translation>Privatperson (Verbraucher)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>processing restricted (Art. 18 GDPR)</source>
        <translation>Verarbeitung eingeschränkt (Art. 18 DSGVO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erased (Art. 17 GDPR)</source>
        <translation>gelöscht (Art. 17 DSGVO)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Objection to direct marketing (Art. 21 GDPR)</source>
        <translation>Widerspruch gegen Direktwerbung (Art. 21 DSGVO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contact wanted over this channel</source>
        <translation>Kein Kontakt über diesen Kanal gewünscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erasure: do not contact again</source>
        <translation>Löschung: nicht erneut kontaktieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address undeliverable</source>
        <translation>Adresse nicht zustellbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Robinson list (advertising opt-out list)</source>
        <translation>Robinsonliste (Werbesperrliste)</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/request_dialog.py" line="+36"/>
        <source>New data-subject request</source>
        <translation>Neuer Antrag einer betroffenen Person</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only if the person is not a customer</source>
        <translation>Nur wenn die Person kein Kunde ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identity checked</source>
        <translation>Identität geprüft</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>Eingegangen am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requester</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received via</source>
        <translation>Eingegangen per</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (one month, Art. 12(3) GDPR)</source>
        <translation>%1 (ein Monat, Art. 12 Abs. 3 DSGVO)</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/requests.py" line="+40"/>
        <source>Data-subject requests</source>
        <translation>Anträge betroffener Personen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open requests only</source>
        <translation>Nur offene Anträge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New request…</source>
        <translation>Neuer Antrag…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+117"/>
        <source>Identity checked</source>
        <translation>Identität geprüft</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Extend deadline…</source>
        <translation>Frist verlängern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done…</source>
        <translation>Erledigt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject…</source>
        <translation>Ablehnen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handled by</source>
        <translation>Bearbeitet von</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 open, %2 overdue. Answer within one month of receipt (Art. 12(3) GDPR).</source>
        <translation>%1 offen, %2 überfällig. Antwort binnen eines Monats nach Eingang (Art. 12 Abs. 3 DSGVO).</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>seit %n Tag überfällig</numerusform>
            <numerusform>seit %n Tagen überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>noch %n Tag</numerusform>
            <numerusform>noch %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+5"/>
        <location line="+4"/>
        <source>Extend deadline</source>
        <translation>Frist verlängern</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Extend by how many months (1 or 2)?</source>
        <translation>Um wie viele Monate verlängern (1 oder 2)?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason (the person must be told it):</source>
        <translation>Begründung (wird der Person mitgeteilt):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What was done (e.g. report sent on …)?</source>
        <translation>Was wurde getan (z. B. Auskunft versandt am …)?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why is the request rejected?</source>
        <translation>Warum wird der Antrag abgelehnt?</translation>
    </message>
</context>
<context>
    <name>RestrictDialog</name>
    <message>
        <location filename="../../desktop_app/ui/customer/actions.py" line="+19"/>
        <source>Lift restriction</source>
        <translation>Einschränkung aufheben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restrict processing</source>
        <translation>Verarbeitung einschränken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data of %1 may be used again.</source>
        <translation>Die Daten von %1 dürfen wieder verwendet werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data of %1 is kept but not used (Art. 18 GDPR), e.g. while its accuracy is disputed. The customer is not contactable on any channel until the restriction is lifted.</source>
        <translation>Die Daten von %1 werden aufbewahrt, aber nicht verwendet (Art. 18 DSGVO), z. B. solange ihre Richtigkeit bestritten wird. Bis zur Aufhebung ist der Kunde auf keinem Kanal kontaktierbar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>RetentionRulesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/governance/retention_rules.py" line="+159"/>
        <source>Retention rules</source>
        <translation>Aufbewahrungsregeln</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A customer is due for deletion when a rule covering them has run out: no valid consent, no purchase and no contact for the period. Any valid consent keeps the record, and customers with restricted processing are never listed.</source>
        <translation>Ein Kunde ist zur Löschung fällig, wenn eine Regel für ihn abgelaufen ist: keine gültige Einwilligung, kein Kauf und kein Kontakt während der Frist. Jede gültige Einwilligung hält den Datensatz, und Kunden mit eingeschränkter Verarbeitung erscheinen nie.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Data source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete after</source>
        <translation>Löschen nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add rule…</source>
        <translation>Regel hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Set where</source>
        <translation>Wo festgelegt</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>in this list</source>
        <translation>in dieser Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on the data source</source>
        <translation>bei der Datenquelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on the purpose</source>
        <translation>beim Zweck</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change this period in the data source&apos;s or purpose&apos;s own dialog.</source>
        <translation>Diese Frist ändern Sie im Dialog der Datenquelle bzw. des Zwecks.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n customer(s) due for deletion under these rules today.</source>
        <translation>
            <numerusform>Heute ist nach diesen Regeln %n Kunde zur Löschung fällig.</numerusform>
            <numerusform>Heute sind nach diesen Regeln %n Kunden zur Löschung fällig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+8"/>
        <source>Delete rule</source>
        <translation>Regel löschen</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Delete this retention rule?</source>
        <translation>Diese Aufbewahrungsregel löschen?</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <location line="-231"/>
        <source>Edit retention rule</source>
        <translation>Aufbewahrungsregel bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New retention rule</source>
        <translation>Neue Aufbewahrungsregel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any data source</source>
        <translation>Jede Datenquelle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any purpose</source>
        <translation>Jeder Zweck</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. trade-fair contacts without a purchase</source>
        <translation>z. B. Messekontakte ohne Kauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active (counts for the deletion list)</source>
        <translation>Aktiv (zählt für die Löschliste)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customers from</source>
        <translation>Kunden aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a consent for</source>
        <translation>Mit Einwilligung für</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete after</source>
        <translation>Löschen nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Customers from “%1”</source>
        <translation>Kunden aus „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with a consent for “%1”</source>
        <translation>mit einer Einwilligung für „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 are due for deletion when for %2 they have had no valid consent, no purchase and no contact.</source>
        <translation>%1 sind zur Löschung fällig, wenn sie %2 lang keine gültige Einwilligung, keinen Kauf und keinen Kontakt hatten.</translation>
    </message>
</context>
<context>
    <name>SegmentEditor</name>
    <message>
        <location filename="../../desktop_app/ui/campaigns/campaign_dialog.py" line="-156"/>
        <source>Segment: who is addressed (every filled-in line must match)</source>
        <translation>Zielgruppe: wer angesprochen wird (jede ausgefüllte Zeile muss zutreffen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>any of these tags, e.g. %1</source>
        <translation>eines dieser Schlagwörter, z. B. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 10000-14999, 20095</source>
        <translation>z. B. 10000-14999, 20095</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Berlin, Potsdam</source>
        <translation>z. B. Berlin, Potsdam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consumers and businesses</source>
        <translation>Verbraucher und Unternehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumers only</source>
        <translation>Nur Verbraucher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Businesses only</source>
        <translation>Nur Unternehmen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Existing customers only</source>
        <translation>Nur Bestandskunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>words as in the customer search</source>
        <translation>Suchbegriffe wie in der Kundensuche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcodes</source>
        <translation>Postleitzahlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cities</source>
        <translation>Orte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer type</source>
        <translation>Kundenart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data sources</source>
        <translation>Datenquellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer since</source>
        <translation>Kunde seit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/settings_dialog.py" line="+40"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Bäckerei Sonnenschein GmbH</source>
        <translation>z. B. Bäckerei Sonnenschein GmbH</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Street and number
Postcode and town</source>
        <translation>Straße und Hausnummer
Postleitzahl und Ort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. info@baeckerei-sonnenschein.de</source>
        <translation>z. B. info@baeckerei-sonnenschein.de</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Dr. Anna Schmidt, datenschutz@example.de</source>
        <translation>z. B. Dr. Anna Schmidt, datenschutz@example.de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your business</source>
        <translation>Ihr Unternehmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printed at the top of every report and form, and named as the controller in the record of processing activities. Shared by everyone who uses this database.</source>
        <translation>Steht oben auf jedem Bericht und Formular und wird im Verzeichnis von Verarbeitungstätigkeiten als Verantwortlicher genannt. Gilt für alle, die mit dieser Datenbank arbeiten.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies when ConsentDesk is started again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von ConsentDesk.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The business details are saved, but the language could not be: %1</source>
        <translation>Die Unternehmensangaben sind gespeichert, die Sprache aber nicht: %1</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/source_dialog.py" line="+35"/>
        <source>Edit data source</source>
        <translation>Datenquelle bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New data source</source>
        <translation>Neue Datenquelle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bought or received from a third party</source>
        <translation>Von Dritten gekauft oder erhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. the list broker&apos;s company name</source>
        <translation>z. B. Firmenname des Adresshändlers</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>not set</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no rule</source>
        <translation>keine Regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. consent via web form with double opt-in</source>
        <translation>z. B. Einwilligung per Webformular mit Double-Opt-in</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected from</source>
        <translation>Erhoben ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected until</source>
        <translation>Erhoben bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis note</source>
        <translation>Hinweis zur Rechtsgrundlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>SourceTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/source_table.py" line="+21"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third party</source>
        <translation>Von Dritten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected</source>
        <translation>Erhoben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> (archived)</source>
        <translation> (archiviert)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/sources.py" line="+31"/>
        <location line="+77"/>
        <source>Data sources</source>
        <translation>Datenquellen</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Every customer and consent points to where it came from (Art. 14 and 15 GDPR).</source>
        <translation>Für jeden Kunden und jede Einwilligung ist festgehalten, woher die Daten stammen (Art. 14 und 15 DSGVO).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New source…</source>
        <translation>Neue Quelle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Show archived</source>
        <translation>Archivierte anzeigen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/worker.py" line="+150"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>UndoConfirmDialog</name>
    <message>
        <location filename="../../desktop_app/ui/importing/history.py" line="+56"/>
        <location line="+16"/>
        <source>Undo import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Customer number</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kept because</source>
        <translation>Behalten, weil</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Import of “%1” on %2 by %3</source>
        <translation>Import von „%1“ am %2 durch %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This import wrote no customers and no consents: there is nothing to undo.</source>
        <translation>Dieser Import hat weder Kunden noch Einwilligungen angelegt oder geändert: Es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This import can no longer be undone: every customer and consent it wrote has been edited, used or changed since (see the list). Change those customers by hand if needed.</source>
        <translation>Dieser Import kann nicht mehr rückgängig gemacht werden: Alle Kunden und Einwilligungen, die er angelegt hat, wurden seitdem bearbeitet, verwendet oder geändert (siehe Liste). Ändern Sie diese Kunden bei Bedarf von Hand.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customers it created will be deleted</source>
        <translation>Von ihm angelegte Kunden werden gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers it changed will get their old values back</source>
        <translation>Von ihm geänderte Kunden erhalten ihre alten Werte zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents it created will be deleted</source>
        <translation>Von ihm angelegte Einwilligungen werden gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent entries it recorded will be deleted</source>
        <translation>Von ihm erfasste Einwilligungseinträge werden gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept because they were changed after the import</source>
        <translation>Behalten, weil nach dem Import geändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What undoing this import does:</source>
        <translation>Was das Rückgängigmachen dieses Imports bewirkt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is recorded in the audit log. The import cannot be redone from here.</source>
        <translation>Dies wird im Prüfprotokoll festgehalten. Der Import lässt sich von hier aus nicht wiederholen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>… and %1 more.</source>
        <translation>… und %1 weitere.</translation>
    </message>
</context>
<context>
    <name>UpgradeNotice</name>
    <message>
        <location filename="../../desktop_app/ui/upgrade_notice.py" line="+16"/>
        <source>ConsentDesk is updating the database to this version.
On a large database this takes a minute.</source>
        <translation>ConsentDesk aktualisiert die Datenbank auf diese Version.
Bei einer großen Datenbank dauert das eine Minute.</translation>
    </message>
</context>
<context>
    <name>WhyDialog</name>
    <message>
        <location filename="../../desktop_app/ui/campaigns/preview.py" line="+75"/>
        <source>Why / why not: %1</source>
        <translation>Warum / warum nicht: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>May be contacted.</source>
        <translation>Darf angesprochen werden.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>May not be contacted.</source>
        <translation>Darf nicht angesprochen werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>basis</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocks</source>
        <translation>sperrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rules version %1</source>
        <translation>Regelversion %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open customer…</source>
        <translation>Kunden öffnen…</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../desktop_app/ui/customer/actions.py" line="-105"/>
        <source>Withdraw consent</source>
        <translation>Einwilligung widerrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the withdrawal takes effect at the time given, with no grace period (Art. 7(3) GDPR).</source>
        <translation>%1: Der Widerruf wirkt ab dem angegebenen Zeitpunkt, ohne Übergangsfrist (Art. 7 Abs. 3 DSGVO).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Withdrawn on</source>
        <translation>Widerrufen am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
</TS>
