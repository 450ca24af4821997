#include "JsonErrorList.h"

namespace debrief {

void JsonErrorList::add(const QString& path, const QString& message) {
    m_errors.append(path + QStringLiteral(": ") + message);
}

QString JsonErrorList::summary(const QString& sourceName, int cap) const {
    const QString prefix = sourceName.isEmpty() ? QString() : sourceName + QStringLiteral(": ");
    QStringList lines;
    for (qsizetype i = 0; i < m_errors.size() && i < cap; ++i)
        lines.append(prefix + m_errors.at(i));
    if (m_errors.size() > cap)
        lines.append(tr("…and %n more error(s)", nullptr, int(m_errors.size() - cap)));
    return lines.join(QLatin1Char('\n'));
}

} // namespace debrief
