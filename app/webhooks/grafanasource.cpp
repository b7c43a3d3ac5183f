#include "app/webhooks/grafanasource.h"

bool GrafanaSource::signatureMatches(const QByteArray& secret, const HttpRequest& request, Body body) const
{
    return timestampedSignatureMatches(secret, request, body, "x-grafana-alerting-signature-timestamp",
        "x-grafana-alerting-signature", ':', QByteArray());
}
