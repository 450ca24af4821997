#pragma once

#include "Result.h"
#include "debrief_core_export.h"
#include "domain/MessageTemplate.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

namespace debrief {

class TemplateValues;

/// The words a language's rejection drafts need besides the templates:
/// stage names, the date format, how lists and criterion names read inside a
/// sentence, the strength sentences offered to the sender, and the neutral
/// fallbacks for missing values. Kept as data (templates/<lang>/language.txt)
/// so that a translator adds a language without touching code; the drafts
/// speak the candidate's language, whatever the interface language is.
class DEBRIEF_CORE_EXPORT DraftLanguage {
    Q_DECLARE_TR_FUNCTIONS(DraftLanguage)

public:
    /// The resource folder with one sub-folder per language.
    static QString builtInDirectory();
    /// The languages with templates, sorted ("de", "en", "fr").
    static QStringList available(const QString& directory = builtInDirectory());
    /// "de_CH", "de-CH" and "DE" all mean "de".
    static QString baseLanguage(const QString& language);
    /// Reads and checks the language's data file; every missing or unknown
    /// key is an error naming the file and line.
    static Result<DraftLanguage> load(const QString& language,
                                      const QString& directory = builtInDirectory());

    QString code() const { return m_code; }
    /// {{stage.reached}} for a stage.
    QString stageName(TemplateStage stage) const;
    /// A date in the language's format, with its month names.
    QString formatDate(const QDate& date) const;
    /// A mean score on its scale in the language's words and decimal
    /// separator, one decimal: "3.5 of 4", "3,5 von 4", "3,5 sur 4".
    QString formatScore(double mean, int scaleSize) const;
    /// A criterion's name as it reads inside a sentence.
    QString criterionInSentence(const QString& name) const;
    /// "A and B", "A, B and C".
    QString joinList(const QStringList& items) const;
    /// The suggested sentence for the `rank`-th strength (0 = strongest);
    /// the third wording serves every strength after it.
    QString strengthSentence(int rank, const QString& criterionName) const;
    /// {{decidingFactor}} from the deciding criteria's names.
    QString decidingFactor(const QStringList& criterionNames) const;
    /// Puts the language's fallback words into `values`.
    void applyFallbacks(TemplateValues& values) const;

    /// Every key a language file must have.
    static QStringList requiredKeys();

private:
    QString m_code;
    QHash<QString, QString> m_entries;
};

} // namespace debrief
