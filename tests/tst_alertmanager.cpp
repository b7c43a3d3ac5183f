#include "app/api/receiver.h"
#include "app/integrations/alertpoller.h"
#include "monitoringprocess.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
QJsonObject alert(const QString& instance, const QDateTime& endsAt = {})
{
    QJsonObject object {
        { QStringLiteral("labels"),
            QJsonObject { { QStringLiteral("alertname"), QStringLiteral("HighErrorRate") },
                { QStringLiteral("service"), QStringLiteral("checkout") },
                { QStringLiteral("severity"), QStringLiteral("critical") },
                { QStringLiteral("instance"), instance } } },
        { QStringLiteral("annotations"),
            QJsonObject {
                { QStringLiteral("summary"), QStringLiteral("5xx above 5% on %1").arg(instance) } } },
        { QStringLiteral("generatorURL"), QStringLiteral("http://prometheus.test/graph") },
    };
    if (endsAt.isValid())
        object.insert(QStringLiteral("endsAt"), endsAt.toString(Qt::ISODateWithMs));
    return object;
}
}

// The real Prometheus Alertmanager (Debian's prometheus-alertmanager) sends
// its webhooks to the real receiver: alerts arrive, repeats dedup, alerts of
// one alertname and service correlate into one incident, and the incident
// resolves when Alertmanager says the alerts have.
class TestAlertmanager : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void alertsArriveDedupCorrelateAndResolve();
    void pollingItsApiFindsTheSameAlerts();

private:
    void postToAlertmanager(const QJsonArray& alerts);
    std::unique_ptr<IncidentStore> store();

    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<Receiver> m_receiver;
    MonitoringProcess m_alertmanager { MonitoringProcess::Kind::Alertmanager };
    QNetworkAccessManager m_network;
    SystemClock m_clock;
};

void TestAlertmanager::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("alertmanager.db"));
    Receiver::Settings settings;
    settings.port = 0;
    settings.databasePath = m_db;
    m_receiver = std::make_unique<Receiver>(settings, std::function<void()> {});
    QSignalSpy listening(m_receiver.get(), &Receiver::listening);
    m_receiver->start();
    QVERIFY(listening.wait(10000));
    const QString receiverAddress = listening.first().first().toString();

    // Short group timings so that the test takes seconds, not minutes.
    const QByteArray config = QStringLiteral(R"(route:
  receiver: console
  group_by: ['alertname', 'service']
  group_wait: 1s
  group_interval: 1s
  repeat_interval: 1h
receivers:
- name: console
  webhook_configs:
  - url: '%1/webhooks/alerts/prometheus'
    send_resolved: true
)")
                                  .arg(receiverAddress)
                                  .toUtf8();
    QString error;
    QVERIFY2(m_alertmanager.start(config, &error), qPrintable(error));
}

void TestAlertmanager::cleanupTestCase()
{
    m_alertmanager.stop();
    m_receiver.reset();
}

void TestAlertmanager::postToAlertmanager(const QJsonArray& alerts)
{
    QNetworkRequest request(
        QUrl(QStringLiteral("http://127.0.0.1:%1/api/v2/alerts").arg(m_alertmanager.port())));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply* reply = m_network.post(request, QJsonDocument(alerts).toJson());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY2(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200,
        reply->readAll().constData());
    reply->deleteLater();
}

std::unique_ptr<IncidentStore> TestAlertmanager::store()
{
    return TestSupport::openStore(m_db, &m_clock);
}

void TestAlertmanager::alertsArriveDedupCorrelateAndResolve()
{
    postToAlertmanager({ alert(QStringLiteral("pod-a")) });
    std::unique_ptr<IncidentStore> db = store();
    QVERIFY(db);
    QTRY_COMPARE_WITH_TIMEOUT(*db->alerts().count(AlertFilter {}), 1, 20000);
    QCOMPARE(*db->incidents().count(IncidentFilter {}), 1);

    // A second instance joins the group: Alertmanager sends the whole group
    // again, so pod-a arrives a second time and must count, not duplicate.
    postToAlertmanager({ alert(QStringLiteral("pod-b")) });
    QTRY_COMPARE_WITH_TIMEOUT(*db->alerts().count(AlertFilter {}), 2, 20000);
    AlertQuery byName;
    byName.sort = { AlertSortKey::Occurrences, Qt::DescendingOrder };
    const QList<Alert> alerts = *db->alerts().page(byName, std::nullopt, 10);
    QCOMPARE(alerts.first().occurrences, 2);
    QCOMPARE(alerts.first().labels.value(QStringLiteral("instance")), QStringLiteral("pod-a"));
    QVERIFY(alerts.first().fingerprint.size() == 16); // Alertmanager's own fingerprint
    QCOMPARE(alerts.at(0).incidentId, alerts.at(1).incidentId);
    QCOMPARE(*db->incidents().count(IncidentFilter {}), 1);
    const Incident incident = *db->incidents().incident(alerts.first().incidentId);
    QCOMPARE(incident.severity, Severity::Sev1);
    QCOMPARE(incident.service, QStringLiteral("checkout"));
    QCOMPARE(incident.status, IncidentStatus::Triggered);

    // Both end: Alertmanager sends them resolved, and the incident resolves.
    const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-1);
    postToAlertmanager({ alert(QStringLiteral("pod-a"), past), alert(QStringLiteral("pod-b"), past) });
    QTRY_COMPARE_WITH_TIMEOUT(db->incidents().incident(incident.id)->status, IncidentStatus::Resolved, 20000);
    QCOMPARE(*db->alerts().count(AlertFilter::open()), 0);
    const QList<TimelineEntry> entries = *db->incidents().timeline(incident.id, 0, 50);
    const auto count = [&entries](TimelineKind kind) {
        return std::count_if(
            entries.begin(), entries.end(), [kind](const TimelineEntry& e) { return e.kind == kind; });
    };
    QCOMPARE(count(TimelineKind::AlertFiring), 2);
    QCOMPARE(count(TimelineKind::AlertResolved), 2);
    QCOMPARE(entries.last().kind, TimelineKind::StatusChanged);
}

// Polling Alertmanager's API v2 instead of taking its webhook: the same
// alerts, under the same fingerprints, so polled and pushed alerts dedup.
void TestAlertmanager::pollingItsApiFindsTheSameAlerts()
{
    postToAlertmanager({ alert(QStringLiteral("pod-polled")) });
    std::unique_ptr<IncidentStore> pushed = store();
    AlertFilter polledOnly;
    polledOnly.text = QStringLiteral("pod-polled");
    QTRY_COMPARE_WITH_TIMEOUT(*pushed->alerts().count(polledOnly), 1, 20000);
    const Alert viaWebhook = pushed->alerts().page(AlertQuery { polledOnly, {} }, std::nullopt, 1)->first();

    const QString pollDb = m_dir.filePath(QStringLiteral("polled.db"));
    std::unique_ptr<AsyncIncidentStore> polledStore = TestSupport::openAsyncStore(pollDb, &m_clock);
    QVERIFY(polledStore);
    PollTarget target;
    target.name = QStringLiteral("alertmanager");
    target.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_alertmanager.port()));
    AlertPoller poller(target, {}, polledStore.get(),
        std::make_shared<RulesInForce>(AlertRules::defaults(SeverityPolicy::defaults())), &m_network,
        &m_clock);
    QSignalSpy polled(&poller, &AlertPoller::stateChanged);
    poller.start();
    QVERIFY(polled.wait(20000));
    QVERIFY2(poller.state().lastError.isEmpty(), qPrintable(poller.state().lastError));
    QVERIFY(poller.state().alertsOpen >= 1);
    polledStore.reset();
    const auto read = TestSupport::openStore(pollDb, &m_clock);
    const QList<Alert> viaPoll = *read->alerts().page(AlertQuery { polledOnly, {} }, std::nullopt, 10);
    QCOMPARE(viaPoll.size(), 1);
    QCOMPARE(viaPoll.first().fingerprint, viaWebhook.fingerprint);
    QCOMPARE(viaPoll.first().status, AlertStatus::Firing);
    QCOMPARE(viaPoll.first().severity, Severity::Sev1);
}

QTEST_GUILESS_MAIN(TestAlertmanager)
#include "tst_alertmanager.moc"
