#pragma once

#include "models/domain/credentialvault.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// Every keychain key the console reads, what each is for, and the seed's
// environment variable it can be imported from: the receiver's, polling's and
// the outbound integrations' keys, gathered where all of them are known.
class CredentialCatalogue {
    Q_DECLARE_TR_FUNCTIONS(CredentialCatalogue)
public:
    static QList<CredentialVault::Credential> all();
    static QStringList keys();
};
