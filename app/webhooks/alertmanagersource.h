#pragma once

#include "app/webhooks/webhooksource.h"

// A sender that posts Alertmanager's webhook shape (AlertmanagerPayload).
class AlertmanagerShapedSource : public JsonWebhookSource {
protected:
    std::optional<AlertDelivery> parse(const QByteArray& body, QString* error) const override;
};

// Prometheus Alertmanager's webhook_config (version 4): POST /webhooks/alerts/prometheus.
class AlertmanagerSource final : public AlertmanagerShapedSource {
    Q_DECLARE_TR_FUNCTIONS(AlertmanagerSource)
public:
    QString path() const override { return QStringLiteral("prometheus"); }
    QString name() const override { return QStringLiteral("alertmanager"); }
    QString senderLabel() const override { return tr("Alertmanager"); }
};
