#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// `incident-console migrate --from FILE --to postgresql://… [--replace]`: moves a
// console's SQLite store into a team's PostgreSQL store (StoreCopy) and lists
// what it copied, table by table. Exit codes: 0 copied and counted; 1 refused or
// failed, with nothing changed; 2 a wrong command line.
class MigrateCommand {
    Q_DECLARE_TR_FUNCTIONS(MigrateCommand)
public:
    static QString usage();
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
};
