#include "ToneReport.h"

#include "ToneCategory.h"

#include <QJsonArray>
#include <QJsonObject>

namespace debrief {

qsizetype ToneReport::codePoints(const QString& text, qsizetype from, qsizetype to) {
    qsizetype count = 0;
    for (qsizetype i = from; i < to && i < text.size(); ++i) {
        if (!text.at(i).isLowSurrogate())
            ++count;
    }
    return count;
}

TonePosition ToneReport::position(const QString& text, qsizetype index) {
    index = qBound<qsizetype>(0, index, text.size());
    const qsizetype lineStart = index == 0 ? 0 : text.lastIndexOf(QLatin1Char('\n'), index - 1) + 1;
    const qsizetype line = QStringView(text).left(index).count(QLatin1Char('\n')) + 1;
    return {line, codePoints(text, lineStart, index) + 1};
}

QString ToneReport::flaggedWords(const QString& text, const ToneFinding& finding) {
    return text.mid(finding.start, finding.length).simplified();
}

QString ToneReport::text(const QString& fileName, const QString& text,
                         const QList<ToneFinding>& findings) {
    QString out;
    for (const ToneFinding& finding : findings) {
        const TonePosition at = position(text, finding.start);
        out += tr("%1:%2:%3: %4: %5 — %6")
                   .arg(fileName)
                   .arg(at.line)
                   .arg(at.column)
                   .arg(ToneCategory::displayName(finding.category), finding.explanation,
                        finding.suggestion);
        out += QStringLiteral("\n    “") + flaggedWords(text, finding) + QStringLiteral("”\n");
    }
    return out;
}

QJsonDocument ToneReport::json(const QString& fileName, const QString& language,
                               const QString& text, const QList<ToneFinding>& findings) {
    QJsonArray items;
    QJsonObject counts;
    for (const QString& key : ToneCategory::keys())
        counts.insert(key, 0);
    for (const ToneFinding& finding : findings) {
        const TonePosition at = position(text, finding.start);
        items.append(QJsonObject{
            {QStringLiteral("line"), at.line},
            {QStringLiteral("column"), at.column},
            {QStringLiteral("offset"), codePoints(text, 0, finding.start)},
            {QStringLiteral("length"), codePoints(text, finding.start, finding.end())},
            {QStringLiteral("category"), finding.category},
            {QStringLiteral("categoryName"), ToneCategory::displayName(finding.category)},
            {QStringLiteral("rule"), finding.ruleId},
            {QStringLiteral("text"), flaggedWords(text, finding)},
            {QStringLiteral("explanation"), finding.explanation},
            {QStringLiteral("suggestion"), finding.suggestion},
        });
        counts.insert(finding.category, counts.value(finding.category).toInt() + 1);
    }
    return QJsonDocument(QJsonObject{
        {QStringLiteral("format"), formatName()},
        {QStringLiteral("formatVersion"), kFormatVersion},
        {QStringLiteral("file"), fileName},
        {QStringLiteral("language"), language},
        {QStringLiteral("clean"), findings.isEmpty()},
        {QStringLiteral("findings"), items},
        {QStringLiteral("counts"), counts},
    });
}

} // namespace debrief
