#include "app/webhooks/alertmanagersource.h"

#include "app/webhooks/alertmanagerpayload.h"

std::optional<AlertDelivery> AlertmanagerShapedSource::parse(const QByteArray& body, QString* error) const
{
    const std::optional<AlertmanagerPayload::Parsed> payload
        = AlertmanagerPayload::parse(body, name(), error);
    if (!payload)
        return std::nullopt;
    return AlertDelivery { payload->alerts, name(), {} };
}
