<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>DisplayText</name>
    <message numerus="yes">
        <source>⚠ %n day(s) overdue</source>
        <translation>
            <numerusform>⚠ %n day overdue</numerusform>
            <numerusform>⚠ %n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportScorecardsCommand</name>
    <message numerus="yes">
        <source>Wrote %n submitted scorecard(s) to %1</source>
        <translation>
            <numerusform>Wrote %n submitted scorecard to %1</numerusform>
            <numerusform>Wrote %n submitted scorecards to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCandidatesCommand</name>
    <message numerus="yes">
        <source>Imported %n candidate(s).</source>
        <translation>
            <numerusform>Imported %n candidate.</numerusform>
            <numerusform>Imported %n candidates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n duplicate(s).</source>
        <translation>
            <numerusform>Skipped %n duplicate.</numerusform>
            <numerusform>Skipped %n duplicates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonErrorList</name>
    <message numerus="yes">
        <source>…and %n more error(s)</source>
        <translation>
            <numerusform>…and %n more error</numerusform>
            <numerusform>…and %n more errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::CandidateDetailPane</name>
    <message numerus="yes">
        <source>%1 of %n scorecard(s) submitted</source>
        <translation>
            <numerusform>%1 of %n scorecard submitted</numerusform>
            <numerusform>%1 of %n scorecards submitted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n draft</numerusform>
            <numerusform>%n drafts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::CandidateFilterBar</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::CandidateTableModel</name>
    <message numerus="yes">
        <source>%n scorecard(s) submitted</source>
        <translation>
            <numerusform>%n scorecard submitted</numerusform>
            <numerusform>%n scorecards submitted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n interview</numerusform>
            <numerusform>%n interviews</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::MainWindow</name>
    <message numerus="yes">
        <source>%n opening(s)</source>
        <translation>
            <numerusform>%n opening</numerusform>
            <numerusform>%n openings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n candidate</numerusform>
            <numerusform>%n candidates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting past their promised date</source>
        <translation>
            <numerusform>%n waiting past their promised date</numerusform>
            <numerusform>%n waiting past their promised date</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::OpeningListModel</name>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n candidate</numerusform>
            <numerusform>%n candidates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finalist(s)</source>
        <translation>
            <numerusform>%n finalist</numerusform>
            <numerusform>%n finalists</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting past their promised date</source>
        <translation>
            <numerusform>%n waiting past their promised date</numerusform>
            <numerusform>%n waiting past their promised date</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::RubricEditor</name>
    <message numerus="yes">
        <source>%n scorecard(s) were scored against version %1</source>
        <translation>
            <numerusform>%n scorecard was scored against version %1</numerusform>
            <numerusform>%n scorecards were scored against version %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submitted scorecard(s) use this version, so saving creates version %1</source>
        <translation>
            <numerusform>%n submitted scorecard uses this version, so saving creates version %1</numerusform>
            <numerusform>%n submitted scorecards use this version, so saving creates version %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::ScorecardEditor</name>
    <message numerus="yes">
        <source>%n scorecard(s) hidden until you submit yours.</source>
        <translation>
            <numerusform>%n scorecard hidden until you submit yours.</numerusform>
            <numerusform>%n scorecards hidden until you submit yours.</numerusform>
        </translation>
    </message>
</context>
</TS>
