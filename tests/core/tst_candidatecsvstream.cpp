// The streaming candidate import: files larger than a chunk and than the
// rows a preview keeps, errors and cancels late in the file, duplicates
// found by the indexed lookup, and an undo of a large import. The files are
// generated here (deterministic), their expected records written out by the
// generator itself: a second account of what the reader must find.

#include "DatabaseDump.h"
#include "TestDatabase.h"

#include "csv/CandidateCsvImport.h"
#include "csv/CsvIssueText.h"
#include "csv/CsvReader.h"
#include "csv/CsvRecordStream.h"
#include "domain/Opening.h"
#include "pipeline/DuplicateCheck.h"
#include "storage/ApplicationRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/OpeningRepository.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

namespace {

const QDate kToday(2026, 11, 26);

/// A generated CSV file and what a reader must find in it.
struct GeneratedCsv {
    QString text;
    /// Every record below the header: its line and its fields.
    QList<CsvRecord> records;
};

/// `count` candidates, every seventh with a quoted note of two or three
/// lines (CRLF or LF) and notes of varying length, so that chunk
/// boundaries fall inside quoted fields, between CR and LF and inside
/// doubled quotes across the file. `lineBreak` ends the records.
GeneratedCsv generate(int count, const QString& lineBreak = QStringLiteral("\n")) {
    GeneratedCsv csv;
    csv.text = QStringLiteral("Name,Email,Applied on,Notes") + lineBreak;
    int line = 2;
    for (int i = 0; i < count; ++i) {
        const QString name = QStringLiteral("Person %1").arg(i);
        const QString email = QStringLiteral("person.%1@example.org").arg(i);
        const QString date = QStringLiteral("2026-%1-%2")
                                 .arg(i % 12 + 1, 2, 10, QLatin1Char('0'))
                                 .arg(i % 28 + 1, 2, 10, QLatin1Char('0'));
        QString note = QString(i % 53, QLatin1Char('x'));
        QString written = note;
        int breaks = 0;
        if (i % 7 == 3) {
            const QString inner = i % 2 ? QStringLiteral("\r\n") : QStringLiteral("\n");
            note = QStringLiteral("said \"yes\"") + inner + QStringLiteral("then") + inner + note;
            QString quoted = note;
            quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            written = QLatin1Char('"') + quoted + QLatin1Char('"');
            breaks = 2;
        }
        csv.records.append({line, {name, email, date, note}});
        csv.text += QStringList{name, email, date, written}.join(QLatin1Char(',')) + lineBreak;
        line += 1 + breaks;
    }
    return csv;
}

/// Every record a CsvRecordStream reads from `bytes`.
QList<CsvRecord> streamed(const QByteArray& bytes, QList<CsvIssue>* issues = nullptr) {
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvRecordStream stream(buffer, {});
    QList<CsvRecord> records;
    if (stream.open()) {
        CsvRecord record;
        while (stream.next(record))
            records.append(record);
    }
    if (issues)
        *issues = stream.takeIssues();
    return records;
}

bool sameRecords(const QList<CsvRecord>& found, const QList<CsvRecord>& expected) {
    if (found.size() != expected.size()) {
        qWarning("%lld records, expected %lld", qlonglong(found.size()),
                 qlonglong(expected.size()));
        return false;
    }
    for (qsizetype i = 0; i < found.size(); ++i) {
        if (found[i].line != expected[i].line || found[i].fields != expected[i].fields) {
            qWarning("record %lld: line %d, expected %d", qlonglong(i), found[i].line,
                     expected[i].line);
            return false;
        }
    }
    return true;
}

/// The dump without SQLite's AUTOINCREMENT counters, which an insert moves
/// on for good even when its row is removed again.
QStringList dumpWithoutCounters(Database& db) {
    QStringList dump = test::dumpDatabase(db);
    dump.removeIf([](const QString& line) { return line.startsWith(u"sqlite_sequence"); });
    return dump;
}

} // namespace

class TestCandidateCsvStream : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    RowId m_openingId = kNoRow;

    CandidateCsvReading readingFor(QIODevice& file) {
        const CsvTable head = CsvReader::parse(file, {}, CandidateCsvImport::kPreviewRows);
        return {{}, CandidateColumnMapping::guess(head), kToday};
    }

    /// A file as a test imports it: the bytes, how they read, the preview.
    struct Import {
        QBuffer file;
        CandidateCsvReading reading;
        CandidateImportPlan plan;
    };

    /// Reads and previews `text` against the database.
    void prepare(Import& import, const QString& text) {
        import.file.setData(text.toUtf8());
        import.file.open(QIODevice::ReadOnly);
        import.reading = readingFor(import.file);
        import.plan = CandidateCsvImport::preview(import.file, import.reading, known());
    }

    Result<CandidateImportOutcome> write(Import& import,
                                         const CandidateImportProgressFn& progress = {}) {
        return CandidateCsvImport::write(*m_db, m_openingId, import.file, import.reading,
                                         import.plan, progress);
    }

    DuplicateCheck known() {
        auto check = DuplicateCheck::forOpening(*m_db, m_openingId);
        if (!check)
            qFatal("cannot read the stored candidates");
        return *check;
    }

    qint64 countOf(const QString& sql) {
        auto query = m_db->exec(sql);
        return query && query->next() ? query->value(0).toLongLong() : -1;
    }

    RowId storeCandidate(const QString& email, RowId appliedTo) {
        Candidate candidate;
        candidate.fullName = QStringLiteral("Stored Person");
        candidate.email = email;
        if (!CandidateRepository(*m_db).insert(candidate))
            return kNoRow;
        if (appliedTo == kNoRow)
            return candidate.id;
        Application application;
        application.candidateId = candidate.id;
        application.openingId = appliedTo;
        application.appliedOn = kToday;
        return ApplicationRepository(*m_db).insert(application) ? candidate.id : kNoRow;
    }

private slots:
    void init() {
        m_db.reset();
        test::TestDatabase::remove(m_dir.filePath(QStringLiteral("stream.sqlite")));
        auto db = test::TestDatabase::open(m_dir.filePath(QStringLiteral("stream.sqlite")));
        QVERIFY2(db, qPrintable(db.errorMessage()));
        m_db = std::move(db.value());
        Opening opening;
        opening.title = QStringLiteral("Backend Engineer");
        opening.createdAt = QDateTime(kToday, QTime(9, 0), Qt::UTC);
        QVERIFY(OpeningRepository(*m_db).insert(opening));
        m_openingId = opening.id;
    }

    void recordsAcrossChunkBoundariesKeepTheirLines() {
        // Several chunks of 64 KiB, boundaries at many places.
        const GeneratedCsv csv = generate(5000);
        QVERIFY(csv.text.toUtf8().size() > 4 * 65536);
        QList<CsvIssue> issues;
        QVERIFY(sameRecords(streamed(csv.text.toUtf8(), &issues), csv.records));
        QVERIFY(issues.isEmpty());
    }

    void crlfAndByteOrderMarksReadAlike_data() {
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("lineBreak");
        QTest::newRow("UTF-8 with BOM, CRLF") << QStringLiteral("UTF-8") << QStringLiteral("\r\n");
        QTest::newRow("UTF-16LE with BOM, CRLF")
            << QStringLiteral("UTF-16LE") << QStringLiteral("\r\n");
        QTest::newRow("UTF-16BE with BOM, LF")
            << QStringLiteral("UTF-16BE") << QStringLiteral("\n");
    }

    void crlfAndByteOrderMarksReadAlike() {
        QFETCH(QString, encoding);
        QFETCH(QString, lineBreak);
        const GeneratedCsv csv = generate(4000, lineBreak);
        QStringEncoder encoder(encoding.toLatin1().constData(), QStringEncoder::Flag::WriteBom);
        QVERIFY(encoder.isValid());
        const QByteArray bytes = encoder.encode(csv.text);
        QList<CsvIssue> issues;
        QVERIFY(sameRecords(streamed(bytes, &issues), csv.records));
        QVERIFY(issues.isEmpty());
        // The whole-file reader agrees, and names the encoding.
        const CsvTable table = CsvReader::parse(bytes);
        QCOMPARE(table.encoding, encoding);
        QVERIFY(sameRecords(table.records, csv.records));
    }

    void anErrorAfterAMultiLineFieldNamesItsOwnLine() {
        GeneratedCsv csv = generate(3000);
        // The last record's e-mail is broken; the lines above hold quoted
        // line breaks, so its line is not its record number + 1.
        const CsvRecord last = csv.records.constLast();
        csv.text.replace(last.fields[1], QStringLiteral("not-an-address"));
        QVERIFY(last.line > 3001);
        Import import;
        prepare(import, csv.text);
        const CandidateImportPlan& plan = import.plan;
        QCOMPARE(plan.rowCount, 3000);
        QCOMPARE(plan.rows.size(), CandidateCsvImport::kPreviewRows);
        QCOMPARE(plan.errors, 1);
        QCOMPARE(plan.addCount(), 2999);
        const CsvIssueText::Digest digest =
            CsvIssueText::digest(plan.issues, plan.errors, plan.warnings);
        QCOMPARE(digest.listed.size(), 1);
        QCOMPARE(digest.listed[0].line, last.line);
        QCOMPARE(digest.listed[0].field, 2);
        // The write refuses a plan with errors and leaves the file as it was.
        const QStringList before = dumpWithoutCounters(*m_db);
        QVERIFY(!write(import));
        QCOMPARE(dumpWithoutCounters(*m_db), before);
    }

    void anErrorInTheLastBatchWritesNothing() {
        // The preview was clean; then the file changed: its last row is
        // broken when the write reads it, after thousands were written.
        const GeneratedCsv csv = generate(3000);
        Import import;
        prepare(import, csv.text);
        const CandidateImportPlan& plan = import.plan;
        QVERIFY(!plan.hasErrors());
        import.file.close();
        QString changed = csv.text;
        changed.replace(csv.records.constLast().fields[1], QStringLiteral("broken"));
        import.file.setData(changed.toUtf8());
        import.file.open(QIODevice::ReadOnly);
        const QStringList before = dumpWithoutCounters(*m_db);
        auto written = write(import);
        QVERIFY(!written);
        QVERIFY(written.errorMessage().contains(QStringLiteral("nothing was imported")));
        QCOMPARE(dumpWithoutCounters(*m_db), before);
    }

    void aCancelMidwayWritesNothing() {
        const GeneratedCsv csv = generate(3000);
        Import import;
        prepare(import, csv.text);
        QVERIFY(!import.plan.hasErrors());
        const QStringList before = dumpWithoutCounters(*m_db);
        qint64 rowsWhenCancelled = 0;
        auto written = write(import, [&](const CandidateImportProgress& done) {
            rowsWhenCancelled = done.rows;
            return done.rows < 1500;
        });
        QVERIFY(!written);
        QVERIFY(rowsWhenCancelled >= 1500 && rowsWhenCancelled < 3000);
        QCOMPARE(dumpWithoutCounters(*m_db), before);
        QCOMPARE(countOf(QStringLiteral("SELECT COUNT(*) FROM candidates")), 0);
    }

    void progressReachesTheTotal() {
        const GeneratedCsv csv = generate(2500);
        Import import;
        prepare(import, csv.text);
        QVERIFY(!import.plan.hasErrors());
        QList<CandidateImportProgress> reports;
        auto written = write(import, [&](const CandidateImportProgress& done) {
            reports.append(done);
            return true;
        });
        QVERIFY2(written, qPrintable(written.errorMessage()));
        QCOMPARE(written->count(), 2500);
        QVERIFY(reports.size() >= 2);
        for (qsizetype i = 1; i < reports.size(); ++i) {
            QVERIFY(reports[i].rows >= reports[i - 1].rows);
            QVERIFY(reports[i].bytesRead >= reports[i - 1].bytesRead);
        }
        QCOMPARE(reports.constLast().rows, 2500);
        QCOMPARE(reports.constLast().bytesRead, import.file.size());
        QCOMPARE(reports.constLast().totalBytes, import.file.size());
        // Every row stored as the generator wrote it.
        auto query = m_db->exec(QStringLiteral(
            "SELECT c.full_name, c.email, a.applied_on, c.notes FROM applications a JOIN "
            "candidates c ON c.id = a.candidate_id ORDER BY a.id"));
        QVERIFY(query);
        for (const CsvRecord& record : csv.records) {
            QVERIFY(query->next());
            QCOMPARE(query->value(0).toString(), record.fields[0]);
            QCOMPARE(query->value(1).toString(), record.fields[1]);
            QCOMPARE(query->value(2).toString(), record.fields[2]);
            QCOMPARE(query->value(3).toString(), record.fields[3].trimmed());
        }
    }

    void duplicatesAgainstTheDatabaseAndWithinTheFile() {
        GeneratedCsv csv = generate(2500);
        // Row 2000 applied already, row 2100 is known from elsewhere, row
        // 2400 repeats row 1500 in other case and spacing, and a stored
        // address with a letter SQL's lower() does not fold.
        const RowId applied = storeCandidate(csv.records[2000].fields[1], m_openingId);
        Opening other;
        other.title = QStringLiteral("Designer");
        QVERIFY(OpeningRepository(*m_db).insert(other));
        const RowId elsewhere = storeCandidate(csv.records[2100].fields[1], other.id);
        const RowId umlaut = storeCandidate(QStringLiteral("JÖRG@example.org"), other.id);
        QVERIFY(applied != kNoRow && elsewhere != kNoRow && umlaut != kNoRow);
        csv.text.replace(csv.records[2400].fields[1],
                         QStringLiteral(" ") + csv.records[1500].fields[1].toUpper());
        csv.text.replace(csv.records[2200].fields[1], QStringLiteral("jörg@EXAMPLE.org"));

        Import import;
        prepare(import, csv.text);
        const CandidateImportPlan& plan = import.plan;
        QVERIFY(!plan.hasErrors());
        QCOMPARE(plan.duplicateCount(), 2);
        QCOMPARE(plan.existingCandidateCount(), 2);
        QCOMPARE(plan.addCount(), 2498);
        const auto warningAt = [&](int line) {
            for (const CsvIssue& issue : plan.issues) {
                if (issue.line == line)
                    return issue.message;
            }
            return QString();
        };
        QVERIFY(warningAt(csv.records[2000].line).contains(QStringLiteral("already applied")));
        QVERIFY(warningAt(csv.records[2100].line).contains(QStringLiteral("another opening")));
        QVERIFY(warningAt(csv.records[2200].line).contains(QStringLiteral("another opening")));
        QCOMPARE(warningAt(csv.records[2400].line),
                 QStringLiteral("same e-mail as line %1").arg(csv.records[1500].line));

        auto written = write(import);
        QVERIFY2(written, qPrintable(written.errorMessage()));
        QCOMPARE(written->count(), 2498);
        QCOMPARE(written->duplicatesSkipped, 2);
        QCOMPARE(written->knownPeople, 2);
        QCOMPARE(written->candidateIds.count(), 2496);
        // Imported ids are consecutive: one range per table.
        QCOMPARE(written->candidateIds.ranges().size(), 1);
        QCOMPARE(written->applicationIds.ranges().size(), 1);
        QCOMPARE(countOf(QStringLiteral("SELECT COUNT(*) FROM candidates")), 3 + 2496);
        // The known people were added, not stored twice.
        QCOMPARE(ApplicationRepository(*m_db).forCandidate(elsewhere)->size(), 2);
        QCOMPARE(ApplicationRepository(*m_db).forCandidate(umlaut)->size(), 2);
    }

    void repeatsWithinAndAcrossBatchesAreSkipped() {
        // Rows are checked and written a hundred at a time (the first batch
        // holds records 0-99): a repeat of a row of the same batch (not yet
        // written), of an earlier batch (written), across a batch boundary,
        // and a person known from another opening listed twice in a batch.
        GeneratedCsv csv = generate(300);
        Opening other;
        other.title = QStringLiteral("Designer");
        QVERIFY(OpeningRepository(*m_db).insert(other));
        const QString knownAddress = QStringLiteral("known.person@example.org");
        const RowId known = storeCandidate(knownAddress, other.id);
        QVERIFY(known != kNoRow);
        const auto replaceEmail = [&](int record, const QString& email) {
            csv.text.replace(csv.records[record].fields[1] + u',', email + u',');
        };
        replaceEmail(150, csv.records[120].fields[1].toUpper());
        replaceEmail(250, QStringLiteral(" ") + csv.records[20].fields[1]);
        replaceEmail(200, csv.records[199].fields[1]);
        replaceEmail(130, knownAddress);
        replaceEmail(160, knownAddress);

        QBuffer file;
        file.setData(csv.text.toUtf8());
        file.open(QIODevice::ReadOnly);
        const CandidateCsvReading reading = readingFor(file);
        CandidateImportPlan plan;
        auto written = CandidateCsvImport::checkAndWrite(*m_db, m_openingId, file, reading, plan);
        QVERIFY2(written, qPrintable(written.errorMessage()));
        // By hand: 300 rows, 4 repeats (150, 250, 200, 160), one known person.
        QCOMPARE(plan.rowCount, 300);
        QCOMPARE(plan.duplicateCount(), 4);
        QCOMPARE(plan.existingCandidateCount(), 1);
        QCOMPARE(plan.addCount(), 296);
        QCOMPARE(written->count(), 296);
        QCOMPARE(written->duplicatesSkipped, 4);
        QCOMPARE(written->knownPeople, 1);
        QCOMPARE(written->candidateIds.count(), 295);
        QCOMPARE(countOf(QStringLiteral("SELECT COUNT(*) FROM candidates")), 1 + 295);
        QCOMPARE(countOf(QStringLiteral("SELECT COUNT(*) FROM applications WHERE opening_id = %1")
                             .arg(m_openingId)),
                 296);
        QCOMPARE(ApplicationRepository(*m_db).forCandidate(known)->size(), 2);
        // Every address once, and each application to the candidate its
        // row names (the batch's ids matched to its rows).
        QCOMPARE(countOf(QStringLiteral("SELECT COUNT(*) FROM (SELECT lower(trim(email)) FROM "
                                        "candidates GROUP BY 1 HAVING COUNT(*) > 1) repeated")),
                 0);
        auto query = m_db->exec(
            QStringLiteral(
                "SELECT c.full_name, a.applied_on FROM applications a JOIN candidates c ON c.id = "
                "a.candidate_id WHERE a.opening_id = ? AND c.id <> ? ORDER BY a.id"),
            {m_openingId, known});
        QVERIFY(query);
        for (int i = 0; i < 300; ++i) {
            if (i == 150 || i == 250 || i == 200 || i == 160 || i == 130)
                continue;
            QVERIFY(query->next());
            QCOMPARE(query->value(0).toString(), csv.records[i].fields[0]);
            QCOMPARE(query->value(1).toString(), csv.records[i].fields[2]);
        }
        QVERIFY(!query->next());
    }

    void dateOrderIsTheWholeFilesChoice_data() {
        // Which rows' dates read in one order only (deciding), in either
        // order the same (ISO), or differently (ambiguous), by position: the
        // streaming reads settle the order as the rows come and read ahead
        // only when an ambiguous date comes before any deciding one.
        QTest::addColumn<QList<int>>("ambiguousAt");
        QTest::addColumn<int>("dayFirstAt");
        QTest::addColumn<int>("monthFirstAt");
        QTest::newRow("ISO only") << QList<int>{} << -1 << -1;
        QTest::newRow("ambiguous, decided chunks later") << QList<int>{5, 50, 260} << 300 << -1;
        QTest::newRow("decided first") << QList<int>{120, 400} << 10 << -1;
        QTest::newRow("never decided") << QList<int>{7, 333} << -1 << -1;
        QTest::newRow("decided, then the other order") << QList<int>{} << 100 << 210;
        QTest::newRow("ambiguous, then both orders") << QList<int>{3} << 404 << 150;
    }

    void dateOrderIsTheWholeFilesChoice() {
        QFETCH(QList<int>, ambiguousAt);
        QFETCH(int, dayFirstAt);
        QFETCH(int, monthFirstAt);
        GeneratedCsv csv = generate(450);
        for (int i = 0; i < csv.records.size(); ++i) {
            QString date = csv.records[i].fields[2];
            if (ambiguousAt.contains(i))
                date = QStringLiteral("03/04/2026");
            else if (i == dayFirstAt)
                date = QStringLiteral("25/04/2026");
            else if (i == monthFirstAt)
                date = QStringLiteral("04/25/2026");
            csv.text.replace(csv.records[i].fields[1] + u',' + csv.records[i].fields[2],
                             csv.records[i].fields[1] + u',' + date);
        }
        // The reference: the file's records all in memory, the order found
        // in a pass of its own before any row is checked.
        const QByteArray bytes = csv.text.toUtf8();
        const CsvTable table = CsvReader::parse(bytes);
        Import import;
        prepare(import, csv.text);
        const CandidateImportPlan reference =
            CandidateCsvImport::plan(table, import.reading.mapping, known(), kToday);
        CandidateImportPlan written;
        import.file.seek(0);
        auto outcome = CandidateCsvImport::checkAndWrite(*m_db, m_openingId, import.file,
                                                         import.reading, written);
        for (const CandidateImportPlan* plan : {&import.plan, &written}) {
            QCOMPARE(plan->dateOrder, reference.dateOrder);
            QCOMPARE(plan->dateDecidingLine, reference.dateDecidingLine);
            QCOMPARE(plan->errors, reference.errors);
            QCOMPARE(plan->issues.size(), reference.issues.size());
            for (qsizetype i = 0; i < reference.issues.size(); ++i) {
                QCOMPARE(plan->issues[i].line, reference.issues[i].line);
                QCOMPARE(plan->issues[i].message, reference.issues[i].message);
            }
        }
        for (qsizetype i = 0; i < reference.rows.size(); ++i)
            QCOMPARE(import.plan.rows.at(i).appliedOn, reference.rows.at(i).appliedOn);
        QCOMPARE(bool(outcome), reference.errors == 0);
        if (!outcome)
            return;
        // What was stored is what the reference read.
        auto stored = m_db->exec(
            QStringLiteral(
                "SELECT c.email, a.applied_on FROM applications a JOIN candidates c ON c.id = "
                "a.candidate_id WHERE a.opening_id = ?"),
            {m_openingId});
        QVERIFY(stored);
        QHash<QString, QString> appliedOn;
        while (stored->next())
            appliedOn.insert(stored->value(0).toString(), stored->value(1).toString());
        QCOMPARE(appliedOn.size(), reference.rows.size());
        for (const CandidateImportRow& row : reference.rows)
            QCOMPARE(appliedOn.value(row.candidate.email), row.appliedOn.toString(Qt::ISODate));
    }

    void checkAndWriteFindsWhatAPreviewFinds() {
        // Errors in the second and third batch: one pass lists every issue
        // a preview lists, counts alike, and writes nothing.
        GeneratedCsv csv = generate(260);
        csv.text.replace(csv.records[140].fields[1] + u',', QStringLiteral("not-an-address,"));
        csv.text.replace(csv.records[230].fields[1] + u',' + csv.records[230].fields[2],
                         csv.records[230].fields[1] + QStringLiteral(",31.31.2026"));
        csv.text.replace(csv.records[231].fields[1] + u',', csv.records[5].fields[1] + u',');
        Import import;
        prepare(import, csv.text);
        QVERIFY(import.plan.hasErrors());
        const QStringList before = dumpWithoutCounters(*m_db);
        CandidateImportPlan plan;
        import.file.seek(0);
        auto written = CandidateCsvImport::checkAndWrite(*m_db, m_openingId, import.file,
                                                         import.reading, plan);
        QVERIFY(!written);
        QVERIFY(written.errorMessage().contains(QStringLiteral("nothing was imported")));
        QCOMPARE(dumpWithoutCounters(*m_db), before);
        QCOMPARE(plan.rowCount, import.plan.rowCount);
        QCOMPARE(plan.errors, import.plan.errors);
        QCOMPARE(plan.errors, 2);
        QCOMPARE(plan.warnings, import.plan.warnings);
        QCOMPARE(plan.duplicates, import.plan.duplicates);
        QCOMPARE(plan.duplicates, 1);
        QCOMPARE(plan.issues.size(), import.plan.issues.size());
        for (qsizetype i = 0; i < plan.issues.size(); ++i) {
            QCOMPARE(plan.issues[i].line, import.plan.issues[i].line);
            QCOMPARE(plan.issues[i].column, import.plan.issues[i].column);
            QCOMPARE(plan.issues[i].message, import.plan.issues[i].message);
        }
    }

    void undoOfALargeImportRestoresTheDatabase() {
        // Someone else's data around the import, one of them the same
        // person as a row, so that the undo must leave their record.
        Opening other;
        other.title = QStringLiteral("Designer");
        QVERIFY(OpeningRepository(*m_db).insert(other));
        for (int i = 0; i < 50; ++i)
            QVERIFY(storeCandidate(QStringLiteral("before.%1@example.org").arg(i), other.id));
        const GeneratedCsv csv = generate(6000);
        QVERIFY(storeCandidate(csv.records[10].fields[1], other.id));
        const QStringList before = dumpWithoutCounters(*m_db);

        Import import;
        prepare(import, csv.text);
        QVERIFY(!import.plan.hasErrors());
        auto written = write(import);
        QVERIFY2(written, qPrintable(written.errorMessage()));
        QCOMPARE(written->count(), 6000);
        QCOMPARE(written->candidateIds.count(), 5999);
        QVERIFY(dumpWithoutCounters(*m_db) != before);

        const Status reverted = CandidateCsvImport::revert(*m_db, *written);
        QVERIFY2(reverted, qPrintable(reverted.errorMessage()));
        QCOMPARE(dumpWithoutCounters(*m_db), before);
    }

    void undoRefusesWhenAnImportedPersonAppliedElsewhere() {
        const GeneratedCsv csv = generate(1200);
        Import import;
        prepare(import, csv.text);
        QVERIFY(!import.plan.hasErrors());
        auto written = write(import);
        QVERIFY(written);
        Opening other;
        other.title = QStringLiteral("Designer");
        QVERIFY(OpeningRepository(*m_db).insert(other));
        Application application;
        application.candidateId = written->candidateIds.ranges().constLast().last;
        application.openingId = other.id;
        application.appliedOn = kToday;
        QVERIFY(ApplicationRepository(*m_db).insert(application));
        const QStringList before = dumpWithoutCounters(*m_db);
        const Status reverted = CandidateCsvImport::revert(*m_db, *written);
        QVERIFY(!reverted);
        QVERIFY(reverted.errorMessage().contains(QStringLiteral("1 record")));
        QCOMPARE(dumpWithoutCounters(*m_db), before);
    }
};

QTEST_GUILESS_MAIN(TestCandidateCsvStream)
#include "tst_candidatecsvstream.moc"
