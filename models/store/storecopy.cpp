#include "models/store/storecopy.h"

#include "models/store/sql/sqlbatchinsert.h"
#include "models/store/sql/sqldialect.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>
#include <functional>

namespace {
// Belong to the database itself or to the consoles that read it, not to what it holds.
const QSet<QString> kNotCopied { QStringLiteral("ic_schema"), QStringLiteral("store_identity"),
    QStringLiteral("change_readers"), QStringLiteral("inbox_applied"), QStringLiteral("presence") };
// Full text: SQLite's FTS5 tables keep the text, PostgreSQL's the words made of it.
const QSet<QString> kFullText { QStringLiteral("alerts_fts"), QStringLiteral("reviews_fts") };
// What makes a target "not empty": a team's store already in use.
const QStringList kInUse { QStringLiteral("incidents"), QStringLiteral("alerts"), QStringLiteral("reviews") };
QString quoted(const QString& name)
{
    return QLatin1Char('"') + name + QLatin1Char('"');
}

QString reason(const QSqlError& error)
{
    return error.databaseText().trimmed().isEmpty() ? error.text() : error.databaseText().trimmed();
}

struct Column {
    QString name;
    bool binary = false;
};

class Copier {
    Q_DECLARE_TR_FUNCTIONS(StoreCopy)
public:
    Copier(QSqlDatabase from, QSqlDatabase to)
        : m_from(std::move(from))
        , m_to(std::move(to))
    {
    }

    QString error;

    // The target's tables, each after those it refers to.
    bool tablesInOrder(QStringList* ordered)
    {
        QSqlQuery query(m_to);
        if (!query.exec(
                QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                               "current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name")))
            return fail(query);
        QStringList remaining;
        while (query.next())
            remaining.append(query.value(0).toString());
        QHash<QString, QSet<QString>> refersTo;
        if (!query.exec(QStringLiteral("SELECT conrelid::regclass::text, confrelid::regclass::text FROM "
                                       "pg_constraint WHERE contype = 'f' AND connamespace = "
                                       "current_schema()::regnamespace")))
            return fail(query);
        while (query.next()) {
            if (query.value(0).toString() != query.value(1).toString()) // a table's rows go in id order
                refersTo[query.value(0).toString()].insert(query.value(1).toString());
        }
        while (!remaining.isEmpty()) {
            const qsizetype before = remaining.size();
            for (qsizetype i = 0; i < remaining.size();) {
                const QSet<QString> needs = refersTo.value(remaining.at(i));
                const bool ready = std::none_of(needs.cbegin(), needs.cend(),
                    [&remaining](const QString& table) { return remaining.contains(table); });
                if (ready)
                    ordered->append(remaining.takeAt(i));
                else
                    ++i;
            }
            if (remaining.size() == before) {
                error = tr("The tables refer to each other in a circle: %1")
                            .arg(remaining.join(QLatin1String(", ")));
                return false;
            }
        }
        return true;
    }

    qint64 count(const QSqlDatabase& db, const QString& table)
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(quoted(table))) || !query.next()) {
            fail(query);
            return -1;
        }
        return query.value(0).toLongLong();
    }

    bool emptyTarget(const QStringList& tables, bool replace)
    {
        QStringList holding;
        for (const QString& table : kInUse) {
            const qint64 rows = count(m_to, table);
            if (rows < 0)
                return false;
            if (rows > 0)
                holding.append(tr("%1 %2").arg(rows).arg(table));
        }
        if (!holding.isEmpty() && !replace) {
            error = tr("The target database is in use already (%1): nothing was copied. Give --replace to "
                       "delete what it holds and copy over it.")
                        .arg(holding.join(QLatin1String(", ")));
            return false;
        }
        QStringList copied;
        for (const QString& table : tables) {
            if (!kNotCopied.contains(table))
                copied.append(quoted(table));
        }
        QSqlQuery query(m_to);
        return query.exec(
                   QStringLiteral("TRUNCATE %1 RESTART IDENTITY").arg(copied.join(QLatin1String(", "))))
            || fail(query);
    }

    // The columns both sides have, as the target names and types them.
    // And in *order how the file orders its rows: by primary key, or as it keeps them.
    bool commonColumns(const QString& table, QList<Column>* columns, QString* order)
    {
        QSet<QString> source;
        QMap<int, QString> key;
        QSqlQuery query(m_from);
        if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table))))
            return fail(query);
        while (query.next()) {
            source.insert(query.value(1).toString());
            if (const int position = query.value(5).toInt(); position > 0)
                key.insert(position, quoted(query.value(1).toString()));
        }
        *order = key.isEmpty() ? QStringLiteral("rowid") : key.values().join(QLatin1String(", "));
        QSqlQuery target(m_to);
        target.prepare(QStringLiteral("SELECT column_name, data_type FROM information_schema.columns WHERE "
                                      "table_schema = current_schema() AND table_name = ? ORDER BY "
                                      "ordinal_position"));
        target.addBindValue(table);
        if (!target.exec())
            return fail(target);
        while (target.next()) {
            if (source.contains(target.value(0).toString()))
                columns->append(
                    { target.value(0).toString(), target.value(1).toString() == QLatin1String("bytea") });
        }
        return true;
    }

    // Every row of `table`, in the order SQLite keeps them, a few hundred to a statement.
    bool copyRows(const QString& table, const QList<Column>& columns, const QString& order)
    {
        QStringList names;
        for (const Column& column : columns)
            names.append(quoted(column.name));
        QSqlQuery read(m_from);
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                           .arg(names.join(QLatin1String(", ")), quoted(table), order)))
            return fail(read);
        const QString row = QLatin1Char('(')
            + QStringList(columns.size(), QStringLiteral("?")).join(QLatin1String(", ")) + QLatin1Char(')');
        const QString insert = QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                                   .arg(quoted(table), names.join(QLatin1String(", ")));
        return insertInBatches(
            read, insert, row, columns.size(), [&columns](const QSqlQuery& from, QVariantList* values) {
                for (int i = 0; i < columns.size(); ++i) {
                    const QVariant value = from.value(i);
                    // SQLite may keep a byte column's value as text; PostgreSQL's bytea takes bytes alone.
                    values->append(
                        columns.at(i).binary && !value.isNull() ? QVariant(value.toByteArray()) : value);
                }
            });
    }

    bool copyWords(const QString& table)
    {
        QSqlQuery read(m_from);
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT rowid, text FROM %1 ORDER BY rowid").arg(quoted(table))))
            return fail(read);
        const SqlDialect dialect = SqlDialect::of(m_to);
        return insertInBatches(read, dialect.insertWords(quoted(table)), dialect.wordsRow(), 2,
            [&dialect](const QSqlQuery& from, QVariantList* values) {
                values->append(from.value(0));
                values->append(dialect.indexedWords(from.value(1).toString()));
            });
    }

    // Ids given by the source: each identity column goes on after the highest copied.
    bool continueIdentities(const QString& table)
    {
        QSqlQuery query(m_to);
        query.prepare(
            QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                           "current_schema() AND table_name = ? AND is_identity = 'YES'"));
        query.addBindValue(table);
        if (!query.exec())
            return fail(query);
        QStringList identities;
        while (query.next())
            identities.append(query.value(0).toString());
        for (const QString& column : identities) {
            QSqlQuery set(m_to);
            if (!set.exec(QStringLiteral(
                    "SELECT setval(pg_get_serial_sequence('%1', '%2'), coalesce(max(%3), 0) + 1, "
                    "false) FROM %4")
                              .arg(table, column, quoted(column), quoted(table))))
                return fail(set);
        }
        return true;
    }

    bool fail(const QSqlQuery& query) { return fail(query.lastError()); }
    bool fail(const QSqlError& failure)
    {
        error = reason(failure);
        return false;
    }

    QSqlDatabase m_from;
    QSqlDatabase m_to;

private:
    bool insertInBatches(QSqlQuery& read, const QString& insert, const QString& row, qsizetype perRow,
        const std::function<void(const QSqlQuery&, QVariantList*)>& valuesOf)
    {
        SqlBatchInsert batches(m_to, insert, row, perRow);
        QVariantList values;
        while (read.next()) {
            values.clear();
            valuesOf(read, &values);
            if (!batches.add(values))
                return fail(batches.error());
        }
        if (read.lastError().isValid())
            return fail(read);
        return batches.finish() || fail(batches.error());
    }
};
}

StoreCopy::Outcome StoreCopy::copy(const QSqlDatabase& from, const QSqlDatabase& to, bool replaceTarget)
{
    Outcome outcome;
    Copier copier(from, to);
    QSqlQuery source(from);
    QSqlQuery target(to);
    // One snapshot of the file; the target changes all at once, and no console writes to it meanwhile.
    if (!source.exec(QStringLiteral("BEGIN")))
        return { false, reason(source.lastError()), {} };
    bool ok = true;
    for (const QString& statement : SqlDialect::of(to).beginWriting()) {
        if (ok && !target.exec(statement)) {
            outcome.error = reason(target.lastError());
            ok = false;
        }
    }
    QStringList tables;
    ok = ok && copier.tablesInOrder(&tables) && copier.emptyTarget(tables, replaceTarget);
    for (const QString& table : std::as_const(tables)) {
        if (!ok || kNotCopied.contains(table))
            continue;
        if (kFullText.contains(table)) {
            ok = copier.copyWords(table);
        } else {
            QList<Column> columns;
            QString order;
            ok = copier.commonColumns(table, &columns, &order);
            if (ok && columns.isEmpty())
                continue; // a table the file does not have: nothing to copy
            ok = ok && copier.copyRows(table, columns, order) && copier.continueIdentities(table);
        }
        const qint64 sourceRows = ok ? copier.count(from, table) : -1;
        const qint64 targetRows = ok ? copier.count(to, table) : -1;
        if (ok && (sourceRows < 0 || sourceRows != targetRows)) {
            copier.error = tr("%1: %2 rows in the file, %3 in the database after copying; nothing was kept.")
                               .arg(table)
                               .arg(sourceRows)
                               .arg(targetRows);
            ok = false;
        }
        if (ok)
            outcome.tables.append({ table, sourceRows });
    }
    if (ok && !target.exec(QStringLiteral("COMMIT"))) {
        copier.error = reason(target.lastError());
        ok = false;
    }
    if (!ok) {
        target.exec(QStringLiteral("ROLLBACK"));
        outcome.tables.clear();
        if (outcome.error.isEmpty())
            outcome.error = copier.error;
    }
    source.exec(QStringLiteral("ROLLBACK")); // read only
    outcome.ok = ok;
    return outcome;
}
