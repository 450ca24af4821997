<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AnalyticsText</name>
    <message numerus="yes">
        <source>%n finalist(s)</source>
        <translation>
            <numerusform>%n finalist</numerusform>
            <numerusform>%n finalists</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n panelist(s)</source>
        <translation>
            <numerusform>%n panelist</numerusform>
            <numerusform>%n panelists</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n value</numerusform>
            <numerusform>%n values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n rating</numerusform>
            <numerusform>%n ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scorecard(s)</source>
        <translation>
            <numerusform>%n scorecard</numerusform>
            <numerusform>%n scorecards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidateCsvImport</name>
    <message numerus="yes">
        <source>The import cannot be taken back any more: %n record(s) (interviews, references, messages or applications) were added to its candidates since.</source>
        <translation>
            <numerusform>The import cannot be taken back any more: %n record (interview, reference, message or application) was added to its candidates since.</numerusform>
            <numerusform>The import cannot be taken back any more: %n records (interviews, references, messages or applications) were added to its candidates since.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message numerus="yes">
        <source>Opening %1 has %n finalist(s) with a submitted scorecard; a comparison needs at least 2.</source>
        <translation>
            <numerusform>Opening %1 has %n finalist with a submitted scorecard; a comparison needs at least 2.</numerusform>
            <numerusform>Opening %1 has %n finalists with a submitted scorecard; a comparison needs at least 2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonTable</name>
    <message numerus="yes">
        <source>Weighted totals (0–100), %n resample(s) of the panel, seed %1</source>
        <translation>
            <numerusform>Weighted totals (0–100), %n resample of the panel, seed %1</numerusform>
            <numerusform>Weighted totals (0–100), %n resamples of the panel, seed %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImportUndoCommand</name>
    <message numerus="yes">
        <source>Import %n candidate(s) from %1</source>
        <translation>
            <numerusform>Import %n candidate from %1</numerusform>
            <numerusform>Import %n candidates from %1</numerusform>
        </translation>
    </message>
</context>
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
    <name>WeightedTotal</name>
    <message numerus="yes">
        <source>%1; %n criterion(s) without any rating left out of the total, which rests on %2% of the rubric&apos;s weight.</source>
        <translation>
            <numerusform>%1; %n criterion without any rating left out of the total, which rests on %2% of the rubric&apos;s weight.</numerusform>
            <numerusform>%1; %n criteria without any rating left out of the total, which rests on %2% of the rubric&apos;s weight.</numerusform>
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
    <name>debrief::ColleagueScorecards</name>
    <message numerus="yes">
        <source>%n scorecard(s) hidden until you submit yours.</source>
        <translation>
            <numerusform>%n scorecard hidden until you submit yours.</numerusform>
            <numerusform>%n scorecards hidden until you submit yours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::ComparisonModel</name>
    <message numerus="yes">
        <source>%n score(s), median %1, lowest %2, highest %3; %4 not assessed</source>
        <translation>
            <numerusform>%n score, median %1, lowest %2, highest %3; %4 not assessed</numerusform>
            <numerusform>%n scores, median %1, lowest %2, highest %3; %4 not assessed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::CsvFilePage</name>
    <message numerus="yes">
        <source>%n row(s) below the header, in %1 column(s). Detected: %2, %3.</source>
        <translation>
            <numerusform>%n row below the header, in %1 column(s). Detected: %2, %3.</numerusform>
            <numerusform>%n rows below the header, in %1 column(s). Detected: %2, %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::CsvPreviewPage</name>
    <message numerus="yes">
        <source>%n candidate(s) will be added</source>
        <translation>
            <numerusform>%n candidate will be added</numerusform>
            <numerusform>%n candidates will be added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n already known from another opening)</source>
        <translation>
            <numerusform> (%n already known from another opening)</numerusform>
            <numerusform> (%n already known from another opening)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n duplicate skipped</numerusform>
            <numerusform>%n duplicates skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocking error(s)</source>
        <translation>
            <numerusform>%n blocking error</numerusform>
            <numerusform>%n blocking errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Problems (%n):</source>
        <translation>
            <numerusform>&amp;Problems (%n):</numerusform>
            <numerusform>&amp;Problems (%n):</numerusform>
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
    <name>debrief::OpeningSetupDialog</name>
    <message numerus="yes">
        <source>Nothing was saved: fix the %n problem(s) marked above.</source>
        <translation>
            <numerusform>Nothing was saved: fix the %n problem marked above.</numerusform>
            <numerusform>Nothing was saved: fix the %n problems marked above.</numerusform>
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
    <name>debrief::RubricSourcePicker</name>
    <message numerus="yes">
        <source>%n criteria</source>
        <translation>
            <numerusform>%n criterion</numerusform>
            <numerusform>%n criteria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggested round(s)</source>
        <translation>
            <numerusform>%n suggested round</numerusform>
            <numerusform>%n suggested rounds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::ScorecardImportResultDialog</name>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s).</source>
        <translation>
            <numerusform>Nothing was imported: the file has %n problem.</numerusform>
            <numerusform>Nothing was imported: the file has %n problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::SendScorecardsDialog</name>
    <message numerus="yes">
        <source>%n submitted scorecard(s) will be saved; drafts stay here. The file holds notes about candidates: send it only to the panel lead.</source>
        <translation>
            <numerusform>%n submitted scorecard will be saved; drafts stay here. The file holds notes about candidates: send it only to the panel lead.</numerusform>
            <numerusform>%n submitted scorecards will be saved; drafts stay here. The file holds notes about candidates: send it only to the panel lead.</numerusform>
        </translation>
    </message>
</context>
</TS>
