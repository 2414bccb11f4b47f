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
    <name>MoodCalendar</name>
    <message>
        <source>Calendar: days coloured by mood</source>
        <translation>Kalender: Tage nach Stimmung gefärbt</translation>
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
    <name>SummaryCard</name>
    <message>
        <source>Summary of the period</source>
        <translation>Zusammenfassung des Zeitraums</translation>
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
</TS>
