<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AddFromTalentPoolCommand</name>
    <message numerus="yes">
        <source>Add %n candidate(s) from the talent pool to “%1”</source>
        <translation>
            <numerusform>%n Bewerber:in aus dem Talentpool zu „%1“ hinzufügen</numerusform>
            <numerusform>%n Bewerbende aus dem Talentpool zu „%1“ hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested from the talent pool: got as far as %1 for %2.</source>
        <translation>Aus dem Talentpool vorgeschlagen: bei %2 bis zur Phase %1 gekommen.</translation>
    </message>
</context>
<context>
    <name>AnalyticsText</name>
    <message numerus="yes">
        <source>%n finalist(s)</source>
        <translation>
            <numerusform>%n Person in der finalen Runde</numerusform>
            <numerusform>%n Personen in der finalen Runde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n panelist(s)</source>
        <translation>
            <numerusform>%n Interviewer:in</numerusform>
            <numerusform>%n Interviewer:innen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n Wert</numerusform>
            <numerusform>%n Werte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n Bewertung</numerusform>
            <numerusform>%n Bewertungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scorecard(s)</source>
        <translation>
            <numerusform>%n Bewertungsbogen</numerusform>
            <numerusform>%n Bewertungsbögen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Anonymiser</name>
    <message>
        <source>Anonymised candidate #%1</source>
        <translation>Anonymisierte Person #%1</translation>
    </message>
</context>
<context>
    <name>ApplicationComparison</name>
    <message>
        <source>none promised</source>
        <translation>kein Termin zugesagt</translation>
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
        <source>Yes: %1</source>
        <translation>Ja: %1</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Furthest stage</source>
        <translation>Weiteste Phase</translation>
    </message>
    <message>
        <source>Answer promised</source>
        <translation>Antwort zugesagt</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>ApplicationRepository</name>
    <message>
        <source>There is no application with id %1.</source>
        <translation>Es gibt keine Bewerbung mit der ID %1.</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Bewerbung %1</translation>
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
    <name>BackupCommand</name>
    <message>
        <source>Copy a database as it is, also while Debrief has it open</source>
        <translation>Eine Datenbank in ihrem aktuellen Zustand kopieren, auch während Debrief sie geöffnet hat</translation>
    </message>
    <message>
        <source>Usage: debrief-cli backup --db FILE [--out COPY]</source>
        <translation>Aufruf: debrief-cli backup --db DATEI [--out KOPIE]</translation>
    </message>
    <message>
        <source>Write the copy here (default: next to FILE, named FILE.backup.TIME.sqlite). An existing file is not replaced.</source>
        <translation>Die Kopie hierhin schreiben (Standard: neben DATEI, unter dem Namen DATEI.backup.ZEIT.sqlite). Eine vorhandene Datei wird nicht ersetzt.</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>KOPIE</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (readable by you only).</source>
        <translation>%1 nach %2 gesichert (nur für Sie lesbar).</translation>
    </message>
</context>
<context>
    <name>CalibrationGuide</name>
    <message>
        <source>How to read these figures</source>
        <translation>So lesen Sie diese Kennzahlen</translation>
    </message>
    <message>
        <source>Every panelist scores a little differently. These figures show where the differences are large enough to talk about, so the panel can agree what a score means before the next round. They do not change anyone&apos;s scores.</source>
        <translation>Alle Interviewer:innen bewerten ein wenig unterschiedlich. Diese Kennzahlen zeigen, wo die Unterschiede groß genug sind, um darüber zu sprechen, damit sich das Interviewteam vor der nächsten Runde darauf einigen kann, was eine Bewertung bedeutet. An den Bewertungen selbst ändern sie nichts.</translation>
    </message>
    <message numerus="yes">
        <source>Leniency: a panelist is called lenient when their scores are on average at least %1 points above their colleagues&apos; on the same candidates, and severe when at least %1 points below, after %n shared rating(s) or more. A lenient or severe panelist is not wrong; the panel should just know it when it reads their scores.</source>
        <translation>
            <numerusform>Milde/Strenge: Eine Person im Interviewteam gilt als milde, wenn ihre Bewertungen bei denselben Bewerbenden im Durchschnitt mindestens %1 Punkte über denen ihrer Kolleg:innen liegen, und als streng, wenn sie mindestens %1 Punkte darunter liegen – ab %n gemeinsamen Bewertung. Wer milde oder streng bewertet, liegt damit nicht falsch; das Interviewteam sollte es nur wissen, wenn es die Bewertungen dieser Person liest.</numerusform>
            <numerusform>Milde/Strenge: Eine Person im Interviewteam gilt als milde, wenn ihre Bewertungen bei denselben Bewerbenden im Durchschnitt mindestens %1 Punkte über denen ihrer Kolleg:innen liegen, und als streng, wenn sie mindestens %1 Punkte darunter liegen – ab %n gemeinsamen Bewertungen. Wer milde oder streng bewertet, liegt damit nicht falsch; das Interviewteam sollte es nur wissen, wenn es die Bewertungen dieser Person liest.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement: 1 means the panelists rank the candidates on a criterion the same way, 0 means no more agreement than chance. From 0.8 it is good, from 0.67 fair, below that weak. Low agreement usually means the criterion or its anchors are read differently; discuss an example together.</source>
        <translation>Übereinstimmung: 1 bedeutet, dass die Interviewer:innen die Bewerbenden bei einem Kriterium in dieselbe Rangfolge bringen, 0 bedeutet nicht mehr Übereinstimmung als durch Zufall. Ab 0,8 ist sie gut, ab 0,67 ausreichend, darunter schwach. Geringe Übereinstimmung bedeutet meist, dass das Kriterium oder seine Anker unterschiedlich verstanden werden; besprechen Sie gemeinsam ein Beispiel.</translation>
    </message>
    <message numerus="yes">
        <source>Halo: a scorecard is flat when its scores hardly vary across %n or more criteria. A panelist whose scorecards are mostly flat may be rating an overall impression rather than each criterion on its own.</source>
        <translation>
            <numerusform>Halo-Effekt: Ein Bewertungsbogen ist gleichförmig, wenn seine Bewertungen bei %n Kriterium oder mehr kaum voneinander abweichen. Sind die Bewertungsbögen einer Person im Interviewteam überwiegend gleichförmig, bewertet sie möglicherweise einen Gesamteindruck statt jedes Kriterium für sich.</numerusform>
            <numerusform>Halo-Effekt: Ein Bewertungsbogen ist gleichförmig, wenn seine Bewertungen bei %n oder mehr Kriterien kaum voneinander abweichen. Sind die Bewertungsbögen einer Person im Interviewteam überwiegend gleichförmig, bewertet sie möglicherweise einen Gesamteindruck statt jedes Kriterium für sich.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offset: how many points (0–100, as in the weighted total) a panelist&apos;s scores lie above (+) or below (−) the rest of the panel&apos;s on the same candidate and criterion, on average. Spread: how much that varies.</source>
        <translation>Abweichung: um wie viele Punkte (0–100, wie im gewichteten Gesamtwert) die Bewertungen einer Person im Interviewteam bei derselben bewerbenden Person und demselben Kriterium im Durchschnitt über (+) oder unter (−) denen des übrigen Interviewteams liegen. Streuung: wie stark das schwankt.</translation>
    </message>
    <message>
        <source>ICC(1,1), ICC(2,1) (absolute agreement) and ICC(3,1) (consistency): intraclass correlations on the largest group of candidates every included panelist scored. Alpha: Krippendorff&apos;s alpha at the ordinal level, on every candidate scored by at least two panelists; the reading follows alpha.</source>
        <translation>ICC(1,1), ICC(2,1) (absolute Übereinstimmung) und ICC(3,1) (Konsistenz): Intraklassen-Korrelationen für die größte Gruppe von Bewerbenden, die alle einbezogenen Interviewer:innen bewertet haben. Alpha: Krippendorffs Alpha auf ordinalem Skalenniveau, für alle Bewerbenden, die von mindestens zwei Interviewer:innen bewertet wurden; die Einordnung richtet sich nach Alpha.</translation>
    </message>
    <message>
        <source>not enough shared ratings</source>
        <translation>zu wenige gemeinsame Bewertungen</translation>
    </message>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>ausreichend</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>schwach</translation>
    </message>
    <message>
        <source>none beyond chance</source>
        <translation>nicht über Zufallsniveau</translation>
    </message>
    <message>
        <source>No panelist gave nearly the same score on every criterion on most of their scorecards.</source>
        <translation>Keine Person im Interviewteam hat auf den meisten ihrer Bewertungsbögen allen Kriterien nahezu dieselbe Bewertung gegeben.</translation>
    </message>
    <message>
        <source>Most scorecards of %1 score every criterion nearly the same. Worth asking whether each criterion was judged on its own evidence.</source>
        <translation>Die meisten Bewertungsbögen von %1 bewerten alle Kriterien nahezu gleich. Es lohnt sich zu fragen, ob jedes Kriterium anhand eigener Belege beurteilt wurde.</translation>
    </message>
</context>
<context>
    <name>CalibrationReport</name>
    <message>
        <source>Panel calibration</source>
        <translation>Kalibrierung des Interviewteams</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Candidates scored</source>
        <translation>Bewertete Bewerbende</translation>
    </message>
    <message>
        <source>Panelists who scored</source>
        <translation>Interviewer:innen mit Bewertungen</translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation>Bewertungsbögen</translation>
    </message>
    <message numerus="yes">
        <source>%n submitted scorecard(s); drafts are never counted.</source>
        <translation>
            <numerusform>%n abgegebener Bewertungsbogen; Entwürfe werden nie mitgezählt.</numerusform>
            <numerusform>%n abgegebene Bewertungsbögen; Entwürfe werden nie mitgezählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leniency per panelist</source>
        <translation>Milde/Strenge pro Interviewer:in</translation>
    </message>
    <message>
        <source>Agreement per criterion</source>
        <translation>Übereinstimmung pro Kriterium</translation>
    </message>
    <message>
        <source>Halo flags</source>
        <translation>Hinweise auf Halo-Effekt</translation>
    </message>
</context>
<context>
    <name>CalibrationReportData</name>
    <message>
        <source>Nobody has submitted a scorecard for %1 yet, so there is nothing to calibrate.</source>
        <translation>Für %1 hat noch niemand einen Bewertungsbogen abgegeben, daher gibt es nichts zu kalibrieren.</translation>
    </message>
</context>
<context>
    <name>CalibrationTables</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Panelist</source>
        <translation>Interviewer:in</translation>
    </message>
    <message>
        <source>Offset (points)</source>
        <translation>Abweichung (Punkte)</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Streuung</translation>
    </message>
    <message>
        <source>Shared ratings</source>
        <translation>Gemeinsame Bewertungen</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Bewerbende</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Einordnung</translation>
    </message>
    <message>
        <source>How each panelist scores compared with the rest of the panel</source>
        <translation>Wie jede Person im Interviewteam im Vergleich zum übrigen Interviewteam bewertet</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>ICC(1,1)</source>
        <translation>ICC(1,1)</translation>
    </message>
    <message>
        <source>ICC(2,1)</source>
        <translation>ICC(2,1)</translation>
    </message>
    <message>
        <source>ICC(3,1)</source>
        <translation>ICC(3,1)</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>Alpha</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <source>%1 candidates, %2 panelists, %3 scores</source>
        <translation>%1 Bewerbende, %2 Interviewer:innen, %3 Bewertungen</translation>
    </message>
    <message>
        <source>How well the panel agrees on each criterion</source>
        <translation>Wie gut das Interviewteam bei jedem Kriterium übereinstimmt</translation>
    </message>
    <message>
        <source>Scorecards checked</source>
        <translation>Geprüfte Bewertungsbögen</translation>
    </message>
    <message>
        <source>Flat scorecards</source>
        <translation>Gleichförmige Bewertungsbögen</translation>
    </message>
    <message>
        <source>Halo flag</source>
        <translation>Hinweis auf Halo-Effekt</translation>
    </message>
    <message>
        <source>Scorecards that score every criterion nearly the same</source>
        <translation>Bewertungsbögen, die alle Kriterien nahezu gleich bewerten</translation>
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
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>a column is missing (give numbers or header names joined with +)</source>
        <translation>eine Spalte fehlt (geben Sie Nummern oder Spaltenüberschriften an, verbunden mit +)</translation>
    </message>
    <message numerus="yes">
        <source>there is no column %1; the file has %n column(s)</source>
        <translation>
            <numerusform>es gibt keine Spalte %1; die Datei hat %n Spalte</numerusform>
            <numerusform>es gibt keine Spalte %1; die Datei hat %n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>no column is called “%1”</source>
        <translation>keine Spalte heißt „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n columns are called “%1”; give the column&apos;s number instead</source>
        <translation>
            <numerusform>%n Spalte heißt „%1“; geben Sie stattdessen die Nummer der Spalte an</numerusform>
            <numerusform>%n Spalten heißen „%1“; geben Sie stattdessen die Nummer der Spalte an</numerusform>
        </translation>
    </message>
    <message>
        <source>the required column &quot;%1&quot; is missing or not mapped; the file&apos;s columns are %2. The name can also be a first-name and a last-name column joined.</source>
        <translation>die erforderliche Spalte „%1“ fehlt oder ist nicht zugeordnet; die Spalten der Datei sind %2. Der Name kann auch aus einer Spalte mit dem Vornamen und einer mit dem Nachnamen zusammengesetzt werden.</translation>
    </message>
    <message>
        <source>the required column &quot;%1&quot; is missing or not mapped; the file&apos;s columns are %2</source>
        <translation>die erforderliche Spalte „%1“ fehlt oder ist nicht zugeordnet; die Spalten der Datei sind %2</translation>
    </message>
    <message>
        <source>the columns %1 could each be &quot;%2&quot;; choose one</source>
        <translation>die Spalten %1 kommen alle als „%2“ infrage; wählen Sie eine aus</translation>
    </message>
    <message>
        <source>the columns %1 could each be &quot;%2&quot;; %3 is used</source>
        <translation>die Spalten %1 kommen alle als „%2“ infrage; verwendet wird %3</translation>
    </message>
    <message>
        <source>the first row holds an e-mail address, so it looks like a candidate rather than the column names; it is read as the column names (the file needs a header row)</source>
        <translation>die erste Zeile enthält eine E-Mail-Adresse und sieht daher eher nach einer bewerbenden Person aus als nach den Spaltennamen; sie wird als Spaltennamen gelesen (die Datei braucht eine Kopfzeile)</translation>
    </message>
</context>
<context>
    <name>CandidateCsvImport</name>
    <message>
        <source>the name is empty</source>
        <translation>der Name ist leer</translation>
    </message>
    <message>
        <source>the e-mail address is empty</source>
        <translation>die E-Mail-Adresse ist leer</translation>
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
    <message>
        <source>a candidate with this e-mail has already applied to this opening</source>
        <translation>eine bewerbende Person mit dieser E-Mail-Adresse hat sich bereits auf diese Stelle beworben</translation>
    </message>
    <message>
        <source>already stored for another opening; the same person is added to this opening</source>
        <translation>bereits für eine andere Stelle gespeichert; dieselbe Person wird zu dieser Stelle hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <source>The import cannot be taken back any more: %n record(s) (interviews, references, messages or applications) were added to its candidates since.</source>
        <translation>
            <numerusform>Der Import kann nicht mehr rückgängig gemacht werden: Seitdem wurde %n Datensatz (Interviews, Referenzen, Nachrichten oder Bewerbungen) zu seinen Bewerbenden hinzugefügt.</numerusform>
            <numerusform>Der Import kann nicht mehr rückgängig gemacht werden: Seitdem wurden %n Datensätze (Interviews, Referenzen, Nachrichten oder Bewerbungen) zu seinen Bewerbenden hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>this date could be %1 (day first) or %2 (month first), and no date in the column says which comes first; choose the order of day and month</source>
        <translation>dieses Datum kann %1 (Tag zuerst) oder %2 (Monat zuerst) bedeuten, und kein Datum in der Spalte zeigt, was zuerst steht; wählen Sie die Reihenfolge von Tag und Monat</translation>
    </message>
    <message>
        <source>this date reads only with the month first, but line %1 reads only with the day first; choose the order of day and month</source>
        <translation>dieses Datum lässt sich nur mit dem Monat zuerst lesen, Zeile %1 aber nur mit dem Tag zuerst; wählen Sie die Reihenfolge von Tag und Monat</translation>
    </message>
    <message>
        <source>this date reads only with the day first, but line %1 reads only with the month first; choose the order of day and month</source>
        <translation>dieses Datum lässt sich nur mit dem Tag zuerst lesen, Zeile %1 aber nur mit dem Monat zuerst; wählen Sie die Reihenfolge von Tag und Monat</translation>
    </message>
    <message>
        <source>this is not a date (write e.g. 2026-03-01, 01.03.2026 or 1 Mar 2026)</source>
        <translation>das ist kein Datum (schreiben Sie z. B. 2026-03-01, 01.03.2026 oder 1. März 2026)</translation>
    </message>
    <message>
        <source>this is not a valid e-mail address</source>
        <translation>das ist keine gültige E-Mail-Adresse</translation>
    </message>
    <message>
        <source>starts like a spreadsheet formula; it is stored as text and never run</source>
        <translation>beginnt wie eine Tabellenkalkulationsformel; der Wert wird als Text gespeichert und nie ausgeführt</translation>
    </message>
    <message>
        <source>this value holds the control character %1, which typed text never has (was the file saved in another encoding?); remove it</source>
        <translation>dieser Wert enthält das Steuerzeichen %1, das in getipptem Text nie vorkommt (wurde die Datei in einer anderen Kodierung gespeichert?); entfernen Sie es</translation>
    </message>
    <message>
        <source>no candidates in the file: it has a header row but no rows with a candidate below it</source>
        <translation>keine Bewerbenden in der Datei: Unter der Kopfzeile steht keine Zeile mit einer bewerbenden Person</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde importiert.</translation>
    </message>
</context>
<context>
    <name>CandidateImportMenu</name>
    <message>
        <source>Import Candidates</source>
        <translation>Bewerbende importieren</translation>
    </message>
    <message>
        <source>&amp;Import Candidates from CSV…</source>
        <translation>Bewerbende aus CSV &amp;importieren…</translation>
    </message>
</context>
<context>
    <name>CandidateIntake</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Answer promised by</source>
        <translation>Antwort zugesagt bis</translation>
    </message>
    <message>
        <source>Enter the candidate&apos;s name.</source>
        <translation>Geben Sie den Namen der bewerbenden Person ein.</translation>
    </message>
    <message>
        <source>Enter an e-mail address: it is how the panel answers the candidate and spots duplicates.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein: Darüber antwortet das Interviewteam der bewerbenden Person und erkennt Duplikate.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>%1 (%2) has already applied to this opening.</source>
        <translation>%1 (%2) hat sich bereits auf diese Stelle beworben.</translation>
    </message>
</context>
<context>
    <name>CandidatePacketData</name>
    <message>
        <source>Candidate %1 did not apply to opening %2 in %3.</source>
        <translation>Bewerber:in %1 hat sich in %3 nicht auf die Stelle %2 beworben.</translation>
    </message>
</context>
<context>
    <name>CandidatePacketReport</name>
    <message>
        <source>No decision recorded yet</source>
        <translation>Noch keine Entscheidung festgehalten</translation>
    </message>
    <message>
        <source>Not among the finalists of the decision</source>
        <translation>In der Entscheidung nicht unter den Personen in der finalen Runde</translation>
    </message>
    <message>
        <source>Runner-up no. %1</source>
        <translation>Zweite Wahl Nr. %1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>%n without a recommendation</source>
        <translation>
            <numerusform>%n ohne Empfehlung</numerusform>
            <numerusform>%n ohne Empfehlung</numerusform>
        </translation>
    </message>
    <message>
        <source>no recommendation</source>
        <translation>keine Empfehlung</translation>
    </message>
    <message>
        <source>%1 — recommendation: %2</source>
        <translation>%1 — Empfehlung: %2</translation>
    </message>
    <message>
        <source>Candidate packet: %1</source>
        <translation>Bewerbungsdossier: %1</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Bewerber:in</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
        <source>Opening</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Beworben am</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Furthest stage reached</source>
        <translation>Weiteste erreichte Phase</translation>
    </message>
    <message>
        <source>Answer promised by</source>
        <translation>Antwort zugesagt bis</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Talent pool</source>
        <translation>Talentpool</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>1–%1</source>
        <translation>1–%1</translation>
    </message>
    <message>
        <source>Weighted total</source>
        <translation>Gewichteter Gesamtwert</translation>
    </message>
    <message>
        <source>%1 of 100</source>
        <translation>%1 von 100</translation>
    </message>
    <message>
        <source>no total</source>
        <translation>kein Gesamtwert</translation>
    </message>
    <message>
        <source>Scores on the current rubric, latest submitted score per panelist</source>
        <translation>Bewertungen nach dem aktuellen Bewertungsraster, jeweils die zuletzt abgegebene Bewertung pro Interviewer:in</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation>Bewertungsbögen</translation>
    </message>
    <message numerus="yes">
        <source>%n submitted scorecard(s); drafts are never counted.</source>
        <translation>
            <numerusform>%n abgegebener Bewertungsbogen; Entwürfe werden nie mitgezählt.</numerusform>
            <numerusform>%n abgegebene Bewertungsbögen; Entwürfe werden nie mitgezählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>What the score means</source>
        <translation>Bedeutung der Bewertung</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>No scorecard has been submitted for this candidate yet.</source>
        <translation>Für diese bewerbende Person wurde noch kein Bewertungsbogen abgegeben.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n panelist(s) have not submitted a scorecard for this interview yet.</source>
        <translation>
            <numerusform>%n Interviewer:in hat für dieses Interview noch keinen Bewertungsbogen abgegeben.</numerusform>
            <numerusform>%n Interviewer:innen haben für dieses Interview noch keinen Bewertungsbogen abgegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ratings by %1</source>
        <translation>Bewertungen von %1</translation>
    </message>
    <message>
        <source>Key takeaways: %1</source>
        <translation>Wichtigste Erkenntnisse: %1</translation>
    </message>
    <message>
        <source>Submitted on %1.</source>
        <translation>Abgegeben am %1.</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referenzen</translation>
    </message>
    <message>
        <source>No references collected (they are asked for finalists only).</source>
        <translation>Keine Referenzen eingeholt (sie werden nur bei Personen in der finalen Runde eingeholt).</translation>
    </message>
    <message>
        <source>Referee</source>
        <translation>Referenzperson</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Kontaktiert</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Bedenken</translation>
    </message>
    <message>
        <source>Referees</source>
        <translation>Referenzpersonen</translation>
    </message>
    <message>
        <source>Communication log</source>
        <translation>Kommunikationsverlauf</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>Noch nichts erfasst.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Messages and calls, oldest first</source>
        <translation>Nachrichten und Anrufe, älteste zuerst</translation>
    </message>
</context>
<context>
    <name>CandidateRepository</name>
    <message>
        <source>There is no candidate with id %1.</source>
        <translation>Es gibt keine bewerbende Person mit der ID %1.</translation>
    </message>
    <message>
        <source>Candidate %1 already has this e-mail address; one person is stored once (in %2).</source>
        <translation>Die bewerbende Person mit der ID %1 hat bereits diese E-Mail-Adresse; jede Person wird nur einmal gespeichert (in %2).</translation>
    </message>
    <message>
        <source>Candidate %1</source>
        <translation>Bewerber:in %1</translation>
    </message>
</context>
<context>
    <name>ChangeDescription</name>
    <message numerus="yes">
        <source>%1 (and %n more change(s))</source>
        <extracomment>%1 is a sentence such as &quot;Priya submitted a scorecard for Zoë Clarke&quot;.</extracomment>
        <translation>
            <numerusform>%1 (und %n weitere Änderung)</numerusform>
            <numerusform>%1 (und %n weitere Änderungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 submitted a scorecard for %2</source>
        <translation>%1 hat einen Bewertungsbogen für %2 abgegeben</translation>
    </message>
    <message>
        <source>%1 amended a scorecard for %2</source>
        <translation>%1 hat einen Bewertungsbogen für %2 nachträglich geändert</translation>
    </message>
    <message>
        <source>%1 removed a scorecard for %2</source>
        <translation>%1 hat einen Bewertungsbogen für %2 entfernt</translation>
    </message>
    <message>
        <source>%1 revealed the scores for %2</source>
        <translation>%1 hat die Bewertungen für %2 freigegeben</translation>
    </message>
    <message>
        <source>%1 set up the opening %2</source>
        <translation>%1 hat die Stelle %2 eingerichtet</translation>
    </message>
    <message>
        <source>%1 removed an opening</source>
        <translation>%1 hat eine Stelle entfernt</translation>
    </message>
    <message>
        <source>%1 edited the opening %2</source>
        <translation>%1 hat die Stelle %2 bearbeitet</translation>
    </message>
    <message>
        <source>%1 recorded the decision for %2</source>
        <translation>%1 hat die Entscheidung für %2 festgehalten</translation>
    </message>
    <message>
        <source>%1 took back the decision for %2</source>
        <translation>%1 hat die Entscheidung für %2 zurückgenommen</translation>
    </message>
    <message>
        <source>%1 amended the decision for %2</source>
        <translation>%1 hat die Entscheidung für %2 nachträglich geändert</translation>
    </message>
    <message>
        <source>%1 added %2</source>
        <translation>%1 hat %2 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 removed a candidate</source>
        <translation>%1 hat eine bewerbende Person entfernt</translation>
    </message>
    <message>
        <source>%1 edited %2</source>
        <translation>%1 hat %2 bearbeitet</translation>
    </message>
    <message>
        <source>%1 added %2 to %3</source>
        <translation>%1 hat %2 für %3 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 removed a candidate from %2</source>
        <translation>%1 hat für %2 eine bewerbende Person entfernt</translation>
    </message>
    <message>
        <source>%1 scheduled an interview with %2</source>
        <translation>%1 hat ein Interview für %2 geplant</translation>
    </message>
    <message>
        <source>%1 removed an interview with %2</source>
        <translation>%1 hat ein Interview für %2 entfernt</translation>
    </message>
    <message>
        <source>%1 changed an interview with %2</source>
        <translation>%1 hat ein Interview für %2 geändert</translation>
    </message>
    <message>
        <source>%1 removed the message to %2</source>
        <translation>%1 hat die Nachricht an %2 entfernt</translation>
    </message>
    <message>
        <source>%1 worked on the message to %2</source>
        <translation>%1 hat an der Nachricht an %2 gearbeitet</translation>
    </message>
    <message>
        <source>%1 made a change</source>
        <translation>%1 hat etwas geändert</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>a candidate</source>
        <extracomment>Stands for a candidate&apos;s name once the record is gone.</extracomment>
        <translation>eine bewerbende Person</translation>
    </message>
    <message>
        <source>an opening</source>
        <extracomment>Stands for an opening&apos;s title once the record is gone.</extracomment>
        <translation>eine Stelle</translation>
    </message>
</context>
<context>
    <name>ChangeOpeningSetupCommand</name>
    <message>
        <source>Change set-up of “%1”</source>
        <translation>Einrichtung von „%1“ ändern</translation>
    </message>
    <message>
        <source>The set-up of “%1” cannot be put back. %2</source>
        <translation>Die Änderung der Einrichtung von „%1“ kann nicht rückgängig gemacht werden. %2</translation>
    </message>
    <message>
        <source>The set-up of “%1” cannot be changed again. %2</source>
        <translation>Die Einrichtung von „%1“ kann nicht erneut geändert werden. %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
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
        <source>Show the scores as this panelist may see them (blind scoring): their id in FILE, uuid or e-mail. Default: the opening&apos;s panel lead.</source>
        <translation>Die Bewertungen so zeigen, wie diese Person im Interviewteam sie sehen darf (verdeckte Bewertung): ihre ID in DATEI, ihre UUID oder E-Mail-Adresse. Standard: die Leitung des Interviewteams der Stelle.</translation>
    </message>
    <message>
        <source>PANELIST</source>
        <translation>INTERVIEWER:IN</translation>
    </message>
    <message>
        <source>The Debrief database: a file, or a shared server as postgresql://user@host:port/database.</source>
        <translation>Die Debrief-Datenbank: eine Datei oder ein gemeinsamer Server als postgresql://benutzer@host:port/datenbank.</translation>
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
    <name>CommunicationEditing</name>
    <message>
        <source>Debrief</source>
        <translation>Debrief</translation>
    </message>
    <message>
        <source>&amp;Log a Message or Call…</source>
        <translation>Nachricht oder Anr&amp;uf erfassen…</translation>
    </message>
</context>
<context>
    <name>CommunicationLog</name>
    <message>
        <source>Application: choose the application this message belongs to.</source>
        <translation>Bewerbung: Wählen Sie die Bewerbung aus, zu der diese Nachricht gehört.</translation>
    </message>
    <message>
        <source>Summary: say in a few words what was said or sent.</source>
        <translation>Zusammenfassung: Geben Sie in wenigen Worten an, was gesagt oder gesendet wurde.</translation>
    </message>
    <message>
        <source>Final answer: only a message from the panel to the candidate can be the final answer.</source>
        <translation>Endgültige Antwort: Nur eine Nachricht des Interviewteams an die bewerbende Person kann die endgültige Antwort sein.</translation>
    </message>
    <message>
        <source>Next promised date: a final answer promises no further answer; clear the date or do not mark the message as the final answer.</source>
        <translation>Nächster zugesagter Termin: Nach einer endgültigen Antwort wird keine weitere Antwort zugesagt; entfernen Sie das Datum oder markieren Sie die Nachricht nicht als endgültige Antwort.</translation>
    </message>
    <message>
        <source>Copied the message “%1” to the clipboard.</source>
        <translation>Die Nachricht „%1“ wurde in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Opened the message “%1” in the mail program.</source>
        <translation>Die Nachricht „%1“ wurde im E-Mail-Programm geöffnet.</translation>
    </message>
    <message>
        <source>Saved the message “%1” as an .eml file.</source>
        <translation>Die Nachricht „%1“ wurde als .eml-Datei gespeichert.</translation>
    </message>
    <message>
        <source>The log entry %1 no longer exists.</source>
        <translation>Der Eintrag %1 im Kommunikationsverlauf existiert nicht mehr.</translation>
    </message>
    <message numerus="yes">
        <source>%n open tone finding(s): %1</source>
        <translation>
            <numerusform>%n offener Hinweis der Tonprüfung: %1</numerusform>
            <numerusform>%n offene Hinweise der Tonprüfung: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent with %1.</source>
        <translation>Stand beim Senden: %1.</translation>
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
    <name>CompareCommand</name>
    <message>
        <source>Compare an opening&apos;s finalists: totals, ties and panel calibration</source>
        <translation>Die Personen in der finalen Runde einer Stelle vergleichen: Gesamtwerte, Gleichstände und Kalibrierung des Interviewteams</translation>
    </message>
    <message>
        <source>Print the comparison as JSON (docs/COMPARE.md).</source>
        <translation>Den Vergleich als JSON ausgeben (docs/COMPARE.md).</translation>
    </message>
    <message>
        <source>ID,ID,...</source>
        <translation>ID,ID,...</translation>
    </message>
    <message>
        <source>Seed of the tie detection&apos;s resampling.</source>
        <translation>Startwert für das Resampling der Gleichstandserkennung.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Resamples of the panel (at least %1).</source>
        <translation>Anzahl der Resampling-Durchgänge des Interviewteams (mindestens %1).</translation>
    </message>
    <message>
        <source>--seed takes a whole number from 0.</source>
        <translation>--seed erwartet eine ganze Zahl ab 0.</translation>
    </message>
    <message>
        <source>--resamples takes a whole number.</source>
        <translation>--resamples erwartet eine ganze Zahl.</translation>
    </message>
    <message>
        <source>--finalists takes application ids separated by commas.</source>
        <translation>--finalists erwartet durch Kommas getrennte Bewerbungs-IDs.</translation>
    </message>
    <message>
        <source>--opening takes a number or a uuid.</source>
        <translation>--opening erwartet eine Zahl oder eine UUID.</translation>
    </message>
    <message numerus="yes">
        <source>Opening %1 has %n finalist(s) with a submitted scorecard; a comparison needs at least 2.</source>
        <translation>
            <numerusform>Stelle %1 hat %n Person in der finalen Runde mit abgegebenem Bewertungsbogen; ein Vergleich braucht mindestens 2.</numerusform>
            <numerusform>Stelle %1 hat %n Personen in der finalen Runde mit abgegebenem Bewertungsbogen; ein Vergleich braucht mindestens 2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use --as PANELIST to see the scores as another panelist may.</source>
        <translation>Mit --as INTERVIEWER:IN sehen Sie die Bewertungen so, wie eine andere Person im Interviewteam sie sehen darf.</translation>
    </message>
    <message>
        <source>Usage: debrief-cli compare --db FILE --opening ID [--as PANELIST] [--json] [--finalists ID,ID,...] [--seed N] [--resamples N]</source>
        <translation>Aufruf: debrief-cli compare --db DATEI --opening ID [--as INTERVIEWER:IN] [--json] [--finalists ID,ID,...] [--seed N] [--resamples N]</translation>
    </message>
    <message>
        <source>The applications to compare, by id, in this order (default: those the recorded decision names, else every finalist with a submitted scorecard).</source>
        <translation>Die zu vergleichenden Bewerbungen als IDs in dieser Reihenfolge (Standard: die in der festgehaltenen Entscheidung genannten, sonst alle Personen in der finalen Runde mit einem abgegebenen Bewertungsbogen).</translation>
    </message>
</context>
<context>
    <name>ComparisonCellText</name>
    <message>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> ±%1</source>
        <translation> ±%1</translation>
    </message>
    <message>
        <source>no total</source>
        <translation>kein Gesamtwert</translation>
    </message>
    <message>
        <source>%1 of 100</source>
        <translation>%1 von 100</translation>
    </message>
    <message>
        <source> [%1–%2]</source>
        <translation> [%1–%2]</translation>
    </message>
</context>
<context>
    <name>ComparisonDate</name>
    <message>
        <source>d MMM yyyy</source>
        <comment>date pattern, see QDate::toString</comment>
        <translation>d. MMM yyyy</translation>
    </message>
</context>
<context>
    <name>ComparisonInput</name>
    <message>
        <source>Application %1 does not belong to this opening.</source>
        <translation>Die Bewerbung %1 gehört nicht zu dieser Stelle.</translation>
    </message>
    <message>
        <source>The opening has no rubric yet, so there are no scores to compare.</source>
        <translation>Die Stelle hat noch kein Bewertungsraster, daher gibt es keine Bewertungen zum Vergleichen.</translation>
    </message>
    <message>
        <source>%1 and %2 from %3 submitted; drafts ignored: %4; scores on criteria no longer in the rubric left out: %5; scores replaced by a later one: %6.</source>
        <translation>%1 und %2; abgegeben: %3; ignorierte Entwürfe: %4; ausgelassene Bewertungen zu Kriterien, die nicht mehr im Bewertungsraster stehen: %5; durch eine spätere Bewertung ersetzt: %6.</translation>
    </message>
    <message>
        <source>Hidden by blind scoring: %1.</source>
        <translation>Durch verdeckte Bewertung verborgen: %1.</translation>
    </message>
    <message>
        <source>The rubric gives “%1” the weight %2, but a weight must be from 0 to %3; correct it in the rubric (Opening › Edit Rubric…) to compare.</source>
        <translation>Das Bewertungsraster gibt „%1“ die Gewichtung %2, eine Gewichtung muss aber zwischen 0 und %3 liegen; korrigieren Sie sie im Bewertungsraster (Stelle › Bewertungsraster bearbeiten…), um vergleichen zu können.</translation>
    </message>
</context>
<context>
    <name>ComparisonMenu</name>
    <message>
        <source>Compare Finalists</source>
        <translation>Personen in der finalen Runde vergleichen</translation>
    </message>
    <message>
        <source>The database has no opening to compare finalists of.</source>
        <translation>Die Datenbank enthält keine Stelle, deren Personen in der finalen Runde verglichen werden könnten.</translation>
    </message>
    <message>
        <source>Compare &amp;Finalists…</source>
        <translation>Personen in der finalen Runde &amp;vergleichen…</translation>
    </message>
</context>
<context>
    <name>ComparisonRadarChart</name>
    <message>
        <source>Panel mean per criterion (% of scale)</source>
        <translation>Mittelwert des Interviewteams pro Kriterium (% der Skala)</translation>
    </message>
</context>
<context>
    <name>ComparisonReport</name>
    <message>
        <source>%1 is ahead</source>
        <translation>%1 liegt vorn</translation>
    </message>
    <message>
        <source>too close to call</source>
        <translation>zu knapp für eine Aussage</translation>
    </message>
    <message>
        <source>%1 %2%3</source>
        <translation>%1 %2%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Hiring manager and panel lead (%1)</source>
        <translation>Einstellende Führungskraft und Leitung des Interviewteams (%1)</translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation>Einstellende Führungskraft</translation>
    </message>
    <message>
        <source>Hiring manager (%1)</source>
        <translation>Einstellende Führungskraft (%1)</translation>
    </message>
    <message>
        <source>Panel lead</source>
        <translation>Leitung des Interviewteams</translation>
    </message>
    <message>
        <source>Panel lead (%1)</source>
        <translation>Leitung des Interviewteams (%1)</translation>
    </message>
    <message>
        <source>Finalist comparison</source>
        <translation>Vergleich der finalen Runde</translation>
    </message>
    <message>
        <source>%1 — rubric version %2</source>
        <translation>%1 — Version %2 des Bewertungsrasters</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Gegenüberstellung</translation>
    </message>
    <message>
        <source>Each cell: the panel&apos;s mean score on the criterion&apos;s scale, each panelist&apos;s score in brackets and ± the standard deviation. Tinted cells: the panel disagrees (scores two or more points apart, or a standard deviation of one point or more). Weighted total: 0–100, with the range the total falls in for %1 of resamples of the panel.</source>
        <translation>Jede Zelle: die mittlere Bewertung des Interviewteams auf der Skala des Kriteriums, in Klammern die Bewertung jeder Person im Interviewteam und ± die Standardabweichung. Farbig hinterlegte Zellen: Das Interviewteam ist sich uneinig (Bewertungen liegen zwei oder mehr Punkte auseinander oder die Standardabweichung beträgt einen Punkt oder mehr). Gewichteter Gesamtwert: 0–100, mit dem Bereich, in dem der Gesamtwert bei %1 der Resampling-Durchgänge des Interviewteams liegt.</translation>
    </message>
    <message>
        <source>Is the lead real?</source>
        <translation>Ist der Vorsprung echt?</translation>
    </message>
    <message numerus="yes">
        <source>The panel was resampled %n time(s) (seed %1): each resample draws the panelists again with replacement and recomputes the weighted totals. A lead is real when one finalist is ahead in at least %2 of them.</source>
        <translation>
            <numerusform>Für das Interviewteam wurde %n Resampling-Durchgang durchgeführt (Startwert %1): Bei jedem Durchgang werden die Interviewer:innen mit Zurücklegen neu gezogen und die gewichteten Gesamtwerte neu berechnet. Ein Vorsprung ist echt, wenn eine Person in der finalen Runde in mindestens %2 davon vorn liegt.</numerusform>
            <numerusform>Für das Interviewteam wurden %n Resampling-Durchgänge durchgeführt (Startwert %1): Bei jedem Durchgang werden die Interviewer:innen mit Zurücklegen neu gezogen und die gewichteten Gesamtwerte neu berechnet. Ein Vorsprung ist echt, wenn eine Person in der finalen Runde in mindestens %2 davon vorn liegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Gap: the first finalist&apos;s weighted total minus the second&apos;s, in points. First ahead: the share of resamples in which the first named is ahead. Criteria behind the gap: the points each criterion adds to it (+ favours the first named).</source>
        <translation>Abstand: der gewichtete Gesamtwert der ersten Person in der finalen Runde minus den der zweiten, in Punkten. Erstgenannte vorn: der Anteil der Resampling-Durchgänge, in denen die zuerst genannte Person vorn liegt. Kriterien hinter dem Abstand: die Punkte, die jedes Kriterium dazu beiträgt (+ begünstigt die zuerst genannte Person).</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Unterschriften</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Finalists</source>
        <translation>Personen in der finalen Runde</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Interviewteam</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Weighted total</source>
        <translation>Gewichteter Gesamtwert</translation>
    </message>
    <message>
        <source>Scores per criterion (1–%1 scales)</source>
        <translation>Bewertungen pro Kriterium (Skalen 1–%1)</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Each finalist&apos;s mean per criterion on 0–100 (the lowest level of a scale is 0, the highest 100). Further out is stronger.</source>
        <translation>Mittelwert jeder Person in der finalen Runde pro Kriterium auf 0–100 (die unterste Stufe einer Skala ist 0, die oberste 100). Weiter außen ist stärker.</translation>
    </message>
    <message>
        <source>The same means as bars, one group per criterion.</source>
        <translation>Dieselben Mittelwerte als Balken, eine Gruppe pro Kriterium.</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <source>First ahead</source>
        <translation>Erstgenannte vorn</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Criteria behind the gap</source>
        <translation>Kriterien hinter dem Abstand</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 vs. %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Every pair of finalists</source>
        <translation>Alle Paare von Personen in der finalen Runde</translation>
    </message>
    <message>
        <source>Where the panel disagrees</source>
        <translation>Wo sich das Interviewteam uneinig ist</translation>
    </message>
    <message>
        <source>Finalist</source>
        <translation>Person in der finalen Runde</translation>
    </message>
    <message>
        <source>Scores by panelist</source>
        <translation>Bewertungen nach Interviewer:in</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Streuung</translation>
    </message>
    <message>
        <source>±%1</source>
        <translation>±%1</translation>
    </message>
    <message>
        <source>The panel agrees on every criterion for every finalist: no scores two or more points apart.</source>
        <translation>Das Interviewteam ist sich bei allen Kriterien für alle Personen in der finalen Runde einig: Keine Bewertungen liegen zwei oder mehr Punkte auseinander.</translation>
    </message>
    <message>
        <source>Scores far apart on the same finalist</source>
        <translation>Weit auseinanderliegende Bewertungen für dieselbe Person in der finalen Runde</translation>
    </message>
    <message>
        <source>Worth talking through before the decision is signed: the panel saw the same candidate differently here.</source>
        <translation>Sollte besprochen werden, bevor die Entscheidung unterzeichnet wird: Das Interviewteam hat dieselbe bewerbende Person hier unterschiedlich gesehen.</translation>
    </message>
    <message>
        <source>Decision record</source>
        <translation>Festgehaltene Entscheidung</translation>
    </message>
    <message>
        <source>No decision recorded yet.</source>
        <translation>Noch keine Entscheidung festgehalten.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Entschieden am</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Festgehalten von</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <source>Runners-up</source>
        <translation>Zweite Wahl</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Nicht ausgewählt</translation>
    </message>
    <message>
        <source>Deciding factors</source>
        <translation>Ausschlaggebende Gründe</translation>
    </message>
    <message>
        <source>May be shared with candidates</source>
        <translation>Darf den Bewerbenden mitgeteilt werden</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>No rationale was written.</source>
        <translation>Es wurde keine Begründung geschrieben.</translation>
    </message>
    <message>
        <source>not compared: no total</source>
        <translation>nicht verglichen: kein Gesamtwert</translation>
    </message>
</context>
<context>
    <name>ComparisonTable</name>
    <message>
        <source>Finalist comparison: %1 (rubric version %2)</source>
        <translation>Vergleich der finalen Runde: %1 (Version %2 des Bewertungsrasters)</translation>
    </message>
    <message>
        <source>Finalist</source>
        <translation>Person in der finalen Runde</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>%1% interval</source>
        <translation>%1-%-Intervall</translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation>Bewertungsbögen</translation>
    </message>
    <message>
        <source>Strong no/no/yes/strong yes/none</source>
        <translation>Klares Nein/Nein/Ja/klares Ja/keine</translation>
    </message>
    <message numerus="yes">
        <source>Weighted totals (0–100), %n resample(s) of the panel, seed %1</source>
        <translation>
            <numerusform>Gewichtete Gesamtwerte (0–100), %n Resampling-Durchgang des Interviewteams, Startwert %1</numerusform>
            <numerusform>Gewichtete Gesamtwerte (0–100), %n Resampling-Durchgänge des Interviewteams, Startwert %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Criterion (weight, scale)</source>
        <translation>Kriterium (Gewichtung, Skala)</translation>
    </message>
    <message>
        <source>%1 ±%2 (n=%3)</source>
        <translation>%1 ±%2 (n=%3)</translation>
    </message>
    <message>
        <source>Per criterion: mean ± standard deviation (number of ratings)</source>
        <translation>Pro Kriterium: Mittelwert ± Standardabweichung (Anzahl der Bewertungen)</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Paare</translation>
    </message>
    <message>
        <source>; gap %1 points: %2</source>
        <translation>; Abstand %1 Punkte: %2</translation>
    </message>
    <message>
        <source>Panelist</source>
        <translation>Interviewer:in</translation>
    </message>
    <message>
        <source>Mean offset</source>
        <translation>Mittlere Abweichung</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Streuung</translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation>Vergleiche</translation>
    </message>
    <message>
        <source>Leniency</source>
        <translation>Milde/Strenge</translation>
    </message>
    <message>
        <source>Flat/eligible cards</source>
        <translation>Gleichförmige/auswertbare Bögen</translation>
    </message>
    <message>
        <source>Halo</source>
        <translation>Halo-Effekt</translation>
    </message>
    <message>
        <source>in line</source>
        <translation>im Rahmen</translation>
    </message>
    <message>
        <source>lenient</source>
        <translation>milde</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>streng</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Panel calibration (offsets in points of the total)</source>
        <translation>Kalibrierung des Interviewteams (Abweichungen in Punkten des Gesamtwerts)</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>ICC(1,1)</source>
        <translation>ICC(1,1)</translation>
    </message>
    <message>
        <source>ICC(2,1)</source>
        <translation>ICC(2,1)</translation>
    </message>
    <message>
        <source>ICC(3,1)</source>
        <translation>ICC(3,1)</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Alpha (ordinal)</source>
        <translation>Alpha (ordinal)</translation>
    </message>
    <message>
        <source>Pairable values</source>
        <translation>Paarbare Werte</translation>
    </message>
    <message>
        <source>%1×%2</source>
        <translation>%1×%2</translation>
    </message>
    <message>
        <source>Agreement per criterion (block: finalists × panelists with complete scores)</source>
        <translation>Übereinstimmung pro Kriterium (Block: Personen in der finalen Runde × Interviewer:innen mit vollständigen Bewertungen)</translation>
    </message>
</context>
<context>
    <name>ControlCharacters</name>
    <message>
        <source>%1 (NUL)</source>
        <translation>%1 (NUL)</translation>
    </message>
</context>
<context>
    <name>CreateOpeningCommand</name>
    <message>
        <source>Create opening “%1”</source>
        <translation>Stelle „%1“ anlegen</translation>
    </message>
    <message>
        <source>Creating “%1” cannot be undone. %2</source>
        <translation>Das Anlegen von „%1“ kann nicht rückgängig gemacht werden. %2</translation>
    </message>
    <message>
        <source>Creating “%1” again failed. %2</source>
        <translation>Das erneute Anlegen von „%1“ ist fehlgeschlagen. %2</translation>
    </message>
</context>
<context>
    <name>CriterionBarChart</name>
    <message>
        <source>Panel mean per criterion (% of scale)</source>
        <translation>Mittelwert des Interviewteams pro Kriterium (% der Skala)</translation>
    </message>
</context>
<context>
    <name>CsvHeaderNames</name>
    <message>
        <source>No header names are compiled in.</source>
        <translation>Es sind keine Spaltenüberschriften einkompiliert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not a header name file</source>
        <translation>%1: keine Datei mit Spaltenüberschriften</translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot;</source>
        <translation>%1: unbekanntes Feld „%2“</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is empty or names two fields</source>
        <translation>%1: „%2“ ist leer oder benennt zwei Felder</translation>
    </message>
</context>
<context>
    <name>CsvImportUndoCommand</name>
    <message numerus="yes">
        <source>Import %n candidate(s) from %1</source>
        <translation>
            <numerusform>%n Bewerber:in aus %1 importieren</numerusform>
            <numerusform>%n Bewerbende aus %1 importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>%1 could not be carried out: %2</source>
        <translation>%1 konnte nicht ausgeführt werden: %2</translation>
    </message>
</context>
<context>
    <name>CsvIssueText</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>Line %1, column “%2”</source>
        <translation>Zeile %1, Spalte „%2“</translation>
    </message>
    <message>
        <source>Line %1, character %2</source>
        <translation>Zeile %1, Zeichen %2</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more problem(s) (errors: %1, warnings: %2)</source>
        <translation>
            <numerusform>…und %Ln weiteres Problem (Fehler: %1, Warnungen: %2)</numerusform>
            <numerusform>…und %Ln weitere Probleme (Fehler: %1, Warnungen: %2)</numerusform>
        </translation>
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
    <message>
        <source>this byte is not valid UTF-8; choose the file&apos;s encoding (often Windows-1252 for files saved by Excel)</source>
        <translation>dieses Byte ist kein gültiges UTF-8; wählen Sie die Kodierung der Datei (bei mit Excel gespeicherten Dateien oft Windows-1252)</translation>
    </message>
    <message>
        <source>“%1” cannot separate the fields: give one character (not a quote, letter or digit), or tab, comma, semicolon, pipe or space</source>
        <translation>„%1“ kann die Felder nicht trennen: Geben Sie ein Zeichen an (kein Anführungszeichen, keinen Buchstaben und keine Ziffer) oder tab, comma, semicolon, pipe oder space</translation>
    </message>
    <message>
        <source>every other byte of the file is zero: it is %1 text (what &quot;Unicode text&quot; saves), not %2; choose %1 as the encoding, or save the file as &quot;CSV UTF-8&quot;</source>
        <translation>jedes zweite Byte der Datei ist null: Es ist %1-Text (so speichert das Format „Unicode-Text“), nicht %2; wählen Sie %1 als Kodierung oder speichern Sie die Datei als „CSV UTF-8“</translation>
    </message>
    <message>
        <source>this row holds nothing but delimiters or spaces and was skipped</source>
        <translation>diese Zeile enthält nur Trennzeichen oder Leerzeichen und wurde übersprungen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows hold nothing but delimiters or spaces and were skipped, the first on this line</source>
        <translation>
            <numerusform>%Ln Zeile enthält nur Trennzeichen oder Leerzeichen und wurde übersprungen, und zwar diese</numerusform>
            <numerusform>%Ln Zeilen enthalten nur Trennzeichen oder Leerzeichen und wurden übersprungen, die erste davon ist diese</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
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
    <message>
        <source>%1 is empty: it is not a Debrief database (yet). Nothing was changed; give the path of a database Debrief wrote.</source>
        <translation>%1 ist leer: Die Datei ist (noch) keine Debrief-Datenbank. Es wurde nichts geändert; geben Sie den Pfad einer Datenbank an, die Debrief geschrieben hat.</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>die Datei ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>it is damaged (SQLite&apos;s integrity check fails)</source>
        <translation>die Datei ist beschädigt (die Integritätsprüfung von SQLite schlägt fehl)</translation>
    </message>
    <message>
        <source>%1 uses schema %2, from an earlier Debrief; this version reads schema %3. Reading never upgrades a file: open it once in Debrief, or run a command that writes to it, to upgrade it. The file was not changed.</source>
        <translation>%1 verwendet Schema %2 aus einer früheren Version von Debrief; diese Version liest Schema %3. Beim Lesen wird eine Datei nie aktualisiert: Öffnen Sie sie einmal in Debrief oder führen Sie einen Befehl aus, der in sie schreibt, um sie zu aktualisieren. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file. Give the path of a Debrief database file, such as %2.</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei. Geben Sie den Pfad einer Debrief-Datenbankdatei an, etwa %2.</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it cannot be a database.</source>
        <translation>%1 ist keine reguläre Datei und kann daher keine Datenbank sein.</translation>
    </message>
    <message>
        <source>%1 is write-protected: Debrief can read it but not change it. Commands that only read (export-json, compare, report) still work on it.</source>
        <translation>%1 ist schreibgeschützt: Debrief kann die Datei lesen, aber nicht ändern. Befehle, die nur lesen (export-json, compare, report), funktionieren damit weiterhin.</translation>
    </message>
    <message>
        <source>%1 is in a folder you cannot write to, and SQLite keeps its journal next to the database while it writes. Commands that only read (export-json, compare, report) still work on it.</source>
        <translation>%1 liegt in einem Ordner, in den Sie nicht schreiben können, und SQLite legt beim Schreiben sein Journal neben der Datenbank ab. Befehle, die nur lesen (export-json, compare, report), funktionieren damit weiterhin.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 was opened for reading only; nothing was changed.</source>
        <translation>%1 wurde nur zum Lesen geöffnet; es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is busy: another Debrief or another program is writing to it and did not finish within %n second(s). Nothing was changed; try again when it is done.</source>
        <translation>
            <numerusform>%1 ist belegt: Eine andere Debrief-Instanz oder ein anderes Programm schreibt gerade hinein und ist nicht innerhalb von %n Sekunde fertig geworden. Es wurde nichts geändert; versuchen Sie es erneut, wenn der Vorgang abgeschlossen ist.</numerusform>
            <numerusform>%1 ist belegt: Eine andere Debrief-Instanz oder ein anderes Programm schreibt gerade hinein und ist nicht innerhalb von %n Sekunden fertig geworden. Es wurde nichts geändert; versuchen Sie es erneut, wenn der Vorgang abgeschlossen ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not tell whether %1 has changed.</source>
        <translation>Es ließ sich nicht feststellen, ob sich %1 geändert hat.</translation>
    </message>
    <message>
        <source>Could not tell the next free id of %1.</source>
        <translation>Die nächste freie Id von %1 ließ sich nicht feststellen.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed.</source>
        <translation>Der PostgreSQL-Treiber für Qt ist nicht installiert.</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name for the copy.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen für die Kopie.</translation>
    </message>
    <message>
        <source>Cannot copy the database to %1: %2</source>
        <translation>Die Datenbank kann nicht nach %1 kopiert werden: %2</translation>
    </message>
    <message>
        <source>%1 is open in Debrief or another program. Close it there and try again; nothing was changed.</source>
        <translation>%1 ist in Debrief oder einem anderen Programm geöffnet. Schließen Sie die Datei dort und versuchen Sie es erneut; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of %1 in %2; nothing was changed.</source>
        <translation>Von %1 kann keine Kopie in %2 angelegt werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 is the database itself or one of its own files; choose another name for the copy.</source>
        <translation>%1 ist die Datenbank selbst oder eine ihrer eigenen Dateien; wählen Sie einen anderen Namen für die Kopie.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot keep a copy of %1 before upgrading it to schema %2, so it was not upgraded and not changed: %3</source>
        <translation>Von %1 kann vor der Aktualisierung auf Schema %2 keine Kopie angelegt werden, daher wurde die Datei weder aktualisiert noch verändert: %3</translation>
    </message>
    <message>
        <source>Cannot restore from %1; nothing was changed. %2</source>
        <translation>Aus %1 kann nicht wiederhergestellt werden; es wurde nichts geändert. %2</translation>
    </message>
    <message>
        <source>%1 holds no Debrief data; nothing was changed.</source>
        <translation>%1 enthält keine Debrief-Daten; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Debrief (schema %2; this version knows up to %3). Update Debrief to restore it; nothing was changed.</source>
        <translation>%1 wurde mit einer neueren Version von Debrief geschrieben (Schema %2; diese Version kennt Schemas bis %3). Aktualisieren Sie Debrief, um die Datei wiederherzustellen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 is the database itself, not a backup of it; nothing was changed.</source>
        <translation>%1 ist die Datenbank selbst, keine Sicherungskopie davon; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 is a database on a server: Debrief backs up and restores database files only. The server&apos;s administrator backs up its databases (for example with pg_dump).</source>
        <translation>%1 ist eine Datenbank auf einem Server: Debrief sichert und stellt nur Datenbankdateien wieder her. Die Datenbanken des Servers sichert, wer ihn betreut (zum Beispiel mit pg_dump).</translation>
    </message>
</context>
<context>
    <name>DatabaseTransfer</name>
    <message>
        <source>The copy was cancelled; nothing was copied.</source>
        <translation>Das Kopieren wurde abgebrochen; es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Debrief (schema %2; this version knows up to %3); nothing was copied. Update Debrief first.</source>
        <translation>%1 wurde mit einer neueren Version von Debrief geschrieben (Schema %2; diese Version kennt Schemas bis %3); es wurde nichts kopiert. Aktualisieren Sie zuerst Debrief.</translation>
    </message>
    <message>
        <source>%1 uses schema %2 from an earlier Debrief; open it once in this Debrief to upgrade it. Nothing was copied.</source>
        <translation>%1 verwendet Schema %2 aus einer früheren Version von Debrief; öffnen Sie die Datenbank einmal in dieser Version, um sie zu aktualisieren. Es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>%1 was opened for reading only; nothing was copied.</source>
        <translation>%1 wurde nur zum Lesen geöffnet; es wurde nichts kopiert.</translation>
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
        <source>%n panelist(s)</source>
        <translation>
            <numerusform>%n Interviewer:in</numerusform>
            <numerusform>%n Interviewer:innen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other row(s)</source>
        <translation>
            <numerusform>%n weiterer Datensatz</numerusform>
            <numerusform>%n weitere Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already holds Debrief data (%2); nothing was copied. Copy into a new, empty database.</source>
        <translation>%1 enthält bereits Debrief-Daten (%2); es wurde nichts kopiert. Kopieren Sie in eine neue, leere Datenbank.</translation>
    </message>
    <message>
        <source>Opening #%1 reads back from %2 differently than from %3 (its &quot;debrief-opening&quot; export differs), so nothing was copied. Please report this as a bug.</source>
        <translation>Die Stelle #%1 wird aus %2 anders zurückgelesen als aus %3 (ihr Export „debrief-opening“ weicht ab), daher wurde nichts kopiert. Bitte melden Sie dies als Fehler.</translation>
    </message>
    <message>
        <source>%1 holds tables this version of Debrief cannot copy (%2); nothing was copied.</source>
        <translation>%1 enthält Tabellen, die diese Version von Debrief nicht kopieren kann (%2); es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>%1 is a server address, not a database file.</source>
        <translation>%1 ist eine Serveradresse, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>%1 is not a server address (postgresql://user@host:port/database).</source>
        <translation>%1 ist keine Serveradresse (postgresql://benutzer@host:port/datenbank).</translation>
    </message>
    <message>
        <source>%1 already exists and is not empty; nothing was copied. Give the name of a new file.</source>
        <translation>%1 existiert bereits und ist nicht leer; es wurde nichts kopiert. Geben Sie den Namen einer neuen Datei an.</translation>
    </message>
</context>
<context>
    <name>DecisionComparison</name>
    <message>
        <source>Runner-up %1</source>
        <translation>Zweite Wahl Nr. %1</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>nicht genannt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>criterion %1</source>
        <translation>Kriterium %1</translation>
    </message>
    <message>
        <source>Deciding criteria</source>
        <translation>Ausschlaggebende Kriterien</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Deciding factor may be shared</source>
        <translation>Ausschlaggebender Grund darf mitgeteilt werden</translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation>niemand genannt</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
</context>
<context>
    <name>DecisionMenu</name>
    <message>
        <source>Record Decision</source>
        <translation>Entscheidung festhalten</translation>
    </message>
    <message>
        <source>The panel lead records who gets the offer, the ranked runners-up and why; shows the decision once recorded.</source>
        <translation>Die Leitung des Interviewteams hält fest, wer das Angebot erhält, wer in welcher Rangfolge zweite Wahl ist und warum; zeigt die Entscheidung an, sobald sie festgehalten ist.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>Entscheidun&amp;g</translation>
    </message>
    <message>
        <source>&amp;Record Decision…</source>
        <translation>Entscheidung &amp;festhalten…</translation>
    </message>
    <message>
        <source>&amp;Amend Decision…</source>
        <translation>Entscheidung &amp;nachträglich ändern…</translation>
    </message>
    <message>
        <source>The panel lead changes the recorded decision, with a reason.</source>
        <translation>Die Leitung des Interviewteams ändert die festgehaltene Entscheidung nachträglich, mit Begründung.</translation>
    </message>
    <message>
        <source>Offer A&amp;ccepted…</source>
        <translation>Angebot &amp;angenommen…</translation>
    </message>
    <message>
        <source>Offer D&amp;eclined / Hire Fell Through…</source>
        <translation>Angebot abge&amp;lehnt / Einstellung kam nicht zustande…</translation>
    </message>
    <message>
        <source>The chosen candidate declined or did not start: the first runner-up on hold becomes the chosen candidate.</source>
        <translation>Die ausgewählte Person hat abgelehnt oder die Stelle nicht angetreten: Die erste zurückgestellte Person aus der zweiten Wahl wird zur ausgewählten Person.</translation>
    </message>
</context>
<context>
    <name>DecisionPlan</name>
    <message>
        <source>Runner-up %1: on hold until the chosen candidate accepts the offer.</source>
        <translation>Zweite Wahl Nr. %1: zurückgestellt, bis die ausgewählte Person das Angebot annimmt.</translation>
    </message>
    <message>
        <source>%1: chosen, %2 → %3</source>
        <translation>%1: ausgewählt, %2 → %3</translation>
    </message>
    <message>
        <source>%1: runner-up %2, on hold (stays in %3)</source>
        <translation>%1: zweite Wahl Nr. %2, zurückgestellt (bleibt in „%3“)</translation>
    </message>
    <message>
        <source>%1: runner-up %2, on hold, %3 → %4</source>
        <translation>%1: zweite Wahl Nr. %2, zurückgestellt, %3 → %4</translation>
    </message>
    <message>
        <source>%1: finalist not selected, %2 → %3</source>
        <translation>%1: in der finalen Runde nicht ausgewählt, %2 → %3</translation>
    </message>
    <message>
        <source>%1: still in process, %2 → %3</source>
        <translation>%1: noch im Verfahren, %2 → %3</translation>
    </message>
</context>
<context>
    <name>DecisionRepository</name>
    <message>
        <source>There is no decision record with id %1.</source>
        <translation>Es gibt keine Entscheidung mit der ID %1.</translation>
    </message>
    <message>
        <source>Decision %1</source>
        <translation>Entscheidung %1</translation>
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
    <name>DecisionWorkflow</name>
    <message>
        <source>Runners-up: rank them 1 to %1 without gaps or repeats (given: %2).</source>
        <translation>Zweite Wahl: Vergeben Sie die Ränge 1 bis %1 ohne Lücken oder Wiederholungen (angegeben: %2).</translation>
    </message>
    <message>
        <source>Chosen: pick at least one candidate to make an offer to.</source>
        <translation>Ausgewählt: Wählen Sie mindestens eine bewerbende Person aus, der ein Angebot gemacht werden soll.</translation>
    </message>
    <message>
        <source>Runners-up: a candidate can be chosen or a runner-up, once.</source>
        <translation>Zweite Wahl: Eine bewerbende Person kann nur einmal vorkommen, entweder als ausgewählt oder als zweite Wahl.</translation>
    </message>
    <message>
        <source>Deciding criteria: pick at least one criterion of the rubric.</source>
        <translation>Ausschlaggebende Kriterien: Wählen Sie mindestens ein Kriterium des Bewertungsrasters aus.</translation>
    </message>
    <message>
        <source>Rationale: say why the panel decided as it did.</source>
        <translation>Begründung: Geben Sie an, warum das Interviewteam so entschieden hat.</translation>
    </message>
    <message>
        <source>Decided by: name the panel lead who records the decision.</source>
        <translation>Entschieden von: Nennen Sie die Leitung des Interviewteams, die die Entscheidung festhält.</translation>
    </message>
    <message>
        <source>Decided at: give the date and time of the decision.</source>
        <translation>Entschieden am: Geben Sie Datum und Uhrzeit der Entscheidung an.</translation>
    </message>
    <message>
        <source>Opening: “%1” already has a decision record.</source>
        <translation>Stelle: Für „%1“ gibt es bereits eine Entscheidung.</translation>
    </message>
    <message>
        <source>Chosen and runners-up: application %1 is not an open application of this opening.</source>
        <translation>Ausgewählt und zweite Wahl: Die Bewerbung %1 ist keine offene Bewerbung dieser Stelle.</translation>
    </message>
    <message>
        <source>Deciding criteria: criterion %1 is not in the opening&apos;s current rubric.</source>
        <translation>Ausschlaggebende Kriterien: Das Kriterium %1 gehört nicht zum aktuellen Bewertungsraster der Stelle.</translation>
    </message>
    <message>
        <source>Decided by: only a panel lead of this opening can record the decision.</source>
        <translation>Entschieden von: Nur die Leitung des Interviewteams dieser Stelle kann die Entscheidung festhalten.</translation>
    </message>
    <message>
        <source>Application %1 was not chosen in its opening&apos;s decision.</source>
        <translation>Die Bewerbung %1 wurde in der Entscheidung zu ihrer Stelle nicht ausgewählt.</translation>
    </message>
    <message>
        <source>Application %1 is not at the offer stage.</source>
        <translation>Die Bewerbung %1 ist nicht in der Phase „Angebot“.</translation>
    </message>
    <message>
        <source>Opening: “%1” has no decision to amend.</source>
        <translation>Stelle: Für „%1“ gibt es keine Entscheidung, die nachträglich geändert werden könnte.</translation>
    </message>
    <message>
        <source>Not selected: application %1 is not an application of this opening.</source>
        <translation>Nicht ausgewählt: Die Bewerbung %1 gehört nicht zu dieser Stelle.</translation>
    </message>
    <message>
        <source>Opening %1 has no decision record.</source>
        <translation>Für die Stelle %1 ist keine Entscheidung festgehalten.</translation>
    </message>
    <message>
        <source>Reason: say why the decision changes.</source>
        <translation>Grund: Geben Sie an, warum die Entscheidung geändert wird.</translation>
    </message>
    <message>
        <source>Reason: say why the offer was declined or the hire fell through.</source>
        <translation>Grund: Geben Sie an, warum das Angebot abgelehnt wurde oder die Einstellung nicht zustande kam.</translation>
    </message>
    <message>
        <source>Declined by: only a panel lead of this opening can record that an offer was declined.</source>
        <translation>Abgelehnt von: Nur die Leitung des Interviewteams dieser Stelle kann festhalten, dass ein Angebot abgelehnt wurde.</translation>
    </message>
    <message>
        <source>Application %1 is not a chosen candidate with an offer or a hire to fall through.</source>
        <translation>Die Bewerbung %1 gehört zu keiner ausgewählten Person mit einem Angebot oder einer Einstellung, die nicht zustande kommen könnte.</translation>
    </message>
    <message>
        <source>No runner-up is on hold for this opening: amend the decision to choose someone else.</source>
        <translation>Für diese Stelle ist niemand aus der zweiten Wahl zurückgestellt: Ändern Sie die Entscheidung nachträglich, um jemand anderen auszuwählen.</translation>
    </message>
    <message>
        <source>The decision changed since; undo the later change first.</source>
        <translation>Die Entscheidung wurde seitdem geändert; machen Sie zuerst die spätere Änderung rückgängig.</translation>
    </message>
    <message>
        <source>Application %1 changed since; undo that change first.</source>
        <translation>Die Bewerbung %1 wurde seitdem geändert; machen Sie zuerst diese Änderung rückgängig.</translation>
    </message>
    <message>
        <source>A message went out to application %1 after this step, so it can no longer be undone.</source>
        <translation>Nach diesem Schritt wurde eine Nachricht zur Bewerbung %1 verschickt; er kann daher nicht mehr rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>%1&apos;s application was changed elsewhere while this step was being saved, so nothing was saved. Open the decision again to see what it does now.</source>
        <translation>Die Bewerbung von %1 wurde anderswo geändert, während dieser Schritt gespeichert wurde; daher wurde nichts gespeichert. Öffnen Sie die Entscheidung erneut, um zu sehen, was sie jetzt bewirkt.</translation>
    </message>
</context>
<context>
    <name>DefaultTemplates</name>
    <message>
        <source>Cannot read the template %1: %2</source>
        <translation>Die Vorlage %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1, line 1: a template starts with “Subject: …”.</source>
        <translation>%1, Zeile 1: Eine Vorlage beginnt mit „Subject: …“.</translation>
    </message>
    <message>
        <source>%1, line 2: leave the line after the subject empty.</source>
        <translation>%1, Zeile 2: Lassen Sie die Zeile nach dem Betreff leer.</translation>
    </message>
    <message>
        <source>%1, line 1: the subject is empty.</source>
        <translation>%1, Zeile 1: Der Betreff ist leer.</translation>
    </message>
    <message>
        <source>Subject: the subject is empty.</source>
        <translation>Betreff: Der Betreff ist leer.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Nachrichtentext</translation>
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
        <source>%1 already exists; pass --force to replace it.</source>
        <translation>%1 existiert bereits; geben Sie --force an, um die Datei zu ersetzen.</translation>
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
    <message>
        <source>Put the extra candidates into one opening, the one ready for its debrief (benchmarks).</source>
        <translation>Die zusätzlichen Bewerbenden in eine Stelle aufnehmen, die für ihre Nachbesprechung bereit ist (Benchmarks).</translation>
    </message>
    <message>
        <source>Reject this percentage of the extra candidates (default: each opening&apos;s own mix).</source>
        <translation>Diesen Prozentsatz der zusätzlichen Bewerbenden absagen (Vorgabe: die eigene Mischung jeder Stelle).</translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation>PROZENT</translation>
    </message>
    <message>
        <source>--rejected must be a whole number from 0 to 100, not &apos;%1&apos;.</source>
        <translation>--rejected muss eine ganze Zahl von 0 bis 100 sein, nicht „%1“.</translation>
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
    <message>
        <source>The share of rejected candidates cannot be over 100 %.</source>
        <translation>Der Anteil abgesagter Bewerbender kann nicht über 100 % liegen.</translation>
    </message>
</context>
<context>
    <name>DemoDatabaseFile</name>
    <message>
        <source>Cannot remove the leftover file %1.</source>
        <translation>Die übrig gebliebene Datei %1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Cannot replace %1; the new data is in %2.</source>
        <translation>%1 kann nicht ersetzt werden; die neuen Daten liegen in %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds a panel&apos;s own data (%n person(s) with a real e-mail address or none), not a demo: the demo does not replace it, not even with --force. Choose another file, or move this one away first.</source>
        <translation>
            <numerusform>%1 enthält die eigenen Daten eines Interviewteams (%n Person mit echter oder ohne E-Mail-Adresse), keine Demo: Die Demo ersetzt die Datei nicht, auch nicht mit --force. Wählen Sie eine andere Datei oder verschieben Sie diese zuerst.</numerusform>
            <numerusform>%1 enthält die eigenen Daten eines Interviewteams (%n Personen mit echter oder ohne E-Mail-Adresse), keine Demo: Die Demo ersetzt die Datei nicht, auch nicht mit --force. Wählen Sie eine andere Datei oder verschieben Sie diese zuerst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoOffer</name>
    <message>
        <source>Try the Demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
    <message>
        <source>The demo database from an earlier try is still in %1. Open it as it is, or start the demo afresh (your changes to it are then lost)?</source>
        <translation>Die Demodatenbank aus einem früheren Versuch liegt noch in %1. Möchten Sie sie unverändert öffnen oder die Demo neu beginnen (Ihre Änderungen daran gehen dann verloren)?</translation>
    </message>
    <message>
        <source>&amp;Open It</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Start &amp;Afresh</source>
        <translation>&amp;Neu beginnen</translation>
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
    <name>DraftBatchExport</name>
    <message>
        <source>Application %1: %2</source>
        <translation>Bewerbung %1: %2</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>Note: others can list the folder %1 and read the candidates&apos; names in the file names; the files themselves are readable by you only. A folder of their own keeps the names private too.</source>
        <translation>Hinweis: Andere können den Inhalt des Ordners %1 auflisten und die Namen der Bewerbenden in den Dateinamen lesen; die Dateien selbst sind nur für Sie lesbar. Ein eigener Ordner nur für diese Dateien hält auch die Namen vertraulich.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n more draft(s) not written.</source>
        <translation>
            <numerusform>Abgebrochen: %n weiterer Entwurf nicht geschrieben.</numerusform>
            <numerusform>Abgebrochen: %n weitere Entwürfe nicht geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftComparison</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sent on %1 by %2</source>
        <translation>Am %1 per %2 gesendet</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>DraftComposer</name>
    <message>
        <source>template %1/%2, version %3</source>
        <translation>Vorlage %1/%2, Version %3</translation>
    </message>
</context>
<context>
    <name>DraftConflict</name>
    <message>
        <source>Draft Changed Elsewhere</source>
        <translation>Entwurf anderswo geändert</translation>
    </message>
    <message>
        <source>This message was saved elsewhere (in another window or on another computer) at %1, after you opened it. Nothing was overwritten and nothing was sent. Compare the two versions and choose which to keep.</source>
        <translation>Diese Nachricht wurde am %1 anderswo gespeichert (in einem anderen Fenster oder auf einem anderen Computer), nachdem Sie sie geöffnet hatten. Es wurde nichts überschrieben und nichts gesendet. Vergleichen Sie beide Versionen und wählen Sie, welche Sie behalten.</translation>
    </message>
    <message>
        <source>The saved version has been sent; a sent message no longer changes. Take it to see what went out.</source>
        <translation>Die gespeicherte Version wurde gesendet; eine gesendete Nachricht ändert sich nicht mehr. Übernehmen Sie sie, um zu sehen, was verschickt wurde.</translation>
    </message>
</context>
<context>
    <name>DraftLanguage</name>
    <message>
        <source>There are no rejection templates in the language “%1” (available: %2).</source>
        <translation>Es gibt keine Absagevorlagen in der Sprache „%1“ (verfügbar: %2).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1, line %2: expected “key = value” with one of the known keys, not “%3”.</source>
        <translation>%1, Zeile %2: „Schlüssel = Wert“ mit einem der bekannten Schlüssel erwartet, nicht „%3“.</translation>
    </message>
    <message>
        <source>%1: the key “%2” is missing or empty.</source>
        <translation>%1: Der Schlüssel „%2“ fehlt oder ist leer.</translation>
    </message>
</context>
<context>
    <name>DraftOutput</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>DraftStatus</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
</context>
<context>
    <name>DraftWorkflow</name>
    <message>
        <source>Sent the rejection “%1”.</source>
        <translation>Die Absage „%1“ wurde gesendet.</translation>
    </message>
    <message>
        <source>A new draft cannot be stored as already sent; save it, then mark it as sent.</source>
        <translation>Ein neuer Entwurf kann nicht als bereits gesendet gespeichert werden; speichern Sie ihn und markieren Sie ihn dann als gesendet.</translation>
    </message>
    <message>
        <source>Draft %1 was already sent on %2; a sent message cannot change.</source>
        <translation>Entwurf %1 wurde bereits am %2 gesendet; eine gesendete Nachricht kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Draft %1 was already sent on %2.</source>
        <translation>Entwurf %1 wurde bereits am %2 gesendet.</translation>
    </message>
    <message>
        <source>Draft %1 is held: application %2 is on hold (%3). Send it only once the hold is released, or confirm that it should go out anyway.</source>
        <translation>Entwurf %1 wird zurückgehalten: Die Bewerbung %2 ist zurückgestellt (%3). Senden Sie ihn erst, wenn die Zurückstellung aufgehoben ist, oder bestätigen Sie, dass er trotzdem verschickt werden soll.</translation>
    </message>
    <message>
        <source>Sent the offer “%1”.</source>
        <translation>Das Angebot „%1“ wurde gesendet.</translation>
    </message>
</context>
<context>
    <name>DraftsCommand</name>
    <message>
        <source> (held)</source>
        <translation> (zurückgehalten)</translation>
    </message>
    <message>
        <source>Write a rejection e-mail (.eml) for every candidate of an opening not chosen</source>
        <translation>Eine Absage-E-Mail (.eml) für alle nicht ausgewählten Bewerbenden einer Stelle schreiben</translation>
    </message>
    <message>
        <source>Folder to write the .eml files to.</source>
        <translation>Ordner, in den die .eml-Dateien geschrieben werden.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>Language of the messages (default en; available: %1).</source>
        <translation>Sprache der Nachrichten (Standard: en; verfügbar: %1).</translation>
    </message>
    <message>
        <source>xx</source>
        <translation>xx</translation>
    </message>
    <message>
        <source>Also write the drafts of runners-up on hold while the chosen candidate&apos;s offer is pending (they stay held; do not send them before the offer is accepted).</source>
        <translation>Auch die Entwürfe für zurückgestellte Personen der zweiten Wahl schreiben, solange das Angebot an die ausgewählte Person noch aussteht (sie bleiben zurückgehalten; senden Sie sie erst, wenn das Angebot angenommen wurde).</translation>
    </message>
    <message>
        <source>--opening takes a number or a uuid.</source>
        <translation>--opening erwartet eine Zahl oder eine UUID.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n draft(s) to %1.</source>
        <translation>
            <numerusform>%n Entwurf nach %1 geschrieben.</numerusform>
            <numerusform>%n Entwürfe nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n held runner-up draft(s): the chosen candidate has not accepted yet (--include-held writes them anyway).</source>
        <translation>
            <numerusform>%n zurückgehaltener Entwurf für die zweite Wahl übersprungen: Die ausgewählte Person hat noch nicht angenommen (--include-held schreibt ihn trotzdem).</numerusform>
            <numerusform>%n zurückgehaltene Entwürfe für die zweite Wahl übersprungen: Die ausgewählte Person hat noch nicht angenommen (--include-held schreibt sie trotzdem).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n candidate(s) whose rejection was already sent.</source>
        <translation>
            <numerusform>%n bewerbende Person übersprungen, deren Absage bereits gesendet wurde.</numerusform>
            <numerusform>%n Bewerbende übersprungen, deren Absage bereits gesendet wurde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: debrief-cli drafts --db FILE --opening ID --out DIR [--lang xx] [--include-held] [--allow-findings]</source>
        <translation>Aufruf: debrief-cli drafts --db DATEI --opening ID --out ORDNER [--lang xx] [--include-held] [--allow-findings]</translation>
    </message>
    <message>
        <source>Also write drafts the tone check has open findings on (each is noted in the communication log); without it they are left out and listed.</source>
        <translation>Auch Entwürfe schreiben, zu denen die Tonprüfung offene Hinweise hat (jeder wird im Kommunikationsverlauf vermerkt); ohne diese Option werden sie ausgelassen und aufgelistet.</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n draft(s) with open tone findings (review them in the window, or --allow-findings writes them anyway):</source>
        <translation>
            <numerusform>%n Entwurf mit offenen Hinweisen der Tonprüfung ausgelassen (prüfen Sie ihn im Fenster, oder --allow-findings schreibt ihn trotzdem):</numerusform>
            <numerusform>%n Entwürfe mit offenen Hinweisen der Tonprüfung ausgelassen (prüfen Sie sie im Fenster, oder --allow-findings schreibt sie trotzdem):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftsMenu</name>
    <message>
        <source>Rejection Drafts</source>
        <translation>Absageentwürfe</translation>
    </message>
    <message>
        <source>The database has no decided opening with a runner-up.</source>
        <translation>Die Datenbank enthält keine entschiedene Stelle mit einer zweiten Wahl.</translation>
    </message>
    <message>
        <source>Everyone not chosen for the opening, with their rejection drafts: held, ready or sent.</source>
        <translation>Alle, die für die Stelle nicht ausgewählt wurden, mit ihren Absageentwürfen: zurückgehalten, bereit oder gesendet.</translation>
    </message>
    <message>
        <source>To be honest, we felt you were not quite the right culture fit for the team.</source>
        <translation>Ehrlich gesagt hatten wir den Eindruck, dass Sie nicht ganz in unsere Teamkultur passten.</translation>
    </message>
    <message>
        <source>R&amp;ejection Drafts…</source>
        <translation>&amp;Absageentwürfe…</translation>
    </message>
    <message>
        <source>The database has no decided opening.</source>
        <translation>Die Datenbank enthält keine entschiedene Stelle.</translation>
    </message>
</context>
<context>
    <name>EditingUser</name>
    <message>
        <source>unknown user</source>
        <translation>unbekanntes Benutzerkonto</translation>
    </message>
</context>
<context>
    <name>EmlWriter</name>
    <message>
        <source>To: the candidate has no e-mail address.</source>
        <translation>An: Die bewerbende Person hat keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>From: enter the sender&apos;s e-mail address.</source>
        <translation>Von: Geben Sie die E-Mail-Adresse des Absenders ein.</translation>
    </message>
    <message>
        <source>To: the candidate&apos;s e-mail address is not a valid address; correct it in their details.</source>
        <translation>An: Die E-Mail-Adresse der bewerbenden Person ist ungültig; korrigieren Sie sie in den Details zur Person.</translation>
    </message>
    <message>
        <source>From: the sender&apos;s e-mail address is not a valid address.</source>
        <translation>Von: Die E-Mail-Adresse des Absenders ist ungültig.</translation>
    </message>
</context>
<context>
    <name>ExportJsonCommand</name>
    <message>
        <source>Write one opening and everything about it as JSON</source>
        <translation>Eine Stelle mit allen zugehörigen Daten als JSON schreiben</translation>
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
        <source>Write a panelist&apos;s submitted scorecards for an opening to a file</source>
        <translation>Die abgegebenen Bewertungsbögen einer Person im Interviewteam für eine Stelle in eine Datei schreiben</translation>
    </message>
    <message>
        <source>The panelist: their uuid, or their id in FILE.</source>
        <translation>Die Person im Interviewteam: ihre UUID oder ihre ID in DATEI.</translation>
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
    <name>FileScrub</name>
    <message>
        <source>Another program still has %1 open, so some of the removed text stays in its write-ahead log (%1-wal) until that program closes the file.</source>
        <translation>Ein anderes Programm hat %1 noch geöffnet, daher bleibt ein Teil des entfernten Texts im Write-Ahead-Log der Datei (%1-wal), bis dieses Programm die Datei schließt.</translation>
    </message>
</context>
<context>
    <name>FinalistSet</name>
    <message>
        <source>Finalists: the candidates the recorded decision names, the chosen first, then the runners-up by rank, then the others.</source>
        <translation>Personen in der finalen Runde: die in der festgehaltenen Entscheidung genannten Bewerbenden, zuerst die ausgewählten, dann die zweite Wahl nach Rang, dann die übrigen.</translation>
    </message>
    <message>
        <source>Finalists: the applications asked for, in the order given.</source>
        <translation>Personen in der finalen Runde: die angeforderten Bewerbungen in der angegebenen Reihenfolge.</translation>
    </message>
    <message>
        <source>Finalists: everyone at the interview stage or later with a submitted scorecard, oldest application first.</source>
        <translation>Personen in der finalen Runde: alle ab der Phase „Interview“ mit einem abgegebenen Bewertungsbogen, älteste Bewerbung zuerst.</translation>
    </message>
</context>
<context>
    <name>ImportCandidatesCommand</name>
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
        <source>Read the file in this encoding instead of detecting it.</source>
        <translation>Die Datei in dieser Kodierung lesen, statt sie zu erkennen.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>CHAR</source>
        <translation>ZEICHEN</translation>
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
    <message>
        <source>--map %1: expected FIELD=COLUMNS, FIELD one of %2</source>
        <translation>--map %1: FELD=SPALTEN erwartet, FELD ist eines von %2</translation>
    </message>
    <message>
        <source>--map %1: %2</source>
        <translation>--map %1: %2</translation>
    </message>
    <message>
        <source>Choose the columns with --map FIELD=COLUMNS, e.g. --map name=1+2 --map email=3 (see --help).</source>
        <translation>Wählen Sie die Spalten mit --map FELD=SPALTEN, z. B. --map name=1+2 --map email=3 (siehe --help).</translation>
    </message>
    <message>
        <source>Say how the dates are written with --date-order day-first or month-first.</source>
        <translation>Geben Sie mit --date-order day-first oder month-first an, wie die Datumsangaben geschrieben sind.</translation>
    </message>
    <message>
        <source>The columns are found by their headers in English, German or French; a name
in two columns (First Name + Last Name, Vorname + Nachname, Prénom + Nom) is
joined. Dates: 2026-01-05, 2026-01-05T10:30:00Z, 05.01.2026, 05/01/2026 or
01/05/2026 (the file&apos;s dates decide which comes first), 5 Jan 2026,
Jan 5, 2026, 5. Januar 2026, 5 janvier 2026. A row whose e-mail already
applied to the opening, or repeats an earlier row&apos;s, is skipped; someone
known from another opening is added to this one. Nothing is written
unless the whole file is clean.

Examples:
  --map name=2+3            name from columns 2 and 3, joined with a space
  --map &quot;name=First Name+Last Name&quot; --map email=E-Mail
  --map phone=0             do not import the phone numbers</source>
        <translation>Die Spalten werden an ihren Spaltenüberschriften auf Englisch, Deutsch oder
Französisch erkannt; ein Name in zwei Spalten (First Name + Last Name,
Vorname + Nachname, Prénom + Nom) wird zusammengesetzt. Datumsangaben:
2026-01-05, 2026-01-05T10:30:00Z, 05.01.2026, 05/01/2026 oder 01/05/2026
(die Datumsangaben der Datei entscheiden, was zuerst steht), 5 Jan 2026,
Jan 5, 2026, 5. Januar 2026, 5 janvier 2026. Eine Zeile mit der E-Mail-Adresse
einer Person, die sich bereits auf die Stelle beworben hat, oder mit derselben
E-Mail-Adresse wie eine frühere Zeile wird übersprungen; wer aus einer anderen
Stelle bekannt ist, wird zu dieser hinzugefügt. Es wird nichts geschrieben,
solange die Datei nicht vollständig fehlerfrei ist.

Beispiele:
  --map name=2+3            Name aus Spalte 2 und 3, mit Leerzeichen verbunden
  --map &quot;name=First Name+Last Name&quot; --map email=E-Mail
  --map phone=0             die Telefonnummern nicht importieren</translation>
    </message>
    <message>
        <source>Take FIELD from COLUMNS: a column number (from 1) or a header name, or several joined with + (name=2+3); 0 imports nothing for FIELD. Repeat for more fields. Fields: %1.</source>
        <translation>FELD aus SPALTEN lesen: eine Spaltennummer (ab 1) oder eine Spaltenüberschrift, oder mehrere, verbunden mit + (name=2+3); 0 importiert nichts für FELD. Für weitere Felder wiederholen. Felder: %1.</translation>
    </message>
    <message>
        <source>FIELD=COLUMNS</source>
        <translation>FELD=SPALTEN</translation>
    </message>
    <message>
        <source>How numeric dates such as 03/04/2026 are written: day-first or month-first (default: decided by the file&apos;s dates).</source>
        <translation>Wie numerische Datumsangaben wie 03/04/2026 geschrieben sind: day-first oder month-first (Standard: aus den Datumsangaben der Datei bestimmt).</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>REIHENFOLGE</translation>
    </message>
    <message>
        <source>--date-order %1: expected day-first or month-first</source>
        <translation>--date-order %1: day-first oder month-first erwartet</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Spalten: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n of them already known from another opening.</source>
        <translation>
            <numerusform>Davon %n bereits aus einer anderen Stelle bekannt.</numerusform>
            <numerusform>Davon %n bereits aus einer anderen Stelle bekannt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Field delimiter instead of detecting it: one character, or tab, comma, semicolon, pipe or space.</source>
        <translation>Dieses Feldtrennzeichen verwenden, statt es zu erkennen: ein Zeichen oder tab, comma, semicolon, pipe oder space.</translation>
    </message>
    <message>
        <source>--delimiter: %1</source>
        <translation>--delimiter: %1</translation>
    </message>
</context>
<context>
    <name>ImportJsonCommand</name>
    <message>
        <source>Read an opening exported with export-json into a database</source>
        <translation>Eine mit export-json exportierte Stelle in eine Datenbank einlesen</translation>
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
        <source>Imported opening %1: %2</source>
        <translation>Stelle %1 importiert: %2</translation>
    </message>
</context>
<context>
    <name>ImportScorecardsCommand</name>
    <message>
        <source>Read a panelist&apos;s scorecards file (export-scorecards) into a database</source>
        <translation>Die Bewertungsbogen-Datei einer Person im Interviewteam (export-scorecards) in eine Datenbank einlesen</translation>
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
    <name>InterviewComparison</name>
    <message>
        <source>Round %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <source>Panelist %1</source>
        <translation>Interviewer:in %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Cancelled %1: %2</source>
        <translation>Abgesagt am %1: %2</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <comment>date and time pattern, see QDateTime</comment>
        <translation>d. MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Videolink</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Interviewteam</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>InterviewInvitation</name>
    <message>
        <source>Interview %1 has no date and time yet, so there is nothing to put in a calendar.</source>
        <translation>Interview %1 hat noch kein Datum und keine Uhrzeit; es gibt daher nichts, was in einen Kalender eingetragen werden könnte.</translation>
    </message>
    <message>
        <source>Interview: %1 – %2 (%3)</source>
        <translation>Interview: %1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgesagt: %1</translation>
    </message>
    <message>
        <source>This interview is cancelled. Reason: %1</source>
        <translation>Dieses Interview wurde abgesagt. Grund: %1</translation>
    </message>
    <message numerus="yes">
        <source>Interview with %1 for %2: %3, %n minute(s).</source>
        <translation>
            <numerusform>Interview mit %1 für %2: %3, %n Minute.</numerusform>
            <numerusform>Interview mit %1 für %2: %3, %n Minuten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Ort: %1</translation>
    </message>
    <message>
        <source>Video call: %1</source>
        <translation>Videoanruf: %1</translation>
    </message>
    <message>
        <source>Panel: %1</source>
        <translation>Interviewteam: %1</translation>
    </message>
    <message>
        <source>Not invited by this file (no e-mail address on record): %1</source>
        <translation>Nicht über diese Datei eingeladen (keine E-Mail-Adresse hinterlegt): %1</translation>
    </message>
    <message>
        <source>Each panelist writes their own scorecard in Debrief after the interview, before reading anyone else&apos;s.</source>
        <translation>Alle Interviewer:innen schreiben nach dem Interview ihren eigenen Bewertungsbogen in Debrief, bevor sie die Bewertungsbögen anderer lesen.</translation>
    </message>
</context>
<context>
    <name>InterviewRepository</name>
    <message>
        <source>There is no interview with id %1.</source>
        <translation>Es gibt kein Interview mit der ID %1.</translation>
    </message>
    <message>
        <source>Interview %1</source>
        <translation>Interview %1</translation>
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
    <name>InterviewScheduler</name>
    <message>
        <source>Panelist %1</source>
        <translation>Interviewer:in %1</translation>
    </message>
    <message>
        <source>The interview has been changed since; undoing the earlier step would overwrite that change.</source>
        <translation>Das Interview wurde seitdem geändert; würde der frühere Schritt rückgängig gemacht, ginge diese Änderung verloren.</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Bewerber:in</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Videolink</translation>
    </message>
    <message>
        <source>Panelists</source>
        <translation>Interviewer:innen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Choose when the interview starts.</source>
        <translation>Wählen Sie, wann das Interview beginnt.</translation>
    </message>
    <message numerus="yes">
        <source>An interview lasts from %1 minutes to %2 hours; %n minute(s) is outside that.</source>
        <translation>
            <numerusform>Ein Interview dauert zwischen %1 Minuten und %2 Stunden; %n Minute liegt außerhalb davon.</numerusform>
            <numerusform>Ein Interview dauert zwischen %1 Minuten und %2 Stunden; %n Minuten liegen außerhalb davon.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the call&apos;s web address, starting with https://.</source>
        <translation>Geben Sie die Webadresse des Videoanrufs ein, beginnend mit https://.</translation>
    </message>
    <message>
        <source>Choose at least one panelist.</source>
        <translation>Wählen Sie mindestens eine Person aus dem Interviewteam aus.</translation>
    </message>
    <message>
        <source>A panelist is listed more than once.</source>
        <translation>Eine Person aus dem Interviewteam ist mehrfach aufgeführt.</translation>
    </message>
    <message>
        <source>Say why the interview is cancelled; the reason is kept with it.</source>
        <translation>Geben Sie an, warum das Interview abgesagt wird; der Grund wird beim Interview gespeichert.</translation>
    </message>
    <message>
        <source>Choose the candidate to interview.</source>
        <translation>Wählen Sie die bewerbende Person für das Interview aus.</translation>
    </message>
    <message>
        <source>The candidate is no longer in process (%1): move them back in the pipeline before scheduling an interview.</source>
        <translation>Die bewerbende Person ist nicht mehr im Verfahren (%1): Setzen Sie sie wieder in eine laufende Phase, bevor Sie ein Interview planen.</translation>
    </message>
    <message>
        <source>Choose the round of the interview.</source>
        <translation>Wählen Sie die Runde des Interviews aus.</translation>
    </message>
    <message>
        <source>This round no longer exists.</source>
        <translation>Diese Runde existiert nicht mehr.</translation>
    </message>
    <message>
        <source>“%1” is a round of another opening.</source>
        <translation>„%1“ ist eine Runde einer anderen Stelle.</translation>
    </message>
    <message>
        <source>%1 is not on this opening&apos;s panel.</source>
        <translation>%1 gehört nicht zum Interviewteam dieser Stelle.</translation>
    </message>
    <message>
        <source>There is no panelist with id %1.</source>
        <translation>Es gibt keine:n Interviewer:in mit der ID %1.</translation>
    </message>
    <message>
        <source>An interview stays with its candidate; schedule a new one instead.</source>
        <translation>Ein Interview bleibt bei seiner bewerbenden Person; planen Sie stattdessen ein neues.</translation>
    </message>
    <message>
        <source>%1 has already written a scorecard for this interview and stays on it.</source>
        <translation>%1 hat für dieses Interview bereits einen Bewertungsbogen geschrieben und bleibt daher eingetragen.</translation>
    </message>
    <message>
        <source>The opening has no interview rounds yet: add one to its set-up before scheduling an interview.</source>
        <translation>Die Stelle hat noch keine Interviewrunden: Fügen Sie in ihrer Einrichtung eine hinzu, bevor Sie ein Interview planen.</translation>
    </message>
    <message>
        <source>This interview was cancelled; schedule a new one instead.</source>
        <translation>Dieses Interview wurde abgesagt; planen Sie stattdessen ein neues.</translation>
    </message>
    <message>
        <source>This interview is already cancelled.</source>
        <translation>Dieses Interview ist bereits abgesagt.</translation>
    </message>
    <message numerus="yes">
        <source>%n scorecard(s) were submitted for this interview: it took place and cannot be cancelled.</source>
        <translation>
            <numerusform>Für dieses Interview wurde %n Bewertungsbogen abgegeben: Es hat stattgefunden und kann nicht abgesagt werden.</numerusform>
            <numerusform>Für dieses Interview wurden %n Bewertungsbögen abgegeben: Es hat stattgefunden und kann nicht abgesagt werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scorecard(s) were written for this interview since it was scheduled, so it stays; cancel it instead.</source>
        <translation>
            <numerusform>Seit der Planung wurde für dieses Interview %n Bewertungsbogen geschrieben; es bleibt daher bestehen – sagen Sie es stattdessen ab.</numerusform>
            <numerusform>Seit der Planung wurden für dieses Interview %n Bewertungsbögen geschrieben; es bleibt daher bestehen – sagen Sie es stattdessen ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>The interview %1 no longer exists.</source>
        <translation>Das Interview %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Interview %1</source>
        <translation>Interview %1</translation>
    </message>
</context>
<context>
    <name>IntraclassCorrelation</name>
    <message>
        <source>Not computed: no two panelists scored the same two finalists on this criterion.</source>
        <translation>Nicht berechnet: Keine zwei Interviewer:innen haben bei diesem Kriterium dieselben zwei Personen in der finalen Runde bewertet.</translation>
    </message>
    <message>
        <source>Rests on %1, each scored by all of %2; listwise deletion left out %3 and %4 with scores on this criterion.</source>
        <translation>Grundlage: %1, jeweils von allen bewertet (%2); durch listenweisen Fallausschluss ausgelassen: %3 und %4 mit Bewertungen zu diesem Kriterium.</translation>
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
    <message>
        <source>%1 is too large; the largest allowed is %2</source>
        <translation>%1 ist zu groß; höchstens erlaubt ist %2</translation>
    </message>
</context>
<context>
    <name>KeychainPasswordStore</name>
    <message>
        <source>no keychain service (such as GNOME Keyring or KWallet) is running</source>
        <translation>kein Schlüsselbunddienst (wie GNOME Keyring oder KWallet) läuft</translation>
    </message>
    <message>
        <source>access to it was refused</source>
        <translation>der Zugriff darauf wurde verweigert</translation>
    </message>
    <message>
        <source>no keychain service (such as GNOME Keyring or KWallet) answered</source>
        <translation>kein Schlüsselbunddienst (wie GNOME Keyring oder KWallet) hat geantwortet</translation>
    </message>
    <message>
        <source>The keychain could not be used: %1</source>
        <translation>Der Schlüsselbund konnte nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>This build of Debrief has no keychain support.</source>
        <translation>Dieser Build von Debrief unterstützt keinen Schlüsselbund.</translation>
    </message>
</context>
<context>
    <name>KrippendorffAlpha</name>
    <message>
        <source>Rests on %1 from %2 on %3 that at least two panelists scored; %4 without a second score on the same finalist cannot be paired and are left out.</source>
        <translation>Grundlage: %1 von %2 zu %3, die mindestens zwei Interviewer:innen bewertet haben; ohne zweite Bewertung derselben Person in der finalen Runde nicht paarbar und daher ausgelassen: %4.</translation>
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
    <message>
        <source>Open the database given with --db and quit as soon as its candidate list has been shown (for timing start-up).</source>
        <translation>Die mit --db angegebene Datenbank öffnen und beenden, sobald ihre Bewerbendenliste angezeigt wurde (zum Messen des Starts).</translation>
    </message>
    <message>
        <source>--benchmark-startup needs --db FILE.</source>
        <translation>--benchmark-startup braucht --db DATEI.</translation>
    </message>
</context>
<context>
    <name>LintCommand</name>
    <message>
        <source>Check a draft&apos;s tone: cold, vague or risky wording, unmade promises</source>
        <translation>Den Ton eines Entwurfs prüfen: kalte, vage oder riskante Formulierungen, unhaltbare Versprechen</translation>
    </message>
    <message>
        <source>Usage: debrief-cli lint FILE [--lang xx] [--json] [--name NAME] [--other NAME]... [--talent-pool] [--rules RULES.json]</source>
        <translation>Aufruf: debrief-cli lint DATEI [--lang xx] [--json] [--name NAME] [--other NAME]... [--talent-pool] [--rules REGELN.json]</translation>
    </message>
    <message>
        <source>The language of the draft: %1 (default: en).</source>
        <translation>Die Sprache des Entwurfs: %1 (Standard: en).</translation>
    </message>
    <message>
        <source>xx</source>
        <translation>xx</translation>
    </message>
    <message>
        <source>Print the findings as JSON (docs/TONE.md).</source>
        <translation>Die Hinweise als JSON ausgeben (docs/TONE.md).</translation>
    </message>
    <message>
        <source>The candidate&apos;s full name; the first line must then greet them by name.</source>
        <translation>Der vollständige Name der bewerbenden Person; die erste Zeile muss sie dann mit Namen begrüßen.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Another candidate of the opening, whose name must not appear (repeatable).</source>
        <translation>Eine weitere bewerbende Person der Stelle, deren Name nicht vorkommen darf (mehrfach angebbar).</translation>
    </message>
    <message>
        <source>The candidate is in the talent pool, so future contact may be promised.</source>
        <translation>Die bewerbende Person ist im Talentpool, daher darf künftiger Kontakt zugesagt werden.</translation>
    </message>
    <message>
        <source>A rule file of your own instead of the built-in rules.</source>
        <translation>Eine eigene Regeldatei statt der eingebauten Regeln.</translation>
    </message>
    <message>
        <source>RULES.json</source>
        <translation>REGELN.json</translation>
    </message>
</context>
<context>
    <name>LocalTime</name>
    <message>
        <source>Choose a date and a time.</source>
        <translation>Wählen Sie ein Datum und eine Uhrzeit.</translation>
    </message>
    <message>
        <source>The time zone is not known on this computer.</source>
        <translation>Die Zeitzone ist auf diesem Computer nicht bekannt.</translation>
    </message>
    <message>
        <source>%1 %2 does not exist in %3: the clocks skip that time when summer time begins. Choose a time after the change.</source>
        <translation>%1 %2 gibt es in %3 nicht: Bei Beginn der Sommerzeit wird diese Uhrzeit übersprungen. Wählen Sie eine Uhrzeit nach der Umstellung.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time: write it as YYYY-MM-DD HH:MM, for example 2026-03-02 09:30.</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit: Schreiben Sie es als JJJJ-MM-TT HH:MM, zum Beispiel 2026-03-02 09:30.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>MailLinkQuestion</name>
    <message>
        <source>Message Too Long for a Mail Link</source>
        <translation>Nachricht zu lang für einen Mail-Link</translation>
    </message>
    <message>
        <source>This message is too long to hand to a mail client as a link. Save it as an .eml file or copy it instead.</source>
        <translation>Diese Nachricht ist zu lang, um sie als Link an ein E-Mail-Programm zu übergeben. Speichern Sie sie stattdessen als .eml-Datei oder kopieren Sie sie.</translation>
    </message>
    <message>
        <source>Mail clients cut long links, so the message would arrive shortened, ending in a note. Save it as an .eml file or copy it instead to keep the whole text.</source>
        <translation>E-Mail-Programme kürzen lange Links; die Nachricht käme daher gekürzt an und endete mit einem Hinweis. Speichern Sie sie stattdessen als .eml-Datei oder kopieren Sie sie, um den ganzen Text zu erhalten.</translation>
    </message>
    <message>
        <source>Save as .eml…</source>
        <translation>Als .eml speichern…</translation>
    </message>
    <message>
        <source>Copy Instead</source>
        <translation>Stattdessen kopieren</translation>
    </message>
    <message>
        <source>Open Shortened</source>
        <translation>Gekürzt öffnen</translation>
    </message>
</context>
<context>
    <name>MailtoLink</name>
    <message>
        <source>[Shortened to fit a mail link. Paste the full text from Debrief before sending.]</source>
        <translation>[Gekürzt, damit der Text in einen Mail-Link passt. Fügen Sie vor dem Senden den vollständigen Text aus Debrief ein.]</translation>
    </message>
</context>
<context>
    <name>MemoryPasswordStore</name>
    <message>
        <source>No keychain is available on this computer.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar.</translation>
    </message>
</context>
<context>
    <name>MessageTemplateRepository</name>
    <message>
        <source>There is no message template with id %1.</source>
        <translation>Es gibt keine Nachrichtenvorlage mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>MyInterviewsMenu</name>
    <message>
        <source>My Interviews</source>
        <translation>Meine Interviews</translation>
    </message>
    <message>
        <source>&amp;My Interviews</source>
        <translation>&amp;Meine Interviews</translation>
    </message>
    <message>
        <source>Your interviews to come and the scorecards you still owe.</source>
        <translation>Ihre anstehenden Interviews und Ihre noch ausstehenden Bewertungsbögen.</translation>
    </message>
    <message>
        <source>The main window has no “My interviews” list.</source>
        <translation>Das Hauptfenster hat keine Liste „Meine Interviews“.</translation>
    </message>
    <message>
        <source>No panelist has an interview to come or a scorecard to write, so the list would be empty.</source>
        <translation>Niemand im Interviewteam hat ein anstehendes Interview oder einen Bewertungsbogen zu schreiben; die Liste wäre daher leer.</translation>
    </message>
</context>
<context>
    <name>OpeningComparison</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation>Einstellende Führungskraft</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Interviewteam</translation>
    </message>
    <message>
        <source>Panel lead</source>
        <translation>Leitung des Interviewteams</translation>
    </message>
</context>
<context>
    <name>OpeningCreator</name>
    <message>
        <source>“%1” is no longer in this database.</source>
        <translation>„%1“ ist nicht mehr in dieser Datenbank vorhanden.</translation>
    </message>
    <message>
        <source>The set-up of “%1” has changed since it was created.</source>
        <translation>Die Einrichtung von „%1“ wurde seit dem Anlegen geändert.</translation>
    </message>
    <message>
        <source>Candidates have been added to “%1” since it was created.</source>
        <translation>Zu „%1“ wurden seit dem Anlegen Bewerbende hinzugefügt.</translation>
    </message>
    <message>
        <source>A decision has been recorded for “%1” since it was created.</source>
        <translation>Für „%1“ wurde seit dem Anlegen eine Entscheidung festgehalten.</translation>
    </message>
    <message>
        <source>The rubric of “%1” has been edited since it was created.</source>
        <translation>Das Bewertungsraster von „%1“ wurde seit dem Anlegen bearbeitet.</translation>
    </message>
    <message>
        <source>The interview rounds of “%1” have changed since it was created.</source>
        <translation>Die Interviewrunden von „%1“ wurden seit dem Anlegen geändert.</translation>
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
    <message>
        <source>a cancelled interview needs the reason it was cancelled</source>
        <translation>ein abgesagtes Interview braucht den Grund, warum es abgesagt wurde</translation>
    </message>
    <message>
        <source>the interview has who cancelled it or why, but no time it was cancelled</source>
        <translation>beim Interview ist angegeben, wer es abgesagt hat oder warum, aber nicht, wann es abgesagt wurde</translation>
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
    <name>OpeningMenu</name>
    <message>
        <source>O&amp;pening</source>
        <translation>S&amp;telle</translation>
    </message>
</context>
<context>
    <name>OpeningRepository</name>
    <message>
        <source>There is no opening with id %1.</source>
        <translation>Es gibt keine Stelle mit der ID %1.</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Stelle %1</translation>
    </message>
</context>
<context>
    <name>OpeningSetupMenu</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>The undo history has been cleared, since the earlier steps build on this one.</source>
        <translation>Der Verlauf zum Rückgängigmachen wurde geleert, da die früheren Schritte auf diesem aufbauen.</translation>
    </message>
    <message>
        <source>New Opening</source>
        <translation>Neue Stelle</translation>
    </message>
    <message>
        <source>Set Up Opening</source>
        <translation>Stelle einrichten</translation>
    </message>
    <message>
        <source>New O&amp;pening…</source>
        <translation>Neue &amp;Stelle…</translation>
    </message>
    <message>
        <source>Set &amp;Up Opening…</source>
        <translation>Stelle &amp;einrichten…</translation>
    </message>
</context>
<context>
    <name>OpeningSetupUpdater</name>
    <message>
        <source>The opening “%1” is no longer in this database.</source>
        <translation>Die Stelle „%1“ ist nicht mehr in dieser Datenbank vorhanden.</translation>
    </message>
    <message>
        <source>Cannot remove the round “%1”. %2</source>
        <translation>Die Runde „%1“ kann nicht entfernt werden. %2</translation>
    </message>
    <message>
        <source>The set-up of opening %1</source>
        <translation>Die Einrichtung der Stelle %1</translation>
    </message>
</context>
<context>
    <name>OpeningSetupValidator</name>
    <message>
        <source>panelist %1</source>
        <translation>Interviewer:in %1</translation>
    </message>
    <message>
        <source>The title is empty: name the opening.</source>
        <translation>Der Titel ist leer: Geben Sie der Stelle einen Namen.</translation>
    </message>
    <message>
        <source>The number of positions is %1: it must be at least 1.</source>
        <translation>Die Anzahl der Positionen ist %1: Sie muss mindestens 1 betragen.</translation>
    </message>
    <message>
        <source>There are no interview rounds: add at least one.</source>
        <translation>Es gibt keine Interviewrunden: Fügen Sie mindestens eine hinzu.</translation>
    </message>
    <message>
        <source>Round %1 has no name.</source>
        <translation>Runde %1 hat keinen Namen.</translation>
    </message>
    <message>
        <source>Two rounds are called “%1”: give each round its own name.</source>
        <translation>Zwei Runden heißen „%1“: Geben Sie jeder Runde einen eigenen Namen.</translation>
    </message>
    <message>
        <source>No rubric template is chosen.</source>
        <translation>Es ist keine Bewertungsraster-Vorlage ausgewählt.</translation>
    </message>
    <message>
        <source>No opening is chosen to copy the rubric from.</source>
        <translation>Es ist keine Stelle ausgewählt, deren Bewertungsraster kopiert werden soll.</translation>
    </message>
    <message>
        <source>The panel is empty: add at least one panelist and make one the lead.</source>
        <translation>Das Interviewteam ist leer: Fügen Sie mindestens eine:n Interviewer:in hinzu und übertragen Sie einer Person die Leitung.</translation>
    </message>
    <message>
        <source>%1 sits on the panel twice.</source>
        <translation>%1 ist doppelt im Interviewteam.</translation>
    </message>
    <message>
        <source>The e-mail address %1 is given for two panelists.</source>
        <translation>Die E-Mail-Adresse %1 ist für zwei Interviewer:innen angegeben.</translation>
    </message>
    <message>
        <source>The panel has no lead: choose one panelist.</source>
        <translation>Das Interviewteam hat keine Leitung: Wählen Sie eine:n Interviewer:in aus.</translation>
    </message>
    <message>
        <source>The panel has %1 leads (%2): choose exactly one.</source>
        <translation>Das Interviewteam hat %1 Leitungen (%2): Wählen Sie genau eine aus.</translation>
    </message>
    <message>
        <source>New panelist %1 has no name.</source>
        <translation>Neue:r Interviewer:in %1 hat keinen Namen.</translation>
    </message>
    <message>
        <source>The e-mail address “%1” of %2 is not valid.</source>
        <translation>Die E-Mail-Adresse „%1“ von %2 ist ungültig.</translation>
    </message>
    <message>
        <source>The opening&apos;s set-up has these problems:</source>
        <translation>Die Einrichtung der Stelle hat folgende Probleme:</translation>
    </message>
    <message>
        <source>The number of positions is %1: it can be at most %2.</source>
        <translation>Die Anzahl der Positionen ist %1: Sie darf höchstens %2 betragen.</translation>
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
    <name>OpeningSummaryReport</name>
    <message>
        <source>%1 (n = %2)</source>
        <translation>%1 (n = %2)</translation>
    </message>
    <message>
        <source>Opening summary</source>
        <translation>Stellenübersicht</translation>
    </message>
    <message>
        <source>%1 — as of %2</source>
        <translation>%1 — Stand: %2</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation>Einstellende Führungskraft</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Eröffnet am</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Bewerbende</translation>
    </message>
    <message>
        <source>Waiting past a promised date</source>
        <translation>Warten länger als zugesagt</translation>
    </message>
    <message>
        <source>Pipeline by stage</source>
        <translation>Pipeline nach Phasen</translation>
    </message>
    <message numerus="yes">
        <source>Days in stage come from the %n stage change(s) Debrief recorded for this opening and the day each candidate applied. Median days in stage: stays that ended; so far: candidates still in the stage. A stage entered before Debrief recorded changes has no known start and is left out.</source>
        <translation>
            <numerusform>Die Tage in einer Phase ergeben sich aus dem %n Phasenwechsel, den Debrief für diese Stelle festgehalten hat, und dem Tag, an dem sich die jeweilige Person beworben hat. Median der Tage in der Phase: abgeschlossene Aufenthalte; bisher: Bewerbende, die noch in der Phase sind. Eine Phase, die begann, bevor Debrief Wechsel festgehalten hat, hat keinen bekannten Beginn und wird ausgelassen.</numerusform>
            <numerusform>Die Tage in einer Phase ergeben sich aus den %n Phasenwechseln, die Debrief für diese Stelle festgehalten hat, und dem Tag, an dem sich die jeweilige Person beworben hat. Median der Tage in der Phase: abgeschlossene Aufenthalte; bisher: Bewerbende, die noch in der Phase sind. Eine Phase, die begann, bevor Debrief Wechsel festgehalten hat, hat keinen bekannten Beginn und wird ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Debrief has not recorded any stage change for this opening yet, so the time spent in each stage is not known; the last column counts from the day each candidate applied.</source>
        <translation>Debrief hat für diese Stelle noch keinen Phasenwechsel festgehalten, daher ist die Zeit in den einzelnen Phasen nicht bekannt; die letzte Spalte zählt ab dem Tag, an dem sich die jeweilige Person beworben hat.</translation>
    </message>
    <message>
        <source>Candidates in each stage now, and how many got at least that far.</source>
        <translation>Bewerbende je Phase zum jetzigen Zeitpunkt und wie viele mindestens so weit gekommen sind.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Got this far</source>
        <translation>So weit gekommen</translation>
    </message>
    <message>
        <source>Median days in stage</source>
        <translation>Median der Tage in der Phase</translation>
    </message>
    <message>
        <source>Median days so far</source>
        <translation>Median der Tage bisher</translation>
    </message>
    <message>
        <source>Median days since applying</source>
        <translation>Median der Tage seit der Bewerbung</translation>
    </message>
    <message>
        <source>All candidates</source>
        <translation>Alle Bewerbenden</translation>
    </message>
    <message>
        <source>Where the candidates are</source>
        <translation>Wo die Bewerbenden stehen</translation>
    </message>
    <message>
        <source>Promised dates</source>
        <translation>Zugesagte Termine</translation>
    </message>
    <message>
        <source>No candidate has been promised an answer by a date yet.</source>
        <translation>Noch keiner bewerbenden Person wurde eine Antwort bis zu einem bestimmten Datum zugesagt.</translation>
    </message>
    <message numerus="yes">
        <source>Of %n date(s) promised to candidates, %1 were kept, %2 were missed and %3 are not yet due.</source>
        <translation>
            <numerusform>Von %n Termin, der Bewerbenden zugesagt wurde, wurden %1 eingehalten, %2 verpasst und %3 sind noch nicht fällig.</numerusform>
            <numerusform>Von %n Terminen, die Bewerbenden zugesagt wurden, wurden %1 eingehalten, %2 verpasst und %3 sind noch nicht fällig.</numerusform>
        </translation>
    </message>
    <message>
        <source>A promise is kept when we wrote or called the candidate after making it and on or before the promised date.</source>
        <translation>Eine Zusage gilt als eingehalten, wenn wir der bewerbenden Person nach der Zusage und spätestens am zugesagten Datum geschrieben oder sie angerufen haben.</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Bewerber:in</translation>
    </message>
    <message>
        <source>Promised on</source>
        <translation>Zugesagt am</translation>
    </message>
    <message>
        <source>Answer promised by</source>
        <translation>Antwort zugesagt bis</translation>
    </message>
    <message>
        <source>Answered late on</source>
        <translation>Verspätet beantwortet am</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>Promises missed</source>
        <translation>Nicht eingehaltene Zusagen</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Still waiting for an answer, the longest overdue first</source>
        <translation>Warten noch auf eine Antwort, am längsten überfällige zuerst</translation>
    </message>
    <message>
        <source>Who is still waiting</source>
        <translation>Wer noch wartet</translation>
    </message>
    <message>
        <source>Nobody is waiting past the date we promised them an answer.</source>
        <translation>Niemand wartet über das Datum hinaus, bis zu dem wir eine Antwort zugesagt haben.</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) are past the date we promised them an answer. Each deserves a message today, even if only to say when the answer will come.</source>
        <translation>
            <numerusform>Bei %n bewerbenden Person ist das Datum verstrichen, bis zu dem wir eine Antwort zugesagt haben. Sie verdient heute eine Nachricht, auch wenn diese nur sagt, wann die Antwort kommt.</numerusform>
            <numerusform>Bei %n Bewerbenden ist das Datum verstrichen, bis zu dem wir ihnen eine Antwort zugesagt haben. Jede dieser Personen verdient heute eine Nachricht, auch wenn diese nur sagt, wann die Antwort kommt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutputPaths</name>
    <message>
        <source>%1 is the database %2 itself; writing there would destroy it. Nothing was written; choose another file.</source>
        <translation>%1 ist die Datenbank %2 selbst; dorthin zu schreiben würde sie zerstören. Es wurde nichts geschrieben; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>%1 is one of the database&apos;s own files (%2 keeps its journal there as %3); writing there would damage it. Nothing was written; choose another file.</source>
        <translation>%1 ist eine der eigenen Dateien der Datenbank (%2 führt dort ihr Journal als %3); dorthin zu schreiben würde sie beschädigen. Es wurde nichts geschrieben; wählen Sie eine andere Datei.</translation>
    </message>
</context>
<context>
    <name>OwnerOnly</name>
    <message>
        <source>Cannot create the folder %1: %2 is not a folder.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden: %2 ist kein Ordner.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
</context>
<context>
    <name>PanelCalibration</name>
    <message>
        <source>in line with the panel</source>
        <translation>im Einklang mit dem Interviewteam</translation>
    </message>
    <message>
        <source>lenient</source>
        <translation>milde</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>streng</translation>
    </message>
    <message>
        <source>too few shared ratings to tell</source>
        <translation>zu wenige gemeinsame Bewertungen für eine Aussage</translation>
    </message>
</context>
<context>
    <name>PanelSeatWriter</name>
    <message>
        <source>%1 is no longer a panelist in this database.</source>
        <translation>%1 ist in dieser Datenbank nicht mehr als Interviewer:in vorhanden.</translation>
    </message>
    <message>
        <source>%1 sits on the panel twice.</source>
        <translation>%1 ist doppelt im Interviewteam.</translation>
    </message>
</context>
<context>
    <name>PanelistLogin</name>
    <message>
        <source>“%1” cannot be a login role: use 1 to 63 lower-case letters a–z, digits and _, not starting with a digit.</source>
        <translation>„%1“ kann keine Login-Rolle sein: Verwenden Sie 1 bis 63 Kleinbuchstaben a–z, Ziffern und _, nicht mit einer Ziffer am Anfang.</translation>
    </message>
    <message>
        <source>“%1” cannot be a login role: names starting with pg_ are PostgreSQL&apos;s and names starting with debrief_ are Debrief&apos;s own.</source>
        <translation>„%1“ kann keine Login-Rolle sein: Namen, die mit pg_ beginnen, gehören PostgreSQL, und Namen, die mit debrief_ beginnen, gehören Debrief selbst.</translation>
    </message>
    <message>
        <source>%1 is a file: logins exist only on a PostgreSQL server.</source>
        <translation>%1 ist eine Datei: Logins gibt es nur auf einem PostgreSQL-Server.</translation>
    </message>
    <message>
        <source>The login role %1 already belongs to panelist %2 in %3.</source>
        <translation>Die Login-Rolle %1 gehört in %3 bereits zu Interviewer:in %2.</translation>
    </message>
    <message>
        <source>The role %1 already exists on the server and is not this panelist&apos;s login. Choose another name with --login.</source>
        <translation>Die Rolle %1 gibt es auf dem Server bereits, und sie ist nicht das Login dieser Person im Interviewteam. Wählen Sie mit --login einen anderen Namen.</translation>
    </message>
    <message>
        <source>Panelist %1 does not sit on the panel of opening %2: seat them first, then make them its lead.</source>
        <translation>Interviewer:in %1 gehört nicht zum Interviewteam der Stelle %2: Nehmen Sie die Person zuerst ins Interviewteam auf und machen Sie sie dann zur Leitung.</translation>
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
    <name>PersonEraseCommand</name>
    <message>
        <source>Erase one candidate and everything held about them (a request to erase)</source>
        <translation>Eine bewerbende Person und alles, was über sie gespeichert ist, löschen (bei einem Antrag auf Löschung)</translation>
    </message>
    <message>
        <source>Usage: debrief-cli person-erase --db FILE --candidate ID [--yes]</source>
        <translation>Aufruf: debrief-cli person-erase --db DATEI --candidate ID [--yes]</translation>
    </message>
    <message>
        <source>Erase them. Without it nothing is changed: the command says what would be deleted. An erasure cannot be undone.</source>
        <translation>Die Person löschen. Ohne diese Option wird nichts geändert: Der Befehl nennt, was gelöscht würde. Eine Löschung lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Erasing candidate #%1 would delete them and %2 from %3. Nothing was changed; --yes erases them, which cannot be undone.</source>
        <translation>Das Löschen der bewerbenden Person #%1 würde sie und %2 aus %3 entfernen. Es wurde nichts geändert; --yes löscht sie, was sich nicht rückgängig machen lässt.</translation>
    </message>
    <message>
        <source>Erased candidate #%1 and %2 from %3; the audit log keeps only the counts.</source>
        <translation>Die bewerbende Person #%1 und %2 wurden aus %3 gelöscht; das Änderungsprotokoll behält nur die Anzahlen.</translation>
    </message>
</context>
<context>
    <name>PersonEraser</name>
    <message>
        <source>[erased candidate]</source>
        <translation>[gelöschte Person]</translation>
    </message>
    <message>
        <source>Candidate #%1 cannot be erased while they are the chosen candidate for “%2”: the decision rests on their record. Amend the decision (or record that the offer was declined) first.</source>
        <translation>Die bewerbende Person #%1 kann nicht gelöscht werden, solange sie für „%2“ ausgewählt ist: Die Entscheidung beruht auf ihren Daten. Ändern Sie zuerst die Entscheidung nachträglich (oder halten Sie fest, dass das Angebot abgelehnt wurde).</translation>
    </message>
    <message>
        <source>Candidate #%1 cannot be erased while they are a runner-up on hold for “%2”: they may still be offered the position. End the hold (Decision › Offer Accepted…) first.</source>
        <translation>Die bewerbende Person #%1 kann nicht gelöscht werden, solange sie für „%2“ als Person aus der zweiten Wahl zurückgestellt ist: Ihr kann die Stelle noch angeboten werden. Beenden Sie zuerst die Zurückstellung (Entscheidung › Angebot angenommen…).</translation>
    </message>
</context>
<context>
    <name>PersonExportCommand</name>
    <message>
        <source>Write everything held about one candidate as JSON (a subject access request)</source>
        <translation>Alles, was über eine bewerbende Person gespeichert ist, als JSON schreiben (bei einem Auskunftsersuchen)</translation>
    </message>
    <message>
        <source>Usage: debrief-cli person-export --db FILE --candidate ID --out FILE.json</source>
        <translation>Aufruf: debrief-cli person-export --db DATEI --candidate ID --out DATEI.json</translation>
    </message>
    <message>
        <source>The JSON file to write (readable by you only).</source>
        <translation>Die zu schreibende JSON-Datei (nur für Sie lesbar).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Wrote %1 (readable by you only): candidate #%2, %3.</source>
        <translation>%1 geschrieben (nur für Sie lesbar): bewerbende Person #%2, %3.</translation>
    </message>
</context>
<context>
    <name>PersonRecordCounts</name>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n Bewerbung</numerusform>
            <numerusform>%n Bewerbungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n Interview</numerusform>
            <numerusform>%n Interviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scorecard(s)</source>
        <translation>
            <numerusform>%n Bewertungsbogen</numerusform>
            <numerusform>%n Bewertungsbögen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s)</source>
        <translation>
            <numerusform>%n Referenz</numerusform>
            <numerusform>%n Referenzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n logged message(s) or call(s)</source>
        <translation>
            <numerusform>%n erfasste Nachricht oder erfasster Anruf</numerusform>
            <numerusform>%n erfasste Nachrichten oder Anrufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejection draft(s)</source>
        <translation>
            <numerusform>%n Absageentwurf</numerusform>
            <numerusform>%n Absageentwürfe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit log record(s)</source>
        <translation>
            <numerusform>%n Eintrag im Änderungsprotokoll</numerusform>
            <numerusform>%n Einträge im Änderungsprotokoll</numerusform>
        </translation>
    </message>
    <message>
        <source>no records besides the candidate</source>
        <translation>keine Datensätze außer der Person selbst</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
</context>
<context>
    <name>PersonRecords</name>
    <message>
        <source>There is no candidate with id %1 in %2.</source>
        <translation>In %2 gibt es keine bewerbende Person mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>PipelineChart</name>
    <message>
        <source>Candidates per stage</source>
        <translation>Bewerbende pro Phase</translation>
    </message>
    <message>
        <source>In this stage now</source>
        <translation>Aktuell in dieser Phase</translation>
    </message>
    <message>
        <source>Got at least this far</source>
        <translation>Mindestens so weit gekommen</translation>
    </message>
</context>
<context>
    <name>PipelineEditing</name>
    <message>
        <source>unknown user</source>
        <translation>unbekanntes Benutzerkonto</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Debrief</translation>
    </message>
    <message>
        <source>Add &amp;Candidate…</source>
        <translation>Bewerber:in &amp;hinzufügen…</translation>
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
    <name>PipelineWorkflow</name>
    <message>
        <source>Name: enter the referee&apos;s name.</source>
        <translation>Name: Geben Sie den Namen der Referenzperson ein.</translation>
    </message>
    <message>
        <source>The application %1 no longer exists.</source>
        <translation>Die Bewerbung %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The reference %1 no longer exists.</source>
        <translation>Die Referenz %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Bewerbung %1</translation>
    </message>
    <message>
        <source>Reference %1</source>
        <translation>Referenz %1</translation>
    </message>
</context>
<context>
    <name>PrivacyCommandLine</name>
    <message>
        <source>The candidate: their id in FILE, or their uuid.</source>
        <translation>Die bewerbende Person: ihre ID in DATEI oder ihre UUID.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>--candidate takes a number or a uuid.</source>
        <translation>--candidate erwartet eine Zahl oder eine UUID.</translation>
    </message>
    <message>
        <source>--today must be a date such as 2026-03-14, not “%1”.</source>
        <translation>--today muss ein Datum wie 2026-03-14 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>The file was compacted, so the removed text is gone from it.</source>
        <translation>Die Datei wurde verdichtet, daher ist der entfernte Text nicht mehr darin enthalten.</translation>
    </message>
</context>
<context>
    <name>PrivacyMenu</name>
    <message>
        <source>Debrief</source>
        <translation>Debrief</translation>
    </message>
    <message>
        <source>Anonymise Now</source>
        <translation>Jetzt anonymisieren</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n candidate(s) now? Their names, contact details, notes, evidence, references, messages and drafts are removed for good; scores, stages and dates stay. This cannot be undone.</source>
        <translation>
            <numerusform>%n bewerbende Person jetzt anonymisieren? Name, Kontaktdaten, Notizen, Belege, Referenzen, Nachrichten und Entwürfe der Person werden endgültig entfernt; Bewertungen, Phasen und Datumsangaben bleiben erhalten. Dies lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>%n Bewerbende jetzt anonymisieren? Namen, Kontaktdaten, Notizen, Belege, Referenzen, Nachrichten und Entwürfe dieser Personen werden endgültig entfernt; Bewertungen, Phasen und Datumsangaben bleiben erhalten. Dies lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Anonymise</source>
        <translation>&amp;Anonymisieren</translation>
    </message>
    <message>
        <source>&amp;Data Protection…</source>
        <translation>Da&amp;tenschutz…</translation>
    </message>
    <message>
        <source>The retention period of this database and who it makes due for anonymisation.</source>
        <translation>Die Aufbewahrungsfrist dieser Datenbank und wer danach zur Anonymisierung ansteht.</translation>
    </message>
    <message>
        <source>E&amp;xport Everything About This Person…</source>
        <translation>Alles über diese Person e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Erase This Person…</source>
        <translation>Diese Person &amp;löschen…</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>PromiseCheck</name>
    <message>
        <source>kept</source>
        <translation>eingehalten</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>verpasst</translation>
    </message>
    <message>
        <source>not yet due</source>
        <translation>noch nicht fällig</translation>
    </message>
</context>
<context>
    <name>RatingMatrix</name>
    <message>
        <source>The score %1 for “%2” lies outside its scale of 1 to %3.</source>
        <translation>Die Bewertung %1 für „%2“ liegt außerhalb ihrer Skala von 1 bis %3.</translation>
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
    <name>RecordArgument</name>
    <message>
        <source>There is no opening with uuid %1 in %2.</source>
        <translation>In %2 gibt es keine Stelle mit der UUID %1.</translation>
    </message>
    <message>
        <source>There is no panelist with uuid %1 in %2.</source>
        <translation>In %2 gibt es keine:n Interviewer:in mit der UUID %1.</translation>
    </message>
    <message>
        <source>There is no application with uuid %1 in %2.</source>
        <translation>Es gibt keine Bewerbung mit der UUID %1 in %2.</translation>
    </message>
    <message>
        <source>There is no interview with uuid %1 in %2.</source>
        <translation>Es gibt kein Interview mit der UUID %1 in %2.</translation>
    </message>
    <message>
        <source>There is no opening %1 in %2.</source>
        <translation>In %2 gibt es keine Stelle mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no panelist %1 in %2.</source>
        <translation>In %2 gibt es keine:n Interviewer:in mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no candidate %1 in %2.</source>
        <translation>In %2 gibt es keine bewerbende Person mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no candidate with uuid %1 in %2.</source>
        <translation>In %2 gibt es keine bewerbende Person mit der UUID %1.</translation>
    </message>
    <message>
        <source>There is no application %1 in %2.</source>
        <translation>Es gibt keine Bewerbung mit der ID %1 in %2.</translation>
    </message>
    <message>
        <source>There is no interview %1 in %2.</source>
        <translation>Es gibt kein Interview mit der ID %1 in %2.</translation>
    </message>
    <message>
        <source>No panelist in %1 has that e-mail address (%2).</source>
        <translation>In %1 hat keine Person im Interviewteam diese E-Mail-Adresse (%2).</translation>
    </message>
    <message>
        <source>%1 takes a panelist&apos;s id, uuid or e-mail.</source>
        <translation>%1 erwartet die ID, UUID oder E-Mail-Adresse einer Person im Interviewteam.</translation>
    </message>
</context>
<context>
    <name>ReferenceComparison</name>
    <message>
        <source>not contacted</source>
        <translation>nicht kontaktiert</translation>
    </message>
    <message>
        <source>Yes, a concern</source>
        <translation>Ja, Bedenken</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Contacted on</source>
        <translation>Kontaktiert am</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Bedenken</translation>
    </message>
</context>
<context>
    <name>ReferencePolicy</name>
    <message>
        <source>This candidate is no longer in the running (%1). Contacting their referees now costs the candidate goodwill with their current employer and contacts and takes the referees&apos; time for nothing.</source>
        <translation>Diese bewerbende Person ist nicht mehr im Rennen (%1). Wenn Sie ihre Referenzpersonen jetzt kontaktieren, kostet das die Person Wohlwollen bei ihrem aktuellen Arbeitgeber und ihren Kontakten und beansprucht die Zeit der Referenzpersonen umsonst.</translation>
    </message>
    <message>
        <source>This candidate is not a finalist yet (stage: %1). References are normally collected from finalists only: contacting referees early costs the candidate goodwill with their current employer and contacts, who learn that they are looking, and takes the referees&apos; and the panel&apos;s time for someone who may not go further.</source>
        <translation>Diese bewerbende Person ist noch nicht in der finalen Runde (Phase: %1). Referenzen werden normalerweise nur bei Personen in der finalen Runde eingeholt: Werden Referenzpersonen zu früh kontaktiert, kostet das die bewerbende Person Wohlwollen bei ihrem aktuellen Arbeitgeber und ihren Kontakten, die so von ihrer Suche erfahren, und beansprucht die Zeit der Referenzpersonen und des Interviewteams für jemanden, der vielleicht nicht weiterkommt.</translation>
    </message>
</context>
<context>
    <name>ReferenceRepository</name>
    <message>
        <source>There is no reference with id %1.</source>
        <translation>Es gibt keine Referenz mit der ID %1.</translation>
    </message>
    <message>
        <source>Reference %1</source>
        <translation>Referenz %1</translation>
    </message>
</context>
<context>
    <name>RejectionDraftRepository</name>
    <message>
        <source>There is no rejection draft with id %1.</source>
        <translation>Es gibt keinen Absageentwurf mit der ID %1.</translation>
    </message>
    <message>
        <source>Rejection draft %1</source>
        <translation>Absageentwurf %1</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Which report: %1.</source>
        <translation>Welcher Bericht: %1.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>The candidate of a packet: their id in FILE, or their uuid.</source>
        <translation>Die bewerbende Person eines Dossiers: ihre ID in DATEI oder ihre UUID.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>a4 or letter (default: from the locale, Letter in the US and Canada).</source>
        <translation>a4 oder letter (Standard: je nach Gebietsschema, Letter in den USA und Kanada).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>Write PDF/A-1b, for archiving.</source>
        <translation>PDF/A-1b zur Archivierung schreiben.</translation>
    </message>
    <message>
        <source>The time the report says it was generated, and the day it judges &quot;overdue&quot; by (default: now); makes the output reproducible.</source>
        <translation>Der Zeitpunkt, der im Bericht als Erstellungszeit steht, und der Stichtag, an dem „überfällig“ gemessen wird (Standard: jetzt); macht die Ausgabe reproduzierbar.</translation>
    </message>
    <message>
        <source>YYYY-MM-DDTHH:MM</source>
        <translation>JJJJ-MM-TTTHH:MM</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>DATEI.pdf</translation>
    </message>
    <message>
        <source>--page-size takes a4 or letter, not &apos;%1&apos;.</source>
        <translation>--page-size erwartet a4 oder letter, nicht „%1“.</translation>
    </message>
    <message>
        <source>--kind takes one of %1, not &apos;%2&apos;.</source>
        <translation>--kind erwartet einen der Werte %1, nicht „%2“.</translation>
    </message>
    <message>
        <source>--kind packet needs --candidate ID.</source>
        <translation>--kind packet benötigt --candidate ID.</translation>
    </message>
    <message>
        <source>--candidate is only for --kind packet.</source>
        <translation>--candidate gilt nur für --kind packet.</translation>
    </message>
    <message>
        <source>--generated-at takes a time such as 2026-11-26T09:00, not &apos;%1&apos;.</source>
        <translation>--generated-at erwartet eine Zeitangabe wie 2026-11-26T09:00, nicht „%1“.</translation>
    </message>
    <message>
        <source>Write a PDF report: comparison, packet, calibration or summary</source>
        <translation>Einen PDF-Bericht schreiben: Vergleich, Dossier, Kalibrierung oder Übersicht</translation>
    </message>
    <message>
        <source>The report command needs the graphical application object.</source>
        <translation>Der Befehl report benötigt das Anwendungsobjekt der grafischen Oberfläche.</translation>
    </message>
    <message>
        <source>--opening takes a number or a uuid.</source>
        <translation>--opening erwartet eine Zahl oder eine UUID.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 geschrieben (%n Seite).</numerusform>
            <numerusform>%1 geschrieben (%n Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: debrief-cli report --db FILE --opening ID --kind comparison|packet|calibration|summary [--candidate ID] [--as PANELIST] [--page-size a4|letter] [--pdfa] [--generated-at TIME] --out FILE.pdf</source>
        <translation>Aufruf: debrief-cli report --db DATEI --opening ID --kind comparison|packet|calibration|summary [--candidate ID] [--as INTERVIEWER:IN] [--page-size a4|letter] [--pdfa] [--generated-at ZEIT] --out DATEI.pdf</translation>
    </message>
    <message>
        <source>--candidate takes a number or a uuid.</source>
        <translation>--candidate erwartet eine Zahl oder eine UUID.</translation>
    </message>
</context>
<context>
    <name>ReportDataLoader</name>
    <message>
        <source>Choose the opening the report is about.</source>
        <translation>Wählen Sie die Stelle, um die es im Bericht geht.</translation>
    </message>
    <message>
        <source>Unknown report kind.</source>
        <translation>Unbekannte Berichtsart.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n finalist(s) with a submitted scorecard; a comparison needs at least 2.</source>
        <translation>
            <numerusform>%1 hat %n Person in der finalen Runde mit abgegebenem Bewertungsbogen; ein Vergleich braucht mindestens 2.</numerusform>
            <numerusform>%1 hat %n Personen in der finalen Runde mit abgegebenem Bewertungsbogen; ein Vergleich braucht mindestens 2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the candidate the packet is about.</source>
        <translation>Wählen Sie die bewerbende Person, um die es im Dossier geht.</translation>
    </message>
    <message>
        <source>Application %1 does not belong to opening %2.</source>
        <translation>Die Bewerbung %1 gehört nicht zur Stelle %2.</translation>
    </message>
    <message>
        <source>“%1” is neither a candidate id nor a uuid.</source>
        <translation>„%1“ ist weder die ID einer bewerbenden Person noch eine UUID.</translation>
    </message>
    <message>
        <source>There is no candidate with uuid %1 in %2.</source>
        <translation>In %2 gibt es keine bewerbende Person mit der UUID %1.</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>ReportFrontMatter</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Scores as seen by</source>
        <translation>Bewertungen aus Sicht von</translation>
    </message>
</context>
<context>
    <name>ReportKinds</name>
    <message>
        <source>Finalist comparison</source>
        <translation>Vergleich der finalen Runde</translation>
    </message>
    <message>
        <source>Candidate packet</source>
        <translation>Bewerbungsdossier</translation>
    </message>
    <message>
        <source>Panel calibration</source>
        <translation>Kalibrierung des Interviewteams</translation>
    </message>
    <message>
        <source>Opening summary</source>
        <translation>Stellenübersicht</translation>
    </message>
    <message>
        <source>The finalists side by side with charts, whether the lead is real, where the panel disagrees, the decision record and a sign-off block.</source>
        <translation>Die Personen in der finalen Runde im direkten Vergleich mit Diagrammen, ob der Vorsprung echt ist, wo sich das Interviewteam uneinig ist, die Entscheidung und ein Unterschriftenblock.</translation>
    </message>
    <message>
        <source>One candidate: details, stage, every submitted scorecard with its evidence, references and the communication log.</source>
        <translation>Eine bewerbende Person: Details, Phase, jeder abgegebene Bewertungsbogen mit seinen Belegen, Referenzen und der Kommunikationsverlauf.</translation>
    </message>
    <message>
        <source>How each panelist scores compared with the rest of the panel, agreement per criterion and halo flags, with a short reading guide.</source>
        <translation>Wie jede:r Interviewer:in im Vergleich zum übrigen Interviewteam bewertet, Übereinstimmung pro Kriterium und Hinweise auf Halo-Effekte, mit einer kurzen Lesehilfe.</translation>
    </message>
    <message>
        <source>The pipeline by stage, time in stage, promised dates kept and missed, and who is still waiting for an answer.</source>
        <translation>Die Bewerbungen nach Phase, Verweildauer in der Phase, eingehaltene und verpasste zugesagte Antworttermine und wer noch auf eine Antwort wartet.</translation>
    </message>
</context>
<context>
    <name>ReportLayout</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>ReportMenu</name>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Select the opening to report on.</source>
        <translation>Wählen Sie die Stelle aus, über die berichtet werden soll.</translation>
    </message>
    <message>
        <source>The database has no opening to report on.</source>
        <translation>Die Datenbank enthält keine Stelle, über die berichtet werden könnte.</translation>
    </message>
    <message>
        <source>E&amp;xport Report…</source>
        <translation>Be&amp;richt exportieren…</translation>
    </message>
</context>
<context>
    <name>ReportPainter</name>
    <message>
        <source>Confidential: contains personal data</source>
        <translation>Vertraulich: enthält personenbezogene Daten</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Generated %1 at %2</source>
        <translation>Erstellt am %1 um %2</translation>
    </message>
</context>
<context>
    <name>ReportPdfWriter</name>
    <message>
        <source>Cannot write the report %1: fonts need a QGuiApplication.</source>
        <translation>Der Bericht %1 kann nicht geschrieben werden: Schriften benötigen eine QGuiApplication.</translation>
    </message>
    <message>
        <source>Cannot write the report %1: charts need a QApplication.</source>
        <translation>Der Bericht %1 kann nicht geschrieben werden: Diagramme benötigen eine QApplication.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF writer did not start.</source>
        <translation>%1 kann nicht geschrieben werden: Die PDF-Erzeugung konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Writing %1 was cancelled; no file was written.</source>
        <translation>Das Schreiben von %1 wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>ReportWrittenOffer</name>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>The report was written to %1.</source>
        <translation>Der Bericht wurde als %1 gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Open Report</source>
        <translation>Bericht ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Put a backup back in place of a database, keeping a copy of what it replaces</source>
        <translation>Eine Sicherungskopie anstelle einer Datenbank zurückspielen und eine Kopie des Ersetzten aufbewahren</translation>
    </message>
    <message>
        <source>Usage: debrief-cli restore --db FILE --from BACKUP</source>
        <translation>Aufruf: debrief-cli restore --db DATEI --from SICHERUNG</translation>
    </message>
    <message>
        <source>The database to replace (created when missing). Close it in Debrief first.</source>
        <translation>Die zu ersetzende Datenbank (wird angelegt, falls sie fehlt). Schließen Sie sie zuerst in Debrief.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The backup to restore: a copy made by backup, File › Back Up… or an automatic copy (FILE.before-….sqlite).</source>
        <translation>Die wiederherzustellende Sicherungskopie: eine Kopie aus backup, Datei › Sicherungskopie erstellen… oder eine automatische Kopie (DATEI.before-….sqlite).</translation>
    </message>
    <message>
        <source>BACKUP</source>
        <translation>SICHERUNG</translation>
    </message>
    <message>
        <source>Restored %1 from %2 (schema %3).</source>
        <translation>%1 aus %2 wiederhergestellt (Schema %3).</translation>
    </message>
    <message>
        <source>What it held before is kept in %1.</source>
        <translation>Der vorherige Inhalt ist in %1 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>RetentionCommand</name>
    <message>
        <source>The retention period, such as 12m, 180d or 2y. Default: the one stored in FILE.</source>
        <translation>Die Aufbewahrungsfrist, etwa 12m, 180d oder 2y. Standard: die in DATEI gespeicherte.</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>FRIST</translation>
    </message>
    <message>
        <source>Store --period as FILE&apos;s retention period, which the window then applies every time it opens FILE.</source>
        <translation>--period als Aufbewahrungsfrist von DATEI speichern; das Fenster wendet sie dann bei jedem Öffnen von DATEI an.</translation>
    </message>
    <message>
        <source>Anonymise the candidates listed. Without it nothing is changed (a dry run).</source>
        <translation>Die aufgeführten Bewerbenden anonymisieren. Ohne diese Option wird nichts geändert (Probelauf).</translation>
    </message>
    <message>
        <source>List names too (a dry run only). Without it the list holds ids and dates, no personal data.</source>
        <translation>Auch Namen auflisten (nur im Probelauf). Ohne diese Option enthält die Liste IDs und Datumsangaben, keine personenbezogenen Daten.</translation>
    </message>
    <message>
        <source>Print the list as CSV for a spreadsheet.</source>
        <translation>Die Liste als CSV für eine Tabellenkalkulation ausgeben.</translation>
    </message>
    <message>
        <source>The day to judge by (default: today).</source>
        <translation>Der Stichtag (Standard: heute).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message numerus="yes">
        <source>#%1  last activity %2  %n application(s)</source>
        <translation>
            <numerusform>#%1  letzte Aktivität %2  %n Bewerbung</numerusform>
            <numerusform>#%1  letzte Aktivität %2  %n Bewerbungen</numerusform>
        </translation>
    </message>
    <message>
        <source>  in the talent pool</source>
        <translation>  im Talentpool</translation>
    </message>
    <message>
        <source>List the candidates the retention period makes due for anonymisation, or anonymise them (--apply)</source>
        <translation>Die Bewerbenden auflisten, die nach der Aufbewahrungsfrist zur Anonymisierung anstehen, oder sie anonymisieren (--apply)</translation>
    </message>
    <message>
        <source>Usage: debrief-cli retention --db FILE [--period PERIOD [--save]] [--apply] [--names] [--csv] [--today YYYY-MM-DD]</source>
        <translation>Aufruf: debrief-cli retention --db DATEI [--period FRIST [--save]] [--apply] [--names] [--csv] [--today JJJJ-MM-TT]</translation>
    </message>
    <message>
        <source>--save stores the --period given; give one.</source>
        <translation>--save speichert die mit --period angegebene Frist; geben Sie eine an.</translation>
    </message>
    <message>
        <source>--names is for a dry run: with --apply only ids are printed, so the output holds nothing of the people anonymised.</source>
        <translation>--names gilt nur für einen Probelauf: Mit --apply werden nur IDs ausgegeben, damit die Ausgabe nichts über die anonymisierten Personen enthält.</translation>
    </message>
    <message>
        <source>Stored the retention period of %1 in %2.</source>
        <translation>Aufbewahrungsfrist (%1) in %2 gespeichert.</translation>
    </message>
    <message>
        <source>%1 has no retention period: give one with --period (and --save to keep it), or set it in File › Data Protection….</source>
        <translation>%1 hat keine Aufbewahrungsfrist: Geben Sie eine mit --period an (und --save, um sie zu speichern) oder legen Sie sie unter Datei › Datenschutz… fest.</translation>
    </message>
    <message>
        <source>Nobody&apos;s last activity was before %1 (retention period %2): nothing to anonymise.</source>
        <translation>Bei niemandem liegt die letzte Aktivität vor dem %1 (Aufbewahrungsfrist: %2): nichts zu anonymisieren.</translation>
    </message>
    <message numerus="yes">
        <source>Anonymised %n candidate(s) whose last activity was before %1 (retention period %2): %3.</source>
        <translation>
            <numerusform>%n bewerbende Person anonymisiert, deren letzte Aktivität vor dem %1 lag (Aufbewahrungsfrist: %2): %3.</numerusform>
            <numerusform>%n Bewerbende anonymisiert, deren letzte Aktivität vor dem %1 lag (Aufbewahrungsfrist: %2): %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) of %1 would be anonymised: rejected or withdrawn, with no activity since before %2 (retention period %3).</source>
        <translation>
            <numerusform>%n bewerbende Person aus %1 würde anonymisiert: abgesagt oder zurückgezogen, letzte Aktivität vor dem %2 (Aufbewahrungsfrist: %3).</numerusform>
            <numerusform>%n Bewerbende aus %1 würden anonymisiert: abgesagt oder zurückgezogen, letzte Aktivität vor dem %2 (Aufbewahrungsfrist: %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed; --apply anonymises them.</source>
        <translation>Es wurde nichts geändert; --apply anonymisiert sie.</translation>
    </message>
</context>
<context>
    <name>RetentionPeriod</name>
    <message>
        <source>“%1” is not a retention period: write a number of days, months or years such as 180d, 12m or 2y.</source>
        <translation>„%1“ ist keine Aufbewahrungsfrist: Schreiben Sie eine Anzahl von Tagen, Monaten oder Jahren wie 180d, 12m oder 2y.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>A retention period is 1 to %1 days, not %2.</source>
        <translation>Eine Aufbewahrungsfrist beträgt 1 bis %1 Tage, nicht %2.</translation>
    </message>
    <message>
        <source>A retention period is 1 to %1 months, not %2.</source>
        <translation>Eine Aufbewahrungsfrist beträgt 1 bis %1 Monate, nicht %2.</translation>
    </message>
</context>
<context>
    <name>RetentionSettings</name>
    <message>
        <source>The retention period stored in %1 cannot be read: %2</source>
        <translation>Die in %1 gespeicherte Aufbewahrungsfrist kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>RowVersions</name>
    <message>
        <source>%1 in %2 was saved by someone else (or in another window) after you opened it. Nothing was overwritten: compare their version with yours and choose which to keep.</source>
        <translation>%1 in %2 wurde nach dem Öffnen von jemand anderem (oder in einem anderen Fenster) gespeichert. Es wurde nichts überschrieben: Vergleichen Sie die andere Version mit Ihrer und wählen Sie, welche Sie behalten.</translation>
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
        <translation>mindestens ein Kriterium braucht eine Gewichtung über 0, sonst lässt sich kein Gesamtwert berechnen</translation>
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
    <message>
        <source>the weight must be at most %1, found %2</source>
        <translation>die Gewichtung darf höchstens %1 sein, gefunden: %2</translation>
    </message>
    <message>
        <source>%1 is too large; the largest allowed is %2</source>
        <translation>%1 ist zu groß; höchstens erlaubt ist %2</translation>
    </message>
</context>
<context>
    <name>RubricMenu</name>
    <message>
        <source>Edit Rubric</source>
        <translation>Bewertungsraster bearbeiten</translation>
    </message>
    <message>
        <source>Edit &amp;Rubric…</source>
        <translation>Bewertungs&amp;raster bearbeiten…</translation>
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
    <name>RubricSourceLoader</name>
    <message>
        <source>“%1” has no rubric to copy yet: choose a template instead.</source>
        <translation>„%1“ hat noch kein Bewertungsraster zum Kopieren: Wählen Sie stattdessen eine Vorlage.</translation>
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
    <message>
        <source>The weight of “%1” is %2: it can be at most %3.</source>
        <translation>Die Gewichtung von „%1“ ist %2: Sie darf höchstens %3 betragen.</translation>
    </message>
</context>
<context>
    <name>ScheduleCommand</name>
    <message>
        <source>Schedule a new interview for this application: its id in FILE, or its uuid.</source>
        <translation>Ein neues Interview für diese Bewerbung planen: ihre ID in DATEI oder ihre UUID.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Change this interview (or write its invitation): its id in FILE, or its uuid.</source>
        <translation>Dieses Interview ändern (oder seine Einladung schreiben): seine ID in DATEI oder seine UUID.</translation>
    </message>
    <message>
        <source>The round: its id, uuid or name (default: the first round the candidate has not had yet).</source>
        <translation>Die Runde: ihre ID, UUID oder ihr Name (Standard: die erste Runde, die die bewerbende Person noch nicht durchlaufen hat).</translation>
    </message>
    <message>
        <source>ROUND</source>
        <translation>RUNDE</translation>
    </message>
    <message>
        <source>When it starts, on the clocks of --tz: &quot;YYYY-MM-DD HH:MM&quot;.</source>
        <translation>Wann es beginnt, in der Zeitzone von --tz: „JJJJ-MM-TT HH:MM“.</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>The time zone of --at and of the output, an IANA name such as Europe/Berlin (default: this computer&apos;s).</source>
        <translation>Die Zeitzone für --at und für die Ausgabe, ein IANA-Name wie Europe/Berlin (Standard: die dieses Computers).</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>ZONE</translation>
    </message>
    <message>
        <source>How long it lasts, in minutes (default: the round&apos;s).</source>
        <translation>Wie lange es dauert, in Minuten (Standard: die Dauer der Runde).</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTEN</translation>
    </message>
    <message>
        <source>Where: a room, an address or a phone number.</source>
        <translation>Ort: ein Raum, eine Adresse oder eine Telefonnummer.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The video call&apos;s web address.</source>
        <translation>Die Webadresse des Videoanrufs.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>A panelist on the interview (id or uuid); repeat it, or separate with commas (default: the round&apos;s panel).</source>
        <translation>Eine Person im Interviewteam des Interviews (ID oder UUID); mehrfach angeben oder durch Kommas trennen (Standard: das Interviewteam der Runde).</translation>
    </message>
    <message>
        <source>Cancel the interview given by --interview (needs --reason).</source>
        <translation>Das mit --interview angegebene Interview absagen (erfordert --reason).</translation>
    </message>
    <message>
        <source>Why the interview is cancelled.</source>
        <translation>Warum das Interview abgesagt wird.</translation>
    </message>
    <message>
        <source>Also write the interview&apos;s calendar invitation to this file (readable by you only).</source>
        <translation>Außerdem die Kalendereinladung des Interviews in diese Datei schreiben (nur für Sie lesbar).</translation>
    </message>
    <message>
        <source>FILE.ics</source>
        <translation>DATEI.ics</translation>
    </message>
    <message>
        <source>--round: the opening has no round “%1” (its rounds: %2).</source>
        <translation>--round: Die Stelle hat keine Runde „%1“ (ihre Runden: %2).</translation>
    </message>
    <message>
        <source>--duration takes a number of minutes.</source>
        <translation>--duration erwartet eine Anzahl von Minuten.</translation>
    </message>
    <message>
        <source>--panelist takes numbers or uuids.</source>
        <translation>--panelist erwartet Zahlen oder UUIDs.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 interview %2 (%3): %4, %5, %n minute(s)</source>
        <translation>
            <numerusform>Interview %2 (%3) %1: %4, %5, %n Minute</numerusform>
            <numerusform>Interview %2 (%3) %1: %4, %5, %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n panelist(s).</source>
        <translation>
            <numerusform>%n Interviewer:in.</numerusform>
            <numerusform>%n Interviewer:innen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the invitation (%1, sequence %2) to %3</source>
        <translation>Einladung (%1, Sequenz %2) nach %3 geschrieben</translation>
    </message>
    <message>
        <source>--at: say when the interview starts, for example --at &quot;2026-03-02 09:30&quot;.</source>
        <translation>--at: Geben Sie an, wann das Interview beginnt, zum Beispiel --at &quot;2026-03-02 09:30&quot;.</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Schedule, move or cancel an interview, or write its calendar invitation (.ics)</source>
        <translation>Ein Interview planen, verschieben oder absagen oder seine Kalendereinladung (.ics) schreiben</translation>
    </message>
    <message>
        <source>Usage: debrief-cli schedule --db FILE --application ID --at &quot;YYYY-MM-DD HH:MM&quot; [--tz ZONE] [--round ROUND] [--duration MINUTES] [--location TEXT] [--video-link URL] [--panelist ID]... [--ics FILE.ics]
       debrief-cli schedule --db FILE --interview ID [--at TIME] [--tz ZONE] [--round ROUND] [--duration MINUTES] [--location TEXT] [--video-link URL] [--panelist ID]... [--ics FILE.ics]
       debrief-cli schedule --db FILE --interview ID --cancel --reason TEXT [--ics FILE.ics]
       debrief-cli schedule --db FILE --interview ID --ics FILE.ics</source>
        <translation>Aufruf: debrief-cli schedule --db DATEI --application ID --at &quot;JJJJ-MM-TT HH:MM&quot; [--tz ZONE] [--round RUNDE] [--duration MINUTEN] [--location TEXT] [--video-link URL] [--panelist ID]... [--ics DATEI.ics]
        debrief-cli schedule --db DATEI --interview ID [--at ZEIT] [--tz ZONE] [--round RUNDE] [--duration MINUTEN] [--location TEXT] [--video-link URL] [--panelist ID]... [--ics DATEI.ics]
        debrief-cli schedule --db DATEI --interview ID --cancel --reason TEXT [--ics DATEI.ics]
        debrief-cli schedule --db DATEI --interview ID --ics DATEI.ics</translation>
    </message>
    <message>
        <source>Give --application to schedule a new interview, or --interview to change one or write its invitation.</source>
        <translation>Geben Sie --application an, um ein neues Interview zu planen, oder --interview, um eines zu ändern oder seine Einladung zu schreiben.</translation>
    </message>
    <message>
        <source>--cancel takes an --interview, a --reason and perhaps --ics, nothing else.</source>
        <translation>--cancel erwartet --interview, --reason und gegebenenfalls --ics, sonst nichts.</translation>
    </message>
    <message>
        <source>--reason goes with --cancel.</source>
        <translation>--reason gehört zu --cancel.</translation>
    </message>
    <message>
        <source>Say what to change (--at, --round, …), --cancel it, or --ics FILE to write its invitation.</source>
        <translation>Geben Sie an, was geändert werden soll (--at, --round, …), sagen Sie es mit --cancel ab oder schreiben Sie mit --ics DATEI seine Einladung.</translation>
    </message>
    <message>
        <source>--tz: unknown time zone “%1”; give an IANA name such as Europe/Berlin.</source>
        <translation>--tz: unbekannte Zeitzone „%1“; geben Sie einen IANA-Namen wie Europe/Berlin an.</translation>
    </message>
    <message>
        <source>--application takes a number or a uuid.</source>
        <translation>--application erwartet eine Zahl oder eine UUID.</translation>
    </message>
    <message>
        <source>--interview takes a number or a uuid.</source>
        <translation>--interview erwartet eine Zahl oder eine UUID.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an option, then what is wrong with it</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SchedulingMenu</name>
    <message>
        <source>Debrief</source>
        <translation>Debrief</translation>
    </message>
    <message>
        <source>%1 with %2 on %3</source>
        <translation>das Interview „%1“ mit %2 am %3</translation>
    </message>
    <message>
        <source>Save Invitation</source>
        <translation>Einladung speichern</translation>
    </message>
    <message>
        <source>Calendar invitations (*.ics)</source>
        <translation>Kalendereinladungen (*.ics)</translation>
    </message>
    <message>
        <source>Saved the invitation to %1 (readable by you only).</source>
        <translation>Die Einladung wurde als %1 gespeichert (nur für Sie lesbar).</translation>
    </message>
    <message>
        <source>Sc&amp;hedule Interview…</source>
        <translation>Interview &amp;planen…</translation>
    </message>
    <message>
        <source>Schedule an interview for the candidate on display.</source>
        <translation>Ein Interview für die angezeigte bewerbende Person planen.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>No candidate in process in an opening with interview rounds.</source>
        <translation>Keine bewerbende Person ist bei einer Stelle mit Interviewrunden noch im Verfahren.</translation>
    </message>
</context>
<context>
    <name>ScoreReveal</name>
    <message>
        <source>Only the panel lead of “%1” can reveal scores to the panel.</source>
        <translation>Nur die Leitung des Interviewteams von „%1“ kann die Bewertungen für das Interviewteam freigeben.</translation>
    </message>
    <message>
        <source>The panel lead revealed all submitted scorecards to the panel.</source>
        <translation>Die Leitung des Interviewteams hat alle abgegebenen Bewertungsbögen für das Interviewteam freigegeben.</translation>
    </message>
</context>
<context>
    <name>ScoreViewer</name>
    <message>
        <source>nobody on the panel, since no one was named and the opening has no panel lead</source>
        <translation>niemand aus dem Interviewteam (es wurde niemand angegeben, und die Stelle hat keine Leitung des Interviewteams)</translation>
    </message>
    <message>
        <source>nobody on the panel</source>
        <translation>niemand aus dem Interviewteam</translation>
    </message>
    <message>
        <source>%1, the panel lead, since no one was named</source>
        <translation>%1 (Leitung des Interviewteams, da niemand angegeben wurde)</translation>
    </message>
    <message>
        <source>Blind scoring: the scores as seen by %1.</source>
        <translation>Verdeckte Bewertung: die Bewertungen so, wie %1 sie sieht.</translation>
    </message>
</context>
<context>
    <name>ScorecardComparison</name>
    <message>
        <source>not assessed</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1: score</source>
        <translation>%1: Bewertung</translation>
    </message>
    <message>
        <source>%1: evidence</source>
        <translation>%1: Belege</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Key takeaways</source>
        <translation>Wichtigste Erkenntnisse</translation>
    </message>
</context>
<context>
    <name>ScorecardPackageExporter</name>
    <message>
        <source>Scorecard %1 rates criterion #%2, which is not part of its rubric.</source>
        <translation>Bewertungsbogen %1 bewertet Kriterium #%2, das nicht zu seinem Bewertungsraster gehört.</translation>
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
    <message>
        <source>this file was written by a newer Debrief (format version %1); this version reads up to %2</source>
        <translation>diese Datei wurde mit einer neueren Version von Debrief geschrieben (Formatversion %1); diese Version liest bis %2</translation>
    </message>
    <message>
        <source>interview %1 on %2 (uuid %3)</source>
        <translation>Interview %1 am %2 (UUID %3)</translation>
    </message>
</context>
<context>
    <name>ScorecardRepository</name>
    <message>
        <source>There is no scorecard with id %1.</source>
        <translation>Es gibt keinen Bewertungsbogen mit der ID %1.</translation>
    </message>
    <message>
        <source>Scorecard %1 in %2 has been submitted and is locked: it can only be changed by an amendment with a reason, which the audit log keeps.</source>
        <translation>Der Bewertungsbogen %1 in %2 wurde abgegeben und ist gesperrt: Er kann nur noch nachträglich mit Begründung geändert werden; das Änderungsprotokoll hält dies fest.</translation>
    </message>
    <message>
        <source>Scorecard %1</source>
        <translation>Bewertungsbogen %1</translation>
    </message>
</context>
<context>
    <name>ScorecardSheet</name>
    <message>
        <source>The opening has no rubric yet; set one up before scoring.</source>
        <translation>Die Stelle hat noch kein Bewertungsraster; legen Sie eines an, bevor Sie bewerten.</translation>
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
    <message>
        <source>This scorecard has been submitted; it can only be changed by an amendment with a reason.</source>
        <translation>Dieser Bewertungsbogen wurde abgegeben; er kann nur noch nachträglich mit Begründung geändert werden.</translation>
    </message>
    <message>
        <source>Interview %1 was cancelled: nobody owes a scorecard for it.</source>
        <translation>Interview %1 wurde abgesagt: Niemand muss dafür einen Bewertungsbogen abgeben.</translation>
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
    <name>SendAnywayQuestion</name>
    <message>
        <source>Send Anyway?</source>
        <translation>Trotzdem senden?</translation>
    </message>
    <message numerus="yes">
        <source>The tone check still has %n finding(s) in this message:</source>
        <translation>
            <numerusform>Die Tonprüfung hat in dieser Nachricht noch %n Hinweis:</numerusform>
            <numerusform>Die Tonprüfung hat in dieser Nachricht noch %n Hinweise:</numerusform>
        </translation>
    </message>
    <message>
        <source>Send it anyway? If you do, the message is logged with these findings.</source>
        <translation>Trotzdem senden? Dann wird die Nachricht mit diesen Hinweisen im Kommunikationsverlauf vermerkt.</translation>
    </message>
    <message>
        <source>Send Anyway</source>
        <translation>Trotzdem senden</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>• %1: “%2”</source>
        <comment>a tone finding&apos;s category, then the flagged words</comment>
        <translation>• %1: „%2“</translation>
    </message>
</context>
<context>
    <name>ServerAddPanelistCommand</name>
    <message>
        <source>Give a panelist a login on a panel server (optionally as an opening&apos;s lead) and print its one-time password</source>
        <translation>Einer Person im Interviewteam ein Login auf einem Interviewteam-Server einrichten (wahlweise als Leitung einer Stelle) und das Einmalpasswort ausgeben</translation>
    </message>
    <message>
        <source>Usage: debrief-cli server-add-panelist --db postgresql://ADMIN@HOST/DATABASE --panelist PANELIST [--login NAME] [--lead-of OPENING]</source>
        <translation>Aufruf: debrief-cli server-add-panelist --db postgresql://ADMIN@HOST/DATENBANK --panelist INTERVIEWER:IN [--login NAME] [--lead-of STELLE]</translation>
    </message>
    <message>
        <source>The panelist: their id, uuid or e-mail address.</source>
        <translation>Die Person im Interviewteam: ihre ID, UUID oder E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>PANELIST</source>
        <translation>INTERVIEWER:IN</translation>
    </message>
    <message>
        <source>The login role&apos;s name: a-z, 0-9 and _. Default: the e-mail address&apos;s local part.</source>
        <translation>Der Name der Login-Rolle: a-z, 0-9 und _. Standard: der Teil der E-Mail-Adresse vor dem @.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Make the panelist the lead of this opening (id or uuid); they must sit on its panel.</source>
        <translation>Die Person zur Leitung des Interviewteams dieser Stelle machen (ID oder UUID); sie muss dem Interviewteam angehören.</translation>
    </message>
    <message>
        <source>OPENING</source>
        <translation>STELLE</translation>
    </message>
    <message>
        <source>--lead-of takes an opening&apos;s id or uuid.</source>
        <translation>--lead-of erwartet die ID oder UUID einer Stelle.</translation>
    </message>
    <message>
        <source>Panelist %1 has no e-mail address to name a login after: give one with --login.</source>
        <translation>Interviewer:in %1 hat keine E-Mail-Adresse, nach der das Login benannt werden könnte: Geben Sie mit --login einen Namen an.</translation>
    </message>
    <message>
        <source>Login %1 of panelist %2 has a new password.</source>
        <translation>Das Login %1 von Interviewer:in %2 hat ein neues Passwort.</translation>
    </message>
    <message>
        <source>Panelist %2 logs in to the server as %1.</source>
        <translation>Interviewer:in %2 meldet sich am Server als %1 an.</translation>
    </message>
    <message>
        <source>They lead opening %1.</source>
        <translation>Die Person leitet das Interviewteam der Stelle %1.</translation>
    </message>
    <message>
        <source>One-time password (shown only now): %1</source>
        <translation>Einmalpasswort (wird nur jetzt angezeigt): %1</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>%1 is not a server address Debrief can use: %2. Write it as postgresql://user@host:port/database?sslmode=verify-full.</source>
        <translation>%1 ist keine Serveradresse, die Debrief verwenden kann: %2. Schreiben Sie sie als postgresql://benutzer@host:port/datenbank?sslmode=verify-full.</translation>
    </message>
    <message>
        <source>it does not start with postgresql://</source>
        <translation>sie beginnt nicht mit postgresql://</translation>
    </message>
    <message>
        <source>it names no host</source>
        <translation>sie nennt keinen Host</translation>
    </message>
    <message>
        <source>port 0 is not a port</source>
        <translation>Port 0 ist kein Port</translation>
    </message>
    <message>
        <source>it names no user (user@host)</source>
        <translation>sie nennt keinen Benutzer (benutzer@host)</translation>
    </message>
    <message>
        <source>it names no database (…/database after the host)</source>
        <translation>sie nennt keine Datenbank (…/datenbank nach dem Host)</translation>
    </message>
    <message>
        <source>sslmode must be one of %1, not “%2”</source>
        <translation>sslmode muss eines von %1 sein, nicht „%2“</translation>
    </message>
    <message>
        <source>Debrief does not know the option “%1”</source>
        <translation>Debrief kennt die Option „%1“ nicht</translation>
    </message>
</context>
<context>
    <name>ServerCommandLine</name>
    <message>
        <source>Logins, roles and row-level security exist only on a panel server: give --db as postgresql://ADMIN@HOST:PORT/DATABASE.</source>
        <translation>Logins, Rollen und Row-Level Security gibt es nur auf einem Interviewteam-Server: Geben Sie --db als postgresql://ADMIN@HOST:PORT/DATENBANK an.</translation>
    </message>
</context>
<context>
    <name>ServerErrors</name>
    <message>
        <source>Cannot reach the Debrief server at %1: nothing answers there (%2). Check the host name and the port, that the server is running, and that your network or VPN is up.</source>
        <translation>Der Debrief-Server unter %1 ist nicht erreichbar: Dort antwortet nichts (%2). Prüfen Sie Hostname und Port, ob der Server läuft und ob Ihr Netzwerk oder VPN verbunden ist.</translation>
    </message>
    <message>
        <source>The server at %1 refused the login of “%2”: the password is wrong, or the server has no user of that name. Check both, or ask whoever runs the server.</source>
        <translation>Der Server unter %1 hat die Anmeldung von „%2“ abgelehnt: Das Passwort ist falsch, oder der Server kennt kein Benutzerkonto dieses Namens. Prüfen Sie beides oder fragen Sie, wer den Server betreut.</translation>
    </message>
    <message>
        <source>The server may not offer TLS at all; ask whoever runs it.</source>
        <translation>Möglicherweise hat der Server TLS gar nicht im Angebot; fragen Sie, wer ihn betreut.</translation>
    </message>
    <message>
        <source>Check that the CA file is the one that signed the server&apos;s certificate.</source>
        <translation>Prüfen Sie, ob die CA-Datei zu der Zertifizierungsstelle gehört, die das Serverzertifikat signiert hat.</translation>
    </message>
    <message>
        <source>Check that the CA file is the one that signed the server&apos;s certificate and that the certificate is made out to the host “%1”.</source>
        <translation>Prüfen Sie, ob die CA-Datei zu der Zertifizierungsstelle gehört, die das Serverzertifikat signiert hat, und ob das Zertifikat auf den Host „%1“ ausgestellt ist.</translation>
    </message>
    <message>
        <source>The secure connection (TLS mode %1) to %2 failed: %3. %4</source>
        <translation>Die sichere Verbindung (TLS-Modus %1) zu %2 ist fehlgeschlagen: %3. %4</translation>
    </message>
    <message>
        <source>The server at %1 has no database “%2”. Check the name, or ask whoever runs the server which database the panel uses.</source>
        <translation>Der Server unter %1 hat keine Datenbank „%2“. Prüfen Sie den Namen oder fragen Sie, wer den Server betreut, welche Datenbank das Interviewteam verwendet.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>The connection to the server %1 was lost: the server restarted, the network dropped, or an administrator ended the session.</source>
        <translation>Die Verbindung zum Server %1 ist abgebrochen: Der Server wurde neu gestartet, das Netzwerk ist ausgefallen, oder die Administration hat die Sitzung beendet.</translation>
    </message>
    <message>
        <source>The database on %1 was set up by a newer version of Debrief (schema %2; this version knows up to %3). Update Debrief to connect to it; nothing on the server was changed.</source>
        <translation>Die Datenbank auf %1 wurde mit einer neueren Version von Debrief eingerichtet (Schema %2; diese Version kennt Schemas bis %3). Aktualisieren Sie Debrief, um sich damit zu verbinden; auf dem Server wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The database on %1 is not set up for Debrief yet, and your login may not set it up. Ask your administrator to run `debrief-cli server-init --db postgresql://ADMIN@HOST/DATABASE` on it; nothing on the server was changed.</source>
        <translation>Die Datenbank auf %1 ist noch nicht für Debrief eingerichtet, und Ihr Login darf sie nicht einrichten. Bitten Sie die Administration des Servers, darauf `debrief-cli server-init --db postgresql://ADMIN@HOST/DATENBANK` auszuführen; auf dem Server wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This server&apos;s database (%1) is at schema version %2; this version of Debrief needs %3, and your login may not upgrade it. Ask your administrator to run `debrief-cli server-init --db postgresql://ADMIN@HOST/DATABASE` with this version of Debrief: it upgrades the database and sets up its roles and policies again. Nothing on the server was changed.</source>
        <translation>Die Datenbank dieses Servers (%1) hat die Schemaversion %2; diese Version von Debrief benötigt %3, und Ihr Login darf die Datenbank nicht aktualisieren. Bitten Sie die Administration des Servers, `debrief-cli server-init --db postgresql://ADMIN@HOST/DATENBANK` mit dieser Version von Debrief auszuführen: Der Befehl aktualisiert die Datenbank und richtet ihre Rollen und Richtlinien neu ein. Auf dem Server wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The server %1 refused this change: your login has no right to make it. On a panel server the schedule, the decision, revealing scores and the panel are the panel lead&apos;s, and nobody changes another panelist&apos;s scorecard or the audit trail. Nothing was changed.</source>
        <translation>Der Server %1 hat diese Änderung abgelehnt: Ihr Login ist dazu nicht berechtigt. Auf einem Interviewteam-Server darf nur die Leitung des Interviewteams Interviews planen, die Entscheidung festhalten, Bewertungen freigeben und das Interviewteam zusammenstellen, und niemand ändert den Bewertungsbogen einer anderen Person im Interviewteam oder das Änderungsprotokoll. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ServerInit</name>
    <message>
        <source>%1 is a file: only a PostgreSQL server has login roles and row-level security.</source>
        <translation>%1 ist eine Datei: Nur ein PostgreSQL-Server hat Login-Rollen und Row-Level Security.</translation>
    </message>
    <message>
        <source>The role %1 already exists on %2 and can log in, so it cannot be one of Debrief&apos;s group roles. Rename or drop it, then run server-init again.</source>
        <translation>Die Rolle %1 gibt es auf %2 bereits, und sie kann sich anmelden; daher kann sie keine der Gruppenrollen von Debrief sein. Benennen Sie sie um oder löschen Sie sie und führen Sie dann server-init erneut aus.</translation>
    </message>
</context>
<context>
    <name>ServerInitCommand</name>
    <message>
        <source>Set up a PostgreSQL database as a shared panel server: schema, roles and row-level security (may run again)</source>
        <translation>Eine PostgreSQL-Datenbank als gemeinsamen Interviewteam-Server einrichten: Schema, Rollen und Row-Level Security (wiederholbar)</translation>
    </message>
    <message>
        <source>Usage: debrief-cli server-init --db postgresql://ADMIN@HOST:PORT/DATABASE</source>
        <translation>Aufruf: debrief-cli server-init --db postgresql://ADMIN@HOST:PORT/DATENBANK</translation>
    </message>
    <message>
        <source>%1 is set up as a panel server: schema %2, the roles %3, %4 and %5, and row-level security. Add panelists with debrief-cli server-add-panelist.</source>
        <translation>%1 ist als Interviewteam-Server eingerichtet: Schema %2, die Rollen %3, %4 und %5 sowie Row-Level Security. Fügen Sie Interviewer:innen mit debrief-cli server-add-panelist hinzu.</translation>
    </message>
</context>
<context>
    <name>ServerPermissions</name>
    <message>
        <source>Only the opening&apos;s panel lead (or the server&apos;s administrator) can schedule, move or cancel interviews on this server. Nothing was changed.</source>
        <translation>Nur die Leitung des Interviewteams der Stelle (oder die Administration des Servers) kann auf diesem Server Interviews planen, verschieben oder absagen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Only the opening&apos;s panel lead (or the server&apos;s administrator) can record or change the decision on this server. Nothing was changed.</source>
        <translation>Nur die Leitung des Interviewteams der Stelle (oder die Administration des Servers) kann auf diesem Server die Entscheidung festhalten oder ändern. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Only the opening&apos;s panel lead (or the server&apos;s administrator) can change its set-up and who sits on its panel on this server. Nothing was changed.</source>
        <translation>Nur die Leitung des Interviewteams der Stelle (oder die Administration des Servers) kann auf diesem Server die Einrichtung der Stelle und die Besetzung ihres Interviewteams ändern. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ServerStartup</name>
    <message>
        <source>Debrief</source>
        <translation>Debrief</translation>
    </message>
    <message>
        <source>Debrief cannot start on the panel&apos;s server, and it does not work offline. Open a local database file instead, or connect to the server again once it can be reached.</source>
        <translation>Debrief kann nicht mit dem Server des Interviewteams starten und funktioniert nicht offline. Öffnen Sie stattdessen eine lokale Datenbankdatei oder verbinden Sie sich erneut mit dem Server, sobald er erreichbar ist.</translation>
    </message>
    <message>
        <source>Open a &amp;Local File…</source>
        <translation>&amp;Lokale Datei öffnen…</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>Mit &amp;Server verbinden…</translation>
    </message>
</context>
<context>
    <name>ServerTransferCommand</name>
    <message>
        <source>Copy a database file to an empty panel server, keeping every id</source>
        <translation>Eine Datenbankdatei auf einen leeren Interviewteam-Server kopieren, mit allen IDs</translation>
    </message>
    <message>
        <source>Copy a panel server&apos;s database into a new file, keeping every id</source>
        <translation>Die Datenbank eines Interviewteam-Servers in eine neue Datei kopieren, mit allen IDs</translation>
    </message>
    <message>
        <source>Usage: debrief-cli server-push --db FILE --to URI</source>
        <translation>Aufruf: debrief-cli server-push --db DATEI --to URI</translation>
    </message>
    <message>
        <source>Usage: debrief-cli server-pull --db URI --to FILE</source>
        <translation>Aufruf: debrief-cli server-pull --db URI --to DATEI</translation>
    </message>
    <message>
        <source>The database file to copy. It is only read, never changed.</source>
        <translation>Die zu kopierende Datenbankdatei. Sie wird nur gelesen, nie verändert.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The server database to copy, as postgresql://user@host:port/database. It is only read.</source>
        <translation>Die zu kopierende Serverdatenbank als postgresql://benutzer@host:port/datenbank. Sie wird nur gelesen.</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>The server database to copy into, as postgresql://user@host:port/database. It must exist and hold no Debrief data; its tables are created when missing.</source>
        <translation>Die Serverdatenbank, in die kopiert wird, als postgresql://benutzer@host:port/datenbank. Sie muss existieren und darf keine Debrief-Daten enthalten; fehlende Tabellen werden angelegt.</translation>
    </message>
    <message>
        <source>The new database file, readable by you only. An existing file that is not empty is refused.</source>
        <translation>Die neue Datenbankdatei, nur für Sie lesbar. Eine vorhandene Datei, die nicht leer ist, wird abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n opening(s) (%1 rows, every id and uuid kept) from %2 to %3.</source>
        <translation>
            <numerusform>%n Stelle (%1 Datensätze, alle IDs und UUIDs erhalten) von %2 nach %3 kopiert.</numerusform>
            <numerusform>%n Stellen (%1 Datensätze, alle IDs und UUIDs erhalten) von %2 nach %3 kopiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionPanelist</name>
    <message>
        <source>%1 is a file: who is scoring is chosen there, not given by a login.</source>
        <translation>%1 ist eine Datei: Wer bewertet, wird dort ausgewählt und nicht durch ein Login festgelegt.</translation>
    </message>
    <message>
        <source>Cannot read the login of the connection to %1.</source>
        <translation>Das Login der Verbindung zu %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is not set up as a panel server yet: its administrator runs debrief-cli server-init on it first.</source>
        <translation>%1 ist noch nicht als Interviewteam-Server eingerichtet: Wer ihn betreut, führt zuerst debrief-cli server-init darauf aus.</translation>
    </message>
    <message>
        <source>The login %1 on %2 is not linked to any panelist. The server&apos;s administrator links it with debrief-cli server-add-panelist.</source>
        <translation>Das Login %1 auf %2 ist mit keiner Person im Interviewteam verknüpft. Wer den Server betreut, verknüpft es mit debrief-cli server-add-panelist.</translation>
    </message>
</context>
<context>
    <name>SetRetentionPeriodCommand</name>
    <message>
        <source>Set retention period to %1</source>
        <translation>Aufbewahrungsfrist auf %1 setzen</translation>
    </message>
    <message>
        <source>Remove retention period</source>
        <translation>Aufbewahrungsfrist entfernen</translation>
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
    <name>TableCopy</name>
    <message>
        <source>The table &quot;%1&quot; in %2 has a column &quot;%3&quot; that this version of Debrief cannot copy; nothing was copied.</source>
        <translation>Die Tabelle „%1“ in %2 hat eine Spalte „%3“, die diese Version von Debrief nicht kopieren kann; es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; in %2 lacks the column &quot;%3&quot;; nothing was copied.</source>
        <translation>Der Tabelle „%1“ in %2 fehlt die Spalte „%3“; es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>%1 refused a row of the table &quot;%2&quot; (one of those from key %3 on), so nothing was copied: %4</source>
        <translation>%1 hat einen Datensatz der Tabelle „%2“ abgelehnt (einen ab Schlüssel %3), daher wurde nichts kopiert: %4</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was copied.</source>
        <translation>Das Kopieren wurde abgebrochen; es wurde nichts kopiert.</translation>
    </message>
</context>
<context>
    <name>TableLayout</name>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
</context>
<context>
    <name>TalentPoolMatcher</name>
    <message>
        <source>Rated strong on “%1” (%2 of %3), which this opening assesses.</source>
        <translation>Bei „%1“ stark bewertet (%2 von %3); diese Stelle bewertet dieses Kriterium ebenfalls.</translation>
    </message>
    <message>
        <source>Came from “%1”, a similar role (%2).</source>
        <translation>Stammt aus „%1“, einer ähnlichen Stelle (%2).</translation>
    </message>
    <message>
        <source>Applied to the same team, %1.</source>
        <translation>Hat sich beim selben Team beworben: %1.</translation>
    </message>
</context>
<context>
    <name>TalentPoolMenu</name>
    <message>
        <source>Talent Pool</source>
        <translation>Talentpool</translation>
    </message>
    <message>
        <source>&amp;Talent Pool</source>
        <translation>Talent&amp;pool</translation>
    </message>
    <message>
        <source>Everyone the panel would happily hire for another role.</source>
        <translation>Alle, die das Interviewteam gern für eine andere Stelle einstellen würde.</translation>
    </message>
</context>
<context>
    <name>TemplateFields</name>
    <message>
        <source>How the candidate likes to be addressed: the preferred name, else the first word of the full name.</source>
        <translation>Wie die bewerbende Person angesprochen werden möchte: der Rufname, sonst das erste Wort des vollständigen Namens.</translation>
    </message>
    <message>
        <source>The candidate&apos;s full name.</source>
        <translation>Der vollständige Name der bewerbenden Person.</translation>
    </message>
    <message>
        <source>The opening&apos;s job title.</source>
        <translation>Die Stellenbezeichnung.</translation>
    </message>
    <message>
        <source>The team the opening is in (may be empty).</source>
        <translation>Das Team, zu dem die Stelle gehört (kann leer sein).</translation>
    </message>
    <message>
        <source>The furthest stage the candidate reached, in the template&apos;s language.</source>
        <translation>Die weiteste Phase, die die bewerbende Person erreicht hat, in der Sprache der Vorlage.</translation>
    </message>
    <message>
        <source>Who signs the message: the hiring manager for a finalist, else the panel lead.</source>
        <translation>Wer die Nachricht unterschreibt: bei Personen in der finalen Runde die einstellende Führungskraft, sonst die Leitung des Interviewteams.</translation>
    </message>
    <message>
        <source>The sender&apos;s role (may be empty).</source>
        <translation>Die Funktion der absendenden Person (kann leer sein).</translation>
    </message>
    <message>
        <source>Today&apos;s date, written for the template&apos;s language.</source>
        <translation>Das heutige Datum, geschrieben in der Sprache der Vorlage.</translation>
    </message>
    <message>
        <source>The date the candidate applied (may be empty).</source>
        <translation>Das Datum, an dem sich die Person beworben hat (kann leer sein).</translation>
    </message>
    <message>
        <source>The date of the candidate&apos;s last interview (may be empty).</source>
        <translation>Das Datum des letzten Interviews der bewerbenden Person (kann leer sein).</translation>
    </message>
    <message>
        <source>A paragraph naming the candidate&apos;s strongest criteria from the submitted scorecards, as the sender accepted or edited it.</source>
        <translation>Ein Absatz mit den stärksten Kriterien der bewerbenden Person aus den abgegebenen Bewertungsbögen, so wie die absendende Person ihn übernommen oder bearbeitet hat.</translation>
    </message>
    <message>
        <source>The criteria that decided between the finalists; filled only when the decision record allows sharing them.</source>
        <translation>Die Kriterien, die zwischen den Personen in der finalen Runde entschieden haben; nur gefüllt, wenn die Entscheidung erlaubt, sie mitzuteilen.</translation>
    </message>
    <message>
        <source>The panel marked the candidate for the talent pool: only then may the message mention future openings.</source>
        <translation>Das Interviewteam hat die bewerbende Person für den Talentpool vorgemerkt: Nur dann darf die Nachricht künftige Stellen erwähnen.</translation>
    </message>
    <message>
        <source>The decision record allows telling this finalist what decided it.</source>
        <translation>Die Entscheidung erlaubt es, dieser Person in der finalen Runde mitzuteilen, was den Ausschlag gegeben hat.</translation>
    </message>
    <message>
        <source>The sender offers a call to talk about the decision.</source>
        <translation>Die absendende Person bietet ein Gespräch über die Entscheidung an.</translation>
    </message>
    <message>
        <source>The strengths paragraph is not empty.</source>
        <translation>Der Absatz zu den Stärken ist nicht leer.</translation>
    </message>
    <message>
        <source>The candidate reached the final round.</source>
        <translation>Die bewerbende Person hat die finale Runde erreicht.</translation>
    </message>
</context>
<context>
    <name>TemplateMenu</name>
    <message>
        <source>Message Templates</source>
        <translation>Nachrichtenvorlagen</translation>
    </message>
    <message>
        <source>Message &amp;Templates…</source>
        <translation>Nachrichtenv&amp;orlagen…</translation>
    </message>
    <message>
        <source>Edit the rejection templates for each language and stage reached.</source>
        <translation>Die Absagevorlagen für jede Sprache und jede erreichte Phase bearbeiten.</translation>
    </message>
</context>
<context>
    <name>TemplateParser</name>
    <message>
        <source>Line %1, column %2: %3.</source>
        <translation>Zeile %1, Spalte %2: %3.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4.</source>
        <translation>%1, Zeile %2, Spalte %3: %4.</translation>
    </message>
    <message>
        <source>“}}” without an opening “{{”</source>
        <translation>„}}“ ohne öffnendes „{{“</translation>
    </message>
    <message>
        <source>“{{” is not closed by “}}” on the same line</source>
        <translation>„{{“ wird in derselben Zeile nicht durch „}}“ geschlossen</translation>
    </message>
    <message>
        <source>an empty tag “{{}}”</source>
        <translation>ein leeres Tag „{{}}“</translation>
    </message>
    <message>
        <source>unknown closing tag “%1”; use {{/if}} or {{/unless}}</source>
        <translation>unbekanntes schließendes Tag „%1“; verwenden Sie {{/if}} oder {{/unless}}</translation>
    </message>
    <message>
        <source>unknown tag “%1”; use {{#if …}}, {{#unless …}}, {{else}} or {{/if}}</source>
        <translation>unbekanntes Tag „%1“; verwenden Sie {{#if …}}, {{#unless …}}, {{else}} oder {{/if}}</translation>
    </message>
    <message>
        <source>{{#%1}} needs the name of a flag</source>
        <translation>{{#%1}} braucht den Namen eines Schalters</translation>
    </message>
    <message>
        <source>unknown flag “%1” (flags: %2)</source>
        <translation>unbekannter Schalter „%1“ (Schalter: %2)</translation>
    </message>
    <message>
        <source>“%1” is a flag, not a text: use it as {{#if %1}}…{{/if}}</source>
        <translation>„%1“ ist ein Schalter, kein Text: Verwenden Sie ihn als {{#if %1}}…{{/if}}</translation>
    </message>
    <message>
        <source>unknown placeholder “%1” (placeholders: %2)</source>
        <translation>unbekannter Platzhalter „%1“ (Platzhalter: %2)</translation>
    </message>
    <message>
        <source>“%1” is never closed; add “%2”</source>
        <translation>„%1“ wird nie geschlossen; fügen Sie „%2“ hinzu</translation>
    </message>
    <message>
        <source>{{else}} outside an {{#if}} or {{#unless}} section</source>
        <translation>{{else}} außerhalb eines {{#if}}- oder {{#unless}}-Abschnitts</translation>
    </message>
    <message>
        <source>a second {{else}} in “%1” (line %2, column %3)</source>
        <translation>ein zweites {{else}} in „%1“ (Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <source>“%1” closes no open section</source>
        <translation>„%1“ schließt keinen offenen Abschnitt</translation>
    </message>
    <message>
        <source>“%1” does not match “%2” opened at line %3, column %4</source>
        <translation>„%1“ passt nicht zu „%2“, geöffnet in Zeile %3, Spalte %4</translation>
    </message>
</context>
<context>
    <name>TieDetector</name>
    <message>
        <source>Tie detection needs at least %1 resamples, not %2.</source>
        <translation>Die Gleichstandserkennung braucht mindestens %1 Resampling-Durchgänge, nicht %2.</translation>
    </message>
    <message>
        <source>The tie threshold must lie above 0.5 and at most 1, not %1.</source>
        <translation>Der Schwellenwert für Gleichstände muss über 0,5 und höchstens bei 1 liegen, nicht bei %1.</translation>
    </message>
    <message>
        <source>The interval level must lie between 0 and 1, not %1.</source>
        <translation>Das Intervallniveau muss zwischen 0 und 1 liegen, nicht bei %1.</translation>
    </message>
    <message>
        <source>%1 ahead of %2 (P = %3)</source>
        <translation>%1 vor %2 (P = %3)</translation>
    </message>
    <message>
        <source>%1 and %2: too close to call (P = %3)</source>
        <translation>%1 und %2: zu knapp für eine Aussage (P = %3)</translation>
    </message>
    <message>
        <source>%1 and %2: not compared, %3 has no weighted total</source>
        <translation>%1 und %2: nicht verglichen, %3 hat keinen gewichteten Gesamtwert</translation>
    </message>
</context>
<context>
    <name>TieVerdictText</name>
    <message>
        <source>%1 is ahead of %2 in only %3% of resamples of the panel: too close to call.</source>
        <translation>%1 liegt nur in %3 % der Resampling-Durchgänge des Interviewteams vor %2: zu knapp für eine Aussage.</translation>
    </message>
    <message>
        <source>%1 is ahead of %2 in %3% of resamples of the panel: a real lead.</source>
        <translation>%1 liegt in %3 % der Resampling-Durchgänge des Interviewteams vor %2: ein echter Vorsprung.</translation>
    </message>
    <message>
        <source>Choose at least two finalists to see whether the panel separates them.</source>
        <translation>Wählen Sie mindestens zwei Personen in der finalen Runde aus, um zu sehen, ob das Interviewteam sie klar unterscheidet.</translation>
    </message>
    <message>
        <source>%1 has no weighted total yet (nothing scored, or hidden by blind scoring), so is left out of the verdicts.</source>
        <translation>%1 hat noch keinen gewichteten Gesamtwert (nichts bewertet oder durch verdeckte Bewertung verborgen) und wird deshalb bei den Ergebnissen nicht berücksichtigt.</translation>
    </message>
</context>
<context>
    <name>ToneCategory</name>
    <message>
        <source>Cold or formulaic</source>
        <translation>Kalt oder floskelhaft</translation>
    </message>
    <message>
        <source>Vague reason</source>
        <translation>Vage Begründung</translation>
    </message>
    <message>
        <source>Promise not made</source>
        <translation>Versprechen ohne Grundlage</translation>
    </message>
    <message>
        <source>Protected characteristic</source>
        <translation>Geschütztes Merkmal</translation>
    </message>
    <message>
        <source>Other candidate disclosed</source>
        <translation>Andere bewerbende Person offengelegt</translation>
    </message>
    <message>
        <source>Blaming or belittling</source>
        <translation>Schuldzuweisung oder Herabsetzung</translation>
    </message>
    <message>
        <source>No personal greeting</source>
        <translation>Keine persönliche Anrede</translation>
    </message>
</context>
<context>
    <name>ToneReport</name>
    <message>
        <source>%1:%2:%3: %4: %5 — %6</source>
        <translation>%1:%2:%3: %4: %5 — %6</translation>
    </message>
</context>
<context>
    <name>ToneRuleReader</name>
    <message>
        <source>not valid JSON: %1 at line %2, column %3</source>
        <translation>kein gültiges JSON: %1 in Zeile %2, Spalte %3</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>auf oberster Ebene wird ein JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;; this is not a Debrief tone rule file</source>
        <translation>„%1“ erwartet; dies ist keine Debrief-Tonregeldatei</translation>
    </message>
    <message>
        <source>the file has format version %1, but this Debrief reads up to version %2; a newer Debrief is needed</source>
        <translation>die Datei hat die Formatversion %1, diese Debrief-Version liest aber nur bis Version %2; eine neuere Version von Debrief wird benötigt</translation>
    </message>
    <message>
        <source>expected a language code such as &quot;en&quot;, found &quot;%1&quot;</source>
        <translation>Sprachcode wie „en“ erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>expected an object with at least one category</source>
        <translation>Objekt mit mindestens einer Kategorie erwartet</translation>
    </message>
    <message>
        <source>unknown category; expected one of: %1</source>
        <translation>unbekannte Kategorie; erwartet wird eine von: %1</translation>
    </message>
    <message>
        <source>expected a one-line explanation of the category</source>
        <translation>einzeilige Erklärung der Kategorie erwartet</translation>
    </message>
    <message>
        <source>the greeting pattern must contain {name}, where the candidate&apos;s name goes</source>
        <translation>das Anredemuster muss {name} enthalten, dort, wo der Name der bewerbenden Person steht</translation>
    </message>
    <message>
        <source>unknown condition &quot;%1&quot;; expected whenNotTalentPool or whenTalentPool</source>
        <translation>unbekannte Bedingung „%1“; erwartet: whenNotTalentPool oder whenTalentPool</translation>
    </message>
    <message>
        <source>expected at least one pattern</source>
        <translation>mindestens ein Muster erwartet</translation>
    </message>
    <message>
        <source>not a valid regular expression: %1 at character %2</source>
        <translation>kein gültiger regulärer Ausdruck: %1 bei Zeichen %2</translation>
    </message>
    <message>
        <source>back-references are not supported; write the text out instead</source>
        <translation>Rückverweise werden nicht unterstützt; schreiben Sie den Text stattdessen aus</translation>
    </message>
    <message>
        <source>the pattern matches empty text, so it would flag every position</source>
        <translation>das Muster passt auf leeren Text und würde daher jede Position markieren</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;; expected one of: %2</source>
        <translation>unbekannte Kategorie „%1“; erwartet wird eine von: %2</translation>
    </message>
    <message>
        <source>the category &quot;%1&quot; is not explained in $.categories</source>
        <translation>die Kategorie „%1“ wird in $.categories nicht erklärt</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used at %2</source>
        <translation>die ID „%1“ wird bereits bei %2 verwendet</translation>
    </message>
</context>
<context>
    <name>ToneRuleSet</name>
    <message>
        <source>There are no tone rules for the language &quot;%1&quot;; there are rules for: %2.</source>
        <translation>Für die Sprache „%1“ gibt es keine Tonregeln; Regeln gibt es für: %2.</translation>
    </message>
    <message>
        <source>Cannot read the tone rule file %1: %2</source>
        <translation>Die Tonregeldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Utf8Text</name>
    <message>
        <source>%1: not valid UTF-8 at byte offset %2 (byte 0x%3); save the file as UTF-8 and try again</source>
        <translation>%1: kein gültiges UTF-8 bei Byte-Offset %2 (Byte 0x%3); speichern Sie die Datei als UTF-8 und versuchen Sie es erneut</translation>
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
    <message>
        <source>the rubric editor</source>
        <translation>der Bewertungsraster-Editor</translation>
    </message>
    <message>
        <source>a panelist&apos;s scorecard</source>
        <translation>der Bewertungsbogen einer Person im Interviewteam</translation>
    </message>
    <message>
        <source>the set-up dialog for a new opening</source>
        <translation>der Einrichtungsdialog für eine neue Stelle</translation>
    </message>
    <message>
        <source>the candidate CSV import, on its preview</source>
        <translation>der CSV-Import von Bewerbenden, auf der Vorschauseite</translation>
    </message>
    <message>
        <source>a finalist&apos;s interview scores in the detail pane</source>
        <translation>die Interviewbewertungen einer Person in der finalen Runde im Detailbereich</translation>
    </message>
    <message>
        <source>the main window with the list filtered and a candidate&apos;s editable details</source>
        <translation>das Hauptfenster mit gefilterter Liste und bearbeitbaren Details einer bewerbenden Person</translation>
    </message>
    <message>
        <source>The database has no opening to show.</source>
        <translation>Die Datenbank enthält keine Stelle, die angezeigt werden könnte.</translation>
    </message>
    <message>
        <source>The database needs two panelists for this view.</source>
        <translation>Für diese Ansicht braucht die Datenbank zwei Interviewer:innen.</translation>
    </message>
    <message>
        <source>The main window has no candidate list.</source>
        <translation>Das Hauptfenster hat keine Liste der Bewerbenden.</translation>
    </message>
    <message>
        <source>The debrief opening has no finalists to show.</source>
        <translation>Die Stelle für die Auswertung hat keine Personen in der finalen Runde, die angezeigt werden könnten.</translation>
    </message>
    <message>
        <source>the decision dialog, filled in</source>
        <translation>der ausgefüllte Entscheidungsdialog</translation>
    </message>
    <message>
        <source>the finalist comparison of the debrief opening</source>
        <translation>der Vergleich der Personen in der finalen Runde der Stelle für die Auswertung</translation>
    </message>
    <message>
        <source>a runner-up&apos;s rejection draft with the tone check&apos;s findings</source>
        <translation>der Absageentwurf für eine Person aus der zweiten Wahl mit den Hinweisen der Tonprüfung</translation>
    </message>
    <message>
        <source>the main window with the “Waiting on us” list open</source>
        <translation>das Hauptfenster mit geöffneter Liste „Warten auf uns“</translation>
    </message>
    <message>
        <source>the talent pool, on a copy of the database with more people in it</source>
        <translation>der Talentpool, auf einer Kopie der Datenbank mit mehr Personen darin</translation>
    </message>
    <message>
        <source>the message template editor with its live preview</source>
        <translation>der Editor für Nachrichtenvorlagen mit seiner Live-Vorschau</translation>
    </message>
    <message>
        <source>the report export dialog, set to a candidate packet</source>
        <translation>der Dialog zum Exportieren von Berichten, eingestellt auf ein Bewerbungsdossier</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the talent pool view.</source>
        <translation>Für die Talentpool-Ansicht kann kein temporärer Ordner angelegt werden.</translation>
    </message>
    <message>
        <source>the main window at first launch, over a new, empty database</source>
        <translation>das Hauptfenster beim ersten Start, mit einer neuen, leeren Datenbank</translation>
    </message>
    <message>
        <source>the Calibration tab of the finalist comparison</source>
        <translation>die Registerkarte „Kalibrierung“ im Vergleich der Personen in der finalen Runde</translation>
    </message>
    <message>
        <source>the dialog that schedules an interview, with the round&apos;s defaults</source>
        <translation>der Dialog zum Planen eines Interviews, mit den Vorgaben der Runde</translation>
    </message>
    <message>
        <source>the main window with a panelist&apos;s “My interviews” list open</source>
        <translation>das Hauptfenster mit der geöffneten Liste „Meine Interviews“ einer Person im Interviewteam</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder.</source>
        <translation>Es kann kein temporärer Ordner angelegt werden.</translation>
    </message>
    <message>
        <source>the rejection drafts of a decided opening: offer letter, held, ready and sent</source>
        <translation>die Absageentwürfe einer entschiedenen Stelle: Angebotsschreiben, zurückgehalten, bereit und gesendet</translation>
    </message>
    <message>
        <source>File › Data Protection…, with a retention period of 30 days</source>
        <translation>Datei › Datenschutz…, mit einer Aufbewahrungsfrist von 30 Tagen</translation>
    </message>
    <message>
        <source>a scorecard saved elsewhere, next to the user&apos;s unsaved version</source>
        <translation>ein anderswo gespeicherter Bewertungsbogen neben der eigenen, ungespeicherten Version</translation>
    </message>
    <message>
        <source>File › Move to Server…, before the move</source>
        <translation>Datei › Auf Server verschieben…, vor dem Verschieben</translation>
    </message>
    <message>
        <source>File › Connect to Server…, filled in for a server checked with verify-full</source>
        <translation>Datei › Mit Server verbinden…, ausgefüllt für einen mit verify-full geprüften Server</translation>
    </message>
</context>
<context>
    <name>WaitingOnUsMenu</name>
    <message>
        <source>Waiting on us: ?</source>
        <translation>Warten auf uns: ?</translation>
    </message>
    <message>
        <source>Waiting on Us</source>
        <translation>Warten auf uns</translation>
    </message>
    <message>
        <source>&amp;Waiting on Us</source>
        <translation>&amp;Warten auf uns</translation>
    </message>
    <message>
        <source>Every candidate past the date we promised them an answer.</source>
        <translation>Alle Bewerbenden, deren zugesagter Antworttermin verstrichen ist.</translation>
    </message>
    <message>
        <source>The main window has no “Waiting on us” list.</source>
        <translation>Das Hauptfenster hat keine Liste „Warten auf uns“.</translation>
    </message>
    <message>
        <source>Nobody in the database is waiting past a promised date, so the list would be empty.</source>
        <translation>In der Datenbank wartet niemand über einen zugesagten Termin hinaus; die Liste wäre daher leer.</translation>
    </message>
</context>
<context>
    <name>WaitingOnUsQuery</name>
    <message>
        <source>Could not count the candidates waiting for an answer.</source>
        <translation>Die Bewerbenden, die auf eine Antwort warten, konnten nicht gezählt werden.</translation>
    </message>
</context>
<context>
    <name>WeightedTotal</name>
    <message>
        <source>%1 of %2 not assessed</source>
        <translation>%1 von %2 offen (nicht bewertet)</translation>
    </message>
    <message>
        <source>%1; every criterion has at least one rating.</source>
        <translation>%1; jedes Kriterium hat mindestens eine Bewertung.</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n criterion(s) without any rating left out of the total, which rests on %2% of the rubric&apos;s weight.</source>
        <translation>
            <numerusform>%1; %n Kriterium ohne jede Bewertung bleibt im Gesamtwert unberücksichtigt, der damit auf %2 % der Gewichtung des Bewertungsrasters beruht.</numerusform>
            <numerusform>%1; %n Kriterien ohne jede Bewertung bleiben im Gesamtwert unberücksichtigt, der damit auf %2 % der Gewichtung des Bewertungsrasters beruht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WithheldScorecards</name>
    <message numerus="yes">
        <source>%1 of %n scorecard(s) hidden until you submit yours.</source>
        <translation>
            <numerusform>%1 von %n Bewertungsbogen verborgen, bis Sie Ihren abgeben.</numerusform>
            <numerusform>%1 von %n Bewertungsbögen verborgen, bis Sie Ihren abgeben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n scorecard(s) hidden until you have submitted all of yours for this candidate.</source>
        <translation>
            <numerusform>%1 von %n Bewertungsbogen verborgen, bis Sie alle Ihre Bewertungsbögen zu dieser bewerbenden Person abgegeben haben.</numerusform>
            <numerusform>%1 von %n Bewertungsbögen verborgen, bis Sie alle Ihre Bewertungsbögen zu dieser bewerbenden Person abgegeben haben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n scorecard(s) hidden until every panelist has submitted or the lead reveals scores.</source>
        <translation>
            <numerusform>%1 von %n Bewertungsbogen verborgen, bis alle Interviewer:innen abgegeben haben oder die Leitung die Bewertungen freigibt.</numerusform>
            <numerusform>%1 von %n Bewertungsbögen verborgen, bis alle Interviewer:innen abgegeben haben oder die Leitung die Bewertungen freigibt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>debrief::AddCandidateDialog</name>
    <message>
        <source>Add Candidate to %1</source>
        <translation>Bewerber:in zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>e.g. referral, job board</source>
        <translation>z. B. Empfehlung, Jobbörse</translation>
    </message>
    <message>
        <source>The date the candidate was told to expect an answer by, if any.</source>
        <translation>Das Datum, bis zu dem der bewerbenden Person eine Antwort zugesagt wurde, falls vorhanden.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Answer promised &amp;by:</source>
        <translation>Antwort &amp;zugesagt bis:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
</context>
<context>
    <name>debrief::ApplicationEditor</name>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Sta&amp;ge:</source>
        <translation>Phas&amp;e:</translation>
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
        <source>Ans&amp;wer promised:</source>
        <translation>Antwort &amp;zugesagt:</translation>
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
        <source>Answer promised by</source>
        <translation>Antwort zugesagt bis</translation>
    </message>
    <message>
        <source>None</source>
        <comment>remove the promised date</comment>
        <translation>Kein Termin</translation>
    </message>
    <message>
        <source>No answer date promised</source>
        <translation>Kein Antworttermin zugesagt</translation>
    </message>
    <message>
        <source>Answer status</source>
        <translation>Antwortstatus</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Notes about this application, for the panel.</source>
        <translation>Notizen zu dieser Bewerbung für das Interviewteam.</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>N&amp;otizen</translation>
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
        <source>About the candidate: %1</source>
        <translation>Zur bewerbenden Person: %1</translation>
    </message>
    <message>
        <source>On hold:</source>
        <translation>Zurückgestellt:</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Application Changed Elsewhere</source>
        <translation>Bewerbung anderswo geändert</translation>
    </message>
    <message>
        <source>This application was saved elsewhere (in another window or on another computer) after you opened it. Nothing was overwritten. Compare the two versions and choose which to keep; keeping yours changes only the fields you edited.</source>
        <translation>Diese Bewerbung wurde anderswo gespeichert (in einem anderen Fenster oder auf einem anderen Computer), nachdem Sie sie geöffnet hatten. Es wurde nichts überschrieben. Vergleichen Sie beide Versionen und wählen Sie, welche Sie behalten; wenn Sie Ihre behalten, ändern sich nur die Felder, die Sie bearbeitet haben.</translation>
    </message>
</context>
<context>
    <name>debrief::BackupMenu</name>
    <message>
        <source>Debrief databases (*.sqlite *.db);;All files (*)</source>
        <translation>Debrief-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>Sicherungskopie &amp;erstellen…</translation>
    </message>
    <message>
        <source>Save a copy of the open database, as it is now</source>
        <translation>Eine Kopie der geöffneten Datenbank in ihrem jetzigen Zustand speichern</translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation>Wieder&amp;herstellen…</translation>
    </message>
    <message>
        <source>Replace the open database by a backup of it</source>
        <translation>Die geöffnete Datenbank durch eine Sicherungskopie von ihr ersetzen</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>Datenbank sichern</translation>
    </message>
    <message>
        <source>Backed up to %1 (readable by you only).</source>
        <translation>Sicherungskopie als %1 gespeichert (nur für Sie lesbar).</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherungskopie wiederherstellen</translation>
    </message>
    <message>
        <source>Replace everything in %1 by the backup %2 (saved %3)?

What the database holds now is kept in a copy next to it first.</source>
        <translation>Den gesamten Inhalt von %1 durch die Sicherungskopie %2 (gespeichert am %3) ersetzen?

Der jetzige Inhalt der Datenbank wird zuvor in einer Kopie daneben aufbewahrt.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>Aus %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restored from %1. What the database held before is kept in %2.</source>
        <translation>Aus %1 wiederhergestellt. Der vorherige Inhalt der Datenbank ist in %2 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>debrief::CalibrationPanel</name>
    <message>
        <source>Le&amp;niency per panelist</source>
        <translation>&amp;Milde/Strenge pro Interviewer:in</translation>
    </message>
    <message>
        <source>&amp;Agreement per criterion</source>
        <translation>Ü&amp;bereinstimmung pro Kriterium</translation>
    </message>
    <message>
        <source>&amp;Halo flags</source>
        <translation>&amp;Hinweise auf Halo-Effekt</translation>
    </message>
    <message numerus="yes">
        <source>Over every candidate of the opening with a submitted scorecard (%n candidate(s)), not only the finalists: each panelist&apos;s leniency rests on everyone they scored. The same figures as the panel calibration report.</source>
        <translation>
            <numerusform>Berechnet über alle Bewerbenden der Stelle mit einem abgegebenen Bewertungsbogen (%n Bewerber:in), nicht nur über die Personen in der finalen Runde: Die Milde/Strenge jeder Person im Interviewteam beruht auf allen, die sie bewertet hat. Dieselben Kennzahlen wie im Bericht „Kalibrierung des Interviewteams“.</numerusform>
            <numerusform>Berechnet über alle Bewerbenden der Stelle mit einem abgegebenen Bewertungsbogen (%n Bewerbende), nicht nur über die Personen in der finalen Runde: Die Milde/Strenge jeder Person im Interviewteam beruht auf allen, die sie bewertet hat. Dieselben Kennzahlen wie im Bericht „Kalibrierung des Interviewteams“.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::CalibrationTableModel</name>
    <message>
        <source>Worth talking about in the debrief.</source>
        <translation>Sollte in der Auswertungsbesprechung angesprochen werden.</translation>
    </message>
</context>
<context>
    <name>debrief::CancelInterviewDialog</name>
    <message>
        <source>Cancel Interview</source>
        <translation>Interview absagen</translation>
    </message>
    <message>
        <source>Cancel the %1?</source>
        <translation>Möchten Sie %1 absagen?</translation>
    </message>
    <message>
        <source>It stays on record, marked as cancelled, and nobody owes a scorecard for it. Edit › Undo takes the cancellation back.</source>
        <translation>Es bleibt als abgesagt gespeichert, und niemand muss dafür einen Bewertungsbogen abgeben. Bearbeiten › Rückgängig nimmt das zurück.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Cancel &amp;Interview</source>
        <translation>Interview &amp;absagen</translation>
    </message>
    <message>
        <source>&amp;Keep Interview</source>
        <translation>Interview &amp;behalten</translation>
    </message>
    <message>
        <source>e.g. the candidate withdrew; a panelist is ill</source>
        <translation>z. B. die bewerbende Person hat ihre Bewerbung zurückgezogen; jemand im Interviewteam ist krank</translation>
    </message>
</context>
<context>
    <name>debrief::CandidateContextMenu</name>
    <message>
        <source>Candidate</source>
        <translation>Bewerber:in</translation>
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
        <source>Candidate name</source>
        <translation>Name der bewerbenden Person</translation>
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
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
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
    <name>debrief::CandidateImportDraft</name>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>debrief::CandidateImportWizard</name>
    <message>
        <source>Import Candidates from CSV</source>
        <translation>Bewerbende aus CSV importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import adds the rows marked “Added” to the opening in one step; it cannot be undone here.</source>
        <translation>Es wurde noch nichts geschrieben. „Importieren“ fügt die als „Hinzugefügt“ markierten Zeilen in einem Schritt zur Stelle hinzu; hier lässt sich das nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Es wurde nichts importiert. %1</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n candidate(s)…</source>
        <translation>
            <numerusform>Importiere %n Bewerber:in…</numerusform>
            <numerusform>Importiere %n Bewerbende…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
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
    <message>
        <source>On hold</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>On hold · %1</source>
        <translation>Zurückgestellt · %1</translation>
    </message>
</context>
<context>
    <name>debrief::ChangeFeed</name>
    <message>
        <source>%1 is a file: only a shared server announces other people&apos;s changes.</source>
        <translation>%1 ist eine Datei: Nur ein gemeinsamer Server meldet Änderungen anderer Personen.</translation>
    </message>
    <message>
        <source>Cannot listen for changes on %1: %2</source>
        <translation>Änderungen auf %1 können nicht verfolgt werden: %2</translation>
    </message>
</context>
<context>
    <name>debrief::ColleagueScorecards</name>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>no recommendation</source>
        <translation>keine Empfehlung</translation>
    </message>
    <message>
        <source>Colleagues’ scorecards could not be loaded.</source>
        <translation>Die Bewertungsbögen der Kolleg:innen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>No colleague has submitted a scorecard yet.</source>
        <translation>Noch keine Kollegin und kein Kollege hat einen Bewertungsbogen abgegeben.</translation>
    </message>
</context>
<context>
    <name>debrief::CommunicationCommands</name>
    <message>
        <source>Log message to %1</source>
        <translation>Nachricht an %1 erfassen</translation>
    </message>
    <message>
        <source>Log message from %1</source>
        <translation>Nachricht von %1 erfassen</translation>
    </message>
</context>
<context>
    <name>debrief::CommunicationLogPanel</name>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>&amp;Log a Message or Call…</source>
        <translation>Na&amp;chricht oder Anruf erfassen…</translation>
    </message>
    <message>
        <source>Record a message or call and the answer date it promised (Ctrl+Shift+L).</source>
        <translation>Eine Nachricht oder einen Anruf und den darin zugesagten Antworttermin erfassen (Strg+Umschalt+L).</translation>
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
        <source>logged by %1</source>
        <translation>erfasst von %1</translation>
    </message>
    <message>
        <source>Promised an answer by %1</source>
        <translation>Antwort zugesagt bis %1</translation>
    </message>
</context>
<context>
    <name>debrief::ComparisonModel</name>
    <message numerus="yes">
        <source>%n score(s), median %1, lowest %2, highest %3; %4 not assessed</source>
        <translation>
            <numerusform>%n Bewertung, Median %1, Minimum %2, Maximum %3; nicht bewertet: %4</numerusform>
            <numerusform>%n Bewertungen, Median %1, Minimum %2, Maximum %3; nicht bewertet: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>The panel disagrees here: worth discussing.</source>
        <translation>Das Interviewteam ist sich hier uneinig: Das sollte besprochen werden.</translation>
    </message>
    <message>
        <source>In %1% of resamples of the panel the total lies between %2 and %3.</source>
        <translation>In %1 % der Resampling-Durchgänge des Interviewteams liegt der Gesamtwert zwischen %2 und %3.</translation>
    </message>
    <message>
        <source>Weighted total</source>
        <translation>Gewichteter Gesamtwert</translation>
    </message>
    <message>
        <source>Weight %1, scale 1–%2</source>
        <translation>Gewichtung %1, Skala 1–%2</translation>
    </message>
</context>
<context>
    <name>debrief::ComparisonView</name>
    <message>
        <source>Compare Finalists</source>
        <translation>Personen in der finalen Runde vergleichen</translation>
    </message>
    <message>
        <source>&amp;Finalists compared:</source>
        <translation>&amp;Verglichene Personen in der finalen Runde:</translation>
    </message>
    <message>
        <source>&amp;Table and charts</source>
        <translation>&amp;Tabelle und Diagramme</translation>
    </message>
    <message>
        <source>Ca&amp;libration</source>
        <translation>&amp;Kalibrierung</translation>
    </message>
</context>
<context>
    <name>debrief::ConnectionDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <source>Debrief works on the panel&apos;s shared PostgreSQL server while it is connected; it does not work offline.</source>
        <translation>Debrief arbeitet auf dem gemeinsamen PostgreSQL-Server des Interviewteams, solange eine Verbindung besteht; offline funktioniert es nicht.</translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <source>disable: not encrypted</source>
        <translation>disable: nicht verschlüsselt</translation>
    </message>
    <message>
        <source>prefer: encrypted when the server offers it</source>
        <translation>prefer: verschlüsselt, wenn der Server es im Angebot hat</translation>
    </message>
    <message>
        <source>require: always encrypted, certificate not checked</source>
        <translation>require: immer verschlüsselt, Zertifikat nicht geprüft</translation>
    </message>
    <message>
        <source>verify-ca: encrypted, certificate checked against the CA</source>
        <translation>verify-ca: verschlüsselt, Zertifikat gegen die CA geprüft</translation>
    </message>
    <message>
        <source>verify-full: encrypted, certificate and host name checked</source>
        <translation>verify-full: verschlüsselt, Zertifikat und Hostname geprüft</translation>
    </message>
    <message>
        <source>The certificate of the authority that signed the server&apos;s</source>
        <translation>Das Zertifikat der CA, die das Serverzertifikat signiert hat</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Choose the CA file</source>
        <translation>CA-Datei auswählen</translation>
    </message>
    <message>
        <source>Re&amp;member the password in this computer&apos;s keychain</source>
        <translation>Passwort im Schlüsselbund dieses Computers &amp;merken</translation>
    </message>
    <message>
        <source>R&amp;ecent servers:</source>
        <translation>&amp;Zuletzt verwendete Server:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;TLS mode:</source>
        <translation>&amp;TLS-Modus:</translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation>C&amp;A-Datei:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>The password cannot be remembered on this computer (%1); Debrief asks for it at each connection.</source>
        <translation>Das Passwort kann auf diesem Computer nicht gespeichert werden (%1); Debrief fragt bei jeder Verbindung danach.</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Zertifikate (*.crt *.pem *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Fill in the host, the database and the user.</source>
        <translation>Geben Sie Host, Datenbank und Benutzernamen an.</translation>
    </message>
</context>
<context>
    <name>debrief::ConnectionStatus</name>
    <message>
        <source>Reconnect &amp;Now</source>
        <translation>Jetzt neu &amp;verbinden</translation>
    </message>
    <message>
        <source>Connected to %1 again.</source>
        <translation>Wieder mit %1 verbunden.</translation>
    </message>
    <message>
        <source>Signed in as %1 on %2</source>
        <translation>Angemeldet als %1 auf %2</translation>
    </message>
    <message numerus="yes">
        <source>The connection to the server was lost; nothing you typed is lost. Reconnecting in %n second(s)…</source>
        <translation>
            <numerusform>Die Verbindung zum Server ist abgebrochen; Ihre Eingaben bleiben erhalten. Neuer Verbindungsversuch in %n Sekunde…</numerusform>
            <numerusform>Die Verbindung zum Server ist abgebrochen; Ihre Eingaben bleiben erhalten. Neuer Verbindungsversuch in %n Sekunden…</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in as %1 · %2 on %3:%4</source>
        <translation>Angemeldet als %1 · %2 auf %3:%4</translation>
    </message>
</context>
<context>
    <name>debrief::CsvFilePage</name>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>Senkrechter Strich ( | )</translation>
    </message>
    <message>
        <source>Choose a CSV File</source>
        <translation>CSV-Datei auswählen</translation>
    </message>
    <message>
        <source>Candidates exported from a spreadsheet or an applicant-tracking system. Nothing is written until the last step.</source>
        <translation>Bewerbende, exportiert aus einer Tabellenkalkulation oder einem Bewerbermanagementsystem. Bis zum letzten Schritt wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>Path to a .csv file</source>
        <translation>Pfad zu einer .csv-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>First rows as read</source>
        <translation>Erste Zeilen wie gelesen</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>Import Candidates</source>
        <translation>Bewerbende importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) below the header, in %1 column(s). Detected: %2, %3.</source>
        <translation>
            <numerusform>%n Zeile unter der Kopfzeile, Spalten: %1. Erkannt: %2, %3.</numerusform>
            <numerusform>%n Zeilen unter der Kopfzeile, Spalten: %1. Erkannt: %2, %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file to see how it reads.</source>
        <translation>Wählen Sie eine Datei, um zu sehen, wie sie gelesen wird.</translation>
    </message>
</context>
<context>
    <name>debrief::CsvMappingPage</name>
    <message>
        <source>Match the Columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation>%1 (Spalte %2)</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>Without a column for %1 nothing can be imported.</source>
        <translation>Ohne eine Spalte für %1 kann nichts importiert werden.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Choose which column of the file fills each field. Fields marked * are required. A name kept in two columns is joined: first name + last name.</source>
        <translation>Wählen Sie, welche Spalte der Datei welches Feld füllt. Mit * markierte Felder sind erforderlich. Ein Name in zwei Spalten wird zusammengesetzt: Vorname + Nachname.</translation>
    </message>
    <message>
        <source>Joined with column</source>
        <translation>Verbunden mit Spalte</translation>
    </message>
    <message>
        <source>Order of day and month</source>
        <translation>Reihenfolge von Tag und Monat</translation>
    </message>
    <message>
        <source>Day and month order from the file</source>
        <translation>Reihenfolge von Tag und Monat aus der Datei</translation>
    </message>
    <message>
        <source>Day first (31/12/2026)</source>
        <translation>Tag zuerst (31/12/2026)</translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation>Monat zuerst (12/31/2026)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <source>Several columns could be %1: choose the one to use.</source>
        <translation>Mehrere Spalten kommen als „%1“ infrage: Wählen Sie die zu verwendende aus.</translation>
    </message>
</context>
<context>
    <name>debrief::CsvPreviewModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Skipped: as line %1</source>
        <translation>Übersprungen: wie Zeile %1</translation>
    </message>
    <message>
        <source>Skipped: applied already</source>
        <translation>Übersprungen: bereits beworben</translation>
    </message>
    <message>
        <source>Added (known person)</source>
        <translation>Hinzugefügt (bekannte Person)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1

Looks like a spreadsheet formula. Debrief keeps it as text and never runs it.</source>
        <translation>%1

Sieht aus wie eine Tabellenkalkulationsformel. Debrief speichert den Wert als Text und führt ihn nie aus.</translation>
    </message>
    <message>
        <source>Looks like a formula, kept as text</source>
        <translation>Sieht aus wie eine Formel, als Text gespeichert</translation>
    </message>
</context>
<context>
    <name>debrief::CsvPreviewPage</name>
    <message>
        <source>Check and Import</source>
        <translation>Prüfen und importieren</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import adds the rows marked “Added” to the opening in one step; Edit › Undo takes the whole import back.</source>
        <translation>Es wurde noch nichts geschrieben. „Importieren“ fügt die als „Hinzugefügt“ markierten Zeilen in einem Schritt zur Stelle hinzu; Bearbeiten › Rückgängig nimmt den gesamten Import zurück.</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Zu importierende Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) will be added</source>
        <translation>
            <numerusform>%n bewerbende Person wird hinzugefügt</numerusform>
            <numerusform>%n Bewerbende werden hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n already known from another opening)</source>
        <translation>
            <numerusform> (%n davon bereits aus einer anderen Stelle bekannt)</numerusform>
            <numerusform> (%n davon bereits aus einer anderen Stelle bekannt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n Duplikat übersprungen</numerusform>
            <numerusform>%n Duplikate übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocking error(s)</source>
        <translation>
            <numerusform>%n blockierender Fehler</numerusform>
            <numerusform>%n blockierende Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>. Fix the file (or the choices on the earlier pages) to import.</source>
        <translation>. Korrigieren Sie die Datei (oder die Auswahl auf den vorherigen Seiten), um zu importieren.</translation>
    </message>
    <message>
        <source>Blocks the import</source>
        <translation>Verhindert den Import</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>&amp;Problems: none</source>
        <translation>&amp;Probleme: keine</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Problems (%n):</source>
        <translation>
            <numerusform>&amp;Probleme (%n):</numerusform>
            <numerusform>&amp;Probleme (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The table shows the first %n row(s).</source>
        <translation>
            <numerusform>Die Tabelle zeigt die erste Zeile.</numerusform>
            <numerusform>Die Tabelle zeigt die ersten %n Zeilen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::DataProtectionDialog</name>
    <message>
        <source>Data Protection</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>&amp;Anonymise rejected candidates after</source>
        <translation>Abgesagte Bewerbende &amp;anonymisieren nach</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Aufbewahrungsfrist</translation>
    </message>
    <message>
        <source>Retention period unit</source>
        <translation>Einheit der Aufbewahrungsfrist</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monaten</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tagen</translation>
    </message>
    <message>
        <source>A candidate is anonymised once every application of theirs was rejected or withdrawn and nothing has happened on any of them for this long. Their name, contact details, notes, interview evidence, references, messages and drafts are removed for good; scores, stages and dates stay, so the statistics do not change. Being in the talent pool does not keep anyone. Debrief applies the period every time this database is opened, on any computer.</source>
        <translation>Eine bewerbende Person wird anonymisiert, sobald alle ihre Bewerbungen abgesagt oder zurückgezogen sind und sich so lange bei keiner davon etwas getan hat. Name, Kontaktdaten, Notizen, Belege aus den Interviews, Referenzen, Nachrichten und Entwürfe der Person werden endgültig entfernt; Bewertungen, Phasen und Datumsangaben bleiben erhalten, sodass sich die Statistiken nicht ändern. Ein Platz im Talentpool bewahrt niemanden davor. Debrief wendet die Frist bei jedem Öffnen dieser Datenbank an, auf jedem Computer.</translation>
    </message>
    <message>
        <source>Candidates due for anonymisation</source>
        <translation>Zur Anonymisierung anstehende Bewerbende</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Bewerber:in</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Bewerbungen</translation>
    </message>
    <message>
        <source>Talent pool</source>
        <translation>Talentpool</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) of this database were anonymised so far.</source>
        <translation>
            <numerusform>Bisher wurde %n bewerbende Person dieser Datenbank anonymisiert.</numerusform>
            <numerusform>Bisher wurden %n Bewerbende dieser Datenbank anonymisiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>No retention period: rejected candidates are kept until you erase them one by one (the candidate list&apos;s context menu).</source>
        <translation>Keine Aufbewahrungsfrist: Abgesagte Bewerbende bleiben gespeichert, bis Sie sie einzeln löschen (Kontextmenü der Liste der Bewerbenden).</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) with no activity since before %1 would be anonymised now:</source>
        <translation>
            <numerusform>%n bewerbende Person, deren letzte Aktivität vor dem %1 liegt, würde jetzt anonymisiert:</numerusform>
            <numerusform>%n Bewerbende, deren letzte Aktivität vor dem %1 liegt, würden jetzt anonymisiert:</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message numerus="yes">
        <source>A&amp;nonymise %n Now…</source>
        <translation>
            <numerusform>Jetzt %n a&amp;nonymisieren…</numerusform>
            <numerusform>Jetzt %n a&amp;nonymisieren…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::DatabaseSession</name>
    <message>
        <source>%1 already exists. Choose another name, or use File › Open to open it.</source>
        <translation>%1 existiert bereits. Wählen Sie einen anderen Namen oder öffnen Sie die Datei mit Datei › Öffnen.</translation>
    </message>
    <message>
        <source>Open the database to restore into first.</source>
        <translation>Öffnen Sie zuerst die Datenbank, in die wiederhergestellt werden soll.</translation>
    </message>
    <message>
        <source>There is no server to reconnect to.</source>
        <translation>Es gibt keinen Server, mit dem erneut verbunden werden könnte.</translation>
    </message>
</context>
<context>
    <name>debrief::DecisionCommands</name>
    <message>
        <source>Record decision (%1)</source>
        <translation>Entscheidung festhalten (%1)</translation>
    </message>
    <message>
        <source>Amend decision</source>
        <translation>Entscheidung nachträglich ändern</translation>
    </message>
    <message>
        <source>Offer accepted by %1</source>
        <translation>Angebot angenommen (%1)</translation>
    </message>
    <message>
        <source>Offer declined by %1</source>
        <translation>Angebot abgelehnt (%1)</translation>
    </message>
    <message>
        <source>This decision step stays as it is: %1</source>
        <translation>Dieser Entscheidungsschritt bleibt unverändert: %1</translation>
    </message>
</context>
<context>
    <name>debrief::DecisionDialog</name>
    <message>
        <source>Finalist</source>
        <translation>Person in der finalen Runde</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Runner-up rank</source>
        <translation>Rang als zweite Wahl</translation>
    </message>
    <message>
        <source>Talent pool</source>
        <translation>Talentpool</translation>
    </message>
    <message>
        <source>We would hire this runner-up for another role.</source>
        <translation>Wir würden diese Person aus der zweiten Wahl für eine andere Stelle einstellen.</translation>
    </message>
    <message>
        <source>Why the panel decided as it did</source>
        <translation>Warum das Interviewteam so entschieden hat</translation>
    </message>
    <message>
        <source>The deciding factor &amp;may be shared with candidates</source>
        <translation>Der ausschlaggebende Grund &amp;darf den Bewerbenden mitgeteilt werden</translation>
    </message>
    <message>
        <source>&amp;Record Decision</source>
        <translation>Entscheidung &amp;festhalten</translation>
    </message>
    <message>
        <source>Decision for %1</source>
        <translation>Entscheidung zu %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: who gets the offer, who waits as runner-up, and why.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: Wer erhält das Angebot, wer wartet als zweite Wahl – und warum.</translation>
    </message>
    <message>
        <source>Decided by: %1</source>
        <translation>Entschieden von: %1</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Nicht ausgewählt</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <source>Runner-up</source>
        <translation>Zweite Wahl</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rolle von %1</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Runner-up rank of %1</source>
        <translation>Rang als zweite Wahl von %1</translation>
    </message>
    <message>
        <source>Keep in mind</source>
        <translation>Vormerken</translation>
    </message>
    <message>
        <source>We would hire them for another role.</source>
        <translation>Wir würden die Person für eine andere Stelle einstellen.</translation>
    </message>
    <message>
        <source>Decided by %1 on %2</source>
        <translation>Entschieden von %1 am %2</translation>
    </message>
    <message>
        <source>unknown panelist</source>
        <translation>unbekannte Person aus dem Interviewteam</translation>
    </message>
    <message>
        <source>Strongest system design of the three and the clearest communication in the final round; the runners-up were close on collaboration.</source>
        <translation>Das stärkste Systemdesign der drei und die klarste Kommunikation in der finalen Runde; die zweite Wahl lag bei der Zusammenarbeit knapp dahinter.</translation>
    </message>
    <message>
        <source>What recording does</source>
        <translation>Was das Festhalten bewirkt</translation>
    </message>
    <message>
        <source>Why the decision changes (kept in the audit log)</source>
        <translation>Warum sich die Entscheidung ändert (wird im Änderungsprotokoll festgehalten)</translation>
    </message>
    <message>
        <source>Reason for the &amp;change:</source>
        <translation>&amp;Grund für die Änderung:</translation>
    </message>
    <message>
        <source>Deciding cr&amp;iteria</source>
        <translation>Ausschlaggebende &amp;Kriterien</translation>
    </message>
    <message>
        <source>Ra&amp;tionale</source>
        <translation>&amp;Begründung</translation>
    </message>
    <message>
        <source>&amp;Finalists</source>
        <translation>&amp;Personen in der finalen Runde</translation>
    </message>
    <message>
        <source>What recording &amp;does</source>
        <translation>&amp;Was das Festhalten bewirkt</translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation>&amp;Nachträglich ändern…</translation>
    </message>
    <message>
        <source>Amend Decision for %1</source>
        <translation>Entscheidung zu %1 nachträglich ändern</translation>
    </message>
    <message>
        <source>Choose who gets the offer to see what recording does to every candidate of the opening.</source>
        <translation>Wählen Sie aus, wer das Angebot erhält, um zu sehen, was das Festhalten für alle Bewerbenden der Stelle bewirkt.</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) will wait under Ready in Rejection Drafts.</source>
        <translation>
            <numerusform>%n bewerbende Person wartet unter „Bereit“ in den Absageentwürfen.</numerusform>
            <numerusform>%n Bewerbende warten unter „Bereit“ in den Absageentwürfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard the Decision?</source>
        <translation>Entscheidung verwerfen?</translation>
    </message>
    <message>
        <source>The decision you filled in is not recorded yet. Discard it?</source>
        <translation>Die eingegebene Entscheidung ist noch nicht festgehalten. Möchten Sie sie verwerfen?</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Save Amendment</source>
        <translation>Änderung &amp;speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Recording makes every change under “What recording does” at once; Edit › Undo takes it all back until a message has gone out.</source>
        <translation>Beim Festhalten werden alle Änderungen unter „Was das Festhalten bewirkt“ auf einmal vorgenommen; Bearbeiten › Rückgängig nimmt alles zurück, solange noch keine Nachricht verschickt wurde.</translation>
    </message>
    <message>
        <source>The amendment is kept in the audit log with its reason; Edit › Undo takes it back until a message has gone out.</source>
        <translation>Die Änderung wird mit ihrer Begründung im Änderungsprotokoll festgehalten; Bearbeiten › Rückgängig nimmt sie zurück, solange noch keine Nachricht verschickt wurde.</translation>
    </message>
    <message>
        <source>The decision is recorded. Decision › Amend Decision… changes it, with a reason.</source>
        <translation>Die Entscheidung ist festgehalten. Entscheidung › Entscheidung nachträglich ändern… ändert sie mit Begründung.</translation>
    </message>
    <message>
        <source>Decision Changed Elsewhere</source>
        <translation>Entscheidung anderswo geändert</translation>
    </message>
    <message>
        <source>This decision was amended elsewhere (in another window or on another computer) after you opened it; the saved version is dated %1. Nothing was overwritten. Compare the two versions and choose which to keep.</source>
        <translation>Diese Entscheidung wurde anderswo nachträglich geändert (in einem anderen Fenster oder auf einem anderen Computer), nachdem Sie sie geöffnet hatten; die gespeicherte Version stammt vom %1. Es wurde nichts überschrieben. Vergleichen Sie beide Versionen und wählen Sie, welche Sie behalten.</translation>
    </message>
    <message>
        <source>Showing the decision saved elsewhere; your amendment was not kept.</source>
        <translation>Die anderswo gespeicherte Entscheidung wird angezeigt; Ihre Änderung wurde verworfen.</translation>
    </message>
    <message>
        <source>Not saved: the decision was amended elsewhere. Your changes stay here until you choose.</source>
        <translation>Nicht gespeichert: Die Entscheidung wurde anderswo nachträglich geändert. Ihre Änderungen bleiben hier erhalten, bis Sie wählen.</translation>
    </message>
</context>
<context>
    <name>debrief::DraftAutosave</name>
    <message>
        <source>Close Scorecard</source>
        <translation>Bewertungsbogen schließen</translation>
    </message>
    <message>
        <source>Your latest changes to this scorecard are not saved yet. Keep it open so that Debrief can save them when the database is free again?</source>
        <translation>Ihre letzten Änderungen an diesem Bewertungsbogen sind noch nicht gespeichert. Möchten Sie ihn geöffnet lassen, damit Debrief sie speichern kann, sobald die Datenbank wieder frei ist?</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
</context>
<context>
    <name>debrief::DraftEditor</name>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>S&amp;peichern</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copies the message as plain text and HTML.</source>
        <translation>Kopiert die Nachricht als reinen Text und als HTML.</translation>
    </message>
    <message>
        <source>Open in &amp;Mail Client</source>
        <translation>Im E-&amp;Mail-Programm öffnen</translation>
    </message>
    <message>
        <source>Save as .&amp;eml…</source>
        <translation>Als .&amp;eml speichern…</translation>
    </message>
    <message>
        <source>Mark as Se&amp;nt…</source>
        <translation>Als &amp;gesendet markieren…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Rejection for %1 — %2</source>
        <translation>Absage an %1 — %2</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;, from %3</source>
        <translation>%1 &lt;%2&gt;, von %3</translation>
    </message>
    <message>
        <source>Held: %1 Do not send it until the hold is released.</source>
        <translation>Zurückgehalten: %1 Senden Sie die Nachricht erst, wenn die Zurückstellung aufgehoben ist.</translation>
    </message>
    <message>
        <source>Held until %1’s offer is accepted. %2 Sending it now would turn this candidate down while they may still be the panel&apos;s next choice.</source>
        <translation>Zurückgehalten, bis das Angebot an %1 angenommen ist. %2 Wird die Nachricht jetzt gesendet, erhält diese Person eine Absage, obwohl sie vielleicht noch die nächste Wahl des Interviewteams ist.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Sent on %1 by %2. A sent message is the record of what the candidate was told and no longer changes.</source>
        <translation>Am %1 per %2 gesendet. Eine gesendete Nachricht dokumentiert, was der bewerbenden Person mitgeteilt wurde, und ändert sich nicht mehr.</translation>
    </message>
    <message>
        <source>Write the Draft Again?</source>
        <translation>Entwurf neu schreiben?</translation>
    </message>
    <message>
        <source>The draft will be written again from the %1 template, and your edits to it will be replaced.</source>
        <translation>Der Entwurf wird aus der Vorlage „%1“ neu geschrieben, und Ihre Änderungen daran werden ersetzt.</translation>
    </message>
    <message>
        <source>The draft will be written again from the template with your choices, and your edits to it will be replaced.</source>
        <translation>Der Entwurf wird mit Ihrer Auswahl neu aus der Vorlage geschrieben, und Ihre Änderungen daran werden ersetzt.</translation>
    </message>
    <message>
        <source>Copied as plain text and HTML; noted in the communication log.</source>
        <translation>Als reiner Text und HTML kopiert; im Kommunikationsverlauf vermerkt.</translation>
    </message>
    <message>
        <source>No mail client opened the message. Use Copy or Save as .eml instead.</source>
        <translation>Kein E-Mail-Programm hat die Nachricht geöffnet. Verwenden Sie stattdessen „Kopieren“ oder „Als .eml speichern“.</translation>
    </message>
    <message>
        <source>Opened in the mail client; noted in the communication log.</source>
        <translation>Im E-Mail-Programm geöffnet; im Kommunikationsverlauf vermerkt.</translation>
    </message>
    <message>
        <source>Save as .eml</source>
        <translation>Als .eml speichern</translation>
    </message>
    <message>
        <source>E-mail messages (*.eml)</source>
        <translation>E-Mail-Nachrichten (*.eml)</translation>
    </message>
    <message>
        <source>Saved %1 (readable by you only); noted in the communication log.</source>
        <translation>%1 gespeichert (nur für Sie lesbar); im Kommunikationsverlauf vermerkt.</translation>
    </message>
    <message>
        <source>Send a Held Rejection?</source>
        <translation>Zurückgehaltene Absage senden?</translation>
    </message>
    <message>
        <source>Mark this rejection as sent anyway?</source>
        <translation>Diese Absage trotzdem als gesendet markieren?</translation>
    </message>
    <message>
        <source>Mark as Sent Anyway</source>
        <translation>Trotzdem als gesendet markieren</translation>
    </message>
    <message>
        <source>Keep Held</source>
        <translation>Weiter zurückhalten</translation>
    </message>
    <message>
        <source>Marked as sent and logged as the panel&apos;s final answer.</source>
        <translation>Als gesendet markiert und als endgültige Antwort des Interviewteams erfasst.</translation>
    </message>
    <message>
        <source>Rejection Draft</source>
        <translation>Absageentwurf</translation>
    </message>
    <message>
        <source>Offer for %1 — %2</source>
        <translation>Angebot an %1 — %2</translation>
    </message>
    <message>
        <source>Your version is saved over the other one.</source>
        <translation>Ihre Version wurde gespeichert und ersetzt die andere.</translation>
    </message>
    <message>
        <source>Showing the version saved elsewhere; yours was not kept.</source>
        <translation>Die anderswo gespeicherte Version wird angezeigt; Ihre wurde verworfen.</translation>
    </message>
    <message>
        <source>Not saved: this draft was changed elsewhere. Your text is kept here until you choose.</source>
        <translation>Nicht gespeichert: Dieser Entwurf wurde anderswo geändert. Ihr Text bleibt hier erhalten, bis Sie wählen.</translation>
    </message>
</context>
<context>
    <name>debrief::EditConflictDialog</name>
    <message>
        <source>Your version and the saved version, field by field</source>
        <translation>Ihre Version und die gespeicherte Version, Feld für Feld</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <source>Saved elsewhere</source>
        <translation>Anderswo gespeichert</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>&amp;Take Saved Version</source>
        <translation>&amp;Gespeicherte Version übernehmen</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>&amp;Später entscheiden</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>weicht ab</translation>
    </message>
</context>
<context>
    <name>debrief::InterviewListPanel</name>
    <message>
        <source>Panel: %1</source>
        <translation>Interviewteam: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Grund: %1</translation>
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
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>Press Enter or double-click an interview to score it; the context menu reschedules or cancels it.</source>
        <translation>Drücken Sie die Eingabetaste oder doppelklicken Sie auf ein Interview, um es zu bewerten; über das Kontextmenü können Sie es verschieben oder absagen.</translation>
    </message>
    <message>
        <source>Resched&amp;ule…</source>
        <translation>&amp;Verschieben…</translation>
    </message>
    <message>
        <source>&amp;Cancel Interview…</source>
        <translation>Interview &amp;absagen…</translation>
    </message>
    <message>
        <source>Save &amp;Invitation (.ics)…</source>
        <translation>&amp;Einladung speichern (.ics)…</translation>
    </message>
    <message>
        <source>Schedu&amp;le Interview…</source>
        <translation>Inter&amp;view planen…</translation>
    </message>
    <message>
        <source>Selected Interview</source>
        <translation>Ausgewähltes Interview</translation>
    </message>
    <message>
        <source>Actions for the selected interview</source>
        <translation>Aktionen für das ausgewählte Interview</translation>
    </message>
    <message>
        <source>Reschedule, cancel or save the invitation of the selected interview.</source>
        <translation>Das ausgewählte Interview verschieben, absagen oder seine Einladung speichern.</translation>
    </message>
    <message>
        <source>No interviews yet · &lt;a href=&quot;schedule&quot;&gt;Schedule interview…&lt;/a&gt;</source>
        <translation>Noch keine Interviews · &lt;a href=&quot;schedule&quot;&gt;Interview planen…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No interviews yet.</source>
        <translation>Noch keine Interviews.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Interview abgesagt</translation>
    </message>
</context>
<context>
    <name>debrief::InterviewScoresPanel</name>
    <message>
        <source>rubric v%1</source>
        <translation>Bewertungsraster v%1</translation>
    </message>
    <message>
        <source>Scorecards of the selected interview</source>
        <translation>Bewertungsbögen des ausgewählten Interviews</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Scorecards could not be loaded: %1</source>
        <translation>Bewertungsbögen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No interviews yet.</source>
        <translation>Noch keine Interviews.</translation>
    </message>
    <message>
        <source>Select an interview to see its scorecards.</source>
        <translation>Wählen Sie ein Interview aus, um seine Bewertungsbögen zu sehen.</translation>
    </message>
    <message>
        <source>Scored against “%1”, version %2</source>
        <translation>Bewertet nach „%1“, Version %2</translation>
    </message>
    <message>
        <source>Scored against different rubric versions (%1): each card says which.</source>
        <translation>Nach verschiedenen Versionen des Bewertungsrasters bewertet (%1): Jeder Bogen gibt an, nach welcher.</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (Sie)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · submitted, hidden</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · abgegeben, verborgen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · not started: press Enter on the interview to score it</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · nicht begonnen: Drücken Sie beim Interview die Eingabetaste, um es zu bewerten</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · not submitted yet</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · noch nicht abgegeben</translation>
    </message>
    <message>
        <source>no recommendation yet</source>
        <translation>noch keine Empfehlung</translation>
    </message>
    <message>
        <source>draft, only you see it</source>
        <translation>Entwurf, nur für Sie sichtbar</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>This interview was cancelled: nobody owes a scorecard for it.</source>
        <translation>Dieses Interview wurde abgesagt: Niemand muss dafür einen Bewertungsbogen abgeben.</translation>
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
    <name>debrief::LeadOnlyBanner</name>
    <message>
        <source>(no lead on the panel yet)</source>
        <translation>(noch keine Leitung im Interviewteam)</translation>
    </message>
    <message>
        <source>Only a panel lead of this opening can record or amend its decision, or record an offer&apos;s answer: %1. Choose who you are with File › Switch Panelist….</source>
        <translation>Nur die Leitung des Interviewteams dieser Stelle kann die Entscheidung festhalten oder nachträglich ändern oder die Antwort auf ein Angebot eintragen: %1. Legen Sie mit Datei › Interviewer:in wechseln… fest, wer Sie sind.</translation>
    </message>
    <message>
        <source>Only a panel lead of this opening can record or amend its decision, or record an offer&apos;s answer: %1. You are working as %2, so this form is read-only (File › Switch Panelist… changes that).</source>
        <translation>Nur die Leitung des Interviewteams dieser Stelle kann die Entscheidung festhalten oder nachträglich ändern oder die Antwort auf ein Angebot eintragen: %1. Sie arbeiten als %2, daher ist dieses Formular schreibgeschützt (Datei › Interviewer:in wechseln… ändert das).</translation>
    </message>
</context>
<context>
    <name>debrief::LogCommunicationDialog</name>
    <message>
        <source>No answer date promised yet.</source>
        <translation>Noch kein Antworttermin zugesagt.</translation>
    </message>
    <message>
        <source>Log a Message or Call with %1</source>
        <translation>Nachricht oder Anruf mit %1 erfassen</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <comment>date and time pattern</comment>
        <translation>d. MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>From us to the candidate</source>
        <translation>Von uns an die bewerbende Person</translation>
    </message>
    <message>
        <source>From the candidate to us</source>
        <translation>Von der bewerbenden Person an uns</translation>
    </message>
    <message>
        <source>What was said or sent, in a sentence or two.</source>
        <translation>Was gesagt oder gesendet wurde, in ein, zwei Sätzen.</translation>
    </message>
    <message>
        <source>The date this message promised the next answer by; it becomes the candidate&apos;s promised answer date.</source>
        <translation>Das Datum, bis zu dem diese Nachricht die nächste Antwort zugesagt hat; es wird zum zugesagten Antworttermin der bewerbenden Person.</translation>
    </message>
    <message>
        <source>This was our &amp;final answer</source>
        <translation>Dies war unsere &amp;endgültige Antwort</translation>
    </message>
    <message>
        <source>The candidate waits for nothing more: their promised answer date is cleared.</source>
        <translation>Die bewerbende Person wartet auf nichts mehr: Der zugesagte Antworttermin wird entfernt.</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <source>Answer promised so far:</source>
        <translation>Bisher zugesagter Antworttermin:</translation>
    </message>
    <message>
        <source>&amp;Next answer promised by:</source>
        <translation>&amp;Nächste Antwort zugesagt bis:</translation>
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
    <message>
        <source>No candidates yet.</source>
        <translation>Noch keine Bewerbenden.</translation>
    </message>
    <message>
        <source>&amp;New Panel Database…</source>
        <translation>&amp;Neue Interviewteam-Datenbank…</translation>
    </message>
    <message>
        <source>Try the &amp;Demo</source>
        <translation>Demo aus&amp;probieren</translation>
    </message>
    <message>
        <source>Open a sample database to look around in; your own data is not touched.</source>
        <translation>Eine Beispieldatenbank zum Ausprobieren öffnen; Ihre eigenen Daten bleiben unberührt.</translation>
    </message>
    <message>
        <source>&amp;Add Candidate…</source>
        <translation>Bewerber:in hinzu&amp;fügen…</translation>
    </message>
    <message>
        <source>I&amp;mport from CSV…</source>
        <translation>Aus CSV i&amp;mportieren…</translation>
    </message>
    <message>
        <source>No candidates for %1 yet. Add them one by one, or import a CSV file from a job board or a spreadsheet.</source>
        <translation>Noch keine Bewerbenden für %1. Fügen Sie sie einzeln hinzu oder importieren Sie eine CSV-Datei aus einer Jobbörse oder einer Tabellenkalkulation.</translation>
    </message>
    <message>
        <source>Add a candidate, and their details appear here.</source>
        <translation>Fügen Sie eine bewerbende Person hinzu; ihre Details erscheinen dann hier.</translation>
    </message>
    <message>
        <source>Select a candidate to see their details.</source>
        <translation>Wählen Sie eine bewerbende Person aus, um die Details zu sehen.</translation>
    </message>
    <message>
        <source>No database open. Use File › New Panel Database… or File › Open….</source>
        <translation>Keine Datenbank geöffnet. Verwenden Sie Datei › Neue Interviewteam-Datenbank… oder Datei › Öffnen….</translation>
    </message>
    <message>
        <source>%1 on %2 — Debrief</source>
        <translation>%1 auf %2 — Debrief</translation>
    </message>
</context>
<context>
    <name>debrief::MarkSentDialog</name>
    <message>
        <source>Mark as Sent</source>
        <translation>Als gesendet markieren</translation>
    </message>
    <message>
        <source>Record that %1 has been told, and how. The message is logged as the panel&apos;s final answer and the application closes as rejected; this cannot be changed afterwards.</source>
        <translation>Halten Sie fest, dass %1 informiert wurde und auf welchem Weg. Die Nachricht wird als endgültige Antwort des Interviewteams erfasst und die Bewerbung als abgesagt geschlossen; das lässt sich danach nicht mehr ändern.</translation>
    </message>
    <message>
        <source>Sent &amp;by:</source>
        <translation>Gesendet &amp;per:</translation>
    </message>
    <message>
        <source>Mark as &amp;Sent</source>
        <translation>Als &amp;gesendet markieren</translation>
    </message>
</context>
<context>
    <name>debrief::MessageTemplateEditor</name>
    <message>
        <source>Application (not interviewed)</source>
        <translation>Bewerbung (ohne Interview)</translation>
    </message>
    <message>
        <source>Screening call</source>
        <translation>Vorauswahlgespräch</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Final round</source>
        <translation>Finale Runde</translation>
    </message>
    <message>
        <source>Message Templates[*]</source>
        <translation>Nachrichtenvorlagen[*]</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>For candidates who reached the &amp;stage:</source>
        <translation>Für Bewerbende, die diese &amp;Phase erreicht haben:</translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation>&amp;Betreff</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>&amp;Placeholders and flags</source>
        <translation>P&amp;latzhalter und Schalter</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Go back to the newest saved version.</source>
        <translation>Zur neuesten gespeicherten Version zurückkehren.</translation>
    </message>
    <message>
        <source>Drafts written from now on use the new version (Ctrl+S).</source>
        <translation>Ab jetzt geschriebene Entwürfe verwenden die neue Version (Strg+S).</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Discard your changes to this template and open another?</source>
        <translation>Ihre Änderungen an dieser Vorlage verwerfen und eine andere öffnen?</translation>
    </message>
    <message>
        <source>Message Templates</source>
        <translation>Nachrichtenvorlagen</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The preview returns once the template is fixed.</source>
        <translation>Die Vorschau erscheint wieder, sobald die Vorlage korrigiert ist.</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Als Version %1 gespeichert.</translation>
    </message>
    <message>
        <source>Discard your changes and restore version %1?</source>
        <translation>Ihre Änderungen verwerfen und Version %1 wiederherstellen?</translation>
    </message>
    <message>
        <source>Close without saving your changes to this template?</source>
        <translation>Schließen, ohne Ihre Änderungen an dieser Vorlage zu speichern?</translation>
    </message>
    <message>
        <source>Offer to the chosen candidate</source>
        <translation>Angebot an die ausgewählte Person</translation>
    </message>
    <message>
        <source>Save as Ne&amp;w Version</source>
        <translation>Als &amp;neue Version speichern</translation>
    </message>
</context>
<context>
    <name>debrief::MoveToServerDialog</name>
    <message>
        <source>&amp;Move to Server…</source>
        <translation>Auf Server &amp;verschieben…</translation>
    </message>
    <message>
        <source>Copy this database file to an empty database on a panel server</source>
        <translation>Diese Datenbankdatei in eine leere Datenbank auf einem Interviewteam-Server kopieren</translation>
    </message>
    <message>
        <source>Move to Server</source>
        <translation>Auf Server verschieben</translation>
    </message>
    <message>
        <source>Copies everything in %1 (openings, candidates, scorecards, decisions, drafts, templates and the audit log, with their ids) into an empty database on a panel server. The file itself stays as it is.</source>
        <translation>Kopiert alles aus %1 (Stellen, Bewerbende, Bewertungsbögen, Entscheidungen, Entwürfe, Vorlagen und das Änderungsprotokoll, samt IDs) in eine leere Datenbank auf einem Interviewteam-Server. Die Datei selbst bleibt unverändert.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adresse:</translation>
    </message>
    <message>
        <source>Copy progress</source>
        <translation>Fortschritt des Kopierens</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <source>Cancelling; nothing will be kept on the server…</source>
        <translation>Wird abgebrochen; auf dem Server bleibt nichts erhalten…</translation>
    </message>
    <message>
        <source>Enter the address of the server database.</source>
        <translation>Geben Sie die Adresse der Serverdatenbank ein.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n opening(s) (%1 rows) to %2.</source>
        <translation>
            <numerusform>%n Stelle (%1 Datensätze) nach %2 kopiert.</numerusform>
            <numerusform>%n Stellen (%1 Datensätze) nach %2 kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>Wird kopiert…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Open Server</source>
        <translation>Server ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>debrief::MyInterviewsModel</name>
    <message>
        <source>no time yet</source>
        <translation>noch kein Termin</translation>
    </message>
    <message>
        <source>⚠ Scorecard overdue</source>
        <translation>⚠ Bewertungsbogen überfällig</translation>
    </message>
    <message>
        <source>Scorecard to write</source>
        <translation>Bewertungsbogen ausstehend</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Anstehend</translation>
    </message>
    <message>
        <source>%1 (draft started)</source>
        <translation>%1 (Entwurf begonnen)</translation>
    </message>
    <message>
        <source>%1 with %2 (%3). Press Enter to open your scorecard.</source>
        <translation>%1 mit %2 (%3). Drücken Sie die Eingabetaste, um Ihren Bewertungsbogen zu öffnen.</translation>
    </message>
    <message>
        <source>Your scorecard for the %1 with %2 (%3) was due %4. Press Enter to write it.</source>
        <translation>Ihr Bewertungsbogen für „%1“ mit %2 (%3) war am %4 fällig. Drücken Sie die Eingabetaste, um ihn zu schreiben.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Bewerber:in</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>debrief::MyInterviewsView</name>
    <message>
        <source>My interviews</source>
        <translation>Meine Interviews</translation>
    </message>
    <message>
        <source>My interviews and the scorecards I owe</source>
        <translation>Meine Interviews und meine noch ausstehenden Bewertungsbögen</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open your scorecard.</source>
        <translation>Drücken Sie die Eingabetaste oder doppelklicken Sie, um Ihren Bewertungsbogen zu öffnen.</translation>
    </message>
    <message>
        <source>Nobody is scoring on this computer yet. Choose who you are with File › Switch Panelist… to see your interviews here.</source>
        <translation>Auf diesem Computer bewertet noch niemand. Legen Sie mit Datei › Interviewer:in wechseln… fest, wer Sie sind, um hier Ihre Interviews zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n scorecard(s) to write</source>
        <translation>
            <numerusform>%1: %n Bewertungsbogen ausstehend</numerusform>
            <numerusform>%1: %n Bewertungsbögen ausstehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n overdue</source>
        <translation>
            <numerusform>⚠ %n überfällig</numerusform>
            <numerusform>⚠ %n überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) coming up</source>
        <translation>
            <numerusform>%n anstehendes Interview</numerusform>
            <numerusform>%n anstehende Interviews</numerusform>
        </translation>
    </message>
    <message>
        <source>. Enter opens the scorecard.</source>
        <translation>. Die Eingabetaste öffnet den Bewertungsbogen.</translation>
    </message>
    <message>
        <source>Nothing to write and nothing coming up for %1. Interviews appear here once you are on one: schedule them from a candidate&apos;s Interviews tab or with Opening › Schedule Interview….</source>
        <translation>Für %1 gibt es nichts zu schreiben und keine anstehenden Interviews. Interviews erscheinen hier, sobald Sie für eines eingeplant sind: Planen Sie sie auf der Registerkarte „Interviews“ einer bewerbenden Person oder über Stelle › Interview planen….</translation>
    </message>
</context>
<context>
    <name>debrief::OfferOutcomeDialog</name>
    <message>
        <source>Offer Declined or Hire Fell Through</source>
        <translation>Angebot abgelehnt oder Einstellung kam nicht zustande</translation>
    </message>
    <message>
        <source>Offer Accepted</source>
        <translation>Angebot angenommen</translation>
    </message>
    <message>
        <source>For example: accepted a counter-offer; did not start</source>
        <translation>Zum Beispiel: Gegenangebot angenommen; Stelle nicht angetreten</translation>
    </message>
    <message>
        <source>&amp;Candidate:</source>
        <translation>B&amp;ewerber:in:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Record &amp;Declined Offer</source>
        <translation>Abgelehntes Angebot &amp;festhalten</translation>
    </message>
    <message>
        <source>Record &amp;Accepted Offer</source>
        <translation>Angenommenes Angebot &amp;festhalten</translation>
    </message>
    <message>
        <source>This opening has no decision yet: record it first.</source>
        <translation>Für diese Stelle gibt es noch keine Entscheidung: Halten Sie zuerst eine fest.</translation>
    </message>
    <message>
        <source>No chosen candidate of this opening has an offer or a hire that could fall through.</source>
        <translation>Keine ausgewählte Person dieser Stelle hat ein Angebot oder eine Einstellung, die nicht zustande kommen könnte.</translation>
    </message>
    <message>
        <source>No chosen candidate of this opening is waiting on an offer.</source>
        <translation>Für keine ausgewählte Person dieser Stelle steht ein Angebot aus.</translation>
    </message>
    <message>
        <source>%1 moves to Hired. The runners-up are released from hold once every chosen candidate has accepted, and their answers wait under Ready in Rejection Drafts.</source>
        <translation>%1 kommt in die Phase „Eingestellt“. Die Zurückstellung der zweiten Wahl wird aufgehoben, sobald alle ausgewählten Personen angenommen haben, und ihre Antworten warten unter „Bereit“ in den Absageentwürfen.</translation>
    </message>
    <message>
        <source>%1 is withdrawn. No runner-up is on hold, so nobody moves up: amend the decision to choose someone else.</source>
        <translation>%1 kommt in die Phase „Zurückgezogen“. Niemand aus der zweiten Wahl ist zurückgestellt, daher rückt niemand nach: Ändern Sie die Entscheidung nachträglich, um jemand anderen auszuwählen.</translation>
    </message>
    <message>
        <source>%1 is withdrawn. %2, the first runner-up on hold, becomes the chosen candidate, with an offer letter to start from in Rejection Drafts; the other runners-up stay on hold.</source>
        <translation>%1 kommt in die Phase „Zurückgezogen“. %2, die erste zurückgestellte Person aus der zweiten Wahl, wird zur ausgewählten Person; in den Absageentwürfen liegt ein Angebotsschreiben als Ausgangspunkt bereit. Die übrigen Personen aus der zweiten Wahl bleiben zurückgestellt.</translation>
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
    <name>debrief::OpeningSetupDialog</name>
    <message>
        <source>e.g. Backend Engineer</source>
        <translation>z. B. Backend-Entwickler:in</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Tea&amp;m:</source>
        <translation>Te&amp;am:</translation>
    </message>
    <message>
        <source>&amp;Hiring manager:</source>
        <translation>Einstellende &amp;Führungskraft:</translation>
    </message>
    <message>
        <source>&amp;Positions:</source>
        <translation>&amp;Positionen:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>The rubric has its own editor (Opening › Edit Rubric…), which keeps a new version once scorecards were submitted against it.</source>
        <translation>Das Bewertungsraster hat einen eigenen Editor (Stelle › Bewertungsraster bearbeiten…), der eine neue Version anlegt, sobald danach Bewertungsbögen abgegeben wurden.</translation>
    </message>
    <message>
        <source>&amp;Rubric</source>
        <translation>Bewertungs&amp;raster</translation>
    </message>
    <message>
        <source>Interview r&amp;ounds</source>
        <translation>Interviewr&amp;unden</translation>
    </message>
    <message>
        <source>Pa&amp;nel</source>
        <translation>Intervie&amp;wteam</translation>
    </message>
    <message>
        <source>New Opening</source>
        <translation>Neue Stelle</translation>
    </message>
    <message>
        <source>Set Up Opening</source>
        <translation>Stelle einrichten</translation>
    </message>
    <message>
        <source>&amp;Create Opening</source>
        <translation>Stelle an&amp;legen</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: fix the %n problem(s) marked above.</source>
        <translation>
            <numerusform>Es wurde nichts gespeichert: %n oben markiertes Problem muss behoben werden.</numerusform>
            <numerusform>Es wurde nichts gespeichert: %n oben markierte Probleme müssen behoben werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sa&amp;ve Set-Up</source>
        <translation>Einrichtung spei&amp;chern</translation>
    </message>
    <message>
        <source>Opening Changed Elsewhere</source>
        <translation>Stelle anderswo geändert</translation>
    </message>
    <message>
        <source>The set-up of this opening was saved elsewhere (in another window or on another computer) after you opened this dialog. Nothing was overwritten. Compare the two versions and choose which to keep.</source>
        <translation>Die Einrichtung dieser Stelle wurde anderswo gespeichert (in einem anderen Fenster oder auf einem anderen Computer), nachdem Sie diesen Dialog geöffnet hatten. Es wurde nichts überschrieben. Vergleichen Sie beide Versionen und wählen Sie, welche Sie behalten.</translation>
    </message>
    <message>
        <source>Showing the set-up saved elsewhere; yours was not kept.</source>
        <translation>Die anderswo gespeicherte Einrichtung wird angezeigt; Ihre wurde verworfen.</translation>
    </message>
    <message>
        <source>Not saved: this opening was changed elsewhere. Your changes are kept here until you choose.</source>
        <translation>Nicht gespeichert: Diese Stelle wurde anderswo geändert. Ihre Änderungen bleiben hier erhalten, bis Sie wählen.</translation>
    </message>
</context>
<context>
    <name>debrief::OptionalDateEdit</name>
    <message>
        <source>None</source>
        <comment>no date set</comment>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date field pattern, see QDateTimeEdit::displayFormat</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>Up and Down start from today; Delete with the whole date selected clears it.</source>
        <translation>Pfeil auf/ab beginnt beim heutigen Datum; Entf bei vollständig markiertem Datum löscht es.</translation>
    </message>
</context>
<context>
    <name>debrief::PanelEditor</name>
    <message>
        <source>lead</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Interviewteam</translation>
    </message>
    <message>
        <source>Stored panelist to add</source>
        <translation>Gespeicherte:r Interviewer:in zum Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Panel lead</source>
        <translation>Leitung des Interviewteams</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>Le&amp;itung:</translation>
    </message>
    <message>
        <source>The lead may reveal scorecards to the panel and records the decision.</source>
        <translation>Die Leitung kann die Bewertungsbögen für das Interviewteam freigeben und hält die Entscheidung fest.</translation>
    </message>
    <message>
        <source>New panelist&apos;s name</source>
        <translation>Name der neuen Person im Interviewteam</translation>
    </message>
    <message>
        <source>New panelist&apos;s e-mail address</source>
        <translation>E-Mail-Adresse der neuen Person im Interviewteam</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Add Panel&amp;ist</source>
        <translation>Interviewer:in &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add Ne&amp;w</source>
        <translation>&amp;Neu hinzufügen</translation>
    </message>
</context>
<context>
    <name>debrief::PersonActions</name>
    <message>
        <source>Export Everything About This Person</source>
        <translation>Alles über diese Person exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Saved everything about %1 to %2 (readable by you only).</source>
        <translation>Alles über %1 als %2 gespeichert (nur für Sie lesbar).</translation>
    </message>
    <message>
        <source>Erase This Person</source>
        <translation>Diese Person löschen</translation>
    </message>
    <message>
        <source>Erase %1 and everything Debrief holds about them?</source>
        <translation>%1 und alles, was Debrief über diese Person gespeichert hat, löschen?</translation>
    </message>
    <message>
        <source>This deletes them and %1 (%2), takes their name out of decision rationales, and cannot be undone. The audit log keeps only that a person was erased, with these counts.</source>
        <translation>Dadurch werden die Person und %1 (%2) gelöscht und ihr Name aus den Begründungen von Entscheidungen entfernt; das lässt sich nicht rückgängig machen. Das Änderungsprotokoll hält nur fest, dass eine Person gelöscht wurde, mit diesen Anzahlen.</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Erased candidate #%1 and %2.</source>
        <translation>Die bewerbende Person #%1 und %2 wurden gelöscht.</translation>
    </message>
</context>
<context>
    <name>debrief::PipelineCommands</name>
    <message>
        <source>Move %1 to %2</source>
        <translation>%1 in die Phase %2 verschieben</translation>
    </message>
    <message>
        <source>Change promised date of %1</source>
        <translation>Zugesagten Antworttermin von %1 ändern</translation>
    </message>
    <message>
        <source>Clear promised date of %1</source>
        <translation>Zugesagten Antworttermin von %1 entfernen</translation>
    </message>
    <message>
        <source>Edit notes of %1</source>
        <translation>Notizen zu %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add reference for %1</source>
        <translation>Referenz für %1 hinzufügen</translation>
    </message>
    <message>
        <source>The reference no longer exists.</source>
        <translation>Die Referenz existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Edit reference for %1</source>
        <translation>Referenz für %1 bearbeiten</translation>
    </message>
    <message>
        <source>Remove reference for %1</source>
        <translation>Referenz für %1 entfernen</translation>
    </message>
    <message>
        <source>Add candidate %1</source>
        <translation>Bewerber:in %1 hinzufügen</translation>
    </message>
    <message>
        <source>Keep your edit of %1</source>
        <translation>Ihre Änderung an %1 behalten</translation>
    </message>
</context>
<context>
    <name>debrief::ReferenceDialog</name>
    <message>
        <source>Add Reference for %1</source>
        <translation>Referenz für %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit Reference for %1</source>
        <translation>Referenz für %1 bearbeiten</translation>
    </message>
    <message>
        <source>e.g. former manager</source>
        <translation>z. B. ehemalige Führungskraft</translation>
    </message>
    <message>
        <source>phone or e-mail</source>
        <translation>Telefon oder E-Mail</translation>
    </message>
    <message>
        <source>What the referee said, in their words where it matters.</source>
        <translation>Was die Referenzperson gesagt hat – wo es darauf ankommt, in ihren eigenen Worten.</translation>
    </message>
    <message>
        <source>The reference raised a &amp;concern the panel must weigh</source>
        <translation>Die Referenz äußert Be&amp;denken, die das Interviewteam abwägen muss</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation>&amp;Beziehung:</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <source>Contacted &amp;on:</source>
        <translation>Kontaktiert a&amp;m:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>debrief::ReferenceListEditor</name>
    <message>
        <source>&amp;Add…</source>
        <translation>Hinzu&amp;fügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referenzen</translation>
    </message>
    <message>
        <source>Record a referee for this candidate</source>
        <translation>Eine Referenzperson für diese bewerbende Person erfassen</translation>
    </message>
    <message>
        <source>Remove the selected reference (Delete); Edit › Undo brings it back</source>
        <translation>Die ausgewählte Referenz entfernen (Entf); Bearbeiten › Rückgängig stellt sie wieder her</translation>
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
        <source>Reference Changed Elsewhere</source>
        <translation>Referenz anderswo geändert</translation>
    </message>
    <message>
        <source>This reference was saved elsewhere (in another window or on another computer) after you opened it. Nothing was overwritten. Compare the two versions and choose which to keep.</source>
        <translation>Diese Referenz wurde anderswo gespeichert (in einem anderen Fenster oder auf einem anderen Computer), nachdem Sie sie geöffnet hatten. Es wurde nichts überschrieben. Vergleichen Sie beide Versionen und wählen Sie, welche Sie behalten.</translation>
    </message>
</context>
<context>
    <name>debrief::RejectionDraftsView</name>
    <message>
        <source>Held (%1): wait until the chosen candidate accepts</source>
        <translation>Zurückgehalten (%1): warten, bis die ausgewählte Person annimmt</translation>
    </message>
    <message>
        <source>Ready (%1)</source>
        <translation>Bereit (%1)</translation>
    </message>
    <message>
        <source>Sent (%1)</source>
        <translation>Gesendet (%1)</translation>
    </message>
    <message>
        <source>Candidates not chosen</source>
        <translation>Nicht ausgewählte Bewerbende</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Bewerber:in</translation>
    </message>
    <message>
        <source>Stage reached</source>
        <translation>Erreichte Phase</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>&amp;Open Draft</source>
        <translation>Entwurf ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Save All Ready as .&amp;eml…</source>
        <translation>Alle bereiten als .&amp;eml speichern…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Rejection Drafts — %1</source>
        <translation>Absageentwürfe — %1</translation>
    </message>
    <message>
        <source>Sent %1 by %2</source>
        <translation>Am %1 per %2 gesendet</translation>
    </message>
    <message>
        <source>Not drafted yet: opening it writes one from the template</source>
        <translation>Noch kein Entwurf: Beim Öffnen wird einer aus der Vorlage geschrieben</translation>
    </message>
    <message>
        <source>Draft saved %1</source>
        <translation>Entwurf gespeichert am %1</translation>
    </message>
    <message>
        <source>Save Ready Rejections in Folder</source>
        <translation>Bereite Absagen in Ordner speichern</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n .eml file(s) to %1, readable by you only; each is noted in the candidate&apos;s communication log.</source>
        <translation>
            <numerusform>%n .eml-Datei nach %1 geschrieben, nur für Sie lesbar; sie ist im Kommunikationsverlauf der bewerbenden Person vermerkt.</numerusform>
            <numerusform>%n .eml-Dateien nach %1 geschrieben, nur für Sie lesbar; jede ist im Kommunikationsverlauf der jeweiligen bewerbenden Person vermerkt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled before the end.</source>
        <translation>Vor dem Ende abgebrochen.</translation>
    </message>
    <message>
        <source>Rejection Drafts</source>
        <translation>Absageentwürfe</translation>
    </message>
    <message>
        <source>Offer letters (%1): the chosen candidate&apos;s offer is pending</source>
        <translation>Angebotsschreiben (%1): Angebot an die ausgewählte Person ausstehend</translation>
    </message>
    <message>
        <source>The letters for &lt;b&gt;%1&lt;/b&gt;: the chosen candidate&apos;s offer, and the answer to everyone not chosen, held, ready or sent. Enter opens a draft.</source>
        <translation>Die Schreiben für &lt;b&gt;%1&lt;/b&gt;: das Angebot an die ausgewählte Person und die Antwort an alle, die nicht ausgewählt wurden – zurückgehalten, bereit oder gesendet. Die Eingabetaste öffnet einen Entwurf.</translation>
    </message>
    <message>
        <source>Writing rejection e-mails…</source>
        <translation>Absage-E-Mails werden geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Not written, because the tone check has open findings on them: open each draft to review it, then save it on its own.</source>
        <translation>Nicht geschrieben, weil die Tonprüfung dazu offene Hinweise hat: Öffnen Sie jeden Entwurf, um ihn zu prüfen, und speichern Sie ihn dann einzeln.</translation>
    </message>
</context>
<context>
    <name>debrief::ReportExportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <source>PDF/&amp;A for archiving</source>
        <translation>PDF/&amp;A zur Archivierung</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Bericht:</translation>
    </message>
    <message>
        <source>&amp;Candidate:</source>
        <translation>B&amp;ewerber:in:</translation>
    </message>
    <message>
        <source>Page &amp;size:</source>
        <translation>Seiten&amp;format:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Export Report: %1</source>
        <translation>Bericht exportieren: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Choose the file to write the report to.</source>
        <translation>Wählen Sie die Datei, in die der Bericht geschrieben werden soll.</translation>
    </message>
    <message>
        <source>Choose the candidate the packet is about.</source>
        <translation>Wählen Sie die bewerbende Person, um die es im Dossier geht.</translation>
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
        <source>Writing page %1 of %2…</source>
        <translation>Seite %1 von %2 wird geschrieben…</translation>
    </message>
    <message>
        <source>The report could not be written to %1.

%2</source>
        <translation>Der Bericht konnte nicht nach %1 geschrieben werden.

%2</translation>
    </message>
    <message>
        <source>The folder %1 could not be created, so the report was not written.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden; der Bericht wurde daher nicht geschrieben.</translation>
    </message>
</context>
<context>
    <name>debrief::RetentionRunner</name>
    <message>
        <source>The retention period could not be applied: %1</source>
        <translation>Die Aufbewahrungsfrist konnte nicht angewendet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Anonymised %n candidate(s) rejected or withdrawn with no activity for over %1 (File › Data Protection…).</source>
        <translation>
            <numerusform>%n bewerbende Person anonymisiert, deren Bewerbungen abgesagt oder zurückgezogen sind und deren letzte Aktivität mehr als %1 zurückliegt (Datei › Datenschutz…).</numerusform>
            <numerusform>%n Bewerbende anonymisiert, deren Bewerbungen abgesagt oder zurückgezogen sind und deren letzte Aktivität mehr als %1 zurückliegt (Datei › Datenschutz…).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::RoundListEditor</name>
    <message>
        <source>Interview rounds</source>
        <translation>Interviewrunden</translation>
    </message>
    <message>
        <source>Double-click or press F2 to rename a round.</source>
        <translation>Doppelklicken oder F2 drücken, um eine Runde umzubenennen.</translation>
    </message>
    <message>
        <source>Name of a new round</source>
        <translation>Name einer neuen Runde</translation>
    </message>
    <message>
        <source>New round, e.g. “Phone screen”</source>
        <translation>Neue Runde, z. B. „Telefoninterview“</translation>
    </message>
    <message>
        <source>&amp;Add Round</source>
        <translation>Runde hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Add the round named on the left</source>
        <translation>Die links benannte Runde hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected round</source>
        <translation>Die ausgewählte Runde entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected round earlier</source>
        <translation>Die ausgewählte Runde nach vorne verschieben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected round later</source>
        <translation>Die ausgewählte Runde nach hinten verschieben</translation>
    </message>
    <message>
        <source>Rounds already stored stay; rename them instead.</source>
        <translation>Bereits gespeicherte Runden bleiben erhalten; benennen Sie sie stattdessen um.</translation>
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
        <translation>&amp;Name des Bewertungsrasters:</translation>
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
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
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
    <message>
        <source>Rename “%1”</source>
        <translation>„%1“ umbenennen</translation>
    </message>
    <message>
        <source>Change level %2 anchor of “%1”</source>
        <translation>Anker für Stufe %2 von „%1“ ändern</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Wei&amp;ght:</source>
        <translation>&amp;Gewichtung:</translation>
    </message>
</context>
<context>
    <name>debrief::RubricSourcePicker</name>
    <message>
        <source>Rubric to start from</source>
        <translation>Bewertungsraster als Ausgangspunkt</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Vorlage: %1</translation>
    </message>
    <message>
        <source>Copy the rubric of “%1”</source>
        <translation>Bewertungsraster von „%1“ kopieren</translation>
    </message>
    <message>
        <source>No rubric yet (write it in the rubric editor)</source>
        <translation>Noch kein Bewertungsraster (im Bewertungsraster-Editor anlegen)</translation>
    </message>
    <message>
        <source>The opening starts without criteria; add them with Opening › Edit Rubric….</source>
        <translation>Die Stelle beginnt ohne Kriterien; fügen Sie sie über Stelle › Bewertungsraster bearbeiten… hinzu.</translation>
    </message>
    <message>
        <source>&lt;li&gt;%1 &lt;span style=&apos;color:gray&apos;&gt;(weight %2, 1–%3)&lt;/span&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1 &lt;span style=&apos;color:gray&apos;&gt;(Gewichtung %2, 1–%3)&lt;/span&gt;&lt;/li&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria</source>
        <translation>
            <numerusform>%n Kriterium</numerusform>
            <numerusform>%n Kriterien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggested round(s)</source>
        <translation>
            <numerusform>%n vorgeschlagene Runde</numerusform>
            <numerusform>%n vorgeschlagene Runden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::ScheduleInterviewDialog</name>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Reschedule Interview with %1</source>
        <translation>Interview mit %1 verschieben</translation>
    </message>
    <message>
        <source>Schedule Interview with %1</source>
        <translation>Interview mit %1 planen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <comment>date and time as typed into the schedule dialog, see QDateTimeEdit::displayFormat</comment>
        <translation>dd.MM.yyyy HH:mm</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Room, address or phone number</source>
        <translation>Raum, Adresse oder Telefonnummer</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Panelists on the interview</source>
        <translation>Interviewer:innen des Interviews</translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected panelist.</source>
        <translation>Die Leertaste setzt oder entfernt das Häkchen bei der ausgewählten Person im Interviewteam.</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Runde:</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Datum und Uhrzeit:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>Da&amp;uer:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Video link:</source>
        <translation>&amp;Videolink:</translation>
    </message>
    <message>
        <source>&amp;Panelists:</source>
        <translation>&amp;Interviewer:innen:</translation>
    </message>
    <message>
        <source>Re&amp;schedule</source>
        <translation>Ver&amp;schieben</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Planen</translation>
    </message>
    <message>
        <source>%1 (lead)</source>
        <translation>%1 (Leitung)</translation>
    </message>
    <message>
        <source>No e-mail address on record: named in the invitation but not invited by it.</source>
        <translation>Keine E-Mail-Adresse hinterlegt: in der Einladung genannt, aber nicht über sie eingeladen.</translation>
    </message>
    <message>
        <source>%1 · time zone %2</source>
        <translation>%1 · Zeitzone %2</translation>
    </message>
    <message>
        <source>Interview Changed Elsewhere</source>
        <translation>Interview anderswo geändert</translation>
    </message>
    <message>
        <source>This interview was saved elsewhere (in another window or on another computer) after you opened this form. Nothing was overwritten. Compare the two versions and choose which to keep.</source>
        <translation>Dieses Interview wurde anderswo gespeichert (in einem anderen Fenster oder auf einem anderen Computer), nachdem Sie dieses Formular geöffnet hatten. Es wurde nichts überschrieben. Vergleichen Sie beide Versionen und wählen Sie, welche Sie behalten.</translation>
    </message>
    <message>
        <source>The interview was cancelled meanwhile; schedule a new one instead.</source>
        <translation>Das Interview wurde inzwischen abgesagt; planen Sie stattdessen ein neues.</translation>
    </message>
    <message>
        <source>Showing the version saved elsewhere; yours was not kept.</source>
        <translation>Die anderswo gespeicherte Version wird angezeigt; Ihre wurde verworfen.</translation>
    </message>
    <message>
        <source>Not saved: this interview was changed elsewhere. Your changes are kept here until you choose.</source>
        <translation>Nicht gespeichert: Dieses Interview wurde anderswo geändert. Ihre Änderungen bleiben hier erhalten, bis Sie wählen.</translation>
    </message>
</context>
<context>
    <name>debrief::SchedulingCommands</name>
    <message>
        <source>Schedule interview with %1</source>
        <translation>Interview mit %1 planen</translation>
    </message>
    <message>
        <source>Reschedule interview with %1</source>
        <translation>Interview mit %1 verschieben</translation>
    </message>
    <message>
        <source>Cancel interview with %1</source>
        <translation>Interview mit %1 absagen</translation>
    </message>
    <message>
        <source>The candidate or the round of this interview no longer exists.</source>
        <translation>Die bewerbende Person oder die Runde dieses Interviews existiert nicht mehr.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
</context>
<context>
    <name>debrief::ScoreLevelPicker</name>
    <message>
        <source>Locked: submitted</source>
        <translation>Gesperrt: abgegeben</translation>
    </message>
</context>
<context>
    <name>debrief::ScorecardConflict</name>
    <message>
        <source>Scorecard Changed Elsewhere</source>
        <translation>Bewertungsbogen anderswo geändert</translation>
    </message>
    <message>
        <source>This scorecard was saved elsewhere (in another window or on another computer) at %1, after you opened it. Nothing was overwritten. Compare the two versions and choose which to keep.</source>
        <translation>Dieser Bewertungsbogen wurde am %1 anderswo gespeichert (in einem anderen Fenster oder auf einem anderen Computer), nachdem Sie ihn geöffnet hatten. Es wurde nichts überschrieben. Vergleichen Sie beide Versionen und wählen Sie, welche Sie behalten.</translation>
    </message>
    <message>
        <source>The saved version has been submitted. Take it; to change it afterwards, amend it with a reason.</source>
        <translation>Die gespeicherte Version wurde abgegeben. Übernehmen Sie sie; danach ist nur noch eine nachträgliche Änderung mit Begründung möglich.</translation>
    </message>
</context>
<context>
    <name>debrief::ScorecardEditor</name>
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
        <source>Scorecard: %1</source>
        <translation>Bewertungsbogen: %1</translation>
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
        <source>%1 · %2 · scored by %3 against “%4”</source>
        <translation>%1 · %2 · bewertet von %3 nach „%4“</translation>
    </message>
    <message>
        <source>Rubric v%1</source>
        <translation>Bewertungsraster v%1</translation>
    </message>
    <message>
        <source>Scored against “%1”, version %2. The card keeps this version when the rubric is edited later.</source>
        <translation>Bewertet nach „%1“, Version %2. Der Bogen behält diese Version, auch wenn das Bewertungsraster später bearbeitet wird.</translation>
    </message>
    <message>
        <source>not part of this round</source>
        <translation>nicht Teil dieser Runde</translation>
    </message>
    <message>
        <source>The debrief opening has no finalist with an interview.</source>
        <translation>Die Stelle für die Auswertung hat keine Person in der finalen Runde mit einem Interview.</translation>
    </message>
    <message>
        <source>No scorecards of the debrief opening are visible yet.</source>
        <translation>Von der Stelle für die Auswertung sind noch keine Bewertungsbögen sichtbar.</translation>
    </message>
    <message>
        <source>Submit Scorecard</source>
        <translation>Bewertungsbogen abgeben</translation>
    </message>
    <message>
        <source>Left “not assessed” in this round: %1.

Submit anyway? A submitted scorecard can only be changed by an amendment with a reason.</source>
        <translation>In dieser Runde auf „nicht bewertet“ gelassen: %1.

Trotzdem abgeben? Ein abgegebener Bewertungsbogen kann nur noch nachträglich mit Begründung geändert werden.</translation>
    </message>
    <message>
        <source>&amp;Submit Anyway</source>
        <translation>&amp;Trotzdem abgeben</translation>
    </message>
    <message>
        <source>&amp;Keep Scoring</source>
        <translation>&amp;Weiter bewerten</translation>
    </message>
    <message numerus="yes">
        <source>Not saved yet: your changes are kept here, and Debrief tries again in %n seconds.</source>
        <translation>
            <numerusform>Noch nicht gespeichert: Ihre Änderungen bleiben hier erhalten, und Debrief versucht es in %n Sekunde erneut.</numerusform>
            <numerusform>Noch nicht gespeichert: Ihre Änderungen bleiben hier erhalten, und Debrief versucht es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database this scorecard belongs to was closed.</source>
        <translation>Die Datenbank, zu der dieser Bewertungsbogen gehört, wurde geschlossen.</translation>
    </message>
    <message>
        <source>This scorecard was changed elsewhere; choose which version to keep.</source>
        <translation>Dieser Bewertungsbogen wurde anderswo geändert; wählen Sie, welche Version Sie behalten.</translation>
    </message>
    <message>
        <source>Your amendment is kept here; submit it again to store it.</source>
        <translation>Ihre Änderung bleibt hier erhalten; zum Speichern muss sie erneut abgegeben werden.</translation>
    </message>
    <message>
        <source>Showing the version saved elsewhere; yours was not kept.</source>
        <translation>Die anderswo gespeicherte Version wird angezeigt; Ihre wurde verworfen.</translation>
    </message>
    <message>
        <source>Not saved: this scorecard was changed elsewhere. Your changes are kept here until you choose.</source>
        <translation>Nicht gespeichert: Dieser Bewertungsbogen wurde anderswo geändert. Ihre Änderungen bleiben hier erhalten, bis Sie wählen.</translation>
    </message>
</context>
<context>
    <name>debrief::ScorecardExchangeActions</name>
    <message>
        <source>Send &amp;Scorecards…</source>
        <translation>Bewertungsbögen sen&amp;den…</translation>
    </message>
    <message>
        <source>&amp;Import Scorecards…</source>
        <translation>Bewertungsbögen im&amp;portieren…</translation>
    </message>
    <message>
        <source>Send Scorecards</source>
        <translation>Bewertungsbögen senden</translation>
    </message>
    <message>
        <source>Select the opening whose scorecards you want to send.</source>
        <translation>Wählen Sie die Stelle aus, deren Bewertungsbögen Sie senden möchten.</translation>
    </message>
    <message>
        <source>Import Scorecards</source>
        <translation>Bewertungsbögen importieren</translation>
    </message>
    <message>
        <source>Debrief scorecards (*.json)</source>
        <translation>Debrief-Bewertungsbögen (*.json)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>debrief::ScorecardImportResultDialog</name>
    <message>
        <source>Import Scorecards</source>
        <translation>Bewertungsbögen importieren</translation>
    </message>
    <message>
        <source>Import details</source>
        <translation>Importdetails</translation>
    </message>
    <message>
        <source>Inserted %1, unchanged %2, conflicts %3.</source>
        <translation>Eingefügt: %1, unverändert: %2, Konflikte: %3.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file conflicts with scorecards already stored. %1</source>
        <translation>Es wurde nichts importiert: Die Datei steht im Konflikt mit bereits gespeicherten Bewertungsbögen. %1</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>Eingefügt</translation>
    </message>
    <message>
        <source>Would have been inserted</source>
        <translation>Wäre eingefügt worden</translation>
    </message>
    <message>
        <source>Already up to date</source>
        <translation>Bereits aktuell</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s).</source>
        <translation>
            <numerusform>Es wurde nichts importiert: Die Datei hat %n Problem.</numerusform>
            <numerusform>Es wurde nichts importiert: Die Datei hat %n Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>debrief::ScorecardMenu</name>
    <message>
        <source>Scorecards on this computer are written as this panelist. File › Switch Panelist… changes it.</source>
        <translation>Bewertungsbögen auf diesem Computer werden im Namen dieser Person aus dem Interviewteam geschrieben. Datei › Interviewer:in wechseln… ändert das.</translation>
    </message>
    <message>
        <source>S&amp;witch Panelist…</source>
        <translation>Interviewer:in &amp;wechseln…</translation>
    </message>
    <message>
        <source>Reveal &amp;Scores to Panel</source>
        <translation>Bewertungen für das Interviewteam &amp;freigeben</translation>
    </message>
    <message>
        <source>Let every panelist see all submitted scorecards of this opening, even before submitting their own.</source>
        <translation>Allen Interviewer:innen alle abgegebenen Bewertungsbögen dieser Stelle zeigen, auch bevor sie ihre eigenen abgeben.</translation>
    </message>
    <message>
        <source>Switch Panelist</source>
        <translation>Interviewer:in wechseln</translation>
    </message>
    <message>
        <source>This database has no panelists yet.</source>
        <translation>Diese Datenbank enthält noch keine Interviewer:innen.</translation>
    </message>
    <message>
        <source>Who Is Scoring?</source>
        <translation>Wer bewertet?</translation>
    </message>
    <message>
        <source>Scorecards on this computer are written as:</source>
        <translation>Bewertungsbögen auf diesem Computer werden geschrieben als:</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Bewertungsbogen</translation>
    </message>
    <message>
        <source>Reveal Scores</source>
        <translation>Bewertungen freigeben</translation>
    </message>
    <message>
        <source>Scoring as %1</source>
        <translation>Bewertet als %1</translation>
    </message>
    <message>
        <source>Scorecards on this server are written as the panelist linked to your login.</source>
        <translation>Bewertungsbögen auf diesem Server werden im Namen der Person im Interviewteam geschrieben, die mit Ihrem Login verknüpft ist.</translation>
    </message>
</context>
<context>
    <name>debrief::SendScorecardsDialog</name>
    <message>
        <source>Send Scorecards</source>
        <translation>Bewertungsbögen senden</translation>
    </message>
    <message>
        <source>Opening:</source>
        <translation>Stelle:</translation>
    </message>
    <message>
        <source>&amp;Panelist:</source>
        <translation>&amp;Interviewer:in:</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <source>There is no panelist to send scorecards for.</source>
        <translation>Es gibt keine Interviewer:innen, für die Bewertungsbögen gesendet werden könnten.</translation>
    </message>
    <message numerus="yes">
        <source>%n submitted scorecard(s) will be saved; drafts stay here. The file holds notes about candidates: send it only to the panel lead.</source>
        <translation>
            <numerusform>%n abgegebener Bewertungsbogen wird gespeichert; Entwürfe bleiben hier. Die Datei enthält Notizen zu Bewerbenden: Senden Sie sie nur an die Leitung des Interviewteams.</numerusform>
            <numerusform>%n abgegebene Bewertungsbögen werden gespeichert; Entwürfe bleiben hier. Die Datei enthält Notizen zu Bewerbenden: Senden Sie sie nur an die Leitung des Interviewteams.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Scorecards</source>
        <translation>Bewertungsbögen speichern</translation>
    </message>
    <message>
        <source>Debrief scorecards (*.json)</source>
        <translation>Debrief-Bewertungsbögen (*.json)</translation>
    </message>
</context>
<context>
    <name>debrief::ServerMenu</name>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>&amp;Mit Server verbinden…</translation>
    </message>
    <message>
        <source>Work on the panel&apos;s shared server instead of a file.</source>
        <translation>Auf dem gemeinsamen Server des Interviewteams statt in einer Datei arbeiten.</translation>
    </message>
    <message>
        <source>Connected; the password could not be remembered: %1</source>
        <translation>Verbunden; das Passwort konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>debrief::StrengthChoices</name>
    <message>
        <source>Strength sentences</source>
        <translation>Sätze zu Stärken</translation>
    </message>
    <message>
        <source>A&amp;pply to Draft</source>
        <translation>Auf den Entwurf &amp;anwenden</translation>
    </message>
    <message>
        <source>Writes the message again from the template with these choices.</source>
        <translation>Schreibt die Nachricht mit dieser Auswahl neu aus der Vorlage.</translation>
    </message>
    <message>
        <source>Mention the &amp;deciding factor (%1)</source>
        <translation>Ausschlaggebenden Grund &amp;nennen (%1)</translation>
    </message>
    <message>
        <source>What the panel sa&amp;w (check to include, F2 to edit)</source>
        <translation>&amp;Was das Interviewteam gesehen hat (zum Übernehmen abhaken, F2 zum Bearbeiten)</translation>
    </message>
    <message>
        <source>Offer a c&amp;all about the decision</source>
        <translation>&amp;Feedbackgespräch zur Entscheidung anbieten</translation>
    </message>
    <message numerus="yes">
        <source>%1: mean %2 over %n score(s); no evidence notes.</source>
        <translation>
            <numerusform>%1: Mittelwert %2 aus %n Bewertung; keine Notizen zu Belegen.</numerusform>
            <numerusform>%1: Mittelwert %2 aus %n Bewertungen; keine Notizen zu Belegen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: mean %2 over %n score(s). Evidence: %3</source>
        <translation>
            <numerusform>%1: Mittelwert %2 aus %n Bewertung. Belege: %3</numerusform>
            <numerusform>%1: Mittelwert %2 aus %n Bewertungen. Belege: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::TalentPoolModel</name>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 weitere</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Bewerber:in</translation>
    </message>
    <message>
        <source>Strengths recorded</source>
        <translation>Erfasste Stärken</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>Ursprüngliche Stelle</translation>
    </message>
    <message>
        <source>Got as far as</source>
        <translation>Weiteste Phase</translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation>Zuletzt kontaktiert</translation>
    </message>
    <message>
        <source>No strengths recorded: no submitted scorecard you may see rated them above the middle of the scale.</source>
        <translation>Keine Stärken erfasst: Kein abgegebener Bewertungsbogen, den Sie sehen dürfen, hat die Person über der Mitte der Skala bewertet.</translation>
    </message>
</context>
<context>
    <name>debrief::TalentPoolSuggestionDialog</name>
    <message>
        <source>Talent Pool Suggestions for %1</source>
        <translation>Vorschläge aus dem Talentpool für %1</translation>
    </message>
    <message>
        <source>These people from the talent pool fit “%1”. Tick the ones to add to the opening; they start as applicants, and nobody is contacted.</source>
        <translation>Diese Personen aus dem Talentpool passen zu „%1“. Haken Sie diejenigen ab, die zur Stelle hinzugefügt werden sollen; sie beginnen in der Phase „Beworben“, und niemand wird kontaktiert.</translation>
    </message>
    <message>
        <source>Suggested candidates</source>
        <translation>Vorgeschlagene Bewerbende</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Bewerber:in</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>Ursprüngliche Stelle</translation>
    </message>
    <message>
        <source>Why they fit</source>
        <translation>Warum die Person passt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Add to Opening</source>
        <translation>Zur Stelle &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Space ticks the selected person.</source>
        <translation>Die Leertaste hakt die ausgewählte Person ab.</translation>
    </message>
</context>
<context>
    <name>debrief::TalentPoolView</name>
    <message>
        <source>Talent pool</source>
        <translation>Talentpool</translation>
    </message>
    <message>
        <source>Name, strength, evidence or opening</source>
        <translation>Name, Stärke, Beleg oder Stelle</translation>
    </message>
    <message>
        <source>Press Enter or double-click to show the application.</source>
        <translation>Drücken Sie die Eingabetaste oder doppelklicken Sie, um die Bewerbung anzuzeigen.</translation>
    </message>
    <message>
        <source>Strengths and evidence</source>
        <translation>Stärken und Belege</translation>
    </message>
    <message>
        <source>Select a candidate to see what the panel found strong, in its own words.</source>
        <translation>Wählen Sie eine bewerbende Person aus, um zu sehen, was das Interviewteam als stark empfand – in seinen eigenen Worten.</translation>
    </message>
    <message>
        <source>Applied for %1</source>
        <translation>Beworben auf %1</translation>
    </message>
    <message>
        <source>Got as far as: %1</source>
        <translation>Weiteste Phase: %1</translation>
    </message>
    <message>
        <source>Last contacted: %1</source>
        <translation>Zuletzt kontaktiert: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>In the talent pool: %1</source>
        <translation>Im Talentpool: %1</translation>
    </message>
    <message>
        <source>In the talent pool: %1 of %2 shown</source>
        <translation>Im Talentpool: %1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>Loo&amp;k for:</source>
        <translation>Fi&amp;lter:</translation>
    </message>
    <message>
        <source>Nobody is in the talent pool yet. Tick “Keep in mind” for a runner-up in Decision › Record Decision…, and they appear here for the next opening.</source>
        <translation>Noch ist niemand im Talentpool. Setzen Sie unter Entscheidung › Entscheidung festhalten… bei einer Person aus der zweiten Wahl das Häkchen „Vormerken“; dann erscheint sie hier für die nächste Stelle.</translation>
    </message>
</context>
<context>
    <name>debrief::TemplateFieldList</name>
    <message>
        <source>Placeholders and flags</source>
        <translation>Platzhalter und Schalter</translation>
    </message>
    <message>
        <source>Press Enter or double-click to insert at the cursor.</source>
        <translation>Drücken Sie die Eingabetaste oder doppelklicken Sie, um an der Cursorposition einzufügen.</translation>
    </message>
</context>
<context>
    <name>debrief::TemplateHistoryPanel</name>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>&amp;Restore as New Version</source>
        <translation>Als neue Version &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Saves the selected version&apos;s text again as the newest version; the versions in between stay in the history.</source>
        <translation>Speichert den Text der ausgewählten Version erneut als neueste Version; die Versionen dazwischen bleiben im Verlauf erhalten.</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>shipped with Debrief</source>
        <translation>mit Debrief ausgeliefert</translation>
    </message>
</context>
<context>
    <name>debrief::TemplatePreview</name>
    <message>
        <source>In the talent pool</source>
        <translation>Im Talentpool</translation>
    </message>
    <message>
        <source>Deciding factor shared</source>
        <translation>Ausschlaggebender Grund mitgeteilt</translation>
    </message>
    <message>
        <source>Feedback call offered</source>
        <translation>Feedbackgespräch angeboten</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Preview for a sample candidate</source>
        <translation>Vorschau für eine Beispielperson</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
</context>
<context>
    <name>debrief::ToneFindingsPanel</name>
    <message>
        <source>Tone findings</source>
        <translation>Hinweise der Tonprüfung</translation>
    </message>
    <message>
        <source>Nothing to flag: no cold, vague or risky wording found.</source>
        <translation>Nichts zu beanstanden: keine kalten, vagen oder riskanten Formulierungen gefunden.</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: „%2“</translation>
    </message>
    <message>
        <source>Instead: %1</source>
        <translation>Stattdessen: %1</translation>
    </message>
    <message>
        <source>Enter selects the words in the draft.</source>
        <translation>Die Eingabetaste markiert die Wörter im Entwurf.</translation>
    </message>
    <message>
        <source>&amp;Tone check</source>
        <translation>&amp;Tonprüfung</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Tone check: %n finding(s)</source>
        <translation>
            <numerusform>&amp;Tonprüfung: %n Hinweis</numerusform>
            <numerusform>&amp;Tonprüfung: %n Hinweise</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::WaitingOnUsBadge</name>
    <message>
        <source>Waiting on us: %1</source>
        <translation>Warten auf uns: %1</translation>
    </message>
    <message>
        <source>Nobody is waiting past a date we promised them an answer.</source>
        <translation>Niemand wartet über einen zugesagten Antworttermin hinaus.</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) past the date we promised them an answer. Click to see who.</source>
        <translation>
            <numerusform>%n bewerbende Person wartet über den zugesagten Antworttermin hinaus. Klicken Sie, um zu sehen, wer.</numerusform>
            <numerusform>%n Bewerbende warten über den zugesagten Antworttermin hinaus. Klicken Sie, um zu sehen, wer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::WaitingOnUsModel</name>
    <message>
        <source>%1 (on hold)</source>
        <translation>%1 (zurückgestellt)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) was promised an answer by %3 and has waited %n day(s) since.</source>
        <translation>
            <numerusform>%1 (%2) wartet seit %n Tag auf die bis %3 zugesagte Antwort.</numerusform>
            <numerusform>%1 (%2) wartet seit %n Tagen auf die bis %3 zugesagte Antwort.</numerusform>
        </translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Bewerber:in</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>Zugesagt bis</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
</context>
<context>
    <name>debrief::WaitingOnUsView</name>
    <message>
        <source>Waiting on us</source>
        <translation>Warten auf uns</translation>
    </message>
    <message>
        <source>Candidates waiting on us</source>
        <translation>Bewerbende, die auf uns warten</translation>
    </message>
    <message>
        <source>Press Enter or double-click to show the candidate.</source>
        <translation>Drücken Sie die Eingabetaste oder doppelklicken Sie, um die bewerbende Person anzuzeigen.</translation>
    </message>
    <message>
        <source>Everyone we promised an answer has had one, or the date has not come yet.</source>
        <translation>Alle, denen wir eine Antwort zugesagt haben, haben eine erhalten, oder der Termin ist noch nicht erreicht.</translation>
    </message>
    <message>
        <source>Everyone past the date we promised them an answer, oldest promise first. Log a message with a new date, or the answer itself, to take someone off this list.</source>
        <translation>Alle, deren zugesagter Antworttermin verstrichen ist, die älteste Zusage zuerst. Erfassen Sie eine Nachricht mit neuem Termin oder die Antwort selbst, um jemanden von dieser Liste zu nehmen.</translation>
    </message>
    <message>
        <source>Nobody is waiting past a date we promised them an answer. When you promise someone an answer by a date (Opening › Log a Message or Call…, or their Answer promised date), they appear here once that date has passed.</source>
        <translation>Niemand wartet über einen zugesagten Antworttermin hinaus. Wenn Sie jemandem eine Antwort bis zu einem Datum zusagen (Stelle › Nachricht oder Anruf erfassen… oder das Feld „Antwort zugesagt“), erscheint die Person hier, sobald dieses Datum verstrichen ist.</translation>
    </message>
</context>
<context>
    <name>debrief::WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Welcome to Debrief</source>
        <translation>Willkommen bei Debrief</translation>
    </message>
    <message>
        <source>Debrief helps an interview panel decide fairly and answer every candidate well. The panel fixes a scored rubric before the interviews, each panelist scores on their own and sees the others&apos; scores only after submitting, the finalists are compared side by side, the decision is recorded with its reasons, and every other candidate gets a specific, honest answer on time.</source>
        <translation>Debrief hilft Interviewteams, fair zu entscheiden und allen Bewerbenden gut zu antworten. Das Interviewteam legt vor den Interviews ein Bewertungsraster mit Punkteskalen fest, alle Interviewer:innen bewerten unabhängig voneinander und sehen die Bewertungen der anderen erst nach der eigenen Abgabe, die Personen in der finalen Runde werden direkt miteinander verglichen, die Entscheidung wird mit ihren Gründen festgehalten, und alle anderen Bewerbenden erhalten rechtzeitig eine konkrete, ehrliche Antwort.</translation>
    </message>
    <message>
        <source>&amp;Set Up the First Opening…</source>
        <translation>Erste &amp;Stelle einrichten…</translation>
    </message>
    <message>
        <source>Title, panel, interview rounds and a rubric from a template.</source>
        <translation>Titel, Interviewteam, Interviewrunden und ein Bewertungsraster aus einer Vorlage.</translation>
    </message>
    <message>
        <source>&amp;New Panel Database…</source>
        <translation>&amp;Neue Interviewteam-Datenbank…</translation>
    </message>
    <message>
        <source>A new file for one opening or a whole team; then its first opening.</source>
        <translation>Eine neue Datei für eine Stelle oder ein ganzes Team; danach ihre erste Stelle.</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>A panel database you or a colleague keep elsewhere.</source>
        <translation>Eine Interviewteam-Datenbank, die Sie oder Ihre Kolleg:innen anderswo aufbewahren.</translation>
    </message>
    <message>
        <source>&amp;Try the Demo</source>
        <translation>Demo aus&amp;probieren</translation>
    </message>
    <message>
        <source>A sample database with openings in every state, finalists waiting for their debrief and a decided opening, to look around in. Your own data is not touched.</source>
        <translation>Eine Beispieldatenbank zum Ausprobieren, mit Stellen in jedem Status, Personen in der finalen Runde, deren Auswertung noch aussteht, und einer entschiedenen Stelle. Ihre eigenen Daten bleiben unberührt.</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>Zuletzt geöffnete Datenbanken</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open.</source>
        <translation>Drücken Sie die Eingabetaste oder doppelklicken Sie zum Öffnen.</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>&amp;Zuletzt geöffnete Datenbanken</translation>
    </message>
    <message>
        <source>%1 has no openings yet.</source>
        <translation>%1 enthält noch keine Stellen.</translation>
    </message>
    <message>
        <source>No panel database is open.</source>
        <translation>Es ist keine Interviewteam-Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (nicht gefunden)</translation>
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
