#pragma once

#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace debrief {

/// A fixed table between an enum and the stable text keys that files and
/// databases store. Keys never change once released; labels shown to people
/// are translated elsewhere.
template <typename Enum, std::size_t N> class EnumKeys {
public:
    using Entry = std::pair<Enum, const char16_t*>;

    constexpr explicit EnumKeys(std::array<Entry, N> entries)
        : m_entries(entries) {}

    QString key(Enum value) const {
        for (const auto& [e, k] : m_entries) {
            if (e == value)
                return QString::fromUtf16(k);
        }
        return {};
    }

    std::optional<Enum> parse(const QString& key) const {
        for (const auto& [e, k] : m_entries) {
            if (key == QStringView(k))
                return e;
        }
        return std::nullopt;
    }

    QStringList keys() const {
        QStringList out;
        for (const auto& entry : m_entries)
            out.append(QString::fromUtf16(entry.second));
        return out;
    }

    constexpr const std::array<Entry, N>& entries() const { return m_entries; }

private:
    std::array<Entry, N> m_entries;
};

} // namespace debrief
