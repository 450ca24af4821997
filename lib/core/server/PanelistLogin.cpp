#include "PanelistLogin.h"

#include "ServerInit.h"
#include "opening/PanelDirectory.h"
#include "storage/Database.h"
#include "storage/TransactionGuard.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace debrief {
namespace {

// 20 characters of 62: about 119 bits, and nothing a shell or a URI quotes.
constexpr int kPasswordLength = 20;
// PostgreSQL's own default (scram_iterations) for the verifiers it makes.
constexpr int kScramIterations = 4096;

QString newPassword() {
    static const QLatin1String alphabet(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    QString password;
    for (int i = 0; i < kPasswordLength; ++i)
        password.append(QChar(alphabet.at(QRandomGenerator::system()->bounded(alphabet.size()))));
    return password;
}

QByteArray hmac(const QByteArray& key, const QByteArray& message) {
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

// PBKDF2-HMAC-SHA-256 for one block: SCRAM's Hi() (RFC 5802).
QByteArray hi(const QByteArray& password, const QByteArray& salt, int iterations) {
    QByteArray u = hmac(password, salt + QByteArray::fromHex("00000001"));
    QByteArray result = u;
    for (int i = 1; i < iterations; ++i) {
        u = hmac(password, u);
        for (qsizetype b = 0; b < result.size(); ++b)
            result[b] = char(result[b] ^ u[b]);
    }
    return result;
}

} // namespace

QString PanelistLogin::suggestedRole(const QString& email) {
    QString local = email.trimmed().section(QLatin1Char('@'), 0, 0).toLower();
    QString role;
    for (const QChar c : std::as_const(local)) {
        const bool plain = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                           (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        role.append(plain ? c : QLatin1Char('_'));
    }
    if (!role.isEmpty() && role.front().isDigit())
        role.prepend(QLatin1Char('_'));
    return role.left(63);
}

Status PanelistLogin::checkRole(const QString& role) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!pattern.match(role).hasMatch())
        return Error{tr("“%1” cannot be a login role: use 1 to 63 lower-case letters a–z, digits "
                        "and _, not starting with a digit.")
                         .arg(role)};
    if (role.startsWith(QLatin1String("pg_")) || role.startsWith(QLatin1String("debrief_")))
        return Error{tr("“%1” cannot be a login role: names starting with pg_ are PostgreSQL's "
                        "and names starting with debrief_ are Debrief's own.")
                         .arg(role)};
    return {};
}

QString PanelistLogin::scramVerifier(const QString& password, QByteArray salt) {
    if (salt.isEmpty()) {
        salt.resize(16);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()),
                                              salt.size() / 4);
    }
    // The passwords made here are ASCII, which SASLprep leaves as they are.
    const QByteArray salted = hi(password.toUtf8(), salt, kScramIterations);
    const QByteArray storedKey =
        QCryptographicHash::hash(hmac(salted, "Client Key"), QCryptographicHash::Sha256);
    const QByteArray serverKey = hmac(salted, "Server Key");
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(kScramIterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

Result<PanelistLogin::Created> PanelistLogin::create(Database& db, RowId panelistId,
                                                     const QString& role,
                                                     std::optional<RowId> leadOf) {
    if (db.dialect() != SqlDialect::PostgreSql)
        return Error{
            tr("%1 is a file: logins exist only on a PostgreSQL server.").arg(db.location())};
    if (Status valid = checkRole(role); !valid)
        return valid.error();
    TransactionGuard tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto panelist = PanelDirectory(db).panelist(panelistId);
    if (!panelist)
        return panelist.error();

    auto holder = db.exec(QStringLiteral("SELECT id FROM panelists WHERE login_role = ? AND "
                                         "id <> ?"),
                          {role, panelistId});
    if (!holder)
        return holder.error();
    if (holder->next())
        return Error{tr("The login role %1 already belongs to panelist %2 in %3.")
                         .arg(role)
                         .arg(holder->value(0).toLongLong())
                         .arg(db.location())};
    auto existing = db.exec(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), {role});
    if (!existing)
        return existing.error();
    Created created{role, newPassword(), existing->next()};
    // A role of that name that is not this panelist's login (another
    // database's user, a person's own login) is never taken over.
    if (created.passwordReset && panelist->loginRole != role)
        return Error{tr("The role %1 already exists on the server and is not this panelist's "
                        "login. Choose another name with --login.")
                         .arg(role)};

    for (const auto& [sql, values] :
         {std::pair{QStringLiteral("SELECT debrief_set_login(?, ?)"),
                    QVariantList{role, scramVerifier(created.password)}},
          std::pair{QStringLiteral("UPDATE panelists SET login_role = ? WHERE id = ?"),
                    QVariantList{role, panelistId}}}) {
        if (auto done = db.exec(sql, values); !done)
            return done.error();
    }
    if (leadOf) {
        auto seated = db.exec(QStringLiteral("UPDATE opening_panel SET is_lead = TRUE "
                                             "WHERE opening_id = ? AND panelist_id = ?"),
                              {*leadOf, panelistId});
        if (!seated)
            return seated.error();
        if (seated->numRowsAffected() == 0)
            return Error{tr("Panelist %1 does not sit on the panel of opening %2: seat them "
                            "first, then make them its lead.")
                             .arg(panelistId)
                             .arg(*leadOf)};
        if (auto granted = db.exec(QStringLiteral("SELECT debrief_grant_lead(?)"), {role});
            !granted)
            return granted.error();
    }
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    return created;
}

} // namespace debrief
