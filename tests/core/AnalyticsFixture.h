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

} // namespace AnalyticsFixture
