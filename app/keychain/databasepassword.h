#pragma once

#include <QString>

// The password of a PostgreSQL store, from the keychain: the entry for this user, server and
// database (postgres/user@host:port/dbname) if set, else postgres/password. Never from the
// URL, the settings or the command line, where others could read it.
struct DatabasePassword {
    QString password; // empty for a SQLite file, or when no entry is set (the server may ask for none)
    QString keychainProblem; // why the keychain could not be asked; for a message if the server refuses us

    // Waits for the keychain in a local event loop: before a store is opened, not while it is used.
    static DatabasePassword readNow(const QString& location);
    // A key the command line may set: one of the above, for any database.
    static bool isKey(const QString& key);
};
