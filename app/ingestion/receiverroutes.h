#pragma once

#include "httpmessage.h"
#include "store/incidentstore.h"

#include <functional>

// The receiver's front door: sends /webhooks/… to the webhook handler and
// everything else to the incident API, and keeps every delivery it refuses
// (a 4xx to anything but GET) with its reason, so that nothing a sender got
// wrong is lost and a person can inspect it.
class ReceiverRoutes final : public RequestHandler {
public:
    static constexpr int kRejectedKept = 1000;

    ReceiverRoutes(IncidentStore* store, RequestHandler* incidents, RequestHandler* webhooks,
        std::function<void(const RejectedDelivery&)> rejected = {});

    HttpResponse handle(const HttpRequest& request) override;
    void handleLater(const HttpRequest& request, const HttpRespond& respond) override;

private:
    RequestHandler* route(const HttpRequest& request) const;
    void keepIfRefused(const HttpRequest& request, const HttpResponse& response);

    IncidentStore* m_store;
    RequestHandler* m_incidents;
    RequestHandler* m_webhooks;
    std::function<void(const RejectedDelivery&)> m_rejected;
};
