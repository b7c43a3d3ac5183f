#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>

// Verifies an RSA signature with the public key of an X.509 certificate, through
// OpenSSL's libcrypto (Qt has no API for it). Used for AWS SNS messages.
class RsaSignature {
public:
    // True if `signature` is `message` signed (PKCS #1 v1.5) with the key of the
    // PEM certificate, hashed with `algorithm` (Sha1 or Sha256), and the certificate
    // is within its validity period. Otherwise false, with the reason in *error.
    static bool verify(const QByteArray& pemCertificate, const QByteArray& message,
        const QByteArray& signature, QCryptographicHash::Algorithm algorithm, QString* error);
};
