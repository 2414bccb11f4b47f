<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>App</name>
    <message>
        <source>Welcome to your journal.</source>
        <translation>Willkommen in deinem Tagebuch.</translation>
    </message>
    <message>
        <source>Everything you write stays on this computer, in {path}; nothing is ever sent anywhere. To lock it with a passphrase, use File ▸ Passphrase and lock…. Start with today: write a few lines, rate how you feel on the right, pick a word or two. It saves as you type.</source>
        <translation>Alles, was du schreibst, bleibt auf diesem Computer, in {path}; nichts wird je irgendwohin gesendet. Um es mit einer Passphrase zu sperren, wähle Datei ▸ Passphrase und Sperre…. Fang mit heute an: Schreib ein paar Zeilen, bewerte rechts, wie du dich fühlst, wähle ein oder zwei Wörter. Gespeichert wird beim Tippen.</translation>
    </message>
    <message>
        <source>{app} cannot open the journal</source>
        <translation>{app} kann das Tagebuch nicht öffnen</translation>
    </message>
    <message>
        <source>{app} — sample journal</source>
        <translation>{app} — Beispieltagebuch</translation>
    </message>
</context>
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
    <name>Banner</name>
    <message>
        <source>Got it</source>
        <translation>Verstanden</translation>
    </message>
</context>
<context>
    <name>ComposedWindow</name>
    <message>
        <source>Sync</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Calm</source>
        <translation>&amp;Ruhe</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>Check-&amp;ins</source>
        <translation>Check-&amp;ins</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>◀ Day</source>
        <translation>◀ Tag</translation>
    </message>
    <message>
        <source>Day ▶</source>
        <translation>Tag ▶</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <source>Talk with {person}</source>
        <translation>Gespräch mit {person}</translation>
    </message>
    <message>
        <source>Conversation debrief</source>
        <translation>Gesprächsnachbereitung</translation>
    </message>
    <message>
        <source>Untitled entry</source>
        <translation>Eintrag ohne Titel</translation>
    </message>
    <message>
        <source>{date}: {title}</source>
        <translation>{date}: {title}</translation>
    </message>
    <message>
        <source>{date}: {title}, mood {mood}</source>
        <translation>{date}: {title}, Stimmung {mood}</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Using your journal</source>
        <translation>So nutzt du dein Tagebuch</translation>
    </message>
    <message>
        <source>Everything stays on this computer and saves as you type. There is no Save button.</source>
        <translation>Alles bleibt auf diesem Computer und wird beim Tippen gespeichert. Einen Speichern-Knopf gibt es nicht.</translation>
    </message>
    <message>
        <source>In the evening (about three minutes)</source>
        <translation>Am Abend (etwa drei Minuten)</translation>
    </message>
    <message>
        <source>The journal opens on today, with the cursor in the text. A prompt above it offers a question; &lt;i&gt;Another prompt&lt;/i&gt; changes it.</source>
        <translation>Das Tagebuch öffnet sich auf heute, mit dem Cursor im Text. Ein Impuls darüber stellt dir eine Frage; &lt;i&gt;Anderer Impuls&lt;/i&gt; wechselt sie.</translation>
    </message>
    <message>
        <source>Write. Markdown works: &lt;code&gt;# heading&lt;/code&gt;, &lt;code&gt;**bold**&lt;/code&gt;, &lt;code&gt;*italic*&lt;/code&gt;, &lt;code&gt;- lists&lt;/code&gt; (Return continues them), &lt;code&gt;#tags&lt;/code&gt;.</source>
        <translation>Schreib. Markdown funktioniert: &lt;code&gt;# Überschrift&lt;/code&gt;, &lt;code&gt;**fett**&lt;/code&gt;, &lt;code&gt;*kursiv*&lt;/code&gt;, &lt;code&gt;- Listen&lt;/code&gt; (die Eingabetaste setzt sie fort), &lt;code&gt;#Schlagwörter&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>On the right, rate mood, energy and stress; pick a few precise emotion words (search, or choose a corner of the mood meter: pleasant or unpleasant, high or low energy); tick the practices you did today.</source>
        <translation>Bewerte rechts Stimmung, Energie und Stress; wähle ein paar genaue Gefühlswörter (über die Suche oder eine Ecke des Stimmungsbarometers: angenehm oder unangenehm, viel oder wenig Energie); hake die Übungen ab, die du heute gemacht hast.</translation>
    </message>
    <message>
        <source>After a hard conversation (about five minutes)</source>
        <translation>Nach einem schwierigen Gespräch (etwa fünf Minuten)</translation>
    </message>
    <message>
        <source>&lt;b&gt;New conversation debrief&lt;/b&gt; opens a form beside the text: who, what happened, what you felt, what they might have felt (the amber section), what they needed, what you heard them say, what you would do differently, and a follow-up. Later, in &lt;b&gt;People&lt;/b&gt;, record whether your guess about their feelings was right.</source>
        <translation>&lt;b&gt;Neue Gesprächsnachbereitung&lt;/b&gt; öffnet ein Formular neben dem Text: wer, was passiert ist, was du gefühlt hast, was die andere Person gefühlt haben könnte (der bernsteinfarbene Abschnitt), was sie gebraucht hat, was du sie sagen gehört hast, was du anders machen würdest, und eine Nachfassung. Später hältst du unter &lt;b&gt;Personen&lt;/b&gt; fest, ob deine Vermutung über ihre Gefühle stimmte.</translation>
    </message>
    <message>
        <source>At the end of the month (about ten minutes)</source>
        <translation>Am Monatsende (etwa zehn Minuten)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Insights&lt;/b&gt; shows mood and stress over the month, the year day by day, your most frequent emotions and theirs, and what helped. Click a point to open that day. Export the month as a PDF or Markdown report.</source>
        <translation>&lt;b&gt;Einblicke&lt;/b&gt; zeigt Stimmung und Stress über den Monat, das Jahr Tag für Tag, deine häufigsten Gefühle und die der anderen, und was geholfen hat. Klick auf einen Punkt, um diesen Tag zu öffnen. Exportiere den Monat als PDF- oder Markdown-Bericht.</translation>
    </message>
    <message>
        <source>If something goes wrong</source>
        <translation>Wenn etwas schiefgeht</translation>
    </message>
    <message>
        <source>Deleted entries go to the trash first (Undo appears for a few seconds). File ▸ Backups lists the verified copies of your journal; restoring one keeps the current journal aside.</source>
        <translation>Gelöschte Einträge kommen zuerst in den Papierkorb (ein paar Sekunden lang erscheint Rückgängig). Datei ▸ Sicherungen und Wiederherstellen listet die geprüften Kopien deines Tagebuchs; stellst du eine wieder her, wird das aktuelle Tagebuch beiseitegelegt.</translation>
    </message>
    <message>
        <source>{app} help</source>
        <translation>Hilfe zu {app}</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Entries of the month</source>
        <translation>Einträge des Monats</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>No entries this month yet.</source>
        <translation>Diesen Monat noch keine Einträge.</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>New entry on the shown day</source>
        <translation>Neuer Eintrag am gezeigten Tag</translation>
    </message>
    <message>
        <source>New conversation debrief</source>
        <translation>Neue Gesprächsnachbereitung</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Previous / next day</source>
        <translation>Vorheriger / nächster Tag</translation>
    </message>
    <message>
        <source>Journal / Insights / People</source>
        <translation>Tagebuch / Einblicke / Personen</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Im Tagebuch suchen</translation>
    </message>
    <message>
        <source>I’m stressed: a few calm minutes (breathe, scan, stretch, name it)</source>
        <translation>Ich bin gestresst: ein paar ruhige Minuten (atmen, Körper spüren, dehnen, benennen)</translation>
    </message>
    <message>
        <source>In a calm session: pause or go on / stop (what you did is kept)</source>
        <translation>In einer Ruhe-Übung: pausieren oder weitermachen / beenden (was du gemacht hast, bleibt erhalten)</translation>
    </message>
    <message>
        <source>Mood check-in: mood, stress and up to three words</source>
        <translation>Stimmungs-Check-in: Stimmung, Stress und bis zu drei Wörter</translation>
    </message>
    <message>
        <source>Star the entry</source>
        <translation>Eintrag markieren</translation>
    </message>
    <message>
        <source>Attach photos or files (or drop them on the entry, or paste an image into its text)</source>
        <translation>Fotos oder Dateien anhängen (oder auf den Eintrag ziehen, oder ein Bild in seinen Text einfügen)</translation>
    </message>
    <message>
        <source>Move the entry to the trash</source>
        <translation>Eintrag in den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Undo the last delete</source>
        <translation>Letztes Löschen rückgängig machen</translation>
    </message>
    <message>
        <source>In Insights: previous / next period</source>
        <translation>In den Einblicken: vorheriger / nächster Zeitraum</translation>
    </message>
    <message>
        <source>Lock the journal</source>
        <translation>Tagebuch sperren</translation>
    </message>
    <message>
        <source>Preferences: theme, text size, dates, reminders, check-ins, safety</source>
        <translation>Einstellungen: Farbschema, Textgröße, Datum, Erinnerungen, Check-ins, Sicherheit</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>Diese Hilfe</translation>
    </message>
    <message>
        <source>Quit (what you wrote is saved first)</source>
        <translation>Beenden (was du geschrieben hast, wird vorher gespeichert)</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Tastatur</translation>
    </message>
    <message>
        <source>In a field</source>
        <translation>In einem Feld</translation>
    </message>
    <message>
        <source>Everything is saved as you type. There is no Save button.</source>
        <translation>Alles wird beim Tippen gespeichert. Einen Speichern-Knopf gibt es nicht.</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Umschalt+Tab</translation>
    </message>
    <message>
        <source>Title → text → (debrief form) → mood → energy → stress → emotions → practices</source>
        <translation>Titel → Text → (Nachbereitungsformular) → Stimmung → Energie → Stress → Gefühle → Übungen</translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Shift+Z</source>
        <translation>Strg+Z / Strg+Umschalt+Z</translation>
    </message>
    <message>
        <source>Undo / redo typing</source>
        <translation>Tippen rückgängig machen / wiederholen</translation>
    </message>
    <message>
        <source>Arrows, Delete</source>
        <translation>Pfeiltasten, Entf</translation>
    </message>
    <message>
        <source>On a rating: change it, or clear it</source>
        <translation>Auf einer Bewertung: ändern oder löschen</translation>
    </message>
    <message>
        <source>Down, Enter</source>
        <translation>Pfeil nach unten, Eingabe</translation>
    </message>
    <message>
        <source>In the emotion search: pick a word</source>
        <translation>In der Gefühlssuche: ein Wort wählen</translation>
    </message>
    <message>
        <source>Shift+Tab, 1–5</source>
        <translation>Umschalt+Tab, 1–5</translation>
    </message>
    <message>
        <source>From the emotion search: a chosen word&apos;s intensity</source>
        <translation>Aus der Gefühlssuche: die Intensität eines gewählten Worts</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>Start another entry on the shown day</source>
        <translation>Einen weiteren Eintrag am gezeigten Tag beginnen</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Vorheriger Tag</translation>
    </message>
    <message>
        <source>Go to today&apos;s entry</source>
        <translation>Zum heutigen Eintrag</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Nächster Tag</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Markieren</translation>
    </message>
    <message>
        <source>Star this entry</source>
        <translation>Diesen Eintrag markieren</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <source>Move this entry to the trash (it can be undone)</source>
        <translation>Diesen Eintrag löschen (er landet im Papierkorb; rückgängig machbar)</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Löschen rückgängig</translation>
    </message>
    <message>
        <source>Trash…</source>
        <translation>Papierkorb…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Einblicke</translation>
    </message>
    <message>
        <source>Charts of your month</source>
        <translation>Diagramme deines Monats</translation>
    </message>
    <message>
        <source>Help and keyboard shortcuts</source>
        <translation>Hilfe und Tastenkürzel</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>memory (nothing is written to disk)</source>
        <translation>Arbeitsspeicher (nichts wird auf die Festplatte geschrieben)</translation>
    </message>
    <message>
        <source>A private journal for understanding your emotions and other people&apos;s.</source>
        <translation>Ein privates Tagebuch, um deine Gefühle und die anderer Menschen zu verstehen.</translation>
    </message>
    <message>
        <source>Your journal: {path}</source>
        <translation>Dein Tagebuch: {path}</translation>
    </message>
    <message>
        <source>Everything stays on this computer. Nothing is ever sent anywhere.</source>
        <translation>Alles bleibt auf diesem Computer. Nichts wird je irgendwohin gesendet.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>in memory</source>
        <translation>im Arbeitsspeicher</translation>
    </message>
    <message>
        <source>This journal is read-only here.</source>
        <translation>Dieses Tagebuch ist hier schreibgeschützt.</translation>
    </message>
    <message>
        <source>You can read it, but changes will not be saved.</source>
        <translation>Du kannst es lesen, aber Änderungen werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>{state} This entry stays open until it is saved.</source>
        <translation>{state} Dieser Eintrag bleibt offen, bis er gespeichert ist.</translation>
    </message>
    <message>
        <source>Written {time}</source>
        <translation>Geschrieben um {time}</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Entries in {month}</source>
        <translation>Einträge im {month}</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({error}). Your text is still in the window and saving will be tried again; nothing saved before was lost.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen ({error}). Dein Text ist noch im Fenster, und das Speichern wird erneut versucht; nichts vorher Gespeichertes ging verloren.</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Gespeichert um {time}</translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation>Nicht gespeichert: {message}</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <source>Draft discarded (it had not been saved).</source>
        <translation>Entwurf verworfen (er war noch nicht gespeichert).</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>Löschen nicht möglich</translation>
    </message>
    <message>
        <source>Entry moved to the trash. Undo with Ctrl+Alt+Z or Edit ▸ Undo delete.</source>
        <translation>Eintrag liegt jetzt im Papierkorb. Rückgängig mit Strg+Alt+Z oder Bearbeiten ▸ Löschen rückgängig.</translation>
    </message>
    <message>
        <source>Entry moved to the trash.</source>
        <translation>Eintrag liegt jetzt im Papierkorb.</translation>
    </message>
    <message>
        <source>Could not restore</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>That entry is gone: the trash was emptied since.</source>
        <translation>Dieser Eintrag ist weg: Der Papierkorb wurde seitdem geleert.</translation>
    </message>
    <message>
        <source>Entry restored.</source>
        <translation>Eintrag wiederhergestellt.</translation>
    </message>
    <message>
        <source>Your last change is not saved</source>
        <translation>Deine letzte Änderung ist nicht gespeichert</translation>
    </message>
    <message>
        <source>{state}

Everything saved before is safe.</source>
        <translation>{state}

Alles, was vorher gespeichert wurde, ist sicher.</translation>
    </message>
    <message>
        <source>Keep a copy and close</source>
        <translation>Kopie behalten und schließen</translation>
    </message>
    <message>
        <source>Close without it</source>
        <translation>Ohne sie schließen</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Bleiben</translation>
    </message>
    <message>
        <source>“Keep a copy” writes the text to a file in the “unsaved” folder beside your journal.</source>
        <translation>„Kopie behalten“ schreibt den Text in eine Datei im Ordner „unsaved“ neben deinem Tagebuch.</translation>
    </message>
</context>
<context>
    <name>ReportWritten</name>
    <message>
        <source>The report</source>
        <translation>Der Bericht</translation>
    </message>
    <message>
        <source>{what} is ready</source>
        <translation>{what} ist fertig</translation>
    </message>
    <message>
        <source>{what} was written to
{path}</source>
        <translation>{what} wurde gespeichert unter
{path}</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Show the folder</source>
        <translation>Ordner zeigen</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Entries in the trash</source>
        <translation>Einträge im Papierkorb</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>Papierkorb leeren…</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries in the trash. They stay here until you empty the trash.</source>
        <translation>
            <numerusform>%n Eintrag im Papierkorb. Er bleibt dort, bis du den Papierkorb leerst.</numerusform>
            <numerusform>%n Einträge im Papierkorb. Sie bleiben dort, bis du den Papierkorb leerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty the trash?</source>
        <translation>Papierkorb leeren?</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n entries in the trash for good? This cannot be undone (backups made earlier still hold them).</source>
        <translation>
            <numerusform>%n Eintrag im Papierkorb endgültig löschen? Das lässt sich nicht rückgängig machen (frühere Sicherungen enthalten ihn noch).</numerusform>
            <numerusform>Alle %n Einträge im Papierkorb endgültig löschen? Das lässt sich nicht rückgängig machen (frühere Sicherungen enthalten sie noch).</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not empty the trash</source>
        <translation>Papierkorb konnte nicht geleert werden</translation>
    </message>
</context>
</TS>
