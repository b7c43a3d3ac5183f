#pragma once

#include "app/http/receiverauth.h"
#include "app/webhooks/snsgateway.h"
#include "app/webhooks/webhooksource.h"
#include "models/domain/alertsources.h"

#include <QCoreApplication>
#include <QList>

#include <memory>

// Every webhook the receiver has: routing, authentication, the help texts, the
// keychain's keys and the rules tester all read this list, so a source exists
// in one place. A request reaches a source only at exactly its path.
class WebhookSources {
    Q_DECLARE_TR_FUNCTIONS(WebhookSources)
public:
    // What the sources need from the running receiver.
    struct Environment {
        SnsGateway::Fetch awsFetch; // SNS signing certificates, subscription confirmations
        SnsPolicy sns;
    };

    // The console's sources. To add one: its file pair, and one line here.
    static std::unique_ptr<WebhookSources> standard(Environment environment = {});

    static constexpr QLatin1String kPathPrefix { "/webhooks/alerts/" };

    QList<WebhookSource*> all() const;
    // Their paths: the keychain's webhook/<path>/… keys.
    QStringList paths() const;
    // The source at exactly this request path (/webhooks/alerts/<path>); null for any other.
    WebhookSource* forRequestPath(const QString& requestPath) const;
    // What views and the store are told of each (path, name, label).
    QList<AlertSource> descriptions() const;
    // "Alertmanager posts to /webhooks/alerts/prometheus, …": for a sender that found none.
    QString help() const;
    // How each source's sender proves itself, for ReceiverAuth.
    QList<ReceiverAuth::WebhookRoute> authRoutes() const;
    // The routes whose bodies are signed JSON sent as text/plain (CrossSiteGuard lets them through).
    QStringList signedAsTextRoutes() const;
    // Alerts to try the rules on (POST /alerts/test), in Alertmanager's shape as most senders'
    // alerts are, kept under the source named `source` (empty: the first); nullopt, with
    // the reason in *error, when the payload does not read or there is no such source.
    std::optional<QList<AlertSignal>> trialAlerts(
        const QByteArray& payload, const QString& source, QString* error) const;

private:
    void add(std::unique_ptr<WebhookSource> source);

    std::vector<std::unique_ptr<WebhookSource>> m_sources;
};
