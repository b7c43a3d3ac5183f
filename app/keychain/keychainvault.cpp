#include "app/keychain/keychainvault.h"

#include "app/keychain/secretstore.h"

KeychainVault::KeychainVault(QList<Credential> catalogue)
    : m_catalogue(std::move(catalogue))
{
}

QStringList KeychainVault::keys() const
{
    QStringList keys;
    for (const Credential& credential : m_catalogue)
        keys.append(credential.key);
    return keys;
}

void KeychainVault::whichAreSet(SetKeys done)
{
    SecretStore::readMany(
        keys(), [done](const SecretStore::Outcome& outcome, const QHash<QString, QByteArray>& values) {
            QSet<QString> set;
            for (auto it = values.cbegin(); it != values.cend(); ++it)
                set.insert(it.key()); // the keys only: values stay here
            done(outcome.ok ? QString() : outcome.error, set);
        });
}

void KeychainVault::store(const QString& key, const QByteArray& value, Done done)
{
    SecretStore::write(key, value,
        [done](const SecretStore::Outcome& outcome) { done(outcome.ok ? QString() : outcome.error); });
}

void KeychainVault::remove(const QString& key, Done done)
{
    SecretStore::remove(
        key, [done](const SecretStore::Outcome& outcome) { done(outcome.ok ? QString() : outcome.error); });
}

QList<CredentialVault::Credential> KeychainVault::importable() const
{
    QList<Credential> found;
    for (const Credential& credential : m_catalogue) {
        if (!credential.environmentVariable.isEmpty()
            && !qEnvironmentVariable(qPrintable(credential.environmentVariable)).isEmpty())
            found.append(credential);
    }
    return found;
}

void KeychainVault::importFromEnvironment(Done done)
{
    storeEach(importable(), std::move(done));
}

void KeychainVault::storeEach(QList<Credential> pending, Done done)
{
    // One write after another; the first failure ends it.
    if (pending.isEmpty()) {
        done({});
        return;
    }
    const Credential credential = pending.takeFirst();
    store(credential.key, qEnvironmentVariable(qPrintable(credential.environmentVariable)).toUtf8(),
        [this, pending, done](const QString& error) {
            if (!error.isEmpty())
                done(error);
            else
                storeEach(pending, done);
        });
}
