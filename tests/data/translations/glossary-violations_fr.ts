<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>CandidateCsvImport</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
</context>
<context>
    <name>CsvIssueText</name>
    <message>
        <source>Line %1, column “%2”</source>
        <translation>Ligne %1, colonne «%2»</translation>
    </message>
</context>
<context>
    <name>OpeningCreator</name>
    <message>
        <source>“%1” is no longer in this database.</source>
        <translation>“%1” ne figure plus dans cette base de données.</translation>
    </message>
</context>
<context>
    <name>debrief::ScorecardEditor</name>
    <message>
        <source>Key takeaways</source>
        <translation>Points principaux</translation>
    </message>
    <message>
        <source>Scorecard: %1</source>
        <translation>Grille d&apos;évaluation&#xa0;: %1</translation>
    </message>
</context>
</TS>
