#pragma once

#include "crosssiteguard.h"
#include "httpmessage.h"
#include "receiverauth.h"
#include "receivercounters.h"
#include "store/incidentstore.h"

#include <functional>

// The receiver's front door: refuses a request that a web page made
// (CrossSiteGuard) or that lacks the credentials it needs (ReceiverAuth), sends the others to the handler of the longest
// matching path prefix (/webhooks/, /stats/, …) or else to the fallback, counts
// every refusal for /metrics, and keeps every delivery it refuses (a 4xx to
// anything but GET) with its reason, so that nothing a sender got wrong is
// lost and a person can inspect it.
class ReceiverRoutes final : public RequestHandler {
public:
    static constexpr int kRejectedKept = 1000;

    struct Route {
        QString prefix; // "/webhooks/"; "/metrics" matches that path exactly
        RequestHandler* handler;
    };

    ReceiverRoutes(IncidentStore* store, QList<Route> routes, RequestHandler* fallback, const CrossSiteGuard* guard,
        const ReceiverAuth* auth, ReceiverCounters* counters,
        std::function<void(const RejectedDelivery&)> rejected = {});

    void handleLater(const HttpRequest& request, const HttpRespond& respond) override;
    // A request the server refused before any handler saw it (too large, too
    // slow, not HTTP): counted and kept like the refusals of the handlers.
    void keepRefusedEarly(const RejectedDelivery& delivery, const QString& code);

private:
    RequestHandler* route(const HttpRequest& request) const;
    void recordRefusal(const HttpRequest& request, const HttpResponse& response);
    void keep(const RejectedDelivery& delivery);

    IncidentStore* m_store;
    QList<Route> m_routes;
    RequestHandler* m_fallback;
    const CrossSiteGuard* m_guard;
    const ReceiverAuth* m_auth;
    ReceiverCounters* m_counters;
    std::function<void(const RejectedDelivery&)> m_rejected;
};
