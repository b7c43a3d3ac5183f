#pragma once

#include "httpmessage.h"
#include "snsmessage.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>
#include <memory>
#include <variant>

// Takes AWS SNS deliveries for the CloudWatch webhook: verifies each message's
// signature with its signing certificate (fetched from AWS once per URL, then
// kept), confirms a subscription only after its signature verifies, and turns
// alarm notifications into alerts. Everything from AWS is fetched through
// `fetch`, so tests can stand in for AWS with a certificate of their own.
class SnsGateway {
    Q_DECLARE_TR_FUNCTIONS(SnsGateway)
public:
    using Fetched = std::function<void(const QByteArray& body, const QString& error)>;
    // GETs an https URL; answers once, with the body or an error.
    using Fetch = std::function<void(const QUrl& url, const Fetched& done)>;
    using Outcome = std::variant<HttpResponse, AlertDelivery>;

    SnsGateway(QString source, Fetch fetch);
    ~SnsGateway();
    SnsGateway(const SnsGateway&) = delete;
    SnsGateway& operator=(const SnsGateway&) = delete;

    // Answers once: an HTTP answer to give now, or the delivery to store.
    void take(const HttpRequest& request, std::function<void(const Outcome&)> done);

private:
    void verified(const SnsMessage& message, const std::function<void(const Outcome&)>& done);
    static HttpResponse refused(const QString& reason);

    QString m_source;
    Fetch m_fetch;
    QHash<QUrl, QByteArray> m_certificates;
    std::shared_ptr<bool> m_alive; // answers that arrive after the gateway is gone are dropped
};
