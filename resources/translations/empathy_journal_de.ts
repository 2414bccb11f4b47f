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
</TS>
