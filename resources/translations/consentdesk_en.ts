<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BatchEraseDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/governance/batch_erase.py" line="+103"/>
        <source>%n customer(s) are due for deletion under the retention rules. Choose one to see what is deleted and what is kept, and why.</source>
        <translation>
            <numerusform>%n customer is due for deletion under the retention rules. Choose it to see what is deleted and what is kept, and why.</numerusform>
            <numerusform>%n customers are due for deletion under the retention rules. Choose one to see what is deleted and what is kept, and why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <source>%n of them keep name and phone number restricted for the §7a UWG evidence.</source>
        <translation>
            <numerusform>%n of them keeps name and phone number restricted for the §7a UWG evidence.</numerusform>
            <numerusform>%n of them keep name and phone number restricted for the §7a UWG evidence.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n were no longer due (e.g. a new purchase or consent) and were left alone.</source>
        <translation>
            <numerusform>%n was no longer due (e.g. a new purchase or consent) and was left alone.</numerusform>
            <numerusform>%n were no longer due (e.g. a new purchase or consent) and were left alone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n could not be erased:</source>
        <translation>
            <numerusform>%n could not be erased:</numerusform>
            <numerusform>%n could not be erased:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerExportDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/customer/list_export.py" line="+83"/>
        <source>%n customer(s), as the list shows them now: the same search and filters, in the same order. Erased customers are never exported. The export is recorded in the audit trail.</source>
        <translation>
            <numerusform>%n customer, as the list shows them now: the same search and filters, in the same order. Erased customers are never exported. The export is recorded in the audit trail.</numerusform>
            <numerusform>%n customers, as the list shows them now: the same search and filters, in the same order. Erased customers are never exported. The export is recorded in the audit trail.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerListExport</name>
    <message numerus="yes">
        <location line="+138"/>
        <source>%n customer(s) exported to %1.</source>
        <translation>
            <numerusform>%n customer exported to %1.</numerusform>
            <numerusform>%n customers exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/customers.py" line="+223"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/customer/merge_dialog.py" line="+240"/>
        <source>%n consent event(s) with their evidence</source>
        <translation>
            <numerusform>%n consent event with its evidence</numerusform>
            <numerusform>%n consent events with their evidence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n objection(s), refusal(s) or other do-not-contact entries</source>
        <translation>
            <numerusform>%n objection, refusal or other do-not-contact entry</numerusform>
            <numerusform>%n objections, refusals or other do-not-contact entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n other history entries (restriction, objection, …)</source>
        <translation>
            <numerusform>%n other history entry (restriction, objection, …)</numerusform>
            <numerusform>%n other history entries (restriction, objection, …)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n data-subject request(s)</source>
        <translation>
            <numerusform>%n data-subject request</numerusform>
            <numerusform>%n data-subject requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n campaign-export row(s)</source>
        <translation>
            <numerusform>%n campaign-export row</numerusform>
            <numerusform>%n campaign-export rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurposesPage</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/purposes.py" line="+67"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepermissionDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/governance/repermission.py" line="+157"/>
        <source>%n customer(s) to ask again</source>
        <translation>
            <numerusform>%n customer to ask again</numerusform>
            <numerusform>%n customers to ask again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n cannot be asked: no channel is allowed (e.g. after an objection)</source>
        <translation>
            <numerusform>%n cannot be asked: no channel is allowed (e.g. after an objection)</numerusform>
            <numerusform>%n cannot be asked: no channel is allowed (e.g. after an objection)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/reports/preview.py" line="+77"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/requests.py" line="+114"/>
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionRulesDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/governance/retention_rules.py" line="+236"/>
        <source>%n customer(s) due for deletion under these rules today.</source>
        <translation>
            <numerusform>%n customer due for deletion under these rules today.</numerusform>
            <numerusform>%n customers due for deletion under these rules today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceTableModel</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/models/source_table.py" line="+95"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
</TS>
