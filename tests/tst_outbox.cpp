// The outbox: messages composed in the documented PagerDuty Events v2, Slack
// and webhook formats; queued once per change in the store; sent to a real
// local HTTP server that answers as the services do: delivered once, retried
// on 500 and 429 (after its Retry-After), failed for good on 400 with the
// service's reason, and still delivered after a restart with the service down.
#include "app/http/httpserver.h"
#include "app/integrations/outboundcomposer.h"
#include "app/integrations/outboundcredentials.h"
#include "app/integrations/outboxsender.h"
#include "app/integrations/pollingconfig.h"
#include "app/integrations/sendername.h"
#include "models/itemmodels/outboxlistmodel.h"
#include "models/rules/alertrules.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

namespace {
// Answers as a scripted list for the path says, then 202 Accepted; keeps what it was sent and when.
class FakeService final : public ImmediateRequestHandler {
public:
    struct Received {
        HttpRequest request;
        qint64 atMs;
        QJsonObject json() const { return QJsonDocument::fromJson(request.body).object(); }
    };
    HttpResponse handle(const HttpRequest& request) override
    {
        m_received.append({ request, m_clock.elapsed() });
        if (QList<HttpResponse>& answers = script[request.path]; !answers.isEmpty())
            return answers.takeFirst();
        return HttpResponse::json(
            202, QJsonDocument(QJsonObject { { QStringLiteral("status"), QStringLiteral("success") } }));
    }
    QList<Received> receivedAt(const QString& path) const
    {
        QList<Received> matching;
        for (const Received& received : m_received) {
            if (received.request.path == path)
                matching.append(received);
        }
        return matching;
    }

    QHash<QString, QList<HttpResponse>> script; // by path

private:
    QList<Received> m_received;
    QElapsedTimer m_clock = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
};

const QString kEventsPath = QStringLiteral("/v2/enqueue");
const QString kSlackPath = QStringLiteral("/services/T000/B000/XXXXXXXX");
const QByteArray kRoutingKey = "R0UT1NGKEY00000000000000000000AB";

StoreChange changeOf(const Incident& incident, TimelineKind kind, const QString& from, const QString& to,
    const QString& author = QStringLiteral("Ana Lima"), const QString& origin = {})
{
    TimelineEntry entry;
    entry.id = 1;
    entry.incidentId = incident.id;
    entry.at = QDateTime(QDate(2026, 11, 23), QTime(9, 5), Qt::UTC);
    entry.author = author;
    entry.kind = kind;
    entry.oldValue = from;
    entry.newValue = to;
    entry.body = kind == TimelineKind::Declared ? incident.title : QString();
    entry.origin = origin;
    return { incident, entry, kind == TimelineKind::Declared };
}

// The fake service listening on loopback (any free port, or the one given).
struct LocalService {
    FakeService service;
    HttpServer server { &service, HttpLimits {} };
    bool listen(quint16 port = 0)
    {
        QString error;
        if (server.listen(QHostAddress::LocalHost, port, &error))
            return true;
        qWarning("%s", qPrintable(error));
        return false;
    }
};

// What the console runs to send its outbox: the store on its thread and the sender.
struct SendingConsole {
    SendingConsole(const QString& db, const OutboxSender::Settings& settings)
        : store(TestSupport::openAsyncStore(db, SystemClock::instance()))
        , sender(store.get(), settings, &network, SystemClock::instance())
    {
        sender.start();
        QTest::qWait(300); // the first round places the outbox's cursor at the newest change
    }
    // Another writer committed: look now, as the console does when its store announces a change.
    void nudge()
    {
        store->lookForChanges();
        sender.wake();
    }
    std::unique_ptr<AsyncIncidentStore> store;
    QNetworkAccessManager network;
    OutboxSender sender;
};
}

class TestOutbox : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void composerFollowsTheDocumentedFormats();
    void routingPicksTheEscalationKey();
    void secretsTravelOnlyOverHttpsOrStayOnThisMachine();
    void eachChangeIsQueuedOnce();
    void senderDeliversRetriesAndFails();
    void restartWithTheServiceDownStillDelivers();
    void messagesToOneServiceArePaced();
    void statusPageIsCreatedThenUpdated();
    void statusPageNeedsItsCredentials();
    void listModelShowsStatesAndFollowsChanges();
    void pagerDutysOwnIncidentsAreNotPagedBack();
    void pageKeysAreUniquePerDatabase();
    void aResolveNeverOvertakesItsTrigger();
    void twoConsolesSendEachMessageOnce();
    void pruningTheChangeLogNeverSkipsTheOutbox();
    void aStatusPageIncidentIsNotMadeTwice();
    void aLapsedSenderCannotTakeAMessageBack();
    void aDeadRunsClaimsEndWithIt();

private:
    OutboxSender::Settings settings(quint16 port) const;
    QList<OutboxMessage> outbox(IncidentStore& store) const { return *store.outbox().outboxMessages(100); }

    std::unique_ptr<TestSupport::TestDatabase> m_database;
    QString m_db;
};

void TestOutbox::statusPageIsCreatedThenUpdated()
{
    LocalService local;
    QVERIFY(local.listen());
    const QString created = QStringLiteral("/v1/pages/pg1/incidents");
    const QString updated = QStringLiteral("/v1/pages/pg1/incidents/sp-inc-1");
    // Statuspage answers a create with the incident it made; the third update is refused.
    local.service.script[created] = { HttpResponse::json(201,
        QJsonDocument(QJsonObject { { QStringLiteral("id"), QStringLiteral("sp-inc-1") },
            { QStringLiteral("status"), QStringLiteral("investigating") } })) };
    local.service.script[updated]
        = { HttpResponse::json(
                200, QJsonDocument(QJsonObject { { QStringLiteral("id"), QStringLiteral("sp-inc-1") } })),
              HttpResponse::json(422,
                  QJsonDocument(QJsonObject {
                      { QStringLiteral("error"), QStringLiteral("Component ids are invalid") } })) };
    OutboxSender::Settings sending = settings(local.server.port());
    sending.config.statusPage.apiUrl
        = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(local.server.port()));
    sending.credentials.insert(QLatin1String(OutboundCredentials::kStatusPageApiKey), "sp-key");
    sending.credentials.insert(QLatin1String(OutboundCredentials::kStatusPagePageId), "pg1");
    sending.channels.statusPage = OutboxSender::statusPageProblem(sending).isEmpty();
    QVERIFY(sending.channels.statusPage);
    sending.statusPageSpacingMs = 0;

    auto store = TestSupport::openStore(m_db, SystemClock::instance());
    const Incident incident = *store->incidents().declare(
        TestSupport::draft(QStringLiteral("Checkout down"), Severity::Sev1), QStringLiteral("ana"));
    SendingConsole console(m_db, sending);
    StatusPageUpdate update;
    update.incidentId = incident.id;
    update.title = QStringLiteral("Checkout unavailable");
    update.state = PublicState::Investigating;
    update.components
        = { { QStringLiteral("Checkout"), QStringLiteral("cmp-checkout"), ComponentStatus::MajorOutage },
              { QStringLiteral("Search"), QString(), ComponentStatus::DegradedPerformance } };
    update.body = QStringLiteral("We are investigating failed card payments.");
    QVERIFY(store->communication().postStatusPageUpdate(update, true, QStringLiteral("rui")));
    // Two updates queued at once still go in order: the second waits for the first's incident id.
    update.state = PublicState::Identified;
    update.body = QStringLiteral("We found the cause.");
    QVERIFY(store->communication().postStatusPageUpdate(update, true, QStringLiteral("rui")));
    console.nudge();

    QTRY_COMPARE_WITH_TIMEOUT(local.service.receivedAt(updated).size(), 1, 10000);
    QCOMPARE(local.service.receivedAt(created).size(), 1);
    const FakeService::Received create = local.service.receivedAt(created).first();
    QCOMPARE(create.request.method, QByteArray("POST"));
    QCOMPARE(create.request.header("authorization"), QByteArray("OAuth sp-key"));
    const QJsonObject body = create.json().value(QLatin1String("incident")).toObject();
    QCOMPARE(body.value(QLatin1String("name")).toString(), QStringLiteral("Checkout unavailable"));
    QCOMPARE(body.value(QLatin1String("status")).toString(), QStringLiteral("investigating"));
    QCOMPARE(body.value(QLatin1String("body")).toString(),
        QStringLiteral("We are investigating failed card payments."));
    QCOMPARE(body.value(QLatin1String("deliver_notifications")).toBool(), true);
    // Only components with a Statuspage id go to Statuspage; the others are named in the text.
    QCOMPARE(body.value(QLatin1String("component_ids")).toArray(),
        (QJsonArray { QStringLiteral("cmp-checkout") }));
    QCOMPARE(body.value(QLatin1String("components")).toObject(),
        (QJsonObject { { QStringLiteral("cmp-checkout"), QStringLiteral("major_outage") } }));
    const FakeService::Received patch = local.service.receivedAt(updated).first();
    QCOMPARE(patch.request.method, QByteArray("PATCH"));
    QCOMPARE(
        patch.json().value(QLatin1String("incident")).toObject().value(QLatin1String("status")).toString(),
        QStringLiteral("identified"));

    // A refusal: failed for good with Statuspage's reason, shown in the history; nothing is lost.
    update.state = PublicState::Monitoring;
    QVERIFY(store->communication().postStatusPageUpdate(update, true, QStringLiteral("rui")));
    console.nudge();
    QTRY_COMPARE_WITH_TIMEOUT(
        store->communication().statusPageUpdates(incident.id)->first().delivery, OutboxState::Failed, 10000);
    const QList<StatusPageUpdate> history = *store->communication().statusPageUpdates(incident.id);
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.first().deliveryError, QStringLiteral("HTTP 422: Component ids are invalid"));
    QCOMPARE(history.at(1).delivery, OutboxState::Delivered);
    QCOMPARE(history.at(2).delivery, OutboxState::Delivered);
    QCOMPARE(store->communication().statusPageDraft(incident.id)->isEmpty(),
        true); // this test wrote no draft; posting made none either
}

void TestOutbox::statusPageNeedsItsCredentials()
{
    OutboxSender::Settings sending = OutboxSender::Settings::from(OutboundConfig::builtIn(), {}, {});
    QVERIFY(!sending.channels.statusPage);
    QVERIFY(OutboxSender::statusPageProblem(sending).contains(QLatin1String("statuspage/api-key")));
    sending = OutboxSender::Settings::from(
        OutboundConfig::builtIn(), { { QStringLiteral("statuspage/api-key"), "k" } }, {});
    QVERIFY(OutboxSender::statusPageProblem(sending).contains(QLatin1String("statuspage/page-id")));
    QVERIFY(!OutboxSender::statusPageProblem(sending).contains(QLatin1String("statuspage/api-key")));
    sending = OutboxSender::Settings::from(OutboundConfig::builtIn(), {}, QStringLiteral("no keychain"));
    QCOMPARE(OutboxSender::statusPageProblem(sending), QStringLiteral("no keychain"));
    sending = OutboxSender::Settings::from(OutboundConfig::builtIn(),
        { { QStringLiteral("statuspage/api-key"), "k" }, { QStringLiteral("statuspage/page-id"), "p" } }, {});
    QVERIFY(sending.channels.statusPage);
}

void TestOutbox::init()
{
    m_database = std::make_unique<TestSupport::TestDatabase>();
    QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
    m_db = m_database->location();
}

OutboxSender::Settings TestOutbox::settings(quint16 port) const
{
    OutboundConfig config = OutboundConfig::builtIn();
    config.pagerDuty.eventsUrl = QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(kEventsPath));
    config.slack.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    const QHash<QString, QByteArray> keychain { { OutboundCredentials::pagerDutyRoutingKey({}), kRoutingKey },
        { QLatin1String(OutboundCredentials::kSlackWebhookUrl),
            "https://hooks.slack.com" + kSlackPath.toUtf8() } };
    // PagerDuty and Slack on (enabled, with their credentials); the webhook off, as shipped.
    OutboxSender::Settings settings = OutboxSender::Settings::from(config, keychain, {});
    settings.roundIntervalMs = 100;
    settings.firstRetryMs = 100;
    settings.pagerDutySpacingMs = 0;
    settings.slackSpacingMs = 0;
    return settings;
}

void TestOutbox::composerFollowsTheDocumentedFormats()
{
    Incident incident;
    incident.id = 7;
    incident.key = QStringLiteral("INC-2026-0007");
    incident.title = QStringLiteral("Checkout returns 502");
    incident.severity = Severity::Sev1;
    incident.service = QStringLiteral("checkout");
    incident.status = IncidentStatus::Triggered;
    incident.detectedAt = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
    incident.role(IncidentRole::Commander) = QStringLiteral("Ana Lima");
    const OutboundComposer composer(OutboundConfig::builtIn(), { true, true, true });

    const QList<OutboxMessage> declared
        = composer.compose(changeOf(incident, TimelineKind::Declared, {}, QStringLiteral("SEV1")));
    QCOMPARE(declared.size(), 3);
    QCOMPARE(declared.at(0).channel, QStringLiteral("webhook"));
    QCOMPARE(declared.at(1).channel, QStringLiteral("pagerduty"));
    QCOMPARE(declared.at(2).channel, QStringLiteral("slack"));

    // PagerDuty Events API v2: event_action, dedup_key, and payload's required summary, source, severity.
    const QJsonObject trigger = QJsonDocument::fromJson(declared.at(1).payload).object();
    QCOMPARE(trigger.value(QLatin1String("event_action")).toString(), QStringLiteral("trigger"));
    QCOMPARE(trigger.value(QLatin1String("dedup_key")).toString(), incident.key);
    QVERIFY(!trigger.contains(QLatin1String("routing_key"))); // added from the keychain as it is sent
    const QJsonObject payload = trigger.value(QLatin1String("payload")).toObject();
    QCOMPARE(
        payload.value(QLatin1String("summary")).toString(), QStringLiteral("[SEV1] Checkout returns 502"));
    QCOMPARE(payload.value(QLatin1String("source")).toString(), QStringLiteral("checkout"));
    QCOMPARE(payload.value(QLatin1String("severity")).toString(), QStringLiteral("critical"));
    QCOMPARE(
        payload.value(QLatin1String("timestamp")).toString(), QStringLiteral("2026-11-23T09:00:00.000Z"));
    QCOMPARE(payload.value(QLatin1String("custom_details"))
                 .toObject()
                 .value(QLatin1String("commander"))
                 .toString(),
        QStringLiteral("Ana Lima"));

    // Slack: a fallback text and Block Kit blocks (header, section with fields, context).
    const QJsonObject slack = QJsonDocument::fromJson(declared.at(2).payload).object();
    QVERIFY(slack.value(QLatin1String("text")).toString().contains(incident.title));
    const QJsonArray blocks = slack.value(QLatin1String("blocks")).toArray();
    QCOMPARE(blocks.size(), 3);
    QCOMPARE(blocks.at(0).toObject().value(QLatin1String("type")).toString(), QStringLiteral("header"));
    QCOMPARE(blocks.at(0)
                 .toObject()
                 .value(QLatin1String("text"))
                 .toObject()
                 .value(QLatin1String("type"))
                 .toString(),
        QStringLiteral("plain_text"));
    QCOMPARE(blocks.at(1).toObject().value(QLatin1String("fields")).toArray().size(), 4);
    QCOMPARE(blocks.at(2).toObject().value(QLatin1String("type")).toString(), QStringLiteral("context"));

    // What the incident says reaches Slack as text: no <!channel>, no disguised link.
    Incident hostile = incident;
    hostile.title = QStringLiteral("<!channel> DB down, see <https://evil.example|runbook>");
    hostile.service = QStringLiteral("a & <b>");
    QJsonObject posted = QJsonDocument::fromJson(
        composer.compose(changeOf(hostile, TimelineKind::Declared, {}, QStringLiteral("SEV1"))).at(2).payload)
                             .object();
    // The header is plain_text, which Slack never reads as controls; everything else is mrkdwn.
    QJsonArray postedBlocks = posted.value(QLatin1String("blocks")).toArray();
    postedBlocks.removeFirst();
    posted.insert(QStringLiteral("blocks"), postedBlocks);
    const QByteArray formatted = QJsonDocument(posted).toJson();
    QVERIFY2(
        !formatted.contains("<!channel>") && !formatted.contains("<https://evil"), formatted.constData());
    QVERIFY(formatted.contains("&lt;!channel&gt;"));
    QVERIFY(formatted.contains("a &amp; &lt;b&gt;"));

    // The webhook gets the incident and the entry, named by a stable word.
    const QJsonObject webhook = QJsonDocument::fromJson(declared.at(0).payload).object();
    QCOMPARE(webhook.value(QLatin1String("event")).toString(), QStringLiteral("incident.declared"));
    QCOMPARE(webhook.value(QLatin1String("incident")).toObject().value(QLatin1String("id")).toString(),
        incident.key);

    // Acknowledge and resolve carry only the action and the dedup_key.
    const OutboundComposer paging(OutboundConfig::builtIn(), { true, true, false });
    incident.status = IncidentStatus::Acknowledged;
    const QList<OutboxMessage> acknowledged = paging.compose(changeOf(
        incident, TimelineKind::StatusChanged, QStringLiteral("triggered"), QStringLiteral("acknowledged")));
    QCOMPARE(acknowledged.size(), 2); // paged, and a status update in Slack
    QCOMPARE(acknowledged.at(1).event, QStringLiteral("update"));
    QCOMPARE(QJsonDocument::fromJson(acknowledged.first().payload).object(),
        (QJsonObject { { QStringLiteral("event_action"), QStringLiteral("acknowledge") },
            { QStringLiteral("dedup_key"), incident.key } }));
    incident.status = IncidentStatus::Resolved;
    const QList<OutboxMessage> resolved = paging.compose(changeOf(
        incident, TimelineKind::StatusChanged, QStringLiteral("monitoring"), QStringLiteral("resolved")));
    QCOMPARE(resolved.size(), 2);
    QCOMPARE(resolved.at(0).event, QStringLiteral("resolve"));
    QCOMPARE(resolved.at(1).event, QStringLiteral("resolved"));

    // An acknowledgement made in PagerDuty is not sent back there (Slack still hears of it).
    const QList<OutboxMessage> echoed = paging.compose(changeOf(incident, TimelineKind::StatusChanged,
        QStringLiteral("triggered"), QStringLiteral("acknowledged"), QStringLiteral("Bo Chen (pagerduty)"),
        QStringLiteral("pagerduty")));
    QCOMPARE(echoed.size(), 1);
    QCOMPARE(echoed.first().channel, QStringLiteral("slack"));
    // Where a change came from is a field, not a guess from the author: a person who calls
    // themselves "… (pagerduty)" here is paged as anyone else.
    const QList<OutboxMessage> typed = paging.compose(changeOf(incident, TimelineKind::StatusChanged,
        QStringLiteral("triggered"), QStringLiteral("acknowledged"), QStringLiteral("Bo Chen (pagerduty)")));
    QCOMPARE(typed.size(), 2);
    QCOMPARE(typed.first().channel, QStringLiteral("pagerduty"));
    // Below PagerDuty's minimum (SEV2 by default) nobody is paged; Slack still hears of it.
    incident.severity = Severity::Sev3;
    incident.status = IncidentStatus::Triggered;
    const QList<OutboxMessage> minor
        = paging.compose(changeOf(incident, TimelineKind::Declared, {}, QStringLiteral("SEV3")));
    QCOMPARE(minor.size(), 1);
    QCOMPARE(minor.first().channel, QStringLiteral("slack"));
    // Raised into paging range: paged then.
    incident.severity = Severity::Sev2;
    const QList<OutboxMessage> raised = paging.compose(
        changeOf(incident, TimelineKind::SeverityChanged, QStringLiteral("SEV3"), QStringLiteral("SEV2")));
    QCOMPARE(raised.size(), 2);
    QCOMPARE(raised.first().event, QStringLiteral("trigger"));
    // Notes and the outbox's own entries send nothing.
    QVERIFY(paging.compose(changeOf(incident, TimelineKind::Note, {}, {})).isEmpty());
    QVERIFY(
        paging.compose(changeOf(incident, TimelineKind::Notified, {}, QStringLiteral("trigger"))).isEmpty());
}

void TestOutbox::routingPicksTheEscalationKey()
{
    const OutboundConfig config = OutboundConfig::builtIn();
    Incident incident;
    incident.service = QStringLiteral("orders-database");
    QCOMPARE(config.routingKeyFor(incident), QStringLiteral("database"));
    incident.service = QStringLiteral("databases2"); // a word, not any text
    QCOMPARE(config.routingKeyFor(incident), QString());
    incident.type = IncidentType::Security;
    QCOMPARE(config.routingKeyFor(incident), QStringLiteral("security"));

    QString error;
    QVERIFY(
        !OutboundConfig::parse(R"({"pagerduty": {"routing": [{"service": "db", "key": "dba"}]}})", &error));
    QVERIFY2(error.contains(QLatin1String("database, platform, security")), qPrintable(error));
    QVERIFY(!OutboundConfig::parse(R"({"slack": {"minimumSeverity": "SEV9"}})", &error));
    QVERIFY(error.contains(QLatin1String("minimumSeverity")));
    QVERIFY(!OutboundConfig::parse("{\n\"webhook\": {\"enabled\": true,}\n}", &error));
    QVERIFY2(error.contains(QLatin1String("line 2")), qPrintable(error));
}

void TestOutbox::secretsTravelOnlyOverHttpsOrStayOnThisMachine()
{
    QString error;
    // A routing key, an API key or the Slack webhook (whose URL is its secret) never crosses a network in the
    // clear.
    for (const char* json : { "{\"pagerduty\": {\"eventsUrl\": \"http://events.pagerduty.com/v2/enqueue\"}}",
             "{\"slack\": {\"baseUrl\": \"http://hooks.example.net\"}}",
             "{\"statuspage\": {\"apiUrl\": \"http://api.statuspage.io/v1\"}}" }) {
        QVERIFY2(!OutboundConfig::parse(json, &error), json);
        QVERIFY2(error.contains(QLatin1String("https")), qPrintable(error));
    }
    // To this machine (a local stand-in or proxy), and over https, they may go; the webhook carries no
    // secret.
    for (const char* json : { "{\"pagerduty\": {\"eventsUrl\": \"http://127.0.0.1:8080/v2/enqueue\"}}",
             "{\"slack\": {\"baseUrl\": \"http://[::1]:8080\"}}",
             "{\"statuspage\": {\"apiUrl\": \"http://localhost:9/v1\"}}",
             "{\"pagerduty\": {\"eventsUrl\": \"https://events.eu.pagerduty.com/v2/enqueue\"}}",
             "{\"webhook\": {\"enabled\": true, \"url\": \"http://hooks.internal:8080/incidents\"}}" })
        QVERIFY2(OutboundConfig::parse(json, &error), qPrintable(error));
    // Polling: PagerDuty's API key, or an Alertmanager's password, only over https.
    QVERIFY(!PollingConfig::parse("{\"pagerduty\": {\"url\": \"http://api.pagerduty.com\"}}", &error));
    QVERIFY2(error.contains(QLatin1String("https")), qPrintable(error));
    QVERIFY(!PollingConfig::parse(
        "{\"alertmanager\": [{\"url\": \"http://ops:secret@am.example.net:9093\"}]}", &error));
    QVERIFY(PollingConfig::parse("{\"alertmanager\": [{\"url\": \"http://am.example.net:9093\"}]}", &error));

    // A Slack webhook URL in the keychain that is plain http is not posted to; the message says why.
    LocalService local;
    QVERIFY(local.listen());
    OutboxSender::Settings sending = settings(local.server.port());
    sending.config.slack.baseUrl = QUrl();
    sending.credentials.insert(QLatin1String(OutboundCredentials::kSlackWebhookUrl),
        "http://hooks.example.net" + kSlackPath.toUtf8());
    std::unique_ptr<IncidentStore> writer = TestSupport::openStore(m_db, SystemClock::instance());
    SendingConsole console(m_db, sending);
    QVERIFY(writer->incidents().declare(
        TestSupport::draft(QStringLiteral("Payments down"), Severity::Sev1, QStringLiteral("payments")),
        QStringLiteral("Ana Lima")));
    console.nudge();
    const auto slack = [&] {
        const QList<OutboxMessage> messages = outbox(*writer);
        const auto found = std::find_if(messages.cbegin(), messages.cend(),
            [](const OutboxMessage& message) { return message.channel == QLatin1String("slack"); });
        return found == messages.cend() ? OutboxMessage() : *found;
    };
    QTRY_VERIFY_WITH_TIMEOUT(slack().lastError.contains(QLatin1String("not https")), 10000);
    QCOMPARE(slack().state == OutboxState::Delivered, false);
    QTRY_COMPARE_WITH_TIMEOUT(
        local.service.receivedAt(kEventsPath).size(), 1, 10000); // PagerDuty's page went
}

void TestOutbox::eachChangeIsQueuedOnce()
{
    ManualClock clock;
    const OutboundComposer composer(OutboundConfig::builtIn(), { true, true, false });
    const auto compose = [&composer](const StoreChange& change) { return composer.compose(change); };
    {
        std::unique_ptr<IncidentStore> store = TestSupport::openStore(m_db, &clock);
        QVERIFY(store);
        // A new database's outbox starts at its beginning: an incident declared before it first looks is
        // sent.
        QVERIFY(store->incidents().declare(
            TestSupport::draft(QStringLiteral("In the first second"), Severity::Sev1),
            QStringLiteral("ana")));
        QCOMPARE(*store->outbox().enqueueOutbound(compose, 100), 2);
        // A database whose outbox has never looked (one from before the outbox): the first look
        // starts at the newest change, and its history is not sent.
        QString error;
        QVERIFY2(TestSupport::execRaw(m_db, QStringLiteral("DELETE FROM outbox"), &error), qPrintable(error));
        QVERIFY2(TestSupport::execRaw(m_db, QStringLiteral("DELETE FROM outbox_cursor"), &error),
            qPrintable(error));
        QVERIFY(store->incidents().declare(
            TestSupport::draft(QStringLiteral("Before the outbox"), Severity::Sev1), QStringLiteral("ana")));
        QCOMPARE(*store->outbox().enqueueOutbound(compose, 100), 0);
        const StoreResult<Incident> incident = store->incidents().declare(
            TestSupport::draft(QStringLiteral("Payments down"), Severity::Sev1), QStringLiteral("ana"));
        QVERIFY(incident);
        QCOMPARE(*store->outbox().enqueueOutbound(compose, 100), 2); // PagerDuty trigger and Slack
        QCOMPARE(*store->outbox().enqueueOutbound(compose, 100), 0);
        QVERIFY(store->incidents().changeStatus(
            incident->id, IncidentStatus::Acknowledged, QStringLiteral("ana")));
    }
    // After a restart the cursor is where it was: the acknowledgement (paged, and said in Slack), once.
    std::unique_ptr<IncidentStore> store = TestSupport::openStore(m_db, &clock);
    QCOMPARE(*store->outbox().enqueueOutbound(compose, 100), 2);
    QCOMPARE(*store->outbox().enqueueOutbound(compose, 100), 0);
    QList<OutboxMessage> messages = outbox(*store);
    QCOMPARE(messages.size(), 4);
    QCOMPARE(messages.at(1).event, QStringLiteral("acknowledge"));
    messages.removeFirst(); // the acknowledgement's Slack update plays no part below
    QCOMPARE(messages.at(2).event, QStringLiteral("trigger"));
    QCOMPARE(messages.at(2).incidentKey, QStringLiteral("INC-2026-0003"));

    // Due now, oldest first; only the first waiting message of an incident on a channel.
    const auto due = [&store] {
        return store->outbox().claimDueOutbound(QStringLiteral("this console"), 60, 10)->size();
    };
    QCOMPARE(due(), 2); // the first trigger and its Slack post; the acknowledgements wait behind them
    // A trigger to try again later holds back the acknowledgement behind it: never sent before it.
    OutboundAttempt later { OutboxState::Waiting, clock.nowUtc().addSecs(60), QStringLiteral("HTTP 503") };
    later.sender = QStringLiteral("this console");
    QVERIFY(store->outbox().recordOutboundAttempt(messages.at(2).id, later));
    QCOMPARE(due(), 1);
    clock.advance(61);
    QCOMPARE(due(), 2);
    // Delivered and failed are written on the incident's timeline.
    QVERIFY(store->outbox().recordOutboundAttempt(messages.at(2).id, { OutboxState::Delivered, {}, {} }));
    OutboundAttempt refused { OutboxState::Failed, {}, QStringLiteral("HTTP 404: no_service") };
    refused.sender = QStringLiteral("this console");
    QVERIFY(store->outbox().recordOutboundAttempt(messages.at(1).id, refused));
    const QList<TimelineEntry> timeline = *store->incidents().timeline(messages.at(2).incidentId, 0, 100);
    QCOMPARE(std::count_if(timeline.cbegin(), timeline.cend(),
                 [](const TimelineEntry& entry) { return entry.kind == TimelineKind::Notified; }),
        2);
    QCOMPARE(timeline.constLast().body, QStringLiteral("HTTP 404: no_service"));
    const QList<OutboxMessage> after = outbox(*store);
    QCOMPARE(after.at(3).state, OutboxState::Delivered);
    QCOMPARE(after.at(3).attempts, 2);
    // A delivered message is not sent again, a failed one can be (ahead of the Slack post made after it).
    QCOMPARE(
        due(), 2); // the acknowledgement, and the Slack update now that the failed post is out of its way
    QVERIFY(!store->outbox().retryOutboundNow(after.at(3).id));
    QVERIFY(store->outbox().retryOutboundNow(after.at(2).id));
    QCOMPARE(due(), 2);
    const QList<OutboxMessage> claimed
        = *store->outbox().claimDueOutbound(QStringLiteral("this console"), 60, 10);
    QCOMPARE(claimed.first().id, after.at(2).id);
}

void TestOutbox::senderDeliversRetriesAndFails()
{
    LocalService local;
    QVERIFY(local.listen());
    FakeService& service = local.service;
    std::unique_ptr<IncidentStore> writer = TestSupport::openStore(m_db, SystemClock::instance());
    SendingConsole console(m_db, settings(local.server.port()));

    // PagerDuty answers 500, then 429 with Retry-After: 1, then takes it.
    HttpResponse busy
        = HttpResponse::error(429, QStringLiteral("throttled"), QStringLiteral("Too many events"));
    busy.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
    service.script[kEventsPath]
        = { HttpResponse::error(500, QStringLiteral("oops"), QStringLiteral("Internal error")), busy };
    const StoreResult<Incident> incident = writer->incidents().declare(
        TestSupport::draft(QStringLiteral("Payments down"), Severity::Sev1, QStringLiteral("payments")),
        QStringLiteral("Ana Lima"));
    QVERIFY(incident);
    console.nudge();
    QTRY_COMPARE_WITH_TIMEOUT(service.receivedAt(kEventsPath).size(), 3, 10000);
    QTRY_COMPARE(service.receivedAt(kSlackPath).size(), 1);
    const QList<FakeService::Received> events = service.receivedAt(kEventsPath);
    // Retry-After is honoured (1 s), the first retry is sooner (the backoff's 100 ms).
    QVERIFY2(events.at(2).atMs - events.at(1).atMs >= 950,
        qPrintable(QStringLiteral("%1 ms").arg(events.at(2).atMs - events.at(1).atMs)));
    const QJsonObject event = events.at(2).json();
    QCOMPARE(event.value(QLatin1String("routing_key")).toString(), QString::fromLatin1(kRoutingKey));
    QCOMPARE(event.value(QLatin1String("event_action")).toString(), QStringLiteral("trigger"));
    QCOMPARE(event.value(QLatin1String("dedup_key")).toString(), incident->pageKey);
    QCOMPARE(event.value(QLatin1String("payload")).toObject().value(QLatin1String("severity")).toString(),
        QStringLiteral("critical"));
    QVERIFY(events.at(2).request.hasJsonBody());
    QVERIFY(service.receivedAt(kSlackPath).first().json().value(QLatin1String("blocks")).isArray());

    QTRY_VERIFY([&] {
        const QList<OutboxMessage> messages = outbox(*writer);
        return messages.size() == 2 && messages.at(0).state == OutboxState::Delivered
            && messages.at(1).state == OutboxState::Delivered;
    }());
    const QList<OutboxMessage> delivered = outbox(*writer);
    const auto pagerDuty = std::find_if(delivered.cbegin(), delivered.cend(),
        [](const OutboxMessage& message) { return message.channel == QLatin1String("pagerduty"); });
    QCOMPARE(pagerDuty->attempts, 3);

    // A bad routing key: PagerDuty's 400, failed for good with its reason, not tried again.
    service.script[kEventsPath] = { HttpResponse::json(400,
        QJsonDocument(QJsonObject { { QStringLiteral("status"), QStringLiteral("invalid event") },
            { QStringLiteral("message"), QStringLiteral("Event object is invalid") },
            { QStringLiteral("errors"), QJsonArray { QStringLiteral("'routing_key' is invalid") } } })) };
    QVERIFY(writer->incidents().changeStatus(
        incident->id, IncidentStatus::Acknowledged, QStringLiteral("Ana Lima")));
    console.nudge();
    QTRY_COMPARE_WITH_TIMEOUT(service.receivedAt(kEventsPath).size(), 4, 10000);
    const auto acknowledgement = [&] {
        const QList<OutboxMessage> messages = outbox(*writer);
        return *std::find_if(messages.cbegin(), messages.cend(),
            [](const OutboxMessage& message) { return message.event == QLatin1String("acknowledge"); });
    };
    QTRY_COMPARE(acknowledgement().state, OutboxState::Failed);
    QVERIFY(acknowledgement().lastError.contains(QLatin1String("'routing_key' is invalid")));
    QCOMPARE(acknowledgement().attempts, 1);
    QTest::qWait(500);
    QCOMPARE(service.receivedAt(kEventsPath).size(), 4);
    const QList<TimelineEntry> timeline = *writer->incidents().timeline(incident->id, 0, 100);
    QVERIFY(std::any_of(timeline.cbegin(), timeline.cend(), [](const TimelineEntry& entry) {
        return entry.kind == TimelineKind::Notified && entry.body.contains(QLatin1String("routing_key"));
    }));
}

void TestOutbox::restartWithTheServiceDownStillDelivers()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close(); // nobody listens there yet: the service is down
    std::unique_ptr<IncidentStore> writer = TestSupport::openStore(m_db, SystemClock::instance());
    {
        SendingConsole console(m_db, settings(port));
        QVERIFY(writer->incidents().declare(
            TestSupport::draft(QStringLiteral("Queue backlog"), Severity::Sev2), QStringLiteral("ana")));
        console.nudge();
        QTRY_VERIFY(!outbox(*writer).isEmpty() && outbox(*writer).first().attempts > 0);
        QCOMPARE(outbox(*writer).first().state, OutboxState::Waiting);
        QVERIFY(!outbox(*writer).first().lastError.isEmpty());
    } // the console quits with the messages still waiting

    LocalService local;
    QVERIFY(local.listen(port));
    const FakeService& service = local.service;
    SendingConsole console(m_db, settings(port));
    QTRY_COMPARE_WITH_TIMEOUT(service.receivedAt(kEventsPath).size(), 1, 10000);
    QTRY_COMPARE(service.receivedAt(kSlackPath).size(), 1);
    QTRY_VERIFY([&] {
        const QList<OutboxMessage> messages = outbox(*writer);
        return std::all_of(messages.cbegin(), messages.cend(),
            [](const OutboxMessage& message) { return message.state == OutboxState::Delivered; });
    }());
    QTest::qWait(500);
    QCOMPARE(service.receivedAt(kEventsPath).size(), 1); // once
}

void TestOutbox::messagesToOneServiceArePaced()
{
    LocalService local;
    QVERIFY(local.listen());
    const FakeService& service = local.service;
    std::unique_ptr<IncidentStore> writer = TestSupport::openStore(m_db, SystemClock::instance());
    OutboxSender::Settings paced = settings(local.server.port());
    paced.slackSpacingMs = 300; // Slack's real limit is one a second; shorter here to keep the test quick
    SendingConsole console(m_db, paced);
    for (int i = 0; i < 4; ++i)
        QVERIFY(writer->incidents().declare(
            TestSupport::draft(QStringLiteral("Storm %1").arg(i), Severity::Sev3), QStringLiteral("ana")));
    console.nudge();
    QTRY_COMPARE_WITH_TIMEOUT(service.receivedAt(kSlackPath).size(), 4, 10000);
    const QList<FakeService::Received> posts = service.receivedAt(kSlackPath);
    for (qsizetype i = 1; i < posts.size(); ++i)
        QVERIFY2(posts.at(i).atMs - posts.at(i - 1).atMs >= 290,
            qPrintable(QStringLiteral("%1 ms apart").arg(posts.at(i).atMs - posts.at(i - 1).atMs)));
    // In the order they were queued.
    for (qsizetype i = 0; i < posts.size(); ++i)
        QVERIFY(posts.at(i)
                    .json()
                    .value(QLatin1String("text"))
                    .toString()
                    .endsWith(QStringLiteral("Storm %1").arg(i)));
}

void TestOutbox::listModelShowsStatesAndFollowsChanges()
{
    OutboxListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto message = [](qint64 id, OutboxState state, int attempts, const QString& error = {}) {
        OutboxMessage m;
        m.id = id;
        m.channel = QStringLiteral("pagerduty");
        m.target = id == 2 ? QStringLiteral("database") : QString();
        m.incidentKey = QStringLiteral("INC-2026-000%1").arg(id);
        m.event = QStringLiteral("trigger");
        m.state = state;
        m.attempts = attempts;
        m.lastError = error;
        m.createdAt = m.nextAttemptAt = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
        return m;
    };
    model.setMessages({ message(2, OutboxState::Waiting, 1, QStringLiteral("HTTP 503")),
        message(1, OutboxState::Delivered, 1) });
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, OutboxListModel::ChannelColumn).data().toString(),
        QStringLiteral("PagerDuty (database)"));
    QCOMPARE(model.index(0, OutboxListModel::StateColumn).data().toString(), QStringLiteral("Waiting"));
    QCOMPARE(model.index(0, OutboxListModel::ErrorColumn).data().toString(), QStringLiteral("HTTP 503"));
    QVERIFY(model.index(0, 0).data(Qt::ForegroundRole).isValid()); // retrying: marked
    QVERIFY(!model.index(1, 0).data(Qt::ForegroundRole).isValid());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setMessages(
        { message(3, OutboxState::Waiting, 0), message(2, OutboxState::Failed, 2, QStringLiteral("HTTP 400")),
            message(1, OutboxState::Delivered, 1) });
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(changed.size(), 1); // only the message that changed
    QCOMPARE(model.index(1, OutboxListModel::StateColumn).data().toString(), QStringLiteral("Failed"));
    QCOMPARE(model.index(1, 0).data(OutboxListModel::MessageIdRole).toLongLong(), 2);
}

// An incident PagerDuty opened (its webhook or its poller) is declared here with
// PagerDuty as its origin; triggering it at PagerDuty again would page a second
// time, and with an account-wide webhook subscription, again and again.
void TestOutbox::pagerDutysOwnIncidentsAreNotPagedBack()
{
    ManualClock clock;
    std::unique_ptr<IncidentStore> store = TestSupport::openStore(m_db, &clock);
    QVERIFY(store);
    const OutboundComposer composer(OutboundConfig::builtIn(), { true, true, false });
    const auto compose = [&composer](const StoreChange& change) { return composer.compose(change); };
    QCOMPARE(*store->outbox().enqueueOutbound(compose, 100), 0); // the outbox starts here

    AlertSignal signal;
    signal.source = QStringLiteral("pagerduty");
    signal.name = QStringLiteral("Checkout 5xx above 5%");
    signal.fingerprint = QStringLiteral("Q2ZE4AV5UZ");
    signal.labels = { { QStringLiteral("alertname"), signal.name },
        { QStringLiteral("severity"), QStringLiteral("critical") } };
    signal.annotations = { { QStringLiteral("summary"), signal.name } };
    const StoreResult<AlertIngestReport> opened
        = store->intake().ingestAlerts({ signal }, AlertRules::defaults(SeverityPolicy::defaults()));
    QVERIFY2(opened, qPrintable(opened.error()));
    QCOMPARE(opened->incidentsOpened, 1);
    AlertSignal acknowledged = signal;
    acknowledged.action = AlertSignal::Action::Acknowledge;
    acknowledged.actor = QStringLiteral("Ana Lima");
    QVERIFY(store->intake().ingestAlerts({ acknowledged }, AlertRules::defaults(SeverityPolicy::defaults())));

    const Incident incident = *store->incidents().incidentByKey(opened->incidentKeys.first());
    QCOMPARE(incident.status, IncidentStatus::Acknowledged);
    const QList<TimelineEntry> fromPagerDuty = *store->incidents().timeline(incident.id, 0, 100);
    QVERIFY(fromPagerDuty.size() >= 3); // declared, the alert firing, acknowledged
    for (const TimelineEntry& entry : fromPagerDuty)
        QCOMPARE(entry.origin, QStringLiteral("pagerduty"));
    QVERIFY(*store->outbox().enqueueOutbound(compose, 100) > 0); // Slack hears of it
    // A person here resolves it: that goes to PagerDuty, and says where it came from (here).
    QVERIFY(store->incidents().changeStatus(
        incident.id, IncidentStatus::Resolved, QStringLiteral("Bo Chen (pagerduty)")));
    QVERIFY(*store->outbox().enqueueOutbound(compose, 100) > 0);
    QStringList pages;
    for (const OutboxMessage& message : outbox(*store)) {
        if (message.channel == QLatin1String("pagerduty"))
            pages.append(message.event);
    }
    QCOMPARE(pages, QStringList { QStringLiteral("resolve") });
    QCOMPARE(store->incidents().timeline(incident.id, 0, 100)->constLast().origin, QString());
}

// INC-2026-0001 exists in every database; as a dedup key it would let one
// console's resolve close another console's page at PagerDuty.
void TestOutbox::pageKeysAreUniquePerDatabase()
{
    const QString other = m_database->another();
    QString first;
    {
        std::unique_ptr<IncidentStore> a = TestSupport::openStore(m_db, SystemClock::instance());
        std::unique_ptr<IncidentStore> b = TestSupport::openStore(other, SystemClock::instance());
        const StoreResult<Incident> inA = a->incidents().declare(
            TestSupport::draft(QStringLiteral("Payments down")), QStringLiteral("ana"));
        const StoreResult<Incident> inB
            = b->incidents().declare(TestSupport::draft(QStringLiteral("Search slow")), QStringLiteral("bo"));
        QVERIFY(inA && inB);
        QCOMPARE(inA->key, inB->key);
        QVERIFY(inA->pageKey.startsWith(inA->key + QLatin1Char('@')));
        QVERIFY(inA->pageKey != inB->pageKey);
        first = inA->pageKey;
        const QJsonObject event
            = QJsonDocument::fromJson(OutboundComposer::pagerDutyEvent(QStringLiteral("resolve"), *inA))
                  .object();
        QCOMPARE(event.value(QLatin1String("dedup_key")).toString(), inA->pageKey);
    }
    // Stable: read back after a restart, and the same for the database's next incident's stem.
    std::unique_ptr<IncidentStore> reopened = TestSupport::openStore(m_db, SystemClock::instance());
    QCOMPARE(reopened->incidents().incidentByKey(first.section(QLatin1Char('@'), 0, 0))->pageKey, first);
    const StoreResult<Incident> second = reopened->incidents().declare(
        TestSupport::draft(QStringLiteral("Queue backlog")), QStringLiteral("ana"));
    QCOMPARE(second->pageKey.section(QLatin1Char('@'), 1), first.section(QLatin1Char('@'), 1));
}

// PagerDuty ignores a resolve for a dedup_key it has not seen: if the resolve
// overtook a trigger waiting for its retry, the page it then opened would stay open.
void TestOutbox::aResolveNeverOvertakesItsTrigger()
{
    LocalService local;
    QVERIFY(local.listen());
    FakeService& service = local.service;
    std::unique_ptr<IncidentStore> writer = TestSupport::openStore(m_db, SystemClock::instance());
    OutboxSender::Settings slowRetry = settings(local.server.port());
    slowRetry.firstRetryMs = 1500;
    SendingConsole console(m_db, slowRetry);
    service.script[kEventsPath]
        = { HttpResponse::error(503, QStringLiteral("busy"), QStringLiteral("Try again")) };
    const StoreResult<Incident> incident = writer->incidents().declare(
        TestSupport::draft(QStringLiteral("False alarm"), Severity::Sev1), QStringLiteral("ana"));
    QVERIFY(incident);
    console.nudge();
    QTRY_COMPARE_WITH_TIMEOUT(service.receivedAt(kEventsPath).size(), 1, 10000);
    QVERIFY(writer->incidents().changeStatus(incident->id, IncidentStatus::Resolved, QStringLiteral("ana")));
    console.nudge();
    QTRY_COMPARE_WITH_TIMEOUT(service.receivedAt(kEventsPath).size(), 3, 10000);
    QStringList actions;
    for (const FakeService::Received& received : service.receivedAt(kEventsPath))
        actions.append(received.json().value(QLatin1String("event_action")).toString());
    QCOMPARE(actions,
        (QStringList { QStringLiteral("trigger"), QStringLiteral("trigger"), QStringLiteral("resolve") }));
}

// Two consoles on one database both run an outbox sender: each message goes out once.
void TestOutbox::twoConsolesSendEachMessageOnce()
{
    LocalService local;
    QVERIFY(local.listen());
    const FakeService& service = local.service;
    std::unique_ptr<IncidentStore> writer = TestSupport::openStore(m_db, SystemClock::instance());
    SendingConsole first(m_db, settings(local.server.port()));
    SendingConsole second(m_db, settings(local.server.port()));
    constexpr int kIncidents = 12;
    for (int i = 0; i < kIncidents; ++i) {
        QVERIFY(writer->incidents().declare(
            TestSupport::draft(QStringLiteral("Storm %1").arg(i), Severity::Sev1), QStringLiteral("ana")));
        first.nudge();
        second.nudge();
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QList<OutboxMessage> messages = outbox(*writer);
            return messages.size() == 2 * kIncidents
                && std::all_of(messages.cbegin(), messages.cend(),
                    [](const OutboxMessage& message) { return message.state == OutboxState::Delivered; });
        }(),
        15000);
    QTest::qWait(500);
    QStringList keys;
    for (const FakeService::Received& received : service.receivedAt(kEventsPath))
        keys.append(received.json().value(QLatin1String("dedup_key")).toString());
    QCOMPARE(keys.size(), kIncidents);
    keys.removeDuplicates();
    QCOMPARE(keys.size(), kIncidents);
    QCOMPARE(service.receivedAt(kSlackPath).size(), kIncidents);
}

// A console opening the file keeps the change log to its last 100,000 rows; rows
// the outbox has not yet turned into messages are kept whatever their number.
void TestOutbox::pruningTheChangeLogNeverSkipsTheOutbox()
{
    const OutboundComposer composer(OutboundConfig::builtIn(), { true, true, false });
    const auto compose = [&composer](const StoreChange& change) { return composer.compose(change); };
    QString waiting;
    {
        std::unique_ptr<IncidentStore> store = TestSupport::openStore(m_db, SystemClock::instance());
        const StoreResult<Incident> busy = store->incidents().declare(
            TestSupport::draft(QStringLiteral("Busy incident")), QStringLiteral("ana"));
        QVERIFY(busy);
        QCOMPARE(*store->outbox().enqueueOutbound(compose, 100),
            2); // its own page and post; the outbox is past it
        const StoreResult<Incident> page = store->incidents().declare(
            TestSupport::draft(QStringLiteral("Nobody paged yet"), Severity::Sev1), QStringLiteral("ana"));
        QVERIFY(page);
        waiting = page->key;
        // Then, before the outbox looks again (the console was closed), a great many changes.
        QString error;
        QVERIFY2(TestSupport::execRaw(m_db,
                     QStringLiteral(
                         "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100010) "
                         "INSERT INTO change_log (incident_id, entry_id, created) SELECT %1, NULL, 0 FROM n")
                         .arg(busy->id),
                     &error),
            qPrintable(error));
    }
    std::unique_ptr<IncidentStore> reopened = TestSupport::openStore(m_db, SystemClock::instance()); // prunes
    QVERIFY(*reopened->outbox().enqueueOutbound(compose, 10) > 0);
    QStringList paged;
    for (const OutboxMessage& message : outbox(*reopened)) {
        if (message.incidentKey == waiting)
            paged.append(message.event);
    }
    QVERIFY2(paged.contains(QStringLiteral("trigger")), qPrintable(paged.join(QLatin1Char(','))));
    // Once the outbox has moved on, what lies behind it is pruned as before.
    for (int i = 0; i < 4; ++i)
        QVERIFY(reopened->outbox().enqueueOutbound(compose, 50000));
    QCOMPARE(
        TestSupport::firstNumber(m_db,
            QStringLiteral("SELECT (SELECT max(seq) FROM change_log) - (SELECT seq FROM outbox_cursor)")),
        0);
    reopened.reset();
    reopened = TestSupport::openStore(m_db, SystemClock::instance());
    QVERIFY(TestSupport::firstNumber(m_db, QStringLiteral("SELECT count(*) FROM change_log")) <= 100001);
}

// A console claimed a Statuspage create, sent it, and died before it recorded
// Statuspage's answer. The console that takes the message over must not make a
// second public incident: it finds the one made, and updates that one from then on.
void TestOutbox::aStatusPageIncidentIsNotMadeTwice()
{
    LocalService local;
    QVERIFY(local.listen());
    const QString incidents = QStringLiteral("/v1/pages/pg1/incidents");
    const QString unresolved = QStringLiteral("/v1/pages/pg1/incidents/unresolved");
    OutboxSender::Settings sending = settings(local.server.port());
    sending.config.statusPage.apiUrl
        = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(local.server.port()));
    sending.credentials.insert(QLatin1String(OutboundCredentials::kStatusPageApiKey), "sp-key");
    sending.credentials.insert(QLatin1String(OutboundCredentials::kStatusPagePageId), "pg1");
    sending.channels.statusPage = OutboxSender::statusPageProblem(sending).isEmpty();
    sending.statusPageSpacingMs = 0;

    auto store = TestSupport::openStore(m_db, SystemClock::instance());
    const Incident incident = *store->incidents().declare(
        TestSupport::draft(QStringLiteral("Checkout down"), Severity::Sev1), QStringLiteral("ana"));
    StatusPageUpdate update;
    update.incidentId = incident.id;
    update.title = QStringLiteral("Checkout unavailable");
    update.state = PublicState::Investigating;
    update.body = QStringLiteral("We are investigating failed card payments.");
    QVERIFY(store->communication().postStatusPageUpdate(update, true, QStringLiteral("rui")));
    // The console that died: its claim, already lapsed, and the incident its create made.
    QCOMPARE(store->outbox().claimDueOutbound(QStringLiteral("a console that died"), 0, 10)->size(), 1);
    const QString made = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    local.service.script[unresolved] = { HttpResponse::json(200,
        QJsonDocument(
            QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("older") },
                             { QStringLiteral("name"), update.title },
                             { QStringLiteral("created_at"), QStringLiteral("2026-01-02T03:04:05Z") } },
                QJsonObject { { QStringLiteral("id"), QStringLiteral("sp-inc-7") },
                    { QStringLiteral("name"), update.title }, { QStringLiteral("created_at"), made } } })) };

    SendingConsole console(m_db, sending);
    console.nudge();
    QTRY_COMPARE_WITH_TIMEOUT(store->communication().statusPageUpdates(incident.id)->first().delivery,
        OutboxState::Delivered, 10000);
    QCOMPARE(local.service.receivedAt(unresolved).size(), 1);
    QCOMPARE(local.service.receivedAt(incidents).size(), 0); // no second create
    // The next update goes to the incident found.
    update.state = PublicState::Identified;
    QVERIFY(store->communication().postStatusPageUpdate(update, true, QStringLiteral("rui")));
    console.nudge();
    QTRY_COMPARE_WITH_TIMEOUT(
        local.service.receivedAt(incidents + QStringLiteral("/sp-inc-7")).size(), 1, 10000);
    QCOMPARE(local.service.receivedAt(incidents + QStringLiteral("/sp-inc-7")).first().request.method,
        QByteArray("PATCH"));
}

// Console A's laptop slept through its request; its claim lapsed and console B
// took the message. A's late "try again later" must not take it back from B
// (and so have it sent a third time), nor may "Retry now" while B sends it.
void TestOutbox::aLapsedSenderCannotTakeAMessageBack()
{
    ManualClock clock;
    std::unique_ptr<IncidentStore> store = TestSupport::openStore(m_db, &clock);
    const OutboundComposer composer(OutboundConfig::builtIn(), { true, false, false });
    const auto compose = [&composer](const StoreChange& change) { return composer.compose(change); };
    QCOMPARE(*store->outbox().enqueueOutbound(compose, 100), 0);
    QVERIFY(store->incidents().declare(
        TestSupport::draft(QStringLiteral("Payments down"), Severity::Sev1), QStringLiteral("ana")));
    QCOMPARE(*store->outbox().enqueueOutbound(compose, 100), 1);
    const qint64 id = store->outbox().claimDueOutbound(QStringLiteral("console A"), 60, 10)->first().id;
    QVERIFY(store->outbox().claimDueOutbound(QStringLiteral("console B"), 60, 10)->isEmpty()); // A holds it
    clock.advance(61);
    const QList<OutboxMessage> taken = *store->outbox().claimDueOutbound(QStringLiteral("console B"), 60, 10);
    QCOMPARE(taken.size(), 1);
    QCOMPARE(taken.first().claimedBy, QStringLiteral("console A"));

    OutboundAttempt slept { OutboxState::Waiting, clock.nowUtc().addSecs(5), QStringLiteral("timed out") };
    slept.sender = QStringLiteral("console A");
    QVERIFY(store->outbox().recordOutboundAttempt(id, slept));
    OutboxMessage now = outbox(*store).first();
    QCOMPARE(now.attempts, 0);
    QCOMPARE(now.claimedBy, QStringLiteral("console B"));
    QVERIFY(!store->outbox().retryOutboundNow(id));
    OutboundAttempt delivered { OutboxState::Delivered, {}, {} };
    delivered.sender = QStringLiteral("console B");
    QVERIFY(store->outbox().recordOutboundAttempt(id, delivered));
    now = outbox(*store).first();
    QCOMPARE(now.state, OutboxState::Delivered);
    QCOMPARE(now.attempts, 1);
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"

// The console crashed with a page claimed, and was started again at once. Its new run
// must send the page now, not when the dead run's minute-long claim runs out; a
// claim of a sender that still runs on this machine (pid 1 here) is left alone.
void TestOutbox::aDeadRunsClaimsEndWithIt()
{
    LocalService local;
    QVERIFY(local.listen());
    std::unique_ptr<IncidentStore> store = TestSupport::openStore(m_db, SystemClock::instance());
    const OutboundComposer composer(OutboundConfig::builtIn(), { true, false, false });
    const auto compose = [&composer](const StoreChange& change) { return composer.compose(change); };
    QCOMPARE(*store->outbox().enqueueOutbound(compose, 100), 0);
    const Incident orphaned = *store->incidents().declare(
        TestSupport::draft(QStringLiteral("Payments down"), Severity::Sev1), QStringLiteral("ana"));
    const Incident held = *store->incidents().declare(
        TestSupport::draft(QStringLiteral("Search slow"), Severity::Sev1), QStringLiteral("ana"));
    QCOMPARE(*store->outbox().enqueueOutbound(compose, 100), 2);

    QProcess ended;
    ended.start(QStringLiteral("true"), {});
    QVERIFY(ended.waitForStarted());
    const qint64 endedPid = ended.processId();
    QVERIFY(ended.waitForFinished());
    const QString machine = SenderName::forThisRun().text().section(QLatin1Char('/'), 0, 0);
    const QString deadRun = QStringLiteral("%1/%2/earlier-run").arg(machine).arg(endedPid);
    const QString liveRun = QStringLiteral("%1/1/another-console").arg(machine);
    QCOMPARE(store->outbox().claimDueOutbound(deadRun, 60, 1)->size(), 1);
    QCOMPARE(store->outbox().claimDueOutbound(liveRun, 60, 1)->size(), 1);

    SendingConsole console(m_db, settings(local.server.port()));
    console.nudge();
    QTRY_COMPARE_WITH_TIMEOUT(local.service.receivedAt(kEventsPath).size(), 1, 10000);
    QCOMPARE(
        local.service.receivedAt(kEventsPath).first().json().value(QStringLiteral("dedup_key")).toString(),
        orphaned.pageKey);
    QTest::qWait(500);
    QCOMPARE(local.service.receivedAt(kEventsPath).size(), 1); // the live console's claim holds
    QCOMPARE(*store->outbox().outboundClaimHolders(), QStringList { liveRun });
    QCOMPARE(outbox(*store).first().incidentKey, held.key); // newest first: still waiting
    QCOMPARE(outbox(*store).first().state, OutboxState::Waiting);
}
