#include "CandidateSearchKey.h"

#include "Database.h"
#include "SqlValues.h"

#include <QList>
#include <utility>

namespace debrief {

QString CandidateSearchKey::fold(const QString& text) {
    return text.normalized(QString::NormalizationForm_C).toCaseFolded();
}

QString CandidateSearchKey::needle(const QString& typed) {
    return fold(typed.trimmed());
}

QString CandidateSearchKey::of(const QString& fullName, const QString& email) {
    return fold(fullName) + QLatin1Char('\n') + fold(email);
}

Status CandidateSearchKey::storeForAll(Database& db) {
    // Read first, then write: the keys of a whole file fit in memory easily
    // (a few dozen bytes per candidate), and no read is open while writing.
    QList<std::pair<qint64, QString>> keys;
    {
        auto stored = db.exec(QStringLiteral("SELECT id, full_name, email FROM candidates"));
        if (!stored)
            return stored.error();
        while (stored->next())
            keys.append({stored->value(0).toLongLong(),
                         of(stored->value(1).toString(), stored->value(2).toString())});
    }
    const QString update = QStringLiteral("UPDATE candidates SET search_key = ? WHERE id = ?");
    for (const auto& [id, key] : std::as_const(keys)) {
        if (auto written = db.exec(update, {sql::text(key), sql::rowId(id)}); !written)
            return written.error();
    }
    return {};
}

} // namespace debrief
