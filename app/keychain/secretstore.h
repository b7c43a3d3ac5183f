#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// The console's credentials in the OS keychain (Secret Service, macOS
// Keychain, Windows Credential Manager) through QtKeychain, under the service
// name "incident-console". There is no plaintext fallback: without a keychain
// the integrations that need a credential stay off. Values never leave this
// class except to the code that uses them; nothing here logs them.
class SecretStore {
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
public:
    static constexpr const char* kService = "incident-console";

    struct Outcome {
        bool ok = false;
        bool keychainUnavailable = false; // no backend, or it refused us
        QString error; // for a person
    };
    using Done = std::function<void(const Outcome&)>;
    // value is nullopt when the key is not set (that is not an error).
    using Read = std::function<void(const Outcome&, const std::optional<QByteArray>& value)>;
    using ReadMany = std::function<void(const Outcome&, const QHash<QString, QByteArray>& values)>;

    // Each answers once, later, on the calling thread's event loop.
    static void read(const QString& key, Read done);
    static void write(const QString& key, const QByteArray& value, Done done);
    static void remove(const QString& key, Done done);
    // The keys that are set among `keys`, with their values; stops at the first keychain failure.
    static void readMany(const QStringList& keys, ReadMany done);

    // The same, waiting for the answer in a local event loop: for the command line only.
    static std::optional<QByteArray> readNow(const QString& key, Outcome* outcome);
    static Outcome writeNow(const QString& key, const QByteArray& value);
    static Outcome removeNow(const QString& key);
};
