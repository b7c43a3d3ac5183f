#include "app/http/receivertls.h"

#include "app/http/opensslhandles.h"

#include <QDateTime>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

#include <openssl/pem.h>

using namespace OpenSslHandles;

namespace {
std::optional<QByteArray> readFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ReceiverTls::tr("Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

// The key in the form Qt takes, and its algorithm; OpenSSL reads every PEM
// flavour (PKCS#1, SEC1, PKCS#8, encrypted or not).
std::optional<QSslKey> toQtKey(EVP_PKEY* key)
{
    QSsl::KeyAlgorithm algorithm = QSsl::Opaque;
    switch (EVP_PKEY_base_id(key)) {
    case EVP_PKEY_RSA:
        algorithm = QSsl::Rsa;
        break;
    case EVP_PKEY_EC:
        algorithm = QSsl::Ec;
        break;
    case EVP_PKEY_DSA:
        algorithm = QSsl::Dsa;
        break;
    default:
        return std::nullopt;
    }
    unsigned char* der = nullptr;
    const int length = i2d_PrivateKey(key, &der);
    if (length <= 0)
        return std::nullopt;
    const QSslKey qtKey(
        QByteArray(reinterpret_cast<const char*>(der), length), algorithm, QSsl::Der, QSsl::PrivateKey);
    OPENSSL_free(der);
    if (qtKey.isNull())
        return std::nullopt;
    return qtKey;
}
}

std::optional<QSslConfiguration> ReceiverTls::load(
    const QString& certificatePath, const QString& keyPath, const QByteArray& passphrase, QString* error)
{
    const std::optional<QByteArray> certificatePem = readFile(certificatePath, error);
    if (!certificatePem)
        return std::nullopt;
    const QList<QSslCertificate> chain = QSslCertificate::fromData(*certificatePem, QSsl::Pem);
    if (chain.isEmpty()) {
        *error = tr("%1 holds no PEM certificate.").arg(certificatePath);
        return std::nullopt;
    }
    const QSslCertificate& leaf = chain.constFirst();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (now < leaf.effectiveDate() || now > leaf.expiryDate()) {
        *error = tr("The certificate in %1 is valid from %2 to %3, not now: senders would refuse it.")
                     .arg(certificatePath, leaf.effectiveDate().toString(Qt::ISODate),
                         leaf.expiryDate().toString(Qt::ISODate));
        return std::nullopt;
    }

    const std::optional<QByteArray> keyPem = readFile(keyPath, error);
    if (!keyPem)
        return std::nullopt;
    const Bio keyBio(BIO_new_mem_buf(keyPem->constData(), static_cast<int>(keyPem->size())));
    // With no callback, OpenSSL takes the last argument as the passphrase.
    // Never a null pointer, which would make OpenSSL ask on the terminal.
    QByteArray terminated = passphrase;
    terminated.append('\0');
    const Key key(
        keyBio ? PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, terminated.data()) : nullptr);
    if (!key) {
        *error = keyPem->contains("ENCRYPTED")
            ? tr("Cannot open the encrypted private key in %1: store its passphrase in the keychain "
                 "(incident-console secret set receiver/tls-key-passphrase).")
                  .arg(keyPath)
            : tr("%1 holds no PEM private key.").arg(keyPath);
        return std::nullopt;
    }
    const QByteArray leafDer = leaf.toDer();
    const unsigned char* leafBytes = reinterpret_cast<const unsigned char*>(leafDer.constData());
    const Certificate x509(d2i_X509(nullptr, &leafBytes, leafDer.size()));
    if (!x509 || X509_check_private_key(x509.get(), key.get()) != 1) {
        *error = tr("The private key in %1 does not belong to the certificate in %2.")
                     .arg(keyPath, certificatePath);
        return std::nullopt;
    }
    const std::optional<QSslKey> qtKey = toQtKey(key.get());
    if (!qtKey) {
        *error = tr("The private key in %1 is of a kind the receiver cannot use (RSA, EC and DSA can).")
                     .arg(keyPath);
        return std::nullopt;
    }

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(*qtKey);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    // Senders prove who they are with the receiver's tokens and signatures, not client certificates.
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}
