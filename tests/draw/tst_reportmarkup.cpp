#include "MarkupData.h"
#include "ReportPdfText.h"

#include "demo/DemoDataGenerator.h"
#include "report/ReportGenerator.h"
#include "report/ReportPageSetup.h"
#include "reporting/ReportDataLoader.h"
#include "storage/Database.h"
#include "storage/OpeningRepository.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;
using namespace debrief::report;
using test::MarkupData;

/// Data is never markup in the PDF reports either (issue #12): over the demo
/// database with every free-text value prefixed by a red heading and a link
/// (MarkupData), each report, read back with pdftotext, shows that markup as
/// the characters it is, in its tables, its text and its charts' legends and
/// axes, and never as a heading ("X") or a link ("link") on their own.
class TestReportMarkup : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void reportsShowMarkupAsText_data();
    void reportsShowMarkupAsText();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    RowId m_opening = kNoRow;
    RowId m_application = kNoRow;
};

void TestReportMarkup::initTestCase() {
    QVERIFY(m_dir.isValid());
    auto db = Database::openSqlite(m_dir.filePath(QStringLiteral("marked.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    m_db = std::move(db.value());
    DemoDataGenerator::Options options;
    options.seed = 1;
    options.today = QDate(2026, 11, 26);
    auto summary = DemoDataGenerator(options).generate(*m_db);
    QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
    const QString failure = MarkupData::mark(*m_db);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    auto opening = OpeningRepository(*m_db).findByUuid(summary->debriefOpeningUuid);
    QVERIFY(opening.ok() && opening->has_value());
    m_opening = (*opening)->id;
    // The packet of the finalist with the most scorecards.
    auto query = m_db->exec(
        QStringLiteral("SELECT i.application_id FROM interviews i JOIN scorecards s ON "
                       "s.interview_id = i.id JOIN applications a ON a.id = i.application_id "
                       "WHERE a.opening_id = ? GROUP BY i.application_id ORDER BY COUNT(*) DESC, "
                       "i.application_id LIMIT 1"),
        {m_opening});
    QVERIFY(query.ok() && query->next());
    m_application = query->value(0).toLongLong();
}

void TestReportMarkup::reportsShowMarkupAsText_data() {
    QTest::addColumn<ReportKind>("kind");
    QTest::addColumn<int>("atLeast");
    // How many marked values each report shows at the least (its tables
    // alone hold more): a report that lost its data cannot pass.
    QTest::newRow("comparison") << ReportKind::Comparison << 10;
    QTest::newRow("candidate packet") << ReportKind::Packet << 10;
    QTest::newRow("calibration") << ReportKind::Calibration << 5;
    QTest::newRow("opening summary") << ReportKind::Summary << 3;
}

void TestReportMarkup::reportsShowMarkupAsText() {
    QFETCH(ReportKind, kind);
    QFETCH(int, atLeast);
    ReportRequest request;
    request.kind = kind;
    request.openingId = m_opening;
    request.applicationId = kind == ReportKind::Packet ? m_application : kNoRow;
    auto lead = ScoreViewer::panelLead(*m_db, m_opening);
    QVERIFY(lead.ok());
    request.viewer = *lead;
    request.generatedAt = QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
    request.today = QDate(2026, 11, 26);
    request.locale = QLocale::c();
    ReportPageSetup setup = ReportPageSetup::forLocale(QLocale(QLocale::German, QLocale::Germany));
    setup.locale = QLocale::c();
    const QString pdf = m_dir.filePath(QStringLiteral("report-%1.pdf").arg(int(kind)));
    auto data = ReportDataLoader(*m_db).load(request);
    QVERIFY2(data.ok(), qPrintable(data.errorMessage()));
    const Status written = ReportGenerator().write(*data, request, setup, pdf);
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));

    const QString text = ReportPdfText::pages(pdf).join(QLatin1Char(' '));
    // The marker's heading tag, whole, as characters (a long value may be
    // cut after it in a narrow column or a legend).
    const QString tag = ReportPdfText::normalised(MarkupData::literal());
    const auto shown = text.count(tag);
    QVERIFY2(shown >= atLeast, qPrintable(QStringLiteral("%1 times:\n%2").arg(shown).arg(text)));
    // Rendered markup leaves the heading's "X" or the link's "link" without
    // the tags around them.
    static const QRegularExpression bare(QStringLiteral("(^|[^>])\\b(X|link)\\b(?!<)"));
    const QRegularExpressionMatch match = bare.match(text);
    QVERIFY2(
        !match.hasMatch(),
        qPrintable(QStringLiteral("bare “%1” at: %2")
                       .arg(match.captured(2),
                            text.mid(std::max<qsizetype>(0, match.capturedStart() - 80), 200))));
}

QTEST_MAIN(TestReportMarkup)
#include "tst_reportmarkup.moc"
