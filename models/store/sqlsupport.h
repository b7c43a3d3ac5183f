#pragma once

#include "models/store/storeresult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>
#include <unordered_map>
#include <utility>

// What the SQL-backed tables share: how times and lists are bound, how a
// query runs, and how a database error becomes a StoreResult.
namespace SqlSupport {
// Times are stored as UTC milliseconds since the epoch; NULL when invalid.
QVariant toDb(const QDateTime& time);
QDateTime fromDb(const QVariant& value);

bool prepareAndExec(QSqlQuery& query, const QString& sql, const QVariantList& bindings);
// Rows read once, front to back, without the driver keeping those already read: SQLite's
// forward-only mode. Not on PostgreSQL, where Qt's forward-only mode streams rows off the
// connection and loses them (or waits forever) once another statement runs on it before
// the last row is read, which the store's nested reads do.
void readForwardOnly(QSqlQuery& query);
// Binds positionally and runs a prepared query.
bool bindAndExec(QSqlQuery& query, const QVariantList& bindings);
// %text% for LIKE … ESCAPE '\', with the wildcards in `text` taken literally.
QString likePattern(const QString& text);

template<typename E> QString integerList(const QList<E>& values)
{
    QStringList parts;
    for (E value : values)
        parts.append(QString::number(static_cast<int>(value)));
    return parts.join(QLatin1Char(','));
}

// A constraint violation, a value too big or of the wrong type means the request was wrong;
// anything else that the store could not do it now.
StoreErrorKind kindOf(const QSqlError& error);

template<typename T> StoreResult<T> failed(const QSqlQuery& query)
{
    const QSqlError error = query.lastError();
    // SQLite's own words ("database or disk is full"); the driver's ("Unable to fetch row") only when it gave
    // none.
    const QString reason = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return StoreResult<T>::failure(kindOf(error),
        QCoreApplication::translate("SqlSupport", "The database refused the change: %1").arg(reason));
}
// The request itself is wrong: nothing was written, and the message says why.
template<typename T> StoreResult<T> rejected(const QString& message)
{
    return StoreResult<T>::failure(StoreErrorKind::Rejected, message);
}

// Statements of the hot paths, compiled once per connection and kept: for
// the small statements of alert ingestion SQLite spends longer compiling the
// SQL text than running it. A kept statement is reset (its read snapshot let
// go) as soon as the Run that used it ends.
class PreparedStatements {
public:
    // One execution of a kept statement, positioned before its first row.
    class Run {
    public:
        Run(QSqlQuery* query, bool ok)
            : m_query(query)
            , m_ok(ok)
        {
        }
        Run(Run&& other) noexcept
            : m_query(std::exchange(other.m_query, nullptr))
            , m_ok(other.m_ok)
        {
        }
        Run(const Run&) = delete;
        Run& operator=(const Run&) = delete;
        Run& operator=(Run&&) = delete;
        ~Run()
        {
            if (m_query)
                m_query->finish();
        }
        explicit operator bool() const { return m_ok; }
        QSqlQuery& query() const { return *m_query; }

    private:
        QSqlQuery* m_query;
        bool m_ok;
    };

    explicit PreparedStatements(QString connectionName);
    Run run(const QString& sql, const QVariantList& bindings);
    // Must happen before the connection closes.
    void clear();

private:
    QString m_connectionName;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    std::unique_ptr<QSqlQuery> m_failed;
};
}
