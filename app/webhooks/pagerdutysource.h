#pragma once

#include "app/webhooks/webhooksource.h"

// PagerDuty's V3 webhooks: POST /webhooks/alerts/pagerduty. PagerDuty signs
// every delivery (X-PagerDuty-Signature: v1=<hex of HMAC-SHA256 of the body>,
// several while it rotates its secret), so an unsigned one is refused.
class PagerDutySource final : public JsonWebhookSource {
    Q_DECLARE_TR_FUNCTIONS(PagerDutySource)
public:
    QString path() const override { return QStringLiteral("pagerduty"); }
    QString name() const override { return QStringLiteral("pagerduty"); }
    QString senderLabel() const override { return tr("PagerDuty"); }
    bool requiresSignature() const override { return true; }
    bool signatureMatches(const QByteArray& secret, const HttpRequest& request, Body body) const override;

protected:
    std::optional<AlertDelivery> parse(const QByteArray& body, QString* error) const override;
};
