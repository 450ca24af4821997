#include "RejectionDraft.h"

#include "EnumKeys.h"

#include <QCoreApplication>

namespace debrief {
namespace {

constexpr EnumKeys<DraftStatus, 2> kDraftStatusKeys({{
    {DraftStatus::Draft, u"draft"},
    {DraftStatus::Sent, u"sent"},
}});

} // namespace

QString toKey(DraftStatus value) {
    return kDraftStatusKeys.key(value);
}

QString toLabel(DraftStatus value) {
    switch (value) {
    case DraftStatus::Draft:
        return QCoreApplication::translate("DraftStatus", "Draft");
    case DraftStatus::Sent:
        return QCoreApplication::translate("DraftStatus", "Sent");
    }
    return {};
}

template <> std::optional<DraftStatus> fromKey<DraftStatus>(const QString& key) {
    return kDraftStatusKeys.parse(key);
}

template <> QStringList allKeys<DraftStatus>() {
    return kDraftStatusKeys.keys();
}

} // namespace debrief
