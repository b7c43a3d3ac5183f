#pragma once

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>

// Where the console's credentials are kept (the OS keychain), as the Settings
// dialog sees it: which are set, never their values. Every answer comes later,
// on the caller's thread; an empty error means it worked.
class CredentialVault {
public:
    struct Credential {
        QString key; // "pagerduty/routing-key"
        QString purpose; // for a person, translated
        QString environmentVariable; // the seed's variable it can be imported from, if any
    };
    using Done = std::function<void(const QString& error)>;
    using SetKeys = std::function<void(const QString& error, const QSet<QString>& setKeys)>;

    virtual ~CredentialVault() = default;

    virtual QList<Credential> credentials() const = 0;
    virtual void whichAreSet(SetKeys done) = 0;
    virtual void store(const QString& key, const QByteArray& value, Done done) = 0;
    virtual void remove(const QString& key, Done done) = 0;
    // The credentials whose environment variable is set in this process.
    virtual QList<Credential> importable() const = 0;
    // Stores each importable credential's value from its variable.
    virtual void importFromEnvironment(Done done) = 0;
};
