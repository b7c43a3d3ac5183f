#pragma once

#include "app/webhooks/webhooksource.h"

// Grafana's unified alerting webhook contact point, which posts Alertmanager's
// shape: POST /webhooks/alerts/grafana. It signs with HMAC-SHA256 over
// "<timestamp>:<body>" (X-Grafana-Alerting-Signature, X-Grafana-Alerting-Signature-Timestamp).
class GrafanaSource final : public JsonWebhookSource {
    Q_DECLARE_TR_FUNCTIONS(GrafanaSource)
public:
    QString path() const override { return QStringLiteral("grafana"); }
    QString name() const override { return QStringLiteral("grafana"); }
    QString senderLabel() const override { return tr("Grafana"); }
    bool signatureMatches(const QByteArray& secret, const HttpRequest& request, Body body) const override;

protected:
    std::optional<AlertDelivery> parse(const QByteArray& body, QString* error) const override;
};
