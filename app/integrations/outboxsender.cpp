#include "app/integrations/outboxsender.h"

#include "app/integrations/outboundcredentials.h"
#include "app/integrations/privatetransport.h"
#include "app/webhooks/alertmanagerpayload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace {
constexpr int kQueuedPerRound = 500;
constexpr int kDuePerRound = 50;
constexpr int kRequestTimeoutMs = 15000; // PagerDuty asks for an answer within 5 s of us, too
// How long a claimed message is ours: well past a request's timeout, so that it
// is recorded before another console may take it; short enough that a console
// that died with messages claimed holds them up for a minute at most.
constexpr int kClaimLeaseSeconds = 60;
// How far another service's clock may be from ours when its times are compared with ours.
constexpr int kClockMarginSeconds = 10 * 60;
constexpr qsizetype kReasonLimit = 500;

QString paceKey(const OutboxMessage& message)
{
    return message.channel + QLatin1Char('/') + message.target;
}

// The service's own words for a refusal: PagerDuty's {"message", "errors"},
// Statuspage's {"error": text or list}, Slack's plain text.
QString serviceReason(int status, const QByteArray& body)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    QString reason = json.value(QLatin1String("message")).toString();
    QStringList errors;
    for (const QJsonValue& error : json.value(QLatin1String("errors")).toArray())
        errors.append(error.toString());
    if (const QJsonValue error = json.value(QLatin1String("error")); error.isString())
        errors.append(error.toString());
    for (const QJsonValue& error : json.value(QLatin1String("error")).toArray())
        errors.append(error.toString());
    if (!errors.isEmpty())
        reason += (reason.isEmpty() ? QString() : QStringLiteral(": ")) + errors.join(QLatin1String("; "));
    if (reason.isEmpty())
        reason = QString::fromUtf8(body.trimmed()).left(kReasonLimit);
    return reason.isEmpty() ? QStringLiteral("HTTP %1").arg(status)
                            : QStringLiteral("HTTP %1: %2").arg(status).arg(reason);
}

// Retry-After in seconds or as an HTTP date; -1 when absent or unreadable.
int retryAfterSeconds(const QNetworkReply* reply, const QDateTime& now)
{
    const QByteArray value = reply->rawHeader("Retry-After").trimmed();
    if (value.isEmpty())
        return -1;
    bool number = false;
    const int seconds = value.toInt(&number);
    if (number)
        return std::max(seconds, 0);
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    return at.isValid() ? static_cast<int>(std::max<qint64>(now.secsTo(at), 0)) : -1;
}
}

OutboxSender::Settings OutboxSender::Settings::from(
    OutboundConfig config, const QHash<QString, QByteArray>& keychain, const QString& keychainProblem)
{
    Settings settings;
    settings.config = std::move(config);
    bool anyRoutingKey = false;
    for (const QString& key : OutboundCredentials::keychainKeys()) {
        if (!keychain.contains(key))
            continue;
        settings.credentials.insert(key, keychain.value(key));
        anyRoutingKey = anyRoutingKey || key.startsWith(QLatin1String("pagerduty/"));
    }
    settings.keychainProblem = keychainProblem;
    settings.channels.pagerDuty = settings.config.pagerDuty.enabled && anyRoutingKey;
    settings.channels.slack = settings.config.slack.enabled
        && settings.credentials.contains(QLatin1String(OutboundCredentials::kSlackWebhookUrl));
    settings.channels.webhook = settings.config.webhook.enabled;
    settings.channels.statusPage = statusPageProblem(settings).isEmpty();
    return settings;
}

OutboxSender::OutboxSender(AsyncIncidentStore* store, Settings settings, QNetworkAccessManager* network,
    const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_settings(std::move(settings))
    , m_composer(m_settings.config, m_settings.channels)
    , m_network(network)
    , m_clock(clock)
    , m_name(SenderName::forThisRun())
    , m_senderName(m_name.text())
{
    connect(&m_rounds, &QTimer::timeout, this, &OutboxSender::round);
    m_soon.setSingleShot(true);
    connect(&m_soon, &QTimer::timeout, this, &OutboxSender::round);
}

void OutboxSender::start()
{
    m_rounds.start(m_settings.roundIntervalMs);
    round();
}

void OutboxSender::wake()
{
    if (!m_soon.isActive())
        m_soon.start(0);
}

QString OutboxSender::statusPageProblem(const Settings& settings)
{
    if (!settings.config.statusPage.enabled)
        return tr("Status page publishing is off in integrations.json.");
    if (!settings.keychainProblem.isEmpty())
        return settings.keychainProblem;
    QStringList missing;
    for (const char* key :
        { OutboundCredentials::kStatusPageApiKey, OutboundCredentials::kStatusPagePageId }) {
        if (settings.credentials.value(QLatin1String(key)).isEmpty())
            missing.append(QLatin1String(key));
    }
    if (missing.isEmpty())
        return {};
    return tr("No Statuspage credentials: set %1 in File → Credentials (or incident-console secret set …).")
        .arg(missing.join(tr(" and ")));
}

QByteArray OutboxSender::statusPageBody(const StatusPageUpdate& update, bool deliverNotifications)
{
    QJsonArray ids;
    QJsonObject statuses;
    for (const AffectedComponent& component : update.components) {
        if (component.statusPageId.isEmpty())
            continue; // named in the text only
        ids.append(component.statusPageId);
        statuses.insert(component.statusPageId, kComponentStatuses.key(component.status));
    }
    QJsonObject incident { { QStringLiteral("name"), update.title },
        { QStringLiteral("status"), kPublicStates.key(update.state) },
        { QStringLiteral("body"), update.body },
        { QStringLiteral("deliver_notifications"), deliverNotifications } };
    if (!ids.isEmpty()) {
        incident.insert(QStringLiteral("component_ids"), ids);
        incident.insert(QStringLiteral("components"), statuses);
    }
    return QJsonDocument(QJsonObject { { QStringLiteral("incident"), incident } })
        .toJson(QJsonDocument::Compact);
}

QStringList OutboxSender::channelStates() const
{
    const auto state = [this](const QString& name, bool enabled, bool on, const QString& fix) {
        if (on)
            return tr("%1: on").arg(name);
        if (!enabled)
            return tr("%1: off in integrations.json").arg(name);
        return tr("%1: off, %2")
            .arg(name, m_settings.keychainProblem.isEmpty() ? fix : m_settings.keychainProblem);
    };
    return { state(OutboxText::channelLabel(QStringLiteral("pagerduty")), m_settings.config.pagerDuty.enabled,
                 m_settings.channels.pagerDuty,
                 tr("no routing key in the keychain (incident-console secret set %1)")
                     .arg(OutboundCredentials::pagerDutyRoutingKey({}))),
        state(OutboxText::channelLabel(QStringLiteral("slack")), m_settings.config.slack.enabled,
            m_settings.channels.slack,
            tr("no webhook URL in the keychain (incident-console secret set %1)")
                .arg(QLatin1String(OutboundCredentials::kSlackWebhookUrl))),
        state(OutboxText::channelLabel(QStringLiteral("webhook")), m_settings.config.webhook.enabled,
            m_settings.channels.webhook, QString()),
        state(OutboxText::channelLabel(QStringLiteral("statuspage")), m_settings.config.statusPage.enabled,
            m_settings.channels.statusPage, statusPageProblem(m_settings)) };
}

void OutboxSender::round()
{
    if (m_roundRunning) {
        m_roundAgain = true;
        return;
    }
    m_roundRunning = true;
    struct Round {
        StoreResult<int> queued;
        StoreResult<QList<OutboxMessage>> due;
    };
    m_store->run<Round>(
        this,
        [composer = m_composer, name = m_name, sender = m_senderName](IncidentStore& store) {
            letGoOfTheDead(store, name);
            Round result { store.outbox().enqueueOutbound(
                               [&composer](const StoreChange& change) { return composer.compose(change); },
                               kQueuedPerRound),
                store.outbox().claimDueOutbound(sender, kClaimLeaseSeconds, kDuePerRound) };
            return result;
        },
        [this](const Round& result) {
            m_roundRunning = false;
            if (!result.queued)
                qWarning("The outbox could not take new messages: %s", qPrintable(result.queued.error()));
            else if (*result.queued > 0)
                Q_EMIT outboxChanged();
            if (result.due)
                sendDue(*result.due);
            else
                qWarning("The outbox could not be read: %s", qPrintable(result.due.error()));
            if (std::exchange(m_roundAgain, false) || (result.queued && *result.queued == kQueuedPerRound))
                wake();
        });
}

void OutboxSender::letGoOfTheDead(IncidentStore& store, const SenderName& self)
{
    // A console that crashed on this machine (this one's previous run, most often) holds
    // its messages no longer than it lives: they go now, not when the lease runs out.
    const StoreResult<QStringList> holders = store.outbox().outboundClaimHolders();
    if (!holders)
        return;
    for (const QString& holder : *holders) {
        if (self.knowsIsGone(SenderName::parse(holder)))
            store.outbox().letGoOutboundClaims(holder);
    }
}

int OutboxSender::spacingMs(const OutboxMessage& message) const
{
    if (message.channel == QLatin1String("pagerduty"))
        return m_settings.pagerDutySpacingMs;
    if (message.channel == QLatin1String("slack"))
        return m_settings.slackSpacingMs;
    if (message.channel == QLatin1String("statuspage"))
        return m_settings.statusPageSpacingMs;
    return 0;
}

void OutboxSender::sendDue(const QList<OutboxMessage>& due)
{
    int soonestMs = -1;
    for (const OutboxMessage& message : due) {
        if (m_inFlight.contains(message.id))
            continue;
        // One at a time per service and key, spaced to its limit; the rest wait their turn, in order.
        const QString key = paceKey(message);
        if (std::find(m_inFlight.cbegin(), m_inFlight.cend(), key) != m_inFlight.cend())
            continue; // its turn comes when the one in flight is recorded
        const auto last = m_lastSent.constFind(key);
        const qint64 sinceLast = last == m_lastSent.cend() || !last->isValid()
            ? std::numeric_limits<qint64>::max()
            : last->elapsed();
        if (sinceLast < spacingMs(message)) {
            const int wait = static_cast<int>(spacingMs(message) - sinceLast);
            soonestMs = soonestMs < 0 ? wait : std::min(soonestMs, wait);
            continue;
        }
        m_lastSent[key].start();
        send(message);
    }
    if (soonestMs >= 0)
        m_soon.start(soonestMs);
}

OutboxSender::Request OutboxSender::requestFor(const OutboxMessage& message) const
{
    Request request;
    const QHash<QString, QByteArray>& credentials = m_settings.credentials;
    if (message.channel == QLatin1String("pagerduty")) {
        // An escalation key not in the keychain falls back to the default one: better paged than not.
        QByteArray key = credentials.value(OutboundCredentials::pagerDutyRoutingKey(message.target));
        if (key.isEmpty())
            key = credentials.value(OutboundCredentials::pagerDutyRoutingKey({}));
        if (key.isEmpty()) {
            request.missing = tr("No PagerDuty routing key in the keychain (incident-console secret set %1).")
                                  .arg(OutboundCredentials::pagerDutyRoutingKey(message.target));
            return request;
        }
        QJsonObject event = QJsonDocument::fromJson(message.payload).object();
        event.insert(QStringLiteral("routing_key"), QString::fromUtf8(key));
        request.url = m_settings.config.pagerDuty.eventsUrl;
        request.body = QJsonDocument(event).toJson(QJsonDocument::Compact);
    } else if (message.channel == QLatin1String("slack")) {
        QUrl url(QString::fromUtf8(credentials.value(QLatin1String(OutboundCredentials::kSlackWebhookUrl))));
        if (!url.isValid() || url.isEmpty()) {
            request.missing = tr("No Slack webhook URL in the keychain (incident-console secret set %1).")
                                  .arg(QLatin1String(OutboundCredentials::kSlackWebhookUrl));
            return request;
        }
        if (const QUrl& base = m_settings.config.slack.baseUrl; !base.isEmpty()) {
            url.setScheme(base.scheme());
            url.setHost(base.host());
            url.setPort(base.port());
        }
        if (!keepsSecretsPrivate(url)) {
            request.missing
                = tr("The Slack webhook URL in the keychain (%1) is not https: sending to it would show it, "
                     "and with it the right to post, to the network.")
                      .arg(QLatin1String(OutboundCredentials::kSlackWebhookUrl));
            return request;
        }
        request.url = url;
        request.body = message.payload;
    } else if (message.channel == QLatin1String("statuspage")) {
        const QByteArray apiKey = credentials.value(QLatin1String(OutboundCredentials::kStatusPageApiKey));
        const QByteArray pageId = credentials.value(QLatin1String(OutboundCredentials::kStatusPagePageId));
        if (apiKey.isEmpty() || pageId.isEmpty()) {
            request.missing = statusPageProblem(m_settings);
            return request;
        }
        // The first update creates the Statuspage incident; later ones update the one it made.
        if (!message.remoteId.isEmpty())
            request.verb = QByteArrayLiteral("PATCH");
        request.url = statusPageIncidents(message.remoteId.isEmpty()
                ? QString()
                : QString::fromUtf8(QUrl::toPercentEncoding(message.remoteId)));
        request.authorization = QByteArrayLiteral("OAuth ") + apiKey;
        request.body = statusPageBody(
            StatusPageUpdate::fromJson(message.payload), m_settings.config.statusPage.deliverNotifications);
    } else if (message.channel == QLatin1String("webhook")) {
        request.url = m_settings.config.webhook.url;
        request.body = message.payload;
        if (request.url.isEmpty())
            request.missing = tr("No webhook URL in integrations.json.");
    } else {
        request.missing = tr("This console does not know the channel “%1”.").arg(message.channel);
    }
    return request;
}

void OutboxSender::send(const OutboxMessage& message)
{
    const Request request = requestFor(message);
    if (!request.missing.isEmpty()) {
        record(message, retryLater(message, request.missing));
        return;
    }
    const bool inDoubt = !message.claimedBy.isEmpty() && message.claimedBy != m_senderName;
    if (inDoubt && message.channel == QLatin1String("statuspage") && message.remoteId.isEmpty()) {
        findStatusPageIncident(message);
        return;
    }
    post(message, request);
}

QNetworkRequest OutboxSender::httpRequest(const Request& request)
{
    QNetworkRequest http(request.url);
    if (request.verb != "GET")
        http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    http.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("incident-console"));
    http.setTransferTimeout(kRequestTimeoutMs);
    if (!request.authorization.isEmpty())
        http.setRawHeader("Authorization", request.authorization);
    return http;
}

QUrl OutboxSender::statusPageIncidents(const QString& below) const
{
    const QByteArray pageId
        = m_settings.credentials.value(QLatin1String(OutboundCredentials::kStatusPagePageId));
    QUrl url = m_settings.config.statusPage.apiUrl;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    path += QStringLiteral("/pages/%1/incidents")
                .arg(QString::fromUtf8(QUrl::toPercentEncoding(QString::fromUtf8(pageId))));
    if (!below.isEmpty())
        path += QLatin1Char('/') + below;
    url.setPath(path, QUrl::TolerantMode);
    return url;
}

void OutboxSender::findStatusPageIncident(const OutboxMessage& message)
{
    Request lookup;
    lookup.verb = QByteArrayLiteral("GET");
    lookup.url = statusPageIncidents(QStringLiteral("unresolved"));
    lookup.authorization = QByteArrayLiteral("OAuth ")
        + m_settings.credentials.value(QLatin1String(OutboundCredentials::kStatusPageApiKey));
    m_inFlight.insert(message.id, paceKey(message));
    QNetworkReply* reply = m_network->get(httpRequest(lookup));
    connect(reply, &QNetworkReply::finished, this, [this, message, reply] {
        reply->deleteLater();
        // Still in flight until what follows is recorded (record() lets go of it), so that a round
        // that claims it meanwhile does not send it a second time.
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200) {
            const QString error
                = status == 0 ? reply->errorString() : serviceReason(status, reply->readAll());
            record(message,
                retryLater(message,
                    tr("Could not check for the incident a console that stopped may have made: %1")
                        .arg(error)));
            return;
        }
        const QString name = StatusPageUpdate::fromJson(message.payload).title;
        // Statuspage's clock is not ours: a margin of minutes, within which an unresolved incident
        // of the same name is this one.
        const QDateTime since = message.createdAt.addSecs(-kClockMarginSeconds);
        for (const QJsonValue& value : QJsonDocument::fromJson(reply->readAll()).array()) {
            const QJsonObject incident = value.toObject();
            bool timeOk = true;
            const QDateTime created
                = AlertmanagerPayload::parseTime(incident.value(QLatin1String("created_at")), &timeOk);
            if (incident.value(QLatin1String("name")).toString() == name && created.isValid()
                && created >= since) {
                OutboundAttempt found;
                found.state = OutboxState::Delivered;
                found.remoteId = incident.value(QLatin1String("id")).toString();
                record(message, found);
                return;
            }
        }
        post(message, requestFor(message));
    });
}

void OutboxSender::post(const OutboxMessage& message, const Request& request)
{
    m_inFlight.insert(message.id, paceKey(message));
    QNetworkReply* reply = m_network->sendCustomRequest(httpRequest(request), request.verb, request.body);
    connect(reply, &QNetworkReply::finished, this, [this, message, reply] { finished(message, reply); });
}

void OutboxSender::finished(const OutboxMessage& message, QNetworkReply* reply)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    OutboundAttempt attempt;
    if (status >= 200 && status < 300) {
        attempt.state = OutboxState::Delivered;
        // The generic webhook mirrors every entry; "sent" for each would double the timeline.
        attempt.onTimeline = message.channel != QLatin1String("webhook");
        if (message.channel == QLatin1String("statuspage") && message.remoteId.isEmpty())
            attempt.remoteId = QJsonDocument::fromJson(body).object().value(QLatin1String("id")).toString();
    } else if (status == 0) {
        // No answer at all: offline, refused, timed out. The message waits.
        attempt = retryLater(message, reply->errorString());
    } else if (status == 408 || status == 429 || status >= 500) {
        attempt
            = retryLater(message, serviceReason(status, body), retryAfterSeconds(reply, m_clock->nowUtc()));
    } else {
        attempt.state = OutboxState::Failed;
        attempt.error = serviceReason(status, body);
    }
    record(message, attempt);
}

OutboundAttempt OutboxSender::retryLater(
    const OutboxMessage& message, const QString& error, int retryAfter) const
{
    OutboundAttempt attempt;
    attempt.state = OutboxState::Waiting;
    attempt.error = error;
    qint64 delayMs = m_settings.firstRetryMs;
    for (int i = 0; i < message.attempts && delayMs < m_settings.maxRetryMs; ++i)
        delayMs *= 2;
    delayMs = std::min<qint64>(delayMs, m_settings.maxRetryMs);
    if (retryAfter >= 0)
        delayMs = static_cast<qint64>(retryAfter) * 1000;
    attempt.nextAttemptAt = m_clock->nowUtc().addMSecs(delayMs);
    return attempt;
}

void OutboxSender::record(const OutboxMessage& message, OutboundAttempt attempt)
{
    attempt.sender = m_senderName;
    m_store->run<StoreResult<OutboxMessage>>(
        this,
        [id = message.id, attempt](
            IncidentStore& store) { return store.outbox().recordOutboundAttempt(id, attempt); },
        [this, id = message.id](const StoreResult<OutboxMessage>& recorded) {
            m_inFlight.remove(id);
            if (!recorded)
                qWarning("An outbox attempt could not be recorded: %s", qPrintable(recorded.error()));
            Q_EMIT outboxChanged();
            wake(); // the next message to the same service may be waiting on this one
        });
}
