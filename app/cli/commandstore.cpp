#include "app/cli/commandstore.h"

#include "app/composition/consolepaths.h"
#include "models/store/storeopener.h"

#include <QTextStream>

std::unique_ptr<IncidentStore> CommandStore::open(
    const QString& path, const QString& command, QTextStream& err)
{
    StoreOptions options;
    options.location = path.isEmpty() ? ConsolePaths::defaultDatabase() : path;
    OpenOutcome outcome;
    std::unique_ptr<IncidentStore> store = openIncidentStore(options, &outcome);
    if (!store)
        err << tr("incident-console %1: %2").arg(command, outcome.message) << '\n';
    return store;
}
