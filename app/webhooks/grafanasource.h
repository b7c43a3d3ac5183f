#pragma once

#include "app/webhooks/alertmanagersource.h"

// Grafana's unified alerting webhook contact point, which posts Alertmanager's
// shape: POST /webhooks/alerts/grafana. It signs with HMAC-SHA256 over
// "<timestamp>:<body>" (X-Grafana-Alerting-Signature, X-Grafana-Alerting-Signature-Timestamp).
class GrafanaSource final : public AlertmanagerShapedSource {
    Q_DECLARE_TR_FUNCTIONS(GrafanaSource)
public:
    QString path() const override { return QStringLiteral("grafana"); }
    QString name() const override { return QStringLiteral("grafana"); }
    QString senderLabel() const override { return tr("Grafana"); }
    bool signatureMatches(const QByteArray& secret, const HttpRequest& request, Body body) const override;
};
