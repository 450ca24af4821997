<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AnalyticsText</name>
    <message numerus="yes">
        <source>%n scorecard(s)</source>
        <translation>
            <numerusform>%n Bewertung</numerusform>
            <numerusform>%n Bewertungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidateIntake</name>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation>&quot;%1&quot; ist keine gültige E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>ReportPainter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1</translation>
    </message>
</context>
<context>
    <name>debrief::DraftEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>OpeningStatus</name>
    <message>
        <source>On hold</source>
        <translation>Pausiert</translation>
    </message>
</context>
<context>
    <name>CalibrationReport</name>
    <message>
        <source>Opening</source>
        <translation>Stelle</translation>
    </message>
</context>
</TS>
