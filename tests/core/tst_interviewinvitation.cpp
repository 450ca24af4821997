// The .ics writer checked by an independent reader: every invitation is
// written to a file and parsed by Python's icalendar package
// (tests/tools/check_ics.py), and the parsed properties are compared with
// what was written. The raw bytes are checked here as well (CRLF only,
// 75-octet lines, no line ending inside a UTF-8 sequence).
#include "IcsCheck.h"
#include "SchedulingFixture.h"

#include "scheduling/IcsWriter.h"
#include "scheduling/InterviewInvitation.h"
#include "scheduling/InterviewScheduler.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;
using debrief::test::SchedulingFixture;

namespace {

const QDateTime kStamp(QDate(2026, 3, 2), QTime(7, 45, 12), QTimeZone::utc());

QString utf8(const char* text) {
    return QString::fromUtf8(text);
}

/// An invitation with everything that trips up iCalendar: accents and
/// letters outside Latin-1, emoji, commas, semicolons, backslashes, line
/// breaks and a description far longer than a line.
InterviewInvitation trickyInvitation() {
    InterviewInvitation i;
    i.interviewId = 12;
    i.interviewUuid = QUuid::fromString(QStringLiteral("1b000000-0000-4000-8000-00000000000c"));
    i.sequence = 2;
    i.start = QDateTime(QDate(2026, 3, 4), QTime(8, 30), QTimeZone::utc());
    i.end = i.start.addSecs(90 * 60);
    i.candidateName = utf8("Zoë Ångström-Łukasiewicz");
    i.roundName = utf8("Pair programming; part 2, \"live\" 🎉");
    i.openingTitle = utf8("Senior Backend Engineer, Payments \\ Ledger (Zürich)");
    i.location = utf8("Raum 4.12; Flügel B, Alexanderplatz 1, 10178 Berlin");
    i.videoLink = QStringLiteral("https://meet.example.org/r/abc-DEF_123?pwd=x;y,z");
    i.organizer = {utf8("Łukasz Nowak"), QStringLiteral("lukasz@example.org")};
    i.panelists = {{utf8("Zoë Brandt"), QStringLiteral("zoe@example.org")},
                   {utf8("Łukasz Nowak"), QStringLiteral("lukasz@example.org")},
                   {utf8("Ingrid \"Inge\" Solberg, PhD"), QString()},
                   {utf8("Miguel Ángel Ortega 😀"), QStringLiteral("miguel@example.org")}};
    return i;
}

} // namespace

class TestInterviewInvitation : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void escapesText();
    void quotesParameters();
    void foldsAt75OctetsNeverInsideACharacter_data();
    void foldsAt75OctetsNeverInsideACharacter();
    void writesUtcStamps();
    void requestParsesWithEveryProperty();
    void rawLinesAreWellFormed();
    void cancelledInterviewIsACancel();
    void panelWithoutAddressesIsAPublish();
    void loadsTheStoredInterviewAndSavesOwnerOnly();

private:
    /// What check_ics.py reads from `ics`.
    QJsonObject parse(const QByteArray& ics);

    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestInterviewInvitation::initTestCase() {
    if (const QString missing = test::icsCheckerMissing(); !missing.isEmpty())
        QFAIL(qPrintable(missing));
}

QJsonObject TestInterviewInvitation::parse(const QByteArray& ics) {
    const QString path = m_dir.filePath(QStringLiteral("i%1.ics").arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ics) != ics.size())
        return {};
    file.close();
    return test::readIcsWithPython(path);
}

void TestInterviewInvitation::escapesText() {
    QCOMPARE(IcsWriter::escapeText(QStringLiteral("a\\b;c,d\ne\r\nf\rg")),
             QStringLiteral("a\\\\b\\;c\\,d\\ne\\nf\\ng"));
    // Control characters cannot be in a content line; tabs can.
    QCOMPARE(IcsWriter::escapeText(QStringLiteral("x\x01y\tz")), QStringLiteral("xy\tz"));
    QCOMPARE(IcsWriter::escapeText(utf8("Zoë: 🎉")), utf8("Zoë: 🎉"));
}

void TestInterviewInvitation::quotesParameters() {
    QCOMPARE(IcsWriter::quoteParameter(QStringLiteral("REQ-PARTICIPANT")),
             QStringLiteral("REQ-PARTICIPANT"));
    QCOMPARE(IcsWriter::quoteParameter(utf8("Zoë \"Z\" Brandt; Ph.D., Berlin:Mitte")),
             utf8("\"Zoë 'Z' Brandt; Ph.D., Berlin:Mitte\""));
    QCOMPARE(IcsWriter::quoteParameter(QString()), QStringLiteral("\"\""));
}

void TestInterviewInvitation::foldsAt75OctetsNeverInsideACharacter_data() {
    QTest::addColumn<QString>("value");
    QTest::newRow("ascii") << QString(300, QLatin1Char('x'));
    QTest::newRow("two-byte letters") << QString(200, QChar(0x00EB));   // ë
    QTest::newRow("three-byte letters") << QString(120, QChar(0x20AC)); // €
    QString emoji;
    for (int i = 0; i < 60; ++i)
        emoji += utf8("a😀");
    QTest::newRow("four-byte emoji, shifted by one") << emoji;
    QTest::newRow("exactly one line") << QString(75 - 8, QLatin1Char('y')); // "SUMMARY:" is 8
}

void TestInterviewInvitation::foldsAt75OctetsNeverInsideACharacter() {
    QFETCH(QString, value);
    const QByteArray line = (QStringLiteral("SUMMARY:") + value).toUtf8();
    const QByteArray folded = IcsWriter::fold(line);
    QVERIFY(folded.endsWith("\r\n"));
    QList<QByteArray> physical = folded.split('\n');
    QCOMPARE(physical.takeLast(), QByteArray());
    QByteArray unfolded;
    for (qsizetype i = 0; i < physical.size(); ++i) {
        QByteArray part = physical.at(i);
        QVERIFY2(part.endsWith('\r'), "every line ends in CRLF");
        part.chop(1);
        QVERIFY2(part.size() <= 75, qPrintable(QString::number(part.size())));
        if (i > 0) {
            QVERIFY(part.startsWith(' '));
            part.remove(0, 1);
        }
        // Each physical line is whole characters: it decodes on its own.
        QStringDecoder decoder(QStringDecoder::Utf8);
        (void)QString(decoder(part));
        QVERIFY2(!decoder.hasError(), part.constData());
        unfolded += part;
    }
    QCOMPARE(unfolded, line);
    if (line.size() <= 75)
        QCOMPARE(physical.size(), 1);
}

void TestInterviewInvitation::writesUtcStamps() {
    const QDateTime berlin(QDate(2026, 7, 1), QTime(9, 30), QTimeZone("Europe/Berlin"));
    QCOMPARE(IcsWriter::utcStamp(berlin), QStringLiteral("20260701T073000Z"));
}

void TestInterviewInvitation::requestParsesWithEveryProperty() {
    const InterviewInvitation invitation = trickyInvitation();
    const QJsonObject parsed = parse(invitation.toIcs(kStamp));
    QVERIFY2(!parsed.isEmpty(), "icalendar could not read the file");
    QCOMPARE(parsed.value(u"name").toString(), QStringLiteral("VCALENDAR"));
    QCOMPARE(parsed.value(u"method").toString(), QStringLiteral("REQUEST"));
    QCOMPARE(parsed.value(u"version").toString(), QStringLiteral("2.0"));
    QVERIFY(parsed.value(u"prodid").toString().startsWith(QStringLiteral("-//Debrief//Debrief ")));
    QCOMPARE(parsed.value(u"components").toArray(), QJsonArray{QStringLiteral("VEVENT")});
    const QJsonObject event = parsed.value(u"events").toArray().at(0).toObject();
    QCOMPARE(event.value(u"uid").toString(),
             QStringLiteral("1b000000-0000-4000-8000-00000000000c"));
    QCOMPARE(event.value(u"dtstart").toString(), QStringLiteral("2026-03-04T08:30:00+00:00"));
    QCOMPARE(event.value(u"dtend").toString(), QStringLiteral("2026-03-04T10:00:00+00:00"));
    QCOMPARE(event.value(u"dtstamp").toString(), QStringLiteral("2026-03-02T07:45:12+00:00"));
    QCOMPARE(event.value(u"sequence").toInt(), 2);
    QCOMPARE(event.value(u"status").toString(), QStringLiteral("CONFIRMED"));
    QCOMPARE(event.value(u"class").toString(), QStringLiteral("CONFIDENTIAL"));
    // Text comes back exactly: escapes and folding undone.
    QCOMPARE(event.value(u"summary").toString(), invitation.summary());
    QCOMPARE(event.value(u"summary").toString(),
             utf8("Interview: Zoë Ångström-Łukasiewicz – Pair programming; part 2, \"live\" 🎉 "
                  "(Senior Backend Engineer, Payments \\ Ledger (Zürich))"));
    QCOMPARE(event.value(u"location").toString(), invitation.location);
    QCOMPARE(event.value(u"url").toString(), invitation.videoLink);
    QCOMPARE(event.value(u"description").toString(), invitation.description());
    QVERIFY(invitation.description().size() > 300);
    QVERIFY(invitation.description().contains(
        utf8("Not invited by this file (no e-mail address on record): Ingrid \"Inge\" Solberg, "
             "PhD")));

    const QJsonObject organizer = event.value(u"organizer").toObject();
    QCOMPARE(organizer.value(u"name").toString(), utf8("Łukasz Nowak"));
    QCOMPARE(organizer.value(u"address").toString(), QStringLiteral("lukasz@example.org"));
    // Everyone with an address is invited; Ingrid has none.
    const QJsonArray attendees = event.value(u"attendees").toArray();
    QCOMPARE(attendees.size(), 3);
    const QStringList names{utf8("Zoë Brandt"), utf8("Łukasz Nowak"),
                            utf8("Miguel Ángel Ortega 😀")};
    const QStringList addresses{QStringLiteral("zoe@example.org"),
                                QStringLiteral("lukasz@example.org"),
                                QStringLiteral("miguel@example.org")};
    for (qsizetype i = 0; i < attendees.size(); ++i) {
        const QJsonObject a = attendees.at(i).toObject();
        QCOMPARE(a.value(u"name").toString(), names.at(i));
        QCOMPARE(a.value(u"address").toString(), addresses.at(i));
        QCOMPARE(a.value(u"role").toString(), QStringLiteral("REQ-PARTICIPANT"));
        QCOMPARE(a.value(u"partstat").toString(), QStringLiteral("NEEDS-ACTION"));
        QCOMPARE(a.value(u"rsvp").toString(), QStringLiteral("TRUE"));
    }
}

void TestInterviewInvitation::rawLinesAreWellFormed() {
    const QByteArray ics = trickyInvitation().toIcs(kStamp);
    const QJsonObject lines = parse(ics).value(u"lines").toObject();
    QVERIFY(lines.value(u"max_octets").toInt() <= 75);
    QCOMPARE(lines.value(u"bare_lf").toInt(), 0);
    QCOMPARE(lines.value(u"bare_cr").toInt(), 0);
    QVERIFY(lines.value(u"each_line_utf8").toBool());
    QVERIFY(lines.value(u"ends_with_crlf").toBool());
    // Our own look: the long description really was folded, and the
    // structure is one VEVENT in one VCALENDAR.
    QVERIFY(ics.contains("\r\n "));
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(ics.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n"));
    QCOMPARE(ics.count("BEGIN:VEVENT"), 1);
    QVERIFY(
        ics.contains("ATTENDEE;CN=\"Zo\xC3\xAB Brandt\";CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;"));
}

void TestInterviewInvitation::cancelledInterviewIsACancel() {
    InterviewInvitation invitation = trickyInvitation();
    invitation.cancelled = true;
    invitation.sequence = 3;
    invitation.cancellationReason = utf8("Zoë is ill; we'll find a new date, sorry.");
    const QJsonObject parsed = parse(invitation.toIcs(kStamp));
    QCOMPARE(parsed.value(u"method").toString(), QStringLiteral("CANCEL"));
    const QJsonObject event = parsed.value(u"events").toArray().at(0).toObject();
    QCOMPARE(event.value(u"status").toString(), QStringLiteral("CANCELLED"));
    QCOMPARE(event.value(u"sequence").toInt(), 3);
    QVERIFY(
        event.value(u"summary").toString().startsWith(QStringLiteral("Cancelled: Interview: ")));
    QVERIFY(
        event.value(u"description")
            .toString()
            .startsWith(utf8("This interview is cancelled. Reason: Zoë is ill; we'll find a new "
                             "date, sorry.\n")));
    // The same people are told, and none of them is asked to reply.
    const QJsonArray attendees = event.value(u"attendees").toArray();
    QCOMPARE(attendees.size(), 3);
    QCOMPARE(attendees.at(0).toObject().value(u"rsvp").toString(), QStringLiteral("FALSE"));
}

void TestInterviewInvitation::panelWithoutAddressesIsAPublish() {
    InterviewInvitation invitation = trickyInvitation();
    invitation.organizer = {};
    for (InvitationPerson& person : invitation.panelists)
        person.email = QStringLiteral("not an address");
    invitation.location.clear();
    const QJsonObject parsed = parse(invitation.toIcs(kStamp));
    QCOMPARE(parsed.value(u"method").toString(), QStringLiteral("PUBLISH"));
    const QJsonObject event = parsed.value(u"events").toArray().at(0).toObject();
    QVERIFY(event.value(u"organizer").isNull());
    QCOMPARE(event.value(u"attendees").toArray().size(), 0);
    // With only a call, the calendar's location is the link.
    QCOMPARE(event.value(u"location").toString(), invitation.videoLink);
}

void TestInterviewInvitation::loadsTheStoredInterviewAndSavesOwnerOnly() {
    SchedulingFixture f;
    const QString failed = f.create(m_dir.filePath(QStringLiteral("panel.sqlite")));
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    ScheduleRequest request =
        f.request(SchedulingFixture::inBerlin(QDate(2026, 3, 4), QTime(9, 30)));
    auto scheduled =
        InterviewScheduler(*f.db).schedule(request, QStringLiteral("Zoë Brandt"), kStamp);
    QVERIFY2(scheduled, qPrintable(scheduled.errorMessage()));
    auto moved = request;
    moved.start = moved.start.addDays(1);
    QVERIFY(
        InterviewScheduler(*f.db).reschedule(scheduled->uuid, moved, QStringLiteral("x"), kStamp));

    auto invitation = InterviewInvitation::load(*f.db, scheduled->id);
    QVERIFY2(invitation, qPrintable(invitation.errorMessage()));
    QCOMPARE(invitation->candidateName, utf8("Amélie Dubois"));
    QCOMPARE(invitation->roundName, QStringLiteral("Technical screen"));
    QCOMPARE(invitation->openingTitle, QStringLiteral("Backend Engineer"));
    QCOMPARE(invitation->sequence, 1);
    // The lead organises; Ingrid (no address) is named but not invited.
    QCOMPARE(invitation->organizer.name, utf8("Zoë Brandt"));
    QCOMPARE(invitation->panelists.size(), 3);
    QCOMPARE(invitation->fileName(SchedulingFixture::berlin()),
             QStringLiteral("interview-%1-2026-03-05.ics").arg(scheduled->id));

    const QString path = m_dir.filePath(invitation->fileName());
    Status saved = invitation->save(path, kStamp);
    QVERIFY2(saved, qPrintable(saved.errorMessage()));
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                      QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(QFile::permissions(path) & others, QFile::Permissions());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject parsed = parse(file.readAll());
    const QJsonObject event = parsed.value(u"events").toArray().at(0).toObject();
    QCOMPARE(event.value(u"uid").toString(), scheduled->uuid.toString(QUuid::WithoutBraces));
    QCOMPARE(event.value(u"dtstart").toString(), QStringLiteral("2026-03-05T08:30:00+00:00"));
    QCOMPARE(event.value(u"dtend").toString(), QStringLiteral("2026-03-05T09:15:00+00:00"));
    QCOMPARE(event.value(u"sequence").toInt(), 1);
    QCOMPARE(event.value(u"attendees").toArray().size(), 2);
    QCOMPARE(event.value(u"organizer").toObject().value(u"address").toString(),
             QStringLiteral("zoe@example.org"));
}

QTEST_GUILESS_MAIN(TestInterviewInvitation)
#include "tst_interviewinvitation.moc"
