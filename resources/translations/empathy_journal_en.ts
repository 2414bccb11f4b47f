<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AttachmentsStrip</name>
    <message numerus="yes">
        <source>%n attached</source>
        <translation>
            <numerusform>%n attached</numerusform>
            <numerusform>%n attached</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message numerus="yes">
        <source>%n entries were edited on two computers</source>
        <translation>
            <numerusform>%n entry was edited on two computers</numerusform>
            <numerusform>%n entries were edited on two computers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Exported %n entries to {path}.</source>
        <translation>
            <numerusform>Exported %n entry to {path}.</numerusform>
            <numerusform>Exported %n entries to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoodCheckIn</name>
    <message numerus="yes">
        <source>Up to %n words for what you feel</source>
        <translation>
            <numerusform>One word for what you feel</numerusform>
            <numerusform>Up to %n words for what you feel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message numerus="yes">
        <source>%n debriefs</source>
        <translation>
            <numerusform>%n debrief</numerusform>
            <numerusform>%n debriefs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentions</source>
        <translation>
            <numerusform>%n mention</numerusform>
            <numerusform>%n mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to follow up</source>
        <translation>
            <numerusform>%n to follow up</numerusform>
            <numerusform>%n to follow up</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyFeature</name>
    <message numerus="yes">
        <source>%n entries no longer match their checksums</source>
        <translation>
            <numerusform>%n entry no longer matches its checksum</numerusform>
            <numerusform>%n entries no longer match their checksums</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleForm</name>
    <message numerus="yes">
        <source>Every %n days</source>
        <translation>
            <numerusform>Every day</numerusform>
            <numerusform>Every %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPreferencesPage</name>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <source>Synced {time} · %n computers</source>
        <translation>
            <numerusform>Synced {time} · %n computer</numerusform>
            <numerusform>Synced {time} · %n computers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n files still arriving</source>
        <translation>
            <numerusform> · %n file still arriving</numerusform>
            <numerusform> · %n files still arriving</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n files this passphrase cannot open</source>
        <translation>
            <numerusform> · %n file this passphrase cannot open</numerusform>
            <numerusform> · %n files this passphrase cannot open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message numerus="yes">
        <source>%n entries in the trash. They stay here until you empty the trash.</source>
        <translation>
            <numerusform>%n entry in the trash. It stays here until you empty the trash.</numerusform>
            <numerusform>%n entries in the trash. They stay here until you empty the trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n entries in the trash for good? This cannot be undone (backups made earlier still hold them).</source>
        <translation>
            <numerusform>Delete the entry in the trash for good? This cannot be undone (backups made earlier still hold it).</numerusform>
            <numerusform>Delete the %n entries in the trash for good? This cannot be undone (backups made earlier still hold them).</numerusform>
        </translation>
    </message>
</context>
</TS>
