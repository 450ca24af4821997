<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AddFromTalentPoolCommand</name>
    <message numerus="yes">
        <source>Add %n candidate(s) from the talent pool to “%1”</source>
        <translation>
            <numerusform>Add %n candidate from the talent pool to “%1”</numerusform>
            <numerusform>Add %n candidates from the talent pool to “%1”</numerusform>
        </translation>
    </message>
</context>
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
    <name>CalibrationGuide</name>
    <message numerus="yes">
        <source>Leniency: a panelist is called lenient when their scores are on average at least %1 points above their colleagues&apos; on the same candidates, and severe when at least %1 points below, after %n shared rating(s) or more. A lenient or severe panelist is not wrong; the panel should just know it when it reads their scores.</source>
        <translation>
            <numerusform>Leniency: a panelist is called lenient when their scores are on average at least %1 points above their colleagues&apos; on the same candidates, and severe when at least %1 points below, after %n shared rating or more. A lenient or severe panelist is not wrong; the panel should just know it when it reads their scores.</numerusform>
            <numerusform>Leniency: a panelist is called lenient when their scores are on average at least %1 points above their colleagues&apos; on the same candidates, and severe when at least %1 points below, after %n shared ratings or more. A lenient or severe panelist is not wrong; the panel should just know it when it reads their scores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Halo: a scorecard is flat when its scores hardly vary across %n or more criteria. A panelist whose scorecards are mostly flat may be rating an overall impression rather than each criterion on its own.</source>
        <translation>
            <numerusform>Halo: a scorecard is flat when its scores hardly vary across %n or more criteria. A panelist whose scorecards are mostly flat may be rating an overall impression rather than each criterion on its own.</numerusform>
            <numerusform>Halo: a scorecard is flat when its scores hardly vary across %n or more criteria. A panelist whose scorecards are mostly flat may be rating an overall impression rather than each criterion on its own.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalibrationReport</name>
    <message numerus="yes">
        <source>%n submitted scorecard(s); drafts are never counted.</source>
        <translation>
            <numerusform>%n submitted scorecard; drafts are never counted.</numerusform>
            <numerusform>%n submitted scorecards; drafts are never counted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidateColumnMapping</name>
    <message numerus="yes">
        <source>there is no column %1; the file has %n column(s)</source>
        <translation>
            <numerusform>there is no column %1; the file has %n column</numerusform>
            <numerusform>there is no column %1; the file has %n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns are called “%1”; give the column&apos;s number instead</source>
        <translation>
            <numerusform>%n column is called “%1”; give the column&apos;s number instead</numerusform>
            <numerusform>%n columns are called “%1”; give the column&apos;s number instead</numerusform>
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
    <name>CandidatePacketReport</name>
    <message numerus="yes">
        <source>%n without a recommendation</source>
        <translation>
            <numerusform>%n without a recommendation</numerusform>
            <numerusform>%n without a recommendation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submitted scorecard(s); drafts are never counted.</source>
        <translation>
            <numerusform>%n submitted scorecard; drafts are never counted.</numerusform>
            <numerusform>%n submitted scorecards; drafts are never counted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n panelist(s) have not submitted a scorecard for this interview yet.</source>
        <translation>
            <numerusform>%n panelist has not submitted a scorecard for this interview yet.</numerusform>
            <numerusform>%n panelists have not submitted a scorecard for this interview yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeDescription</name>
    <message numerus="yes">
        <source>%1 (and %n more change(s))</source>
        <extracomment>%1 is a sentence such as &quot;Priya submitted a scorecard for Zoë Clarke&quot;.</extracomment>
        <translation>
            <numerusform>%1 (and %n more change)</numerusform>
            <numerusform>%1 (and %n more changes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommunicationLog</name>
    <message numerus="yes">
        <source>%n open tone finding(s): %1</source>
        <translation>
            <numerusform>%n open tone finding: %1</numerusform>
            <numerusform>%n open tone findings: %1</numerusform>
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
    <name>ComparisonReport</name>
    <message numerus="yes">
        <source>The panel was resampled %n time(s) (seed %1): each resample draws the panelists again with replacement and recomputes the weighted totals. A lead is real when one finalist is ahead in at least %2 of them.</source>
        <translation>
            <numerusform>The panel was resampled %n time (seed %1): each resample draws the panelists again with replacement and recomputes the weighted totals. A lead is real when one finalist is ahead in at least %2 of them.</numerusform>
            <numerusform>The panel was resampled %n times (seed %1): each resample draws the panelists again with replacement and recomputes the weighted totals. A lead is real when one finalist is ahead in at least %2 of them.</numerusform>
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
    <name>CsvIssueText</name>
    <message numerus="yes">
        <source>…and %Ln more problem(s) (errors: %1, warnings: %2)</source>
        <translation>
            <numerusform>…and %Ln more problem (errors: %1, warnings: %2)</numerusform>
            <numerusform>…and %Ln more problems (errors: %1, warnings: %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message numerus="yes">
        <source>%Ln rows hold nothing but delimiters or spaces and were skipped, the first on this line</source>
        <translation>
            <numerusform>%Ln row holds nothing but delimiters or spaces and was skipped, on this line</numerusform>
            <numerusform>%Ln rows hold nothing but delimiters or spaces and were skipped, the first on this line</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message numerus="yes">
        <source>%1 is busy: another Debrief or another program is writing to it and did not finish within %n second(s). Nothing was changed; try again when it is done.</source>
        <translation>
            <numerusform>%1 is busy: another Debrief or another program is writing to it and did not finish within %n second. Nothing was changed; try again when it is done.</numerusform>
            <numerusform>%1 is busy: another Debrief or another program is writing to it and did not finish within %n seconds. Nothing was changed; try again when it is done.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseTransfer</name>
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
        <source>%n panelist(s)</source>
        <translation>
            <numerusform>%n panelist</numerusform>
            <numerusform>%n panelists</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other row(s)</source>
        <translation>
            <numerusform>%n other row</numerusform>
            <numerusform>%n other rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoDatabaseFile</name>
    <message numerus="yes">
        <source>%1 holds a panel&apos;s own data (%n person(s) with a real e-mail address or none), not a demo: the demo does not replace it, not even with --force. Choose another file, or move this one away first.</source>
        <translation>
            <numerusform>%1 holds a panel&apos;s own data (%n person with a real e-mail address or none), not a demo: the demo does not replace it, not even with --force. Choose another file, or move this one away first.</numerusform>
            <numerusform>%1 holds a panel&apos;s own data (%n people with a real e-mail address or none), not a demo: the demo does not replace it, not even with --force. Choose another file, or move this one away first.</numerusform>
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
    <name>DraftBatchExport</name>
    <message numerus="yes">
        <source>Stopped: %n more draft(s) not written.</source>
        <translation>
            <numerusform>Stopped: %n more draft not written.</numerusform>
            <numerusform>Stopped: %n more drafts not written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftsCommand</name>
    <message numerus="yes">
        <source>Wrote %n draft(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n draft to %1.</numerusform>
            <numerusform>Wrote %n drafts to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n held runner-up draft(s): the chosen candidate has not accepted yet (--include-held writes them anyway).</source>
        <translation>
            <numerusform>Skipped %n held runner-up draft: the chosen candidate has not accepted yet (--include-held writes them anyway).</numerusform>
            <numerusform>Skipped %n held runner-up drafts: the chosen candidate has not accepted yet (--include-held writes them anyway).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n candidate(s) whose rejection was already sent.</source>
        <translation>
            <numerusform>Skipped %n candidate whose rejection was already sent.</numerusform>
            <numerusform>Skipped %n candidates whose rejection was already sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n draft(s) with open tone findings (review them in the window, or --allow-findings writes them anyway):</source>
        <translation>
            <numerusform>Left out %n draft with open tone findings (review it in the window, or --allow-findings writes it anyway):</numerusform>
            <numerusform>Left out %n drafts with open tone findings (review them in the window, or --allow-findings writes them anyway):</numerusform>
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
    <message numerus="yes">
        <source>%n of them already known from another opening.</source>
        <translation>
            <numerusform>%n of them already known from another opening.</numerusform>
            <numerusform>%n of them already known from another opening.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterviewComparison</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterviewInvitation</name>
    <message numerus="yes">
        <source>Interview with %1 for %2: %3, %n minute(s).</source>
        <translation>
            <numerusform>Interview with %1 for %2: %3, %n minute.</numerusform>
            <numerusform>Interview with %1 for %2: %3, %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterviewScheduler</name>
    <message numerus="yes">
        <source>An interview lasts from %1 minutes to %2 hours; %n minute(s) is outside that.</source>
        <translation>
            <numerusform>An interview lasts from %1 minutes to %2 hours; %n minute is outside that.</numerusform>
            <numerusform>An interview lasts from %1 minutes to %2 hours; %n minutes is outside that.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scorecard(s) were submitted for this interview: it took place and cannot be cancelled.</source>
        <translation>
            <numerusform>%n scorecard was submitted for this interview: it took place and cannot be cancelled.</numerusform>
            <numerusform>%n scorecards were submitted for this interview: it took place and cannot be cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scorecard(s) were written for this interview since it was scheduled, so it stays; cancel it instead.</source>
        <translation>
            <numerusform>%n scorecard was written for this interview since it was scheduled, so it stays; cancel it instead.</numerusform>
            <numerusform>%n scorecards were written for this interview since it was scheduled, so it stays; cancel it instead.</numerusform>
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
    <name>OpeningSummaryReport</name>
    <message numerus="yes">
        <source>Days in stage come from the %n stage change(s) Debrief recorded for this opening and the day each candidate applied. Median days in stage: stays that ended; so far: candidates still in the stage. A stage entered before Debrief recorded changes has no known start and is left out.</source>
        <translation>
            <numerusform>Days in stage come from the %n stage change Debrief recorded for this opening and the day each candidate applied. Median days in stage: stays that ended; so far: candidates still in the stage. A stage entered before Debrief recorded changes has no known start and is left out.</numerusform>
            <numerusform>Days in stage come from the %n stage changes Debrief recorded for this opening and the day each candidate applied. Median days in stage: stays that ended; so far: candidates still in the stage. A stage entered before Debrief recorded changes has no known start and is left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of %n date(s) promised to candidates, %1 were kept, %2 were missed and %3 are not yet due.</source>
        <translation>
            <numerusform>Of %n date promised to candidates, %1 were kept, %2 were missed and %3 are not yet due.</numerusform>
            <numerusform>Of %n dates promised to candidates, %1 were kept, %2 were missed and %3 are not yet due.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) are past the date we promised them an answer. Each deserves a message today, even if only to say when the answer will come.</source>
        <translation>
            <numerusform>%n candidate is past the date we promised them an answer. They deserve a message today, even if only to say when the answer will come.</numerusform>
            <numerusform>%n candidates are past the date we promised them an answer. Each deserves a message today, even if only to say when the answer will come.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonRecordCounts</name>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n application</numerusform>
            <numerusform>%n applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n interview</numerusform>
            <numerusform>%n interviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scorecard(s)</source>
        <translation>
            <numerusform>%n scorecard</numerusform>
            <numerusform>%n scorecards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s)</source>
        <translation>
            <numerusform>%n reference</numerusform>
            <numerusform>%n references</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n logged message(s) or call(s)</source>
        <translation>
            <numerusform>%n logged message or call</numerusform>
            <numerusform>%n logged messages or calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejection draft(s)</source>
        <translation>
            <numerusform>%n rejection draft</numerusform>
            <numerusform>%n rejection drafts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit log record(s)</source>
        <translation>
            <numerusform>%n audit log record</numerusform>
            <numerusform>%n audit log records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyMenu</name>
    <message numerus="yes">
        <source>Anonymise %n candidate(s) now? Their names, contact details, notes, evidence, references, messages and drafts are removed for good; scores, stages and dates stay. This cannot be undone.</source>
        <translation>
            <numerusform>Anonymise %n candidate now? Their name, contact details, notes, evidence, references, messages and drafts are removed for good; scores, stages and dates stay. This cannot be undone.</numerusform>
            <numerusform>Anonymise %n candidates now? Their names, contact details, notes, evidence, references, messages and drafts are removed for good; scores, stages and dates stay. This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDataLoader</name>
    <message numerus="yes">
        <source>%1 has %n finalist(s) with a submitted scorecard; a comparison needs at least 2.</source>
        <translation>
            <numerusform>%1 has %n finalist with a submitted scorecard; a comparison needs at least 2.</numerusform>
            <numerusform>%1 has %n finalists with a submitted scorecard; a comparison needs at least 2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionCommand</name>
    <message numerus="yes">
        <source>#%1  last activity %2  %n application(s)</source>
        <translation>
            <numerusform>#%1  last activity %2  %n application</numerusform>
            <numerusform>#%1  last activity %2  %n applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymised %n candidate(s) whose last activity was before %1 (retention period %2): %3.</source>
        <translation>
            <numerusform>Anonymised %n candidate whose last activity was before %1 (retention period %2): %3.</numerusform>
            <numerusform>Anonymised %n candidates whose last activity was before %1 (retention period %2): %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) of %1 would be anonymised: rejected or withdrawn, with no activity since before %2 (retention period %3).</source>
        <translation>
            <numerusform>%n candidate of %1 would be anonymised: rejected or withdrawn, with no activity since before %2 (retention period %3).</numerusform>
            <numerusform>%n candidates of %1 would be anonymised: rejected or withdrawn, with no activity since before %2 (retention period %3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionPeriod</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleCommand</name>
    <message numerus="yes">
        <source>%1 interview %2 (%3): %4, %5, %n minute(s)</source>
        <translation>
            <numerusform>%1 interview %2 (%3): %4, %5, %n minute</numerusform>
            <numerusform>%1 interview %2 (%3): %4, %5, %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n panelist(s).</source>
        <translation>
            <numerusform>%n panelist.</numerusform>
            <numerusform>%n panelists.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendAnywayQuestion</name>
    <message numerus="yes">
        <source>The tone check still has %n finding(s) in this message:</source>
        <translation>
            <numerusform>The tone check still has %n finding in this message:</numerusform>
            <numerusform>The tone check still has %n findings in this message:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerTransferCommand</name>
    <message numerus="yes">
        <source>Copied %n opening(s) (%1 rows, every id and uuid kept) from %2 to %3.</source>
        <translation>
            <numerusform>Copied %n opening (%1 rows, every id and uuid kept) from %2 to %3.</numerusform>
            <numerusform>Copied %n openings (%1 rows, every id and uuid kept) from %2 to %3.</numerusform>
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
    <name>WithheldScorecards</name>
    <message numerus="yes">
        <source>%1 of %n scorecard(s) hidden until you submit yours.</source>
        <translation>
            <numerusform>%1 of %n scorecard hidden until you submit yours.</numerusform>
            <numerusform>%1 of %n scorecards hidden until you submit yours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n scorecard(s) hidden until you have submitted all of yours for this candidate.</source>
        <translation>
            <numerusform>%1 of %n scorecard hidden until you have submitted all of yours for this candidate.</numerusform>
            <numerusform>%1 of %n scorecards hidden until you have submitted all of yours for this candidate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n scorecard(s) hidden until every panelist has submitted or the lead reveals scores.</source>
        <translation>
            <numerusform>%1 of %n scorecard hidden until every panelist has submitted or the lead reveals scores.</numerusform>
            <numerusform>%1 of %n scorecards hidden until every panelist has submitted or the lead reveals scores.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::CalibrationPanel</name>
    <message numerus="yes">
        <source>Over every candidate of the opening with a submitted scorecard (%n candidate(s)), not only the finalists: each panelist&apos;s leniency rests on everyone they scored. The same figures as the panel calibration report.</source>
        <translation>
            <numerusform>Over every candidate of the opening with a submitted scorecard (%n candidate), not only the finalists: each panelist&apos;s leniency rests on everyone they scored. The same figures as the panel calibration report.</numerusform>
            <numerusform>Over every candidate of the opening with a submitted scorecard (%n candidates), not only the finalists: each panelist&apos;s leniency rests on everyone they scored. The same figures as the panel calibration report.</numerusform>
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
    <name>debrief::CandidateImportWizard</name>
    <message numerus="yes">
        <source>Importing %n candidate(s)…</source>
        <translation>
            <numerusform>Importing %n candidate…</numerusform>
            <numerusform>Importing %n candidates…</numerusform>
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
    <name>debrief::ConnectionStatus</name>
    <message numerus="yes">
        <source>The connection to the server was lost; nothing you typed is lost. Reconnecting in %n second(s)…</source>
        <translation>
            <numerusform>The connection to the server was lost; nothing you typed is lost. Reconnecting in %n second…</numerusform>
            <numerusform>The connection to the server was lost; nothing you typed is lost. Reconnecting in %n seconds…</numerusform>
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
    <message numerus="yes">
        <source>The table shows the first %n row(s).</source>
        <translation>
            <numerusform>The table shows the first row.</numerusform>
            <numerusform>The table shows the first %n rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::DataProtectionDialog</name>
    <message numerus="yes">
        <source>%n candidate(s) of this database were anonymised so far.</source>
        <translation>
            <numerusform>%n candidate of this database was anonymised so far.</numerusform>
            <numerusform>%n candidates of this database were anonymised so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) with no activity since before %1 would be anonymised now:</source>
        <translation>
            <numerusform>%n candidate with no activity since before %1 would be anonymised now:</numerusform>
            <numerusform>%n candidates with no activity since before %1 would be anonymised now:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A&amp;nonymise %n Now…</source>
        <translation>
            <numerusform>A&amp;nonymise %n Now…</numerusform>
            <numerusform>A&amp;nonymise %n Now…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::DecisionDialog</name>
    <message numerus="yes">
        <source>%n candidate(s) will wait under Ready in Rejection Drafts.</source>
        <translation>
            <numerusform>%n candidate will wait under Ready in Rejection Drafts.</numerusform>
            <numerusform>%n candidates will wait under Ready in Rejection Drafts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::InterviewListPanel</name>
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
    <name>debrief::MoveToServerDialog</name>
    <message numerus="yes">
        <source>Copied %n opening(s) (%1 rows) to %2.</source>
        <translation>
            <numerusform>Copied %n opening (%1 rows) to %2.</numerusform>
            <numerusform>Copied %n openings (%1 rows) to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::MyInterviewsView</name>
    <message numerus="yes">
        <source>%1: %n scorecard(s) to write</source>
        <translation>
            <numerusform>%1: %n scorecard to write</numerusform>
            <numerusform>%1: %n scorecards to write</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n overdue</source>
        <translation>
            <numerusform>⚠ %n overdue</numerusform>
            <numerusform>⚠ %n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) coming up</source>
        <translation>
            <numerusform>%n interview coming up</numerusform>
            <numerusform>%n interviews coming up</numerusform>
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
    <name>debrief::RejectionDraftsView</name>
    <message numerus="yes">
        <source>Wrote %n .eml file(s) to %1, readable by you only; each is noted in the candidate&apos;s communication log.</source>
        <translation>
            <numerusform>Wrote %n .eml file to %1, readable by you only; it is noted in the candidate&apos;s communication log.</numerusform>
            <numerusform>Wrote %n .eml files to %1, readable by you only; each is noted in the candidate&apos;s communication log.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::RetentionRunner</name>
    <message numerus="yes">
        <source>Anonymised %n candidate(s) rejected or withdrawn with no activity for over %1 (File › Data Protection…).</source>
        <translation>
            <numerusform>Anonymised %n candidate rejected or withdrawn with no activity for over %1 (File › Data Protection…).</numerusform>
            <numerusform>Anonymised %n candidates rejected or withdrawn with no activity for over %1 (File › Data Protection…).</numerusform>
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
    <name>debrief::ScorecardEditor</name>
    <message numerus="yes">
        <source>Not saved yet: your changes are kept here, and Debrief tries again in %n seconds.</source>
        <translation>
            <numerusform>Not saved yet: your changes are kept here, and Debrief tries again in %n second.</numerusform>
            <numerusform>Not saved yet: your changes are kept here, and Debrief tries again in %n seconds.</numerusform>
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
<context>
    <name>debrief::StrengthChoices</name>
    <message numerus="yes">
        <source>%1: mean %2 over %n score(s); no evidence notes.</source>
        <translation>
            <numerusform>%1: mean %2 over %n score; no evidence notes.</numerusform>
            <numerusform>%1: mean %2 over %n scores; no evidence notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: mean %2 over %n score(s). Evidence: %3</source>
        <translation>
            <numerusform>%1: mean %2 over %n score. Evidence: %3</numerusform>
            <numerusform>%1: mean %2 over %n scores. Evidence: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::ToneFindingsPanel</name>
    <message numerus="yes">
        <source>&amp;Tone check: %n finding(s)</source>
        <translation>
            <numerusform>&amp;Tone check: %n finding</numerusform>
            <numerusform>&amp;Tone check: %n findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::WaitingOnUsBadge</name>
    <message numerus="yes">
        <source>%n candidate(s) past the date we promised them an answer. Click to see who.</source>
        <translation>
            <numerusform>%n candidate past the date we promised them an answer. Click to see who.</numerusform>
            <numerusform>%n candidates past the date we promised them an answer. Click to see who.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::WaitingOnUsModel</name>
    <message numerus="yes">
        <source>%1 (%2) was promised an answer by %3 and has waited %n day(s) since.</source>
        <translation>
            <numerusform>%1 (%2) was promised an answer by %3 and has waited %n day since.</numerusform>
            <numerusform>%1 (%2) was promised an answer by %3 and has waited %n days since.</numerusform>
        </translation>
    </message>
</context>
</TS>
