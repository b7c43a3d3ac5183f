#pragma once

#include "models/domain/credentialvault.h"

#include <QStringList>

// The console's credentials in the OS keychain (through SecretStore). Which keys
// there are, what each is for and where it can be imported from is the
// catalogue it is given (CredentialCatalogue, where the clients are known).
class KeychainVault final : public CredentialVault {
public:
    explicit KeychainVault(QList<Credential> catalogue);

    QStringList keys() const;
    QList<Credential> credentials() const override { return m_catalogue; }
    void whichAreSet(SetKeys done) override;
    void store(const QString& key, const QByteArray& value, Done done) override;
    void remove(const QString& key, Done done) override;
    QList<Credential> importable() const override;
    void importFromEnvironment(Done done) override;

private:
    void storeEach(QList<Credential> pending, Done done);

    QList<Credential> m_catalogue;
};
