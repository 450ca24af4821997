#include "AnalyticsFixture.h"

#include <cmath>

#include <QFile>

using namespace debrief;

namespace AnalyticsFixture {

namespace {

QString path(const QString& dataset, const QString& file) {
    return QStringLiteral(DEBRIEF_TEST_DATA_DIR "/analytics/") + dataset + QLatin1Char('/') + file;
}

/// The fixtures are plain comma-separated text without quoting, read here
/// without the product's CSV reader so the two cannot hide each other's bugs.
Result<QList<Row>> readRows(const QString& fileName) {
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error{QStringLiteral("Cannot read %1").arg(fileName)};
    const QStringList lines =
        QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return Error{QStringLiteral("%1 is empty").arg(fileName)};
    const QStringList header = lines.first().split(QLatin1Char(','));
    QList<Row> rows;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList fields = lines.at(i).split(QLatin1Char(','));
        if (fields.size() != header.size())
            return Error{QStringLiteral("%1:%2: %3 fields, expected %4")
                             .arg(fileName)
                             .arg(i + 1)
                             .arg(fields.size())
                             .arg(header.size())};
        Row row;
        for (qsizetype j = 0; j < header.size(); ++j)
            row.insert(header.at(j), fields.at(j));
        rows.append(row);
    }
    return rows;
}

void appendOnce(QStringList& names, const QString& name) {
    if (!names.contains(name))
        names.append(name);
}

} // namespace

QStringList datasets() {
    return {QStringLiteral("shrout-fleiss-1979"), QStringLiteral("krippendorff-2011"),
            QStringLiteral("not-assessed"), QStringLiteral("partial-panel")};
}

Result<QList<Row>> reference(const QString& dataset, const QString& file) {
    return readRows(path(dataset, file));
}

std::optional<double> number(const QString& text) {
    if (text == QLatin1String("NA"))
        return std::nullopt;
    return text.toDouble();
}

Result<RatingMatrix> load(const QString& dataset) {
    auto criteriaRows = readRows(path(dataset, QStringLiteral("criteria.csv")));
    auto scoreRows = readRows(path(dataset, QStringLiteral("scores.csv")));
    if (!criteriaRows)
        return criteriaRows.error();
    if (!scoreRows)
        return scoreRows.error();
    QList<Criterion> criteria;
    for (const Row& row : *criteriaRows) {
        Criterion c;
        c.name = row.value(QStringLiteral("criterion"));
        c.weight = row.value(QStringLiteral("weight")).toDouble();
        c.scaleSize = row.value(QStringLiteral("scale")).toInt();
        criteria.append(c);
    }
    QStringList finalistNames;
    QStringList panelistNames;
    for (const Row& row : *scoreRows) {
        appendOnce(finalistNames, row.value(QStringLiteral("finalist")));
        appendOnce(panelistNames, row.value(QStringLiteral("panelist")));
    }
    QList<Finalist> finalists;
    for (const QString& name : finalistNames)
        finalists.append({kNoRow, kNoRow, name});
    QList<Panelist> panelists;
    for (const QString& name : panelistNames)
        panelists.append({kNoRow, {}, name, {}, {}, {}});
    RatingMatrix matrix(criteria, finalists, panelists);
    for (const Row& row : *scoreRows) {
        const auto score = number(row.value(QStringLiteral("score")));
        Status set = matrix.setScore(finalist(matrix, row.value(QStringLiteral("finalist"))),
                                     panelist(matrix, row.value(QStringLiteral("panelist"))),
                                     criterion(matrix, row.value(QStringLiteral("criterion"))),
                                     score ? std::optional<int>(int(*score)) : std::nullopt);
        if (!set)
            return set.error();
    }
    const QString recommendations = path(dataset, QStringLiteral("recommendations.csv"));
    if (QFile::exists(recommendations)) {
        auto rows = readRows(recommendations);
        if (!rows)
            return rows.error();
        for (const Row& row : *rows) {
            matrix.setRecommendation(
                finalist(matrix, row.value(QStringLiteral("finalist"))),
                panelist(matrix, row.value(QStringLiteral("panelist"))),
                fromKey<Recommendation>(row.value(QStringLiteral("recommendation"))));
        }
    }
    return matrix;
}

int finalist(const RatingMatrix& matrix, const QString& name) {
    for (int i = 0; i < matrix.finalistCount(); ++i) {
        if (matrix.finalists().at(i).name == name)
            return i;
    }
    return -1;
}

int panelist(const RatingMatrix& matrix, const QString& name) {
    for (int i = 0; i < matrix.panelistCount(); ++i) {
        if (matrix.panelists().at(i).name == name)
            return i;
    }
    return -1;
}

int criterion(const RatingMatrix& matrix, const QString& name) {
    for (int i = 0; i < matrix.criterionCount(); ++i) {
        if (matrix.criteria().at(i).name == name)
            return i;
    }
    return -1;
}

bool near(std::optional<double> actual, std::optional<double> expected) {
    if (!actual || !expected)
        return !actual && !expected;
    return std::abs(*actual - *expected) <= kTolerance;
}

debrief::Criterion criterion(const QString& name, double weight, int scale) {
    debrief::Criterion c;
    c.name = name;
    c.weight = weight;
    c.scaleSize = scale;
    return c;
}

QList<debrief::Criterion> uniformCriteria(int count) {
    QList<debrief::Criterion> criteria;
    for (int i = 0; i < count; ++i)
        criteria.append(criterion(QStringLiteral("C%1").arg(i), 1.0, 5));
    return criteria;
}

debrief::RatingMatrix matrixOf(const QList<debrief::Criterion>& criteria, int finalists,
                               int panelists) {
    using namespace debrief;
    QList<Finalist> f;
    for (int i = 0; i < finalists; ++i)
        f.append({kNoRow, kNoRow, QStringLiteral("F%1").arg(i)});
    QList<Panelist> p;
    for (int i = 0; i < panelists; ++i)
        p.append({kNoRow, {}, QStringLiteral("P%1").arg(i), {}, {}, {}});
    return RatingMatrix(criteria, f, p);
}

} // namespace AnalyticsFixture
