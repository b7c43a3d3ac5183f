#include "receiverroutes.h"

#include <QJsonDocument>
#include <QJsonObject>

ReceiverRoutes::ReceiverRoutes(IncidentStore* store, QList<Route> routes, RequestHandler* fallback,
    const CrossSiteGuard* guard, const ReceiverAuth* auth, ReceiverCounters* counters,
    std::function<void(const RejectedDelivery&)> rejected)
    : m_store(store)
    , m_routes(std::move(routes))
    , m_fallback(fallback)
    , m_guard(guard)
    , m_auth(auth)
    , m_counters(counters)
    , m_rejected(std::move(rejected))
{
}

void ReceiverRoutes::handleLater(const HttpRequest& request, const HttpRespond& respond)
{
    std::optional<HttpResponse> refusal = m_guard->check(request);
    if (!refusal)
        refusal = m_auth->check(request);
    if (refusal) {
        recordRefusal(request, *refusal);
        respond(*refusal);
        return;
    }
    route(request)->handleLater(request, [this, request, respond](const HttpResponse& response) {
        recordRefusal(request, response);
        respond(response);
    });
}

RequestHandler* ReceiverRoutes::route(const HttpRequest& request) const
{
    RequestHandler* best = m_fallback;
    qsizetype bestLength = 0;
    for (const Route& route : m_routes) {
        const bool matches = route.prefix.endsWith(QLatin1Char('/')) ? request.path.startsWith(route.prefix)
                                                                     : request.path == route.prefix;
        if (matches && route.prefix.size() > bestLength) {
            best = route.handler;
            bestLength = route.prefix.size();
        }
    }
    return best;
}

void ReceiverRoutes::recordRefusal(const HttpRequest& request, const HttpResponse& response)
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
    delivery.reason = QJsonDocument::fromJson(response.body).object().value(QLatin1String("reason")).toString();
    delivery.contentType = QString::fromUtf8(request.header("content-type"));
    delivery.body = request.body;
    keep(delivery);
}

void ReceiverRoutes::keepRefusedEarly(const RejectedDelivery& delivery, const QString& code)
{
    m_counters->countRefusal(delivery.status, code);
    keep(delivery);
}

void ReceiverRoutes::keep(const RejectedDelivery& delivery)
{
    // Best effort: a store that cannot keep it cannot have taken the delivery either.
    const StoreResult<qint64> kept = m_store->keepRejectedDelivery(delivery, kRejectedKept);
    if (!kept)
        qWarning("A refused delivery could not be kept: %s", qPrintable(kept.error()));
    if (m_rejected)
        m_rejected(delivery);
}
