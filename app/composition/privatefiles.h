#pragma once

#include <QString>

// The console's files hold incidents, alerts and settings that name people,
// systems and weaknesses: they are the user's alone. On Windows a profile's
// files already are; these do nothing there.
namespace PrivateFiles {
// Every file and folder the process creates from now on is its owner's only
// (0600 and 0700): the database, its write-ahead log, the alert inbox, the
// settings, exports.
void createPrivately();
// Files made before (by an older version, or copied in with the wrong mode)
// lose what group and others could do with them: the database with its
// companion files, and the configuration folder with the files in it.
void tightenStore(const QString& databasePath);
void tightenDirectory(const QString& directory);
}
