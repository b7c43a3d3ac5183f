#include "app/webhooks/grafanasource.h"

#include "app/webhooks/alertmanagerpayload.h"

bool GrafanaSource::signatureMatches(const QByteArray& secret, const HttpRequest& request, Body body) const
{
    return timestampedSignatureMatches(secret, request, body, "x-grafana-alerting-signature-timestamp",
        "x-grafana-alerting-signature", ':', QByteArray());
}

std::optional<AlertDelivery> GrafanaSource::parse(const QByteArray& body, QString* error) const
{
    const std::optional<AlertmanagerPayload::Parsed> payload
        = AlertmanagerPayload::parse(body, name(), error);
    if (!payload)
        return std::nullopt;
    return AlertDelivery { payload->alerts, name(), {} };
}
