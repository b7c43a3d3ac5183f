// Polling where a webhook cannot reach the workstation: a real HTTP server on
// loopback stands in for Alertmanager's API v2 and PagerDuty's REST API.
#include "app/http/httpserver.h"
#include "app/integrations/alertpoller.h"
#include "app/integrations/pollingconfig.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
// Answers every request with whatever `answer` says, and remembers the requests.
class StandIn final : public ImmediateRequestHandler {
public:
    std::function<HttpResponse(const HttpRequest&)> answer;
    QList<HttpRequest> requests;

    HttpResponse handle(const HttpRequest& request) override
    {
        requests.append(request);
        return answer(request);
    }
};

QJsonObject amAlert(const QString& name, const QString& instance)
{
    return {
        { QStringLiteral("labels"),
            QJsonObject { { QStringLiteral("alertname"), name }, { QStringLiteral("instance"), instance },
                { QStringLiteral("severity"), QStringLiteral("warning") } } },
        { QStringLiteral("annotations"),
            QJsonObject { { QStringLiteral("summary"), name + QStringLiteral(" on ") + instance } } },
        { QStringLiteral("startsAt"), QStringLiteral("2026-11-23T08:00:00.000Z") },
        { QStringLiteral("endsAt"), QStringLiteral("2026-11-23T09:04:00.000Z") },
        { QStringLiteral("updatedAt"), QStringLiteral("2026-11-23T09:00:00.000Z") },
        { QStringLiteral("fingerprint"), name + instance },
        { QStringLiteral("generatorURL"), QStringLiteral("http://prometheus/graph") },
        { QStringLiteral("receivers"),
            QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("x") } } } },
        { QStringLiteral("status"),
            QJsonObject { { QStringLiteral("state"), QStringLiteral("active") },
                { QStringLiteral("silencedBy"), QJsonArray {} },
                { QStringLiteral("inhibitedBy"), QJsonArray {} } } },
    };
}

HttpResponse json(const QJsonDocument& document)
{
    return HttpResponse::json(200, document);
}
}

class TestPolling : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void configIsCheckedBeforeUse();
    void backoffDoublesUpToTenMinutes();
    void alertmanagerPollFiresAndResolves();
    void failuresAreShownAndBackOff();
    void pagerDutyPollSendsItsKeyAndFollowsPages();
    void pagerDutyResolvesOnlyOnItsOwnWord();

private:
    std::unique_ptr<AlertPoller> poller(PollTarget::Kind kind, const QByteArray& key = {});
    bool pollOnce(AlertPoller* poller);
    QList<Alert> alerts();

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock;
    std::unique_ptr<AsyncIncidentStore> m_store;
    StandIn m_standIn;
    std::unique_ptr<HttpServer> m_server;
    QNetworkAccessManager m_network;
};

void TestPolling::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = TestSupport::openAsyncStore(m_dir->filePath(QStringLiteral("poll.db")), &m_clock);
    QVERIFY(m_store);
    m_standIn.requests.clear();
    m_server = std::make_unique<HttpServer>(&m_standIn, HttpLimits {});
    QString error;
    QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
}

void TestPolling::cleanup()
{
    m_server.reset();
    m_store.reset();
}

std::unique_ptr<AlertPoller> TestPolling::poller(PollTarget::Kind kind, const QByteArray& key)
{
    PollTarget target;
    target.kind = kind;
    target.name = QStringLiteral("stand-in");
    // With a user and password in it, as for an Alertmanager behind basic authentication.
    target.url = QUrl(QStringLiteral("http://reader:s3cret-pass@127.0.0.1:%1/").arg(m_server->port()));
    target.intervalSeconds = 30;
    return std::make_unique<AlertPoller>(target, key, m_store.get(),
        std::make_shared<RulesInForce>(AlertRules::defaults(SeverityPolicy::defaults())), &m_network,
        &m_clock);
}

bool TestPolling::pollOnce(AlertPoller* poller)
{
    QSignalSpy changed(poller, &AlertPoller::stateChanged);
    poller->pollNow();
    return !changed.isEmpty() || changed.wait(10000); // a poll refused at once reports at once
}

QList<Alert> TestPolling::alerts()
{
    const auto store = TestSupport::openStore(m_dir->filePath(QStringLiteral("poll.db")), &m_clock);
    AlertQuery query;
    query.sort = { AlertSortKey::Name, Qt::AscendingOrder };
    return store ? *store->alerts().page(query, std::nullopt, 100) : QList<Alert> {};
}

void TestPolling::configIsCheckedBeforeUse()
{
    QString error;
    const auto targets = PollingConfig::parse(
        R"({"alertmanager": [{"name": "prod", "url": "http://am:9093", "intervalSeconds": 15}],
                                                  "pagerduty": {"intervalSeconds": 120}})",
        &error);
    QVERIFY2(targets, qPrintable(error));
    QCOMPARE(targets->size(), 2);
    QCOMPARE(targets->at(0).name, QStringLiteral("alertmanager prod"));
    QCOMPARE(targets->at(0).intervalSeconds, 15);
    QCOMPARE(targets->at(1).url, QUrl(QStringLiteral("https://api.pagerduty.com")));
    QVERIFY(!PollingConfig::parse("{\"alertmanager\": [{\"url\": \"ftp://x\"}]}", &error));
    QVERIFY(error.contains(QLatin1String("url")));
    QVERIFY(!PollingConfig::parse(
        "{\"alertmanager\": [{\"url\": \"http://x\", \"intervalSeconds\": 1}]}", &error));
    QVERIFY(error.contains(QLatin1String("intervalSeconds")));
    QVERIFY(!PollingConfig::parse("{\n\"alertmanager\": [,]}", &error));
    QVERIFY(error.contains(QLatin1String("line 2")));
}

void TestPolling::backoffDoublesUpToTenMinutes()
{
    QCOMPARE(AlertPoller::delaySeconds(30, 0), 30);
    QCOMPARE(AlertPoller::delaySeconds(30, 1), 60);
    QCOMPARE(AlertPoller::delaySeconds(30, 3), 240);
    QCOMPARE(AlertPoller::delaySeconds(30, 10), 600);
    QCOMPARE(AlertPoller::delaySeconds(900, 2), 900); // an interval above the cap stays the interval
}

void TestPolling::alertmanagerPollFiresAndResolves()
{
    QJsonArray listed { amAlert(QStringLiteral("DiskFilling"), QStringLiteral("db-1")),
        amAlert(QStringLiteral("HighLatency"), QStringLiteral("api-1")) };
    m_standIn.answer = [&listed](const HttpRequest&) { return json(QJsonDocument(listed)); };
    auto am = poller(PollTarget::Kind::Alertmanager);
    QVERIFY(pollOnce(am.get()));
    QCOMPARE(m_standIn.requests.last().path, QStringLiteral("/api/v2/alerts"));
    QCOMPARE(am->state().lastError, QString());
    QCOMPARE(am->state().lastSuccess, m_clock.nowUtc());
    QCOMPARE(am->state().alertsOpen, 2);
    QList<Alert> stored = alerts();
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0).source, QStringLiteral("alertmanager"));
    QCOMPARE(stored.at(0).status, AlertStatus::Firing);
    QVERIFY(!stored.at(0).endsAt.isValid()); // Alertmanager's endsAt of a firing alert is no end

    m_clock.advance(30);
    listed.removeLast(); // HighLatency stopped firing
    QVERIFY(pollOnce(am.get()));
    stored = alerts();
    QCOMPARE(stored.at(0).status, AlertStatus::Firing);
    QCOMPARE(stored.at(0).occurrences, 2);
    QCOMPARE(stored.at(1).status, AlertStatus::Resolved);
    QCOMPARE(stored.at(1).endsAt, m_clock.nowUtc());
}

void TestPolling::failuresAreShownAndBackOff()
{
    m_standIn.answer = [](const HttpRequest&) {
        return HttpResponse::error(500, QStringLiteral("boom"), QStringLiteral("down"));
    };
    auto am = poller(PollTarget::Kind::Alertmanager);
    QVERIFY(pollOnce(am.get()));
    QVERIFY2(am->state().lastError.contains(QLatin1String("500")), qPrintable(am->state().lastError));
    // What is shown of the target and its failure never holds its password.
    QVERIFY2(!am->state().lastError.contains(QLatin1String("s3cret")), qPrintable(am->state().lastError));
    QCOMPARE(am->state().url.password(), QString());
    QCOMPARE(am->state().url.userName(), QStringLiteral("reader"));
    QCOMPARE(am->state().consecutiveFailures, 1);
    QCOMPARE(am->state().nextPoll, m_clock.nowUtc().addSecs(60));
    QVERIFY(!am->state().lastSuccess.isValid());
    m_standIn.answer
        = [](const HttpRequest&) { return HttpResponse::json(200, QJsonDocument(QJsonObject {})); };
    QVERIFY(pollOnce(am.get()));
    QVERIFY(am->state().lastError.contains(QLatin1String("list of alerts")));
    QCOMPARE(am->state().nextPoll, m_clock.nowUtc().addSecs(120));

    // Without its key PagerDuty is not even asked.
    auto pd = poller(PollTarget::Kind::PagerDuty);
    const qsizetype asked = m_standIn.requests.size();
    QVERIFY(pollOnce(pd.get()));
    QVERIFY(pd->state().lastError.contains(QLatin1String("pagerduty/api-key")));
    QCOMPARE(m_standIn.requests.size(), asked);
}

void TestPolling::pagerDutyPollSendsItsKeyAndFollowsPages()
{
    const auto incident = [](const QString& id, const QString& status, const QString& priority) {
        return QJsonObject { { QStringLiteral("id"), id },
            { QStringLiteral("title"), QStringLiteral("Incident ") + id },
            { QStringLiteral("status"), status }, { QStringLiteral("urgency"), QStringLiteral("high") },
            { QStringLiteral("incident_number"), 7 },
            { QStringLiteral("priority"), QJsonObject { { QStringLiteral("summary"), priority } } },
            { QStringLiteral("service"),
                QJsonObject { { QStringLiteral("summary"), QStringLiteral("checkout") } } },
            { QStringLiteral("created_at"), QStringLiteral("2026-11-23T08:30:00Z") } };
    };
    m_standIn.answer = [&](const HttpRequest& request) {
        if (request.header("authorization") != "Token token=pd-key")
            return HttpResponse::error(401, QStringLiteral("unauthorized"), QStringLiteral("key"));
        const bool first = request.query.queryItemValue(QStringLiteral("offset")) == QLatin1String("0");
        const QJsonArray page = first
            ? QJsonArray { incident(QStringLiteral("PA"), QStringLiteral("triggered"), QStringLiteral("P1")) }
            : QJsonArray { incident(
                QStringLiteral("PB"), QStringLiteral("acknowledged"), QStringLiteral("P3")) };
        return json(QJsonDocument(
            QJsonObject { { QStringLiteral("incidents"), page }, { QStringLiteral("more"), first } }));
    };
    auto pd = poller(PollTarget::Kind::PagerDuty, "pd-key");
    QVERIFY(pollOnce(pd.get()));
    QCOMPARE(pd->state().lastError, QString());
    QCOMPARE(m_standIn.requests.size(), 2);
    QCOMPARE(m_standIn.requests.first().path, QStringLiteral("/incidents"));
    QCOMPARE(m_standIn.requests.first().query.allQueryItemValues(QStringLiteral("statuses[]")),
        (QStringList { QStringLiteral("triggered"), QStringLiteral("acknowledged") }));
    const QList<Alert> stored = alerts();
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0).fingerprint, QStringLiteral("PA"));
    QCOMPARE(stored.at(0).severity, Severity::Sev1);
    QCOMPARE(stored.at(0).source, QStringLiteral("pagerduty"));
    QCOMPARE(stored.at(1).status, AlertStatus::Acknowledged);
    QCOMPARE(stored.at(1).severity, Severity::Sev3);
}

// PagerDuty's list comes in pages that shift while they are read, and is cut
// at 50 of them: an incident missing from it may well be open. It is read back
// on its own, and only its own "resolved" (with its time) ends it here; also
// one that ended while the console was closed.
void TestPolling::pagerDutyResolvesOnlyOnItsOwnWord()
{
    const auto incident = [](const QString& id, const QString& status) {
        QJsonObject object { { QStringLiteral("id"), id },
            { QStringLiteral("title"), QStringLiteral("Incident ") + id },
            { QStringLiteral("status"), status }, { QStringLiteral("urgency"), QStringLiteral("high") },
            { QStringLiteral("created_at"), QStringLiteral("2026-11-23T08:30:00Z") } };
        if (status == QLatin1String("resolved"))
            object.insert(QStringLiteral("resolved_at"), QStringLiteral("2026-11-23T09:12:00Z"));
        return object;
    };
    QStringList listed { QStringLiteral("PA"), QStringLiteral("PB") };
    QString statusOfB = QStringLiteral("triggered");
    m_standIn.answer = [&](const HttpRequest& request) {
        if (request.path == QLatin1String("/incidents/PB"))
            return json(QJsonDocument(
                QJsonObject { { QStringLiteral("incident"), incident(QStringLiteral("PB"), statusOfB) } }));
        if (request.path != QLatin1String("/incidents"))
            return HttpResponse::error(404, QStringLiteral("not found"), request.path);
        QJsonArray page;
        for (const QString& id : std::as_const(listed))
            page.append(incident(id, QStringLiteral("triggered")));
        return json(QJsonDocument(
            QJsonObject { { QStringLiteral("incidents"), page }, { QStringLiteral("more"), false } }));
    };
    auto pd = poller(PollTarget::Kind::PagerDuty, "pd-key");
    QVERIFY(pollOnce(pd.get()));
    QCOMPARE(alerts().size(), 2);
    // PB slipped between two pages: left out of the list, still open when read back.
    listed.removeLast();
    m_clock.advance(60);
    QVERIFY(pollOnce(pd.get()));
    QCOMPARE(m_standIn.requests.last().path, QStringLiteral("/incidents/PB"));
    QCOMPARE(alerts().at(1).status, AlertStatus::Firing);
    // Now resolved at PagerDuty: ended here, at PagerDuty's time.
    statusOfB = QStringLiteral("resolved");
    m_clock.advance(60);
    QVERIFY(pollOnce(pd.get()));
    QCOMPARE(pd->state().lastError, QString());
    const QList<Alert> stored = alerts();
    QCOMPARE(stored.at(0).status, AlertStatus::Firing);
    QCOMPARE(stored.at(1).status, AlertStatus::Resolved);
    QCOMPARE(stored.at(1).endsAt, QDateTime(QDate(2026, 11, 23), QTime(9, 12), Qt::UTC));

    // PA is resolved at PagerDuty while the console is closed: the poller after the restart has
    // never listed it, but the store holds it open, and it is read back and ended.
    listed.clear();
    m_standIn.answer = [&](const HttpRequest& request) {
        if (request.path == QLatin1String("/incidents/PA"))
            return json(QJsonDocument(QJsonObject { { QStringLiteral("incident"),
                incident(QStringLiteral("PA"), QStringLiteral("resolved")) } }));
        return json(QJsonDocument(QJsonObject {
            { QStringLiteral("incidents"), QJsonArray {} }, { QStringLiteral("more"), false } }));
    };
    pd.reset();
    m_clock.advance(3600);
    auto restarted = poller(PollTarget::Kind::PagerDuty, "pd-key");
    QVERIFY(pollOnce(restarted.get()));
    QCOMPARE(alerts().at(0).status, AlertStatus::Resolved);
}

QTEST_GUILESS_MAIN(TestPolling)
#include "tst_polling.moc"
