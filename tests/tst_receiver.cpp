#include "app/api/receiver.h"
#include "app/composition/listenaddress.h"
#include "app/http/httpserver.h"
#include "app/http/receiverauth.h"
#include "app/http/refusallog.h"
#include "app/webhooks/webhookapi.h"
#include "models/rules/communicationplan.h"
#include "models/store/alertinbox.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {
// Defined with the other TLS helpers below.
bool makeCertificate(const QString& keyPath, const QString& certificatePath, const QString& commonName,
    const QString& passphrase = {}, const QStringList& extensions = {});
// The columns of the data-driven tests that send one bad request each.
void addBadRequestColumns()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
}

struct Reply {
    int status = 0;
    QJsonObject json;
    QByteArray raw;
    QByteArray header(const char* name) const { return headers.value(QByteArray(name).toLower()); }
    QHash<QByteArray, QByteArray> headers;
};
}

// The receiver as senders meet it: a real HTTP client and raw sockets against
// the real server on loopback, backed by a real SQLite file.
class TestReceiver : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void seedCurlExampleCreatesAnIncident();
    void listFiltersAndLimits();
    void patchChangesFieldsAndWritesTheTimeline();
    void patchIsAllOrNothing();
    void refusedTransitionIsAConflict();
    void resolveWithResolutionNote();
    void badRequestsGetJsonReasons_data();
    void badRequestsGetJsonReasons();
    void bodyOverTheLimitIsRefusedBeforeItArrives();
    void oversizedHeaderIsRefused();
    void slowClientIsCutOff();
    void aSenderCannotMakeTheReceiverBufferWithoutEnd();
    void silentSendersCannotLockOthersOut();
    void refusalsBeforeAuthenticationAreSampledWithoutTheirBodies();
    void theConsoleAcceptsAgainAfterRunningOutOfDescriptors();
    void theConsoleKeepsItsFilesToItsOwner();
    void keepAliveAndPipelinedRequestsAnswerInOrder();
    void expectContinueIsHonoured();
    void expectContinueIsNotGivenToStrangers();
    void healthSaysLittleWithoutTheToken();
    void openViewsHearOfChangesAtOnce();
    void busyPortIsReported();
    void alertmanagerWebhookStoresEveryField();
    void webhookBadInputIsRefusedAndKept_data();
    void webhookBadInputIsRefusedAndKept();
    void lockedDatabaseAnswers503AndNothingIsLost();
    void killedRightAfterTheAnswerLosesNothing();
    void stormGoesThroughTheInboxInOrder();
    void lockedStoreKeepsTheStormInTheInbox();
    void killedWithAStormInTheInboxLosesNothing();
    void stuckInboxIsReported();
    void listenAddressesParse_data();
    void listenAddressesParse();
    void otherThanLoopbackOnlyWithATokenOverHttps();
    void webPagesCannotControlTheReceiver_data();
    void webPagesCannotControlTheReceiver();
    void aRequiredTokenIsRequiredOnLoopbackToo();
    void receiverTokenGuardsTheApi();
    void webhookCredentialsAreChecked_data();
    void webhookCredentialsAreChecked();
    void statisticsAndMetricsCountWhatArrived();
    void grafanaWebhookKeepsItsLinksAndValues();
    void genericWebhookTakesOneAlertOrMany();
    void pagerDutyIncidentsAreMirroredOnce();
    void cloudWatchAlarmsArriveThroughSignedSns();
    void snsTakesOnlyItsTopicsFreshMessagesAndWhatItSigns();
    void snsCertificatesAreFetchedWithoutRedirectsAndBounded();
    void rulesTesterAnswersWithoutStoring();
    void tlsServesHttpsAndRefusesPlainHttp();
    void escalationEndpoints();
    void playbookEndpoints();
    void communicationsEndpoint();
    void reviewEndpoints();
    void tlsIdentityProblemsStopTheReceiver();

private:
    void startReceiver(HttpLimits limits = {}, const ReceiverCredentials& credentials = {});
    void startReceiverWith(const Receiver::Settings& settings);
    // As SNS posts to CloudWatch's route.
    Reply postToSns(const QByteArray& body);
    // The real console on m_db, its receiver on a free loopback port (m_port), answering.
    void startConsoleProcess(QProcess* console);
    Reply request(const QByteArray& method, const QString& path, const QByteArray& body = QByteArray(),
        const QByteArray& contentType = "application/json",
        const QHash<QByteArray, QByteArray>& headers = {});
    QByteArray rawExchange(const QByteArray& bytes, int expectedResponses, bool* closed = nullptr);
    // A sample of GET /metrics, or -1 when it has none.
    double metric(const QByteArray& name);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    std::unique_ptr<Receiver> m_receiver;
    quint16 m_port = 0;
    QNetworkAccessManager m_network;
    std::function<void()> m_committed;
    int m_commits = 0;
    CrossSiteGuard::Settings m_crossSite;
};

void TestReceiver::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(QStringLiteral("receiver.db"));
    m_commits = 0;
    m_committed = [this] { ++m_commits; };
    m_crossSite = {};
}

void TestReceiver::cleanup()
{
    m_receiver.reset();
}

void TestReceiver::startReceiver(HttpLimits limits, const ReceiverCredentials& credentials)
{
    Receiver::Settings settings;
    settings.credentials = credentials;
    settings.port = 0; // any free port
    settings.databasePath = m_db;
    settings.limits = limits;
    settings.crossSite = m_crossSite;
    settings.communicationFile = m_dir->filePath(QStringLiteral("communication.json"));
    startReceiverWith(settings);
}

void TestReceiver::startReceiverWith(const Receiver::Settings& settings)
{
    m_receiver
        = std::make_unique<Receiver>(settings, [this] { QMetaObject::invokeMethod(this, m_committed); });
    QSignalSpy listening(m_receiver.get(), &Receiver::listening);
    QSignalSpy failed(m_receiver.get(), &Receiver::failed);
    m_receiver->start();
    QVERIFY(listening.wait(10000));
    QVERIFY(failed.isEmpty());
    const QString address = listening.first().first().toString();
    QVERIFY(address.startsWith(QLatin1String("http://127.0.0.1:")));
    m_port = static_cast<quint16>(QUrl(address).port());
}

void TestReceiver::startConsoleProcess(QProcess* console)
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    console->setProcessEnvironment(
        TestSupport::consoleEnvironment(m_dir->filePath(QStringLiteral("config"))));
    console->start(qEnvironmentVariable("INCIDENT_CONSOLE_BIN"),
        { QStringLiteral("--db"), m_db, QStringLiteral("--listen"),
            QStringLiteral("127.0.0.1:%1").arg(port) });
    QVERIFY(console->waitForStarted());
    m_port = port;
    QTRY_VERIFY_WITH_TIMEOUT(request("GET", QStringLiteral("/health")).status == 200, 15000);
}

Reply TestReceiver::request(const QByteArray& method, const QString& path, const QByteArray& body,
    const QByteArray& contentType, const QHash<QByteArray, QByteArray>& headers)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
    // As the README says to: a POST says it is JSON even when it has no body.
    if ((!body.isEmpty() || method == "POST") && !contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setRawHeader("X-Incident-Author", "pager-bot");
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        request.setRawHeader(it.key(), it.value());
    QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Reply result;
    if (!finished.wait(10000))
        return result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.raw = reply->readAll();
    result.json = QJsonDocument::fromJson(result.raw).object();
    for (const auto& [name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return result;
}

QByteArray TestReceiver::rawExchange(const QByteArray& bytes, int expectedResponses, bool* closed)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(bytes);
    QByteArray received;
    QDeadlineTimer deadline(10000);
    while (received.count("HTTP/1.1 ") < expectedResponses && !deadline.hasExpired()) {
        if (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0)
            break;
        socket.waitForReadyRead(100);
        received += socket.readAll();
    }
    if (closed) {
        socket.waitForDisconnected(3000);
        *closed = socket.state() == QAbstractSocket::UnconnectedState;
    }
    return received;
}

Reply TestReceiver::postToSns(const QByteArray& body)
{
    return request("POST", QStringLiteral("/webhooks/alerts/cloudwatch"), body, "text/plain; charset=UTF-8",
        { { "x-amz-sns-message-type", "Notification" } });
}

double TestReceiver::metric(const QByteArray& name)
{
    const Reply reply = request("GET", QStringLiteral("/metrics"));
    for (const QByteArray& line : reply.raw.split('\n')) {
        if (line.startsWith(name + ' '))
            return line.mid(name.size() + 1).toDouble();
    }
    return -1;
}

// A socket from another loopback address: another peer, as the receiver counts them.
static std::unique_ptr<QTcpSocket> connectFrom(const QString& address, quint16 port)
{
    auto socket = std::make_unique<QTcpSocket>();
    if (!socket->bind(QHostAddress(address)))
        return nullptr;
    socket->connectToHost(QHostAddress::LocalHost, port);
    if (!socket->waitForConnected(5000))
        return nullptr;
    return socket;
}

void TestReceiver::seedCurlExampleCreatesAnIncident()
{
    startReceiver();
    // The seed's "Manual Incident Creation" example, body as written there.
    const Reply created = request("POST", QStringLiteral("/incidents"), R"({
    "title": "Database Connection Issues",
    "description": "High connection count detected",
    "severity": "warning",
    "service": "database"
  })");
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json.value(QLatin1String("id")).toString(),
        QStringLiteral("INC-2026-0001")
            .replace(QLatin1String("2026"), QString::number(QDate::currentDate().year())));
    QCOMPARE(created.json.value(QLatin1String("severity")).toString(), QStringLiteral("SEV3"));
    QCOMPARE(created.json.value(QLatin1String("status")).toString(), QStringLiteral("triggered"));
    QCOMPARE(created.header("Location"),
        "/incidents/" + created.json.value(QLatin1String("id")).toString().toUtf8());
    QTRY_COMPARE(m_commits, 1);

    SystemClock clock;
    std::unique_ptr<IncidentStore> store = TestSupport::openStore(m_db, &clock);
    const StoreResult<Incident> stored
        = store->incidents().incidentByKey(created.json.value(QLatin1String("id")).toString());
    QVERIFY(stored);
    QCOMPARE(stored->title, QStringLiteral("Database Connection Issues"));
    QCOMPARE(stored->service, QStringLiteral("database"));
    QCOMPARE(store->incidents().timeline(stored->id, 0, 10)->first().author, QStringLiteral("pager-bot"));

    const Reply shown = request("GET", QStringLiteral("/incidents/%1").arg(stored->key));
    QCOMPARE(shown.status, 200);
    QCOMPARE(shown.json.value(QLatin1String("title")).toString(), stored->title);
    QCOMPARE(request("GET", QStringLiteral("/incidents/%1").arg(stored->id)).status, 200);
    const Reply health = request("GET", QStringLiteral("/health"));
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(health.json.value(QLatin1String("activeIncidents")).toInt(), 1);
}

void TestReceiver::listFiltersAndLimits()
{
    startReceiver();
    for (const char* body :
        { R"({"title":"a","severity":"critical","service":"db"})",
            R"({"title":"b","severity":"P3","service":"api"})", R"({"title":"c needle","severity":"high"})" })
        QCOMPARE(request("POST", QStringLiteral("/incidents"), body).status, 201);
    Reply all = request("GET", QStringLiteral("/incidents"));
    QCOMPARE(all.status, 200);
    QCOMPARE(all.json.value(QLatin1String("total")).toInt(), 3);
    QCOMPARE(
        all.json.value(QLatin1String("incidents")).toArray().first().toObject().value(QLatin1String("title")),
        QJsonValue(QStringLiteral("a"))); // most severe first
    QCOMPARE(request("GET", QStringLiteral("/incidents?severity=critical,high"))
                 .json.value(QLatin1String("total"))
                 .toInt(),
        2);
    QCOMPARE(
        request("GET", QStringLiteral("/incidents?service=api")).json.value(QLatin1String("total")).toInt(),
        1);
    QCOMPARE(
        request("GET", QStringLiteral("/incidents?q=NEEDLE")).json.value(QLatin1String("total")).toInt(), 1);
    QCOMPARE(request("GET", QStringLiteral("/incidents?status=resolved"))
                 .json.value(QLatin1String("total"))
                 .toInt(),
        0);
    const Reply limited = request("GET", QStringLiteral("/incidents?limit=2"));
    QCOMPARE(limited.json.value(QLatin1String("incidents")).toArray().size(), 2);
    QCOMPARE(limited.json.value(QLatin1String("total")).toInt(), 3);
    QCOMPARE(request("GET", QStringLiteral("/incidents?limit=0")).status, 422);
    QCOMPARE(request("GET", QStringLiteral("/incidents?severity=apocalyptic")).status, 422);
}

void TestReceiver::patchChangesFieldsAndWritesTheTimeline()
{
    startReceiver();
    const QString id = request("POST", QStringLiteral("/incidents"), R"({"title":"x","severity":"low"})")
                           .json.value(QLatin1String("id"))
                           .toString();
    const Reply patched = request("PATCH", QStringLiteral("/incidents/%1").arg(id),
        R"({"status":"acknowledged","severity":"critical","title":"Checkout down","commander":"Ana",
            "roles":{"technical_lead":"Bo"},"environment":"staging","type":"security"})");
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.json.value(QLatin1String("status")).toString(), QStringLiteral("acknowledged"));
    QCOMPARE(patched.json.value(QLatin1String("severity")).toString(), QStringLiteral("SEV1"));
    QCOMPARE(patched.json.value(QLatin1String("title")).toString(), QStringLiteral("Checkout down"));
    QCOMPARE(
        patched.json.value(QLatin1String("roles")).toObject().value(QLatin1String("commander")).toString(),
        QStringLiteral("Ana"));
    const Reply timeline = request("GET", QStringLiteral("/incidents/%1/timeline").arg(id));
    QStringList kinds;
    for (const QJsonValue& entry : timeline.json.value(QLatin1String("entries")).toArray())
        kinds.append(entry.toObject().value(QLatin1String("kind")).toString());
    QCOMPARE(kinds,
        (QStringList { QStringLiteral("Declared"), QStringLiteral("Edit"), QStringLiteral("Edit"),
            QStringLiteral("Edit"), QStringLiteral("Role"), QStringLiteral("Role"),
            QStringLiteral("Severity"), QStringLiteral("Status") }));
    const Reply note
        = request("POST", QStringLiteral("/incidents/%1/notes").arg(id), R"({"text":"paged DBA"})");
    QCOMPARE(note.status, 201);
    QCOMPARE(note.json.value(QLatin1String("author")).toString(), QStringLiteral("pager-bot"));
}

void TestReceiver::patchIsAllOrNothing()
{
    startReceiver();
    const QString id
        = request("POST", QStringLiteral("/incidents"), R"({"title":"keep me","severity":"low"})")
              .json.value(QLatin1String("id"))
              .toString();
    const Reply refused = request(
        "PATCH", QStringLiteral("/incidents/%1").arg(id), R"({"title":"changed","severity":"apocalyptic"})");
    QCOMPARE(refused.status, 422);
    QVERIFY(refused.json.value(QLatin1String("reason")).toString().contains(QLatin1String("apocalyptic")));
    const Reply after = request("GET", QStringLiteral("/incidents/%1").arg(id));
    QCOMPARE(after.json.value(QLatin1String("title")).toString(), QStringLiteral("keep me"));
    QCOMPARE(request("GET", QStringLiteral("/incidents/%1/timeline").arg(id))
                 .json.value(QLatin1String("entries"))
                 .toArray()
                 .size(),
        1);
}

void TestReceiver::refusedTransitionIsAConflict()
{
    startReceiver();
    const QString id = request("POST", QStringLiteral("/incidents"), R"({"title":"x","severity":"high"})")
                           .json.value(QLatin1String("id"))
                           .toString();
    const Reply refused = request("PATCH", QStringLiteral("/incidents/%1").arg(id), R"({"status":"closed"})");
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.json.value(QLatin1String("error")).toString(), QStringLiteral("invalid_transition"));
    QCOMPARE(request("GET", QStringLiteral("/incidents/%1").arg(id))
                 .json.value(QLatin1String("status"))
                 .toString(),
        QStringLiteral("triggered"));
    QCOMPARE(
        request("PATCH", QStringLiteral("/incidents/INC-1999-9999"), R"({"status":"closed"})").status, 404);
}

void TestReceiver::resolveWithResolutionNote()
{
    startReceiver();
    const QString id = request("POST", QStringLiteral("/incidents"), R"({"title":"x","severity":"high"})")
                           .json.value(QLatin1String("id"))
                           .toString();
    const Reply resolved = request(
        "POST", QStringLiteral("/incidents/%1/resolve").arg(id), R"({"resolution":"Rolled back to v2.3.0"})");
    QCOMPARE(resolved.status, 200);
    QCOMPARE(resolved.json.value(QLatin1String("status")).toString(), QStringLiteral("resolved"));
    QVERIFY(!resolved.json.value(QLatin1String("resolvedAt")).isNull());
    const QJsonArray entries = request("GET", QStringLiteral("/incidents/%1/timeline").arg(id))
                                   .json.value(QLatin1String("entries"))
                                   .toArray();
    QCOMPARE(entries.last().toObject().value(QLatin1String("text")).toString(),
        QStringLiteral("Rolled back to v2.3.0"));
    QCOMPARE(
        request("POST", QStringLiteral("/incidents/%1/resolve").arg(id)).status, 409); // already resolved
}

void TestReceiver::badRequestsGetJsonReasons_data()
{
    addBadRequestColumns();
    QTest::newRow("malformed json") << QByteArray("POST") << QStringLiteral("/incidents")
                                    << QByteArray("{\"title\": oops}") << QByteArray("application/json")
                                    << 400 << QStringLiteral("malformed_json");
    QTest::newRow("not an object") << QByteArray("POST") << QStringLiteral("/incidents")
                                   << QByteArray("[1,2]") << QByteArray("application/json") << 400
                                   << QStringLiteral("malformed_json");
    QTest::newRow("wrong content type")
        << QByteArray("POST") << QStringLiteral("/incidents") << QByteArray("{}") << QByteArray("text/plain")
        << 415 << QStringLiteral("unsupported_media_type");
    QTest::newRow("no title") << QByteArray("POST") << QStringLiteral("/incidents")
                              << QByteArray(R"({"severity":"high"})")
                              << QByteArray("application/json; charset=utf-8") << 422
                              << QStringLiteral("invalid");
    QTest::newRow("no severity") << QByteArray("POST") << QStringLiteral("/incidents")
                                 << QByteArray(R"({"title":"x"})") << QByteArray("application/json") << 422
                                 << QStringLiteral("invalid");
    QTest::newRow("unknown type") << QByteArray("POST") << QStringLiteral("/incidents")
                                  << QByteArray(R"({"title":"x","severity":"high","type":"gremlins"})")
                                  << QByteArray("application/json") << 422 << QStringLiteral("invalid");
    QTest::newRow("detected without zone")
        << QByteArray("POST") << QStringLiteral("/incidents")
        << QByteArray(R"({"title":"x","severity":"high","detectedAt":"2026-11-23T10:00:00"})")
        << QByteArray("application/json") << 422 << QStringLiteral("invalid");
    QTest::newRow("unknown route") << QByteArray("GET") << QStringLiteral("/nowhere") << QByteArray()
                                   << QByteArray() << 404 << QStringLiteral("not_found");
    QTest::newRow("unknown incident") << QByteArray("GET") << QStringLiteral("/incidents/INC-1999-0001")
                                      << QByteArray() << QByteArray() << 404 << QStringLiteral("not_found");
    QTest::newRow("wrong method") << QByteArray("DELETE") << QStringLiteral("/incidents") << QByteArray()
                                  << QByteArray() << 405 << QStringLiteral("method_not_allowed");
}

void TestReceiver::badRequestsGetJsonReasons()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, error);
    startReceiver();
    const Reply reply = request(method, path, body, contentType);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.json.value(QLatin1String("error")).toString(), error);
    QVERIFY(!reply.json.value(QLatin1String("reason")).toString().isEmpty());
    QCOMPARE(m_commits, 0);
    if (status == 405)
        QCOMPARE(reply.header("Allow"), QByteArray("GET, POST"));
}

void TestReceiver::bodyOverTheLimitIsRefusedBeforeItArrives()
{
    HttpLimits limits;
    limits.bodyBytes = 1024;
    startReceiver(limits);
    // Content-Length says 5 MB; only the header is sent. The answer must not wait for the body.
    bool closed = false;
    const QByteArray answer
        = rawExchange("POST /incidents HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                      "Content-Length: 5000000\r\n\r\n",
            1, &closed);
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
    QVERIFY(answer.contains("body_too_large"));
    QVERIFY(closed);
    // Kept for inspection like any other refusal, with the request line it had.
    SystemClock clock;
    QTRY_COMPARE(TestSupport::openStore(m_db, &clock)->intake().rejectedDeliveries(10)->size(), 1);
    const RejectedDelivery kept
        = TestSupport::openStore(m_db, &clock)->intake().rejectedDeliveries(10)->first();
    QCOMPARE(kept.status, 413);
    QCOMPARE(kept.route, QStringLiteral("POST /incidents"));
    QCOMPARE(kept.contentType, QStringLiteral("application/json"));
}

void TestReceiver::oversizedHeaderIsRefused()
{
    HttpLimits limits;
    limits.headerBytes = 2048;
    startReceiver(limits);
    const QByteArray answer = rawExchange(
        "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " + QByteArray(4096, 'p') + "\r\n\r\n", 1);
    QVERIFY2(answer.startsWith("HTTP/1.1 431"), answer.constData());
}

void TestReceiver::slowClientIsCutOff()
{
    HttpLimits limits;
    limits.requestTimeoutMs = 300;
    startReceiver(limits);
    bool closed = false;
    const QByteArray answer
        = rawExchange("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n", 1, &closed); // never finishes
    QVERIFY2(answer.startsWith("HTTP/1.1 408"), answer.constData());
    QVERIFY(closed);
}

void TestReceiver::aSenderCannotMakeTheReceiverBufferWithoutEnd()
{
    HttpLimits limits;
    limits.maxUnsentBytes = 256 * 1024;
    startReceiver(limits);

    // Chunk extensions without end: the chunk-size line never finishes. It is
    // cut off once it is longer than a header may be, not when it times out.
    qint64 sent = 0;
    const QByteArray answer = TestSupport::sendEndlessChunkExtensions(m_port, 5000, &sent);
    QVERIFY2(answer.startsWith("HTTP/1.1 431"),
        qPrintable(QStringLiteral("%1 bytes sent, answer: %2").arg(sent).arg(QString::fromUtf8(answer))));
    QVERIFY(answer.contains("chunk-size line"));

    // A sender that pipelines requests and never reads the answers: once a
    // quarter of a megabyte of answers waits for it, nothing more of its
    // requests is read, and what the receiver holds for it stays bounded.
    QTcpSocket flood;
    flood.connectToHost(QHostAddress::LocalHost, m_port);
    QVERIFY(flood.waitForConnected(5000));
    QByteArray requests;
    for (int i = 0; i < 1000; ++i)
        requests += "GET /nowhere HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    // Far more than the receiver may hold, and than the kernel's buffers take.
    qint64 written = 0;
    while (written < 16 * 1024 * 1024) {
        flood.write(requests);
        written += requests.size();
    }
    QElapsedTimer elapsed;
    elapsed.start();
    while (elapsed.elapsed() < 3000)
        flood.waitForBytesWritten(20);
    const double held = metric("receiver_held_bytes");
    QVERIFY2(held >= 0, "GET /metrics says what the receiver holds for its connections");
    // The answers it may not write past, a read-ahead, the request being parsed, and an answer's margin.
    const double bound
        = static_cast<double>(limits.maxUnsentBytes + 64 * 1024 + limits.headerBytes + 64 * 1024);
    QVERIFY2(held <= bound,
        qPrintable(QStringLiteral("held %1 bytes for %2 bytes of pipelined requests; bound %3")
                       .arg(held)
                       .arg(written - flood.bytesToWrite())
                       .arg(bound)));
    // It reads on once the answers are taken: every request is answered.
    qint64 answers = 0;
    QByteArray tail;
    elapsed.restart();
    const qint64 expected = written / (requests.size() / 1000);
    while (answers < expected && elapsed.elapsed() < 120000) {
        flood.waitForBytesWritten(10);
        flood.waitForReadyRead(100);
        const QByteArray bytes = tail + flood.readAll();
        answers += bytes.count("HTTP/1.1 404");
        tail = bytes.right(16);
        answers -= tail.count("HTTP/1.1 404");
    }
    answers += tail.count("HTTP/1.1 404");
    QCOMPARE(answers, expected);
}

void TestReceiver::keepAliveAndPipelinedRequestsAnswerInOrder()
{
    startReceiver();
    const QByteArray create = R"({"title":"pipelined","severity":"high"})";
    const QByteArray pipeline
        = "POST /incidents HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(create.size()) + "\r\n\r\n" + create
        + "GET /incidents/1 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
          "GET /nowhere HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
          "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
    bool closed = false;
    const QByteArray answers = rawExchange(pipeline, 4, &closed);
    const qsizetype first = answers.indexOf("HTTP/1.1 201");
    const qsizetype second = answers.indexOf("HTTP/1.1 200", first);
    const qsizetype third = answers.indexOf("HTTP/1.1 404", second);
    const qsizetype fourth = answers.indexOf("HTTP/1.1 200", third);
    QVERIFY2(first == 0 && second > first && third > second && fourth > third, answers.constData());
    QVERIFY(answers.mid(second, third - second).contains("\"title\":\"pipelined\""));
    QVERIFY(answers.mid(fourth).contains("Connection: close"));
    QVERIFY(closed);
}

void TestReceiver::expectContinueIsHonoured()
{
    startReceiver();
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray body = R"({"title":"after continue","severity":"low"})";
    socket.write("POST /incidents HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nExpect: "
                 "100-continue\r\n"
                 "Content-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n");
    QVERIFY(socket.waitForReadyRead(5000));
    QCOMPARE(socket.readAll(), QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));
    socket.write(body);
    QVERIFY(socket.waitForReadyRead(5000));
    QVERIFY(socket.readAll().startsWith("HTTP/1.1 201"));
}

void TestReceiver::expectContinueIsNotGivenToStrangers()
{
    ReceiverCredentials credentials;
    credentials.token = "s3cret-token";
    credentials.webhooks.insert(QStringLiteral("generic"), { {}, {}, "generic-secret" });
    startReceiver({}, credentials);
    // A sender about to upload half a megabyte waits to be told to go on.
    const auto ask = [this](const QByteArray& path, const QByteArray& headers, bool* closed) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (!socket.waitForConnected(5000))
            return QByteArray("not connected");
        socket.write("POST " + path
            + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nExpect: 100-continue\r\n"
            + headers + "Content-Length: 500000\r\n\r\n");
        if (!socket.waitForReadyRead(5000))
            return QByteArray("no answer");
        QByteArray answer = socket.readAll();
        *closed = socket.state() == QAbstractSocket::UnconnectedState || socket.waitForDisconnected(5000);
        return answer + socket.readAll();
    };
    bool closed = false;
    // Without the token, and from a web page: refused from the header, the body never invited, the connection
    // closed.
    QByteArray answer = ask("/incidents", {}, &closed);
    QVERIFY2(answer.startsWith("HTTP/1.1 401") && !answer.contains("100 Continue"), answer.constData());
    QVERIFY(closed);
    answer = ask(
        "/incidents", "Authorization: Bearer s3cret-token\r\nOrigin: https://evil.example\r\n", &closed);
    QVERIFY2(answer.startsWith("HTTP/1.1 403"), answer.constData());
    answer = ask("/webhooks/alerts/generic", {}, &closed);
    QVERIFY2(answer.startsWith("HTTP/1.1 401"), answer.constData());
    // With the token, or a signature to be checked once the body has come: go on.
    QCOMPARE(ask("/incidents", "Authorization: Bearer s3cret-token\r\n", &closed),
        QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));
    const QByteArray signedHeaders
        = "X-Incident-Console-Timestamp: " + QByteArray::number(QDateTime::currentSecsSinceEpoch())
        + "\r\nX-Incident-Console-Signature: sha256=0123\r\n";
    QCOMPARE(
        ask("/webhooks/alerts/generic", signedHeaders, &closed), QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));
    QCOMPARE(TestSupport::firstNumber(m_db, QStringLiteral("SELECT count(*) FROM incidents")), 0);
}

void TestReceiver::healthSaysLittleWithoutTheToken()
{
    ReceiverCredentials credentials;
    credentials.token = "s3cret-token";
    startReceiver({}, credentials);
    // A probe learns whether the console is well, not where its files are or how many incidents it holds.
    const Reply probe = request("GET", QStringLiteral("/health"));
    QCOMPARE(probe.status, 200);
    QCOMPARE(probe.json.keys(), QStringList { QStringLiteral("status") });
    QCOMPARE(probe.json.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
    const Reply owner
        = request("GET", QStringLiteral("/health"), {}, {}, { { "Authorization", "Bearer s3cret-token" } });
    QVERIFY(owner.json.contains(QLatin1String("database")));
    QVERIFY(owner.json.contains(QLatin1String("alertInbox")));
    QVERIFY(owner.json.contains(QLatin1String("activeIncidents")));
}

void TestReceiver::openViewsHearOfChangesAtOnce()
{
    SystemClock clock;
    std::unique_ptr<AsyncIncidentStore> console = TestSupport::openAsyncStore(m_db, &clock);
    QVERIFY(console);
    console->setExternalPollInterval(0); // only the receiver's nudge can deliver the change
    AsyncIncidentStore* store = console.get();
    m_committed = [store] { store->lookForChanges(); };
    startReceiver();
    QSignalSpy changed(console.get(), &AsyncIncidentStore::changed);
    QCOMPARE(
        request("POST", QStringLiteral("/incidents"), R"({"title":"live","severity":"critical"})").status,
        201);
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 2000);
    QCOMPARE(changed.first().first().value<StoreChanges>().first().incident.title, QStringLiteral("live"));
    m_receiver.reset();
}

void TestReceiver::busyPortIsReported()
{
    startReceiver();
    Receiver::Settings settings;
    settings.port = m_port; // taken by the first one
    settings.databasePath = m_db;
    Receiver second(settings, {});
    QSignalSpy failed(&second, &Receiver::failed);
    second.start();
    QVERIFY(failed.wait(5000));
    QVERIFY(failed.first().first().toString().contains(QString::number(m_port)));
}

namespace {
// What Alertmanager 0.25 sends (webhook payload version 4), with a field from a
// newer version added, Go's nanosecond times and the zero time for "not ended".
const QByteArray kAlertmanagerPayload = R"({
  "receiver": "incident-response",
  "status": "firing",
  "alerts": [
    {
      "status": "firing",
      "labels": {"alertname": "DatabaseDown", "instance": "db-1:9187", "severity": "critical", "env": "production"},
      "annotations": {"summary": "Primary database is down", "description": "pg_up is 0 on db-1",
                      "runbook_url": "https://wiki.internal/runbooks/db"},
      "startsAt": "2026-11-23T08:59:30.123456789Z",
      "endsAt": "0001-01-01T00:00:00Z",
      "generatorURL": "http://prometheus:9090/graph?g0.expr=pg_up+%3D%3D+0",
      "fingerprint": "c2c4d8f0a1b2e3f4"
    },
    {
      "status": "firing",
      "labels": {"alertname": "ReplicationLag", "instance": "db-2:9187", "severity": "warning", "service": "database"},
      "annotations": {"summary": "Replica is 90 s behind"},
      "startsAt": "2026-11-23T08:58:00Z",
      "endsAt": "0001-01-01T00:00:00Z",
      "generatorURL": "http://prometheus:9090/graph?g0.expr=lag",
      "fingerprint": "0a0b0c0d0e0f1011"
    }
  ],
  "groupLabels": {"alertname": "DatabaseDown"},
  "commonLabels": {"env": "production"},
  "commonAnnotations": {},
  "externalURL": "http://alertmanager:9093",
  "version": "4",
  "groupKey": "{}:{alertname=\"DatabaseDown\"}",
  "truncatedAlerts": 0,
  "fieldFromTheFuture": {"anything": [1, 2, 3]}
})";

using TestSupport::firstNumber;

int countRows(const QString& path, const QString& table)
{
    return firstNumber(path, QStringLiteral("SELECT count(*) FROM ") + table);
}

// Another program holding the write lock of the file at `path` for as long as this lives.
class StoreLock {
public:
    explicit StoreLock(const QString& path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kName);
        db.setDatabaseName(path);
        m_locked = db.open() && QSqlQuery(db).exec(QStringLiteral("BEGIN EXCLUSIVE"));
    }
    ~StoreLock()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(kName, false);
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
        QSqlDatabase::removeDatabase(kName);
    }
    StoreLock(const StoreLock&) = delete;
    StoreLock& operator=(const StoreLock&) = delete;
    bool locked() const { return m_locked; }

private:
    static inline const QString kName = QStringLiteral("locker");
    bool m_locked = false;
};

// An Alertmanager delivery of `count` alerts, fingerprints "<prefix>-0" on.
QByteArray alertmanagerDelivery(const QByteArray& prefix, int count, bool resolved = false)
{
    const QByteArray status = resolved ? "resolved" : "firing";
    QByteArray alerts;
    for (int i = 0; i < count; ++i) {
        const QByteArray fingerprint = prefix + '-' + QByteArray::number(i);
        alerts += QByteArray(i ? "," : "") + R"({"status":")" + status
            + R"(","labels":{"alertname":"Storm","service":"svc-)" + QByteArray::number(i % 7)
            + R"(","instance":")" + fingerprint
            + R"("},"annotations":{},"startsAt":"2026-11-24T09:00:00Z","endsAt":")"
            + (resolved ? "2026-11-24T09:05:00Z" : "0001-01-01T00:00:00Z") + R"(","fingerprint":")"
            + fingerprint + R"("})";
    }
    return R"({"version":"4","status":")" + status + R"(","receiver":"console","groupKey":"{}","alerts":[)"
        + alerts + "]}";
}
}

void TestReceiver::silentSendersCannotLockOthersOut()
{
    HttpLimits limits;
    limits.maxConnections = 8;
    limits.maxConnectionsPerPeer = 4;
    limits.headerTimeoutMs = 8000;
    startReceiver(limits);

    // One address gets its four places; the fifth and sixth connection from it are told 503.
    std::vector<std::unique_ptr<QTcpSocket>> silent;
    for (int i = 0; i < 6; ++i) {
        silent.push_back(connectFrom(QStringLiteral("127.0.0.2"), m_port));
        QVERIFY(silent.back());
    }
    for (std::size_t i = 4; i < silent.size(); ++i) {
        QVERIFY(silent.at(i)->waitForReadyRead(3000));
        QVERIFY(silent.at(i)->readAll().contains("too_many_connections_from_peer"));
    }
    for (std::size_t i = 0; i < 4; ++i)
        QCOMPARE(silent.at(i)->bytesAvailable(), 0);
    // Another fills the rest of the receiver's places.
    for (int i = 0; i < 4; ++i) {
        silent.push_back(connectFrom(QStringLiteral("127.0.0.3"), m_port));
        QVERIFY(silent.back());
    }
    // A sender with something to say still gets in: the connection that waited
    // longest without a request makes room for it. Here it asks how many are open:
    // seven silent ones and its own.
    QCOMPARE(metric("receiver_open_connections"), 8.0);
    const Reply alert = request("POST", QStringLiteral("/webhooks/alerts/prometheus"), kAlertmanagerPayload);
    QCOMPARE(alert.status, 200);
    QCOMPARE(countRows(m_db, QStringLiteral("alerts")), 2);
    // And a silent connection is closed once the header deadline has passed: it
    // does not keep its place for the minute a kept-alive connection may idle.
    QElapsedTimer elapsed;
    elapsed.start();
    for (const auto& socket : silent) {
        if (socket->state() == QAbstractSocket::ConnectedState)
            QVERIFY(socket->waitForDisconnected(limits.headerTimeoutMs + 3000));
    }
    QVERIFY2(
        elapsed.elapsed() < limits.headerTimeoutMs + 3000, qPrintable(QString::number(elapsed.elapsed())));
}

void TestReceiver::refusalsBeforeAuthenticationAreSampledWithoutTheirBodies()
{
    ReceiverCredentials credentials;
    credentials.token = "s3cret-token";
    startReceiver({}, credentials);
    const QHash<QByteArray, QByteArray> good { { "Authorization", "Bearer s3cret-token" } };
    // Two hundred deliveries from someone without the token, each with a body.
    const QByteArray body = R"({"name": "Flood", "padding": ")" + QByteArray(8000, 'p') + R"("})";
    QElapsedTimer flooding;
    flooding.start();
    for (int i = 0; i < 200; ++i)
        QCOMPARE(request("POST", QStringLiteral("/webhooks/alerts/generic"), body).status, 401);
    // Every one is counted; a few are kept to show what happened, none with its body.
    QTRY_VERIFY(countRows(m_db, QStringLiteral("rejected_deliveries")) > 0);
    QTest::qWait(2 * RefusalLog::kWriteEveryMs);
    const int kept = countRows(m_db, QStringLiteral("rejected_deliveries"));
    // The burst, and one for each interval the flood took (a slow machine takes longer).
    const qint64 refills = flooding.elapsed() / RefusalLog::kSampleEveryMs;
    QVERIFY2(kept <= RefusalLog::kSampleBurst + refills + 1, qPrintable(QString::number(kept)));
    SystemClock clock;
    const StoreResult<QList<RejectedDelivery>> sampled
        = TestSupport::openStore(m_db, &clock)->intake().rejectedDeliveries(1000);
    QVERIFY(sampled);
    for (const RejectedDelivery& delivery : *sampled) {
        QCOMPARE(delivery.status, 401);
        QVERIFY(delivery.body.isEmpty());
    }
    const Reply metrics = request("GET", QStringLiteral("/metrics"), {}, {}, good);
    QVERIFY2(
        metrics.raw.contains(R"(receiver_rejected_requests_total{status="401",reason="unauthorized"} 200)"),
        metrics.raw.constData());
    QVERIFY(metrics.raw.contains("receiver_refusals_not_kept_total " + QByteArray::number(200 - kept)));

    // A sender with the token whose payload is wrong is kept whole: its owner needs the body.
    QCOMPARE(request("POST", QStringLiteral("/webhooks/alerts/prometheus"), R"({"hello": "world"})",
                 "application/json", good)
                 .status,
        400);
    QTRY_COMPARE(countRows(m_db, QStringLiteral("rejected_deliveries")), kept + 1);
    QCOMPARE(TestSupport::openStore(m_db, &clock)->intake().rejectedDeliveries(1)->first().body,
        QByteArray(R"({"hello": "world"})"));
}

void TestReceiver::theConsoleAcceptsAgainAfterRunningOutOfDescriptors()
{
    // The real console, allowed few descriptors, and more kept-alive connections
    // than it has descriptors for. A sender with something to say must still
    // get in: the console holds no more connections than its descriptors allow
    // and makes room, instead of meeting EMFILE and accepting nobody.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    QProcess console;
    console.setProcessEnvironment(TestSupport::consoleEnvironment(m_dir->filePath(QStringLiteral("config"))));
    const int openFiles = 160;
    console.start(QStringLiteral("prlimit"),
        { QStringLiteral("--nofile=%1:%1").arg(openFiles), QStringLiteral("--"),
            qEnvironmentVariable("INCIDENT_CONSOLE_BIN"), QStringLiteral("--db"), m_db,
            QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port) });
    QVERIFY(console.waitForStarted());
    m_port = port;
    QTRY_VERIFY_WITH_TIMEOUT(request("GET", QStringLiteral("/health")).status == 200, 15000);

    std::vector<std::unique_ptr<QTcpSocket>> hogs;
    for (int peer = 2; peer < 5; ++peer) {
        for (int i = 0; i < openFiles / 3; ++i) {
            if (auto socket = connectFrom(QStringLiteral("127.0.0.%1").arg(peer), m_port)) {
                // One request answered: it may now stay idle for a minute, as senders' pools do.
                socket->write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
                hogs.push_back(std::move(socket));
            }
        }
    }
    QCOMPARE(static_cast<int>(hogs.size()), openFiles / 3 * 3);
    QTest::qWait(1000);
    // A new connection (not one kept alive from before), while the hogs are still there.
    const QByteArray alert = "POST /webhooks/alerts/prometheus HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                             "application/json\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(kAlertmanagerPayload.size()) + "\r\n\r\n" + kAlertmanagerPayload;
    const QByteArray answer = rawExchange(alert, 1);
    QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
    const int descriptors = static_cast<int>(QDir(QStringLiteral("/proc/%1/fd").arg(console.processId()))
                                                 .entryList(QDir::NoDotAndDotDot | QDir::System)
                                                 .size());
    QVERIFY2(descriptors < openFiles, qPrintable(QString::number(descriptors)));
    console.terminate();
    QVERIFY(console.waitForFinished(15000));
}

void TestReceiver::theConsoleKeepsItsFilesToItsOwner()
{
    // Settings an older version left readable by everyone on the machine.
    const QString config = m_dir->filePath(QStringLiteral("config/incident-console"));
    QVERIFY(QDir().mkpath(config));
    QFile ini(config + QStringLiteral("/console.ini"));
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write("[receiver]\nhostNames=console.example.net\n");
    ini.close();
    const QFileDevice::Permissions readable
        = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    QVERIFY(QFile::setPermissions(ini.fileName(), readable));
    QVERIFY(QFile::setPermissions(
        config, readable | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther));

    QProcess console;
    startConsoleProcess(&console);
    QCOMPARE(
        request("POST", QStringLiteral("/webhooks/alerts/prometheus"), kAlertmanagerPayload).status, 200);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    for (const QString& path :
        { m_db, m_db + QStringLiteral("-wal"), m_db + QStringLiteral("-inbox"), config, ini.fileName() }) {
        const QFileInfo info(path);
        QVERIFY2(info.exists(), qPrintable(path));
        QVERIFY2(!(info.permissions() & others),
            qPrintable(QStringLiteral("%1: %2").arg(path).arg(static_cast<int>(info.permissions()), 0, 16)));
        QVERIFY2(info.permissions() & QFileDevice::ReadOwner, qPrintable(path));
    }
    console.terminate();
    QVERIFY(console.waitForFinished(15000));
}

void TestReceiver::alertmanagerWebhookStoresEveryField()
{
    startReceiver();
    const Reply reply = request("POST", QStringLiteral("/webhooks/alerts/prometheus"), kAlertmanagerPayload);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QLatin1String("received")).toInt(), 2);
    QCOMPARE(reply.json.value(QLatin1String("created")).toInt(), 2);
    QCOMPARE(
        reply.json.value(QLatin1String("incidentsOpened")).toInt(), 1); // critical opens, warning does not
    QCOMPARE(reply.json.value(QLatin1String("incidents")).toArray().first().toString(),
        QStringLiteral("INC-2026-0001"));
    QCOMPARE(m_commits, 1);

    SystemClock clock;
    std::unique_ptr<IncidentStore> store = TestSupport::openStore(m_db, &clock);
    AlertQuery query;
    query.sort = { AlertSortKey::Name, Qt::AscendingOrder };
    const StoreResult<QList<Alert>> alerts = store->alerts().page(query, std::nullopt, 10);
    QVERIFY(alerts);
    QCOMPARE(alerts->size(), 2);
    const Alert& down = alerts->at(0);
    QCOMPARE(down.source, QStringLiteral("alertmanager"));
    QCOMPARE(down.fingerprint, QStringLiteral("c2c4d8f0a1b2e3f4"));
    QCOMPARE(down.name, QStringLiteral("DatabaseDown"));
    QCOMPARE(down.summary, QStringLiteral("Primary database is down"));
    QCOMPARE(down.service, QStringLiteral("database")); // the shipped rule names it
    QCOMPARE(down.severity, Severity::Sev1);
    QCOMPARE(down.labels.value(QStringLiteral("instance")), QStringLiteral("db-1:9187"));
    QCOMPARE(down.annotations.value(QStringLiteral("description")), QStringLiteral("pg_up is 0 on db-1"));
    QCOMPARE(down.runbookUrl, QStringLiteral("https://wiki.internal/runbooks/db"));
    QCOMPARE(down.generatorUrl, QStringLiteral("http://prometheus:9090/graph?g0.expr=pg_up+%3D%3D+0"));
    QCOMPARE(down.startsAt, QDateTime(QDate(2026, 11, 23), QTime(8, 59, 30, 123), Qt::UTC));
    QVERIFY(!down.endsAt.isValid());
    QCOMPARE(down.incidentKey, QStringLiteral("INC-2026-0001"));
    const Alert& lag = alerts->at(1);
    QCOMPARE(lag.severity, Severity::Sev3);
    QCOMPARE(lag.incidentId, 0);

    // Alertmanager repeats the group on every group_interval: counted, not stored twice.
    const Reply again = request("POST", QStringLiteral("/webhooks/alerts/prometheus"), kAlertmanagerPayload);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json.value(QLatin1String("deduplicated")).toInt(), 2);
    QCOMPARE(*store->alerts().count(AlertFilter {}), 2);
}

void TestReceiver::webhookBadInputIsRefusedAndKept_data()
{
    addBadRequestColumns();
    const QString prometheus = QStringLiteral("/webhooks/alerts/prometheus");
    QTest::newRow("malformed json") << QByteArray("POST") << prometheus << QByteArray("{\"alerts\": [")
                                    << QByteArray("application/json") << 400
                                    << QStringLiteral("malformed_payload");
    QTest::newRow("wrong content type")
        << QByteArray("POST") << prometheus << kAlertmanagerPayload
        << QByteArray("application/x-www-form-urlencoded") << 415 << QStringLiteral("unsupported_media_type");
    QTest::newRow("not alertmanager")
        << QByteArray("POST") << prometheus << QByteArray(R"({"hello": "world"})")
        << QByteArray("application/json") << 400 << QStringLiteral("malformed_payload");
    QTest::newRow("label not a string")
        << QByteArray("POST") << prometheus
        << QByteArray(R"({"alerts":[{"status":"firing","labels":{"alertname":"A","n":1}}]})")
        << QByteArray("application/json") << 400 << QStringLiteral("malformed_payload");
    QTest::newRow("no alertname") << QByteArray("POST") << prometheus
                                  << QByteArray(R"({"alerts":[{"status":"firing","labels":{"job":"x"}}]})")
                                  << QByteArray("application/json") << 400
                                  << QStringLiteral("malformed_payload");
    QTest::newRow("bad status") << QByteArray(
        "POST") << prometheus << QByteArray(R"({"alerts":[{"status":"burning","labels":{"alertname":"A"}}]})")
                                << QByteArray("application/json") << 400
                                << QStringLiteral("malformed_payload");
    QTest::newRow("bad time")
        << QByteArray("POST") << prometheus
        << QByteArray(R"({"alerts":[{"status":"firing","labels":{"alertname":"A"},"startsAt":"yesterday"}]})")
        << QByteArray("application/json") << 400 << QStringLiteral("malformed_payload");
    QTest::newRow("unknown source") << QByteArray("POST") << QStringLiteral("/webhooks/alerts/nagios")
                                    << QByteArray("{}") << QByteArray("application/json") << 404
                                    << QStringLiteral("unknown_source");
    QTest::newRow("wrong method") << QByteArray("PUT") << prometheus << QByteArray("{}")
                                  << QByteArray("application/json") << 405
                                  << QStringLiteral("method_not_allowed");
}

void TestReceiver::webhookBadInputIsRefusedAndKept()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, error);
    startReceiver();
    QSignalSpy rejected(m_receiver.get(), &Receiver::rejected);
    const Reply reply = request(method, path, body, contentType);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.json.value(QLatin1String("error")).toString(), error);
    const QString reason = reply.json.value(QLatin1String("reason")).toString();
    QVERIFY(!reason.isEmpty());
    QCOMPARE(m_commits, 0);
    QTRY_COMPARE(rejected.size(), 1);

    SystemClock clock;
    std::unique_ptr<IncidentStore> store = TestSupport::openStore(m_db, &clock);
    QCOMPARE(*store->alerts().count(AlertFilter {}), 0);
    const StoreResult<QList<RejectedDelivery>> kept = store->intake().rejectedDeliveries(10);
    QVERIFY(kept);
    QCOMPARE(kept->size(), 1);
    QCOMPARE(kept->first().status, status);
    QCOMPARE(kept->first().reason, reason);
    // A Content-Type that a web page can send is refused before anyone has
    // shown a right to send: its body is not stored.
    QCOMPARE(kept->first().body, status == 415 ? QByteArray() : body);
    QCOMPARE(kept->first().route, QString::fromLatin1(method) + QLatin1Char(' ') + path);
    QCOMPARE(kept->first().peer, QStringLiteral("127.0.0.1"));
}

void TestReceiver::lockedDatabaseAnswers503AndNothingIsLost()
{
    startReceiver();
    {
        // Another program holds the write lock for longer than the store waits.
        const StoreLock lock(m_db);
        QVERIFY(lock.locked());
        const Reply refused
            = request("POST", QStringLiteral("/webhooks/alerts/prometheus"), kAlertmanagerPayload);
        QCOMPARE(refused.status, 503);
        QCOMPARE(refused.json.value(QLatin1String("error")).toString(), QStringLiteral("store_unavailable"));
        QCOMPARE(refused.header("Retry-After"), QByteArray("5"));
    }
    QCOMPARE(countRows(m_db, QStringLiteral("alerts")), 0);
    // Alertmanager retries the 5xx; now it goes in.
    const Reply retried
        = request("POST", QStringLiteral("/webhooks/alerts/prometheus"), kAlertmanagerPayload);
    QCOMPARE(retried.status, 200);
    QCOMPARE(countRows(m_db, QStringLiteral("alerts")), 2);
}

void TestReceiver::killedRightAfterTheAnswerLosesNothing()
{
    // The real console, killed with SIGKILL the moment it has answered.
    QProcess console;
    startConsoleProcess(&console);
    if (QTest::currentTestFailed())
        return;

    QByteArray payload = kAlertmanagerPayload;
    int stored = 0;
    for (int i = 0; i < 20; ++i) {
        // A fresh fingerprint each time, so that every delivery is new.
        QByteArray unique = payload;
        unique.replace("c2c4d8f0a1b2e3f4", "kill-" + QByteArray::number(i));
        unique.replace("0a0b0c0d0e0f1011", "kill-b-" + QByteArray::number(i));
        const Reply reply = request("POST", QStringLiteral("/webhooks/alerts/prometheus"), unique);
        QCOMPARE(reply.status, 200);
        stored += 2;
    }
    console.kill(); // SIGKILL: no chance to flush or close anything
    QVERIFY(console.waitForFinished());
    QCOMPARE(countRows(m_db, QStringLiteral("alerts")), stored);
}

void TestReceiver::stormGoesThroughTheInboxInOrder()
{
    startReceiver();
    // A delivery this big is a storm: committed to the inbox, answered, applied by the drain.
    const int storm = WebhookApi::kInboxFromAlerts * 2;
    const Reply queued = request(
        "POST", QStringLiteral("/webhooks/alerts/prometheus"), alertmanagerDelivery("storm", storm));
    QCOMPARE(queued.status, 202);
    QCOMPARE(queued.json.value(QLatin1String("received")).toInt(), storm);
    QVERIFY(queued.json.value(QLatin1String("queued")).toBool());
    // Their resolution, sent at once, never overtakes them, wherever it goes.
    const Reply resolved = request(
        "POST", QStringLiteral("/webhooks/alerts/prometheus"), alertmanagerDelivery("storm", 5, true));
    QVERIFY2(resolved.status == 200 || resolved.status == 202, qPrintable(QString::number(resolved.status)));
    QTRY_COMPARE(countRows(m_db, QStringLiteral("alerts")), storm);
    QTRY_COMPARE(firstNumber(m_db, QStringLiteral("SELECT count(*) FROM alerts WHERE status = 2")), 5);
    QCOMPARE(firstNumber(m_db, QStringLiteral("SELECT max(occurrences) FROM alerts WHERE status <> 2")), 1);
    QTRY_VERIFY(m_commits > 0); // the window hears of what the drain applied

    // Once the inbox is applied, a small delivery is stored before its answer again, which says what it did.
    QTRY_COMPARE(countRows(AlertInbox::pathFor(m_db), QStringLiteral("entries")), 0);
    const Reply small
        = request("POST", QStringLiteral("/webhooks/alerts/prometheus"), alertmanagerDelivery("calm", 3));
    QCOMPARE(small.status, 200);
    QCOMPARE(small.json.value(QLatin1String("created")).toInt(), 3);
}

void TestReceiver::lockedStoreKeepsTheStormInTheInbox()
{
    startReceiver();
    {
        // The store is locked; the inbox is not: the storm is accepted.
        const StoreLock lock(m_db);
        QVERIFY(lock.locked());
        const Reply queued = request("POST", QStringLiteral("/webhooks/alerts/prometheus"),
            alertmanagerDelivery("locked", WebhookApi::kInboxFromAlerts));
        QCOMPARE(queued.status, 202);
        QCOMPARE(countRows(AlertInbox::pathFor(m_db), QStringLiteral("entries")), 1);
    }
    // The drain tries again, later each time, and gets there.
    QTRY_COMPARE_WITH_TIMEOUT(countRows(m_db, QStringLiteral("alerts")), WebhookApi::kInboxFromAlerts, 20000);
}

void TestReceiver::stuckInboxIsReported()
{
    startReceiver();
    QSignalSpy reports(m_receiver.get(), &Receiver::inboxChanged);
    const auto exec = [this](const QString& sql) {
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw")).setDatabaseName(m_db);
        bool done = false;
        {
            QSqlDatabase db = QSqlDatabase::database(QStringLiteral("raw"));
            done = db.open() && QSqlQuery(db).exec(sql);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        return done;
    };
    // Every batch fails at its very end, as on a full disk: the store, not any one delivery.
    QVERIFY(exec(QStringLiteral("CREATE TRIGGER stuck BEFORE INSERT ON inbox_applied "
                                "BEGIN SELECT RAISE(ABORT, 'no room left'); END")));
    const int storm = WebhookApi::kInboxFromAlerts;
    QCOMPARE(
        request("POST", QStringLiteral("/webhooks/alerts/prometheus"), alertmanagerDelivery("stuck", storm))
            .status,
        202);
    QTRY_VERIFY(request("GET", QStringLiteral("/health")).json.value(QLatin1String("status")).toString()
        == QLatin1String("degraded"));
    const QJsonObject stuck
        = request("GET", QStringLiteral("/health")).json.value(QLatin1String("alertInbox")).toObject();
    QCOMPARE(stuck.value(QLatin1String("waitingAlerts")).toInt(), storm);
    QVERIFY2(stuck.value(QLatin1String("problem")).toString().contains(QLatin1String("no room left")),
        qPrintable(stuck.value(QLatin1String("problem")).toString()));
    QTRY_VERIFY(!reports.isEmpty() && !reports.last().first().value<AlertInboxState>().problem.isEmpty());
    QCOMPARE(countRows(m_db, QStringLiteral("alerts")), 0);

    // More is taken, and answered at once, up to the limit; beyond it the senders keep their alerts and
    // retry.
    int accepted = storm;
    for (int i = 0; accepted <= WebhookApi::kHeldBeyondAlerts; ++i) {
        const Reply more = request("POST", QStringLiteral("/webhooks/alerts/prometheus"),
            alertmanagerDelivery("more-" + QByteArray::number(i), 1000));
        QCOMPARE(more.status, 202);
        accepted += 1000;
    }
    const Reply refused = request(
        "POST", QStringLiteral("/webhooks/alerts/prometheus"), alertmanagerDelivery("refused", 1000));
    QCOMPARE(refused.status, 503);
    QCOMPARE(refused.json.value(QLatin1String("error")).toString(), QStringLiteral("store_unavailable"));
    QVERIFY2(refused.json.value(QLatin1String("reason")).toString().contains(QLatin1String("no room left")),
        qPrintable(refused.json.value(QLatin1String("reason")).toString()));

    // Room again: the drain's next try applies what it accepted, and says so.
    QVERIFY(exec(QStringLiteral("DROP TRIGGER stuck")));
    QTRY_COMPARE_WITH_TIMEOUT(countRows(m_db, QStringLiteral("alerts")), accepted, 20000);
    QTRY_COMPARE(reports.last().first().value<AlertInboxState>(), (AlertInboxState { 0, {}, 0, m_db }));
    const QJsonObject health = request("GET", QStringLiteral("/health")).json;
    QCOMPARE(health.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(health.value(QLatin1String("alertInbox")).toObject(),
        (QJsonObject { { QLatin1String("waitingAlerts"), 0 } }));
}

void TestReceiver::killedWithAStormInTheInboxLosesNothing()
{
    // The real console, killed while its inbox still holds alerts it answered for.
    QProcess console;
    startConsoleProcess(&console);
    if (QTest::currentTestFailed())
        return;
    constexpr int kDeliveries = 40;
    constexpr int kAlerts = 500;
    for (int i = 0; i < kDeliveries; ++i) {
        const Reply reply = request("POST", QStringLiteral("/webhooks/alerts/prometheus"),
            alertmanagerDelivery("killed-" + QByteArray::number(i), kAlerts));
        QCOMPARE(reply.status, 202);
    }
    console.kill(); // SIGKILL, most likely with entries not applied yet
    QVERIFY(console.waitForFinished());
    const int before = countRows(m_db, QStringLiteral("alerts"));
    qInfo("%d of %d alerts applied when the console was killed", before, kDeliveries * kAlerts);

    // The next start applies what was left, and nothing twice.
    startReceiver();
    QTRY_COMPARE_WITH_TIMEOUT(countRows(m_db, QStringLiteral("alerts")), kDeliveries * kAlerts, 30000);
    QCOMPARE(firstNumber(m_db, QStringLiteral("SELECT max(occurrences) FROM alerts")), 1);
}

void TestReceiver::listenAddressesParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::newRow("default") << ListenAddress::defaultText() << true << QStringLiteral("127.0.0.1") << 3001;
    QTest::newRow("localhost") << QStringLiteral("localhost:8080") << true << QStringLiteral("127.0.0.1")
                               << 8080;
    QTest::newRow("ipv6 loopback") << QStringLiteral("[::1]:3001") << true << QStringLiteral("::1") << 3001;
    QTest::newRow("all interfaces") << QStringLiteral("0.0.0.0:3001") << true << QStringLiteral("0.0.0.0")
                                    << 3001;
    QTest::newRow("lan address") << QStringLiteral("192.168.1.10:3001") << true
                                 << QStringLiteral("192.168.1.10") << 3001;
    QTest::newRow("no port") << QStringLiteral("127.0.0.1") << false << QString() << 0;
    QTest::newRow("bad port") << QStringLiteral("127.0.0.1:99999") << false << QString() << 0;
    QTest::newRow("host name") << QStringLiteral("example.org:3001") << false << QString() << 0;
}

void TestReceiver::listenAddressesParse()
{
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    QFETCH(QString, address);
    QFETCH(int, port);
    QString error;
    const std::optional<ListenAddress> parsed = ListenAddress::parse(text, &error);
    QCOMPARE(parsed.has_value(), accepted);
    if (accepted) {
        QCOMPARE(parsed->address, QHostAddress(address));
        QCOMPARE(int(parsed->port), port);
    } else {
        QVERIFY(!error.isEmpty());
    }
    QString none;
    QVERIFY(!ListenAddress::parse(QStringLiteral("off"), &none)->enabled);
}

// The seed's GET /stats/alerts and /stats/incidents, and /metrics in
// Prometheus's text format, count what the receiver took in and refused.
void TestReceiver::statisticsAndMetricsCountWhatArrived()
{
    startReceiver();
    QCOMPARE(
        request("POST", QStringLiteral("/webhooks/alerts/prometheus"), kAlertmanagerPayload).status, 200);
    QCOMPARE(
        request("POST", QStringLiteral("/webhooks/alerts/prometheus"), kAlertmanagerPayload).status, 200);
    QCOMPARE(request("POST", QStringLiteral("/webhooks/alerts/prometheus"), "{\"alerts\": 5}").status, 400);
    // The charts' counts reach the file within a second or so, though no further delivery comes to carry
    // them.
    QTRY_COMPARE_WITH_TIMEOUT(
        firstNumber(m_db, QStringLiteral("SELECT coalesce(sum(notifications), 0) FROM alert_volume_daily")),
        4, 5000);
    QCOMPARE(firstNumber(m_db, QStringLiteral("SELECT sum(notifications) FROM alert_volume")), 4);

    const Reply alerts = request("GET", QStringLiteral("/stats/alerts"));
    QCOMPARE(alerts.status, 200);
    QCOMPARE(alerts.json.value(QLatin1String("alerts")).toInt(), 2);
    QCOMPARE(alerts.json.value(QLatin1String("notifications")).toInt(), 4); // each alert twice
    QCOMPARE(alerts.json.value(QLatin1String("open")).toInt(), 2);
    QCOMPARE(
        alerts.json.value(QLatin1String("byStatus")).toObject().value(QLatin1String("firing")).toInt(), 2);
    QCOMPARE(
        alerts.json.value(QLatin1String("byStatus")).toObject().value(QLatin1String("resolved")).toInt(), 0);
    QCOMPARE(
        alerts.json.value(QLatin1String("bySeverity")).toObject().value(QLatin1String("critical")).toInt(),
        1);
    QCOMPARE(
        alerts.json.value(QLatin1String("bySource")).toObject().value(QLatin1String("alertmanager")).toInt(),
        2);
    QCOMPARE(alerts.json.value(QLatin1String("last24h")).toInt(), 2);
    QVERIFY(!alerts.json.value(QLatin1String("lastReceivedAt")).toString().isEmpty());
    const QJsonArray noisiest = alerts.json.value(QLatin1String("noisiest")).toArray();
    QCOMPARE(noisiest.size(), 2);
    QCOMPARE(noisiest.at(0).toObject().value(QLatin1String("notifications")).toInt(), 2);

    const Reply incidents = request("GET", QStringLiteral("/stats/incidents"));
    QCOMPARE(incidents.status, 200);
    QCOMPARE(incidents.json.value(QLatin1String("incidents")).toInt(), 1);
    QCOMPARE(incidents.json.value(QLatin1String("active")).toInt(), 1);
    QCOMPARE(
        incidents.json.value(QLatin1String("byStatus")).toObject().value(QLatin1String("triggered")).toInt(),
        1);
    QCOMPARE(
        incidents.json.value(QLatin1String("bySeverity")).toObject().value(QLatin1String("critical")).toInt(),
        1);

    const Reply resolved = request("POST", QStringLiteral("/incidents/INC-2026-0001/resolve"), "{}");
    QCOMPARE(resolved.status, 200);
    const Reply metrics = request("GET", QStringLiteral("/metrics"));
    QCOMPARE(metrics.status, 200);
    QVERIFY(metrics.header("content-type").startsWith("text/plain; version=0.0.4"));
    const QByteArrayList lines = metrics.raw.split('\n');
    for (const QByteArray& expected : QByteArrayList {
             "# TYPE incidents_created_total counter",
             "incidents_created_total 1",
             "incidents_resolved_total 1",
             "incidents_active 0",
             "alerts_processed_total{source=\"alertmanager\"} 4",
             "alerts_open 2",
             "# TYPE incident_resolution_duration_seconds histogram",
             "incident_resolution_duration_seconds_bucket{le=\"+Inf\"} 1",
             "incident_resolution_duration_seconds_count 1",
             "receiver_rejected_requests_total{status=\"400\",reason=\"malformed_payload\"} 1",
         })
        QVERIFY2(lines.contains(expected), expected.constData());
    QCOMPARE(request("POST", QStringLiteral("/metrics"), "{}").status, 405);
}

// GET /alert-rules shows the rules in force; POST /alerts/test says what an
// alert would do, and stores nothing.
void TestReceiver::rulesTesterAnswersWithoutStoring()
{
    startReceiver();
    const Reply rules = request("GET", QStringLiteral("/alert-rules"));
    QCOMPARE(rules.status, 200);
    QVERIFY(!rules.json.value(QLatin1String("rules")).toArray().isEmpty());

    const QByteArray critical
        = R"({"labels": {"alertname": "DatabaseDown", "instance": "db-1:9187", "severity": "critical"},
                                    "annotations": {"summary": "Primary database is down"}})";
    Reply tried = request("POST", QStringLiteral("/alerts/test"), critical);
    QCOMPARE(tried.status, 200);
    QJsonObject result = tried.json.value(QLatin1String("results")).toArray().first().toObject();
    QCOMPARE(result.value(QLatin1String("severity")).toString(), QStringLiteral("critical"));
    QCOMPARE(result.value(QLatin1String("deduplicated")).toBool(), false);
    QCOMPARE(result.value(QLatin1String("suppressed")).toBool(), false);
    QCOMPARE(result.value(QLatin1String("opensIncident")).toBool(), true);
    QVERIFY(result.value(QLatin1String("joinsIncident")).isNull());
    QCOMPARE(countRows(m_db, QStringLiteral("alerts")), 0);
    QCOMPARE(countRows(m_db, QStringLiteral("incidents")), 0);

    // Once it has really arrived, the same alert repeats it, and a sibling joins its incident.
    const QByteArray delivered = "{\"status\": \"firing\", \"alerts\": [" + critical + "]}";
    QCOMPARE(request("POST", QStringLiteral("/webhooks/alerts/prometheus"), delivered).status, 200);
    const QByteArray sibling
        = R"([{"labels": {"alertname": "DatabaseDown", "instance": "db-2:9187", "severity": "critical"}},
                                   {"labels": {"alertname": "DiskFilling", "severity": "info"}}])";
    tried = request("POST", QStringLiteral("/alerts/test"), "[" + critical + "," + sibling.mid(1));
    QCOMPARE(tried.status, 200);
    const QJsonArray results = tried.json.value(QLatin1String("results")).toArray();
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.at(0).toObject().value(QLatin1String("deduplicated")).toBool(), true);
    QCOMPARE(results.at(0).toObject().value(QLatin1String("joinsIncident")).toString(),
        QStringLiteral("INC-2026-0001"));
    QCOMPARE(results.at(1).toObject().value(QLatin1String("deduplicated")).toBool(), false);
    QCOMPARE(results.at(1).toObject().value(QLatin1String("joinsIncident")).toString(),
        QStringLiteral("INC-2026-0001"));
    QCOMPARE(results.at(2).toObject().value(QLatin1String("opensIncident")).toBool(), false);
    QVERIFY(results.at(2).toObject().value(QLatin1String("joinsIncident")).isNull());
    QCOMPARE(countRows(m_db, QStringLiteral("alerts")), 1);

    QCOMPARE(request("POST", QStringLiteral("/alerts/test"), "{\"labels\": {}}").status, 400); // no alertname
    QCOMPARE(request("GET", QStringLiteral("/alerts/test")).status, 405);
}

// Grafana unified alerting's webhook (version "1"): the Alertmanager shape plus
// orgId, title, state, message, and per alert values and links.
void TestReceiver::grafanaWebhookKeepsItsLinksAndValues()
{
    startReceiver();
    const QByteArray payload = R"({
      "receiver": "incident-console", "status": "firing", "orgId": 1,
      "alerts": [{
        "status": "firing",
        "labels": {"alertname": "CheckoutLatency", "grafana_folder": "Shop", "service": "checkout", "severity": "high"},
        "annotations": {"summary": "p99 latency above 2 s"},
        "startsAt": "2026-11-23T08:50:00+01:00", "endsAt": "0001-01-01T00:00:00Z",
        "generatorURL": "https://grafana.example/alerting/grafana/abc/view",
        "fingerprint": "57c6d9296de2ad39",
        "silenceURL": "https://grafana.example/alerting/silence/new?alertmanager=grafana",
        "dashboardURL": "https://grafana.example/d/shop", "panelURL": "https://grafana.example/d/shop?viewPanel=4",
        "values": {"B": 2.31, "C": 1},
        "valueString": "[ var='B' value=2.31 ], [ var='C' value=1 ]"
      }],
      "groupLabels": {"alertname": "CheckoutLatency"}, "commonLabels": {"alertname": "CheckoutLatency"},
      "commonAnnotations": {}, "externalURL": "https://grafana.example/", "version": "1",
      "groupKey": "{}:{alertname=\"CheckoutLatency\"}", "truncatedAlerts": 0,
      "title": "[FIRING:1] CheckoutLatency", "state": "alerting", "message": "**Firing** …"
    })";
    const Reply reply = request("POST", QStringLiteral("/webhooks/alerts/grafana"), payload);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QLatin1String("created")).toInt(), 1);
    QCOMPARE(reply.json.value(QLatin1String("incidentsOpened")).toInt(), 1); // high opens by default

    SystemClock clock;
    const auto store = TestSupport::openStore(m_db, &clock);
    const QList<Alert> alerts = *store->alerts().page(AlertQuery {}, std::nullopt, 10);
    QCOMPARE(alerts.size(), 1);
    const Alert& alert = alerts.first();
    QCOMPARE(alert.source, QStringLiteral("grafana"));
    QCOMPARE(alert.fingerprint, QStringLiteral("57c6d9296de2ad39"));
    QCOMPARE(alert.severity, Severity::Sev2);
    QCOMPARE(alert.startsAt, QDateTime(QDate(2026, 11, 23), QTime(7, 50), Qt::UTC));
    QCOMPARE(alert.annotations.value(QStringLiteral("dashboardURL")),
        QStringLiteral("https://grafana.example/d/shop"));
    QCOMPARE(alert.annotations.value(QStringLiteral("panelURL")),
        QStringLiteral("https://grafana.example/d/shop?viewPanel=4"));
    QCOMPARE(alert.annotations.value(QStringLiteral("silenceURL")),
        QStringLiteral("https://grafana.example/alerting/silence/new?alertmanager=grafana"));
    QCOMPARE(alert.annotations.value(QStringLiteral("values")), QStringLiteral("B=2.31, C=1"));
    QCOMPARE(alert.generatorUrl, QStringLiteral("https://grafana.example/alerting/grafana/abc/view"));
}

// The console's own format, for anything that can post JSON: one alert or many,
// severity in any word of the policy, resolved by fingerprint.
void TestReceiver::genericWebhookTakesOneAlertOrMany()
{
    startReceiver();
    const Reply one = request("POST", QStringLiteral("/webhooks/alerts/generic"),
        R"({"name": "PaymentsFailing", "severity": "P0", "service": "payments", "summary": "Card payments fail",
            "fingerprint": "payments-cards", "url": "https://ci.example/job/42", "runbook": "https://wiki.example/pay"})");
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json.value(QLatin1String("incidentsOpened")).toInt(), 1);

    const Reply many = request("POST", QStringLiteral("/webhooks/alerts/generic"),
        R"({"alerts": [{"name": "PaymentsFailing", "status": "resolved", "fingerprint": "payments-cards",
                        "endsAt": "2026-11-23T09:30:00Z"},
                       {"name": "QueueBacklog", "severity": "low", "labels": {"queue": "mail"}}]})");
    QCOMPARE(many.status, 200);
    QCOMPARE(many.json.value(QLatin1String("resolved")).toInt(), 1);
    QCOMPARE(many.json.value(QLatin1String("created")).toInt(), 1);
    QCOMPARE(many.json.value(QLatin1String("incidentsResolved")).toInt(), 1);

    SystemClock clock;
    const auto store = TestSupport::openStore(m_db, &clock);
    AlertQuery query;
    query.sort = { AlertSortKey::Name, Qt::AscendingOrder };
    const QList<Alert> alerts = *store->alerts().page(query, std::nullopt, 10);
    QCOMPARE(alerts.size(), 2);
    QCOMPARE(alerts.at(0).name, QStringLiteral("PaymentsFailing"));
    QCOMPARE(alerts.at(0).source, QStringLiteral("generic"));
    QCOMPARE(alerts.at(0).severity, Severity::Sev1);
    QCOMPARE(alerts.at(0).status, AlertStatus::Resolved);
    QCOMPARE(alerts.at(0).endsAt, QDateTime(QDate(2026, 11, 23), QTime(9, 30), Qt::UTC));
    QCOMPARE(alerts.at(0).service, QStringLiteral("payments"));
    QCOMPARE(alerts.at(0).runbookUrl, QStringLiteral("https://wiki.example/pay"));
    QCOMPARE(alerts.at(0).generatorUrl, QStringLiteral("https://ci.example/job/42"));
    QCOMPARE(alerts.at(1).severity, Severity::Sev4);
    QCOMPARE(alerts.at(1).labels.value(QStringLiteral("queue")), QStringLiteral("mail"));
    QVERIFY(!alerts.at(1).fingerprint.isEmpty());

    const Reply nameless
        = request("POST", QStringLiteral("/webhooks/alerts/generic"), R"({"severity": "high"})");
    QCOMPARE(nameless.status, 400);
    QCOMPARE(nameless.json.value(QLatin1String("error")).toString(), QStringLiteral("malformed_payload"));
    QTRY_COMPARE(countRows(m_db, QStringLiteral("rejected_deliveries")), 1);
}

// Anything but loopback would open the API to the network: refused without a token.
// What a web page open in the commander's browser can make it send to the
// receiver on loopback, and what tools send. Each is sent raw, as the browser
// or the tool would put it on the wire, to resolve an open incident.
void TestReceiver::webPagesCannotControlTheReceiver_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");

    const QByteArray form = "Content-Type: application/x-www-form-urlencoded\r\n";
    const QByteArray json = "Content-Type: application/json\r\n";
    QTest::newRow("cross-site form POST") << QByteArray("POST")
                                          << "Host: 127.0.0.1\r\nOrigin: https://evil.example\r\n"
                                             "Sec-Fetch-Site: cross-site\r\n"
            + form << QByteArray("resolution=gone")
                                          << 403;
    QTest::newRow("cross-site POST, text/plain, no Origin")
        << QByteArray("POST") << QByteArray("Host: 127.0.0.1\r\nContent-Type: text/plain\r\n")
        << QByteArray("{}") << 415;
    QTest::newRow("cross-site POST, empty, no type")
        << QByteArray("POST") << QByteArray("Host: 127.0.0.1\r\n") << QByteArray() << 415;
    QTest::newRow("fetch from another site")
        << QByteArray("POST") << "Host: 127.0.0.1\r\nSec-Fetch-Site: cross-site\r\n" + json
        << QByteArray("{}") << 403;
    QTest::newRow("an Origin not allowed")
        << QByteArray("POST") << "Host: 127.0.0.1\r\nOrigin: http://127.0.0.1:8080\r\n" + json
        << QByteArray("{}") << 403;
    QTest::newRow("the null Origin") << QByteArray("POST") << "Host: 127.0.0.1\r\nOrigin: null\r\n" + json
                                     << QByteArray("{}") << 403;
    QTest::newRow("rebinding: the page's own name") << QByteArray("POST")
                                                    << "Host: rebind.evil.example:3001\r\n"
                                                       "Origin: http://rebind.evil.example:3001\r\n"
                                                       "Sec-Fetch-Site: same-origin\r\n"
            + json << QByteArray("{}") << 421;
    QTest::newRow("rebinding: a read")
        << QByteArray("GET") << QByteArray("Host: rebind.evil.example:3001\r\n") << QByteArray() << 421;
    QTest::newRow("no Host") << QByteArray("POST") << json << QByteArray("{}") << 421;
    QTest::newRow("a name given in the settings")
        << QByteArray("POST") << "Host: console.example.net:3001\r\n" + json << QByteArray("{}") << 200;
    QTest::newRow("an Origin allowed in the settings")
        << QByteArray("POST")
        << "Host: 127.0.0.1\r\nOrigin: https://ops.example.net\r\nSec-Fetch-Site: cross-site\r\n" + json
        << QByteArray("{}") << 200;
    QTest::newRow("curl on loopback")
        << QByteArray("POST") << "Host: 127.0.0.1:3001\r\n" + json << QByteArray() << 200;
    QTest::newRow("curl to localhost")
        << QByteArray("POST") << "Host: LocalHost.:3001\r\n" + json << QByteArray("{}") << 200;
    QTest::newRow("a browser's own address bar")
        << QByteArray("GET") << QByteArray("Host: [::1]:3001\r\nSec-Fetch-Site: none\r\n") << QByteArray()
        << 200;
}

void TestReceiver::webPagesCannotControlTheReceiver()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, headers);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    m_crossSite.hostNames = { QStringLiteral("Console.Example.NET") };
    m_crossSite.allowedOrigins = { QStringLiteral("https://ops.example.net/") };
    startReceiver();
    const Reply declared = request(
        "POST", QStringLiteral("/incidents"), R"({"title": "Checkout down", "severity": "critical"})");
    QCOMPARE(declared.status, 201);
    const QString key = declared.json.value(QLatin1String("id")).toString();
    QVERIFY(!key.isEmpty());
    const int entries = countRows(m_db, QStringLiteral("timeline"));

    const QByteArray path
        = method == "GET" ? "/incidents/" + key.toUtf8() : "/incidents/" + key.toUtf8() + "/resolve";
    const QByteArray answer = rawExchange(method + ' ' + path + " HTTP/1.1\r\n" + headers
            + "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body,
        1);
    QVERIFY2(answer.startsWith("HTTP/1.1 " + QByteArray::number(status)), answer.constData());
    QVERIFY(!answer.contains("Access-Control-Allow"));
    const bool resolved = request("GET", QStringLiteral("/incidents/%1").arg(key))
                              .json.value(QLatin1String("status"))
                              .toString()
        == QLatin1String("resolved");
    QCOMPARE(resolved, method == "POST" && status == 200);
    if (status != 200)
        QCOMPARE(countRows(m_db, QStringLiteral("timeline")), entries); // nothing written, so nothing to page
}

// On a machine others log in to, any of them can reach 127.0.0.1: a receiver set to
// require its token does not start without one, and with one refuses what lacks it.
void TestReceiver::aRequiredTokenIsRequiredOnLoopbackToo()
{
    Receiver::Settings settings;
    settings.port = 0;
    settings.databasePath = m_db;
    settings.requireToken = true;
    {
        Receiver receiver(settings, {});
        QSignalSpy failed(&receiver, &Receiver::failed);
        receiver.start();
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.first().first().toString().contains(QLatin1String("receiver/token")),
            qPrintable(failed.first().first().toString()));
    }
    ReceiverCredentials credentials;
    credentials.token = "loopback-token";
    startReceiver({}, credentials);
    QCOMPARE(
        request("POST", QStringLiteral("/incidents"), R"({"title": "Checkout down", "severity": "high"})")
            .status,
        401);
    QCOMPARE(
        request("POST", QStringLiteral("/incidents"), R"({"title": "Checkout down", "severity": "high"})",
            "application/json", { { "Authorization", "Bearer loopback-token" } })
            .status,
        201);
}

void TestReceiver::otherThanLoopbackOnlyWithATokenOverHttps()
{
    Receiver::Settings settings;
    settings.address = QHostAddress::AnyIPv4;
    settings.port = 0;
    settings.databasePath = m_db;
    // Why a receiver with these settings refused to start; empty if it listened, or said nothing.
    const auto refusal = [](const Receiver::Settings& tried) {
        Receiver receiver(tried, {});
        QSignalSpy failed(&receiver, &Receiver::failed);
        QSignalSpy listening(&receiver, &Receiver::listening);
        receiver.start();
        return failed.wait(10000) && listening.isEmpty() ? failed.first().first().toString() : QString();
    };
    QVERIFY(refusal(settings).contains(QLatin1String("token")));
    settings.credentials.token = "s3cret-token";
    // The token would cross the network in the clear.
    QVERIFY(refusal(settings).contains(QLatin1String("only over HTTPS")));
    const QString key = m_dir->filePath(QStringLiteral("wide-key.pem"));
    const QString certificate = m_dir->filePath(QStringLiteral("wide-cert.pem"));
    QVERIFY(makeCertificate(key, certificate, QStringLiteral("localhost"), QStringLiteral("open sesame"),
        { QStringLiteral("subjectAltName=IP:127.0.0.1") }));
    settings.tlsCertificatePath = certificate;
    settings.tlsKeyPath = key;
    settings.credentials.tlsKeyPassphrase = "open sesame";
    Receiver guarded(settings, {});
    QSignalSpy listening(&guarded, &Receiver::listening);
    guarded.start();
    QVERIFY(listening.wait(10000));
    QVERIFY(listening.first().first().toString().startsWith(QLatin1String("https://0.0.0.0:")));
}

void TestReceiver::receiverTokenGuardsTheApi()
{
    ReceiverCredentials credentials;
    credentials.token = "s3cret-token";
    startReceiver({}, credentials);
    const QHash<QByteArray, QByteArray> good { { "Authorization", "Bearer s3cret-token" } };
    const QHash<QByteArray, QByteArray> bad { { "Authorization", "Bearer s3cret-tokem" } };

    const Reply refused = request("GET", QStringLiteral("/incidents"));
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.json.value(QLatin1String("error")).toString(), QStringLiteral("unauthorized"));
    QVERIFY(refused.header("www-authenticate").startsWith("Bearer"));
    QCOMPARE(request("GET", QStringLiteral("/incidents"), {}, "application/json", bad).status, 401);
    QCOMPARE(request("GET", QStringLiteral("/incidents"), {}, "application/json", good).status, 200);
    QCOMPARE(request("GET", QStringLiteral("/health")).status, 200); // probes need no token
    QCOMPARE(request("GET", QStringLiteral("/metrics")).status, 401);
    // A webhook without credentials of its own takes the receiver token.
    QCOMPARE(
        request("POST", QStringLiteral("/webhooks/alerts/prometheus"), kAlertmanagerPayload).status, 401);
    QCOMPARE(request("POST", QStringLiteral("/webhooks/alerts/prometheus"), kAlertmanagerPayload,
                 "application/json", good)
                 .status,
        200);
    QCOMPARE(countRows(m_db, QStringLiteral("alerts")), 2);
    QTRY_COMPARE(
        countRows(m_db, QStringLiteral("rejected_deliveries")), 1); // the refused POST, kept; GETs are not
}

void TestReceiver::webhookCredentialsAreChecked_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("status");

    const QByteArray generic = R"({"name": "DiskFilling", "severity": "low"})";
    const QByteArray secret = "whsec-42";
    const QByteArray now = QByteArray::number(QDateTime::currentSecsSinceEpoch());
    const QByteArray stale = QByteArray::number(QDateTime::currentSecsSinceEpoch() - 3600);
    const QByteArray signature = ReceiverAuth::hmacSha256Hex(secret, now + '.' + generic);
    QTest::newRow("bearer") << "generic" << generic << QByteArray("Authorization")
                            << QByteArray("Bearer gen-token") << 200;
    QTest::newRow("wrong bearer") << "generic" << generic << QByteArray("Authorization")
                                  << QByteArray("Bearer gen-tokeN") << 401;
    QTest::newRow("no credentials") << "generic" << generic << QByteArray("X-Nothing") << QByteArray("1")
                                    << 401;
    QTest::newRow("basic") << "generic" << generic << QByteArray("Authorization")
                           << ("Basic " + QByteArray("ops:pa:ss").toBase64()) << 200;
    QTest::newRow("wrong password") << "generic" << generic << QByteArray("Authorization")
                                    << ("Basic " + QByteArray("ops:pa:sS").toBase64()) << 401;
    QTest::newRow("signed") << "generic" << generic << QByteArray("X-Incident-Console-Timestamp=" + now)
                            << ("sha256=" + signature) << 200;
    QTest::newRow("signed, other body")
        << "generic" << QByteArray(R"({"name": "DiskFilling", "severity": "high"})")
        << QByteArray("X-Incident-Console-Timestamp=" + now) << ("sha256=" + signature) << 401;
    // A signature of the body alone could be replayed for ever.
    QTest::newRow("signed without a time")
        << "generic" << generic << QByteArray("X-Incident-Console-Signature")
        << ("sha256=" + ReceiverAuth::hmacSha256Hex(secret, generic)) << 401;
    QTest::newRow("signed, replayed")
        << "generic" << generic << QByteArray("X-Incident-Console-Timestamp=" + stale)
        << ("sha256=" + ReceiverAuth::hmacSha256Hex(secret, stale + '.' + generic)) << 401;
    QTest::newRow("grafana signed without a time")
        << "grafana" << kAlertmanagerPayload << QByteArray("X-Grafana-Alerting-Signature")
        << ReceiverAuth::hmacSha256Hex(secret, kAlertmanagerPayload) << 401;
    QTest::newRow("grafana tampered") << "grafana" << QByteArray(kAlertmanagerPayload).replace("db-1", "db-9")
                                      << QByteArray("X-Grafana-Alerting-Signature")
                                      << ReceiverAuth::hmacSha256Hex(secret, kAlertmanagerPayload) << 401;
    QTest::newRow("grafana timestamped")
        << "grafana" << kAlertmanagerPayload << QByteArray("X-Grafana-Alerting-Signature-Timestamp=" + now)
        << ReceiverAuth::hmacSha256Hex(secret, now + ':' + kAlertmanagerPayload) << 200;
    QTest::newRow("grafana replayed")
        << "grafana" << kAlertmanagerPayload << QByteArray("X-Grafana-Alerting-Signature-Timestamp=" + stale)
        << ReceiverAuth::hmacSha256Hex(secret, stale + ':' + kAlertmanagerPayload) << 401;
}

// A webhook with credentials of its own accepts any one of them and nothing
// else; every refusal is kept for inspection and counted.
void TestReceiver::webhookCredentialsAreChecked()
{
    QFETCH(QString, source);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    QFETCH(int, status);
    ReceiverCredentials credentials;
    credentials.webhooks.insert(QStringLiteral("generic"), { "gen-token", "ops:pa:ss", "whsec-42" });
    credentials.webhooks.insert(QStringLiteral("grafana"), { {}, {}, "whsec-42" });
    startReceiver({}, credentials);
    // "Name=value" in `header` sends a second header alongside the signature.
    QHash<QByteArray, QByteArray> headers;
    if (header.contains('=')) {
        const qsizetype equals = header.indexOf('=');
        headers.insert(header.left(equals), header.mid(equals + 1));
        headers.insert(source == QLatin1String("grafana") ? "X-Grafana-Alerting-Signature"
                                                          : "X-Incident-Console-Signature",
            value);
    } else {
        headers.insert(header, value);
    }
    const Reply reply
        = request("POST", QStringLiteral("/webhooks/alerts/") + source, body, "application/json", headers);
    QCOMPARE(reply.status, status);
    QCOMPARE(countRows(m_db, QStringLiteral("alerts")) > 0, status == 200);
    QTest::qWait(2 * RefusalLog::kWriteEveryMs); // refusals are written together, a moment later
    QCOMPARE(countRows(m_db, QStringLiteral("rejected_deliveries")), status == 401 ? 1 : 0);
    if (status == 401)
        QVERIFY(reply.json.value(QLatin1String("reason")).toString().contains(source));
}

namespace {
QByteArray pagerDutyEvent(
    const char* id, const char* type, const QByteArray& data, const char* agent = "Ana Lima")
{
    return QByteArray(R"({"event": {"id": ")") + id + R"(", "event_type": ")" + type
        + R"(", "resource_type": "incident", "occurred_at": "2026-11-23T09:10:00.123Z",
        "agent": {"id": "PLH1HKV", "summary": ")"
        + agent + R"(", "type": "user_reference"},
        "client": {"name": "PagerDuty"}, "data": )"
        + data + "}}";
}

const QByteArray kPagerDutyIncident = R"({"id": "Q2ZE4AV5UZ", "type": "incident", "number": 812,
    "html_url": "https://acme.pagerduty.com/incidents/Q2ZE4AV5UZ", "status": "triggered",
    "incident_key": "7f3a", "created_at": "2026-11-23T09:00:00Z", "title": "Checkout 5xx above 5%",
    "service": {"id": "PSVC1", "summary": "checkout", "type": "service_reference"},
    "assignees": [{"id": "PU2", "summary": "Bo Chen", "type": "user_reference"}],
    "priority": {"id": "PP1", "summary": "P1", "type": "priority_reference"}, "urgency": "high"})";
}

// PagerDuty v3: signed deliveries only; its incident's life (trigger,
// acknowledge, notes, reassignment, resolve) mirrored onto ours; a delivery
// sent again (its signed event id the same) acknowledged and not applied twice.
void TestReceiver::pagerDutyIncidentsAreMirroredOnce()
{
    ReceiverCredentials credentials;
    credentials.webhooks.insert(QStringLiteral("pagerduty"), { {}, {}, "pd-secret" });
    startReceiver({}, credentials);
    const auto deliver
        = [this](const QByteArray& body, const QByteArray& webhookId, const QByteArray& signedBody = {}) {
              const QByteArray signature = "v1=0000,v1="
                  + ReceiverAuth::hmacSha256Hex("pd-secret", signedBody.isEmpty() ? body : signedBody);
              return request("POST", QStringLiteral("/webhooks/alerts/pagerduty"), body, "application/json",
                  { { "X-PagerDuty-Signature", signature }, { "X-Webhook-Id", webhookId } });
          };
    const QByteArray triggered = pagerDutyEvent("01EVT1", "incident.triggered", kPagerDutyIncident);
    Reply reply = deliver(triggered, "wh-1");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QLatin1String("created")).toInt(), 1);
    QCOMPARE(reply.json.value(QLatin1String("incidentsOpened")).toInt(), 1);
    reply = deliver(triggered, "wh-1"); // PagerDuty's retry
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QLatin1String("duplicate")).toBool(), true);
    // A captured delivery replayed under an X-Webhook-Id of the replayer's choosing: the signed event is the
    // same.
    reply = deliver(triggered, "wh-replayed");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QLatin1String("duplicate")).toBool(), true);

    QCOMPARE(deliver(pagerDutyEvent("01EVT2", "incident.acknowledged", kPagerDutyIncident), "wh-2")
                 .json.value(QLatin1String("acknowledged"))
                 .toInt(),
        1);
    QCOMPARE(
        deliver(
            pagerDutyEvent("01EVT3", "incident.annotated",
                R"({"id": "PNOTE", "type": "incident_note", "content": "Rolled back build 4711.", "trimmed": false,
                             "incident": {"id": "Q2ZE4AV5UZ", "summary": "Checkout 5xx above 5%", "type": "incident_reference"}})"),
            "wh-3")
            .json.value(QLatin1String("annotated"))
            .toInt(),
        1);
    QCOMPARE(
        deliver(pagerDutyEvent("01EVT4", "incident.reassigned", kPagerDutyIncident), "wh-4").status, 200);
    QCOMPARE(deliver(pagerDutyEvent("01EVT5", "pagey.ping", "{}"), "wh-5").status, 200);
    // Tampered: the body differs from what was signed.
    const QByteArray resolved = pagerDutyEvent("01EVT6", "incident.resolved", kPagerDutyIncident, "Bo Chen");
    QCOMPARE(deliver(resolved, "wh-6", triggered).status, 401);
    QCOMPARE(request("POST", QStringLiteral("/webhooks/alerts/pagerduty"), resolved).status, 401); // unsigned
    reply = deliver(resolved, "wh-6");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QLatin1String("incidentsResolved")).toInt(), 1);

    SystemClock clock;
    const auto store = TestSupport::openStore(m_db, &clock);
    const QList<Alert> alerts = *store->alerts().page(AlertQuery {}, std::nullopt, 10);
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts.first().source, QStringLiteral("pagerduty"));
    QCOMPARE(alerts.first().fingerprint, QStringLiteral("Q2ZE4AV5UZ"));
    QCOMPARE(alerts.first().severity, Severity::Sev1); // PagerDuty's P1
    QCOMPARE(alerts.first().service, QStringLiteral("checkout"));
    QCOMPARE(alerts.first().status, AlertStatus::Resolved);
    QCOMPARE(
        alerts.first().occurrences, 3); // triggered, acknowledged, resolved; notes and the retry not counted
    QCOMPARE(alerts.first().generatorUrl, QStringLiteral("https://acme.pagerduty.com/incidents/Q2ZE4AV5UZ"));

    const Incident incident = *store->incidents().incidentByKey(QStringLiteral("INC-2026-0001"));
    QCOMPARE(incident.status, IncidentStatus::Resolved);
    QVERIFY(incident.acknowledgedAt.isValid());
    const QList<TimelineEntry> timeline = *store->incidents().timeline(incident.id, 0, 100);
    const auto has = [&timeline](TimelineKind kind, const QString& author, const QString& text) {
        return std::any_of(timeline.cbegin(), timeline.cend(), [&](const TimelineEntry& entry) {
            return entry.kind == kind && entry.author == author
                && (text.isEmpty() || entry.body.contains(text) || entry.newValue.contains(text));
        });
    };
    QVERIFY(has(
        TimelineKind::StatusChanged, QStringLiteral("Ana Lima (pagerduty)"), QStringLiteral("acknowledged")));
    QVERIFY(has(TimelineKind::Note, QStringLiteral("Ana Lima (pagerduty)"),
        QStringLiteral("Rolled back build 4711.")));
    QVERIFY(has(
        TimelineKind::Note, QStringLiteral("Ana Lima (pagerduty)"), QStringLiteral("reassigned to Bo Chen")));
    QTRY_COMPARE(countRows(m_db, QStringLiteral("rejected_deliveries")), 2);
}

namespace {
// A throwaway self-signed certificate and its key, made with the openssl
// command; the key unencrypted unless a passphrase is given.
bool makeCertificate(const QString& keyPath, const QString& certificatePath, const QString& commonName,
    const QString& passphrase, const QStringList& extensions)
{
    QStringList arguments { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
        QStringLiteral("rsa:2048"), QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"),
        certificatePath, QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
        QStringLiteral("/CN=") + commonName };
    arguments += passphrase.isEmpty()
        ? QStringList { QStringLiteral("-nodes") }
        : QStringList { QStringLiteral("-passout"), QStringLiteral("pass:") + passphrase };
    for (const QString& extension : extensions)
        arguments += { QStringLiteral("-addext"), extension };
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"), arguments);
    return openssl.waitForFinished(30000) && openssl.exitStatus() == QProcess::NormalExit
        && openssl.exitCode() == 0;
}

// Stands in for AWS: a throwaway key and certificate which signs messages as SNS does.
class FakeSns {
public:
    bool create(const QString& dir)
    {
        m_key = dir + QStringLiteral("/sns-key.pem");
        const QString certificate = dir + QStringLiteral("/sns-cert.pem");
        if (!makeCertificate(m_key, certificate, QStringLiteral("sns.amazonaws.com")))
            return false;
        QFile file(certificate);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        m_certificate = file.readAll();
        return true;
    }
    QByteArray certificate() const { return m_certificate; }

    // The message as SNS posts it: `fields` plus SignatureVersion, Signature and SigningCertURL.
    QByteArray sign(QJsonObject fields, int version, const QString& certificateUrl) const
    {
        const QStringList order
            = fields.value(QLatin1String("Type")).toString() == QLatin1String("Notification")
            ? QStringList { QStringLiteral("Message"), QStringLiteral("MessageId"), QStringLiteral("Subject"),
                  QStringLiteral("Timestamp"), QStringLiteral("TopicArn"), QStringLiteral("Type") }
            : QStringList { QStringLiteral("Message"), QStringLiteral("MessageId"),
                  QStringLiteral("SubscribeURL"), QStringLiteral("Timestamp"), QStringLiteral("Token"),
                  QStringLiteral("TopicArn"), QStringLiteral("Type") };
        QByteArray text;
        for (const QString& name : order) {
            if (fields.contains(name))
                text += name.toUtf8() + '\n' + fields.value(name).toString().toUtf8() + '\n';
        }
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
            { QStringLiteral("dgst"), version == 1 ? QStringLiteral("-sha1") : QStringLiteral("-sha256"),
                QStringLiteral("-sign"), m_key });
        openssl.write(text);
        openssl.closeWriteChannel();
        openssl.waitForFinished(30000);
        fields.insert(QStringLiteral("SignatureVersion"), QString::number(version));
        fields.insert(
            QStringLiteral("Signature"), QString::fromLatin1(openssl.readAllStandardOutput().toBase64()));
        fields.insert(QStringLiteral("SigningCertURL"), certificateUrl);
        return QJsonDocument(fields).toJson();
    }

private:
    QString m_key;
    QByteArray m_certificate;
};

QJsonObject alarmNotification(const QString& messageId, const QString& alarm, const QString& state)
{
    const QJsonObject message {
        { QStringLiteral("AlarmName"), alarm },
        { QStringLiteral("AlarmDescription"), QStringLiteral("%1 on the orders API").arg(alarm) },
        { QStringLiteral("AWSAccountId"), QStringLiteral("123456789012") },
        { QStringLiteral("NewStateValue"), state },
        { QStringLiteral("NewStateReason"),
            QStringLiteral("Threshold Crossed: 1 datapoint [12.0] was greater than 5.0") },
        { QStringLiteral("StateChangeTime"), QStringLiteral("2026-11-23T09:05:00.000+0000") },
        { QStringLiteral("Region"), QStringLiteral("EU (Ireland)") },
        { QStringLiteral("AlarmArn"),
            QStringLiteral("arn:aws:cloudwatch:eu-west-1:123456789012:alarm:") + alarm },
        { QStringLiteral("OldStateValue"), QStringLiteral("OK") },
        { QStringLiteral("Trigger"),
            QJsonObject { { QStringLiteral("MetricName"), QStringLiteral("5XXError") },
                { QStringLiteral("Namespace"), QStringLiteral("AWS/ApiGateway") },
                { QStringLiteral("Dimensions"),
                    QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("ApiName") },
                        { QStringLiteral("value"), QStringLiteral("orders") } } } } } },
    };
    return {
        { QStringLiteral("Type"), QStringLiteral("Notification") },
        { QStringLiteral("MessageId"), messageId },
        { QStringLiteral("TopicArn"), QStringLiteral("arn:aws:sns:eu-west-1:123456789012:ops-alarms") },
        { QStringLiteral("Subject"), QStringLiteral("ALARM: \"%1\" in EU (Ireland)").arg(alarm) },
        { QStringLiteral("Message"),
            QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)) },
        { QStringLiteral("Timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
        { QStringLiteral("UnsubscribeURL"),
            QStringLiteral("https://sns.eu-west-1.amazonaws.com/?Action=Unsubscribe") },
    };
}
}

// CloudWatch alarms through SNS: a subscription is confirmed only once its
// signature verifies; notifications (signature versions 1 and 2) become
// alerts, once each; anything unsigned, tampered or signed by a certificate
// off AWS's hosts is refused and kept.
void TestReceiver::cloudWatchAlarmsArriveThroughSignedSns()
{
    FakeSns sns;
    QVERIFY2(sns.create(m_dir->path()), "the openssl command is needed; tests/run-tests installs it");
    const QString certificateUrl
        = QStringLiteral("https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-test.pem");
    const QString subscribeUrl
        = QStringLiteral("https://sns.eu-west-1.amazonaws.com/?Action=ConfirmSubscription&Token=2336412f37");
    auto confirmations = std::make_shared<QAtomicInt>(0);
    auto certificateFetches = std::make_shared<QAtomicInt>(0);

    Receiver::Settings settings;
    settings.port = 0;
    settings.databasePath = m_db;
    settings.sns.topics = { QStringLiteral("arn:aws:sns:eu-west-1:123456789012:*") };
    settings.sns.acceptSignatureVersion1 = true;
    settings.awsFetch = [=, pem = sns.certificate()](const QUrl& url, const SnsGateway::Fetched& done) {
        if (url.toString() == certificateUrl) {
            certificateFetches->ref();
            done(pem, {});
        } else if (url.toString() == subscribeUrl) {
            confirmations->ref();
            done("<ConfirmSubscriptionResponse/>", {});
        } else {
            done({}, QStringLiteral("404 from the stand-in"));
        }
    };
    startReceiverWith(settings);
    const auto post = [this](const QByteArray& body) { return postToSns(body); };

    const QJsonObject subscription {
        { QStringLiteral("Type"), QStringLiteral("SubscriptionConfirmation") },
        { QStringLiteral("MessageId"), QStringLiteral("165545c9-2a5c-472c-8df2-7ff2be2b3b1b") },
        { QStringLiteral("Token"), QStringLiteral("2336412f37") },
        { QStringLiteral("TopicArn"), QStringLiteral("arn:aws:sns:eu-west-1:123456789012:ops-alarms") },
        { QStringLiteral("Message"), QStringLiteral("You have chosen to subscribe to the topic …") },
        { QStringLiteral("SubscribeURL"), subscribeUrl },
        { QStringLiteral("Timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
    };
    QByteArray tampered = sns.sign(subscription, 1, certificateUrl);
    tampered.replace("2336412f37\"", "2336412f38\"");
    QCOMPARE(post(tampered).status, 403);
    // Another spelling of the path is the same route, with the same signature check.
    for (const QString& spelling :
        { QStringLiteral("/webhooks/alerts/cloudwatch/"), QStringLiteral("//webhooks/alerts/./cloudwatch"),
            QStringLiteral("/webhooks/x/../alerts/cloudwatch//") }) {
        const Reply refused = request("POST", spelling, tampered, "text/plain; charset=UTF-8",
            { { "x-amz-sns-message-type", "Notification" } });
        QVERIFY2(
            refused.status == 403, qPrintable(spelling + QLatin1Char(' ') + QString::number(refused.status)));
    }
    QCOMPARE(confirmations->loadRelaxed(), 0);
    Reply reply = post(sns.sign(subscription, 1, certificateUrl));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QLatin1String("confirmed")).toString(),
        QStringLiteral("arn:aws:sns:eu-west-1:123456789012:ops-alarms"));
    QCOMPARE(confirmations->loadRelaxed(), 1);
    QCOMPARE(post(sns.sign(subscription, 1,
                      QStringLiteral("https://sns.eu-west-1.amazonaws.com.evil.example/c.pem")))
                 .status,
        403);
    QCOMPARE(
        post(sns.sign(subscription, 1, QStringLiteral("http://sns.eu-west-1.amazonaws.com/c.pem"))).status,
        403);

    const QByteArray alarm = sns.sign(
        alarmNotification(QStringLiteral("msg-1"), QStringLiteral("OrdersApi5xx"), QStringLiteral("ALARM")),
        2, certificateUrl);
    reply = post(alarm);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QLatin1String("created")).toInt(), 1);
    QCOMPARE(post(alarm).json.value(QLatin1String("duplicate")).toBool(), true); // SNS's retry
    QCOMPARE(post(QByteArray(alarm).replace("12.0", "13.0")).status, 403);
    reply = post(sns.sign(
        alarmNotification(QStringLiteral("msg-2"), QStringLiteral("OrdersApi5xx"), QStringLiteral("OK")), 1,
        certificateUrl));
    QCOMPARE(reply.json.value(QLatin1String("resolved")).toInt(), 1);
    QCOMPARE(post(sns.sign(alarmNotification(QStringLiteral("msg-3"), QStringLiteral("OrdersLatency"),
                               QStringLiteral("INSUFFICIENT_DATA")),
                      2, certificateUrl))
                 .status,
        200);
    QJsonObject unsubscribe = subscription;
    unsubscribe.insert(QStringLiteral("Type"), QStringLiteral("UnsubscribeConfirmation"));
    QCOMPARE(post(sns.sign(unsubscribe, 2, certificateUrl)).status, 200);
    QCOMPARE(certificateFetches->loadRelaxed(), 1); // fetched once, then kept

    SystemClock clock;
    const auto store = TestSupport::openStore(m_db, &clock);
    AlertQuery query;
    query.sort = { AlertSortKey::Name, Qt::AscendingOrder };
    const QList<Alert> alerts = *store->alerts().page(query, std::nullopt, 10);
    QCOMPARE(alerts.size(), 2);
    QCOMPARE(alerts.at(0).name, QStringLiteral("OrdersApi5xx"));
    QCOMPARE(alerts.at(0).source, QStringLiteral("cloudwatch"));
    QCOMPARE(alerts.at(0).fingerprint,
        QStringLiteral("arn:aws:cloudwatch:eu-west-1:123456789012:alarm:OrdersApi5xx"));
    QCOMPARE(alerts.at(0).status, AlertStatus::Resolved);
    QCOMPARE(alerts.at(0).startsAt, QDateTime(QDate(2026, 11, 23), QTime(9, 5), Qt::UTC));
    QCOMPARE(alerts.at(0).labels.value(QStringLiteral("ApiName")), QStringLiteral("orders"));
    QCOMPARE(alerts.at(0).labels.value(QStringLiteral("namespace")), QStringLiteral("AWS/ApiGateway"));
    QCOMPARE(alerts.at(1).name, QStringLiteral("OrdersLatency"));
    QCOMPARE(alerts.at(1).severity, Severity::Sev4);
    QTRY_COMPARE(
        countRows(m_db, QStringLiteral("rejected_deliveries")), 4 + 3); // and the three other spellings
}

QTEST_GUILESS_MAIN(TestReceiver)
#include "tst_receiver.moc"

// The SNS route takes only the topics it is told, messages stamped within the
// hour, and SHA-1 signatures only when allowed; a refusal costs no fetch from
// AWS; and the signing certificates it keeps are few, whatever URLs arrive.
void TestReceiver::snsTakesOnlyItsTopicsFreshMessagesAndWhatItSigns()
{
    FakeSns sns;
    QVERIFY2(sns.create(m_dir->path()), "the openssl command is needed; tests/run-tests installs it");
    auto fetches = std::make_shared<QAtomicInt>(0);
    Receiver::Settings settings;
    settings.port = 0;
    settings.databasePath = m_db;
    settings.sns.topics = { QStringLiteral("arn:aws:sns:eu-west-1:123456789012:ops-alarms") };
    settings.awsFetch = [=, pem = sns.certificate()](const QUrl&, const SnsGateway::Fetched& done) {
        fetches->ref();
        done(pem, {});
    };
    startReceiverWith(settings);
    const auto post = [this](const QByteArray& body) { return postToSns(body); };
    const auto certificate = [](int n) {
        return QStringLiteral("https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-%1.pem").arg(n);
    };
    const auto refusedFor = [&](const QJsonObject& fields, int version, const char* because) {
        const Reply reply = post(sns.sign(fields, version, certificate(0)));
        const QString reason = reply.json.value(QLatin1String("reason")).toString();
        return reply.status == 403 && reason.contains(QLatin1String(because));
    };

    QJsonObject alarm
        = alarmNotification(QStringLiteral("m-1"), QStringLiteral("OrdersApi5xx"), QStringLiteral("ALARM"));
    QVERIFY(refusedFor(alarm, 1, "SignatureVersion 1"));
    QJsonObject foreign = alarm;
    foreign.insert(
        QStringLiteral("TopicArn"), QStringLiteral("arn:aws:sns:eu-west-1:999999999999:ops-alarms"));
    QVERIFY(refusedFor(foreign, 2, "999999999999:ops-alarms is not among the topics"));
    QJsonObject stale = alarm;
    stale.insert(QStringLiteral("Timestamp"),
        QDateTime::currentDateTimeUtc().addSecs(-7200).toString(Qt::ISODateWithMs));
    QVERIFY(refusedFor(stale, 2, "replay"));
    QJsonObject ahead = alarm;
    ahead.insert(QStringLiteral("Timestamp"),
        QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODateWithMs));
    QVERIFY(refusedFor(ahead, 2, "future"));
    QCOMPARE(fetches->loadRelaxed(), 0); // none of that cost a fetch from AWS
    QCOMPARE(countRows(m_db, QStringLiteral("alerts")), 0);

    // Signed with SHA-256, from the topic, now: taken.
    QCOMPARE(post(sns.sign(alarm, 2, certificate(0))).status, 200);
    QCOMPARE(countRows(m_db, QStringLiteral("alerts")), 1);
    QCOMPARE(fetches->loadRelaxed(), 1);

    // Certificates under as many URLs as a sender likes: only the newest few are kept.
    for (int n = 1; n <= SnsGateway::kCertificatesKept; ++n) {
        const QJsonObject next = alarmNotification(
            QStringLiteral("m-%1").arg(n + 1), QStringLiteral("OrdersApi5xx"), QStringLiteral("ALARM"));
        QCOMPARE(post(sns.sign(next, 2, certificate(n))).status, 200);
    }
    QCOMPARE(fetches->loadRelaxed(), 1 + SnsGateway::kCertificatesKept);
    const QJsonObject again
        = alarmNotification(QStringLiteral("m-again"), QStringLiteral("OrdersApi5xx"), QStringLiteral("OK"));
    QCOMPARE(post(sns.sign(again, 2, certificate(SnsGateway::kCertificatesKept))).status, 200); // kept
    QCOMPARE(fetches->loadRelaxed(), 1 + SnsGateway::kCertificatesKept);
    const QJsonObject first
        = alarmNotification(QStringLiteral("m-first"), QStringLiteral("OrdersApi5xx"), QStringLiteral("OK"));
    QCOMPARE(post(sns.sign(first, 2, certificate(0))).status, 200); // let go of, fetched again
    QCOMPARE(fetches->loadRelaxed(), 2 + SnsGateway::kCertificatesKept);
}

namespace {
// Answers /certificate with a small body, /elsewhere with a redirect to it, /huge with too much.
class CertificateHost final : public ImmediateRequestHandler {
public:
    HttpResponse handle(const HttpRequest& request) override
    {
        HttpResponse response;
        response.contentType = "application/x-pem-file";
        if (request.path == QLatin1String("/certificate")) {
            response.body = "-----BEGIN CERTIFICATE-----";
        } else if (request.path == QLatin1String("/elsewhere")) {
            response.status = 302;
            response.headers.append(qMakePair(QByteArray("Location"), QByteArray("/certificate")));
        } else if (request.path == QLatin1String("/huge")) {
            response.body = QByteArray(SnsGateway::kFetchedBytesAtMost * 4, 'A');
        } else {
            response.status = 404;
        }
        return response;
    }
};
}

void TestReceiver::snsCertificatesAreFetchedWithoutRedirectsAndBounded()
{
    CertificateHost host;
    HttpServer server(&host, HttpLimits {});
    QString error;
    QVERIFY2(server.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    QNetworkAccessManager network;
    const SnsGateway::Fetch fetch = SnsGateway::networkFetch(&network, 5000);
    const auto fetched = [&](const QString& path) {
        std::optional<QPair<QByteArray, QString>> result;
        fetch(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(server.port()).arg(path)),
            [&result](const QByteArray& body, const QString& why) { result = qMakePair(body, why); });
        QDeadlineTimer deadline(10000);
        while (!result && !deadline.hasExpired())
            QTest::qWait(20);
        return result.value_or(qMakePair(QByteArray(), QStringLiteral("no answer within 10 s")));
    };
    QCOMPARE(fetched(QStringLiteral("/certificate")).first, QByteArray("-----BEGIN CERTIFICATE-----"));
    const auto redirected = fetched(QStringLiteral("/elsewhere"));
    QVERIFY2(redirected.first.isEmpty() && redirected.second.contains(QLatin1String("302")),
        qPrintable(redirected.second));
    const auto huge = fetched(QStringLiteral("/huge"));
    QVERIFY2(huge.first.isEmpty() && !huge.second.isEmpty(), qPrintable(huge.second));
}

void TestReceiver::tlsServesHttpsAndRefusesPlainHttp()
{
    const QString key = m_dir->filePath(QStringLiteral("receiver-key.pem"));
    const QString certificate = m_dir->filePath(QStringLiteral("receiver-cert.pem"));
    QVERIFY(makeCertificate(key, certificate, QStringLiteral("localhost"), QStringLiteral("open sesame"),
        { QStringLiteral("subjectAltName=IP:127.0.0.1") }));
    Receiver::Settings settings;
    settings.port = 0;
    settings.databasePath = m_db;
    settings.tlsCertificatePath = certificate;
    settings.tlsKeyPath = key;
    settings.credentials.tlsKeyPassphrase = "open sesame";
    Receiver receiver(settings, {});
    QSignalSpy listening(&receiver, &Receiver::listening);
    QSignalSpy rejected(&receiver, &Receiver::rejected);
    receiver.start();
    QVERIFY(listening.wait(10000));
    const QUrl base(listening.first().first().toString());
    QCOMPARE(base.scheme(), QStringLiteral("https"));

    // A sender that trusts the receiver's certificate delivers over HTTPS.
    QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
    trusting.setCaCertificates(QSslCertificate::fromPath(certificate));
    QNetworkRequest post(QUrl(base.toString() + QStringLiteral("/webhooks/alerts/generic")));
    post.setSslConfiguration(trusting);
    post.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply* reply
        = m_network.post(post, QByteArray(R"({"name": "CertificateExpiring", "severity": "warning"})"));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(reply->sslConfiguration().sessionCipher().usedBits() > 0);
    reply->deleteLater();
    QCOMPARE(countRows(m_db, QStringLiteral("alerts")), 1);

    // A sender that does not trust the certificate fails its handshake, which is
    // kept where the user looks for refusals.
    QSslSocket distrusting;
    distrusting.connectToHostEncrypted(QStringLiteral("127.0.0.1"), static_cast<quint16>(base.port()));
    QVERIFY(!distrusting.waitForEncrypted(5000));
    QVERIFY(rejected.wait(10000));
    QCOMPARE(rejected.first().at(0).toInt(), 0);
    QVERIFY2(rejected.first().at(1).toString().contains(QLatin1String("trust")),
        qPrintable(rejected.first().at(1).toString()));
    QTRY_COMPARE(countRows(m_db, QStringLiteral("rejected_deliveries")), 1);

    // Plain HTTP to the TLS port is told, in plain HTTP, to use HTTPS; nothing is stored.
    QTcpSocket plain;
    plain.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(base.port()));
    QVERIFY(plain.waitForConnected(5000));
    plain.write("POST /webhooks/alerts/generic HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\n\r\n{}");
    QVERIFY(plain.waitForDisconnected(5000) || plain.state() == QAbstractSocket::UnconnectedState);
    const QByteArray told = plain.readAll();
    QVERIFY2(told.startsWith("HTTP/1.1 400") && told.contains("https_required"), told.constData());
    QCOMPARE(countRows(m_db, QStringLiteral("alerts")), 1);

    // A client that opens the port and says nothing, as a load balancer's probe
    // does, is closed when the header deadline passes, and is not reported.
    QTcpSocket silent;
    silent.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(base.port()));
    QVERIFY(silent.waitForConnected(5000));
    QVERIFY(silent.waitForDisconnected(HttpLimits {}.headerTimeoutMs + 5000));
    QTest::qWait(2 * RefusalLog::kWriteEveryMs); // a refusal would be written by now
    QCOMPARE(countRows(m_db, QStringLiteral("rejected_deliveries")), 2); // the plain HTTP, and no probe
}

void TestReceiver::tlsIdentityProblemsStopTheReceiver()
{
    const QString key = m_dir->filePath(QStringLiteral("key.pem"));
    const QString certificate = m_dir->filePath(QStringLiteral("cert.pem"));
    const QString otherKey = m_dir->filePath(QStringLiteral("other-key.pem"));
    const QString otherCertificate = m_dir->filePath(QStringLiteral("other-cert.pem"));
    QVERIFY(makeCertificate(key, certificate, QStringLiteral("localhost"), QStringLiteral("open sesame")));
    QVERIFY(makeCertificate(otherKey, otherCertificate, QStringLiteral("localhost")));
    const auto failure
        = [this](const QString& certificatePath, const QString& keyPath, const QByteArray& passphrase) {
              Receiver::Settings settings;
              settings.port = 0;
              settings.databasePath = m_db;
              settings.tlsCertificatePath = certificatePath;
              settings.tlsKeyPath = keyPath;
              settings.credentials.tlsKeyPassphrase = passphrase;
              Receiver receiver(settings, {});
              QSignalSpy failed(&receiver, &Receiver::failed);
              QSignalSpy listening(&receiver, &Receiver::listening);
              receiver.start();
              QDeadlineTimer deadline(10000);
              while (failed.isEmpty() && listening.isEmpty() && !deadline.hasExpired())
                  QTest::qWait(20);
              return failed.isEmpty() ? QString() : failed.first().first().toString();
          };
    QVERIFY(failure(certificate, key, "open sesame").isEmpty());
    QVERIFY(failure(certificate, key, {}).contains(QLatin1String("receiver/tls-key-passphrase")));
    QVERIFY(failure(certificate, key, "open sesamE").contains(QLatin1String("receiver/tls-key-passphrase")));
    QVERIFY(failure(certificate, otherKey, {}).contains(QLatin1String("does not belong")));
    QVERIFY(failure(m_dir->filePath(QStringLiteral("missing.pem")), key, "open sesame")
                .contains(QLatin1String("Cannot read")));
    QVERIFY(failure(key, key, "open sesame").contains(QLatin1String("no PEM certificate")));
}

void TestReceiver::escalationEndpoints()
{
    startReceiver();
    Reply policies = request("GET", QStringLiteral("/escalation-policies"));
    QCOMPARE(policies.status, 200);
    const QJsonArray list = policies.json.value(QLatin1String("escalation_policies")).toArray();
    QVERIFY(std::any_of(list.cbegin(), list.cend(), [](const QJsonValue& policy) {
        return policy.toObject().value(QLatin1String("name")).toString() == QLatin1String("Production");
    }));
    QVERIFY(!policies.json.value(QLatin1String("schedules")).toArray().isEmpty());
    QCOMPARE(policies.json.value(QLatin1String("escalation_rules"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("severity"))
                 .toString(),
        QStringLiteral("SEV1"));

    const Reply created = request(
        "POST", QStringLiteral("/incidents"), R"({"title": "Checkout down", "severity": "critical"})");
    QCOMPARE(created.status, 201);
    const QString key = created.json.value(QLatin1String("id")).toString();
    Reply escalated = request("POST", QStringLiteral("/incidents/%1/escalate").arg(key));
    QCOMPARE(escalated.status, 200);
    QCOMPARE(escalated.json.value(QLatin1String("level")).toInt(), 1);
    QCOMPARE(escalated.json.value(QLatin1String("policy")).toString(), QStringLiteral("Senior engineers"));
    QCOMPARE(request("POST", QStringLiteral("/incidents/%1/escalate").arg(key))
                 .json.value(QLatin1String("level"))
                 .toInt(),
        2);
    escalated = request("POST", QStringLiteral("/incidents/%1/escalate").arg(key));
    QCOMPARE(escalated.status, 409); // both levels of the policy have paged
    QCOMPARE(escalated.json.value(QLatin1String("error")).toString(), QStringLiteral("cannot_escalate"));
    const Reply minor
        = request("POST", QStringLiteral("/incidents"), R"({"title": "Typo", "severity": "low"})");
    QCOMPARE(
        request("POST",
            QStringLiteral("/incidents/%1/escalate").arg(minor.json.value(QLatin1String("id")).toString()))
            .status,
        409);
    QCOMPARE(request("GET", QStringLiteral("/incidents/%1/escalate").arg(key)).status, 405);
}

void TestReceiver::playbookEndpoints()
{
    startReceiver();
    const Reply playbooks = request("GET", QStringLiteral("/playbooks"));
    QCOMPARE(playbooks.status, 200);
    const QJsonArray list = playbooks.json.value(QLatin1String("playbooks")).toArray();
    const auto found = std::find_if(list.cbegin(), list.cend(), [](const QJsonValue& value) {
        return value.toObject().value(QLatin1String("id")).toString()
            == QLatin1String("database-connection-failure");
    });
    QVERIFY(found != list.cend());
    QCOMPARE(found->toObject().value(QLatin1String("estimated_duration_minutes")).toInt(), 30);
    QCOMPARE(found->toObject()
                 .value(QLatin1String("phases"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("steps"))
                 .toArray()
                 .size(),
        6);
    QCOMPARE(playbooks.json.value(QLatin1String("runbooks")).toArray().size(), 5);

    // An outage declared over the API comes with its checklist.
    const Reply created = request("POST", QStringLiteral("/incidents"),
        R"({"title": "Checkout down", "severity": "critical", "type": "outage"})");
    QCOMPARE(created.status, 201);
    const Reply checklist = request("GET",
        QStringLiteral("/incidents/%1/checklist").arg(created.json.value(QLatin1String("id")).toString()));
    QCOMPARE(checklist.status, 200);
    const QJsonArray items = checklist.json.value(QLatin1String("items")).toArray();
    QCOMPARE(items.size(), 15);
    QCOMPARE(items.first().toObject().value(QLatin1String("critical")).toBool(), true);
    QCOMPARE(items.first().toObject().value(QLatin1String("done")).toBool(), false);
}

void TestReceiver::communicationsEndpoint()
{
    startReceiver();
    const Reply created = request("POST", QStringLiteral("/incidents"),
        R"({"title": "Card data exposed", "severity": "critical", "type": "security", "service": "checkout"})");
    QCOMPARE(created.status, 201);
    const QString key = created.json.value(QLatin1String("id")).toString();
    const Reply patched = request("PATCH", QStringLiteral("/incidents/%1").arg(key),
        R"({"warRoom": "https://meet.example.com/inc #inc-checkout", "regulatedData": ["personal"]})");
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.json.value(QLatin1String("regulatedData")).toArray(),
        (QJsonArray { QStringLiteral("personal") }));
    QCOMPARE(
        request("PATCH", QStringLiteral("/incidents/%1").arg(key), R"({"regulatedData": "gossip"})").status,
        422);

    const auto audience = [](const Reply& reply, const QString& id) {
        for (const QJsonValue& value : reply.json.value(QLatin1String("audiences")).toArray()) {
            if (value.toObject().value(QLatin1String("id")).toString() == id)
                return value.toObject();
        }
        return QJsonObject();
    };
    Reply answer = request("GET", QStringLiteral("/incidents/%1/communications").arg(key));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json.value(QLatin1String("warRoom")).toString(),
        QStringLiteral("https://meet.example.com/inc #inc-checkout"));
    QCOMPARE(answer.json.value(QLatin1String("audiences")).toArray().size(), 8); // seven groups and GDPR
    QJsonObject executives = audience(answer, QStringLiteral("executives"));
    QCOMPARE(executives.value(QLatin1String("channel")).toString(), QStringLiteral("phone_sms"));
    QCOMPARE(executives.value(QLatin1String("required")).toBool(), true);
    QCOMPARE(executives.value(QLatin1String("executive")).toBool(), true);
    QCOMPARE(executives.value(QLatin1String("state")).toString(), QStringLiteral("on_track"));
    QCOMPARE(executives.value(QLatin1String("next")).toString(), QStringLiteral("initial"));
    QVERIFY(executives.value(QLatin1String("lastUpdate")).isNull());
    const qint64 left = executives.value(QLatin1String("secondsLeft")).toInteger();
    QVERIFY2(left > 14 * 60 && left <= 15 * 60, qPrintable(QString::number(left))); // SEV1: within 15 minutes
    const QJsonObject gdpr = audience(answer, QStringLiteral("compliance/gdpr"));
    QCOMPARE(gdpr.value(QLatin1String("compliance")).toObject().value(QLatin1String("regulation")).toString(),
        QStringLiteral("GDPR"));
    QCOMPARE(gdpr.value(QLatin1String("compliance"))
                 .toObject()
                 .value(QLatin1String("requiredInfo"))
                 .toArray()
                 .size(),
        5);
    QCOMPARE(audience(answer, QStringLiteral("customers")).value(QLatin1String("audience")).toString(),
        QStringLiteral("external"));

    // An update recorded (here by another connection, as another console would) restarts that group's clock.
    {
        auto store = TestSupport::openStore(m_db, SystemClock::instance());
        QVERIFY(store->communication().recordCommunication(store->incidents().incidentByKey(key)->id,
            { QStringLiteral("executives"), QStringLiteral("Executive Team"), CommunicationChannel::PhoneSms,
                QStringLiteral("Called the CTO") },
            QStringLiteral("Rui Costa")));
    }
    answer = request("GET", QStringLiteral("/incidents/%1/communications").arg(key));
    executives = audience(answer, QStringLiteral("executives"));
    QVERIFY(!executives.value(QLatin1String("lastUpdate")).isNull());
    QCOMPARE(executives.value(QLatin1String("lastAuthor")).toString(), QStringLiteral("Rui Costa"));
    QCOMPARE(executives.value(QLatin1String("next")).toString(), QStringLiteral("update"));
    QVERIFY(executives.value(QLatin1String("secondsLeft")).toInteger() > 29 * 60); // every 30 minutes now

    // The matrix as edited in the window counts at once.
    CommunicationPlan plan = CommunicationPlan::builtIn();
    plan.groups.removeFirst();
    QString error;
    QVERIFY2(plan.save(m_dir->filePath(QStringLiteral("communication.json")), &error), qPrintable(error));
    answer = request("GET", QStringLiteral("/incidents/%1/communications").arg(key));
    QCOMPARE(answer.json.value(QLatin1String("audiences")).toArray().size(), 7);
    QVERIFY(audience(answer, QStringLiteral("executives")).isEmpty());
    QCOMPARE(request("GET", QStringLiteral("/incidents/INC-1999-0001/communications")).status, 404);
    QCOMPARE(request("POST", QStringLiteral("/incidents/%1/communications").arg(key)).status, 405);
}

void TestReceiver::reviewEndpoints()
{
    startReceiver();
    const Reply created = request("POST", QStringLiteral("/incidents"),
        R"({"title": "API outage", "severity": "critical", "service": "payments"})");
    const QString key = created.json.value(QLatin1String("id")).toString();
    const QString path = QStringLiteral("/incidents/%1/pir").arg(key);
    // Started with what is given (plain text kept as the editor's rich text).
    Reply pir = request("POST", path,
        R"({"summary": "Pool exhausted by a slow query.", "rootCauseCategory": "Code change", "author": "rui"})");
    QCOMPARE(pir.status, 201);
    QCOMPARE(pir.json.value(QLatin1String("status")).toString(), QStringLiteral("draft"));
    QVERIFY(pir.json.value(QLatin1String("content"))
                .toObject()
                .value(QLatin1String("summary"))
                .toString()
                .contains(QLatin1String("<p>Pool exhausted by a slow query.</p>")));
    QVERIFY(!pir.json.value(QLatin1String("content"))
                 .toObject()
                 .value(QLatin1String("timeline"))
                 .toArray()
                 .isEmpty());
    // HTML from the API keeps its formatting and web links, and loses whatever reaches outside the review.
    pir = request("POST", path,
        R"({"detection": "<p>Seen on <a href=\"https://grafana.example/d/db\">the dashboard</a><img src=\"file:///etc/passwd\"><a href=\"javascript:alert(1)\">here</a></p>"})");
    QCOMPARE(pir.status, 200);
    const QString detection
        = pir.json.value(QLatin1String("content")).toObject().value(QLatin1String("detection")).toString();
    QVERIFY2(
        detection.contains(QLatin1String("href=\"https://grafana.example/d/db\"")), qPrintable(detection));
    QVERIFY2(!detection.contains(QLatin1String("<img")) && !detection.contains(QLatin1String("javascript:")),
        qPrintable(detection));
    QVERIFY(detection.contains(QLatin1String("here")));
    pir = request("POST", path,
        R"({"lessons": "Consider circuit breakers.", "actionItems": [
              {"text": "Add index", "owner": "DB team", "deadline": "2020-01-01", "priority": "high", "status": "open", "horizon": "short"},
              {"text": "Load tests", "owner": "Platform", "deadline": "2099-01-01", "priority": "medium", "status": "open", "horizon": "medium"}]})");
    QCOMPARE(pir.status, 200);
    QCOMPARE(pir.json.value(QLatin1String("openActionItems")).toInt(), 2);
    QCOMPARE(pir.json.value(QLatin1String("overdueActionItems")).toInt(), 1);
    QVERIFY(pir.json.value(QLatin1String("content"))
                .toObject()
                .value(QLatin1String("summary"))
                .toString()
                .contains(QLatin1String("slow query")));
    // Not resolved: it stays a draft.
    QCOMPARE(request("POST", path, R"({"status": "published"})").status, 409);
    QCOMPARE(request("POST", path, R"({"status": "finished"})").status, 422);
    QCOMPARE(request("POST", QStringLiteral("/incidents/%1/resolve").arg(key), "{}").status, 200);
    pir = request("POST", path, R"({"status": "published"})");
    QCOMPARE(pir.status, 200);
    QCOMPARE(pir.json.value(QLatin1String("status")).toString(), QStringLiteral("published"));

    const Reply all = request("GET", QStringLiteral("/pirs"));
    QCOMPARE(all.status, 200);
    QCOMPARE(all.json.value(QLatin1String("total")).toInt(), 1);
    QCOMPARE(all.json.value(QLatin1String("pirs"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("incident"))
                 .toString(),
        key);
    QCOMPARE(
        request("GET", QStringLiteral("/pirs?q=breakers")).json.value(QLatin1String("total")).toInt(), 1);
    QCOMPARE(request("GET", QStringLiteral("/pirs?q=zebra")).json.value(QLatin1String("total")).toInt(), 0);
    QCOMPARE(
        request("GET", QStringLiteral("/pirs?status=draft")).json.value(QLatin1String("total")).toInt(), 0);
    const Reply summary = request("GET", QStringLiteral("/pirs/summary"));
    QCOMPARE(summary.status, 200);
    QCOMPARE(summary.json.value(QLatin1String("total")).toInt(), 1);
    QCOMPARE(summary.json.value(QLatin1String("notStarted")).toInt(), 0);
    QCOMPARE(
        summary.json.value(QLatin1String("byStatus")).toObject().value(QLatin1String("published")).toInt(),
        1);
    QCOMPARE(summary.json.value(QLatin1String("byRootCauseCategory"))
                 .toObject()
                 .value(QLatin1String("Code change"))
                 .toInt(),
        1);
    QCOMPARE(
        summary.json.value(QLatin1String("actionItems")).toObject().value(QLatin1String("open")).toInt(), 2);
    QCOMPARE(
        summary.json.value(QLatin1String("actionItems")).toObject().value(QLatin1String("overdue")).toInt(),
        1);
    QCOMPARE(request("DELETE", QStringLiteral("/pirs")).status, 405);
    QCOMPARE(request("GET", QStringLiteral("/incidents/%1/pir").arg(key)).status, 405);
}
