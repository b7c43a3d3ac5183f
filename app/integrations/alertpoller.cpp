#include "app/integrations/alertpoller.h"

#include "app/webhooks/alertmanagerpayload.h"
#include "app/webhooks/pagerdutypayload.h"
#include "models/store/asyncincidentstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace {
constexpr int kPagerDutyPageSize = 100;
constexpr int kPagerDutyMaxPages = 50;
// Open alerts of the source that one poll looks at; a source with more open at once is in a storm
// that its webhook, not polling, should carry.
constexpr int kOpenLookedAt = 5000;
// PagerDuty incidents read back one by one in a poll (its REST API allows about 900 requests a
// minute per key); the rest wait for the next poll.
constexpr int kReadBackPerPoll = 25;

// What the store knows of an alert, as a notice of the source would say it.
AlertSignal signalOf(const Alert& alert)
{
    AlertSignal signal;
    signal.source = alert.source;
    signal.fingerprint = alert.fingerprint;
    signal.name = alert.name;
    signal.labels = alert.labels;
    signal.annotations = alert.annotations;
    signal.startsAt = alert.startsAt;
    signal.generatorUrl = alert.generatorUrl;
    return signal;
}

// The notice that the alert ended at `at`, as the source would have sent it.
AlertSignal endedAt(AlertSignal signal, const QDateTime& at)
{
    signal.resolved = true;
    signal.action = AlertSignal::Action::Report;
    signal.endsAt = at;
    signal.observedAt = at;
    return signal;
}
}

AlertPoller::AlertPoller(PollTarget target, QByteArray apiKey, AsyncIncidentStore* store, SharedRules rules,
    QNetworkAccessManager* network, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_target(std::move(target))
    , m_apiKey(std::move(apiKey))
    , m_store(store)
    , m_rules(std::move(rules))
    , m_network(network)
    , m_clock(clock)
{
    m_state.name = m_target.name;
    // Shown in the Receiver dock and on the wall: never with its password.
    m_state.url = m_target.url.adjusted(QUrl::RemovePassword);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AlertPoller::poll);
}

int AlertPoller::delaySeconds(int intervalSeconds, int failures)
{
    qint64 delay = intervalSeconds;
    for (int i = 0; i < failures && delay < kMaxBackoffSeconds; ++i)
        delay *= 2;
    return static_cast<int>(std::min<qint64>(delay, std::max(kMaxBackoffSeconds, intervalSeconds)));
}

QString AlertPoller::source() const
{
    return m_target.kind == PollTarget::Kind::PagerDuty ? QStringLiteral("pagerduty")
                                                        : QStringLiteral("alertmanager");
}

void AlertPoller::start()
{
    poll();
}

void AlertPoller::pollNow()
{
    m_timer.stop();
    poll();
}

void AlertPoller::poll()
{
    if (m_busy)
        return;
    if (m_target.kind == PollTarget::Kind::PagerDuty && m_apiKey.isEmpty()) {
        failed(tr("No PagerDuty REST API key in the keychain: incident-console secret set %1")
                   .arg(QLatin1String(PollingConfig::kPagerDutyKey)));
        return;
    }
    m_busy = true;
    m_state.lastAttempt = m_clock->nowUtc();
    if (m_target.kind != PollTarget::Kind::PagerDuty) {
        requestPage(0, {});
        return;
    }
    AlertQuery open;
    open.filter = AlertFilter::open();
    open.filter.source = source();
    m_store->run<StoreResult<QList<Alert>>>(
        this, [open](IncidentStore& store) { return store.alerts().page(open, std::nullopt, kOpenLookedAt); },
        [this](const StoreResult<QList<Alert>>& alerts) {
            if (!alerts) {
                m_busy = false;
                failed(alerts.error());
                return;
            }
            m_open = *alerts;
            requestPage(0, {});
        });
}

QNetworkRequest AlertPoller::request(const QString& path, const QUrlQuery& query) const
{
    QUrl url = m_target.url;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + path);
    url.setQuery(query);
    QNetworkRequest request(url);
    if (m_target.kind == PollTarget::Kind::PagerDuty) {
        request.setRawHeader("Authorization", "Token token=" + m_apiKey);
        request.setRawHeader("Accept", "application/vnd.pagerduty+json;version=2");
    } else {
        request.setRawHeader("Accept", "application/json");
    }
    request.setTransferTimeout(kTimeoutMs);
    return request;
}

void AlertPoller::requestPage(int offset, QList<AlertSignal> sofar)
{
    QUrlQuery query;
    QString path;
    if (m_target.kind == PollTarget::Kind::PagerDuty) {
        path = QStringLiteral("/incidents");
        query.addQueryItem(QStringLiteral("statuses[]"), QStringLiteral("triggered"));
        query.addQueryItem(QStringLiteral("statuses[]"), QStringLiteral("acknowledged"));
        query.addQueryItem(QStringLiteral("limit"), QString::number(kPagerDutyPageSize));
        query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    } else {
        path = QStringLiteral("/api/v2/alerts");
        // Silenced and inhibited alerts too: the console's own silences decide here.
        query.addQueryItem(QStringLiteral("active"), QStringLiteral("true"));
    }
    QNetworkReply* reply = m_network->get(request(path, query));
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, offset, sofar = std::move(sofar)] { finished(reply, offset, sofar); });
}

void AlertPoller::finished(QNetworkReply* reply, int offset, QList<AlertSignal> sofar)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status != 200) {
        m_busy = false;
        failed(status > 0 ? tr("HTTP %1 from %2: %3")
                                .arg(status)
                                .arg(reply->url().toString(QUrl::RemoveQuery | QUrl::RemovePassword),
                                    reply->errorString())
                          : reply->errorString());
        return;
    }
    bool more = false;
    QString error;
    const std::optional<QList<AlertSignal>> page = parsePage(reply->readAll(), &more, &error);
    if (!page) {
        m_busy = false;
        failed(error);
        return;
    }
    // Listed now: firing now, also for an episode that ended here before (a return, not a late notice).
    for (AlertSignal signal : *page) {
        signal.observedAt = m_clock->nowUtc();
        sofar.append(signal);
    }
    if (more && offset / kPagerDutyPageSize + 1 < kPagerDutyMaxPages) {
        requestPage(offset + kPagerDutyPageSize, sofar);
        return;
    }
    QSet<QString> listed;
    for (const AlertSignal& signal : std::as_const(sofar))
        listed.insert(signal.fingerprint);
    const int present = static_cast<int>(sofar.size());
    if (m_target.kind == PollTarget::Kind::PagerDuty) {
        QList<Alert> missing;
        for (const Alert& alert : std::as_const(m_open)) {
            if (!listed.contains(alert.fingerprint))
                missing.append(alert);
        }
        QList<Alert> suspects;
        const qsizetype count = missing.size();
        for (qsizetype i = 0; i < std::min<qsizetype>(count, kReadBackPerPoll); ++i)
            suspects.append(missing.at((m_readBackFrom + i) % count));
        m_readBackFrom = count > 0 ? (m_readBackFrom + kReadBackPerPoll) % count : 0;
        confirmResolved(suspects, sofar, present);
        return;
    }
    // Alertmanager lists every active alert at once: what this target listed last time and
    // leaves out now has ended. Only its own: the same source name is shared with other
    // Alertmanagers (HA peers, others' webhooks), whose alerts are theirs to end.
    QList<AlertSignal> delivery = sofar;
    for (const AlertSignal& before : std::as_const(m_lastListed)) {
        if (!listed.contains(before.fingerprint))
            delivery.append(endedAt(before, m_clock->nowUtc()));
    }
    m_listing = sofar;
    store(delivery, present);
}

void AlertPoller::confirmResolved(QList<Alert> suspects, QList<AlertSignal> delivery, int present)
{
    if (suspects.isEmpty()) {
        store(delivery, present);
        return;
    }
    const Alert suspect = suspects.takeFirst();
    QNetworkReply* reply = m_network->get(request(
        QStringLiteral("/incidents/%1").arg(QString::fromUtf8(QUrl::toPercentEncoding(suspect.fingerprint))),
        {}));
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, suspect, present, suspects = std::move(suspects),
            delivery = std::move(delivery)]() mutable {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QJsonObject incident = QJsonDocument::fromJson(reply->readAll())
                                             .object()
                                             .value(QLatin1String("incident"))
                                             .toObject();
            // Only its own word ends it: a 404, an error or any other status leaves it as it is.
            if (status == 200
                && incident.value(QLatin1String("status")).toString() == QLatin1String("resolved")) {
                bool timeOk = true;
                QDateTime at
                    = AlertmanagerPayload::parseTime(incident.value(QLatin1String("resolved_at")), &timeOk);
                if (!at.isValid())
                    at = AlertmanagerPayload::parseTime(
                        incident.value(QLatin1String("last_status_change_at")), &timeOk);
                delivery.append(endedAt(signalOf(suspect), at.isValid() ? at : m_clock->nowUtc()));
            }
            confirmResolved(std::move(suspects), std::move(delivery), present);
        });
}

std::optional<QList<AlertSignal>> AlertPoller::parsePage(
    const QByteArray& body, bool* more, QString* error) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("The answer is not JSON: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    QList<AlertSignal> alerts;
    if (m_target.kind == PollTarget::Kind::PagerDuty) {
        const QJsonObject root = document.object();
        if (!root.value(QLatin1String("incidents")).isArray()) {
            *error = tr("The answer has no \"incidents\" array.");
            return std::nullopt;
        }
        *more = root.value(QLatin1String("more")).toBool();
        for (const QJsonValue& value : root.value(QLatin1String("incidents")).toArray()) {
            const QJsonObject incident = value.toObject();
            AlertSignal signal = PagerDutyPayload::incidentSignal(incident, source());
            if (incident.value(QLatin1String("status")).toString() == QLatin1String("acknowledged"))
                signal.action = AlertSignal::Action::Acknowledge;
            alerts.append(signal);
        }
        return alerts;
    }
    // Alertmanager's API v2 answers a list of alerts in the webhook's shape, minus per-alert status words.
    if (!document.isArray()) {
        *error = tr("The answer is not a list of alerts; is this Alertmanager's API v2?");
        return std::nullopt;
    }
    QJsonArray firing;
    for (const QJsonValue& value : document.array()) {
        QJsonObject alert = value.toObject();
        alert.insert(QStringLiteral("status"), QStringLiteral("firing"));
        alert.remove(QStringLiteral("endsAt")); // when Alertmanager would consider it stale, not an end
        firing.append(alert);
    }
    const QByteArray payload
        = QJsonDocument(QJsonObject { { QStringLiteral("alerts"), firing } }).toJson(QJsonDocument::Compact);
    const std::optional<AlertmanagerPayload::Parsed> parsed
        = AlertmanagerPayload::parse(payload, source(), error);
    if (!parsed)
        return std::nullopt;
    return parsed->alerts;
}

void AlertPoller::store(const QList<AlertSignal>& delivery, int present)
{
    AlertDelivery batch;
    batch.alerts = delivery;
    batch.source = source();
    m_store->run<StoreResult<AlertIngestReport>>(
        this,
        [batch, rules = m_rules->current()](
            IncidentStore& store) { return store.intake().ingestAlertDeliveries({ batch }, rules).first(); },
        [this, present](const StoreResult<AlertIngestReport>& report) {
            m_busy = false;
            if (!report) {
                failed(report.error());
                return;
            }
            m_store->lookForChanges();
            m_lastListed.clear();
            for (const AlertSignal& signal : std::as_const(m_listing))
                m_lastListed.insert(signal.fingerprint, signal);
            m_state.lastSuccess = m_clock->nowUtc();
            m_state.lastError.clear();
            m_state.consecutiveFailures = 0;
            m_state.alertsOpen = present;
            scheduleNext();
        });
}

void AlertPoller::failed(QString error)
{
    // Qt's own messages quote the URL, password and all.
    for (const QUrl::ComponentFormattingOption form : { QUrl::FullyDecoded, QUrl::FullyEncoded }) {
        const QString password = m_target.url.password(form);
        if (!password.isEmpty())
            error.replace(password, QStringLiteral("***"));
    }
    m_state.lastError = error;
    m_state.lastAttempt = m_clock->nowUtc();
    ++m_state.consecutiveFailures;
    scheduleNext();
}

void AlertPoller::scheduleNext()
{
    const int delay = delaySeconds(m_target.intervalSeconds, m_state.consecutiveFailures);
    m_state.nextPoll = m_clock->nowUtc().addSecs(delay);
    m_timer.start(delay * 1000);
    Q_EMIT stateChanged();
}
