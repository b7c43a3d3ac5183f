#pragma once

#include "models/store/databaselocation.h"
#include "models/store/openoutcome.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

// Opens a team's PostgreSQL database on a named Qt Sql connection (QPSQL) of the
// calling thread: checks that it is ours (or empty) and not newer than this
// program, then migrates it to the current schema in one transaction, under a
// lock that keeps two consoles starting at once from migrating it twice.
class PostgresDatabase {
    Q_DECLARE_TR_FUNCTIONS(PostgresDatabase)
public:
    // `password` comes from the keychain; empty when the server asks for none (a local socket).
    static OpenOutcome open(
        const DatabaseLocation& location, const QString& password, const QString& connectionName);
    static void close(const QString& connectionName);
    // Connects again where the connection was open (the server restarted, the network broke), with
    // the session's settings; false, with the reason, while the server cannot be reached.
    static bool reopen(const QString& connectionName, QString* error);

private:
    static bool applySessionSettings(QSqlDatabase& db, QSqlError* error);
    static OpenOutcome classify(const DatabaseLocation& location, const QSqlError& error);
    // Within the open transaction: the schema version found, or an outcome that refuses the database.
    static OpenOutcome inspect(const DatabaseLocation& location, QSqlDatabase& db);
};
