#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

// Credentials that a service manager hands a service as files, where the
// service has no keychain of its own: systemd's LoadCredential= (the folder in
// $CREDENTIALS_DIRECTORY) or a Kubernetes Secret mounted as a volume. One file
// a key, named as the key with '.' for '/' (receiver.token, postgres.password),
// holding the value alone. Never from the environment or the command line,
// where other processes of the machine could read it.
class CredentialFiles {
    Q_DECLARE_TR_FUNCTIONS(CredentialFiles)
public:
    // No credential is longer than this; a bigger file is not one.
    static constexpr qint64 kMaxValueBytes = 64 * 1024;

    static QString fileNameOf(const QString& key);
    // The keys among `keys` that have a file in `folder`, with their values (a single trailing
    // newline, as an editor leaves it, is not part of a value). False, with the reason, when the
    // folder cannot be read, or a file is too big or readable by every user of the machine.
    static bool read(
        const QString& folder, const QStringList& keys, QHash<QString, QByteArray>* values, QString* error);
};
