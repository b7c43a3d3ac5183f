#include "app/webhooks/genericsource.h"

#include "app/webhooks/genericpayload.h"

std::optional<AlertDelivery> GenericSource::parse(const QByteArray& body, QString* error) const
{
    const std::optional<QList<AlertSignal>> alerts = GenericPayload::parse(body, name(), error);
    if (!alerts)
        return std::nullopt;
    return AlertDelivery { *alerts, name(), {} };
}
