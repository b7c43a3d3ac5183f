#include "app/http/receiverroutes.h"

#include <QJsonDocument>
#include <QJsonObject>

ReceiverRoutes::ReceiverRoutes(IncidentStore* store, RequestHandler* handler, const CrossSiteGuard* guard,
    const ReceiverAuth* auth, ReceiverCounters* counters,
    std::function<void(const RejectedDelivery&)> rejected)
    : m_handler(handler)
    , m_guard(guard)
    , m_auth(auth)
    , m_counters(counters)
    , m_refusals(store, std::move(rejected))
{
}

void ReceiverRoutes::handleLater(const HttpRequest& request, const HttpRespond& respond)
{
    if (const std::optional<HttpResponse> refusal = frontDoor(request, ReceiverAuth::Body::Received)) {
        recordRefusal(request, *refusal, Sender::Unproven);
        respond(*refusal);
        return;
    }
    HttpRequest allowed = request;
    allowed.senderProven = m_auth->senderProven(request);
    m_handler->handleLater(allowed, [this, request, respond](const HttpResponse& response) {
        recordRefusal(request, response, Sender::Allowed);
        respond(response);
    });
}

std::optional<HttpResponse> ReceiverRoutes::answerBeforeBody(const HttpRequest& header)
{
    const std::optional<HttpResponse> refusal = frontDoor(header, ReceiverAuth::Body::NotYet);
    if (refusal)
        recordRefusal(header, *refusal, Sender::Unproven);
    return refusal;
}

std::optional<HttpResponse> ReceiverRoutes::frontDoor(
    const HttpRequest& request, ReceiverAuth::Body body) const
{
    if (std::optional<HttpResponse> refusal = m_guard->check(request))
        return refusal;
    return m_auth->check(request, body);
}

void ReceiverRoutes::recordRefusal(const HttpRequest& request, const HttpResponse& response, Sender sender)
{
    if (response.status < 400)
        return;
    m_counters->countRefusal(response.status, response.errorCode());
    if (response.status >= 500 || request.method == "GET")
        return;
    RejectedDelivery delivery;
    delivery.at = QDateTime::currentDateTimeUtc();
    delivery.route = QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path;
    delivery.peer = request.peer.toString();
    delivery.status = response.status;
    delivery.reason
        = QJsonDocument::fromJson(response.body).object().value(QLatin1String("reason")).toString();
    delivery.contentType = QString::fromUtf8(request.header("content-type"));
    if (sender == Sender::Allowed) {
        delivery.body = request.body;
        m_refusals.keepWhole(std::move(delivery));
    } else {
        m_refusals.keepSample(std::move(delivery));
    }
}

void ReceiverRoutes::keepRefusedEarly(const RejectedDelivery& delivery, const QString& code)
{
    m_counters->countRefusal(delivery.status, code);
    m_refusals.keepSample(delivery);
}
