#include "app/webhooks/webhookapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

WebhookApi::WebhookApi(
    IncidentStore* store, SharedRules rules, const WebhookSources* sources, std::function<void()> committed)
    : m_store(store)
    , m_rules(std::move(rules))
    , m_sources(sources)
    , m_committed(std::move(committed))
{
}

void WebhookApi::handleLater(const HttpRequest& request, const HttpRespond& respond)
{
    WebhookSource* source = m_sources->forRequestPath(request.path);
    if (const std::optional<HttpResponse> refused = refusal(request, source)) {
        respond(*refused);
        return;
    }
    source->take(request, [this, respond](const WebhookSource::Outcome& outcome) {
        if (const HttpResponse* answer = std::get_if<HttpResponse>(&outcome))
            respond(*answer);
        else
            enqueue(std::get<AlertDelivery>(outcome), respond);
    });
}

void WebhookApi::addRoutes(RouteTable& routes)
{
    using Parameters = RouteTable::Parameters;
    routes.addLater("POST", WebhookSources::kPathPrefix + QStringLiteral("{source}"),
        [this](const HttpRequest& request, const Parameters&, const HttpRespond& respond) {
            handleLater(request, respond);
        });
    // Any other path under /webhooks/ is told which webhooks there are.
    routes.addElsewhereUnder(QStringLiteral("/webhooks/"),
        [this](const HttpRequest& request, const Parameters&, const HttpRespond& respond) {
            handleLater(request, respond);
        });
    for (const QString& path : { QStringLiteral("/api/alerting/send"), QStringLiteral("/api/alerting/bulk") })
        routes.addLater(
            "POST", path, [this](const HttpRequest& request, const Parameters&, const HttpRespond& respond) {
                HttpRequest generic = request; // authenticated at its own path, as the API is
                generic.path = WebhookSources::kPathPrefix + QStringLiteral("generic");
                handleLater(generic, respond);
            });
}

void WebhookApi::enqueue(const AlertDelivery& delivery, const HttpRespond& respond)
{
    m_pending.append({ delivery, respond });
    if (m_commitScheduled)
        return;
    // The next turn of the event loop: deliveries that other connections have
    // ready by then join this commit.
    m_commitScheduled = true;
    QMetaObject::invokeMethod(
        &m_commitContext, [this] { commitPending(); }, Qt::QueuedConnection);
}

void WebhookApi::useInbox(AlertInbox* inbox, AlertInboxDrain* drain, qint64 lastEntry,
    std::function<void(const AlertInboxState&)> report)
{
    m_inbox = inbox;
    m_drain = drain;
    m_lastEntry = lastEntry;
    m_reportInbox = std::move(report);
    if (const StoreResult<int> setAside = inbox->quarantinedCount())
        m_setAside = *setAside;
}

void WebhookApi::commitPending()
{
    m_commitScheduled = false;
    const QList<Pending> pending = std::exchange(m_pending, {});
    QList<AlertDelivery> deliveries;
    QList<HttpRespond> replies;
    int alerts = 0;
    deliveries.reserve(pending.size());
    for (const Pending& delivery : pending) {
        deliveries.append(delivery.delivery);
        replies.append(delivery.respond);
        alerts += static_cast<int>(delivery.delivery.alerts.size());
    }
    if (toInbox(alerts)) {
        commitToInbox(deliveries, alerts, replies);
        return;
    }
    const QList<StoreResult<AlertIngestReport>> reports
        = m_store->intake().ingestAlertDeliveries(deliveries, m_rules->current());
    for (qsizetype i = 0; i < pending.size(); ++i)
        replies.at(i)(answer(reports.at(i)));
}

bool WebhookApi::toInbox(int alerts) const
{
    if (!m_inbox)
        return false;
    // While anything waits there, everything follows it: an alert's resolution never overtakes its firing.
    return alerts >= kInboxFromAlerts || m_drain->appliedThrough() < m_lastEntry;
}

void WebhookApi::commitToInbox(
    const QList<AlertDelivery>& deliveries, int alerts, const QList<HttpRespond>& replies)
{
    const auto refuseAll = [&replies](const HttpResponse& refusal) {
        for (const HttpRespond& respond : replies)
            respond(refusal); // retried by the sender, as a store that cannot commit
    };
    // The store refuses what waits already, and plenty does: taking more would only grow the file.
    if (const int waiting = alertsNotApplied(); !m_inboxProblem.isEmpty() && waiting > kHeldBeyondAlerts) {
        refuseAll(HttpResponse::storeFailure(StoreErrorKind::Unavailable,
            tr("%1 accepted alerts wait for the database, which refuses them: %2")
                .arg(waiting)
                .arg(m_inboxProblem)));
        return;
    }
    const StoreResult<qint64> entry = m_inbox->append(deliveries, m_drain->appliedThrough());
    if (!entry) {
        refuseAll(HttpResponse::storeFailure(entry));
        return;
    }
    m_lastEntry = *entry;
    m_notApplied.insert(*entry, alerts);
    m_drain->delivered();
    reportInbox(false);
    // Held back while the drain catches up; not while it is stuck, when waiting only ends in the sender's
    // timeout.
    const bool hold = m_inboxProblem.isEmpty() && alertsNotApplied() > kHeldBeyondAlerts;
    for (qsizetype i = 0; i < deliveries.size(); ++i) {
        const QJsonObject accepted { { QLatin1String("received"),
                                         static_cast<int>(deliveries.at(i).alerts.size()) },
            { QLatin1String("queued"), true } };
        const HttpResponse response = HttpResponse::json(202, QJsonDocument(accepted));
        if (hold)
            m_held.append(qMakePair(replies.at(i), response));
        else
            replies.at(i)(response);
    }
}

void WebhookApi::inboxApplied()
{
    const qint64 applied = m_drain->appliedThrough();
    m_notApplied.removeIf([applied](const auto& entry) { return entry.key() <= applied; });
    if (alertsNotApplied() <= kHeldBeyondAlerts) {
        for (const auto& [respond, response] : std::exchange(m_held, {}))
            respond(response);
    }
    const bool caughtUp = applied == m_lastEntry;
    // Caught up: the inbox lets go of what it held, which a storm's next entry would have done.
    if (caughtUp)
        m_inbox->discardThrough(applied);
    const bool problemGone = !m_inboxProblem.isEmpty();
    m_inboxProblem.clear();
    const StoreResult<int> setAside = m_inbox->quarantinedCount();
    const bool newlySetAside = setAside && *setAside != m_setAside;
    if (setAside)
        m_setAside = *setAside;
    reportInbox(caughtUp || problemGone || newlySetAside);
}

void WebhookApi::inboxTrouble(const QString& problem)
{
    const bool changed = problem != m_inboxProblem;
    m_inboxProblem = problem;
    // What was held is safe in the inbox: its senders hear so now, not after their timeout and a resend.
    for (const auto& [respond, response] : std::exchange(m_held, {}))
        respond(response);
    reportInbox(changed);
}

AlertInboxState WebhookApi::inboxState() const
{
    return { alertsNotApplied(), m_inboxProblem, m_setAside, m_inbox ? m_inbox->storePath() : QString() };
}

void WebhookApi::reportInbox(bool now)
{
    if (!m_reportInbox || (!now && m_inboxReported.isValid() && m_inboxReported.elapsed() < kInboxReportMs))
        return;
    m_inboxReported.start();
    m_reportInbox(inboxState());
}

int WebhookApi::alertsNotApplied() const
{
    int alerts = 0;
    for (const int count : m_notApplied)
        alerts += count;
    return alerts;
}

std::optional<HttpResponse> WebhookApi::refusal(const HttpRequest& request, const WebhookSource* source) const
{
    if (!source && !request.path.startsWith(WebhookSources::kPathPrefix))
        return HttpResponse::error(
            404, QStringLiteral("not_found"), tr("There is nothing at %1.").arg(request.path));
    if (!source)
        return HttpResponse::error(404, QStringLiteral("unknown_source"),
            tr("There is no webhook at %1. %2.").arg(request.path, m_sources->help()));
    if (request.method != "POST") {
        HttpResponse response = HttpResponse::error(
            405, QStringLiteral("method_not_allowed"), tr("Webhooks are delivered with POST."));
        response.headers.append(qMakePair(QByteArray("Allow"), QByteArray("POST")));
        return response;
    }
    return std::nullopt;
}

HttpResponse WebhookApi::answer(const StoreResult<AlertIngestReport>& report) const
{
    if (!report)
        return HttpResponse::storeFailure(
            report); // Alertmanager retries the 503 of a store that cannot commit
    if (m_committed)
        m_committed();
    QJsonObject object;
    object.insert(QLatin1String("duplicate"), report->duplicate);
    object.insert(QLatin1String("received"), report->received);
    object.insert(QLatin1String("created"), report->created);
    object.insert(QLatin1String("deduplicated"), report->deduplicated);
    object.insert(QLatin1String("resolved"), report->resolved);
    object.insert(QLatin1String("acknowledged"), report->acknowledged);
    object.insert(QLatin1String("annotated"), report->annotated);
    object.insert(QLatin1String("incidentsOpened"), report->incidentsOpened);
    object.insert(QLatin1String("incidentsJoined"), report->incidentsJoined);
    object.insert(QLatin1String("incidentsResolved"), report->incidentsResolved);
    object.insert(QLatin1String("incidents"), QJsonArray::fromStringList(report->incidentKeys));
    return HttpResponse::json(200, QJsonDocument(object));
}
