#pragma once

#include "app/http/crosssiteguard.h"
#include "app/http/httpmessage.h"
#include "app/http/receiverauth.h"
#include "app/http/receivercounters.h"
#include "app/http/refusallog.h"
#include "models/store/incidentstore.h"

#include <functional>

// The receiver's front door: refuses a request that a web page made
// (CrossSiteGuard) or that lacks the credentials it needs (ReceiverAuth), sends the others to the handler
// (the receiver's RouteTable), counts every refusal for
// /metrics, and keeps the deliveries it refuses (a 4xx to anything but GET) with their reasons in a
// RefusalLog: whole when the sender had the right to send, so that nothing it got wrong is lost and a person
// can inspect it; as a rate-limited sample without body when it had not.
class ReceiverRoutes final : public RequestHandler {
public:
    ReceiverRoutes(IncidentStore* store, RequestHandler* handler, const CrossSiteGuard* guard,
        const ReceiverAuth* auth, ReceiverCounters* counters,
        std::function<void(const RejectedDelivery&)> rejected = {});

    void handleLater(const HttpRequest& request, const HttpRespond& respond) override;
    std::optional<HttpResponse> answerBeforeBody(const HttpRequest& header) override;
    // A request the server refused before any handler saw it (too large, too
    // slow, not HTTP): counted, and sampled like the other refusals before authentication.
    void keepRefusedEarly(const RejectedDelivery& delivery, const QString& code);
    qint64 refusalsNotKept() const { return m_refusals.notKept(); }

private:
    enum class Sender { Unproven, Allowed };
    // The cross-site guard's refusal, else authentication's, else nullopt.
    std::optional<HttpResponse> frontDoor(const HttpRequest& request, ReceiverAuth::Body body) const;
    void recordRefusal(const HttpRequest& request, const HttpResponse& response, Sender sender);

    RequestHandler* m_handler;
    const CrossSiteGuard* m_guard;
    const ReceiverAuth* m_auth;
    ReceiverCounters* m_counters;
    RefusalLog m_refusals;
};
