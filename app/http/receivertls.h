#pragma once

#include <QCoreApplication>
#include <QSslConfiguration>
#include <QString>

#include <optional>

// The receiver's TLS identity: a certificate (with its chain) and the private
// key that belongs to it, both from PEM files. Everything a sender would stumble
// on later is refused now, with the reason: an unreadable file, a key that
// needs a passphrase, a key that is not the certificate's, a certificate out of
// its validity period.
class ReceiverTls {
    Q_DECLARE_TR_FUNCTIONS(ReceiverTls)
public:
    // `passphrase` opens an encrypted key; it comes from the keychain.
    static std::optional<QSslConfiguration> load(
        const QString& certificatePath, const QString& keyPath, const QByteArray& passphrase, QString* error);
};
