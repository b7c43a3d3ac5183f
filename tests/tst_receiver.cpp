#include "composition/listenaddress.h"
#include "ingestion/receiver.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {
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
    void keepAliveAndPipelinedRequestsAnswerInOrder();
    void expectContinueIsHonoured();
    void openViewsHearOfChangesAtOnce();
    void busyPortIsReported();
    void listenAddressesAreLoopbackOnly_data();
    void listenAddressesAreLoopbackOnly();

private:
    void startReceiver(HttpLimits limits = {});
    Reply request(const QByteArray& method, const QString& path, const QByteArray& body = QByteArray(),
        const QByteArray& contentType = "application/json");
    QByteArray rawExchange(const QByteArray& bytes, int expectedResponses, bool* closed = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    std::unique_ptr<Receiver> m_receiver;
    quint16 m_port = 0;
    QNetworkAccessManager m_network;
    std::function<void()> m_committed;
    int m_commits = 0;
};

void TestReceiver::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(QStringLiteral("receiver.db"));
    m_commits = 0;
    m_committed = [this] { ++m_commits; };
}

void TestReceiver::cleanup()
{
    m_receiver.reset();
}

void TestReceiver::startReceiver(HttpLimits limits)
{
    Receiver::Settings settings;
    settings.port = 0; // any free port
    settings.databasePath = m_db;
    settings.limits = limits;
    m_receiver = std::make_unique<Receiver>(settings, [this] { QMetaObject::invokeMethod(this, m_committed); });
    QSignalSpy listening(m_receiver.get(), &Receiver::listening);
    QSignalSpy failed(m_receiver.get(), &Receiver::failed);
    m_receiver->start();
    QVERIFY(listening.wait(10000));
    QVERIFY(failed.isEmpty());
    const QString address = listening.first().first().toString();
    QVERIFY(address.startsWith(QLatin1String("127.0.0.1:")));
    m_port = static_cast<quint16>(address.section(QLatin1Char(':'), 1).toUInt());
}

Reply TestReceiver::request(const QByteArray& method, const QString& path, const QByteArray& body,
    const QByteArray& contentType)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setRawHeader("X-Incident-Author", "pager-bot");
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
    QCOMPARE(created.json.value(QLatin1String("id")).toString(), QStringLiteral("INC-2026-0001").replace(
        QLatin1String("2026"), QString::number(QDate::currentDate().year())));
    QCOMPARE(created.json.value(QLatin1String("severity")).toString(), QStringLiteral("SEV3"));
    QCOMPARE(created.json.value(QLatin1String("status")).toString(), QStringLiteral("triggered"));
    QCOMPARE(created.header("Location"), "/incidents/" + created.json.value(QLatin1String("id")).toString().toUtf8());
    QTRY_COMPARE(m_commits, 1);

    SystemClock clock;
    std::unique_ptr<SqlIncidentStore> store = TestSupport::openStore(m_db, &clock);
    const StoreResult<Incident> stored = store->incidentByKey(created.json.value(QLatin1String("id")).toString());
    QVERIFY(stored);
    QCOMPARE(stored->title, QStringLiteral("Database Connection Issues"));
    QCOMPARE(stored->service, QStringLiteral("database"));
    QCOMPARE(store->timeline(stored->id, 0, 10)->first().author, QStringLiteral("pager-bot"));

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
    for (const char* body : { R"({"title":"a","severity":"critical","service":"db"})",
             R"({"title":"b","severity":"P3","service":"api"})", R"({"title":"c needle","severity":"high"})" })
        QCOMPARE(request("POST", QStringLiteral("/incidents"), body).status, 201);
    Reply all = request("GET", QStringLiteral("/incidents"));
    QCOMPARE(all.status, 200);
    QCOMPARE(all.json.value(QLatin1String("total")).toInt(), 3);
    QCOMPARE(all.json.value(QLatin1String("incidents")).toArray().first().toObject().value(QLatin1String("title")),
        QJsonValue(QStringLiteral("a"))); // most severe first
    QCOMPARE(request("GET", QStringLiteral("/incidents?severity=critical,high")).json.value(QLatin1String("total")).toInt(), 2);
    QCOMPARE(request("GET", QStringLiteral("/incidents?service=api")).json.value(QLatin1String("total")).toInt(), 1);
    QCOMPARE(request("GET", QStringLiteral("/incidents?q=NEEDLE")).json.value(QLatin1String("total")).toInt(), 1);
    QCOMPARE(request("GET", QStringLiteral("/incidents?status=resolved")).json.value(QLatin1String("total")).toInt(), 0);
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
                           .json.value(QLatin1String("id")).toString();
    const Reply patched = request("PATCH", QStringLiteral("/incidents/%1").arg(id),
        R"({"status":"acknowledged","severity":"critical","title":"Checkout down","commander":"Ana",
            "roles":{"technical_lead":"Bo"},"environment":"staging","type":"security"})");
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.json.value(QLatin1String("status")).toString(), QStringLiteral("acknowledged"));
    QCOMPARE(patched.json.value(QLatin1String("severity")).toString(), QStringLiteral("SEV1"));
    QCOMPARE(patched.json.value(QLatin1String("title")).toString(), QStringLiteral("Checkout down"));
    QCOMPARE(patched.json.value(QLatin1String("roles")).toObject().value(QLatin1String("commander")).toString(),
        QStringLiteral("Ana"));
    const Reply timeline = request("GET", QStringLiteral("/incidents/%1/timeline").arg(id));
    QStringList kinds;
    for (const QJsonValue& entry : timeline.json.value(QLatin1String("entries")).toArray())
        kinds.append(entry.toObject().value(QLatin1String("kind")).toString());
    QCOMPARE(kinds,
        (QStringList { QStringLiteral("Declared"), QStringLiteral("Edit"), QStringLiteral("Edit"),
            QStringLiteral("Edit"), QStringLiteral("Role"), QStringLiteral("Role"), QStringLiteral("Severity"),
            QStringLiteral("Status") }));
    const Reply note = request("POST", QStringLiteral("/incidents/%1/notes").arg(id), R"({"text":"paged DBA"})");
    QCOMPARE(note.status, 201);
    QCOMPARE(note.json.value(QLatin1String("author")).toString(), QStringLiteral("pager-bot"));
}

void TestReceiver::patchIsAllOrNothing()
{
    startReceiver();
    const QString id = request("POST", QStringLiteral("/incidents"), R"({"title":"keep me","severity":"low"})")
                           .json.value(QLatin1String("id")).toString();
    const Reply refused = request("PATCH", QStringLiteral("/incidents/%1").arg(id),
        R"({"title":"changed","severity":"apocalyptic"})");
    QCOMPARE(refused.status, 422);
    QVERIFY(refused.json.value(QLatin1String("reason")).toString().contains(QLatin1String("apocalyptic")));
    const Reply after = request("GET", QStringLiteral("/incidents/%1").arg(id));
    QCOMPARE(after.json.value(QLatin1String("title")).toString(), QStringLiteral("keep me"));
    QCOMPARE(request("GET", QStringLiteral("/incidents/%1/timeline").arg(id)).json.value(QLatin1String("entries")).toArray().size(), 1);
}

void TestReceiver::refusedTransitionIsAConflict()
{
    startReceiver();
    const QString id = request("POST", QStringLiteral("/incidents"), R"({"title":"x","severity":"high"})")
                           .json.value(QLatin1String("id")).toString();
    const Reply refused = request("PATCH", QStringLiteral("/incidents/%1").arg(id), R"({"status":"closed"})");
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.json.value(QLatin1String("error")).toString(), QStringLiteral("invalid_transition"));
    QCOMPARE(request("GET", QStringLiteral("/incidents/%1").arg(id)).json.value(QLatin1String("status")).toString(),
        QStringLiteral("triggered"));
    QCOMPARE(request("PATCH", QStringLiteral("/incidents/INC-1999-9999"), R"({"status":"closed"})").status, 404);
}

void TestReceiver::resolveWithResolutionNote()
{
    startReceiver();
    const QString id = request("POST", QStringLiteral("/incidents"), R"({"title":"x","severity":"high"})")
                           .json.value(QLatin1String("id")).toString();
    const Reply resolved = request("POST", QStringLiteral("/incidents/%1/resolve").arg(id),
        R"({"resolution":"Rolled back to v2.3.0"})");
    QCOMPARE(resolved.status, 200);
    QCOMPARE(resolved.json.value(QLatin1String("status")).toString(), QStringLiteral("resolved"));
    QVERIFY(!resolved.json.value(QLatin1String("resolvedAt")).isNull());
    const QJsonArray entries = request("GET", QStringLiteral("/incidents/%1/timeline").arg(id))
                                   .json.value(QLatin1String("entries")).toArray();
    QCOMPARE(entries.last().toObject().value(QLatin1String("text")).toString(), QStringLiteral("Rolled back to v2.3.0"));
    QCOMPARE(request("POST", QStringLiteral("/incidents/%1/resolve").arg(id)).status, 409); // already resolved
}

void TestReceiver::badRequestsGetJsonReasons_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::newRow("malformed json") << QByteArray("POST") << QStringLiteral("/incidents") << QByteArray("{\"title\": oops}")
                                    << QByteArray("application/json") << 400 << QStringLiteral("malformed_json");
    QTest::newRow("not an object") << QByteArray("POST") << QStringLiteral("/incidents") << QByteArray("[1,2]")
                                   << QByteArray("application/json") << 400 << QStringLiteral("malformed_json");
    QTest::newRow("wrong content type") << QByteArray("POST") << QStringLiteral("/incidents") << QByteArray("{}")
                                        << QByteArray("text/plain") << 415 << QStringLiteral("unsupported_media_type");
    QTest::newRow("no title") << QByteArray("POST") << QStringLiteral("/incidents")
                              << QByteArray(R"({"severity":"high"})") << QByteArray("application/json; charset=utf-8")
                              << 422 << QStringLiteral("invalid");
    QTest::newRow("no severity") << QByteArray("POST") << QStringLiteral("/incidents") << QByteArray(R"({"title":"x"})")
                                 << QByteArray("application/json") << 422 << QStringLiteral("invalid");
    QTest::newRow("unknown type") << QByteArray("POST") << QStringLiteral("/incidents")
                                  << QByteArray(R"({"title":"x","severity":"high","type":"gremlins"})")
                                  << QByteArray("application/json") << 422 << QStringLiteral("invalid");
    QTest::newRow("detected without zone") << QByteArray("POST") << QStringLiteral("/incidents")
                                           << QByteArray(R"({"title":"x","severity":"high","detectedAt":"2026-11-23T10:00:00"})")
                                           << QByteArray("application/json") << 422 << QStringLiteral("invalid");
    QTest::newRow("unknown route") << QByteArray("GET") << QStringLiteral("/nowhere") << QByteArray() << QByteArray()
                                   << 404 << QStringLiteral("not_found");
    QTest::newRow("unknown incident") << QByteArray("GET") << QStringLiteral("/incidents/INC-1999-0001") << QByteArray()
                                      << QByteArray() << 404 << QStringLiteral("not_found");
    QTest::newRow("wrong method") << QByteArray("DELETE") << QStringLiteral("/incidents") << QByteArray() << QByteArray()
                                  << 405 << QStringLiteral("method_not_allowed");
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
    const QByteArray answer = rawExchange("POST /incidents HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                          "Content-Length: 5000000\r\n\r\n",
        1, &closed);
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
    QVERIFY(answer.contains("body_too_large"));
    QVERIFY(closed);
}

void TestReceiver::oversizedHeaderIsRefused()
{
    HttpLimits limits;
    limits.headerBytes = 2048;
    startReceiver(limits);
    const QByteArray answer
        = rawExchange("GET /health HTTP/1.1\r\nHost: x\r\nX-Padding: " + QByteArray(4096, 'p') + "\r\n\r\n", 1);
    QVERIFY2(answer.startsWith("HTTP/1.1 431"), answer.constData());
}

void TestReceiver::slowClientIsCutOff()
{
    HttpLimits limits;
    limits.requestTimeoutMs = 300;
    startReceiver(limits);
    bool closed = false;
    const QByteArray answer = rawExchange("GET /health HTTP/1.1\r\nHost: x\r\n", 1, &closed); // never finishes
    QVERIFY2(answer.startsWith("HTTP/1.1 408"), answer.constData());
    QVERIFY(closed);
}

void TestReceiver::keepAliveAndPipelinedRequestsAnswerInOrder()
{
    startReceiver();
    const QByteArray create = R"({"title":"pipelined","severity":"high"})";
    const QByteArray pipeline = "POST /incidents HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(create.size()) + "\r\n\r\n" + create
        + "GET /incidents/1 HTTP/1.1\r\nHost: x\r\n\r\n"
          "GET /nowhere HTTP/1.1\r\nHost: x\r\n\r\n"
          "GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
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
    socket.write("POST /incidents HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nExpect: 100-continue\r\n"
                 "Content-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n");
    QVERIFY(socket.waitForReadyRead(5000));
    QCOMPARE(socket.readAll(), QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));
    socket.write(body);
    QVERIFY(socket.waitForReadyRead(5000));
    QVERIFY(socket.readAll().startsWith("HTTP/1.1 201"));
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
    QCOMPARE(request("POST", QStringLiteral("/incidents"), R"({"title":"live","severity":"critical"})").status, 201);
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

void TestReceiver::listenAddressesAreLoopbackOnly_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::newRow("default") << ListenAddress::defaultText() << true << QStringLiteral("127.0.0.1") << 3001;
    QTest::newRow("localhost") << QStringLiteral("localhost:8080") << true << QStringLiteral("127.0.0.1") << 8080;
    QTest::newRow("ipv6 loopback") << QStringLiteral("[::1]:3001") << true << QStringLiteral("::1") << 3001;
    QTest::newRow("all interfaces") << QStringLiteral("0.0.0.0:3001") << false << QString() << 0;
    QTest::newRow("lan address") << QStringLiteral("192.168.1.10:3001") << false << QString() << 0;
    QTest::newRow("no port") << QStringLiteral("127.0.0.1") << false << QString() << 0;
    QTest::newRow("bad port") << QStringLiteral("127.0.0.1:99999") << false << QString() << 0;
    QTest::newRow("host name") << QStringLiteral("example.org:3001") << false << QString() << 0;
}

void TestReceiver::listenAddressesAreLoopbackOnly()
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

QTEST_GUILESS_MAIN(TestReceiver)
#include "tst_receiver.moc"
