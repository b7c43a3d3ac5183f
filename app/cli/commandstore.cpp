#include "commandstore.h"

#include "composition/consolepaths.h"
#include "store/sqlitedatabase.h"

#include <QTextStream>

std::unique_ptr<SqlIncidentStore> CommandStore::open(const QString& path, const QString& command, QTextStream& err)
{
    OpenOutcome outcome;
    std::unique_ptr<SqlIncidentStore> store = SqlIncidentStore::openSqlite(path.isEmpty() ? ConsolePaths::defaultDatabase() : path,
        SeverityPolicy::defaults(), SystemClock::instance(), &outcome);
    if (!store)
        err << tr("incident-console %1: %2").arg(command, outcome.message) << '\n';
    return store;
}
