<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppearancePage</name>
    <message>
        <source>Like the system ({language})</source>
        <translation>Wie das System ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>Used from the next time you open Empathy Journal, in the window and on the command line.</source>
        <translation>Gilt ab dem nächsten Öffnen von Empathy Journal, im Fenster und auf der Kommandozeile.</translation>
    </message>
    <message>
        <source>Language note</source>
        <translation>Hinweis zur Sprache</translation>
    </message>
    <message>
        <source>Open Empathy Journal again to see it in {language}.</source>
        <translation>Öffne Empathy Journal erneut, um es auf {language} zu sehen.</translation>
    </message>
</context>
<context>
    <name>AttachmentTile</name>
    <message>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>unreadable
attachment</source>
        <translation>unlesbarer
Anhang</translation>
    </message>
    <message>
        <source>{name} ({size}). Enter opens it, Delete removes it; right-click for more.</source>
        <translation>{name} ({size}). Eingabe öffnet ihn, Entf entfernt ihn; Rechtsklick für mehr.</translation>
    </message>
    <message>
        <source>Press Enter to open, Delete to remove, the Menu key for more</source>
        <translation>Eingabe zum Öffnen, Entf zum Entfernen, die Menütaste für mehr</translation>
    </message>
</context>
<context>
    <name>AttachmentsFeature</name>
    <message>
        <source>Attach Photos or Files…</source>
        <translation>Fotos oder Dateien anhängen…</translation>
    </message>
    <message>
        <source>Attach photos or files to the shown entry</source>
        <translation>Dem angezeigten Eintrag Fotos oder Dateien anhängen</translation>
    </message>
    <message>
        <source>This journal is read-only here; files cannot be attached.</source>
        <translation>Dieses Tagebuch ist hier schreibgeschützt; Dateien können nicht angehängt werden.</translation>
    </message>
    <message>
        <source>The entry could not be saved, so nothing was attached.</source>
        <translation>Der Eintrag konnte nicht gespeichert werden, daher wurde nichts angehängt.</translation>
    </message>
    <message>
        <source>The other {count} attached.</source>
        <translation>Die übrigen wurden angehängt ({count}).</translation>
    </message>
    <message>
        <source>{problem} Nothing was attached.</source>
        <translation>{problem} Nichts wurde angehängt.</translation>
    </message>
    <message>
        <source>“{name}” cannot be read (its stored bytes are damaged), so no copy was saved.</source>
        <translation>„{name}“ kann nicht gelesen werden (die gespeicherten Daten sind beschädigt), daher wurde keine Kopie gespeichert.</translation>
    </message>
    <message>
        <source>The copy could not be saved to {path} ({reason}).</source>
        <translation>Die Kopie konnte nicht unter {path} gespeichert werden ({reason}).</translation>
    </message>
    <message>
        <source>Saved a copy of {name}</source>
        <translation>Kopie von {name} gespeichert</translation>
    </message>
    <message>
        <source>{problem} The name was not changed.</source>
        <translation>{problem} Der Name wurde nicht geändert.</translation>
    </message>
    <message>
        <source>{problem} The file is still attached.</source>
        <translation>{problem} Die Datei ist weiterhin angehängt.</translation>
    </message>
    <message>
        <source>Attach photos or files</source>
        <translation>Fotos oder Dateien anhängen</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>Rename attachment</source>
        <translation>Anhang umbenennen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Anhang entfernen</translation>
    </message>
    <message>
        <source>Remove “{name}” from this entry? It is deleted from the journal and cannot be brought back.</source>
        <translation>„{name}“ aus diesem Eintrag entfernen? Der Anhang wird aus dem Tagebuch gelöscht und kann nicht zurückgeholt werden.</translation>
    </message>
</context>
<context>
    <name>AttachmentsStrip</name>
    <message>
        <source>Drop photos or files here, or paste an image (Ctrl+V) into the text.</source>
        <translation>Zieh Fotos oder Dateien hierher oder füge ein Bild (Ctrl+V) im Text ein.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Unreadable attachment (it can be removed)</source>
        <translation>Unlesbarer Anhang (er kann entfernt werden)</translation>
    </message>
    <message>
        <source>Photo {name}, {size}</source>
        <translation>Foto {name}, {size}</translation>
    </message>
    <message>
        <source>File {name}, {size}</source>
        <translation>Datei {name}, {size}</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Anhängen…</translation>
    </message>
    <message>
        <source>Attach photos or files</source>
        <translation>Fotos oder Dateien anhängen</translation>
    </message>
    <message>
        <source>Attach photos or files to this entry ({keys})</source>
        <translation>Diesem Eintrag Fotos oder Dateien anhängen ({keys})</translation>
    </message>
    <message numerus="yes">
        <source>%n attached</source>
        <translation>
            <numerusform>%n angehängt</numerusform>
            <numerusform>%n angehängt</numerusform>
        </translation>
    </message>
    <message>
        <source>Actions for {name}</source>
        <translation>Aktionen für {name}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Kopie speichern…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>Von dir angelegt</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>Vor einer Aktualisierung</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sicherungen, neueste zuerst</translation>
    </message>
    <message>
        <source>Backup result</source>
        <translation>Ergebnis der Sicherung</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <source>Restoring keeps your current journal aside (in the “set-aside” folder beside it); nothing is deleted.</source>
        <translation>Beim Wiederherstellen wird dein aktuelles Tagebuch beiseitegelegt (im Ordner „set-aside“ daneben); nichts wird gelöscht.</translation>
    </message>
    <message>
        <source>Daily automatic backups to keep</source>
        <translation>Tägliche automatische Sicherungen, die bleiben</translation>
    </message>
    <message>
        <source>Weekly automatic backups to keep</source>
        <translation>Wöchentliche automatische Sicherungen, die bleiben</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalte</translation>
    </message>
    <message>
        <source>daily and</source>
        <translation>tägliche und</translation>
    </message>
    <message>
        <source>weekly automatic backups; manual ones are always kept.</source>
        <translation>wöchentliche automatische Sicherungen; manuelle bleiben immer.</translation>
    </message>
    <message>
        <source>The new numbers were not saved: {error}</source>
        <translation>Die neuen Anzahlen wurden nicht gespeichert: {error}</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>Your journal will be replaced by the backup from {day}, {time}. The current journal is kept aside (in the “set-aside” folder), not deleted.</source>
        <translation>Dein Tagebuch wird durch die Sicherung vom {day}, {time} ersetzt. Das aktuelle Tagebuch wird beiseitegelegt (im Ordner „set-aside“), nicht gelöscht.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export entries</source>
        <translation>Einträge exportieren</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Exportformat</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Zwischen</translation>
    </message>
    <message>
        <source>Entries matching “{search}”</source>
        <translation>Einträge, die zu „{search}“ passen</translation>
    </message>
    <message>
        <source>Export from</source>
        <translation>Exportieren ab</translation>
    </message>
    <message>
        <source>Export until</source>
        <translation>Exportieren bis</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>journal-export</source>
        <translation>tagebuch-export</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>The first day is after the last day; choose dates in order. Nothing was written.</source>
        <translation>Der erste Tag liegt nach dem letzten; wähle ein früheres Anfangsdatum. Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Exported 1 entry to {path}.</source>
        <translation>1 Eintrag nach {path} exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to {path}.</source>
        <translation>
            <numerusform>%n Eintrag nach {path} exportiert.</numerusform>
            <numerusform>%n Einträge nach {path} exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← Voriges</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Nächstes →</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Kopie speichern…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Previous photo</source>
        <translation>Voriges Foto</translation>
    </message>
    <message>
        <source>Next photo</source>
        <translation>Nächstes Foto</translation>
    </message>
    <message>
        <source>Show at actual size or fitted</source>
        <translation>Originalgröße oder ans Fenster angepasst zeigen</translation>
    </message>
    <message>
        <source>Save a copy of this photo</source>
        <translation>Eine Kopie dieses Fotos speichern</translation>
    </message>
    <message>
        <source>Close the photo</source>
        <translation>Foto schließen</translation>
    </message>
    <message>
        <source>This photo cannot be shown: its stored bytes are damaged or not an image this app can read.</source>
        <translation>Dieses Foto kann nicht gezeigt werden: Seine gespeicherten Daten sind beschädigt oder kein Bild, das diese App lesen kann.</translation>
    </message>
    <message>
        <source>{name} — Photo</source>
        <translation>{name} — Foto</translation>
    </message>
    <message>
        <source>Photo {name}</source>
        <translation>Foto {name}</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{number} von {count}</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Ans Fenster anpassen</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import entries</source>
        <translation>Einträge importieren</translation>
    </message>
    <message>
        <source>No file or folder chosen</source>
        <translation>Keine Datei und kein Ordner gewählt</translation>
    </message>
    <message>
        <source>Chosen file or folder</source>
        <translation>Gewählte Datei oder gewählter Ordner</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
    <message>
        <source>A RedNotebook data folder, or a folder of Markdown notes (Obsidian, Logseq, plain files)</source>
        <translation>Ein RedNotebook-Datenordner oder ein Ordner mit Markdown-Notizen (Obsidian, Logseq, einfache Dateien)</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Dateiformat</translation>
    </message>
    <message>
        <source>Recognise automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>Time zone of the file&apos;s times</source>
        <translation>Zeitzone der Uhrzeiten aus der Datei</translation>
    </message>
    <message>
        <source>How the file&apos;s fields are read</source>
        <translation>Wie die Felder der Datei gelesen werden</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Aus der Datei</translation>
    </message>
    <message>
        <source>In Empathy Journal</source>
        <translation>Im Tagebuch</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Times are in</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Import entries from</source>
        <translation>Einträge importieren aus</translation>
    </message>
    <message>
        <source>Journal exports ({patterns})</source>
        <translation>Tagebuch-Exporte ({patterns})</translation>
    </message>
    <message>
        <source>All files ({patterns})</source>
        <translation>Alle Dateien ({patterns})</translation>
    </message>
    <message>
        <source>Import entries from the folder</source>
        <translation>Einträge aus dem Ordner importieren</translation>
    </message>
    <message>
        <source>Cannot import this folder.</source>
        <translation>Dieser Ordner kann nicht importiert werden.</translation>
    </message>
    <message>
        <source>Cannot import this file.</source>
        <translation>Diese Datei kann nicht importiert werden.</translation>
    </message>
    <message>
        <source>from {first} to {last}</source>
        <translation>vom {first} bis {last}</translation>
    </message>
    <message>
        <source>no dates</source>
        <translation>ohne Daten</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>mood “{label}”</source>
        <translation>Stimmung „{label}“</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Mood for {label}</source>
        <translation>Stimmung für {label}</translation>
    </message>
    <message>
        <source>Not imported.</source>
        <translation>Nicht importiert.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>IncomingFiles</name>
    <message>
        <source>“{name}” is a folder; choose the files inside it.</source>
        <translation>„{name}“ ist ein Ordner; wähle die Dateien darin.</translation>
    </message>
    <message>
        <source>“{name}” is {size}; a file can be at most {most}.</source>
        <translation>„{name}“ ist {size} groß; eine Datei darf höchstens {most} groß sein.</translation>
    </message>
    <message>
        <source>“{name}” could not be read ({reason}).</source>
        <translation>„{name}“ konnte nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>dropped image.png</source>
        <translation>abgelegtes Bild.png</translation>
    </message>
    <message>
        <source>pasted image.png</source>
        <translation>eingefügtes Bild.png</translation>
    </message>
    <message>
        <source>The image could not be read.</source>
        <translation>Das Bild konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>InterchangeActions</name>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Your journal is locked</source>
        <translation>Dein Tagebuch ist gesperrt</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
</context>
<context>
    <name>MigrationProgress</name>
    <message>
        <source>{what} for this version of Empathy Journal…
Your entries are safe: a copy was made first, and an interrupted update leaves the journal as it was.</source>
        <translation>{what} für diese Version von Empathy Journal…
Deine Einträge sind sicher: Zuerst wurde eine Kopie angelegt, und eine unterbrochene Aktualisierung lässt das Tagebuch, wie es war.</translation>
    </message>
    <message>
        <source>Updating the journal</source>
        <translation>Das Tagebuch wird aktualisiert</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase and lock</source>
        <translation>Passphrase und Sperre</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Neue Passphrase noch einmal</translation>
    </message>
    <message>
        <source>Remember it in this computer&apos;s keyring</source>
        <translation>Im Schlüsselbund dieses Computers merken</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Sperren nach Minuten ohne Eingabe</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Noch einmal</translation>
    </message>
    <message>
        <source>Lock after idle</source>
        <translation>Sperren nach Leerlauf</translation>
    </message>
    <message>
        <source>Passphrase result</source>
        <translation>Ergebnis der Passphrase</translation>
    </message>
    <message>
        <source>Remove encryption</source>
        <translation>Verschlüsselung entfernen</translation>
    </message>
    <message>
        <source>A forgotten passphrase cannot be recovered by anyone. Without it the journal and its backups cannot be read.</source>
        <translation>Eine vergessene Passphrase kann niemand wiederherstellen. Ohne sie können das Tagebuch und seine Sicherungen nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>Encrypt journal</source>
        <translation>Tagebuch verschlüsseln</translation>
    </message>
    <message>
        <source>Type a new passphrase.</source>
        <translation>Gib eine neue Passphrase ein.</translation>
    </message>
    <message>
        <source>The two new passphrases differ. Nothing was changed.</source>
        <translation>Die beiden neuen Passphrasen sind verschieden. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The journal and its backups are now encrypted.</source>
        <translation>Das Tagebuch und seine Sicherungen sind jetzt verschlüsselt.</translation>
    </message>
    <message>
        <source>The passphrase was changed for the journal and its backups.</source>
        <translation>Die Passphrase wurde für das Tagebuch und seine Sicherungen geändert.</translation>
    </message>
    <message>
        <source>The journal and its backups are stored unencrypted again.</source>
        <translation>Das Tagebuch und seine Sicherungen werden wieder unverschlüsselt gespeichert.</translation>
    </message>
</context>
<context>
    <name>SafeStart</name>
    <message>
        <source>This journal is already open in another Empathy Journal window. Close that window and try again. Nothing was changed.</source>
        <translation>Ein anderes Fenster von Empathy Journal hat dieses Tagebuch bereits geöffnet. Schließe es und versuche es noch einmal. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>{path} is encrypted, or it is not a journal at all. To open an encrypted journal without a screen to type on, set {variable}. The file was left untouched.</source>
        <translation>{path} ist verschlüsselt oder gar kein Tagebuch. Um ein verschlüsseltes Tagebuch ohne Bildschirm zum Tippen zu öffnen, setze {variable}. Die Datei blieb unberührt.</translation>
    </message>
</context>
<context>
    <name>SafetyFeature</name>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Backups and restore…</source>
        <translation>Sicherungen und Wiederherstellen…</translation>
    </message>
    <message>
        <source>Passphrase and lock…</source>
        <translation>Passphrase und Sperre…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>The daily backup failed unexpectedly ({name}).</source>
        <translation>Die tägliche Sicherung ist unerwartet fehlgeschlagen ({name}).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>1 entry no longer matches its checksum</source>
        <translation>1 Eintrag stimmt nicht mehr mit seiner Prüfsumme überein</translation>
    </message>
    <message numerus="yes">
        <source>%n entries no longer match their checksums</source>
        <translation>
            <numerusform>%n Eintrag stimmt nicht mehr mit seiner Prüfsumme überein</numerusform>
            <numerusform>%n Einträge stimmen nicht mehr mit ihren Prüfsummen überein</numerusform>
        </translation>
    </message>
    <message>
        <source>(dates: {dates}). The file may be damaged. Repair restores the newest good backup and keeps everything newer that is still intact; the current file is kept aside.</source>
        <translation>(Daten: {dates}). Die Datei ist vielleicht beschädigt. Reparieren stellt die neueste gute Sicherung wieder her und behält alles Neuere, das noch intakt ist; die aktuelle Datei wird beiseitegelegt.</translation>
    </message>
    <message>
        <source>Repair from backup</source>
        <translation>Aus Sicherung reparieren</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock your journal</source>
        <translation>Dein Tagebuch entsperren</translation>
    </message>
    <message>
        <source>{name} is encrypted. Enter its passphrase to open it.</source>
        <translation>{name} ist verschlüsselt. Gib die Passphrase ein, um es zu öffnen.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Remember it in this computer&apos;s keyring</source>
        <translation>Im Schlüsselbund dieses Computers merken</translation>
    </message>
    <message>
        <source>Unlock problem</source>
        <translation>Problem beim Entsperren</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Gib zuerst die Passphrase ein.</translation>
    </message>
</context>
<context>
    <name>WindowLock</name>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Gib zuerst die Passphrase ein.</translation>
    </message>
</context>
</TS>
