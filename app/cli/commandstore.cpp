#include "app/cli/commandstore.h"

#include "app/composition/consolepaths.h"
#include "app/keychain/databasepassword.h"
#include "models/store/storeopener.h"

#include <QTextStream>

std::unique_ptr<IncidentStore> CommandStore::open(
    const QString& path, const QString& command, QTextStream& err, const SeverityPolicy& policy)
{
    QString error;
    std::unique_ptr<IncidentStore> store = open(path, &error, policy);
    if (!store)
        err << tr("incident-console %1: %2").arg(command, error) << '\n';
    return store;
}

std::unique_ptr<IncidentStore> CommandStore::open(
    const QString& path, QString* error, const SeverityPolicy& policy)
{
    StoreOptions options;
    options.policy = policy;
    options.location = path.isEmpty() ? ConsolePaths::defaultDatabase() : path;
    const DatabasePassword password = DatabasePassword::readNow(options.location);
    options.password = password.password;
    OpenOutcome outcome;
    std::unique_ptr<IncidentStore> store = openIncidentStore(options, &outcome);
    if (!store) {
        *error = outcome.message;
        if (!password.keychainProblem.isEmpty())
            *error += QLatin1Char('\n')
                + tr("The keychain could not be asked for the database password: %1")
                      .arg(password.keychainProblem);
    }
    return store;
}
