#pragma once

#include "app/http/routetable.h"
#include "app/webhooks/webhooksources.h"
#include "models/rules/rulesinforce.h"
#include "models/store/alertinbox.h"
#include "models/store/alertinboxdrain.h"
#include "models/store/incidentstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>

#include <functional>
#include <optional>

// The alert webhooks: POST /webhooks/alerts/<path>, one for each of the
// WebhookSources. Each delivery is read by its source (a delivery with an id
// is applied once however often it is sent), then stored (dedup, rules, correlation, incidents); the sender
// hears 200 only once that has been committed, and 503 when the store cannot commit, so that it retries
// instead of dropping the alerts. Deliveries that arrive while the store is busy are committed together and
// answered together: a commit costs more than the alerts of a typical delivery.
//
// In a storm (many alerts waiting to be committed together, or some already in
// the inbox) the deliveries are committed to the alert inbox instead, a queue
// file that AlertInboxDrain applies in large batches on another thread, and
// the senders hear 202 Accepted. The replies wait while the inbox holds more
// than kHeldBeyondAlerts alerts not applied yet, so a storm that outruns the
// store slows its senders down rather than the window falling behind by minutes.
// While the store refuses the inbox's alerts (disk full), beyond that many new
// deliveries are answered 503, so that their senders keep them and retry.
class WebhookApi final : public RequestHandler {
    Q_DECLARE_TR_FUNCTIONS(WebhookApi)
public:
    WebhookApi(IncidentStore* store, SharedRules rules, const WebhookSources* sources,
        std::function<void()> committed = {});

    // Deliveries committed together with at least this many alerts go to the inbox.
    static constexpr int kInboxFromAlerts = 30;
    static constexpr int kHeldBeyondAlerts = 8000;
    static constexpr int kInboxReportMs = 250;

    void handleLater(const HttpRequest& request, const HttpRespond& respond) override;
    // POST /webhooks/alerts/{source}, and the seed's POST /api/alerting/send and /api/alerting/bulk, which
    // are the generic source's.
    void addRoutes(RouteTable& routes);

    // Storms go through `inbox`, which `drain` applies; `lastEntry` is the inbox's newest entry.
    // `report` hears how the inbox stands, at most every kInboxReportMs unless it emptied or a problem came
    // or went.
    void useInbox(AlertInbox* inbox, AlertInboxDrain* drain, qint64 lastEntry,
        std::function<void(const AlertInboxState&)> report);
    // The drain applied more, or could not. On this API's thread.
    void inboxApplied();
    void inboxTrouble(const QString& problem);
    AlertInboxState inboxState() const;

private:
    // The answer that refuses a request no source may take; nullopt: `source` takes it.
    std::optional<HttpResponse> refusal(const HttpRequest& request, const WebhookSource* source) const;
    void enqueue(const AlertDelivery& delivery, const HttpRespond& respond);
    void commitPending();
    bool toInbox(int alerts) const;
    void commitToInbox(const QList<AlertDelivery>& deliveries, int alerts, const QList<HttpRespond>& replies);
    int alertsNotApplied() const;
    void reportInbox(bool now);
    HttpResponse answer(const StoreResult<AlertIngestReport>& report) const;

    struct Pending {
        AlertDelivery delivery;
        HttpRespond respond;
    };

    IncidentStore* m_store;
    SharedRules m_rules;
    const WebhookSources* m_sources;
    std::function<void()> m_committed;
    QList<Pending> m_pending;
    AlertInbox* m_inbox = nullptr;
    AlertInboxDrain* m_drain = nullptr;
    qint64 m_lastEntry = 0;
    QMap<qint64, int> m_notApplied; // inbox entry → its alerts, until the drain applies it
    QList<QPair<HttpRespond, HttpResponse>> m_held;
    QString m_inboxProblem;
    int m_setAside = 0; // unreadable inbox entries the drain set aside (AlertInbox::quarantined)
    std::function<void(const AlertInboxState&)> m_reportInbox;
    QElapsedTimer m_inboxReported;
    QObject m_commitContext; // a commit scheduled for the pending deliveries dies with the API
    bool m_commitScheduled = false;
};
