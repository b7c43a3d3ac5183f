#pragma once

#include <QSqlDatabase>
#include <QString>

// The versioned schema. Version N is reached from N-1 by the N-th step; a new
// schema version appends a step and never edits an earlier one, so that every
// database ever written can be brought up to date.
class SchemaMigrations {
public:
    static int latestVersion();
    // Applies the steps after `from` up to and including `to` inside the caller's transaction.
    static bool migrate(QSqlDatabase& db, int from, int to, QString* error);
    // Stamped into the file header so that a foreign SQLite file is never taken for ours.
    static constexpr qint32 kApplicationId = 0x49434f4e; // "ICON"
};
