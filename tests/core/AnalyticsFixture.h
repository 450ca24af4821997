#pragma once

#include "Result.h"
#include "analytics/RatingMatrix.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

/// The analytics datasets and their reference numbers in
/// tests/data/analytics/<dataset>/ (see make-reference.R there).
namespace AnalyticsFixture {

using Row = QHash<QString, QString>;

/// The dataset as a RatingMatrix: criteria.csv, scores.csv (NA = not
/// assessed, no row = no scorecard) and recommendations.csv when present.
/// Finalists and panelists in order of first appearance in scores.csv.
debrief::Result<debrief::RatingMatrix> load(const QString& dataset);
/// The rows of a reference file, keyed by its header.
debrief::Result<QList<Row>> reference(const QString& dataset, const QString& file);
/// A reference number; std::nullopt for "NA".
std::optional<double> number(const QString& text);
/// The index of a name among the matrix's finalists, panelists or criteria.
int finalist(const debrief::RatingMatrix& matrix, const QString& name);
int panelist(const debrief::RatingMatrix& matrix, const QString& name);
int criterion(const debrief::RatingMatrix& matrix, const QString& name);
/// The four datasets every statistic is checked on.
QStringList datasets();

/// How close a computed figure must be to its reference.
inline constexpr double kTolerance = 1e-9;
/// Equal within kTolerance, or both undefined.
bool near(std::optional<double> actual, std::optional<double> expected);
debrief::Criterion criterion(const QString& name, double weight, int scale);
/// `count` criteria C0, C1, … of weight 1 on a 1–5 scale.
QList<debrief::Criterion> uniformCriteria(int count);
/// A matrix without scores: finalists F0, F1, … and panelists P0, P1, ….
debrief::RatingMatrix matrixOf(const QList<debrief::Criterion>& criteria, int finalists,
                               int panelists);

} // namespace AnalyticsFixture
