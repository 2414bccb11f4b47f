<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
    <name>BackgroundPortal</name>
    <message>
        <source>Start the journal after login so its reminders can come.</source>
        <translation>Das Tagebuch nach der Anmeldung starten, damit seine Erinnerungen kommen können.</translation>
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
    <name>ComputerPage</name>
    <message>
        <source>That choice cannot be kept ({error}); nothing was changed.</source>
        <translation>Diese Wahl kann nicht übernommen werden ({error}); nichts wurde geändert.</translation>
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
</TS>
