#pragma once

#include <QSqlDatabase>
#include <QString>

// The versioned schema of a team's PostgreSQL database: the same tables as
// the SQLite file's (SchemaMigrations), in PostgreSQL's words, versioned on
// their own. Version N is reached from N-1 by the N-th step; a new version
// appends a step and never edits an earlier one.
class PostgresMigrations {
public:
    static int latestVersion();
    // Applies the steps after `from` up to and including `to` inside the caller's transaction,
    // and records the version reached in ic_schema.
    static bool migrate(QSqlDatabase& db, int from, int to, QString* error);
    // Written into ic_schema, so that another program's table of that name is never taken for ours.
    static QString applicationName() { return QStringLiteral("incident-console"); }
};
