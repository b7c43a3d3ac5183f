#pragma once

#include "app/webhooks/webhooksource.h"

// Prometheus Alertmanager's webhook_config (version 4): POST /webhooks/alerts/prometheus.
class AlertmanagerSource final : public JsonWebhookSource {
    Q_DECLARE_TR_FUNCTIONS(AlertmanagerSource)
public:
    QString path() const override { return QStringLiteral("prometheus"); }
    QString name() const override { return QStringLiteral("alertmanager"); }
    QString senderLabel() const override { return tr("Alertmanager"); }

protected:
    std::optional<AlertDelivery> parse(const QByteArray& body, QString* error) const override;
};
