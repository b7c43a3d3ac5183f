#include "rsasignature.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace {
template<typename T, void (*Free)(T*)> struct Deleter {
    void operator()(T* pointer) const { Free(pointer); }
};
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using Certificate = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Key = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using DigestContext = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX, EVP_MD_CTX_free>>;
}

bool RsaSignature::verify(const QByteArray& pemCertificate, const QByteArray& message, const QByteArray& signature,
    QCryptographicHash::Algorithm algorithm, QString* error)
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
    const int verified = EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char*>(signature.constData()),
        static_cast<std::size_t>(signature.size()), reinterpret_cast<const unsigned char*>(message.constData()),
        static_cast<std::size_t>(message.size()));
    if (verified != 1) {
        *error = QStringLiteral("the signature does not match the message");
        return false;
    }
    return true;
}
