#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// Moves a console's SQLite store into a team's PostgreSQL store: every incident,
// timeline entry, alert, review, outbox message and setting that lives in the
// database, with their ids, so that links between them and the outbox's place in
// the change log hold. Both connections are open and at the current schema
// (SqliteDatabase::open, PostgresDatabase::open). The target is written in one
// transaction under the store's write lock, and each table's rows are counted on
// both sides before it commits.
class StoreCopy {
    Q_DECLARE_TR_FUNCTIONS(StoreCopy)
public:
    struct TableCount {
        QString table;
        qint64 rows = 0; // in the source, and so in the target
    };
    struct Outcome {
        bool ok = false;
        QString error; // for a person
        QList<TableCount> tables; // in the order they were copied
    };

    // Refuses a target that holds incidents, alerts or reviews already, unless `replaceTarget`, when
    // what it holds is deleted first.
    static Outcome copy(const QSqlDatabase& from, const QSqlDatabase& to, bool replaceTarget);
};
