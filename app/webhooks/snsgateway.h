#pragma once

#include "app/http/httpmessage.h"
#include "app/webhooks/snsmessage.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <functional>
#include <memory>
#include <variant>

class QNetworkAccessManager;

// What the console takes from SNS. An SNS topic is anybody's: without a list
// of its own topics the console would confirm, and take alarms from, a topic
// in any AWS account that names its URL.
struct SnsPolicy {
    // Topic ARNs; "*" matches any run of characters ("arn:aws:sns:eu-west-1:123456789012:*"). Empty: none.
    QStringList topics;
    // SignatureVersion 1 signs with SHA-1; taken only when this says so.
    bool acceptSignatureVersion1 = false;
    // A message stamped longer ago than this is a replay (SNS retries for far less by default).
    int maxAgeSeconds = 3600;
    // Nor may it come from the future, beyond the clocks' skew.
    int maxAheadSeconds = 300;

    bool allowsTopic(const QString& arn) const;
};

// Takes AWS SNS deliveries for the CloudWatch webhook: takes only the
// policy's topics, fresh messages and the signature versions it allows;
// verifies each message's signature with its signing certificate (fetched from
// AWS once per URL, then kept, a few at most), confirms a subscription only
// after its signature verifies, and turns alarm notifications into alerts.
// Everything from AWS is fetched through `fetch`, so tests can stand in for
// AWS with a certificate of their own.
class SnsGateway {
    Q_DECLARE_TR_FUNCTIONS(SnsGateway)
public:
    using Fetched = std::function<void(const QByteArray& body, const QString& error)>;
    // GETs an https URL; answers once, with the body or an error.
    using Fetch = std::function<void(const QUrl& url, const Fetched& done)>;
    using Outcome = std::variant<HttpResponse, AlertDelivery>;

    static constexpr int kCertificatesKept = 8;
    static constexpr qint64 kFetchedBytesAtMost = 64 * 1024;

    SnsGateway(QString source, Fetch fetch, SnsPolicy policy);
    // A Fetch over `network`: no redirects followed, no body over
    // kFetchedBytesAtMost taken, given up after `timeoutMs`.
    static Fetch networkFetch(QNetworkAccessManager* network, int timeoutMs);
    ~SnsGateway();
    SnsGateway(const SnsGateway&) = delete;
    SnsGateway& operator=(const SnsGateway&) = delete;

    // Answers once: an HTTP answer to give now, or the delivery to store.
    void take(const HttpRequest& request, std::function<void(const Outcome&)> done);

private:
    void verified(const SnsMessage& message, const std::function<void(const Outcome&)>& done);
    static HttpResponse refused(const QString& reason);

    std::optional<HttpResponse> refusedByPolicy(const SnsMessage& message) const;
    void keepCertificate(const QUrl& url, const QByteArray& pem);

    QString m_source;
    Fetch m_fetch;
    SnsPolicy m_policy;
    QHash<QUrl, QByteArray> m_certificates;
    QList<QUrl> m_certificateOrder; // oldest first
    std::shared_ptr<bool> m_alive; // answers that arrive after the gateway is gone are dropped
};
