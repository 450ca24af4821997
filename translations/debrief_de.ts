<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ApplicationRepository</name>
    <message>
        <source>There is no application with id %1.</source>
        <translation>Es gibt keine Bewerbung mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>AuditRepository</name>
    <message>
        <source>There is no audit trail entry with id %1.</source>
        <translation>Es gibt keinen Eintrag im Änderungsprotokoll mit der ID %1.</translation>
    </message>
    <message>
        <source>The audit trail cannot be changed: entries are only ever added, so that it stays a faithful record of every change made after submission.</source>
        <translation>Das Änderungsprotokoll kann nicht geändert werden: Einträge werden nur hinzugefügt, damit es jede Änderung nach der Abgabe getreu festhält.</translation>
    </message>
</context>
<context>
    <name>CandidateColumnMapping</name>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Rufname</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Beworben am</translation>
    </message>
</context>
<context>
    <name>CandidateCsvImport</name>
    <message>
        <source>the required column &quot;%1&quot; is missing or not mapped</source>
        <translation>die erforderliche Spalte „%1“ fehlt oder ist nicht zugeordnet</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>der Name ist leer</translation>
    </message>
    <message>
        <source>the e-mail address is empty</source>
        <translation>die E-Mail-Adresse ist leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (use 2026-03-01 or 01.03.2026)</source>
        <translation>„%1“ ist kein Datum (verwenden Sie 2026-03-01 oder 01.03.2026)</translation>
    </message>
    <message>
        <source>a candidate with this e-mail is already stored</source>
        <translation>eine bewerbende Person mit dieser E-Mail-Adresse ist bereits gespeichert</translation>
    </message>
    <message>
        <source>same e-mail as line %1</source>
        <translation>gleiche E-Mail-Adresse wie in Zeile %1</translation>
    </message>
    <message>
        <source>The file has errors; nothing was imported.</source>
        <translation>Die Datei enthält Fehler; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>CandidateDetails</name>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
</context>
<context>
    <name>CandidateRepository</name>
    <message>
        <source>There is no candidate with id %1.</source>
        <translation>Es gibt keine bewerbende Person mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>CommunicationChannel</name>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videoanruf</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>CommunicationDirection</name>
    <message>
        <source>To the candidate</source>
        <translation>An die bewerbende Person</translation>
    </message>
    <message>
        <source>From the candidate</source>
        <translation>Von der bewerbenden Person</translation>
    </message>
</context>
<context>
    <name>CommunicationRepository</name>
    <message>
        <source>There is no communication log entry with id %1.</source>
        <translation>Es gibt keinen Eintrag im Kommunikationsverlauf mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quote opens a field here but is never closed; the rest of the file cannot be read</source>
        <translation>hier beginnt ein Feld mit einem Anführungszeichen, das nie geschlossen wird; der Rest der Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote (a quote inside a field must be doubled)</source>
        <translation>unerwarteter Text nach einem schließenden Anführungszeichen (ein Anführungszeichen innerhalb eines Feldes muss verdoppelt werden)</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 from here on; it was read as Windows-1252 (Western European). Check the accented letters in the preview, or choose another encoding.</source>
        <translation>ab hier ist die Datei kein gültiges UTF-8; sie wurde als Windows-1252 (Westeuropäisch) gelesen. Prüfen Sie die Umlaute und Akzente in der Vorschau oder wählen Sie eine andere Kodierung.</translation>
    </message>
    <message>
        <source>the encoding &quot;%1&quot; is not supported</source>
        <translation>die Kodierung „%1“ wird nicht unterstützt</translation>
    </message>
    <message>
        <source>the file cannot be read as %1</source>
        <translation>die Datei kann nicht als %1 gelesen werden</translation>
    </message>
    <message>
        <source>the file has no header row</source>
        <translation>die Datei hat keine Kopfzeile</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>%1 Felder wie in der Kopfzeile erwartet, %2 gefunden</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>it is not an SQLite database (%1)</source>
        <translation>es ist keine SQLite-Datenbank (%1)</translation>
    </message>
    <message>
        <source>it is an SQLite database, but not one of Debrief&apos;s</source>
        <translation>es ist eine SQLite-Datenbank, aber keine von Debrief</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Debrief (schema %2; this version knows up to %3). Update Debrief to open it; the file was not changed.</source>
        <translation>%1 wurde mit einer neueren Version von Debrief geschrieben (Schema %2; diese Version kennt Schemas bis %3). Aktualisieren Sie Debrief, um die Datei zu öffnen; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed.</source>
        <translation>Der SQLite-Treiber für Qt ist nicht installiert.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot upgrade %1 to schema %2: %3</source>
        <translation>%1 kann nicht auf Schema %2 aktualisiert werden: %3</translation>
    </message>
    <message>
        <source>The database did not return the new record&apos;s id.</source>
        <translation>Die Datenbank hat die ID des neuen Datensatzes nicht zurückgegeben.</translation>
    </message>
    <message>
        <source>Database error in %1: %2 (statement: %3)</source>
        <translation>Datenbankfehler in %1: %2 (Anweisung: %3)</translation>
    </message>
    <message>
        <source>Cannot start a transaction on %1: %2</source>
        <translation>In %1 kann keine Transaktion gestartet werden: %2</translation>
    </message>
    <message>
        <source>A step of this change failed, so nothing was saved.</source>
        <translation>Ein Schritt dieser Änderung ist fehlgeschlagen, daher wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Cannot save the changes to %1: %2</source>
        <translation>Die Änderungen an %1 können nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>DecisionRepository</name>
    <message>
        <source>There is no decision record with id %1.</source>
        <translation>Es gibt keine Entscheidung mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>DecisionRole</name>
    <message>
        <source>Chosen</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <source>Runner-up</source>
        <translation>Zweite Wahl</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Nicht ausgewählt</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Database file to write.</source>
        <translation>Zu schreibende Datenbankdatei.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Seed for the generator; the same seed and date give the same database (default 1).</source>
        <translation>Startwert für den Generator; gleicher Startwert und gleiches Datum ergeben dieselbe Datenbank (Standard: 1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Date the demo is set around (default: today).</source>
        <translation>Datum, um das die Demodaten angelegt werden (Standard: heute).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Extra candidates to add for scale testing (default 0).</source>
        <translation>Zusätzliche Bewerbende für Lasttests (Standard: 0).</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>DATEI ersetzen, falls sie existiert.</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>--out DATEI ist erforderlich.</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 4294967295, not &apos;%1&apos;.</source>
        <translation>--seed muss eine ganze Zahl von 0 bis 4294967295 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--today must be a date such as 2025-03-14, not &apos;%1&apos;.</source>
        <translation>--today muss ein Datum wie 2025-03-14 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--candidates must be a whole number of 0 or more, not &apos;%1&apos;.</source>
        <translation>--candidates muss eine ganze Zahl ab 0 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Cannot remove the leftover file %1.</source>
        <translation>Die übrig gebliebene Datei %1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>%1 already exists; pass --force to replace it.</source>
        <translation>%1 existiert bereits; geben Sie --force an, um die Datei zu ersetzen.</translation>
    </message>
    <message>
        <source>Cannot replace %1; the new data is in %2.</source>
        <translation>%1 kann nicht ersetzt werden; die neuen Daten liegen in %2.</translation>
    </message>
    <message>
        <source>Write a database with realistic, reproducible demo data</source>
        <translation>Eine Datenbank mit realistischen, reproduzierbaren Demodaten schreiben</translation>
    </message>
    <message>
        <source>Usage: debrief-cli demo --out FILE [options]</source>
        <translation>Aufruf: debrief-cli demo --out DATEI [Optionen]</translation>
    </message>
    <message>
        <source>Wrote %1 in %11 s. Openings: %2, panelists: %3, candidates: %4, applications: %5, interviews: %6, scorecards: %7, references: %8, messages: %9, decisions: %10.</source>
        <translation>%1 in %11 s geschrieben. Stellen: %2, Interviewer:innen: %3, Bewerbende: %4, Bewerbungen: %5, Interviews: %6, Bewertungsbögen: %7, Referenzen: %8, Nachrichten: %9, Entscheidungen: %10.</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>%1 already contains openings; demo data is only written into an empty database.</source>
        <translation>%1 enthält bereits Stellen; Demodaten werden nur in eine leere Datenbank geschrieben.</translation>
    </message>
    <message>
        <source>The reference date for the demo data is not a valid date.</source>
        <translation>Das Bezugsdatum für die Demodaten ist kein gültiges Datum.</translation>
    </message>
    <message>
        <source>The number of extra candidates cannot be negative.</source>
        <translation>Die Anzahl zusätzlicher Bewerbender darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Creating the demo data was cancelled.</source>
        <translation>Das Anlegen der Demodaten wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>d MMM yyyy</source>
        <comment>date pattern, see QDate::toString</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <comment>date and time pattern, see QDateTime::toString</comment>
        <translation>d. MMM yyyy, HH:mm</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n day(s) overdue</source>
        <translation>
            <numerusform>⚠ %n Tag überfällig</numerusform>
            <numerusform>⚠ %n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportJsonCommand</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Write one opening and everything about it as JSON</source>
        <translation>Eine Stelle mit allen zugehörigen Daten als JSON schreiben</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>The Debrief database file.</source>
        <translation>Die Debrief-Datenbankdatei.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The opening to export: its id in FILE, or its uuid.</source>
        <translation>Die zu exportierende Stelle: ihre ID in DATEI oder ihre UUID.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Write the JSON to this file instead of stdout.</source>
        <translation>Das JSON in diese Datei statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Usage: debrief-cli export-json --db FILE --opening ID [--out FILE]</source>
        <translation>Aufruf: debrief-cli export-json --db DATEI --opening ID [--out DATEI]</translation>
    </message>
    <message>
        <source>--opening takes a number or a uuid, not &quot;%1&quot;.</source>
        <translation>--opening erwartet eine Zahl oder eine UUID, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>ExportScorecardsCommand</name>
    <message>
        <source>There is no panelist with uuid %1 in %2.</source>
        <translation>In %2 gibt es keine:n Interviewer:in mit der UUID %1.</translation>
    </message>
    <message>
        <source>Write a panelist&apos;s submitted scorecards for an opening to a file</source>
        <translation>Die abgegebenen Bewertungsbögen einer Interviewerin oder eines Interviewers für eine Stelle in eine Datei schreiben</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>The Debrief database file.</source>
        <translation>Die Debrief-Datenbankdatei.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The opening: its id in FILE, or its uuid.</source>
        <translation>Die Stelle: ihre ID in DATEI oder ihre UUID.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The panelist: their uuid, or their id in FILE.</source>
        <translation>Die Interviewerin oder der Interviewer: UUID oder ID in DATEI.</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>FILE.json</source>
        <translation>DATEI.json</translation>
    </message>
    <message>
        <source>Usage: debrief-cli export-scorecards --db FILE --opening ID --panelist UUID|ID --out FILE.json</source>
        <translation>Aufruf: debrief-cli export-scorecards --db DATEI --opening ID --panelist UUID|ID --out DATEI.json</translation>
    </message>
    <message>
        <source>--opening and --panelist take a number or a uuid.</source>
        <translation>--opening und --panelist erwarten eine Zahl oder eine UUID.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n submitted scorecard(s) to %1</source>
        <translation>
            <numerusform>%n abgegebenen Bewertungsbogen nach %1 geschrieben</numerusform>
            <numerusform>%n abgegebene Bewertungsbögen nach %1 geschrieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCandidatesCommand</name>
    <message>
        <source>--map %1: expected FIELD=COLUMN</source>
        <translation>--map %1: FELD=SPALTE erwartet</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Add the candidates of a CSV file to an opening</source>
        <translation>Die Bewerbenden aus einer CSV-Datei zu einer Stelle hinzufügen</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>The Debrief database file.</source>
        <translation>Die Debrief-Datenbankdatei.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The opening: its id in FILE, or its uuid.</source>
        <translation>Die Stelle: ihre ID in DATEI oder ihre UUID.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Read the file in this encoding instead of detecting it.</source>
        <translation>Die Datei in dieser Kodierung lesen, statt sie zu erkennen.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Field delimiter instead of detecting it (use &quot;tab&quot;).</source>
        <translation>Feldtrennzeichen, statt es zu erkennen („tab“ für Tabulator).</translation>
    </message>
    <message>
        <source>CHAR</source>
        <translation>ZEICHEN</translation>
    </message>
    <message>
        <source>Take FIELD from COLUMN (1-based), e.g. email=3. Fields: name, preferred-name, email, phone, location, source, notes, applied-on.</source>
        <translation>FELD aus SPALTE lesen (ab 1 gezählt), z. B. email=3. Felder: name, preferred-name, email, phone, location, source, notes, applied-on.</translation>
    </message>
    <message>
        <source>FIELD=COLUMN</source>
        <translation>FELD=SPALTE</translation>
    </message>
    <message>
        <source>Also import rows whose e-mail is already stored or repeated (default: skip them).</source>
        <translation>Auch Zeilen importieren, deren E-Mail-Adresse bereits gespeichert ist oder mehrfach vorkommt (Standard: überspringen).</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>Die CSV-Datei.</translation>
    </message>
    <message>
        <source>Usage: debrief-cli import-candidates --db FILE --opening ID [OPTIONS] FILE.csv</source>
        <translation>Aufruf: debrief-cli import-candidates --db DATEI --opening ID [OPTIONEN] DATEI.csv</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>--opening takes a number or a uuid.</source>
        <translation>--opening erwartet eine Zahl oder eine UUID.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n candidate(s).</source>
        <translation>
            <numerusform>%n bewerbende Person importiert.</numerusform>
            <numerusform>%n Bewerbende importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n duplicate(s).</source>
        <translation>
            <numerusform>%n Duplikat übersprungen.</numerusform>
            <numerusform>%n Duplikate übersprungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportJsonCommand</name>
    <message>
        <source>Read an opening exported with export-json into a database</source>
        <translation>Eine mit export-json exportierte Stelle in eine Datenbank einlesen</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>The Debrief database file (created when missing).</source>
        <translation>Die Debrief-Datenbankdatei (wird angelegt, falls sie fehlt).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>Die zu importierende Datei.</translation>
    </message>
    <message>
        <source>Usage: debrief-cli import-json --db FILE IN.json</source>
        <translation>Aufruf: debrief-cli import-json --db DATEI EINGABE.json</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Imported opening %1: %2</source>
        <translation>Stelle %1 importiert: %2</translation>
    </message>
</context>
<context>
    <name>ImportScorecardsCommand</name>
    <message>
        <source>Read a panelist&apos;s scorecards file (export-scorecards) into a database</source>
        <translation>Die Bewertungsbogen-Datei einer Interviewerin oder eines Interviewers (export-scorecards) in eine Datenbank einlesen</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>The Debrief database file.</source>
        <translation>Die Debrief-Datenbankdatei.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>Die zu importierende Datei.</translation>
    </message>
    <message>
        <source>Usage: debrief-cli import-scorecards --db FILE IN.json</source>
        <translation>Aufruf: debrief-cli import-scorecards --db DATEI EINGABE.json</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message>
        <source>inserted %1, unchanged %2, conflicts %3</source>
        <translation>eingefügt: %1, unverändert: %2, Konflikte: %3</translation>
    </message>
    <message>
        <source>nothing was imported (%1)</source>
        <translation>es wurde nichts importiert (%1)</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation>%1 importiert: %2</translation>
    </message>
</context>
<context>
    <name>InterviewRepository</name>
    <message>
        <source>There is no interview with id %1.</source>
        <translation>Es gibt kein Interview mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>InterviewRoundRepository</name>
    <message>
        <source>There is no interview round with id %1.</source>
        <translation>Es gibt keine Interviewrunde mit der ID %1.</translation>
    </message>
    <message>
        <source>Interview round %1 cannot be removed: interviews were held in it.</source>
        <translation>Die Interviewrunde %1 kann nicht entfernt werden: Darin wurden Interviews geführt.</translation>
    </message>
</context>
<context>
    <name>JsonErrorList</name>
    <message numerus="yes">
        <source>…and %n more error(s)</source>
        <translation>
            <numerusform>… und %n weiterer Fehler</numerusform>
            <numerusform>… und %n weitere Fehler</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonObjectReader</name>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>missing required field (expected %1)</source>
        <translation>erforderliches Feld fehlt (erwartet: %1)</translation>
    </message>
    <message>
        <source>expected %1 or null</source>
        <translation>erwartet: %1 oder null</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>erwartet: %1</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; expected one of: %2</source>
        <translation>unbekannter Schlüssel „%1“; erwartet wird einer von: %2</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>expected a UUID such as &quot;3f2b8c1e-5d4a-4b6f-9e1a-2c3d4e5f6a7b&quot;</source>
        <translation>UUID erwartet, etwa „3f2b8c1e-5d4a-4b6f-9e1a-2c3d4e5f6a7b“</translation>
    </message>
    <message>
        <source>a UUID</source>
        <translation>eine UUID</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 is less than %2</source>
        <translation>%1 ist kleiner als %2</translation>
    </message>
    <message>
        <source>%1 is outside the range %2–%3</source>
        <translation>%1 liegt außerhalb des Bereichs %2–%3</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a timestamp with time zone such as &quot;2024-05-01T09:30:00.000Z&quot;</source>
        <translation>ein Zeitstempel mit Zeitzone wie „2024-05-01T09:30:00.000Z“</translation>
    </message>
    <message>
        <source>a date such as &quot;2024-05-01&quot;</source>
        <translation>ein Datum wie „2024-05-01“</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>unknown field; expected only: %1</source>
        <translation>unbekanntes Feld; erlaubt sind nur: %1</translation>
    </message>
    <message>
        <source>a key</source>
        <translation>ein Schlüssel</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Structured interview debriefs for hiring panels.</source>
        <translation>Strukturierte Interview-Auswertungen für Interviewteams.</translation>
    </message>
    <message>
        <source>Open the database FILE.</source>
        <translation>Die Datenbank DATEI öffnen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Render a view into the PNG file OUT and exit.</source>
        <translation>Eine Ansicht in die PNG-Datei AUSGABE zeichnen und beenden.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>AUSGABE</translation>
    </message>
    <message>
        <source>The view to render with --screenshot (default: main).</source>
        <translation>Die mit --screenshot zu zeichnende Ansicht (Standard: main).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The screenshot size (default: 1280x800).</source>
        <translation>Die Größe des Bildschirmfotos (Standard: 1280x800).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <source>The user interface language: de, fr or en.</source>
        <translation>Die Sprache der Benutzeroberfläche: de, fr oder en.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>Treat DATE as today when marking overdue answers.</source>
        <translation>DATUM beim Markieren überfälliger Antworten als heute behandeln.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;. Use --db FILE to open a database.</source>
        <translation>Unerwartetes Argument „%1“. Verwenden Sie --db DATEI, um eine Datenbank zu öffnen.</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;. Supported: %2.</source>
        <translation>Unbekannte Sprache „%1“. Unterstützt: %2.</translation>
    </message>
    <message>
        <source>Invalid date &apos;%1&apos; for --today: expected YYYY-MM-DD.</source>
        <translation>Ungültiges Datum „%1“ für --today: JJJJ-MM-TT erwartet.</translation>
    </message>
    <message>
        <source>Print the names of the views --view accepts.</source>
        <translation>Die Namen der Ansichten ausgeben, die --view akzeptiert.</translation>
    </message>
</context>
<context>
    <name>OpeningArgument</name>
    <message>
        <source>There is no opening with uuid %1 in %2.</source>
        <translation>In %2 gibt es keine Stelle mit der UUID %1.</translation>
    </message>
</context>
<context>
    <name>OpeningDocumentReader</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>malformed JSON at %1 (byte offset %2): %3</source>
        <translation>fehlerhaftes JSON bei %1 (Byte-Position %2): %3</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>auf oberster Ebene wird ein JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot; but found &quot;%2&quot;: this is not a Debrief opening file</source>
        <translation>„%1“ erwartet, aber „%2“ gefunden: Dies ist keine Debrief-Stellendatei</translation>
    </message>
    <message>
        <source>this file was written by a newer Debrief (format version %1; this version reads up to %2). Update Debrief to import it.</source>
        <translation>diese Datei wurde mit einer neueren Version von Debrief geschrieben (Formatversion %1; diese Version liest bis %2). Aktualisieren Sie Debrief, um sie zu importieren.</translation>
    </message>
    <message>
        <source>%1 anchor texts for a scale of %2; expected one per level</source>
        <translation>%1 Ankertexte für eine Skala mit %2 Stufen; erwartet wird einer pro Stufe</translation>
    </message>
</context>
<context>
    <name>OpeningDocumentValidator</name>
    <message>
        <source>duplicate uuid %1; already used at %2</source>
        <translation>doppelte UUID %1; bereits verwendet bei %2</translation>
    </message>
    <message>
        <source>refers to %1 %2, which is not in this file</source>
        <translation>verweist auf %1 %2; dieser Eintrag fehlt in dieser Datei</translation>
    </message>
    <message>
        <source>%1 %2 is listed twice (first at %3)</source>
        <translation>%1 %2 ist doppelt aufgeführt (zuerst bei %3)</translation>
    </message>
    <message>
        <source>version %1 of rubric family %2 appears twice (first at %3)</source>
        <translation>Version %1 der Bewertungsraster-Familie %2 kommt doppelt vor (zuerst bei %3)</translation>
    </message>
    <message>
        <source>panelist</source>
        <translation>Interviewer:in</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>Bewerber:in</translation>
    </message>
    <message>
        <source>application</source>
        <translation>Bewerbung</translation>
    </message>
    <message>
        <source>interview round</source>
        <translation>Interviewrunde</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>rubric</source>
        <translation>Bewertungsraster</translation>
    </message>
    <message>
        <source>this panelist already has a scorecard for this interview (%1)</source>
        <translation>diese:r Interviewer:in hat für dieses Interview bereits einen Bewertungsbogen (%1)</translation>
    </message>
    <message>
        <source>criterion %1 is not part of the scorecard&apos;s rubric %2</source>
        <translation>Kriterium %1 gehört nicht zum Bewertungsraster %2 des Bewertungsbogens</translation>
    </message>
    <message>
        <source>%1 is outside the criterion&apos;s scale 1–%2 (use null for &quot;not assessed&quot;)</source>
        <translation>%1 liegt außerhalb der Skala 1–%2 des Kriteriums (verwenden Sie null für „nicht bewertet“)</translation>
    </message>
    <message>
        <source>refers to record %1, which is not in this file</source>
        <translation>verweist auf Datensatz %1; dieser fehlt in dieser Datei</translation>
    </message>
</context>
<context>
    <name>OpeningExporter</name>
    <message>
        <source>a record refers to %1 #%2, which does not belong to this opening</source>
        <translation>ein Datensatz verweist auf %1 #%2; dieser Eintrag gehört nicht zu dieser Stelle</translation>
    </message>
    <message>
        <source>panelist</source>
        <translation>Interviewer:in</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>Bewerber:in</translation>
    </message>
    <message>
        <source>application</source>
        <translation>Bewerbung</translation>
    </message>
    <message>
        <source>interview round</source>
        <translation>Interviewrunde</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>rubric</source>
        <translation>Bewertungsraster</translation>
    </message>
    <message>
        <source>Cannot export opening #%1 from %2: %3</source>
        <translation>Stelle #%1 kann nicht aus %2 exportiert werden: %3</translation>
    </message>
</context>
<context>
    <name>OpeningImporter</name>
    <message>
        <source>nothing was imported: %1</source>
        <translation>es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>this opening (uuid %1) already exists in %2 as opening #%3 &quot;%4&quot;; nothing was imported. Delete it there first, or import into another file.</source>
        <translation>diese Stelle (UUID %1) existiert in %2 bereits als Stelle #%3 „%4“; es wurde nichts importiert. Löschen Sie sie dort zuerst oder importieren Sie in eine andere Datei.</translation>
    </message>
    <message>
        <source>a record with uuid %1 already exists in %2</source>
        <translation>ein Datensatz mit der UUID %1 existiert bereits in %2</translation>
    </message>
</context>
<context>
    <name>OpeningRepository</name>
    <message>
        <source>There is no opening with id %1.</source>
        <translation>Es gibt keine Stelle mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>OpeningStatus</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Besetzt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>PanelistRepository</name>
    <message>
        <source>There is no panelist with id %1.</source>
        <translation>Es gibt keine:n Interviewer:in mit der ID %1.</translation>
    </message>
    <message>
        <source>Panelist %1 cannot be removed: they still sit on an opening&apos;s panel or an interview, or wrote scorecards. Take them off those first.</source>
        <translation>Interviewer:in %1 kann nicht entfernt werden: Die Person gehört noch zum Interviewteam einer Stelle oder eines Interviews oder hat Bewertungsbögen geschrieben. Nehmen Sie sie zuerst dort heraus.</translation>
    </message>
</context>
<context>
    <name>PipelineQuery</name>
    <message>
        <source>Could not count the candidates of opening %1.</source>
        <translation>Die Bewerbenden der Stelle %1 konnten nicht gezählt werden.</translation>
    </message>
</context>
<context>
    <name>PipelineStage</name>
    <message>
        <source>Applied</source>
        <translation>Beworben</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Vorauswahl</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Finale Runde</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Eingestellt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
</context>
<context>
    <name>Recommendation</name>
    <message>
        <source>Strong no</source>
        <translation>Klares Nein</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Strong yes</source>
        <translation>Klares Ja</translation>
    </message>
</context>
<context>
    <name>ReferenceRepository</name>
    <message>
        <source>There is no reference with id %1.</source>
        <translation>Es gibt keine Referenz mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>RubricJsonReader</name>
    <message>
        <source>not valid JSON: %1 at line %2, column %3</source>
        <translation>kein gültiges JSON: %1 in Zeile %2, Spalte %3</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>ein JSON-Objekt</translation>
    </message>
    <message>
        <source>expected a two-letter language code such as &quot;en&quot;, found &quot;%1&quot;</source>
        <translation>zweibuchstabiger Sprachcode wie „en“ erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>the version must be 1 or higher, found %1</source>
        <translation>die Version muss 1 oder höher sein, gefunden: %1</translation>
    </message>
    <message>
        <source>expected a time with zone such as &quot;2024-05-01T09:30:00.000Z&quot;, found &quot;%1&quot;</source>
        <translation>Zeitangabe mit Zeitzone wie „2024-05-01T09:30:00.000Z“ erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;; this is not a Debrief rubric file</source>
        <translation>„%1“ erwartet; dies ist keine Debrief-Bewertungsrasterdatei</translation>
    </message>
    <message>
        <source>the file has format version %1, but this Debrief reads up to version %2; a newer Debrief is needed</source>
        <translation>die Datei hat die Formatversion %1, diese Debrief-Version liest aber nur bis Version %2; eine neuere Version von Debrief wird benötigt</translation>
    </message>
    <message>
        <source>expected 1 or higher, found %1</source>
        <translation>1 oder höher erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>a rubric needs at least one criterion</source>
        <translation>ein Bewertungsraster braucht mindestens ein Kriterium</translation>
    </message>
    <message>
        <source>at least one criterion needs a weight above 0, or no total can be computed</source>
        <translation>mindestens ein Kriterium braucht eine Gewichtung über 0, sonst lässt sich keine Gesamtbewertung berechnen</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>required field is missing (a key such as &quot;problem-solving&quot;)</source>
        <translation>erforderliches Feld fehlt (ein Schlüssel wie „problem-solving“)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the key of %2; keys must be unique</source>
        <translation>„%1“ ist bereits der Schlüssel von %2; Schlüssel müssen eindeutig sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the name of %2; names must be unique</source>
        <translation>„%1“ ist bereits der Name von %2; Namen müssen eindeutig sein</translation>
    </message>
    <message>
        <source>the weight must be a number ≥ 0, found %1</source>
        <translation>die Gewichtung muss eine Zahl ≥ 0 sein, gefunden: %1</translation>
    </message>
    <message>
        <source>the scale must have %1 to %2 levels, found %3</source>
        <translation>die Skala muss %1 bis %2 Stufen haben, gefunden: %3</translation>
    </message>
    <message>
        <source>expected %1 anchor texts for a 1–%1 scale, found %2</source>
        <translation>%1 Ankertexte für eine Skala 1–%1 erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>the anchor text for level %1 is empty; describe what a candidate at this level did</source>
        <translation>der Ankertext für Stufe %1 ist leer; beschreiben Sie, was eine bewerbende Person auf dieser Stufe gezeigt hat</translation>
    </message>
    <message>
        <source>the anchor text for level %1 repeats level %2; each level needs its own description</source>
        <translation>der Ankertext für Stufe %1 wiederholt Stufe %2; jede Stufe braucht eine eigene Beschreibung</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the name of an earlier round</source>
        <translation>„%1“ ist bereits der Name einer früheren Runde</translation>
    </message>
    <message>
        <source>expected %1 to %2 minutes, found %3</source>
        <translation>%1 bis %2 Minuten erwartet, gefunden: %3</translation>
    </message>
    <message>
        <source>a criterion key</source>
        <translation>ein Kriterienschlüssel</translation>
    </message>
    <message>
        <source>no criterion has the key &quot;%1&quot;</source>
        <translation>kein Kriterium hat den Schlüssel „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice in this round</source>
        <translation>„%1“ ist in dieser Runde doppelt aufgeführt</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>erforderliches Feld fehlt</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>ganze Zahl erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>expected a UUID such as &quot;3f2b8c1e-5d4a-4b6f-9e1a-2c3d4e5f6a7b&quot; or null</source>
        <translation>UUID wie „3f2b8c1e-5d4a-4b6f-9e1a-2c3d4e5f6a7b“ oder null erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid key; use lower-case letters, digits and single hyphens, such as &quot;problem-solving&quot;</source>
        <translation>„%1“ ist kein gültiger Schlüssel; verwenden Sie Kleinbuchstaben, Ziffern und einzelne Bindestriche, etwa „problem-solving“</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>unknown field; expected one of: %1</source>
        <translation>unbekanntes Feld; erwartet wird eines von: %1</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>erwartet: %1, gefunden: %2</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>die Zahl %1</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot;</source>
        <translation>der Text „%1“</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>The rubric is not valid. Problems found: %1</source>
        <translation>Das Bewertungsraster ist ungültig. Gefundene Probleme: %1</translation>
    </message>
    <message>
        <source>%1 is not a valid rubric. Problems found: %2</source>
        <translation>%1 ist kein gültiges Bewertungsraster. Gefundene Probleme: %2</translation>
    </message>
</context>
<context>
    <name>RubricRepository</name>
    <message>
        <source>Criterion %1 cannot be taken out of its rubric: scorecards or a decision record refer to it. Make a new version of the rubric instead.</source>
        <translation>Kriterium %1 kann nicht aus seinem Bewertungsraster entfernt werden: Bewertungsbögen oder eine Entscheidung verweisen darauf. Legen Sie stattdessen eine neue Version des Bewertungsrasters an.</translation>
    </message>
    <message>
        <source>There is no rubric with id %1.</source>
        <translation>Es gibt kein Bewertungsraster mit der ID %1.</translation>
    </message>
    <message>
        <source>Rubric %1 cannot be removed: scorecards were scored against it, or a decision record names its criteria.</source>
        <translation>Bewertungsraster %1 kann nicht entfernt werden: Bewertungsbögen wurden damit bewertet, oder eine Entscheidung nennt seine Kriterien.</translation>
    </message>
</context>
<context>
    <name>RubricTemplateLibrary</name>
    <message>
        <source>There is no rubric template called &quot;%1&quot;.</source>
        <translation>Es gibt keine Bewertungsraster-Vorlage namens „%1“.</translation>
    </message>
    <message>
        <source>Cannot read the rubric template %1: %2</source>
        <translation>Die Bewertungsraster-Vorlage %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid rubric template: it says &quot;template&quot;: &quot;%2&quot;, &quot;language&quot;: &quot;%3&quot;, but its file name says &quot;%4&quot; and &quot;%5&quot;.</source>
        <translation>%1 ist keine gültige Bewertungsraster-Vorlage: Sie gibt &quot;template&quot;: &quot;%2&quot;, &quot;language&quot;: &quot;%3&quot; an, ihr Dateiname aber „%4“ und „%5“.</translation>
    </message>
</context>
<context>
    <name>RubricVersioning</name>
    <message>
        <source>The rubric needs a name.</source>
        <translation>Das Bewertungsraster braucht einen Namen.</translation>
    </message>
    <message>
        <source>The rubric “%1” has no criteria; add at least one.</source>
        <translation>Das Bewertungsraster „%1“ hat keine Kriterien; fügen Sie mindestens eines hinzu.</translation>
    </message>
    <message>
        <source>Criterion %1 has no name.</source>
        <translation>Kriterium %1 hat keinen Namen.</translation>
    </message>
    <message>
        <source>The weight of “%1” must not be negative.</source>
        <translation>Die Gewichtung von „%1“ darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The rating scale of “%1” is not valid.</source>
        <translation>Die Bewertungsskala von „%1“ ist ungültig.</translation>
    </message>
    <message>
        <source>Level %1 of “%2” has no anchor text.</source>
        <translation>Stufe %1 von „%2“ hat keinen Ankertext.</translation>
    </message>
</context>
<context>
    <name>ScorecardPackageExporter</name>
    <message>
        <source>Scorecard %1 rates criterion #%2, which is not part of its rubric.</source>
        <translation>Bewertungsbogen %1 bewertet Kriterium #%2, das nicht zu seinem Bewertungsraster gehört.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ScorecardPackageImporter</name>
    <message>
        <source>no %1 with uuid %2 exists in %3</source>
        <translation>%1 mit der UUID %2 gibt es in %3 nicht</translation>
    </message>
    <message>
        <source>not valid JSON (at byte %1: %2)</source>
        <translation>kein gültiges JSON (bei Byte %1: %2)</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, found &quot;%2&quot;; this is not a Debrief scorecards file</source>
        <translation>„%1“ erwartet, „%2“ gefunden; dies ist keine Debrief-Bewertungsbogen-Datei</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>panelist</source>
        <translation>Interviewer:in</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>interview %1 belongs to another opening</source>
        <translation>Interview %1 gehört zu einer anderen Stelle</translation>
    </message>
    <message>
        <source>an unknown candidate</source>
        <translation>einer unbekannten Person</translation>
    </message>
    <message>
        <source>the interview with %1 on %2 (uuid %3)</source>
        <translation>das Interview mit %1 am %2 (UUID %3)</translation>
    </message>
    <message>
        <source>rubric version</source>
        <translation>Version des Bewertungsrasters</translation>
    </message>
    <message>
        <source>criterion %1 is not part of rubric version %2</source>
        <translation>Kriterium %1 gehört nicht zu Version %2 des Bewertungsrasters</translation>
    </message>
    <message>
        <source>criterion %1 is rated twice</source>
        <translation>Kriterium %1 ist doppelt bewertet</translation>
    </message>
    <message>
        <source>%1 is outside the scale 1–%2 of criterion &quot;%3&quot;</source>
        <translation>%1 liegt außerhalb der Skala 1–%2 des Kriteriums „%3“</translation>
    </message>
    <message>
        <source>scorecard %1 appears twice in the file</source>
        <translation>Bewertungsbogen %1 kommt in der Datei doppelt vor</translation>
    </message>
    <message>
        <source>the file holds two scorecards for %1; a panelist has one per interview</source>
        <translation>die Datei enthält zwei Bewertungsbögen für %1; pro Interview gibt es je Interviewer:in nur einen</translation>
    </message>
    <message>
        <source>status (%1 here)</source>
        <translation>Status (hier: %1)</translation>
    </message>
    <message>
        <source>recommendation (%1 here, %2 in the file)</source>
        <translation>Empfehlung (hier: %1, in der Datei: %2)</translation>
    </message>
    <message>
        <source>key takeaways</source>
        <translation>wichtigste Erkenntnisse</translation>
    </message>
    <message>
        <source>submitted at</source>
        <translation>abgegeben am</translation>
    </message>
    <message>
        <source>last change</source>
        <translation>letzte Änderung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>score of &quot;%1&quot; (%2 here, %3 in the file)</source>
        <translation>Bewertung von „%1“ (hier: %2, in der Datei: %3)</translation>
    </message>
    <message>
        <source>evidence for &quot;%1&quot;</source>
        <translation>Belege für „%1“</translation>
    </message>
    <message>
        <source>Scorecard for %1: already up to date</source>
        <translation>Bewertungsbogen für %1: bereits aktuell</translation>
    </message>
    <message>
        <source>%1: scorecard for %2 differs from the stored one in: %3</source>
        <translation>%1: Der Bewertungsbogen für %2 weicht vom gespeicherten ab bei: %3</translation>
    </message>
    <message>
        <source>%1: this panelist already has another scorecard for %2 in the database</source>
        <translation>%1: Diese:r Interviewer:in hat in der Datenbank bereits einen anderen Bewertungsbogen für %2</translation>
    </message>
    <message>
        <source>Scorecard for %1: added</source>
        <translation>Bewertungsbogen für %1: hinzugefügt</translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation>es wurde nichts importiert: %1</translation>
    </message>
</context>
<context>
    <name>ScorecardRepository</name>
    <message>
        <source>There is no scorecard with id %1.</source>
        <translation>Es gibt keinen Bewertungsbogen mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>ScorecardStatus</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Abgegeben</translation>
    </message>
</context>
<context>
    <name>ScorecardWorkflow</name>
    <message>
        <source>A rating refers to a criterion that is not in rubric version %1.</source>
        <translation>Eine Bewertung verweist auf ein Kriterium, das nicht in Version %1 des Bewertungsrasters enthalten ist.</translation>
    </message>
    <message>
        <source>%1: %2 is outside the scale 1–%3.</source>
        <translation>%1: %2 liegt außerhalb der Skala 1–%3.</translation>
    </message>
    <message>
        <source>Choose an overall recommendation.</source>
        <translation>Wählen Sie eine Gesamtempfehlung.</translation>
    </message>
    <message>
        <source>Say why a submitted scorecard is being changed.</source>
        <translation>Geben Sie an, warum ein abgegebener Bewertungsbogen geändert wird.</translation>
    </message>
    <message>
        <source>This scorecard is still a draft; edit it directly.</source>
        <translation>Dieser Bewertungsbogen ist noch ein Entwurf; bearbeiten Sie ihn direkt.</translation>
    </message>
</context>
<context>
    <name>ScreenshotRenderer</name>
    <message>
        <source>Cannot write %1: the folder does not exist.</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation>Das Bildschirmfoto kann nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Invalid size &apos;%1&apos;: expected WIDTHxHEIGHT, for example 1280x800.</source>
        <translation>Ungültige Größe „%1“: BREITExHÖHE erwartet, zum Beispiel 1280x800.</translation>
    </message>
</context>
<context>
    <name>SqlRow</name>
    <message>
        <source>a UUID</source>
        <translation>eine UUID</translation>
    </message>
    <message>
        <source>a date (yyyy-MM-dd)</source>
        <translation>ein Datum (yyyy-MM-dd)</translation>
    </message>
    <message>
        <source>a date and time (ISO 8601)</source>
        <translation>ein Datum mit Uhrzeit (ISO 8601)</translation>
    </message>
    <message>
        <source>Cannot read %1: table %2, row %3, column %4 holds &quot;%5&quot;, which is not %6. The file may come from a newer or a damaged copy of Debrief.</source>
        <translation>%1 kann nicht gelesen werden: Tabelle %2, Zeile %3, Spalte %4 enthält „%5“; erwartet wurde %6. Die Datei stammt möglicherweise aus einer neueren oder einer beschädigten Debrief-Version.</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>einer von %1</translation>
    </message>
</context>
<context>
    <name>ViewRegistry</name>
    <message>
        <source>The database has no candidates to show.</source>
        <translation>Die Datenbank enthält keine Bewerbenden, die angezeigt werden könnten.</translation>
    </message>
    <message>
        <source>the main window</source>
        <translation>das Hauptfenster</translation>
    </message>
    <message>
        <source>the candidate detail pane</source>
        <translation>der Detailbereich zur bewerbenden Person</translation>
    </message>
    <message>
        <source>Unknown view &apos;%1&apos;. Known views: %2.</source>
        <translation>Unbekannte Ansicht „%1“. Bekannte Ansichten: %2.</translation>
    </message>
</context>
<context>
    <name>debrief::CandidateDetailPane</name>
    <message>
        <source>Candidate details</source>
        <translation>Details zur Person</translation>
    </message>
    <message>
        <source>Select a candidate to see their details.</source>
        <translation>Wählen Sie eine bewerbende Person aus, um die Details zu sehen.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Candidate name</source>
        <translation>Name der bewerbenden Person</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <source>Furthest stage:</source>
        <translation>Weiteste Phase:</translation>
    </message>
    <message>
        <source>Applied:</source>
        <translation>Beworben:</translation>
    </message>
    <message>
        <source>Answer promised:</source>
        <translation>Antwort zugesagt:</translation>
    </message>
    <message>
        <source>Talent pool:</source>
        <translation>Talentpool:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>&amp;Interviews (%1)</source>
        <translation>&amp;Interviews (%1)</translation>
    </message>
    <message>
        <source>&amp;References (%1)</source>
        <translation>&amp;Referenzen (%1)</translation>
    </message>
    <message>
        <source>&amp;Messages (%1)</source>
        <translation>&amp;Nachrichten (%1)</translation>
    </message>
    <message>
        <source>No contact details</source>
        <translation>Keine Kontaktdaten</translation>
    </message>
    <message>
        <source>Applied for %1</source>
        <translation>Beworben auf %1</translation>
    </message>
    <message>
        <source>★ Yes, would hire for another role</source>
        <translation>★ Ja, würden wir für eine andere Stelle einstellen</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Noch keine Notizen.</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referenzen</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n scorecard(s) submitted</source>
        <translation>
            <numerusform>%1 von %n Bewertungsbogen abgegeben</numerusform>
            <numerusform>%1 von %n Bewertungsbögen abgegeben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n Entwurf</numerusform>
            <numerusform>%n Entwürfe</numerusform>
        </translation>
    </message>
    <message>
        <source>Panel: %1</source>
        <translation>Interviewteam: %1</translation>
    </message>
    <message>
        <source>contacted %1</source>
        <translation>kontaktiert am %1</translation>
    </message>
    <message>
        <source>⚠ Concern</source>
        <translation>⚠ Bedenken</translation>
    </message>
    <message>
        <source>%1 to the candidate</source>
        <translation>%1 an die bewerbende Person</translation>
    </message>
    <message>
        <source>%1 from the candidate</source>
        <translation>%1 von der bewerbenden Person</translation>
    </message>
    <message>
        <source>Promised an answer by %1</source>
        <translation>Antwort zugesagt bis %1</translation>
    </message>
</context>
<context>
    <name>debrief::CandidateFilterBar</name>
    <message>
        <source>Filter by name or e-mail</source>
        <translation>Nach Name oder E-Mail filtern</translation>
    </message>
    <message>
        <source>Search candidates</source>
        <translation>Bewerbende suchen</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>S&amp;uchen:</translation>
    </message>
    <message>
        <source>Show stage</source>
        <translation>Phase anzeigen</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::CandidateTableModel</name>
    <message>
        <source>In the talent pool: the panel would happily hire this person for another role</source>
        <translation>Im Talentpool: Das Interviewteam würde diese Person gern für eine andere Stelle einstellen</translation>
    </message>
    <message>
        <source>Not in the talent pool</source>
        <translation>Nicht im Talentpool</translation>
    </message>
    <message numerus="yes">
        <source>%n scorecard(s) submitted</source>
        <translation>
            <numerusform>%n Bewertungsbogen abgegeben</numerusform>
            <numerusform>%n Bewertungsbögen abgegeben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n Interview</numerusform>
            <numerusform>%n Interviews</numerusform>
        </translation>
    </message>
    <message>
        <source>Talent pool: the panel would happily hire this person for another role</source>
        <translation>Talentpool: Das Interviewteam würde diese Person gern für eine andere Stelle einstellen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Beworben</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Pool</source>
        <comment>talent pool, column header</comment>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation>Bewertungsbögen</translation>
    </message>
</context>
<context>
    <name>debrief::DatabaseSession</name>
    <message>
        <source>%1 already exists. Choose another name, or use File › Open to open it.</source>
        <translation>%1 existiert bereits. Wählen Sie einen anderen Namen oder öffnen Sie die Datei mit Datei › Öffnen.</translation>
    </message>
</context>
<context>
    <name>debrief::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>The language changes the next time Debrief starts.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von Debrief.</translation>
    </message>
</context>
<context>
    <name>debrief::MainWindow</name>
    <message>
        <source>Openings</source>
        <translation>Stellen</translation>
    </message>
    <message>
        <source>&amp;Openings</source>
        <translation>&amp;Stellen</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Bewerbende</translation>
    </message>
    <message>
        <source>&amp;Candidates</source>
        <translation>Be&amp;werbende</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Go to &amp;Openings</source>
        <translation>Zu den S&amp;tellen</translation>
    </message>
    <message>
        <source>&amp;Find Candidate</source>
        <translation>Bewerbende s&amp;uchen</translation>
    </message>
    <message>
        <source>Candidate &amp;Details</source>
        <translation>&amp;Details zur Person</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Debrief</source>
        <translation>Ü&amp;ber Debrief</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Liste leeren</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Debrief databases (*.sqlite *.db);;All files (*)</source>
        <translation>Debrief-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>Debrief databases (*.sqlite)</source>
        <translation>Debrief-Datenbanken (*.sqlite)</translation>
    </message>
    <message>
        <source>&amp;Candidates for %1</source>
        <translation>Be&amp;werbende für %1</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Debrief</translation>
    </message>
    <message>
        <source>%1 — Debrief</source>
        <translation>%1 — Debrief</translation>
    </message>
    <message>
        <source>No database open. Use File › New or File › Open.</source>
        <translation>Keine Datenbank geöffnet. Verwenden Sie Datei › Neu oder Datei › Öffnen.</translation>
    </message>
    <message numerus="yes">
        <source>%n opening(s)</source>
        <translation>
            <numerusform>%n Stelle</numerusform>
            <numerusform>%n Stellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n Bewerber:in</numerusform>
            <numerusform>%n Bewerbende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting past their promised date</source>
        <translation>
            <numerusform>%n wartet länger als zugesagt</numerusform>
            <numerusform>%n warten länger als zugesagt</numerusform>
        </translation>
    </message>
    <message>
        <source>About Debrief</source>
        <translation>Über Debrief</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Debrief %1&lt;/h3&gt;&lt;p&gt;Structured interview debriefs for hiring panels: scored rubrics, independent scorecards, recorded decisions and honest, timely answers for every candidate.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Debrief %1&lt;/h3&gt;&lt;p&gt;Strukturierte Interview-Auswertungen für Interviewteams: Bewertungsraster mit Punkteskalen, unabhängige Bewertungsbögen, dokumentierte Entscheidungen und ehrliche, zeitnahe Antworten für alle Bewerbenden.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>debrief::OpeningListModel</name>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n Bewerber:in</numerusform>
            <numerusform>%n Bewerbende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finalist(s)</source>
        <translation>
            <numerusform>%n Person in der finalen Runde</numerusform>
            <numerusform>%n Personen in der finalen Runde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting past their promised date</source>
        <translation>
            <numerusform>%n wartet länger als zugesagt</numerusform>
            <numerusform>%n warten länger als zugesagt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::RubricEditor</name>
    <message>
        <source>(unnamed criterion)</source>
        <translation>(Kriterium ohne Namen)</translation>
    </message>
    <message>
        <source>Edit Rubric</source>
        <translation>Bewertungsraster bearbeiten</translation>
    </message>
    <message>
        <source>Rubric name</source>
        <translation>Name des Bewertungsrasters</translation>
    </message>
    <message>
        <source>Rename rubric</source>
        <translation>Bewertungsraster umbenennen</translation>
    </message>
    <message>
        <source>Rubric &amp;name:</source>
        <translation>&amp;Name des Rasters:</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Kriterium hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>Kriterium entfernen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move criterion up</source>
        <translation>Kriterium nach oben verschieben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move criterion down</source>
        <translation>Kriterium nach unten verschieben</translation>
    </message>
    <message>
        <source>&amp;Criteria</source>
        <translation>&amp;Kriterien</translation>
    </message>
    <message>
        <source>Criterion name</source>
        <translation>Name des Kriteriums</translation>
    </message>
    <message>
        <source>Rename criterion to “%1”</source>
        <translation>Kriterium in „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Criterion description</source>
        <translation>Beschreibung des Kriteriums</translation>
    </message>
    <message>
        <source>Change description of “%1”</source>
        <translation>Beschreibung von „%1“ ändern</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Change weight of “%1”</source>
        <translation>Gewichtung von „%1“ ändern</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>Bewertungsskala</translation>
    </message>
    <message>
        <source>1–4 (no middle)</source>
        <translation>1–4 (ohne Mitte)</translation>
    </message>
    <message>
        <source>1–5</source>
        <translation>1–5</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>Ska&amp;la:</translation>
    </message>
    <message>
        <source>Anchor for level %1</source>
        <translation>Anker für Stufe %1</translation>
    </message>
    <message>
        <source>What a %1 looks like in behaviour</source>
        <translation>Woran man eine %1 im Verhalten erkennt</translation>
    </message>
    <message>
        <source>Change level %1 anchor of “%2”</source>
        <translation>Anker für Stufe %1 von „%2“ ändern</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Gewichtung:</translation>
    </message>
    <message>
        <source>Anchors:</source>
        <translation>Anker:</translation>
    </message>
    <message>
        <source>Selected criterion</source>
        <translation>Ausgewähltes Kriterium</translation>
    </message>
    <message>
        <source>Which round assesses which criterion</source>
        <translation>Welche Runde welches Kriterium bewertet</translation>
    </message>
    <message>
        <source>Which &amp;round assesses which criterion</source>
        <translation>Welche Run&amp;de welches Kriterium bewertet</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>JSON &amp;importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport JSON…</source>
        <translation>JSON e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Bewertungsraster</translation>
    </message>
    <message>
        <source>Saved as version %1; scorecards already submitted keep version %2.</source>
        <translation>Als Version %1 gespeichert; bereits abgegebene Bewertungsbögen behalten Version %2.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Import rubric from “%1”</source>
        <translation>Bewertungsraster aus „%1“ importieren</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Discard the changes to this rubric?</source>
        <translation>Die Änderungen an diesem Bewertungsraster verwerfen?</translation>
    </message>
    <message>
        <source>%1. %2 · weight %3</source>
        <translation>%1. %2 · Gewichtung %3</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>New rubric (not saved yet)</source>
        <translation>Neues Bewertungsraster (noch nicht gespeichert)</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message numerus="yes">
        <source>%n scorecard(s) were scored against version %1</source>
        <translation>
            <numerusform>%n Bewertungsbogen wurde mit Version %1 bewertet</numerusform>
            <numerusform>%n Bewertungsbögen wurden mit Version %1 bewertet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submitted scorecard(s) use this version, so saving creates version %1</source>
        <translation>
            <numerusform>%n abgegebener Bewertungsbogen nutzt diese Version, daher wird beim Speichern Version %1 angelegt</numerusform>
            <numerusform>%n abgegebene Bewertungsbögen nutzen diese Version, daher wird beim Speichern Version %1 angelegt</numerusform>
        </translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Neues Kriterium</translation>
    </message>
    <message>
        <source>Remove criterion “%1”</source>
        <translation>Kriterium „%1“ entfernen</translation>
    </message>
    <message>
        <source>Move “%1” up</source>
        <translation>„%1“ nach oben verschieben</translation>
    </message>
    <message>
        <source>Move “%1” down</source>
        <translation>„%1“ nach unten verschieben</translation>
    </message>
    <message>
        <source>Change scale of “%1” to 1–%2</source>
        <translation>Skala von „%1“ auf 1–%2 ändern</translation>
    </message>
    <message>
        <source>Assess “%1” in “%2”</source>
        <translation>„%1“ in „%2“ bewerten</translation>
    </message>
    <message>
        <source>Stop assessing “%1” in “%2”</source>
        <translation>„%1“ nicht mehr in „%2“ bewerten</translation>
    </message>
    <message>
        <source>Import Rubric</source>
        <translation>Bewertungsraster importieren</translation>
    </message>
    <message>
        <source>Rubric JSON (*.json)</source>
        <translation>Bewertungsraster-JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Rubric</source>
        <translation>Bewertungsraster exportieren</translation>
    </message>
</context>
<context>
    <name>debrief::ScorecardEditor</name>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Bewertungsbogen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation>&amp;Nachträglich ändern…</translation>
    </message>
    <message>
        <source>Change this submitted scorecard; the change and its reason are recorded in the audit log.</source>
        <translation>Diesen abgegebenen Bewertungsbogen ändern; die Änderung und ihr Grund werden im Änderungsprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Abgeben</translation>
    </message>
    <message>
        <source>Submit the scorecard (Ctrl+Return). It is locked afterwards.</source>
        <translation>Den Bewertungsbogen abgeben (Strg+Eingabe). Danach ist er gesperrt.</translation>
    </message>
    <message>
        <source>The opening has no rubric yet; set one up before scoring.</source>
        <translation>Die Stelle hat noch kein Bewertungsraster; legen Sie eines an, bevor Sie bewerten.</translation>
    </message>
    <message>
        <source>Scorecard: %1</source>
        <translation>Bewertungsbogen: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · scored by %3 against “%4”, version %5</source>
        <translation>%1 · %2 · bewertet von %3 nach „%4“, Version %5</translation>
    </message>
    <message>
        <source>Overall recommendation</source>
        <translation>Gesamtempfehlung</translation>
    </message>
    <message>
        <source>Press 1–4: strong no, no, yes, strong yes.</source>
        <translation>Drücken Sie 1–4: klares Nein, Nein, Ja, klares Ja.</translation>
    </message>
    <message>
        <source>Set recommendation to %1</source>
        <translation>Empfehlung auf %1 setzen</translation>
    </message>
    <message>
        <source>Key takeaways</source>
        <translation>Wichtigste Erkenntnisse</translation>
    </message>
    <message>
        <source>Edit key takeaways</source>
        <translation>Wichtigste Erkenntnisse bearbeiten</translation>
    </message>
    <message>
        <source>Colleagues’ scorecards</source>
        <translation>Bewertungsbögen der Kolleg:innen</translation>
    </message>
    <message>
        <source>(weight %1)</source>
        <translation>(Gewichtung %1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;0&lt;/b&gt;&amp;nbsp; Not assessed</source>
        <translation>&lt;b&gt;0&lt;/b&gt;&amp;nbsp; Nicht bewertet</translation>
    </message>
    <message>
        <source>Score for %1</source>
        <translation>Bewertung für %1</translation>
    </message>
    <message>
        <source>Press 1–%1 to score, 0 or N for “not assessed”, Up/Down to move.</source>
        <translation>1–%1 drücken zum Bewerten, 0 oder N für „nicht bewertet“, Pfeil auf/ab zum Wechseln.</translation>
    </message>
    <message>
        <source>Evidence for %1: what did the candidate say or do?</source>
        <translation>Belege für %1: Was hat die Person gesagt oder getan?</translation>
    </message>
    <message>
        <source>Score “%1” %2</source>
        <translation>„%1“ mit %2 bewerten</translation>
    </message>
    <message>
        <source>Mark “%1” not assessed</source>
        <translation>„%1“ als nicht bewertet markieren</translation>
    </message>
    <message>
        <source>Edit evidence for “%1”</source>
        <translation>Belege für „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Unsaved changes…</source>
        <translation>Ungespeicherte Änderungen…</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Draft saved %1</source>
        <translation>Entwurf um %1 gespeichert</translation>
    </message>
    <message>
        <source>Amendment saved; the audit log records the change.</source>
        <translation>Änderung gespeichert; das Änderungsprotokoll hält sie fest.</translation>
    </message>
    <message>
        <source>Submitted %1</source>
        <translation>Abgegeben am %1</translation>
    </message>
    <message>
        <source>Amend Scorecard</source>
        <translation>Bewertungsbogen nachträglich ändern</translation>
    </message>
    <message>
        <source>Why are you changing this submitted scorecard? The reason is kept in the audit log with the old and new values.</source>
        <translation>Warum ändern Sie diesen abgegebenen Bewertungsbogen? Der Grund wird mit den alten und neuen Werten im Änderungsprotokoll gespeichert.</translation>
    </message>
    <message>
        <source>Amending: changes are saved with Ctrl+Return and audited.</source>
        <translation>Nachträgliche Änderung: Änderungen werden mit Strg+Eingabe gespeichert und protokolliert.</translation>
    </message>
    <message>
        <source>&amp;Save Amendment</source>
        <translation>Änderung &amp;speichern</translation>
    </message>
    <message>
        <source>Colleagues’ scorecards could not be loaded.</source>
        <translation>Die Bewertungsbögen der Kolleg:innen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>no recommendation</source>
        <translation>keine Empfehlung</translation>
    </message>
    <message numerus="yes">
        <source>%n scorecard(s) hidden until you submit yours.</source>
        <translation>
            <numerusform>%n Bewertungsbogen ist verborgen, bis Sie Ihren abgeben.</numerusform>
            <numerusform>%n Bewertungsbögen sind verborgen, bis Sie Ihren abgeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>No colleague has submitted a scorecard yet.</source>
        <translation>Noch keine Kollegin und kein Kollege hat einen Bewertungsbogen abgegeben.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: debrief-cli COMMAND [OPTIONS]</source>
        <translation>Aufruf: debrief-cli BEFEHL [OPTIONEN]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;debrief-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Mit „debrief-cli BEFEHL --help“ werden die Optionen eines Befehls angezeigt.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Debrief</translation>
    </message>
</context>
</TS>
