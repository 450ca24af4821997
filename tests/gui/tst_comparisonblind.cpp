#include "comparison/ComparisonModel.h"
#include "comparison/ComparisonView.h"

#include "FinalistChartSeries.h"
#include "analytics/ComparisonCellText.h"
#include "analytics/TieVerdictText.h"
#include "demo/DemoDataGenerator.h"
#include "report/ReportGenerator.h"
#include "report/ReportPageSetup.h"
#include "scoring/ScoreViewer.h"
#include "scoring/ScorecardWorkflow.h"
#include "storage/Database.h"
#include "storage/OpeningRepository.h"
#include "storage/PanelistRepository.h"
#include "storage/RubricRepository.h"
#include "storage/ScorecardRepository.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;
using namespace debrief::report;

namespace {

const QDate kToday(2026, 11, 26);
const QDateTime kGeneratedAt(kToday, QTime(9, 0), Qt::UTC);

/// pdftotext -raw, normalised as tests/draw's ReportPdfText does: NFKC,
/// white space collapsed, a word broken after its hyphen joined again.
QString pdfText(const QString& path) {
    QProcess process;
    process.start(QStringLiteral(DEBRIEF_PDFTOTEXT),
                  {QStringLiteral("-raw"), path, QStringLiteral("-")});
    if (!process.waitForFinished(60000))
        return {};
    QString text = QString::fromUtf8(process.readAllStandardOutput())
                       .normalized(QString::NormalizationForm_KC);
    text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    text.replace(QRegularExpression(QStringLiteral("(\\w)- (?=\\w)")), QStringLiteral("\\1-"));
    return text;
}

QString normalised(const QString& text) {
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

/// Series colours of a chart by series name.
QHash<QString, QColor> lineColours(const QChart* chart) {
    QHash<QString, QColor> colours;
    for (QAbstractSeries* series : chart->series()) {
        if (auto* line = qobject_cast<QLineSeries*>(series))
            colours.insert(line->name(), line->pen().color());
    }
    return colours;
}

} // namespace

/// Compare Finalists as one panelist may see it (blind scoring), and the
/// window against the comparison report:
/// - as Jonas, who has only a draft on Yui Kobayashi's interview (demo
///   database), the view carries none of Tomás's scores for Yui and says why;
/// - the window and the comparison report show the same finalists in the same
///   order, the same totals as text and the same colour per finalist.
class TestComparisonBlind : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void draftHolderSeesNoneOfTheOthersScores();
    void windowAndComparisonReportAgree();

private:
    ScoreViewer panelist(Database& db, const QString& name) const;
    QString writeReport(Database& db, ReportKind kind, RowId opening, const ScoreViewer& viewer,
                        const QString& name, ReportDocument* document = nullptr);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_demo;
    RowId m_opening = kNoRow;
};

void TestComparisonBlind::initTestCase() {
    QVERIFY(m_dir.isValid());
    auto db = Database::openSqlite(m_dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    m_demo = std::move(*db);
    DemoDataGenerator::Options options;
    options.seed = 1;
    options.today = kToday;
    auto summary = DemoDataGenerator(options).generate(*m_demo);
    QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
    auto opening = OpeningRepository(*m_demo).findByUuid(summary->debriefOpeningUuid);
    QVERIFY(opening.ok() && opening->has_value());
    m_opening = (*opening)->id;
}

ScoreViewer TestComparisonBlind::panelist(Database& db, const QString& name) const {
    auto all = PanelistRepository(db).list();
    for (const Panelist& p : all ? *all : QList<Panelist>{}) {
        if (p.name == name)
            return ScoreViewer::panelist(p.id, p.name);
    }
    return {};
}

QString TestComparisonBlind::writeReport(Database& db, ReportKind kind, RowId opening,
                                         const ScoreViewer& viewer, const QString& name,
                                         ReportDocument* document) {
    ReportRequest request;
    request.kind = kind;
    request.openingId = opening;
    request.viewer = viewer;
    request.generatedAt = kGeneratedAt;
    request.today = kToday;
    request.locale = QLocale::c();
    ReportGenerator generator(db);
    if (document) {
        auto built = generator.build(request);
        if (built)
            *document = *built;
    }
    const QString path = m_dir.filePath(name);
    ReportPageSetup setup = ReportPageSetup::forLocale(QLocale::c());
    setup.pageSize = QPageSize(QPageSize::A4);
    const Status written = generator.write(request, setup, path);
    if (!written)
        qWarning("%s", qPrintable(written.errorMessage()));
    return written ? path : QString();
}

// DemoDebriefStory: Tomás Herrera submitted on Yui Kobayashi's technical
// interview, Jonas Lindqvist has a draft there.
void TestComparisonBlind::draftHolderSeesNoneOfTheOthersScores() {
    const ScoreViewer jonas = panelist(*m_demo, QStringLiteral("Jonas Lindqvist"));
    const ScoreViewer tomas = panelist(*m_demo, QString::fromUtf8("Tomás Herrera"));
    QVERIFY(!jonas.isNobody() && !tomas.isNobody());
    ComparisonView view;
    QVERIFY(view.load(*m_demo, m_opening, jonas).ok());
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString yui = QStringLiteral("Yui Kobayashi");
    const RatingMatrix& all = view.input().matrix;
    int column = 0;
    while (column < all.finalistCount() && all.finalists().at(column).name != yui)
        ++column;
    QVERIFY(column < all.finalistCount());
    const WithheldScorecards withheld = view.input().withheld.at(column);
    QCOMPARE(withheld.reason, WithheldScorecards::Reason::YoursOutstanding);

    // The note above the table, in lib/core's words: what and why.
    auto* notice = view.findChild<QLabel*>(QStringLiteral("withheldNotice"));
    QVERIFY(notice && !notice->isHidden());
    QCOMPARE(notice->textFormat(), Qt::PlainText);
    QVERIFY2(notice->text().split(QLatin1Char('\n')).contains(withheld.text(yui)),
             qPrintable(notice->text()));
    QVERIFY(notice->text().contains(QStringLiteral("until you submit yours")));

    // Yui's column holds none of Tomás's numbers: every cell says "hidden".
    ComparisonModel* model = view.model();
    QCOMPARE(model->headerData(column, Qt::Horizontal).toString(), yui);
    for (int r = 0; r < model->rowCount(); ++r) {
        QCOMPARE(model->index(r, column).data().toString(), QStringLiteral("hidden"));
        QVERIFY(model->index(r, column)
                    .data(ComparisonModel::ScoresRole)
                    .value<QList<int>>()
                    .isEmpty());
    }
    auto* verdict = view.findChild<QLabel*>(QStringLiteral("tieVerdictLabel"));
    QVERIFY(verdict->text().contains(TieVerdictText::withoutTotal(view.shownMatrix(), column)));

    // Jonas submits his card: Tomás's scores for Yui come in.
    auto cards =
        ScorecardRepository(*m_demo).forApplication(all.finalists().at(column).applicationId);
    QVERIFY(cards.ok());
    Scorecard own;
    Scorecard other;
    for (const Scorecard& card : *cards) {
        if (card.panelistId == jonas.panelistId)
            own = card;
        if (card.panelistId == tomas.panelistId)
            other = card;
    }
    QVERIFY(own.id != kNoRow && !own.isSubmitted() && other.isSubmitted());
    auto rubric = RubricRepository(*m_demo).get(own.rubricId);
    QVERIFY(rubric.ok());
    own.recommendation = own.recommendation.value_or(Recommendation::Yes);
    QVERIFY2(ScorecardWorkflow(*m_demo).submit(own, *rubric, kGeneratedAt).ok(), "submit");
    ComparisonView after;
    QVERIFY(after.load(*m_demo, m_opening, jonas).ok());
    QVERIFY(after.findChild<QLabel*>(QStringLiteral("withheldNotice"))->isHidden());
    const RatingMatrix& seen = after.input().matrix;
    int tomasSeat = 0;
    while (tomasSeat < seen.panelistCount() &&
           seen.panelists().at(tomasSeat).id != tomas.panelistId)
        ++tomasSeat;
    QVERIFY(tomasSeat < seen.panelistCount());
    int compared = 0;
    for (int c = 0; c < seen.criterionCount(); ++c) {
        const CriterionRating* rating = other.rating(seen.criteria().at(c).id);
        if (!rating || !rating->score)
            continue;
        QCOMPARE(seen.score(column, tomasSeat, c), rating->score);
        QVERIFY(after.model()
                    ->index(c, column)
                    .data(ComparisonModel::ScoresRole)
                    .value<QList<int>>()
                    .contains(*rating->score));
        ++compared;
    }
    QVERIFY(compared >= 3);
}

void TestComparisonBlind::windowAndComparisonReportAgree() {
    auto lead = ScoreViewer::panelLead(*m_demo, m_opening);
    QVERIFY(lead.ok());
    ComparisonView view;
    QVERIFY(view.load(*m_demo, m_opening, *lead).ok());
    ReportDocument document;
    const QString pdf = writeReport(*m_demo, ReportKind::Comparison, m_opening, *lead,
                                    QStringLiteral("comparison.pdf"), &document);
    QVERIFY(!pdf.isEmpty());
    const QString text = pdfText(pdf);
    QVERIFY(!text.isEmpty());

    // The same finalists in the same order, the set named in both.
    QStringList names;
    for (int f = 0; f < view.model()->columnCount(); ++f)
        names.append(view.model()->headerData(f, Qt::Horizontal).toString());
    QCOMPARE(names.size(), view.input().matrix.finalistCount());
    QVERIFY2(
        text.contains(normalised(QStringLiteral("Finalists ") + names.join(QStringLiteral(", ")))),
        qPrintable(names.join(QStringLiteral(", "))));
    const QString set = view.input().finalists.description();
    QVERIFY(view.findChild<QLabel*>(QStringLiteral("comparisonFinalistSet"))->text().contains(set));
    QVERIFY(text.contains(normalised(set)));

    // The same totals as text: the window's cell, in the PDF (a narrow
    // column wraps the interval onto a line of its own).
    const int totalRow = view.model()->totalRow();
    int totals = 0;
    for (int f = 0; f < names.size(); ++f) {
        const QString cell = view.model()->index(totalRow, f).data().toString();
        QCOMPARE(cell, ComparisonCellText::total(view.report(), f,
                                                 view.input().withheld.at(f).any(), QLocale()));
        for (const QString& part : cell.split(QStringLiteral(" ["))) {
            const QString piece =
                part.endsWith(QLatin1Char(']')) ? QStringLiteral("[") + part : part;
            QVERIFY2(text.contains(normalised(piece)), qPrintable(piece));
        }
        totals += cell.contains(QStringLiteral(" of 100")) ? 1 : 0;
    }
    QVERIFY(totals >= 3);

    // The same colour per finalist: the window's list and header swatches,
    // its radar chart and the report's radar chart.
    auto* radar = view.findChild<QChartView*>(QStringLiteral("radarChart"));
    QVERIFY(radar);
    const QHash<QString, QColor> window = lineColours(radar->chart());
    const ReportChart* reportRadar = nullptr;
    for (const ReportBlock& block : document.blocks()) {
        if (const auto* chart = std::get_if<ReportChart>(&block); chart && !reportRadar)
            reportRadar = chart;
    }
    QVERIFY(reportRadar);
    std::unique_ptr<QChart> drawn(reportRadar->create());
    const QHash<QString, QColor> report = lineColours(drawn.get());
    QCOMPARE(window.size(), names.size());
    QCOMPARE(report, window);
    for (int f = 0; f < names.size(); ++f)
        QCOMPARE(window.value(names.at(f)), FinalistChartSeries::colour(f));
    // Switching the first finalist off keeps everyone else's colour.
    auto* list = view.findChild<QListWidget*>(QStringLiteral("finalistList"));
    QVERIFY(list);
    list->item(0)->setCheckState(Qt::Unchecked);
    const QHash<QString, QColor> narrowed = lineColours(radar->chart());
    QCOMPARE(narrowed.size(), names.size() - 1);
    for (int f = 1; f < names.size(); ++f)
        QCOMPARE(narrowed.value(names.at(f)), window.value(names.at(f)));
}

QTEST_MAIN(TestComparisonBlind)
#include "tst_comparisonblind.moc"
