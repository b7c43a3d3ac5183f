#pragma once

#include "models/store/openoutcome.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// Opens (creating if needed) an Incident Console SQLite file on a named Qt Sql
// connection of the calling thread: checks it before touching it, then turns on
// WAL and foreign keys and migrates it to the current schema in one transaction.
class SqliteDatabase {
    Q_DECLARE_TR_FUNCTIONS(SqliteDatabase)
public:
    static constexpr int kBusyTimeoutMs = 5000;
    // How long a console's change-log mark holds pruning back without being renewed.
    static constexpr qint64 kReaderMarkKeptMs = 24 * 60 * 60 * 1000;

    // A Qt Sql connection name no other connection of this process has, e.g. "incident-store-3".
    static QString uniqueConnectionName(const QString& purpose);

    static OpenOutcome open(
        const QString& path, const QString& connectionName, int busyTimeoutMs = kBusyTimeoutMs);
    // A further connection to a file open() has prepared, for a helper (WAL
    // checkpoints), or to a file of the store's own that is not the store (the
    // alert inbox): no inspection, no migration. False, with the reason in
    // *error if given, if it would not open.
    static bool openCompanion(const QString& path, const QString& connectionName, QString* error = nullptr);
    static void close(const QString& connectionName);
    // Empties the connection's page cache (it refills as it reads): see IdleRelease.
    static void releaseMemory(const QString& connectionName);

private:
    static OpenOutcome inspect(const QString& path, const QString& connectionName, int busyTimeoutMs);
    static OpenOutcome classify(const QString& path, const QSqlError& error);
};
