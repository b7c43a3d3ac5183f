#pragma once

#include <QSqlDatabase>
#include <QString>

#include <cstddef>
#include <functional>

// One schema version's statements, as a migration table lists them (SchemaMigrations for
// SQLite, PostgresMigrations for PostgreSQL).
struct MigrationStep {
    const char* const* statements;
    std::size_t count;
};

// Runs steps[from] … steps[to - 1] (versions from + 1 … to) inside the caller's transaction,
// recording each version reached with the statement `stamp` gives for it; false, with the
// failing version and the database's words in *error, at the first statement that fails.
bool applyMigrationSteps(QSqlDatabase& db, const MigrationStep* steps, int from, int to,
    const std::function<QString(int version)>& stamp, QString* error);
