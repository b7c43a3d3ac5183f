#include "app/webhooks/rsasignature.h"

#include "app/http/opensslhandles.h"

#include <openssl/pem.h>

using namespace OpenSslHandles;

bool RsaSignature::verify(const QByteArray& pemCertificate, const QByteArray& message,
    const QByteArray& signature, QCryptographicHash::Algorithm algorithm, QString* error)
{
    const EVP_MD* digest = algorithm == QCryptographicHash::Sha1 ? EVP_sha1()
        : algorithm == QCryptographicHash::Sha256                ? EVP_sha256()
                                                                 : nullptr;
    if (!digest) {
        *error = QStringLiteral("unsupported hash");
        return false;
    }
    const Bio bio(BIO_new_mem_buf(pemCertificate.constData(), static_cast<int>(pemCertificate.size())));
    const Certificate certificate(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!certificate) {
        *error = QStringLiteral("the signing certificate is not a PEM X.509 certificate");
        return false;
    }
    if (X509_cmp_current_time(X509_get0_notBefore(certificate.get())) > 0
        || X509_cmp_current_time(X509_get0_notAfter(certificate.get())) < 0) {
        *error = QStringLiteral("the signing certificate is not valid now");
        return false;
    }
    const Key key(X509_get_pubkey(certificate.get()));
    const DigestContext context(EVP_MD_CTX_new());
    if (!key || !context || EVP_DigestVerifyInit(context.get(), nullptr, digest, nullptr, key.get()) != 1) {
        *error = QStringLiteral("the signing certificate has no usable public key");
        return false;
    }
    const int verified
        = EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char*>(signature.constData()),
            static_cast<std::size_t>(signature.size()),
            reinterpret_cast<const unsigned char*>(message.constData()),
            static_cast<std::size_t>(message.size()));
    if (verified != 1) {
        *error = QStringLiteral("the signature does not match the message");
        return false;
    }
    return true;
}
