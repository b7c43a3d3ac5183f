#pragma once

#include "app/webhooks/webhooksource.h"

// The console's own format (GenericPayload), for any tool that can post JSON:
// POST /webhooks/alerts/generic.
class GenericSource final : public JsonWebhookSource {
    Q_DECLARE_TR_FUNCTIONS(GenericSource)
public:
    QString path() const override { return QStringLiteral("generic"); }
    QString name() const override { return QStringLiteral("generic"); }
    QString senderLabel() const override { return tr("Any other tool"); }

protected:
    std::optional<AlertDelivery> parse(const QByteArray& body, QString* error) const override;
};
