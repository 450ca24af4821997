#include "ToneCategory.h"

namespace debrief {

QStringList ToneCategory::keys() {
    return {greeting(), cold(), vague(), promise(), protectedTrait(), disclosure(), blame()};
}

bool ToneCategory::isKnown(const QString& key) {
    return keys().contains(key);
}

QString ToneCategory::displayName(const QString& key) {
    if (key == cold())
        return tr("Cold or formulaic");
    if (key == vague())
        return tr("Vague reason");
    if (key == promise())
        return tr("Promise not made");
    if (key == protectedTrait())
        return tr("Protected characteristic");
    if (key == disclosure())
        return tr("Other candidate disclosed");
    if (key == blame())
        return tr("Blaming or belittling");
    if (key == greeting())
        return tr("No personal greeting");
    return key;
}

} // namespace debrief
