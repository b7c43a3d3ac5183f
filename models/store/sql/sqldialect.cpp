#include "models/store/sql/sqldialect.h"

#include "models/domain/alertquery.h"

#include <QSqlDriver>

namespace {
// Every writing transaction of every console on one PostgreSQL database takes this
// lock; PostgreSQL lets it go when the transaction ends, also when its console dies.
constexpr qint64 kWriterLock = 0x49434f4e; // "ICON"
}

SqlDialect SqlDialect::of(const QSqlDatabase& db)
{
    return SqlDialect(db.driverName() == QLatin1String("QPSQL") ? Engine::Postgres : Engine::Sqlite);
}

QStringList SqlDialect::beginWriting() const
{
    if (isPostgres())
        return { QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED"),
            QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kWriterLock) };
    return { QStringLiteral("BEGIN IMMEDIATE") };
}

QString SqlDialect::caseless(const QString& expression) const
{
    // The PostgreSQL schema's text columns compare byte by byte ("C"), where lower() folds ASCII only.
    return isPostgres() ? QStringLiteral("lower(%1)").arg(expression)
                        : expression + QStringLiteral(" COLLATE NOCASE");
}

QString SqlDialect::caselessParameter() const
{
    return isPostgres() ? QStringLiteral("lower(? COLLATE \"C\")") : caseless(QStringLiteral("?"));
}

QString SqlDialect::likeCaseless() const
{
    return isPostgres() ? QStringLiteral("ILIKE") : QStringLiteral("LIKE");
}

QString SqlDialect::withoutIndex(const QString& expression) const
{
    return isPostgres() ? expression : QLatin1Char('+') + expression;
}

QString SqlDialect::greater(const QString& a, const QString& b) const
{
    return QStringLiteral("%1(%2, %3)")
        .arg(isPostgres() ? QStringLiteral("greatest") : QStringLiteral("max"), a, b);
}

QString SqlDialect::lesser(const QString& a, const QString& b) const
{
    return QStringLiteral("%1(%2, %3)")
        .arg(isPostgres() ? QStringLiteral("least") : QStringLiteral("min"), a, b);
}

QString SqlDialect::utcMonth(const QString& milliseconds) const
{
    if (isPostgres())
        return QStringLiteral("to_char(to_timestamp(%1 / 1000.0) AT TIME ZONE 'UTC', 'YYYY-MM')")
            .arg(milliseconds);
    return QStringLiteral("strftime('%Y-%m', %1 / 1000, 'unixepoch')").arg(milliseconds);
}

QString SqlDialect::writeWords(const QString& table) const
{
    if (isPostgres())
        // The words as AlertTextSearch cuts them, each taken as it is: both engines find the same rows.
        return QStringLiteral(
            "INSERT INTO %1 (id, words) VALUES (?, array_to_tsvector(string_to_array(?, ' '))) "
            "ON CONFLICT (id) DO UPDATE SET words = excluded.words")
            .arg(table);
    return QStringLiteral("INSERT OR REPLACE INTO %1 (rowid, text) VALUES (?, ?)").arg(table);
}

QString SqlDialect::insertWords(const QString& table) const
{
    return isPostgres() ? QStringLiteral("INSERT INTO %1 (id, words) VALUES ").arg(table)
                        : QStringLiteral("INSERT INTO %1 (rowid, text) VALUES ").arg(table);
}

QString SqlDialect::wordsRow() const
{
    return isPostgres() ? QStringLiteral("(?, array_to_tsvector(string_to_array(?, ' ')))")
                        : QStringLiteral("(?, ?)");
}

QString SqlDialect::indexedWords(const QString& text) const
{
    return isPostgres() ? AlertTextSearch::words(text).join(QLatin1Char(' ')) : text;
}

QString SqlDialect::matchingIds(const QString& table) const
{
    if (isPostgres())
        return QStringLiteral("SELECT id FROM %1 WHERE words @@ CAST(? AS tsquery)").arg(table);
    return QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH ?").arg(table);
}

QString SqlDialect::joinRankedMatches(const QString& table, const QString& idColumn) const
{
    if (isPostgres())
        return QStringLiteral("JOIN %1 f ON f.id = %2 CROSS JOIN (SELECT CAST(? AS tsquery) AS q) m "
                              "WHERE f.words @@ m.q ORDER BY ts_rank(f.words, m.q) DESC, %2")
            .arg(table, idColumn);
    return QStringLiteral("JOIN %1 f ON f.rowid = %2 WHERE %1 MATCH ? ORDER BY f.rank").arg(table, idColumn);
}

QString SqlDialect::allWords(const QString& text) const
{
    if (!isPostgres())
        return AlertTextSearch::ftsQuery(text);
    // Words are letters and digits only, so quoting them needs no escapes.
    const QStringList words = AlertTextSearch::words(text);
    QStringList terms;
    for (qsizetype i = 0; i < words.size(); ++i)
        terms.append(QLatin1Char('\'') + words.at(i)
            + (i + 1 == words.size() ? QStringLiteral("':*") : QStringLiteral("'")));
    return terms.join(QLatin1String(" & "));
}

QString SqlDialect::anyWord(const QStringList& words) const
{
    const QChar quote = isPostgres() ? QLatin1Char('\'') : QLatin1Char('"');
    QStringList terms;
    for (const QString& word : words)
        terms.append(quote + word + quote);
    return terms.join(isPostgres() ? QLatin1String(" | ") : QLatin1String(" OR "));
}
