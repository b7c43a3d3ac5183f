// `incident-console serve`, the real binary, as a service manager runs it: no
// display, credentials as files, stopped by SIGTERM; on PostgreSQL, two of them
// behind one load balancer under one storm (each alert stored once, each page sent
// once), a page left claimed by a killed one and sent by the other, and one that
// outlives a restart of its database server.
#include "app/http/httpmessage.h"
#include "app/http/httpserver.h"
#include "models/domain/outboxmessage.h"
#include "monitoringprocess.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <atomic>
#include <csignal>
#include <thread>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace {
const QByteArray kToken = "serve-test-token-0123456789abcdef";
const QByteArray kRoutingKey = "R0UTINGKEY0123456789ABCDEF012345";

// PagerDuty's Events API v2, as far as the outbox uses it: keeps every event it was sent.
class FakePagerDuty final : public ImmediateRequestHandler {
public:
    HttpResponse handle(const HttpRequest& request) override
    {
        if (request.method != "POST" || request.path != QLatin1String("/v2/enqueue"))
            return HttpResponse::json(404, QJsonDocument(QJsonObject {}));
        const QJsonObject event = QJsonDocument::fromJson(request.body).object();
        if (event.value(QLatin1String("routing_key")).toString().toLatin1() != kRoutingKey)
            return HttpResponse::json(
                400, QJsonDocument(QJsonObject { { u"status"_s, u"invalid event"_s } }));
        events.append(event);
        return HttpResponse::json(202,
            QJsonDocument(QJsonObject { { u"status"_s, u"success"_s },
                { u"dedup_key"_s, event.value(QLatin1String("dedup_key")).toString() } }));
    }
    QList<QJsonObject> triggers() const
    {
        QList<QJsonObject> found;
        for (const QJsonObject& event : events) {
            if (event.value(QLatin1String("event_action")).toString() == QLatin1String("trigger"))
                found.append(event);
        }
        return found;
    }
    QList<QJsonObject> events;
};

// PagerDuty slow to answer, as when its sender dies waiting: the first event is taken and never
// answered; the others are answered as FakePagerDuty answers them.
class StallingPagerDuty final : public RequestHandler {
public:
    void handleLater(const HttpRequest& request, const HttpRespond& respond) override
    {
        if (unanswered.isEmpty() && request.path == QLatin1String("/v2/enqueue")) {
            unanswered.append(QJsonDocument::fromJson(request.body).object());
            return;
        }
        respond(answering.handle(request));
    }
    QList<QJsonObject> unanswered;
    FakePagerDuty answering;
};

// One Alertmanager notification: `instances` firing alerts of the group `name`, from `firstInstance` on.
QByteArray alertGroup(const QString& name, int instances,
    const QString& severity = QStringLiteral("critical"), int firstInstance = 0)
{
    QJsonArray alerts;
    for (int i = firstInstance; i < firstInstance + instances; ++i) {
        alerts.append(QJsonObject {
            { u"status"_s, u"firing"_s },
            { u"labels"_s,
                QJsonObject { { u"alertname"_s, name }, { u"severity"_s, severity },
                    { u"service"_s, u"payments"_s },
                    { u"instance"_s, QStringLiteral("node-%1:9100").arg(i) } } },
            { u"annotations"_s,
                QJsonObject { { u"summary"_s, QStringLiteral("%1 on node %2").arg(name).arg(i) } } },
            { u"startsAt"_s, u"2026-12-07T09:00:00Z"_s },
            { u"fingerprint"_s, QStringLiteral("%1-%2").arg(name).arg(i) },
        });
    }
    return QJsonDocument(
        QJsonObject { { u"version"_s, u"4"_s }, { u"status"_s, u"firing"_s }, { u"receiver"_s, u"console"_s },
            { u"groupLabels"_s, QJsonObject { { u"alertname"_s, name } } }, { u"alerts"_s, alerts } })
        .toJson(QJsonDocument::Compact);
}

// The real binary's `serve`, with no display to use: it must not look for one.
class Service {
public:
    Service(const QString& database, const QString& configHome, const QStringList& moreArguments = {})
        : m_port(MonitoringProcess::freePort())
    {
        QProcessEnvironment environment = TestSupport::consoleEnvironment(configHome);
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        // Were it to load a platform plugin, this one does not exist and it would abort.
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("no-such-platform"));
        m_process.setProcessEnvironment(environment);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(qEnvironmentVariable("INCIDENT_CONSOLE_BIN"),
            QStringList { QStringLiteral("serve"), QStringLiteral("--db"), database,
                QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port) }
                + moreArguments);
    }
    ~Service() { stop(); }

    quint16 port() const { return m_port; }
    QProcess& process() { return m_process; }
    // Everything it has written to standard error so far.
    QByteArray errors()
    {
        m_errors += m_process.readAllStandardError();
        return m_errors;
    }

    // The status of GET `path` (0: no answer), with `token` as its bearer unless empty.
    int get(const QByteArray& path, const QByteArray& token = QByteArray(), QByteArray* body = nullptr)
    {
        return request("GET " + path + " HTTP/1.1\r\n"
                + (token.isEmpty() ? QByteArray() : "Authorization: Bearer " + token + "\r\n"),
            QByteArray(), body);
    }
    // A request with a JSON body and the token; the status (0: no answer), and the body in *answer.
    int send(const QByteArray& method, const QByteArray& path, const QByteArray& json,
        QByteArray* answer = nullptr)
    {
        return request(method + ' ' + path
                + " HTTP/1.1\r\nContent-Type: application/json\r\nAuthorization: Bearer " + kToken + "\r\n",
            json, answer);
    }
    bool waitUntilReady(int timeoutMs = 30000)
    {
        if (!m_process.waitForStarted())
            return false;
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
            if (get("/health") == 200)
                return true;
            QTest::qWait(100);
        }
        return false;
    }
    // SIGTERM, as systemd and Kubernetes stop it; the exit code, or -1 if it did not end within 30 s.
    int terminate()
    {
        if (m_process.state() == QProcess::NotRunning)
            return m_process.exitCode();
        ::kill(static_cast<pid_t>(m_process.processId()), SIGTERM);
        if (!m_process.waitForFinished(30000))
            return -1;
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    void stop()
    {
        if (m_process.state() != QProcess::NotRunning && terminate() < 0)
            m_process.kill();
        m_process.waitForFinished(5000);
    }

private:
    // One request on a connection of its own: `head` is its request line and headers but Host, Connection and
    // Content-Length. The status (0: no answer), and the answer's body in *answer.
    int request(const QByteArray& head, const QByteArray& body, QByteArray* answer)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (!socket.waitForConnected(2000))
            return 0;
        socket.write(head + "Host: 127.0.0.1\r\nConnection: close\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QByteArray received;
        while (socket.waitForReadyRead(10000))
            received += socket.readAll();
        if (answer)
            *answer = received.mid(received.indexOf("\r\n\r\n") + 4);
        return received.startsWith("HTTP/1.1 ") ? received.mid(9, 3).toInt() : 0;
    }

    quint16 m_port;
    QProcess m_process;
    QByteArray m_errors;
};

bool writeFile(const QString& path, const QByteArray& content, QFileDevice::Permissions permissions)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size()
        && file.setPermissions(permissions);
}

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
}

class TestServe : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void servesWithoutADisplayAndStopsOnSigterm();
    void refusesWhatCannotBeServedSafely_data();
    void refusesWhatCannotBeServedSafely();
    void takesItsCredentialsFromFiles();
    void refusesACredentialFileOthersCanRead();
    void anEditOnAStaleValueIsAConflict();
    void twoServicesUnderOneStormStoreAndPageOnce();
    void aPageClaimedByAKilledServiceIsSentByAnother();
    void outlivesARestartOfItsDatabaseServer();

private:
    QString credentialsFolder() const { return m_dir->filePath(QStringLiteral("credentials")); }
    QString configHome() const { return m_dir->filePath(QStringLiteral("config")); }
    // Services started after this page PagerDuty at 127.0.0.1:`port` (SEV2 and worse), with its routing key
    // as a credential file.
    void pageThrough(quint16 port) const
    {
        const QJsonObject integrations {
            { u"pagerduty"_s,
                QJsonObject { { u"enabled"_s, true }, { u"minimumSeverity"_s, u"SEV2"_s },
                    { u"eventsUrl"_s, QStringLiteral("http://127.0.0.1:%1/v2/enqueue").arg(port) },
                    { u"routing"_s, QJsonArray {} } } },
            { u"slack"_s, QJsonObject { { u"enabled"_s, false } } },
            { u"webhook"_s, QJsonObject { { u"enabled"_s, false }, { u"url"_s, QString() } } },
            { u"statuspage"_s, QJsonObject { { u"enabled"_s, false } } },
        };
        QVERIFY(writeFile(configHome() + QStringLiteral("/incident-console/integrations.json"),
            QJsonDocument(integrations).toJson(), kOwnerOnly));
        QVERIFY(writeFile(
            credentialsFolder() + QStringLiteral("/pagerduty.routing-key"), kRoutingKey, kOwnerOnly));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestSupport::TestDatabase> m_database;
};

void TestServe::init()
{
    m_database = std::make_unique<TestSupport::TestDatabase>();
    QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(writeFile(credentialsFolder() + QStringLiteral("/receiver.token"), kToken + '\n', kOwnerOnly));
}

void TestServe::servesWithoutADisplayAndStopsOnSigterm()
{
    Service service(
        m_database->location(), configHome(), { QStringLiteral("--credentials"), credentialsFolder() });
    QVERIFY2(service.waitUntilReady(), service.errors().constData());
    QCOMPARE(
        service.send("POST", "/webhooks/alerts/prometheus", alertGroup(QStringLiteral("DiskFull"), 3)), 200);
    QCOMPARE(
        TestSupport::firstNumber(m_database->location(), QStringLiteral("SELECT count(*) FROM alerts")), 3);
    QCOMPARE(service.terminate(), 0);
    const QByteArray said = service.errors();
    QVERIFY2(said.contains("Receiving alerts at http://127.0.0.1:"), said.constData());
    QVERIFY2(said.contains("Stopping (signal 15)"), said.constData());
}

void TestServe::refusesWhatCannotBeServedSafely_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("reason");
    // The listen address the Service class gives comes first; a second --listen overrides it.
    QTest::newRow("all interfaces over plain HTTP") << QStringList { QStringLiteral("--listen"),
        QStringLiteral("0.0.0.0:3999") } << 1 << QStringLiteral("only over HTTPS");
    QTest::newRow("no receiver") << QStringList { QStringLiteral("--listen"), QStringLiteral("off") } << 1
                                 << QStringLiteral("takes no alerts");
    QTest::newRow("an unknown option")
        << QStringList { QStringLiteral("--wall") } << 2 << QStringLiteral("Unknown option 'wall'");
    QTest::newRow("a stray word") << QStringList { QStringLiteral("now") } << 2
                                  << QStringLiteral("takes no arguments");
    QTest::newRow("a certificate without its key") << QStringList { QStringLiteral("--tls-cert"),
        QStringLiteral("/nonexistent.pem") } << 2 << QStringLiteral("go together");
}

void TestServe::refusesWhatCannotBeServedSafely()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, reason);
    Service service(m_database->location(), configHome(),
        QStringList { QStringLiteral("--credentials"), credentialsFolder() } + arguments);
    QVERIFY(service.process().waitForFinished(30000));
    QCOMPARE(service.process().exitStatus(), QProcess::NormalExit);
    const QString said = QString::fromUtf8(service.errors());
    QVERIFY2(said.contains(reason), qPrintable(said));
    QCOMPARE(service.process().exitCode(), exitCode);
}

void TestServe::takesItsCredentialsFromFiles()
{
    Service service(
        m_database->location(), configHome(), { QStringLiteral("--credentials"), credentialsFolder() });
    QVERIFY2(service.waitUntilReady(), service.errors().constData());
    QCOMPARE(service.get("/incidents"), 401);
    QCOMPARE(service.get("/incidents", "not-the-token"), 401);
    // The file's trailing newline is not part of the token.
    QCOMPARE(service.get("/incidents", kToken), 200);
}

void TestServe::anEditOnAStaleValueIsAConflict()
{
    Service service(
        m_database->location(), configHome(), { QStringLiteral("--credentials"), credentialsFolder() });
    QVERIFY2(service.waitUntilReady(), service.errors().constData());
    QCOMPARE(
        service.send("POST", "/incidents", R"({"title":"Queue backlog","severity":"SEV2","author":"ana"})"),
        201);
    const QByteArray path = "/incidents/1";
    QCOMPARE(service.send("PATCH", path,
                 R"({"title":"Queue backlog on orders","expected":{"title":"Queue backlog"},"author":"bo"})"),
        200);
    QByteArray answer;
    // The service field comes first and is not stale: it is not written either.
    QCOMPARE(
        service.send("PATCH", path,
            R"({"service":"orders-api","title":"Orders stuck","expected":{"title":"Queue backlog"},"author":"cy"})",
            &answer),
        409);
    QVERIFY2(answer.contains("bo changed the title to"), answer.constData());
    QByteArray incident;
    QCOMPARE(service.get(path, kToken, &incident), 200);
    const QJsonObject now = QJsonDocument::fromJson(incident).object();
    QCOMPARE(now.value(u"title"_s).toString(), u"Queue backlog on orders"_s);
    QVERIFY(now.value(u"service"_s).toString() != u"orders-api"_s);
}

void TestServe::refusesACredentialFileOthersCanRead()
{
    QVERIFY(writeFile(credentialsFolder() + QStringLiteral("/postgres.password"), "secret\n",
        kOwnerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    Service service(
        m_database->location(), configHome(), { QStringLiteral("--credentials"), credentialsFolder() });
    QVERIFY(service.process().waitForFinished(30000));
    const QString said = QString::fromUtf8(service.errors());
    QCOMPARE(service.process().exitCode(), 1);
    QVERIFY2(said.contains(QStringLiteral("postgres.password is readable by every user")), qPrintable(said));
    QVERIFY2(!said.contains(QStringLiteral("secret")), qPrintable(said));
}

void TestServe::twoServicesUnderOneStormStoreAndPageOnce()
{
    if (!TestSupport::TestDatabase::onPostgres())
        QSKIP("Services share a database server; a SQLite file belongs to one machine.");
    FakePagerDuty pagerDuty;
    HttpServer fakeServer(&pagerDuty, HttpLimits {});
    QString error;
    QVERIFY2(fakeServer.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    pageThrough(fakeServer.port());
    const QStringList arguments { QStringLiteral("--credentials"), credentialsFolder() };
    Service first(m_database->location(), configHome(), arguments);
    Service second(m_database->location(), configHome(), arguments);
    QVERIFY2(first.waitUntilReady(), first.errors().constData());
    QVERIFY2(second.waitUntilReady(), second.errors().constData());

    // An Alertmanager pair notifies both replicas of every group, as a load balancer may too: here
    // four connections at once, two to each service, each sending every notification twice, each in
    // its own order, so that the same alert reaches both services at the same moment.
    constexpr int kGroups = 20;
    constexpr int kInstances = 25;
    constexpr int kPerNotification = 5;
    constexpr int kSenders = 4;
    QList<QByteArray> notifications;
    for (int group = 0; group < kGroups; ++group) {
        for (int from = 0; from < kInstances; from += kPerNotification)
            notifications.append(alertGroup(QStringLiteral("StormGroup%1").arg(group), kPerNotification,
                QStringLiteral("critical"), from));
    }
    std::atomic<int> unanswered = 0;
    std::vector<std::thread> senders;
    for (int sender = 0; sender < kSenders; ++sender) {
        const quint16 port = sender % 2 == 0 ? first.port() : second.port();
        senders.emplace_back([&notifications, &unanswered, port, sender] {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, port);
            if (!socket.waitForConnected(5000)) {
                unanswered += 2 * int(notifications.size());
                return;
            }
            const qsizetype count = notifications.size();
            for (qsizetype sent = 0; sent < 2 * count; ++sent) {
                const QByteArray& body = notifications.at((sent + sender * count / kSenders) % count);
                if (TestSupport::exchange(socket, "POST", "/webhooks/alerts/prometheus", body, nullptr,
                        "Authorization: Bearer " + kToken + "\r\n")
                    != 200)
                    ++unanswered;
            }
        });
    }
    for (std::thread& sender : senders)
        sender.join();
    QCOMPARE(unanswered.load(), 0);

    const QString db = m_database->location();
    QCOMPARE(
        TestSupport::firstNumber(db, QStringLiteral("SELECT count(*) FROM alerts")), kGroups * kInstances);
    QCOMPARE(TestSupport::firstNumber(db, QStringLiteral("SELECT count(*) FROM incidents")), kGroups);
    QTRY_COMPARE_WITH_TIMEOUT(pagerDuty.triggers().size(), kGroups, 30000);
    // Both services look at the outbox every few seconds: long enough for a second page to show.
    QTest::qWait(4000);
    QSet<QString> dedupKeys;
    for (const QJsonObject& trigger : pagerDuty.triggers())
        dedupKeys.insert(trigger.value(QLatin1String("dedup_key")).toString());
    QCOMPARE(pagerDuty.triggers().size(), kGroups);
    QCOMPARE(dedupKeys.size(), kGroups);
    QCOMPARE(first.terminate(), 0);
    QCOMPARE(second.terminate(), 0);
}

// A service dies (SIGKILL, the OOM killer) with a page claimed and on the wire. The page is
// delivered by the other service, once, under the same dedup key.
void TestServe::aPageClaimedByAKilledServiceIsSentByAnother()
{
    if (!TestSupport::TestDatabase::onPostgres())
        QSKIP("Services share a database server; a SQLite file belongs to one machine.");
    StallingPagerDuty pagerDuty;
    HttpServer fakeServer(&pagerDuty, HttpLimits {});
    QString error;
    QVERIFY2(fakeServer.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    pageThrough(fakeServer.port());
    const QStringList arguments { QStringLiteral("--credentials"), credentialsFolder() };
    Service dying(m_database->location(), configHome(), arguments);
    QVERIFY2(dying.waitUntilReady(), dying.errors().constData());
    QCOMPARE(
        dying.send("POST", "/webhooks/alerts/prometheus", alertGroup(QStringLiteral("Claimed"), 2)), 200);
    QTRY_COMPARE_WITH_TIMEOUT(pagerDuty.unanswered.size(), 1, 30000); // claimed, sent, waiting for PagerDuty

    Service survivor(m_database->location(), configHome(), arguments);
    QVERIFY2(survivor.waitUntilReady(), survivor.errors().constData());
    QTest::qWait(3000); // the survivor's outbox rounds leave a page its living owner holds alone
    QVERIFY(pagerDuty.answering.triggers().isEmpty());
    dying.process().kill();
    QVERIFY(dying.process().waitForFinished(5000));

    QTRY_COMPARE_WITH_TIMEOUT(pagerDuty.answering.triggers().size(), 1, 30000);
    QCOMPARE(pagerDuty.answering.triggers().first().value(QLatin1String("dedup_key")),
        pagerDuty.unanswered.first().value(QLatin1String("dedup_key")));
    QTest::qWait(3000);
    QCOMPARE(pagerDuty.answering.triggers().size(), 1);
    const QString db = m_database->location();
    QCOMPARE(TestSupport::firstNumber(db,
                 QStringLiteral("SELECT count(*) FROM outbox WHERE state = %1 AND attempts = 1")
                     .arg(int(OutboxState::Delivered))),
        1);
    QCOMPARE(survivor.terminate(), 0);
}

void TestServe::outlivesARestartOfItsDatabaseServer()
{
    if (!TestSupport::TestDatabase::onPostgres())
        QSKIP("A SQLite file has no server to restart.");
    const QString control = qEnvironmentVariable("IC_TEST_POSTGRES_CONTROL");
    const QString cluster
        = QUrlQuery(QUrl(qEnvironmentVariable("IC_TEST_POSTGRES"))).queryItemValue(QStringLiteral("host"));
    if (control.isEmpty() || cluster.isEmpty())
        QSKIP("IC_TEST_POSTGRES_CONTROL names the script that restarts the test server.");
    Service service(
        m_database->location(), configHome(), { QStringLiteral("--credentials"), credentialsFolder() });
    QVERIFY2(service.waitUntilReady(), service.errors().constData());
    QCOMPARE(service.send("POST", "/webhooks/alerts/prometheus",
                 alertGroup(QStringLiteral("Before"), 2, QStringLiteral("warning"))),
        200);

    QProcess restart;
    restart.start(control, { QStringLiteral("restart"), cluster });
    QVERIFY(restart.waitForFinished(60000));
    QCOMPARE(restart.exitCode(), 0);

    // The probe sees the database back, and alerts are taken again, without a restart of the service.
    QTRY_COMPARE_WITH_TIMEOUT(service.get("/health"), 200, 30000);
    QCOMPARE(service.send("POST", "/webhooks/alerts/prometheus",
                 alertGroup(QStringLiteral("After"), 2, QStringLiteral("warning"))),
        200);
    QCOMPARE(
        TestSupport::firstNumber(m_database->location(), QStringLiteral("SELECT count(*) FROM alerts")), 4);
    QCOMPARE(service.process().state(), QProcess::Running);
    QCOMPARE(service.terminate(), 0);
}

QTEST_GUILESS_MAIN(TestServe)
#include "tst_serve.moc"
