<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AfterPage</name>
    <message>
        <source>How do you feel now?</source>
        <translation>Wie fühlst du dich jetzt?</translation>
    </message>
    <message>
        <source>Stress now</source>
        <translation>Stress jetzt</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save this session</source>
        <translation>Diese Sitzung speichern</translation>
    </message>
    <message>
        <source>Don’t save</source>
        <translation>Nicht speichern</translation>
    </message>
</context>
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
        <source>Like the desktop (follows it when it switches)</source>
        <translation>Wie der Desktop (wechselt mit ihm)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Smaller (90 %)</source>
        <translation>Kleiner (90 %)</translation>
    </message>
    <message>
        <source>As the system&apos;s (100 %)</source>
        <translation>Wie im System (100 %)</translation>
    </message>
    <message>
        <source>A little larger (110 %)</source>
        <translation>Etwas größer (110 %)</translation>
    </message>
    <message>
        <source>Larger (125 %)</source>
        <translation>Größer (125 %)</translation>
    </message>
    <message>
        <source>Largest (150 %)</source>
        <translation>Am größten (150 %)</translation>
    </message>
    <message>
        <source>Like the system ({language})</source>
        <translation>Wie das System ({language})</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>How the window looks on this computer. Changes show at once.</source>
        <translation>Wie das Fenster auf diesem Computer aussieht. Änderungen wirken sofort.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>“Like the desktop” turns dark and light with your system&apos;s setting.</source>
        <translation>„Wie der Desktop“ wird mit der Einstellung deines Systems hell oder dunkel.</translation>
    </message>
    <message>
        <source>Text &amp;size</source>
        <translation>&amp;Textgröße</translation>
    </message>
    <message>
        <source>Relative to the text size your desktop uses.</source>
        <translation>Im Verhältnis zur Textgröße deines Desktops.</translation>
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
    <name>BackgroundPortal</name>
    <message>
        <source>Start the journal after login so its reminders can come.</source>
        <translation>Das Tagebuch nach der Anmeldung starten, damit seine Erinnerungen kommen können.</translation>
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
    <name>Banner</name>
    <message>
        <source>Got it</source>
        <translation>Verstanden</translation>
    </message>
</context>
<context>
    <name>BeforePage</name>
    <message>
        <source>calm</source>
        <translation>ruhig</translation>
    </message>
    <message>
        <source>overwhelmed</source>
        <translation>überwältigt</translation>
    </message>
    <message>
        <source>Let’s slow down for a moment</source>
        <translation>Lass uns einen Moment innehalten</translation>
    </message>
    <message>
        <source>Stress right now</source>
        <translation>Stress im Moment</translation>
    </message>
    <message>
        <source>What set it off? (optional: a word or a person)</source>
        <translation>Auslöser (optional: ein Wort oder eine Person)</translation>
    </message>
    <message>
        <source>e.g. the review meeting, Sam</source>
        <translation>z. B. die Besprechung, Sam</translation>
    </message>
    <message>
        <source>What set it off, optional</source>
        <translation>Auslöser, optional</translation>
    </message>
    <message>
        <source>Technique; arrows choose, Tab moves on</source>
        <translation>Technik; Pfeiltasten wählen, Tab geht weiter</translation>
    </message>
    <message>
        <source>&amp;Technique</source>
        <translation>&amp;Technik</translation>
    </message>
    <message>
        <source>&amp;Length in minutes</source>
        <translation>&amp;Dauer (Minuten)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Dauer (Minuten)</translation>
    </message>
    <message>
        <source>Reduce motion: a countdown instead of the moving circle</source>
        <translation>Weniger Bewegung: ein Countdown statt des bewegten Kreises</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Add your own technique…</source>
        <translation>Eigene Technik hinzufügen…</translation>
    </message>
    <message>
        <source>Back to the journal</source>
        <translation>Zurück zum Tagebuch</translation>
    </message>
</context>
<context>
    <name>BreathingCircle</name>
    <message>
        <source>Breathing guide</source>
        <translation>Atemanleitung</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Chart: {title}</source>
        <translation>Diagramm: {title}</translation>
    </message>
    <message>
        <source>Save chart as {kind}…</source>
        <translation>Diagramm als {kind} speichern…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>{kind} image (*.{ext})</source>
        <translation>{kind}-Bild (*.{ext})</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>Diagramm nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>{check_in} check-in</source>
        <translation>Check-in: {check_in}</translation>
    </message>
    <message>
        <source>{check_in} questions</source>
        <translation>Fragen: {check_in}</translation>
    </message>
    <message>
        <source>Source: {source} {note}</source>
        <translation>Quelle: {source} {note}</translation>
    </message>
    <message>
        <source>Your {check_in} today: {score}. Insights shows it over time.</source>
        <translation>{check_in} heute: {score}. Die Einblicke zeigen den Verlauf.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>CheckInsFeature</name>
    <message>
        <source>A short self-reflection: {question}</source>
        <translation>Eine kurze Selbstreflexion: {question}</translation>
    </message>
    <message>
        <source>Check-in schedule…</source>
        <translation>Check-in-Zeitplan…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>CheckInsPage</name>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
</context>
<context>
    <name>ChosenEmotionRow</name>
    <message>
        <source>Intensity of {word}, 1 to 5</source>
        <translation>Stärke von {word}, 1 bis 5</translation>
    </message>
    <message>
        <source>Remove {word}</source>
        <translation>{word} entfernen</translation>
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
    <name>ComputerPage</name>
    <message>
        <source>That choice cannot be kept ({error}); nothing was changed.</source>
        <translation>Diese Wahl kann nicht übernommen werden ({error}); nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message>
        <source>Sync conflict</source>
        <translation>Abgleichkonflikt</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>{name} was edited on two computers</source>
        <translation>{name} wurde auf zwei Computern bearbeitet</translation>
    </message>
    <message numerus="yes">
        <source>%n entries were edited on two computers</source>
        <translation>
            <numerusform>%n Eintrag wurde auf zwei Computern bearbeitet</numerusform>
            <numerusform>%n Einträge wurden auf zwei Computern bearbeitet</numerusform>
        </translation>
    </message>
    <message>
        <source>{conflict} — both versions are kept. Compare them and choose when you like.</source>
        <translation>{conflict} – beide Fassungen bleiben erhalten. Vergleiche sie und wähle, wann du magst.</translation>
    </message>
</context>
<context>
    <name>ConflictCompareDialog</name>
    <message>
        <source>The entry of {day}</source>
        <translation>Der Eintrag vom {day}</translation>
    </message>
    <message>
        <source>mood {value}</source>
        <translation>Stimmung {value}</translation>
    </message>
    <message>
        <source>energy {value}</source>
        <translation>Energie {value}</translation>
    </message>
    <message>
        <source>stress {value}</source>
        <translation>Stress {value}</translation>
    </message>
    <message>
        <source>no ratings</source>
        <translation>keine Bewertungen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>no title</source>
        <translation>ohne Titel</translation>
    </message>
    <message>
        <source>Saved {day}, {time}</source>
        <translation>Gespeichert am {day} um {time}</translation>
    </message>
    <message>
        <source>{ratings} · feelings: {feelings}</source>
        <translation>{ratings} · Gefühle: {feelings}</translation>
    </message>
    <message>
        <source>Compare the two versions</source>
        <translation>Die beiden Fassungen vergleichen</translation>
    </message>
    <message>
        <source>{name} was changed on two computers before they had seen each other&apos;s change, in the same place. Both versions are kept until you choose; lines only one version has are tinted.</source>
        <translation>{name} wurde auf zwei Computern geändert, beide Male dieselbe Stelle, bevor die Computer die Änderung des anderen gesehen hatten. Beide Fassungen bleiben erhalten, bis du wählst; Zeilen, die nur eine Fassung enthält, sind farbig hinterlegt.</translation>
    </message>
    <message>
        <source>In the entry</source>
        <translation>Im Eintrag</translation>
    </message>
    <message>
        <source>In the conflict copy</source>
        <translation>Konfliktkopie</translation>
    </message>
    <message>
        <source>The version you do not keep goes to the trash (you can restore it).</source>
        <translation>Die Fassung, die du nicht behältst, landet im Papierkorb (du kannst sie wiederherstellen).</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>Keep the copy as an entry of its own</source>
        <translation>Die Kopie als eigenen Eintrag behalten</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Später entscheiden</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Diese behalten</translation>
    </message>
</context>
<context>
    <name>ConversationForm</name>
    <message>
        <source>The conversation</source>
        <translation>Das Gespräch</translation>
    </message>
    <message>
        <source>Feelings, mine and theirs</source>
        <translation>Gefühle, meine und ihre</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Zuhören</translation>
    </message>
    <message>
        <source>Next time</source>
        <translation>Nächstes Mal</translation>
    </message>
    <message>
        <source>Conversation debrief</source>
        <translation>Gesprächsnachbereitung</translation>
    </message>
    <message>
        <source>Every field is optional. Write as much or as little as helps.</source>
        <translation>Jedes Feld ist freiwillig. Schreib so viel oder so wenig, wie dir hilft.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>A name or alias; a new one is added when you move on.</source>
        <translation>Ein Name oder Spitzname; ein neuer wird angelegt, sobald du weitergehst.</translation>
    </message>
    <message>
        <source>Choose the emotion words in the panel on the right: yours, and theirs in the amber section. Add anything else here.</source>
        <translation>Wähl die Gefühlswörter rechts: deine, und ihre im bernsteinfarbenen Bereich. Alles Weitere kannst du hier ergänzen.</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Follow-up has a due date</source>
        <translation>Nachfassen hat ein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Follow-up due date</source>
        <translation>Fälligkeitsdatum des Nachfassens</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Nachfassen erledigt</translation>
    </message>
    <message>
        <source>That change was not saved: {error} Everything written before is safe; please try it again in a moment.</source>
        <translation>Diese Änderung wurde nicht gespeichert: {error} Alles zuvor Geschriebene ist sicher; versuch es bitte gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>ConversationsFeature</name>
    <message>
        <source>New conversation debrief</source>
        <translation>Neue Gesprächsnachbereitung</translation>
    </message>
    <message>
        <source>Reflect on a conversation with someone</source>
        <translation>Über ein Gespräch mit jemandem nachdenken</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Everyone you have written about</source>
        <translation>Alle, über die du geschrieben hast</translation>
    </message>
    <message>
        <source>New from template</source>
        <translation>Neu aus Vorlage</translation>
    </message>
    <message>
        <source>Save text as a template…</source>
        <translation>Text als Vorlage speichern…</translation>
    </message>
    <message>
        <source>Delete one of your templates</source>
        <translation>Eine deiner Vorlagen löschen</translation>
    </message>
    <message>
        <source>Template not deleted</source>
        <translation>Vorlage nicht gelöscht</translation>
    </message>
    <message>
        <source>{error} Nothing was lost.</source>
        <translation>{error} Nichts ist verloren gegangen.</translation>
    </message>
    <message>
        <source>Save as a template</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <source>Write the text you want to reuse first.</source>
        <translation>Schreib zuerst den Text, den du wiederverwenden möchtest.</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Name der Vorlage:</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Vorlage nicht gespeichert</translation>
    </message>
    <message>
        <source>{error} Your entry itself is safe.</source>
        <translation>{error} Dein Eintrag selbst ist sicher.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>Today {time}</source>
        <translation>Heute {time}</translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation>Gestern {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatesPage</name>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>How dates are written everywhere in the window, and the day the calendars start their weeks on.</source>
        <translation>Wie Daten überall im Fenster geschrieben werden und mit welchem Tag die Kalender ihre Wochen beginnen.</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Datumsformat</translation>
    </message>
    <message>
        <source>First day of the week</source>
        <translation>Erster Tag der Woche</translation>
    </message>
    <message>
        <source>Date &amp;format</source>
        <translation>Datums&amp;format</translation>
    </message>
    <message>
        <source>Headings always name the weekday too.</source>
        <translation>Überschriften nennen immer auch den Wochentag.</translation>
    </message>
    <message>
        <source>First day of the &amp;week</source>
        <translation>Erster Tag der &amp;Woche</translation>
    </message>
    <message>
        <source>How dates look now</source>
        <translation>So sehen Daten jetzt aus</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Sieht so aus</translation>
    </message>
    <message>
        <source>As your language writes it</source>
        <translation>Wie deine Sprache es schreibt</translation>
    </message>
    <message>
        <source>With the month&apos;s name</source>
        <translation>Mit dem Monatsnamen</translation>
    </message>
    <message>
        <source>{format}: {example}</source>
        <translation>{format}: {example}</translation>
    </message>
    <message>
        <source>As your language has it ({weekday})</source>
        <translation>Wie deine Sprache es vorsieht ({weekday})</translation>
    </message>
</context>
<context>
    <name>DesktopNotifications</name>
    <message>
        <source>Open journal</source>
        <translation>Tagebuch öffnen</translation>
    </message>
</context>
<context>
    <name>DueLine</name>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} und {last}</translation>
    </message>
    <message>
        <source>When you have two minutes: a check-in is due ({check_ins}).</source>
        <translation>Zwei Minuten Zeit? Ein Check-in ist fällig ({check_ins}).</translation>
    </message>
    <message>
        <source>Check-in due</source>
        <translation>Check-in fällig</translation>
    </message>
    <message>
        <source>Take it</source>
        <translation>Ausfüllen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Take the check-in now</source>
        <translation>Das Check-in jetzt ausfüllen</translation>
    </message>
    <message>
        <source>Not now: remind me next period</source>
        <translation>Nicht jetzt: im nächsten Zeitraum wieder erinnern</translation>
    </message>
    <message>
        <source>Take {check_in}…</source>
        <translation>{check_in} ausfüllen…</translation>
    </message>
</context>
<context>
    <name>EmotionFilter</name>
    <message>
        <source>Find a feeling…</source>
        <translation>Gefühl finden…</translation>
    </message>
    <message>
        <source>Find a feeling to filter by</source>
        <translation>Ein Gefühl zum Filtern finden</translation>
    </message>
    <message>
        <source>Feelings to filter by</source>
        <translation>Gefühle zum Filtern</translation>
    </message>
    <message>
        <source>Any feeling</source>
        <translation>Jedes Gefühl</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear the chosen feelings</source>
        <translation>Die gewählten Gefühle abwählen</translation>
    </message>
    <message>
        <source>Any of: {feelings}</source>
        <translation>Eines von: {feelings}</translation>
    </message>
</context>
<context>
    <name>EmotionPanel</name>
    <message>
        <source>How you are feeling and which emotions fit</source>
        <translation>Wie es dir geht und welche Gefühle passen</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>very low</source>
        <translation>sehr gedrückt</translation>
    </message>
    <message>
        <source>wonderful</source>
        <translation>wunderbar</translation>
    </message>
    <message>
        <source>mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>drained</source>
        <translation>ausgelaugt</translation>
    </message>
    <message>
        <source>full of energy</source>
        <translation>voller Energie</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>overwhelming</source>
        <translation>überwältigend</translation>
    </message>
    <message>
        <source>stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <source>How are you feeling?</source>
        <translation>Wie geht es dir?</translation>
    </message>
    <message>
        <source>Emotions</source>
        <translation>Gefühle</translation>
    </message>
    <message>
        <source>The most precise words you can find; a word&apos;s meaning shows below it.</source>
        <translation>Die genauesten Wörter, die du findest; die Bedeutung steht darunter.</translation>
    </message>
</context>
<context>
    <name>EmotionPicker</name>
    <message>
        <source>Find a word…</source>
        <translation>Wort suchen…</translation>
    </message>
    <message>
        <source>Search emotion words they might have felt</source>
        <translation>Gefühlswörter suchen, die das Gegenüber wohl fühlte</translation>
    </message>
    <message>
        <source>Search emotion words you feel</source>
        <translation>Gefühlswörter suchen, die du fühlst</translation>
    </message>
    <message>
        <source>Type part of a word (try “frustrated”); Down, then Enter adds it</source>
        <translation>Tippe einen Teil eines Wortes (etwa „frustriert“); Pfeil runter, dann Enter fügt es hinzu</translation>
    </message>
    <message>
        <source>Matching emotion words; Enter adds the word</source>
        <translation>Passende Gefühlswörter; Enter fügt das Wort hinzu</translation>
    </message>
    <message>
        <source>No words chosen yet.</source>
        <translation>Noch keine Wörter gewählt.</translation>
    </message>
    <message>
        <source>No emotion words chosen yet</source>
        <translation>Noch keine Gefühlswörter gewählt</translation>
    </message>
    <message>
        <source>Definition of the highlighted word</source>
        <translation>Bedeutung des markierten Wortes</translation>
    </message>
    <message>
        <source>No word matches “{query}”. Try a shorter or simpler word.</source>
        <translation>Kein Wort passt zu „{query}“. Versuch ein kürzeres oder einfacheres Wort.</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Writing prompt</source>
        <translation>Schreibimpuls</translation>
    </message>
    <message>
        <source>Another prompt</source>
        <translation>Anderer Impuls</translation>
    </message>
    <message>
        <source>Show a different prompt</source>
        <translation>Einen anderen Impuls zeigen</translation>
    </message>
    <message>
        <source>Show another writing prompt</source>
        <translation>Einen anderen Schreibimpuls zeigen</translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation>Titel (optional)</translation>
    </message>
    <message>
        <source>Entry title</source>
        <translation>Titel des Eintrags</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>Text des Eintrags</translation>
    </message>
    <message>
        <source>Write freely. Markdown works: # heading, **bold**, *italic*, - lists, #tags.</source>
        <translation>Schreib einfach drauflos. Markdown geht: # Überschrift, **fett**, *kursiv*, - Listen, #Schlagwörter.</translation>
    </message>
    <message>
        <source>Show a prompt</source>
        <translation>Impuls zeigen</translation>
    </message>
</context>
<context>
    <name>EntryListDelegate</name>
    <message>
        <source>debrief</source>
        <translation>Nachbereitung</translation>
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
    <name>FollowUpRow</name>
    <message>
        <source>Mark done: {text}</source>
        <translation>Als erledigt markieren: {text}</translation>
    </message>
    <message>
        <source>Tick when done</source>
        <translation>Abhaken, wenn erledigt</translation>
    </message>
    <message>
        <source>with {name} · {when}</source>
        <translation>mit {name} · {when}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the debrief of: {text}</source>
        <translation>Die Nachbereitung öffnen zu: {text}</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <source>Open follow-ups</source>
        <translation>Offene Nachfassungen</translation>
    </message>
    <message>
        <source>No open follow-ups. Add one at the end of a debrief.</source>
        <translation>Keine offenen Nachfassungen. Füg eine am Ende einer Nachbereitung hinzu.</translation>
    </message>
    <message>
        <source>Undo “done”</source>
        <translation>„Erledigt“ rückgängig</translation>
    </message>
    <message>
        <source>Undo marking the last follow-up done</source>
        <translation>Das Erledigt der letzten Nachfassung rückgängig machen</translation>
    </message>
    <message>
        <source>FOLLOW-UPS</source>
        <translation>NACHFASSEN</translation>
    </message>
    <message>
        <source>FOLLOW-UPS ({count}, {overdue} overdue)</source>
        <translation>NACHFASSEN ({count}, {overdue} überfällig)</translation>
    </message>
    <message>
        <source>FOLLOW-UPS ({count})</source>
        <translation>NACHFASSEN ({count})</translation>
    </message>
    <message>
        <source>Follow-ups, {count} open, {overdue} overdue</source>
        <translation>Nachfassungen, {count} offen, {overdue} überfällig</translation>
    </message>
    <message>
        <source>Follow-ups, {count} open</source>
        <translation>Nachfassungen, {count} offen</translation>
    </message>
    <message>
        <source>{state}: hide the list</source>
        <translation>{state}: Liste ausblenden</translation>
    </message>
    <message>
        <source>{state}: show the list</source>
        <translation>{state}: Liste einblenden</translation>
    </message>
    <message>
        <source>and {count} more, on each person&apos;s page ({keys})</source>
        <translation>und {count} weitere, auf der Seite der jeweiligen Person ({keys})</translation>
    </message>
    <message>
        <source>Could not mark it done: {error}</source>
        <translation>Konnte nicht als erledigt markiert werden: {error}</translation>
    </message>
    <message>
        <source>Could not undo: {error} Nothing was lost.</source>
        <translation>Konnte nicht rückgängig gemacht werden: {error} Nichts ist verloren gegangen.</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop (Esc); what you did is kept</source>
        <translation>Stopp (Esc); Geschafftes bleibt erhalten</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Go on (Space)</source>
        <translation>Weiter (Leertaste)</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Leertaste)</translation>
    </message>
    <message>
        <source>Paused · {left}</source>
        <translation>Pausiert · {left}</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>noch {time}</translation>
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
    <name>InsightsView</name>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dieses Quartal</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Monthly charts</source>
        <translation>Monatsdiagramme</translation>
    </message>
    <message>
        <source>Review period length</source>
        <translation>Länge des Rückblickzeitraums</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Voriger Zeitraum</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Nächster Zeitraum</translation>
    </message>
    <message>
        <source>Go back to the period holding today</source>
        <translation>Zurück zum Zeitraum mit dem heutigen Tag</translation>
    </message>
    <message>
        <source>Export report {arrow}</source>
        <translation>Bericht exportieren {arrow}</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>As PDF…</source>
        <translation>Als PDF…</translation>
    </message>
    <message>
        <source>As Markdown…</source>
        <translation>Als Markdown…</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>ohne Titel</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Bericht wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>Bericht nicht geschrieben</translation>
    </message>
</context>
<context>
    <name>IntensityDots</name>
    <message>
        <source>a trace</source>
        <translation>ein Hauch</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>deutlich</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>overwhelming</source>
        <translation>überwältigend</translation>
    </message>
    <message>
        <source>Intensity not rated. Click a dot, or press 1–5.</source>
        <translation>Stärke nicht bewertet. Klick auf einen Punkt oder drück 1–5.</translation>
    </message>
    <message>
        <source>intensity not rated</source>
        <translation>Stärke nicht bewertet</translation>
    </message>
    <message>
        <source>Intensity {level} of 5: {word}. Click a dot, or use the arrow keys; Delete clears it.</source>
        <translation>Stärke {level} von 5: {word}. Klick auf einen Punkt oder nimm die Pfeiltasten; Entf löscht sie.</translation>
    </message>
    <message>
        <source>{level} of 5, {word}</source>
        <translation>{level} von 5, {word}</translation>
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
    <name>JournalPage</name>
    <message>
        <source>The journal is locked. Unlock it to change these; they are kept in the journal itself.</source>
        <translation>Das Tagebuch ist gesperrt. Entsperre es, um diese zu ändern; sie stehen im Tagebuch selbst.</translation>
    </message>
    <message>
        <source>This journal is read-only here, so the preferences kept in it cannot be changed.</source>
        <translation>Dieses Tagebuch ist hier schreibgeschützt, daher lassen sich die Einstellungen darin nicht ändern.</translation>
    </message>
    <message>
        <source>This journal lives in memory only: it has no backups and is never locked.</source>
        <translation>Dieses Tagebuch liegt nur im Arbeitsspeicher: Es hat keine Sicherungen und wird nie gesperrt.</translation>
    </message>
    <message>
        <source>That choice cannot be kept ({error}); nothing was changed.</source>
        <translation>Diese Wahl kann nicht übernommen werden ({error}); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Nicht gespeichert: {error}</translation>
    </message>
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
    <name>MoodCalendar</name>
    <message>
        <source>Calendar: days coloured by mood</source>
        <translation>Kalender: Tage nach Stimmung gefärbt</translation>
    </message>
</context>
<context>
    <name>MoodCheckIn</name>
    <message>
        <source>Mood check-in</source>
        <translation>Stimmungscheck</translation>
    </message>
    <message>
        <source>How are you, right now?</source>
        <translation>Wie geht es dir gerade?</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>low</source>
        <translation>schlecht</translation>
    </message>
    <message>
        <source>great</source>
        <translation>großartig</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <source>calm</source>
        <translation>ruhig</translation>
    </message>
    <message>
        <source>overwhelmed</source>
        <translation>überwältigt</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the check-in to today</source>
        <translation>Stimmungscheck für heute speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Three words chosen; remove one to pick another.</source>
        <translation>Drei Wörter gewählt; entferne eins, um ein anderes zu nehmen.</translation>
    </message>
    <message numerus="yes">
        <source>Up to %n words for what you feel</source>
        <translation>
            <numerusform>Bis zu %n Wort für dein Gefühl</numerusform>
            <numerusform>Bis zu %n Wörter für dein Gefühl</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoodMeter</name>
    <message>
        <source>Tense</source>
        <translation>Unruhig</translation>
    </message>
    <message>
        <source>Lively</source>
        <translation>Lebhaft</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Trüb</translation>
    </message>
    <message>
        <source>Calm</source>
        <translation>Ruhig</translation>
    </message>
    <message>
        <source>high-energy unpleasant</source>
        <translation>energiegeladene unangenehme</translation>
    </message>
    <message>
        <source>high-energy pleasant</source>
        <translation>energiegeladene angenehme</translation>
    </message>
    <message>
        <source>low-energy unpleasant</source>
        <translation>energiearme unangenehme</translation>
    </message>
    <message>
        <source>low-energy pleasant</source>
        <translation>energiearme angenehme</translation>
    </message>
    <message>
        <source>All feelings</source>
        <translation>Alle Gefühle</translation>
    </message>
    <message>
        <source>{corner}: {meaning} feelings</source>
        <translation>{corner}: {meaning} Gefühle</translation>
    </message>
    <message>
        <source>Mood meter: filter the words by energy and pleasantness</source>
        <translation>Stimmungsbarometer: Wörter nach Energie und Angenehmheit filtern</translation>
    </message>
    <message>
        <source>{choice}. Arrows move, Space chooses.</source>
        <translation>{choice}. Pfeiltasten bewegen, Leertaste wählt.</translation>
    </message>
    <message>
        <source>{choice}. Up: more energy, right: more pleasant. Click again for all.</source>
        <translation>{choice}. Oben: mehr Energie, rechts: angenehmer. Nochmal klicken für alle.</translation>
    </message>
</context>
<context>
    <name>NamingPanel</name>
    <message>
        <source>Name it to tame it</source>
        <translation>Benennen, um zu beruhigen</translation>
    </message>
    <message>
        <source>Find the most precise words for what you feel right now, and how strongly (1–5). A precise word takes some of the heat out.</source>
        <translation>Finde die genauesten Wörter für dein Gefühl gerade, und wie stark es ist (1–5). Ein genaues Wort nimmt etwas Hitze heraus.</translation>
    </message>
    <message>
        <source>What do you &amp;need right now?</source>
        <translation>Welches &amp;Bedürfnis hast du gerade?</translation>
    </message>
    <message>
        <source>e.g. ten quiet minutes, to say no to one thing</source>
        <translation>z. B. zehn ruhige Minuten, zu einer Sache Nein sagen</translation>
    </message>
    <message>
        <source>What you need right now</source>
        <translation>Dein Bedürfnis im Moment</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop (Esc); what you did is kept</source>
        <translation>Stopp (Esc); Geschafftes bleibt erhalten</translation>
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
    <name>PeopleTimeline</name>
    <message>
        <source>No guesses checked yet. After a debrief, ask them how they felt.</source>
        <translation>Noch keine Vermutungen überprüft. Frag die Person nach einer Nachbereitung, wie sie sich gefühlt hat.</translation>
    </message>
    <message>
        <source>Your guesses about their feelings: {right} right, {partly} partly, {wrong} wrong ({percent}%)</source>
        <translation>Deine Vermutungen über die Gefühle der Person: {right} richtig, {partly} teilweise, {wrong} falsch ({percent} %)</translation>
    </message>
    <message>
        <source>Nothing written about this person yet.</source>
        <translation>Über diese Person steht noch nichts.</translation>
    </message>
    <message>
        <source>Conversation debrief</source>
        <translation>Gesprächsnachbereitung</translation>
    </message>
    <message>
        <source>Mentioned</source>
        <translation>Erwähnt</translation>
    </message>
    <message>
        <source>Open entry</source>
        <translation>Eintrag öffnen</translation>
    </message>
    <message>
        <source>I felt: {feelings}</source>
        <translation>Ich habe gefühlt: {feelings}</translation>
    </message>
    <message>
        <source>They might have felt: {feelings}</source>
        <translation>Die andere Person hat vielleicht gefühlt: {feelings}</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Was passiert ist:</translation>
    </message>
    <message>
        <source>They needed:</source>
        <translation>Die andere Person brauchte:</translation>
    </message>
    <message>
        <source>I heard:</source>
        <translation>Ich habe gehört:</translation>
    </message>
    <message>
        <source>Next time:</source>
        <translation>Nächstes Mal:</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Nachfassen:</translation>
    </message>
    <message>
        <source>(checked {day})</source>
        <translation>(überprüft am {day})</translation>
    </message>
    <message>
        <source>— “{note}”</source>
        <translation>— „{note}“</translation>
    </message>
    <message>
        <source>Guess:</source>
        <translation>Vermutung:</translation>
    </message>
    <message>
        <source>Was your guess right?</source>
        <translation>Lagst du richtig?</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>1 debrief</source>
        <translation>1 Nachbereitung</translation>
    </message>
    <message numerus="yes">
        <source>%n debriefs</source>
        <translation>
            <numerusform>%n Nachbereitung</numerusform>
            <numerusform>%n Nachbereitungen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 mention</source>
        <translation>1 Erwähnung</translation>
    </message>
    <message numerus="yes">
        <source>%n mentions</source>
        <translation>
            <numerusform>%n Erwähnung</numerusform>
            <numerusform>%n Erwähnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to follow up</source>
        <translation>
            <numerusform>%n Nachfassung offen</numerusform>
            <numerusform>%n Nachfassungen offen</numerusform>
        </translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Show archived people</source>
        <translation>Archivierte Personen zeigen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Zusammenführen mit…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>New debrief</source>
        <translation>Neue Nachbereitung</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>PEOPLE</source>
        <translation>PERSONEN</translation>
    </message>
    <message>
        <source>Everyone you have debriefed or mentioned.</source>
        <translation>Alle, mit denen du ein Gespräch nachbereitet oder die du erwähnt hast.</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (archiviert)</translation>
    </message>
    <message>
        <source>No people yet</source>
        <translation>Noch keine Personen</translation>
    </message>
    <message>
        <source>Start a conversation debrief ({keys}) and say who it was with.</source>
        <translation>Beginne eine Gesprächsnachbereitung ({keys}) und sag, mit wem das Gespräch war.</translation>
    </message>
    <message>
        <source>New conversation debrief with {name}</source>
        <translation>Neue Gesprächsnachbereitung mit {name}</translation>
    </message>
    <message>
        <source>New debrief with {name}</source>
        <translation>Neue Nachbereitung mit {name}</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Zurückholen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>New name or alias:</source>
        <translation>Neuer Name oder Spitzname:</translation>
    </message>
    <message>
        <source>There is nobody else to merge with yet.</source>
        <translation>Es gibt noch niemanden, mit dem du zusammenführen kannst.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Merge “{name}” into:</source>
        <translation>„{name}“ zusammenführen mit:</translation>
    </message>
    <message>
        <source>Merge people</source>
        <translation>Personen zusammenführen</translation>
    </message>
    <message>
        <source>Move every debrief and mention of “{name}” to “{target}” and remove “{name}”?</source>
        <translation>Alle Nachbereitungen und Erwähnungen von „{name}“ zu „{target}“ verschieben und „{name}“ entfernen?</translation>
    </message>
    <message>
        <source>That change was not saved: {error} Nothing was lost.</source>
        <translation>Diese Änderung wurde nicht gespeichert: {error} Nichts ist verloren gegangen.</translation>
    </message>
</context>
<context>
    <name>PeriodEntriesTable</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <source>First line</source>
        <translation>Erste Zeile</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>ohne Titel</translation>
    </message>
    <message>
        <source>Select an entry with the arrow keys; Enter opens it.</source>
        <translation>Wähl einen Eintrag mit den Pfeiltasten; Enter öffnet ihn.</translation>
    </message>
    <message>
        <source>Entries in {period}</source>
        <translation>Einträge aus {period}</translation>
    </message>
    <message>
        <source>Entries in {period}: Enter opens the selected one</source>
        <translation>Einträge aus {period}: Enter öffnet den gewählten</translation>
    </message>
    <message>
        <source>No entries in {period} yet</source>
        <translation>Noch keine Einträge aus {period}</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Who the conversation was with</source>
        <translation>Mit wem das Gespräch war</translation>
    </message>
    <message>
        <source>A name or alias, new or known</source>
        <translation>Ein Name oder Spitzname, neu oder bekannt</translation>
    </message>
    <message>
        <source>“{name}” could not be added: {error} Nothing was lost.</source>
        <translation>„{name}“ konnte nicht hinzugefügt werden: {error} Nichts ist verloren gegangen.</translation>
    </message>
</context>
<context>
    <name>PerspectiveCheckControl</name>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht überprüft</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <source>Partly right</source>
        <translation>Teilweise richtig</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <source>Checking the guess</source>
        <translation>Die Vermutung überprüfen</translation>
    </message>
    <message>
        <source>Checking the guess about their feelings</source>
        <translation>Die Vermutung über die Gefühle der anderen Person überprüfen</translation>
    </message>
    <message>
        <source>After asking them: was your guess about their feelings right?</source>
        <translation>Nachdem du gefragt hast: Lag deine Vermutung über die Gefühle der Person richtig?</translation>
    </message>
    <message>
        <source>Guess: {result}</source>
        <translation>Vermutung: {result}</translation>
    </message>
    <message>
        <source>Day the guess was checked</source>
        <translation>Datum der Überprüfung</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Überprüft am</translation>
    </message>
    <message>
        <source>What they told you (optional)</source>
        <translation>Die Antwort der Person (freiwillig)</translation>
    </message>
    <message>
        <source>What they told you about how they felt</source>
        <translation>Die Antwort der Person zu ihren Gefühlen</translation>
    </message>
</context>
<context>
    <name>PracticesPanel</name>
    <message>
        <source>Acted on it</source>
        <translation>Danach gehandelt</translation>
    </message>
    <message>
        <source>Acted against it</source>
        <translation>Dagegen gehandelt</translation>
    </message>
    <message>
        <source>Today&apos;s practices</source>
        <translation>Heutige Übungen</translation>
    </message>
    <message>
        <source>Tick what you did. Right-click one to hide it.</source>
        <translation>Hak ab, welche du gemacht hast. Rechtsklick blendet eine aus.</translation>
    </message>
    <message>
        <source>+ Add your own practice</source>
        <translation>+ Eigene Übung hinzufügen</translation>
    </message>
    <message>
        <source>Show a hidden practice again</source>
        <translation>Eine ausgeblendete Übung wieder zeigen</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Did this day or conversation act on a value of yours?</source>
        <translation>Hat dieser Tag oder dieses Gespräch einem deiner Werte entsprochen?</translation>
    </message>
    <message>
        <source>+ Name a value</source>
        <translation>+ Wert benennen</translation>
    </message>
    <message>
        <source>Right-click to rename or archive</source>
        <translation>Rechtsklick zum Umbenennen oder Archivieren</translation>
    </message>
    <message>
        <source>Value {name}: acted on or against</source>
        <translation>Wert {name}: danach oder dagegen gehandelt</translation>
    </message>
    <message>
        <source>Hide “{practice}”</source>
        <translation>„{practice}“ ausblenden</translation>
    </message>
    <message>
        <source>Rename “{value}”…</source>
        <translation>„{value}“ umbenennen…</translation>
    </message>
    <message>
        <source>Archive “{value}” (marks are kept)</source>
        <translation>„{value}“ archivieren (Markierungen bleiben)</translation>
    </message>
    <message>
        <source>Rename value</source>
        <translation>Wert umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Show “{practice}” again</source>
        <translation>„{practice}“ wieder zeigen</translation>
    </message>
    <message>
        <source>Hidden ({count})</source>
        <translation>Ausgeblendet ({count})</translation>
    </message>
    <message>
        <source>Your own practice</source>
        <translation>Eigene Übung</translation>
    </message>
    <message>
        <source>A practice you want to build, in a few words:</source>
        <translation>Eine Übung, die du aufbauen willst, mit wenigen Worten:</translation>
    </message>
    <message>
        <source>Name a value</source>
        <translation>Wert benennen</translation>
    </message>
    <message>
        <source>A value that matters to you (honesty, patience…):</source>
        <translation>Ein Wert, der dir wichtig ist (Ehrlichkeit, Geduld…):</translation>
    </message>
    <message>
        <source>That change was not saved: {error} Your entries are safe.</source>
        <translation>Diese Änderung wurde nicht gespeichert: {error} Deine Einträge sind sicher.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>Changes are kept as you make them.</source>
        <translation>Änderungen gelten sofort.</translation>
    </message>
    <message>
        <source>{page} preferences</source>
        <translation>Einstellungen: {page}</translation>
    </message>
</context>
<context>
    <name>PreferencesFeature</name>
    <message>
        <source>Preferences…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Theme, text size, dates, reminders, check-ins and safety</source>
        <translation>Design, Textgröße, Datum, Erinnerungen, Check-ins und Sicherheit</translation>
    </message>
</context>
<context>
    <name>PreferencesPage</name>
    <message>
        <source>Why these cannot be changed now</source>
        <translation>Warum sich diese jetzt nicht ändern lassen</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Problem mit der Änderung</translation>
    </message>
</context>
<context>
    <name>RatingControl</name>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Clear {name} rating</source>
        <translation>Bewertung {name} löschen</translation>
    </message>
    <message>
        <source>Mark {name} as not rated (Delete)</source>
        <translation>{name} als nicht bewertet markieren (Entf)</translation>
    </message>
    <message>
        <source>{name}, {low} to {high}</source>
        <translation>{name}, {low} bis {high}</translation>
    </message>
    <message>
        <source>{low} = {low_hint}, {high} = {high_hint}. Delete clears.</source>
        <translation>{low} = {low_hint}, {high} = {high_hint}. Entf löscht.</translation>
    </message>
    <message>
        <source>{name} not rated; an arrow key rates it, Delete clears it</source>
        <translation>{name} nicht bewertet; eine Pfeiltaste bewertet, Entf löscht</translation>
    </message>
</context>
<context>
    <name>ReminderLine</name>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss the reminder</source>
        <translation>Die Erinnerung ausblenden</translation>
    </message>
</context>
<context>
    <name>ReminderText</name>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>A few minutes for your journal?</source>
        <translation>Ein paar Minuten für dein Tagebuch?</translation>
    </message>
    <message>
        <source>How was today? Click to write about it.</source>
        <translation>Wie war dein Tag? Klicke, um darüber zu schreiben.</translation>
    </message>
    <message>
        <source>Your evening reminder: a few quiet minutes for today?</source>
        <translation>Deine Abenderinnerung: ein paar ruhige Minuten für heute?</translation>
    </message>
    <message>
        <source>Write about today</source>
        <translation>Über heute schreiben</translation>
    </message>
    <message>
        <source>Your journal, for {day}</source>
        <translation>Dein Tagebuch für {day}</translation>
    </message>
    <message>
        <source>Click to write about {day}.</source>
        <translation>Klicke, um über {day} zu schreiben.</translation>
    </message>
    <message>
        <source>Your evening reminder for {day}: a few quiet minutes?</source>
        <translation>Deine Abenderinnerung für {day}: ein paar ruhige Minuten?</translation>
    </message>
    <message>
        <source>Write about {day}</source>
        <translation>Über {day} schreiben</translation>
    </message>
    <message>
        <source>You missed yesterday&apos;s evening reminder — write about yesterday?</source>
        <translation>Du hast die Abenderinnerung von gestern verpasst – über gestern schreiben?</translation>
    </message>
    <message>
        <source>You missed the evening reminder of {day} — write about that day?</source>
        <translation>Du hast die Abenderinnerung für {day} verpasst – über diesen Tag schreiben?</translation>
    </message>
    <message>
        <source>Your journal</source>
        <translation>Dein Tagebuch</translation>
    </message>
    <message>
        <source>A follow-up is due today</source>
        <translation>Heute ist eine Nachfassung fällig</translation>
    </message>
    <message>
        <source>{count} follow-ups are due today</source>
        <translation>Heute sind {count} Nachfassungen fällig</translation>
    </message>
    <message>
        <source>Open your journal to see it.</source>
        <translation>Öffne dein Tagebuch, um sie zu sehen.</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <translation>„{text}“</translation>
    </message>
    <message>
        <source> (with {person})</source>
        <translation> (mit {person})</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> und {count} weitere</translation>
    </message>
    <message>
        <source>Open the debrief</source>
        <translation>Nachbereitung öffnen</translation>
    </message>
</context>
<context>
    <name>RemindersFeature</name>
    <message>
        <source>The journal could not be set to start after login: the desktop&apos;s background portal is not reachable. Reminders still come while the journal is open.</source>
        <translation>Das Tagebuch ließ sich nicht so einstellen, dass es nach der Anmeldung startet: Das Hintergrund-Portal des Desktops ist nicht erreichbar. Erinnerungen kommen weiterhin, solange das Tagebuch offen ist.</translation>
    </message>
    <message>
        <source>The journal could not be set to start after login: the autostart folder refused the change ({reason}). Reminders still come while the journal is open.</source>
        <translation>Das Tagebuch ließ sich nicht so einstellen, dass es nach der Anmeldung startet: Der Autostart-Ordner hat die Änderung abgelehnt ({reason}). Erinnerungen kommen weiterhin, solange das Tagebuch offen ist.</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <source>Exactly at that time</source>
        <translation>Genau zu dieser Uhrzeit</translation>
    </message>
    <message>
        <source>Within 15 minutes after it</source>
        <translation>Innerhalb von 15 Minuten danach</translation>
    </message>
    <message>
        <source>Within half an hour after it</source>
        <translation>Innerhalb einer halben Stunde danach</translation>
    </message>
    <message>
        <source>Within an hour after it</source>
        <translation>Innerhalb einer Stunde danach</translation>
    </message>
    <message>
        <source>Within two hours after it</source>
        <translation>Innerhalb von zwei Stunden danach</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Gentle nudges from this computer. Nothing is ever sent anywhere.</source>
        <translation>Sanfte Anstöße von diesem Computer. Nichts wird je irgendwohin gesendet.</translation>
    </message>
    <message>
        <source>Remind me to write in the evening</source>
        <translation>Abends ans Schreiben erinnern</translation>
    </message>
    <message>
        <source>Evening reminder time</source>
        <translation>Uhrzeit der Abenderinnerung</translation>
    </message>
    <message>
        <source>When exactly</source>
        <translation>Wann genau</translation>
    </message>
    <message>
        <source>Remind me of follow-ups on the day they are due</source>
        <translation>Am Fälligkeitstag auf Nachfassungen hinweisen</translation>
    </message>
    <message>
        <source>Start the journal when I log in, so reminders can come</source>
        <translation>Das Tagebuch bei der Anmeldung starten, damit Erinnerungen kommen können</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Abends</translation>
    </message>
    <message>
        <source>At &amp;time</source>
        <translation>&amp;Uhrzeit</translation>
    </message>
    <message>
        <source>&amp;When exactly</source>
        <translation>&amp;Wann genau</translation>
    </message>
    <message>
        <source>A time chosen afresh each day within the window, if you like surprises.</source>
        <translation>Jeden Tag eine neue Zeit innerhalb dieses Zeitraums, falls du Überraschungen magst.</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Nachfassungen</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Off by default.</source>
        <translation>Standardmäßig aus.</translation>
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
    <name>SafetyPage</name>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Backups and locking, kept in the journal so they go wherever it goes.</source>
        <translation>Sicherungen und Sperren, im Tagebuch gespeichert, damit sie überallhin mitgehen.</translation>
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
        <source>Lock after idle minutes</source>
        <translation>Sperren nach Minuten ohne Aktivität</translation>
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
        <source>daily and</source>
        <translation>tägliche und</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>wöchentliche</translation>
    </message>
    <message>
        <source>&amp;Backups kept</source>
        <translation>Behaltene &amp;Sicherungen</translation>
    </message>
    <message>
        <source>Automatic backups are taken once a day and when you quit; the ones you make yourself are always kept.</source>
        <translation>Automatische Sicherungen entstehen einmal am Tag und beim Beenden; deine eigenen bleiben immer erhalten.</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation>Sperren &amp;nach</translation>
    </message>
    <message>
        <source>Idle time before the page is hidden and the key forgotten.</source>
        <translation>Ruhezeit, bevor die Seite verborgen und der Schlüssel vergessen wird.</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Check-in schedule</source>
        <translation>Check-in-Zeitplan</translation>
    </message>
</context>
<context>
    <name>ScheduleForm</name>
    <message>
        <source>How often should the journal page offer each check-in? It is only ever one quiet line.</source>
        <translation>Wie oft soll die Tagebuchseite jedes Check-in anbieten? Es ist immer nur eine unaufdringliche Zeile.</translation>
    </message>
    <message>
        <source>How often: {check_in}</source>
        <translation>Wie oft: {check_in}</translation>
    </message>
    <message numerus="yes">
        <source>Every %n days</source>
        <translation>
            <numerusform>Jeden %n. Tag</numerusform>
            <numerusform>Alle %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Alle zwei Wochen</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Jeden Monat</translation>
    </message>
    <message>
        <source>Every two months</source>
        <translation>Alle zwei Monate</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
</context>
<context>
    <name>SearchFeature</name>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Search sidebar</source>
        <translation>Suchleiste</translation>
    </message>
</context>
<context>
    <name>SearchFiltersBox</name>
    <message>
        <source>Between</source>
        <translation>Zwischen</translation>
    </message>
    <message>
        <source>Person filter</source>
        <translation>Filter nach Person</translation>
    </message>
    <message>
        <source>Entry kind filter</source>
        <translation>Filter nach Eintragsart</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Alle Einträge</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Reflexionen</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Filter nach Schlagwort</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>Nur markierte</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Gefühl</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle Personen</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Alle Schlagwörter</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search: words, &quot;a phrase&quot;, listen*, -meeting</source>
        <translation>Suche: Wörter, &quot;ein Satz&quot;, zuhör*, -Meeting</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Das Tagebuch durchsuchen</translation>
    </message>
    <message>
        <source>Sort results</source>
        <translation>Ergebnisse sortieren</translation>
    </message>
    <message>
        <source>Best matches</source>
        <translation>Beste Treffer</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation>Keine Einträge passen.</translation>
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
        <source>{count} (showing the first {limit})</source>
        <translation>{count} (die ersten {limit} werden gezeigt)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
</context>
<context>
    <name>StressFeature</name>
    <message>
        <source>{error} Nothing was lost.</source>
        <translation>{error} Nichts ging verloren.</translation>
    </message>
    <message>
        <source>I’m stressed</source>
        <translation>Ich bin gestresst</translation>
    </message>
    <message>
        <source>A few calm minutes: breathe, scan, stretch or name it</source>
        <translation>Ein paar ruhige Minuten: atmen, spüren, dehnen oder benennen</translation>
    </message>
    <message>
        <source>I’m stressed</source>
        <comment>toolbar</comment>
        <translation>Gestresst</translation>
    </message>
    <message>
        <source>Mood check-in…</source>
        <translation>Stimmungscheck…</translation>
    </message>
    <message>
        <source>Mood, stress and a few words, in a minute</source>
        <translation>Stimmung, Stress und ein paar Wörter – eine Minute</translation>
    </message>
    <message>
        <source>Add your own technique…</source>
        <translation>Eigene Technik hinzufügen…</translation>
    </message>
    <message>
        <source>Your own technique</source>
        <translation>Deine eigene Technik</translation>
    </message>
    <message>
        <source>What do you do? (e.g. a walk round the block)</source>
        <translation>Deine Technik (z. B. eine Runde um den Block):</translation>
    </message>
    <message>
        <source>How many minutes does it usually take?</source>
        <translation>Wie viele Minuten dauert sie meistens?</translation>
    </message>
    <message>
        <source>Technique not added</source>
        <translation>Technik nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Check-in not saved</source>
        <translation>Stimmungscheck nicht gespeichert</translation>
    </message>
    <message>
        <source>Check-in saved to today {time}.</source>
        <translation>Stimmungscheck für heute gespeichert ({time}).</translation>
    </message>
</context>
<context>
    <name>StressView</name>
    <message>
        <source>Not saved. That’s fine too.</source>
        <translation>Nicht gespeichert. Auch das ist okay.</translation>
    </message>
    <message>
        <source>You did {time} of {technique}. Well done.</source>
        <translation>Du hast {time} lang {technique} gemacht. Gut gemacht.</translation>
    </message>
    <message>
        <source>You stopped after {time} of {technique}. That counts too.</source>
        <translation>Du hast {technique} nach {time} beendet. Das zählt auch.</translation>
    </message>
    <message>
        <source>Not saved: {error} Your numbers are still here; try Save again.</source>
        <translation>Nicht gespeichert: {error} Deine Werte sind noch da; versuch es noch einmal mit Speichern.</translation>
    </message>
    <message>
        <source>Saved: {technique}, {time}, stress {before} → {after}</source>
        <translation>Gespeichert: {technique}, {time}, Stress {before} → {after}</translation>
    </message>
    <message>
        <source>Saved: {technique}, {time}</source>
        <translation>Gespeichert: {technique}, {time}</translation>
    </message>
</context>
<context>
    <name>SummaryCard</name>
    <message>
        <source>Summary of the period</source>
        <translation>Zusammenfassung des Zeitraums</translation>
    </message>
</context>
<context>
    <name>SyncFeature</name>
    <message>
        <source>Sync cancelled: nothing was changed. File ▸ Sync now starts it again.</source>
        <translation>Abgleich abgebrochen: Nichts wurde geändert. Datei ▸ Jetzt abgleichen startet ihn erneut.</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Abgleichstatus</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <source>Exchange changes with your other computers now</source>
        <translation>Änderungen jetzt mit deinen anderen Computern austauschen</translation>
    </message>
    <message>
        <source>Sync folder…</source>
        <translation>Sync-Ordner…</translation>
    </message>
    <message>
        <source>Choose the folder your sync tool shares; see the computers that sync</source>
        <translation>Den Ordner wählen, den dein Sync-Programm teilt; die abgleichenden Computer sehen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Abgleich läuft</translation>
    </message>
    <message>
        <source>{step}…</source>
        <translation>{step}…</translation>
    </message>
    <message>
        <source>{step}… ({done} of {total})</source>
        <translation>{step}… ({done} von {total})</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht abgeglichen</translation>
    </message>
</context>
<context>
    <name>SyncFolderDialog</name>
    <message>
        <source>Sync folder</source>
        <translation>Sync-Ordner</translation>
    </message>
</context>
<context>
    <name>SyncPreferencesPage</name>
    <message>
        <source>Sync with your other computers</source>
        <translation>Mit deinen anderen Computern abgleichen</translation>
    </message>
    <message>
        <source>Keep one journal on several computers through a folder your sync tool (Syncthing, Nextcloud, Dropbox, a USB stick) already carries between them. Only small change files go there, encrypted when the journal is; the journal itself stays where it is. Choose the same shared folder on each computer.</source>
        <translation>Führe ein Tagebuch auf mehreren Computern über einen Ordner, den dein Sync-Programm (Syncthing, Nextcloud, Dropbox, ein USB-Stick) ohnehin zwischen ihnen hin- und herträgt. Dorthin kommen nur kleine Änderungsdateien, verschlüsselt, wenn das Tagebuch es ist; das Tagebuch selbst bleibt, wo es ist. Wähle auf jedem Computer denselben gemeinsamen Ordner.</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Sync-Ordner</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <source>Stop syncing</source>
        <translation>Abgleich beenden</translation>
    </message>
    <message>
        <source>This journal stops syncing; the folder and the other computers&apos; journals are left as they are</source>
        <translation>Dieses Tagebuch wird nicht mehr abgeglichen; der Ordner und die Tagebücher der anderen Computer bleiben, wie sie sind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Abgleichstatus</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Choose the shared sync folder</source>
        <translation>Den gemeinsamen Sync-Ordner wählen</translation>
    </message>
    <message>
        <source>This journal does not sync yet.</source>
        <translation>Dieses Tagebuch wird noch nicht abgeglichen.</translation>
    </message>
    <message>
        <source>{folder} (not found: is the drive connected?)</source>
        <translation>{folder} (nicht gefunden: Ist das Laufwerk angeschlossen?)</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Anderen Ordner wählen…</translation>
    </message>
    <message>
        <source>The journal file itself is inside {folder}, which a folder-sync tool manages. A journal copied while it is open can be damaged: move the journal file out of that folder and sync through the sync folder.</source>
        <translation>Die Tagebuchdatei selbst liegt im Ordner {folder}, den ein Ordner-Sync-Programm verwaltet. Ein Tagebuch, das geöffnet kopiert wird, kann beschädigt werden: Verschiebe die Tagebuchdatei aus diesem Ordner und gleiche über den Sync-Ordner ab.</translation>
    </message>
    <message>
        <source>No other computer has synced yet: choose this folder there too.</source>
        <translation>Noch kein anderer Computer hat abgeglichen: Wähle diesen Ordner auch dort.</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Noch keiner.</translation>
    </message>
    <message>
        <source>This computer ({host})</source>
        <translation>Dieser Computer ({host})</translation>
    </message>
    <message>
        <source>Another computer</source>
        <translation>Ein anderer Computer</translation>
    </message>
    <message>
        <source>{name}: nothing sent yet</source>
        <translation>{name}: noch nichts gesendet</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 Datei</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: last change sent {when} · {files}, {size}</source>
        <translation>{name}: letzte Änderung gesendet {when} · {files}, {size}</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Syncing…</source>
        <translation>Abgleich läuft…</translation>
    </message>
    <message>
        <source>Not syncing</source>
        <translation>Kein Abgleich</translation>
    </message>
    <message>
        <source>Synced {time} · 1 computer</source>
        <translation>Abgeglichen {time} · 1 Computer</translation>
    </message>
    <message numerus="yes">
        <source>Synced {time} · %n computers</source>
        <translation>
            <numerusform>Abgeglichen {time} · %n Computer</numerusform>
            <numerusform>Abgeglichen {time} · %n Computer</numerusform>
        </translation>
    </message>
    <message>
        <source> · 1 file still arriving</source>
        <translation> · 1 Datei ist noch unterwegs</translation>
    </message>
    <message numerus="yes">
        <source> · %n files still arriving</source>
        <translation>
            <numerusform> · %n Datei ist noch unterwegs</numerusform>
            <numerusform> · %n Dateien sind noch unterwegs</numerusform>
        </translation>
    </message>
    <message>
        <source> · 1 file this passphrase cannot open</source>
        <translation> · 1 Datei, die diese Passphrase nicht öffnet</translation>
    </message>
    <message numerus="yes">
        <source> · %n files this passphrase cannot open</source>
        <translation>
            <numerusform> · %n Datei, die diese Passphrase nicht öffnet</numerusform>
            <numerusform> · %n Dateien, die diese Passphrase nicht öffnet</numerusform>
        </translation>
    </message>
    <message>
        <source> · another computer changed the journal&apos;s passphrase: give this journal the same one (File ▸ Passphrase and lock…) to receive its changes</source>
        <translation> · ein anderer Computer hat die Passphrase des Tagebuchs geändert: Gib diesem Tagebuch dieselbe (Datei ▸ Passphrase und Sperre…), um seine Änderungen zu empfangen</translation>
    </message>
    <message>
        <source>Sync folder not found: {folder}. Is the drive connected? Your journal is safe; sync tries again by itself.</source>
        <translation>Sync-Ordner nicht gefunden: {folder}. Ist das Laufwerk angeschlossen? Dein Tagebuch ist sicher; der Abgleich versucht es von selbst erneut.</translation>
    </message>
    <message>
        <source>Not synced: the disk is full. Free some space; nothing was changed and sync tries again by itself.</source>
        <translation>Nicht abgeglichen: Die Festplatte ist voll. Schaffe etwas Platz; nichts wurde geändert, und der Abgleich versucht es von selbst erneut.</translation>
    </message>
    <message>
        <source>Not synced: {reason}</source>
        <translation>Nicht abgeglichen: {reason}</translation>
    </message>
    <message>
        <source>Not synced: another computer&apos;s journal has a different passphrase. Give this journal the same passphrase (File ▸ Passphrase and lock…), or change it there; nothing was applied or sent.</source>
        <translation>Nicht abgeglichen: Das Tagebuch eines anderen Computers hat eine andere Passphrase. Gib diesem Tagebuch dieselbe Passphrase (Datei ▸ Passphrase und Sperre…) oder ändere sie dort; nichts wurde übernommen oder gesendet.</translation>
    </message>
    <message>
        <source>Waiting to sync: {holder} is syncing this journal; the window syncs again by itself in a moment.</source>
        <translation>Warte auf den Abgleich: {holder} gleicht dieses Tagebuch gerade ab; das Fenster gleicht gleich von selbst erneut ab.</translation>
    </message>
    <message>
        <source>Not synced: the sync folder cannot be written here (no permission, or read-only). Nothing was changed.</source>
        <translation>Nicht abgeglichen: Der Sync-Ordner ist hier nicht beschreibbar (keine Berechtigung oder schreibgeschützt). Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Not synced: the sync folder could not be read or written ({reason}). Nothing was changed; sync tries again by itself.</source>
        <translation>Nicht abgeglichen: Der Sync-Ordner konnte nicht gelesen oder beschrieben werden ({reason}). Nichts wurde geändert; der Abgleich versucht es von selbst erneut.</translation>
    </message>
    <message>
        <source>Not synced: something unexpected went wrong ({reason}). Nothing was changed; sync tries again by itself.</source>
        <translation>Nicht abgeglichen: Etwas Unerwartetes ist schiefgegangen ({reason}). Nichts wurde geändert; der Abgleich versucht es von selbst erneut.</translation>
    </message>
</context>
<context>
    <name>TheirEmotionsSection</name>
    <message>
        <source>What I felt</source>
        <translation>Meine Gefühle</translation>
    </message>
    <message>
        <source>What they might have felt</source>
        <translation>Gefühle des Gegenübers (vermutet)</translation>
    </message>
    <message>
        <source>Your own feelings, with how strong each was (1–5).</source>
        <translation>Deine eigenen Gefühle, mit ihrer Stärke (1–5).</translation>
    </message>
    <message>
        <source>Your guess about the other person&apos;s feelings, not yours.</source>
        <translation>Deine Vermutung über die Gefühle der anderen Person, nicht deine.</translation>
    </message>
    <message>
        <source>What they might have felt: your guess, not your own emotions</source>
        <translation>Gefühle des Gegenübers: deine Vermutung, nicht deine eigenen Gefühle</translation>
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
<context>
    <name>UndoToast</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo the delete</source>
        <translation>Löschen rückgängig machen</translation>
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
