#include "app/cli/commandstore.h"

#include "app/composition/consolepaths.h"
#include "app/keychain/databasepassword.h"
#include "models/store/storeopener.h"

#include <QTextStream>

std::unique_ptr<IncidentStore> CommandStore::open(
    const QString& path, const QString& command, QTextStream& err, const SeverityPolicy& policy)
{
    StoreOptions options;
    options.policy = policy;
    options.location = path.isEmpty() ? ConsolePaths::defaultDatabase() : path;
    const DatabasePassword password = DatabasePassword::readNow(options.location);
    options.password = password.password;
    OpenOutcome outcome;
    std::unique_ptr<IncidentStore> store = openIncidentStore(options, &outcome);
    if (!store) {
        err << tr("incident-console %1: %2").arg(command, outcome.message) << '\n';
        if (!password.keychainProblem.isEmpty())
            err << tr("The keychain could not be asked for the database password: %1")
                       .arg(password.keychainProblem)
                << '\n';
    }
    return store;
}
