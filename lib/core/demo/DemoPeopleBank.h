#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace debrief::demo {

class DemoRandom;

/// A made-up person: a name and contact details that can never reach
/// anyone real (example.com/example.org mail, phone numbers from ranges
/// reserved for fiction).
struct DemoPerson {
    QString fullName;
    QString preferredName;
    QString email;
    QString phone;
    QString location;
};

/// Draws diverse, realistic names (accents, family-name-first orders) for
/// candidates and referees. Demo content is English sample data, like a
/// fixture: it is stored, not shown as interface text, so it is not
/// translated.
class DemoPeopleBank {
public:
    /// A new candidate whose full name this bank has not given out before
    /// (when the name pool allows). `serial` > 0 makes the e-mail address
    /// unique among many thousands of candidates.
    DemoPerson candidate(DemoRandom& random, int serial = 0);
    /// A fixed, named person (the featured finalists of the demo).
    DemoPerson named(DemoRandom& random, const QString& given, const QString& family,
                     bool familyFirst = false);
    /// Keeps a name out of candidate(): the stories' people appear once.
    void reserve(const QString& fullName) { m_used.insert(fullName); }
    /// A referee's name (not reserved: referees may repeat).
    QString anyName(DemoRandom& random);
    QString source(DemoRandom& random) const;

    /// A phone number in a range reserved for drama and examples.
    static QString fictionalPhone(DemoRandom& random);
    /// "first.last@example.org", with accents folded to ASCII.
    static QString emailFor(const QString& given, const QString& family, const QString& domain,
                            int serial = 0);

private:
    struct Name {
        QString given;
        QString family;
        QString full;
        bool familyFirst = false;
    };
    Name drawName(DemoRandom& random) const;
    QString location(DemoRandom& random) const;

    QSet<QString> m_used;
};

} // namespace debrief::demo
