#pragma once

#include "models/domain/credentialvault.h"

#include <QCoreApplication>

// The console's credentials in the OS keychain (through SecretStore): the one
// catalogue of every key the console reads, what each is for, and the seed's
// environment variable it can be imported from.
class KeychainVault final : public CredentialVault {
    Q_DECLARE_TR_FUNCTIONS(KeychainVault)
public:
    static QList<Credential> catalogue();
    static QStringList keys();

    QList<Credential> credentials() const override { return catalogue(); }
    void whichAreSet(SetKeys done) override;
    void store(const QString& key, const QByteArray& value, Done done) override;
    void remove(const QString& key, Done done) override;
    QList<Credential> importable() const override;
    void importFromEnvironment(Done done) override;

private:
    void storeEach(QList<Credential> pending, Done done);
};
