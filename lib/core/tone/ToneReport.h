#pragma once

#include "ToneFinding.h"
#include "debrief_core_export.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QList>
#include <QString>

namespace debrief {

/// Where a finding is in a text as a person counts: 1-based line and
/// column, the column in characters (Unicode code points).
struct TonePosition {
    qsizetype line = 1;
    qsizetype column = 1;
};

/// The tone check's findings on a text file, as `debrief-cli lint` prints
/// them: compiler-style lines for people, or the "debrief-tone-findings"
/// JSON document (docs/TONE.md) for scripts.
class DEBRIEF_CORE_EXPORT ToneReport {
    Q_DECLARE_TR_FUNCTIONS(ToneReport)

public:
    static constexpr int kFormatVersion = 1;
    static QString formatName() { return QStringLiteral("debrief-tone-findings"); }

    /// The line and column of a UTF-16 index into `text`.
    static TonePosition position(const QString& text, qsizetype index);
    /// Code points in text[from, to) (a surrogate pair counts once).
    static qsizetype codePoints(const QString& text, qsizetype from, qsizetype to);

    /// "FILE:LINE:COLUMN: category: explanation — suggestion" and, indented
    /// on the next line, the flagged words; one pair per finding.
    static QString text(const QString& fileName, const QString& text,
                        const QList<ToneFinding>& findings);
    static QJsonDocument json(const QString& fileName, const QString& language, const QString& text,
                              const QList<ToneFinding>& findings);

private:
    /// The flagged words on one line (line breaks in the span become spaces).
    static QString flaggedWords(const QString& text, const ToneFinding& finding);
};

} // namespace debrief
