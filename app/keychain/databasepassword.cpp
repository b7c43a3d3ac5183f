#include "app/keychain/databasepassword.h"

#include "app/keychain/secretstore.h"
#include "models/store/databaselocation.h"

DatabasePassword DatabasePassword::readNow(const QString& location)
{
    DatabasePassword found;
    QString ignored; // an unreadable location is the store opener's to report
    const std::optional<DatabaseLocation> parsed = DatabaseLocation::parse(location, &ignored);
    if (!parsed || !parsed->isPostgres())
        return found;
    for (const QString& key : parsed->passwordKeys()) {
        SecretStore::Outcome outcome;
        const std::optional<QByteArray> value = SecretStore::readNow(key, &outcome);
        if (!outcome.ok) {
            found.keychainProblem = outcome.error;
            return found;
        }
        if (value) {
            found.password = QString::fromUtf8(*value);
            return found;
        }
    }
    return found;
}

bool DatabasePassword::isKey(const QString& key)
{
    return key.startsWith(QLatin1String("postgres/")) && key.size() > int(qstrlen("postgres/"));
}
