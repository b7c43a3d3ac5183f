#include "app/webhooks/pagerdutysource.h"

#include "app/http/receiverauth.h"
#include "app/webhooks/pagerdutypayload.h"

bool PagerDutySource::signatureMatches(const QByteArray& secret, const HttpRequest& request, Body body) const
{
    if (body == Body::NotYet)
        return !request.header("x-pagerduty-signature").trimmed().isEmpty();
    const QByteArray expected = "v1=" + ReceiverAuth::hmacSha256Hex(secret, request.body);
    for (const QByteArray& signature : request.header("x-pagerduty-signature").split(',')) {
        if (ReceiverAuth::sameSecret(signature.trimmed(), expected))
            return true;
    }
    return false;
}

std::optional<AlertDelivery> PagerDutySource::parse(const QByteArray& body, QString* error) const
{
    const std::optional<PagerDutyPayload::Parsed> event = PagerDutyPayload::parse(body, name(), error);
    if (!event)
        return std::nullopt;
    // PagerDuty delivers at least once. The event's id names it across
    // retries, and it is signed: X-Webhook-Id is not, so a replay of a
    // signed body under a new X-Webhook-Id would otherwise apply again.
    AlertDelivery delivery { {}, name(), event->eventId };
    if (event->signal)
        delivery.alerts.append(*event->signal);
    return delivery;
}
