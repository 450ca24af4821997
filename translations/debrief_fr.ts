<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ApplicationRepository</name>
    <message>
        <source>There is no application with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditRepository</name>
    <message>
        <source>There is no audit trail entry with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail cannot be changed: entries are only ever added, so that it stays a faithful record of every change made after submission.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateColumnMapping</name>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateCsvImport</name>
    <message>
        <source>the required column &quot;%1&quot; is missing or not mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the e-mail address is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (use 2026-03-01 or 01.03.2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a candidate with this e-mail is already stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same e-mail as line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has errors; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateDetails</name>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateRepository</name>
    <message>
        <source>There is no candidate with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommunicationChannel</name>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommunicationDirection</name>
    <message>
        <source>To the candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the candidate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommunicationRepository</name>
    <message>
        <source>There is no communication log entry with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quote opens a field here but is never closed; the rest of the file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after a closing quote (a quote inside a field must be doubled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 from here on; it was read as Windows-1252 (Western European). Check the accented letters in the preview, or choose another encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the encoding &quot;%1&quot; is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an SQLite database (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is an SQLite database, but not one of Debrief&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Debrief (schema %2; this version knows up to %3). Update Debrief to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade %1 to schema %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database did not return the new record&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error in %1: %2 (statement: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step of this change failed, so nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the changes to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionRepository</name>
    <message>
        <source>There is no decision record with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionRole</name>
    <message>
        <source>Chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runner-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Database file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed for the generator; the same seed and date give the same database (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the demo is set around (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra candidates to add for scale testing (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 4294967295, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today must be a date such as 2025-03-14, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--candidates must be a whole number of 0 or more, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the leftover file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2 openings, %3 panelists, %4 candidates, %5 applications, %6 interviews, %7 scorecards, %8 references, %9 messages, %10 decisions in %11 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; pass --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1; the new data is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a database with realistic, reproducible demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: debrief-cli demo --out FILE [options]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>%1 already contains openings; demo data is only written into an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference date for the demo data is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of extra candidates cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo data was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>d MMM yyyy</source>
        <comment>date pattern, see QDate::toString</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <comment>date and time pattern, see QDateTime::toString</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n day(s) overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportJsonCommand</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one opening and everything about it as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Debrief database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opening to export: its id in FILE, or its uuid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the JSON to this file instead of stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: debrief-cli export-json --db FILE --opening ID [--out FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--opening takes a number or a uuid, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCandidatesCommand</name>
    <message>
        <source>--map %1: expected FIELD=COLUMN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the candidates of a CSV file to an opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Debrief database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opening: its id in FILE, or its uuid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the file in this encoding instead of detecting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field delimiter instead of detecting it (use &quot;tab&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take FIELD from COLUMN (1-based), e.g. email=3. Fields: name, preferred-name, email, phone, location, source, notes, applied-on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIELD=COLUMN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also import rows whose e-mail is already stored or repeated (default: skip them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: debrief-cli import-candidates --db FILE --opening ID [OPTIONS] FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--opening takes a number or a uuid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n candidate(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n duplicate(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportJsonCommand</name>
    <message>
        <source>Read an opening exported with export-json into a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Debrief database file (created when missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: debrief-cli import-json --db FILE IN.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported opening %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewRepository</name>
    <message>
        <source>There is no interview with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewRoundRepository</name>
    <message>
        <source>There is no interview round with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview round %1 cannot be removed: interviews were held in it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonErrorList</name>
    <message numerus="yes">
        <source>…and %n more error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonObjectReader</name>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required field (expected %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a UUID such as &quot;3f2b8c1e-5d4a-4b6f-9e1a-2c3d4e5f6a7b&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is less than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the range %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a timestamp with time zone such as &quot;2024-05-01T09:30:00.000Z&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date such as &quot;2024-05-01&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field; expected only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Structured interview debriefs for hiring panels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the database FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render a view into the PNG file OUT and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view to render with --screenshot (default: main).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screenshot size (default: 1280x800).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WxH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user interface language: de, fr or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat DATE as today when marking overdue answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;. Use --db FILE to open a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;. Supported: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid date &apos;%1&apos; for --today: expected YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpeningArgument</name>
    <message>
        <source>There is no opening with uuid %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpeningDocumentReader</name>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON at %1 (byte offset %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;%1&quot; but found &quot;%2&quot;: this is not a Debrief opening file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file was written by a newer Debrief (format version %1; this version reads up to %2). Update Debrief to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 anchor texts for a scale of %2; expected one per level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpeningDocumentValidator</name>
    <message>
        <source>duplicate uuid %1; already used at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to %1 %2, which is not in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is listed twice (first at %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 of rubric family %2 appears twice (first at %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>panelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interview round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this panelist already has a scorecard for this interview (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion %1 is not part of the scorecard&apos;s rubric %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the criterion&apos;s scale 1–%2 (use null for &quot;not assessed&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to record %1, which is not in this file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpeningExporter</name>
    <message>
        <source>a record refers to %1 #%2, which does not belong to this opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>panelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interview round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export opening #%1 from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpeningImporter</name>
    <message>
        <source>nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this opening (uuid %1) already exists in %2 as opening #%3 &quot;%4&quot;; nothing was imported. Delete it there first, or import into another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record with uuid %1 already exists in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpeningRepository</name>
    <message>
        <source>There is no opening with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpeningStatus</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PanelistRepository</name>
    <message>
        <source>There is no panelist with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panelist %1 cannot be removed: they still sit on an opening&apos;s panel or an interview, or wrote scorecards. Take them off those first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineStage</name>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recommendation</name>
    <message>
        <source>Strong no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceRepository</name>
    <message>
        <source>There is no reference with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RubricJsonReader</name>
    <message>
        <source>not valid JSON: %1 at line %2, column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a two-letter language code such as &quot;en&quot;, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version must be 1 or higher, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a time with zone such as &quot;2024-05-01T09:30:00.000Z&quot;, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;; this is not a Debrief rubric file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has format version %1, but this Debrief reads up to version %2; a newer Debrief is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 1 or higher, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rubric needs at least one criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one criterion needs a weight above 0, or no total can be computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required field is missing (a key such as &quot;problem-solving&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the key of %2; keys must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the name of %2; names must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weight must be a number ≥ 0, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scale must have %1 to %2 levels, found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 anchor texts for a 1–%1 scale, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the anchor text for level %1 is empty; describe what a candidate at this level did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the anchor text for level %1 repeats level %2; each level needs its own description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the name of an earlier round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 to %2 minutes, found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a criterion key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no criterion has the key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice in this round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a UUID such as &quot;3f2b8c1e-5d4a-4b6f-9e1a-2c3d4e5f6a7b&quot; or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid key; use lower-case letters, digits and single hyphens, such as &quot;problem-solving&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field; expected one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rubric is not valid. Problems found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid rubric. Problems found: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RubricRepository</name>
    <message>
        <source>Criterion %1 cannot be taken out of its rubric: scorecards or a decision record refer to it. Make a new version of the rubric instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no rubric with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubric %1 cannot be removed: scorecards were scored against it, or a decision record names its criteria.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RubricTemplateLibrary</name>
    <message>
        <source>There is no rubric template called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the rubric template %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid rubric template: it says &quot;template&quot;: &quot;%2&quot;, &quot;language&quot;: &quot;%3&quot;, but its file name says &quot;%4&quot; and &quot;%5&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorecardRepository</name>
    <message>
        <source>There is no scorecard with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorecardStatus</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorecardWorkflow</name>
    <message>
        <source>A rating refers to a criterion that is not in rubric version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is outside the scale 1–%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an overall recommendation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why a submitted scorecard is being changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scorecard is still a draft; edit it directly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenshotRenderer</name>
    <message>
        <source>Cannot write %1: the folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid size &apos;%1&apos;: expected WIDTHxHEIGHT, for example 1280x800.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlRow</name>
    <message>
        <source>a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date (yyyy-MM-dd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date and time (ISO 8601)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: table %2, row %3, column %4 holds &quot;%5&quot;, which is not %6. The file may come from a newer or a damaged copy of Debrief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewRegistry</name>
    <message>
        <source>The database has no candidates to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the candidate detail pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown view &apos;%1&apos;. Known views: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::CandidateDetailPane</name>
    <message>
        <source>Candidate details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a candidate to see their details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Furthest stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer promised:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talent pool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interviews (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;References (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Messages (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Yes, would hire for another role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n scorecard(s) submitted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Panel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to the candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from the candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised an answer by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::CandidateTableModel</name>
    <message>
        <source>In the talent pool: the panel would happily hire this person for another role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the talent pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n scorecard(s) submitted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Talent pool: the panel would happily hire this person for another role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool</source>
        <comment>talent pool, column header</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::DatabaseSession</name>
    <message>
        <source>%1 already exists. Choose another name, or use File › Open to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::MainWindow</name>
    <message>
        <source>Openings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Openings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Openings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate &amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Candidates for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open. Use File › New or File › Open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n opening(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting past their promised date</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>About Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Debrief %1&lt;/h3&gt;&lt;p&gt;Structured interview debriefs for hiring panels: scored rubrics, independent scorecards, recorded decisions and honest, timely answers for every candidate.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::OpeningListModel</name>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finalist(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting past their promised date</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: debrief-cli COMMAND [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;debrief-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
