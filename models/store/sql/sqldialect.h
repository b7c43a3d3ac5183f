#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The few things the store says differently to SQLite and to PostgreSQL.
// Everything else is written once, in the SQL both understand (ON CONFLICT,
// RETURNING, IS NOT DISTINCT FROM, CASE); what is here has no common form.
class SqlDialect {
public:
    enum class Engine { Sqlite, Postgres };

    explicit SqlDialect(Engine engine)
        : m_engine(engine)
    {
    }
    // The dialect of an open connection, from its driver.
    static SqlDialect of(const QSqlDatabase& db);

    Engine engine() const { return m_engine; }
    bool isPostgres() const { return m_engine == Engine::Postgres; }

    // Opens a transaction in which this connection is the only writer of the database until it
    // ends, as SQLite's BEGIN IMMEDIATE: reading a row and writing it back cannot interleave
    // with another console doing the same.
    QStringList beginWriting() const;

    // `expression` compared and sorted ignoring the case of ASCII letters (SQLite's NOCASE).
    QString caseless(const QString& expression) const;
    // A bound text value as caseless() sees a column: on PostgreSQL a parameter takes the
    // database's collation, whose lower() would also fold "Ä", and a keyset would then skip or
    // repeat rows.
    QString caselessParameter() const;
    // LIKE ignoring the case of ASCII letters.
    QString likeCaseless() const;
    // `expression` as the planner should see it when its index would be the wrong way in (SQLite
    // takes "+x" as "not by x's index"); PostgreSQL's planner weighs that itself.
    QString withoutIndex(const QString& expression) const;
    QString greater(const QString& a, const QString& b) const;
    QString lesser(const QString& a, const QString& b) const;
    // "YYYY-MM" of a UTC time in milliseconds since the epoch.
    QString utcMonth(const QString& milliseconds) const;

    // Full text. A searched table (alerts_fts, reviews_fts) holds each row's words under its id.
    // Writes one row's words: binds the id, then indexedWords(text).
    QString writeWords(const QString& table) const;
    // The same for new rows many at a time (SqlBatchInsert): the statement up to its VALUES, and one
    // row's placeholders.
    QString insertWords(const QString& table) const;
    QString wordsRow() const;
    QString indexedWords(const QString& text) const;
    // The ids of `table` whose words match one bound query (allWords or anyWord).
    QString matchingIds(const QString& table) const;
    // "JOIN … ON f.<id> = <idColumn> WHERE <match> ORDER BY <best first>" for one bound query.
    QString joinRankedMatches(const QString& table, const QString& idColumn) const;
    // Every word, whole, and the last one (still being typed) as a prefix: AlertTextSearch's
    // matching. Empty when the text has no words.
    QString allWords(const QString& text) const;
    // Any of the words, each whole.
    QString anyWord(const QStringList& words) const;

private:
    Engine m_engine;
};
