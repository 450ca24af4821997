#include "SqliteDirectStatements.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>

#include <algorithm>

#if DEBRIEF_SQLITE_DIRECT
#include <sqlite3.h>
#endif

namespace debrief {

#if DEBRIEF_SQLITE_DIRECT

namespace {

/// A column of the current row as Qt's SQLite driver reads it (with its
/// default precision policy): integers as qint64, reals as double, NULL as
/// a null text.
QVariant columnValue(sqlite3_stmt* statement, int column) {
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(statement, column));
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>());
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char*>(sqlite3_column_blob(statement, column)),
                                   sqlite3_column_bytes(statement, column)));
    default:
        return QVariant(QString(static_cast<const QChar*>(sqlite3_column_text16(statement, column)),
                                sqlite3_column_bytes16(statement, column) / int(sizeof(QChar))));
    }
}

/// The UTF-8 bytes of `text` written at `out`, and where they end; nullptr
/// when the text holds a surrogate. Without surrogates every character has
/// one UTF-8 form, so the bytes are those SQLite would make from the UTF-16
/// text itself (a text with surrogates is given to SQLite as UTF-16, as Qt
/// gives every text, and SQLite decides what unpaired ones become).
char* appendUtf8(const QString& text, char* out) {
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        if (c < 0x80) {
            *out++ = char(c);
        } else if (c < 0x800) {
            *out++ = char(0xC0 | (c >> 6));
            *out++ = char(0x80 | (c & 0x3F));
        } else if (c >= 0xD800 && c <= 0xDFFF) {
            return nullptr;
        } else {
            *out++ = char(0xE0 | (c >> 12));
            *out++ = char(0x80 | ((c >> 6) & 0x3F));
            *out++ = char(0x80 | (c & 0x3F));
        }
    }
    return out;
}

} // namespace

std::unique_ptr<SqliteDirectStatements>
SqliteDirectStatements::attach(const QSqlDatabase& connection) {
    if (!connection.isOpen() || !connection.driver())
        return nullptr;
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3* access = *static_cast<sqlite3* const*>(handle.constData());
    if (!access)
        return nullptr;
    // The driver's library answers the query, Debrief's the call: one source
    // means one library (where Qt brings its own copy of another version,
    // the handle is not Debrief's to use).
    QSqlQuery source(connection);
    if (!source.exec(QStringLiteral("SELECT sqlite_source_id()")) || !source.next())
        return nullptr;
    if (source.value(0).toString() != QString::fromLatin1(sqlite3_sourceid()))
        return nullptr;
    return std::unique_ptr<SqliteDirectStatements>(new SqliteDirectStatements(access));
}

SqliteDirectStatements::SqliteDirectStatements(sqlite3* handle)
    : m_handle(handle) {
}

SqliteDirectStatements::~SqliteDirectStatements() {
    clear();
}

void SqliteDirectStatements::clear() {
    for (sqlite3_stmt* statement : std::as_const(m_statements))
        sqlite3_finalize(statement);
    m_statements.clear();
}

bool SqliteDirectStatements::bindsDirectly(const QVariant& value) {
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
    case QMetaType::QByteArray:
    case QMetaType::Int:
    case QMetaType::Bool:
    case QMetaType::Double:
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return true;
    default:
        return false;
    }
}

QSqlError SqliteDirectStatements::errorOf(const char* what, int code) const {
    // Worded as Qt's driver words it, so that a message reads the same
    // whichever way the statement ran.
    // Qt's catalogs translate them (the context is the driver's).
    static constexpr char kContext[] = "QSQLiteResult";
    return QSqlError(QCoreApplication::translate(kContext, what),
                     QString(static_cast<const QChar*>(sqlite3_errmsg16(m_handle))),
                     QSqlError::StatementError, QString::number(code));
}

sqlite3_stmt* SqliteDirectStatements::prepared(const QString& sql, QSqlError& error) {
    if (sqlite3_stmt* kept = m_statements.value(sql))
        return kept;
    sqlite3_stmt* statement = nullptr;
    const int code =
        sqlite3_prepare16_v3(m_handle, sql.constData(), int(sql.size() * sizeof(QChar)),
                             SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (code != SQLITE_OK) {
        error = errorOf("Unable to execute statement", code);
        sqlite3_finalize(statement);
        return nullptr;
    }
    m_statements.insert(sql, statement);
    return statement;
}

bool SqliteDirectStatements::bind(sqlite3_stmt* statement, const QVariantList& values,
                                  QSqlError& error) {
    // Texts go in as UTF-8, the file's encoding, which spares SQLite
    // converting each one: written into one buffer made large enough first
    // (at most three bytes per UTF-16 unit), so that it never moves while
    // the statement points into it.
    qsizetype utf8Bytes = 0;
    for (const QVariant& value : values) {
        if (value.typeId() == QMetaType::QString)
            utf8Bytes += 3 * static_cast<const QString*>(value.constData())->size();
    }
    if (m_utf8.size() < utf8Bytes)
        m_utf8.resize(utf8Bytes);
    char* nextText = m_utf8.data();
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant& value = values.at(i);
        const int position = int(i) + 1;
        int code = SQLITE_OK;
        // Null first, as Qt decides it: a null QString or QByteArray, or a
        // variant of a type but no value, is SQL NULL.
        const bool isNull = value.isNull() ||
                            (value.typeId() == QMetaType::QString &&
                             static_cast<const QString*>(value.constData())->isNull()) ||
                            (value.typeId() == QMetaType::QByteArray &&
                             static_cast<const QByteArray*>(value.constData())->isNull());
        if (isNull) {
            code = sqlite3_bind_null(statement, position);
        } else {
            switch (value.typeId()) {
            case QMetaType::QString: {
                // The list and the buffer outlive the statement's run: no
                // copy needed.
                const QString* text = static_cast<const QString*>(value.constData());
                if (char* end = appendUtf8(*text, nextText)) {
                    code = sqlite3_bind_text(statement, position, nextText, int(end - nextText),
                                             SQLITE_STATIC);
                    nextText = end;
                } else {
                    code = sqlite3_bind_text16(statement, position, text->constData(),
                                               int(text->size() * sizeof(QChar)), SQLITE_STATIC);
                }
                break;
            }
            case QMetaType::QByteArray: {
                const QByteArray* bytes = static_cast<const QByteArray*>(value.constData());
                code = sqlite3_bind_blob(statement, position, bytes->constData(),
                                         int(bytes->size()), SQLITE_STATIC);
                break;
            }
            case QMetaType::Int:
            case QMetaType::Bool:
                code = sqlite3_bind_int(statement, position, value.toInt());
                break;
            case QMetaType::Double:
                code = sqlite3_bind_double(statement, position, value.toDouble());
                break;
            default: // UInt, LongLong (bindsDirectly() admits no other)
                code = sqlite3_bind_int64(statement, position, value.toLongLong());
                break;
            }
        }
        if (code != SQLITE_OK) {
            error = errorOf("Unable to bind parameters", code);
            return false;
        }
    }
    return true;
}

SqliteDirectStatements::Outcome SqliteDirectStatements::run(const QString& sql,
                                                            const QVariantList& values) {
    if (!std::all_of(values.cbegin(), values.cend(), &bindsDirectly))
        return std::monostate{};
    QSqlError error;
    sqlite3_stmt* statement = prepared(sql, error);
    if (!statement)
        return error;
    // Qt refuses a statement given the wrong number of values with its own
    // message; let it say so.
    if (sqlite3_bind_parameter_count(statement) != values.size())
        return std::monostate{};
    Rows rows;
    bool bound = bind(statement, values, error);
    int code = bound ? sqlite3_step(statement) : SQLITE_OK;
    const int columns = sqlite3_column_count(statement);
    while (bound && code == SQLITE_ROW) {
        QVariantList row;
        row.reserve(columns);
        for (int column = 0; column < columns; ++column)
            row.append(columnValue(statement, column));
        rows.append(std::move(row));
        code = sqlite3_step(statement);
    }
    if (bound && code != SQLITE_DONE)
        error = errorOf("Unable to fetch row", code);
    // Reset ends the statement (and, for a write, its part of the
    // transaction); the bound texts point into `values`, which the caller
    // is about to free.
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (error.isValid())
        return error;
    return rows;
}

#else // Built without SQLite's headers: every statement runs through Qt.

std::unique_ptr<SqliteDirectStatements> SqliteDirectStatements::attach(const QSqlDatabase&) {
    return nullptr;
}

SqliteDirectStatements::~SqliteDirectStatements() = default;

void SqliteDirectStatements::clear() {
}

bool SqliteDirectStatements::bindsDirectly(const QVariant&) {
    return false;
}

SqliteDirectStatements::Outcome SqliteDirectStatements::run(const QString&, const QVariantList&) {
    return std::monostate{};
}

#endif

} // namespace debrief
