#include "app/api/apirequest.h"
#include "app/api/receiverapi.h"
#include "app/http/receivercounters.h"
#include "app/webhooks/webhooksources.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Reply {
    int status = 0;
    QJsonObject json;
    QByteArray raw;
};

// The seeds' shell examples, quoted as the seeds write them. Only the port differs: the test's console
// listens on a free one, not on 3001.
const char* const kSeedCurlExamples[] = {
    R"(curl -X POST http://localhost:3001/incidents \
  -H "Content-Type: application/json" \
  -d '{
    "title": "Database Connection Issues",
    "description": "High connection count detected",
    "severity": "warning",
    "service": "database"
  }')",
    "curl http://localhost:3001/health",
    "curl http://localhost:3001/stats/alerts",
    "curl http://localhost:3001/stats/incidents",
    R"(curl -X POST http://localhost:3001/webhooks/alerts/prometheus \
  -H "Content-Type: application/json" \
  -d @tests/fixtures/prometheus-alert.json)",
};

// Seed 003's API table, row by row: method and path as written there ({id} an incident's).
const std::pair<const char*, const char*> kSeedApiTable[] = {
    { "GET", "/api/incident_response" },
    { "GET", "/api/incident_response/{id}" },
    { "POST", "/api/incident_response" },
    { "POST", "/api/incident_response/from-alert" },
    { "PUT", "/api/incident_response/{id}" },
    { "DELETE", "/api/incident_response/{id}" },
    { "POST", "/api/incident_response/escalate" },
    { "GET", "/api/incident_response/escalation-rules" },
    { "GET", "/api/incident_response/playbooks" },
    { "GET", "/api/alerting" },
    { "POST", "/api/alerting/send" },
    { "POST", "/api/alerting/bulk" },
    { "POST", "/api/alerting/test" },
    { "GET", "/api/alerting/rules" },
    { "GET", "/api/alerting/templates" },
    { "PUT", "/api/alerting/rules" },
};
}

// The REST API as scripts meet it: the real console (`serve`) on a real SQLite file, over real HTTP; the
// seeds' examples as written; paging, silences, false alarms and rules over HTTP; and the OpenAPI
// description against the routes the receiver actually serves.
class TestRestApi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void routeTableMatchesTheMostSpecificPattern();
    void seedCurlExamplesWorkAsWritten();
    void seedApiTableIsServed();
    void openApiDescribesEveryRouteServed();
    void alertsArePagedWithACursor();
    void incidentsAndTimelinesArePagedWithACursor();
    void silencesOverHttp();
    void deleteMarksAFalseAlarmAndKeepsTheTimeline();
    void rulesAreReplacedCheckedAndThePreviousKept();
    void declareFromAStoredAlert();
    void detectionSourceAndExtendedTeamOverHttp();
    void everyReviewIsCountedAndListedByPage();

private:
    Reply request(const QByteArray& method, const QString& path, const QByteArray& body = {});
    // Posts alerts in the generic format and waits until all of them are stored.
    void sendAlerts(const QJsonArray& alerts);
    QString declare(const QString& title);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestSupport::RunningConsole> m_console;
    QNetworkAccessManager m_network;
};

void TestRestApi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_console = std::make_unique<TestSupport::RunningConsole>(m_dir->filePath(QStringLiteral("console.db")),
        m_dir->filePath(QStringLiteral("config")), QStringList {},
        TestSupport::RunningConsole::Kind::Service);
    QVERIFY(m_console->waitUntilAnswering());
}

void TestRestApi::cleanup()
{
    if (m_console)
        QVERIFY(m_console->stop());
    m_console.reset();
}

Reply TestRestApi::request(const QByteArray& method, const QString& path, const QByteArray& body)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_console->port()).arg(path)));
    if (!body.isEmpty() || method == "POST" || method == "PUT")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setRawHeader("X-Incident-Author", "script");
    QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Reply result;
    if (!finished.wait(15000))
        return result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.raw = reply->readAll();
    result.json = QJsonDocument::fromJson(result.raw).object();
    reply->deleteLater();
    return result;
}

void TestRestApi::sendAlerts(const QJsonArray& alerts)
{
    const int before
        = request("GET", QStringLiteral("/alerts?limit=1")).json.value(QLatin1String("total")).toInt();
    const Reply sent = request("POST", QStringLiteral("/api/alerting/bulk"), QJsonDocument(alerts).toJson());
    QVERIFY2(sent.status == 200 || sent.status == 202, sent.raw.constData());
    QTRY_VERIFY_WITH_TIMEOUT(
        request("GET", QStringLiteral("/alerts?limit=1")).json.value(QLatin1String("total")).toInt()
            >= before + alerts.size(),
        15000);
}

QString TestRestApi::declare(const QString& title)
{
    const Reply created = request("POST", QStringLiteral("/incidents"),
        QJsonDocument(QJsonObject { { QStringLiteral("title"), title },
                          { QStringLiteral("severity"), QStringLiteral("high") } })
            .toJson());
    return created.status == 201 ? created.json.value(QLatin1String("id")).toString() : QString();
}

void TestRestApi::routeTableMatchesTheMostSpecificPattern()
{
    RouteTable table;
    const auto answer = [](const char* name) {
        return [name](const HttpRequest&, const RouteTable::Parameters& parameters) {
            HttpResponse response;
            response.body = QByteArray(name) + ' ' + parameters.value(QStringLiteral("id")).toUtf8();
            return response;
        };
    };
    table.add("GET", QStringLiteral("/incidents/{id}"), answer("show"));
    table.add("DELETE", QStringLiteral("/incidents/{id}"), answer("delete"));
    table.add("POST", QStringLiteral("/incidents/from-alert"), answer("from-alert"));
    table.add("GET", QStringLiteral("/incidents/{id}/timeline"), answer("timeline"));
    const auto ask = [&table](const QByteArray& method, const QString& path) {
        HttpRequest request;
        request.method = method;
        request.path = path;
        return table.handle(request);
    };
    QCOMPARE(ask("GET", QStringLiteral("/incidents/INC-2026-0007")).body, QByteArray("show INC-2026-0007"));
    QCOMPARE(ask("DELETE", QStringLiteral("/incidents/7")).body, QByteArray("delete 7"));
    QCOMPARE(ask("POST", QStringLiteral("/incidents/from-alert")).body, QByteArray("from-alert "));
    QCOMPARE(ask("GET", QStringLiteral("/incidents/7/timeline")).body, QByteArray("timeline 7"));
    // The literal path wins over the pattern, so its methods are the ones allowed.
    const HttpResponse wrongMethod = ask("GET", QStringLiteral("/incidents/from-alert"));
    QCOMPARE(wrongMethod.status, 405);
    QVERIFY(wrongMethod.headers.contains(qMakePair(QByteArray("Allow"), QByteArray("POST"))));
    const HttpResponse notThere = ask("GET", QStringLiteral("/incidents/7/nothing"));
    QCOMPARE(notThere.status, 404);
    QCOMPARE(notThere.errorCode(), QStringLiteral("not_found"));
    const HttpResponse patch = ask("PATCH", QStringLiteral("/incidents/7"));
    QCOMPARE(patch.status, 405);
    QVERIFY(patch.headers.contains(qMakePair(QByteArray("Allow"), QByteArray("GET, DELETE"))));
}

void TestRestApi::seedCurlExamplesWorkAsWritten()
{
    // The seed's fixture, where its example reads it from (the working directory).
    const QDir work(m_dir->path());
    QVERIFY(work.mkpath(QStringLiteral("tests/fixtures")));
    QVERIFY(QFile::copy(QStringLiteral(IC_FIXTURES "/prometheus-alert.json"),
        work.filePath(QStringLiteral("tests/fixtures/prometheus-alert.json"))));
    for (const char* example : kSeedCurlExamples) {
        QString command = QString::fromUtf8(example);
        command.replace(
            QLatin1String("localhost:3001"), QStringLiteral("localhost:%1").arg(m_console->port()));
        QProcess curl;
        curl.setWorkingDirectory(work.path());
        // The answer's status after its body, so that a refusal fails the test.
        curl.start(QStringLiteral("bash"),
            { QStringLiteral("-c"), command + QStringLiteral(" --silent --write-out '\\n%{http_code}'") });
        QVERIFY(curl.waitForFinished(20000));
        const QByteArray output = curl.readAllStandardOutput();
        QVERIFY2(
            curl.exitCode() == 0, qPrintable(command + QStringLiteral("\n") + QString::fromUtf8(output)));
        const int status = output.mid(output.lastIndexOf('\n') + 1).toInt();
        QVERIFY2(status >= 200 && status < 300,
            qPrintable(command + QStringLiteral("\n") + QString::fromUtf8(output)));
        QVERIFY2(
            QJsonDocument::fromJson(output.left(output.lastIndexOf('\n'))).isObject(), output.constData());
    }
    // What they did: the incident exists, and the fixture's alert is in the stream.
    const Reply incidents = request("GET", QStringLiteral("/incidents?q=Connection"));
    QCOMPARE(incidents.json.value(QLatin1String("total")).toInt(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(request("GET", QStringLiteral("/alerts?q=HighConnectionCount"))
                                  .json.value(QLatin1String("total"))
                                  .toInt(),
        1, 10000);
}

void TestRestApi::seedApiTableIsServed()
{
    sendAlerts(
        { QJsonObject { { QStringLiteral("title"), QStringLiteral("Database connection pool exhausted") },
            { QStringLiteral("message"), QStringLiteral("95 of 100 connections in use") },
            { QStringLiteral("severity"), QStringLiteral("low") }, // opens no incident of its own
            { QStringLiteral("service"), QStringLiteral("database") } } });
    const qint64 alertId = request("GET", QStringLiteral("/api/alerting"))
                               .json.value(QLatin1String("alerts"))
                               .toArray()
                               .first()
                               .toObject()
                               .value(QLatin1String("id"))
                               .toInteger();
    QVERIFY(alertId > 0);
    const QString incident = declare(QStringLiteral("Checkout latency"));
    QVERIFY(!incident.isEmpty());
    const QString falseAlarm = declare(QStringLiteral("Synthetic probe failing"));
    const QString rules = QString::fromUtf8(request("GET", QStringLiteral("/api/alerting/rules")).raw);
    const QHash<QString, QByteArray> bodies {
        { QStringLiteral("POST /api/incident_response"),
            R"({"title": "Payments failing", "severity": "critical", "service": "payments"})" },
        { QStringLiteral("POST /api/incident_response/from-alert"),
            QByteArray(R"({"alert_id": )") + QByteArray::number(alertId) + '}' },
        { QStringLiteral("PUT /api/incident_response/{id}"), R"({"status": "acknowledged"})" },
        { QStringLiteral("DELETE /api/incident_response/{id}"), R"({"reason": "a test page"})" },
        { QStringLiteral("POST /api/incident_response/escalate"),
            QByteArray(R"({"incident_id": ")") + incident.toUtf8() + "\"}" },
        { QStringLiteral("POST /api/alerting/send"),
            R"({"title": "High error rate", "severity": "high", "service": "api"})" },
        { QStringLiteral("POST /api/alerting/bulk"),
            R"([{"title": "Disk full", "severity": "high"}, {"title": "Disk filling", "severity": "medium"}])" },
        { QStringLiteral("POST /api/alerting/test"), R"({"labels": {"alertname": "DatabaseDown"}})" },
        { QStringLiteral("PUT /api/alerting/rules"), rules.toUtf8() },
    };
    for (const auto& [method, path] : kSeedApiTable) {
        const QString row = QString::fromLatin1(method) + QLatin1Char(' ') + QLatin1String(path);
        const QString target = QString::fromLatin1(path).replace(
            QLatin1String("{id}"), qstrcmp(method, "DELETE") == 0 ? falseAlarm : incident);
        const Reply reply = request(method, target, bodies.value(row));
        QVERIFY2(reply.status >= 200 && reply.status < 300,
            qPrintable(row + QStringLiteral(": ") + QString::fromUtf8(reply.raw)));
    }
    // The same handlers as the short paths: the incident the seed's DELETE closed is closed for both.
    QCOMPARE(request("GET", QStringLiteral("/incidents/") + falseAlarm)
                 .json.value(QLatin1String("status"))
                 .toString(),
        QStringLiteral("closed"));
    // And the seed's PUT acknowledged the other one.
    QCOMPARE(request("GET", QStringLiteral("/incidents/") + incident)
                 .json.value(QLatin1String("status"))
                 .toString(),
        QStringLiteral("acknowledged"));
    QCOMPARE(request("GET", QStringLiteral("/api/incident_response/") + incident).json,
        request("GET", QStringLiteral("/incidents/") + incident).json);
}

void TestRestApi::openApiDescribesEveryRouteServed()
{
    const Reply served = request("GET", QStringLiteral("/openapi.json"));
    QCOMPARE(served.status, 200);
    QCOMPARE(served.raw, ReceiverApi::openApiDocument());
    const QJsonObject document = served.json;
    QVERIFY(document.value(QLatin1String("openapi")).toString().startsWith(QLatin1String("3.")));
    QVERIFY(
        !document.value(QLatin1String("info")).toObject().value(QLatin1String("title")).toString().isEmpty());

    // The routes the receiver registers, from the same table it routes by.
    Receiver::Settings settings;
    ReceiverCounters counters;
    const std::unique_ptr<WebhookSources> sources = WebhookSources::standard();
    ReceiverApi api(
        nullptr, settings, std::make_shared<RulesInForce>(settings.rules), sources.get(), &counters, {});
    QSet<QString> registered;
    for (const RouteTable::Signature& route : api.routes()->routes())
        registered.insert(QString::fromLatin1(route.method) + QLatin1Char(' ') + route.pattern);

    QSet<QString> described;
    const QJsonObject paths = document.value(QLatin1String("paths")).toObject();
    static const QRegularExpression parameter(QStringLiteral(R"(\{(\w+)\})"));
    const QString text = QString::fromUtf8(served.raw);
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        const QJsonObject operations = path.value().toObject();
        for (auto operation = operations.begin(); operation != operations.end(); ++operation) {
            const QString where = operation.key().toUpper() + QLatin1Char(' ') + path.key();
            described.insert(where);
            const QJsonObject body = operation.value().toObject();
            QVERIFY2(!body.value(QLatin1String("summary")).toString().isEmpty(), qPrintable(where));
            const QJsonObject responses = body.value(QLatin1String("responses")).toObject();
            QVERIFY2(!responses.isEmpty(), qPrintable(where));
            // Every {parameter} of the path is declared, in the path and required.
            QStringList declared;
            for (const QJsonValue& value : body.value(QLatin1String("parameters")).toArray()) {
                QJsonObject declaration = value.toObject();
                if (declaration.contains(QLatin1String("$ref")))
                    declaration = document.value(QLatin1String("components"))
                                      .toObject()
                                      .value(QLatin1String("parameters"))
                                      .toObject()
                                      .value(declaration.value(QLatin1String("$ref"))
                                                 .toString()
                                                 .section(QLatin1Char('/'), -1))
                                      .toObject();
                QVERIFY2(!declaration.isEmpty(), qPrintable(where));
                if (declaration.value(QLatin1String("in")).toString() == QLatin1String("path")) {
                    QVERIFY2(declaration.value(QLatin1String("required")).toBool(), qPrintable(where));
                    declared.append(declaration.value(QLatin1String("name")).toString());
                }
            }
            QStringList inPath;
            for (const QRegularExpressionMatch& match : parameter.globalMatch(path.key()))
                inPath.append(match.captured(1));
            QCOMPARE(declared, inPath);
        }
    }
    // Every reference points at something the document defines.
    static const QRegularExpression reference(QStringLiteral(R"#("\$ref": "#/components/(\w+)/(\w+)")#"));
    const QJsonObject components = document.value(QLatin1String("components")).toObject();
    for (const QRegularExpressionMatch& match : reference.globalMatch(text))
        QVERIFY2(components.value(match.captured(1)).toObject().contains(match.captured(2)),
            qPrintable(match.captured(0)));
    QCOMPARE(described - registered, QSet<QString> {});
    QCOMPARE(registered - described, QSet<QString> {});
    // The webhook sources it names are the ones there are.
    const QJsonArray named = paths.value(QLatin1String("/webhooks/alerts/{source}"))
                                 .toObject()
                                 .value(QLatin1String("post"))
                                 .toObject()
                                 .value(QLatin1String("parameters"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QLatin1String("schema"))
                                 .toObject()
                                 .value(QLatin1String("enum"))
                                 .toArray();
    QStringList names;
    for (const QJsonValue& name : named)
        names.append(name.toString());
    names.sort();
    QStringList paths2 = sources->paths();
    paths2.sort();
    QCOMPARE(names, paths2);
}

void TestRestApi::alertsArePagedWithACursor()
{
    QJsonArray alerts;
    for (int i = 0; i < 25; ++i)
        alerts.append(QJsonObject { { QStringLiteral("name"), QStringLiteral("Paged%1").arg(i) },
            { QStringLiteral("severity"), i % 2 ? QStringLiteral("high") : QStringLiteral("low") } });
    sendAlerts(alerts);
    QSet<qint64> seen;
    QString cursor;
    int pages = 0;
    QDateTime previous;
    do {
        const Reply page = request("GET",
            QStringLiteral("/alerts?limit=10")
                + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
        QCOMPARE(page.status, 200);
        QCOMPARE(page.json.value(QLatin1String("total")).toInt(), 25);
        const QJsonArray rows = page.json.value(QLatin1String("alerts")).toArray();
        QVERIFY(rows.size() <= 10);
        for (const QJsonValue& row : rows) {
            const QDateTime lastSeen = QDateTime::fromString(
                row.toObject().value(QLatin1String("lastSeen")).toString(), Qt::ISODateWithMs);
            QVERIFY(!previous.isValid() || lastSeen <= previous); // newest first
            previous = lastSeen;
            QVERIFY(!seen.contains(row.toObject().value(QLatin1String("id")).toInteger()));
            seen.insert(row.toObject().value(QLatin1String("id")).toInteger());
        }
        cursor = page.json.value(QLatin1String("nextCursor")).toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 10);
    QCOMPARE(pages, 3);
    QCOMPARE(seen.size(), 25);
    // Filters and paging together.
    const Reply high = request("GET", QStringLiteral("/alerts?severity=high&limit=5"));
    QCOMPARE(high.json.value(QLatin1String("total")).toInt(), 12);
    QVERIFY(!high.json.value(QLatin1String("nextCursor")).toString().isEmpty());
    // A cursor from another list, or a made-up one, is refused rather than misread.
    declare(QStringLiteral("One"));
    declare(QStringLiteral("Two"));
    const QString incidentCursor = request("GET", QStringLiteral("/incidents?limit=1"))
                                       .json.value(QLatin1String("nextCursor"))
                                       .toString();
    QVERIFY(!incidentCursor.isEmpty());
    QCOMPARE(request("GET", QStringLiteral("/alerts?cursor=") + incidentCursor).status, 422);
    QCOMPARE(request("GET", QStringLiteral("/alerts?cursor=bm9uc2Vuc2U")).status, 422);
    QCOMPARE(request("GET", QStringLiteral("/alerts?status=sleeping")).status, 422);
}

void TestRestApi::incidentsAndTimelinesArePagedWithACursor()
{
    QStringList keys;
    for (int i = 0; i < 5; ++i)
        keys.append(declare(QStringLiteral("Incident %1").arg(i)));
    QSet<QString> seen;
    QString cursor;
    int pages = 0;
    do {
        const Reply page = request("GET",
            QStringLiteral("/api/incident_response?limit=2")
                + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
        QCOMPARE(page.status, 200);
        QCOMPARE(page.json.value(QLatin1String("total")).toInt(), 5);
        for (const QJsonValue& row : page.json.value(QLatin1String("incidents")).toArray())
            seen.insert(row.toObject().value(QLatin1String("id")).toString());
        cursor = page.json.value(QLatin1String("nextCursor")).toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 10);
    QCOMPARE(pages, 3);
    QCOMPARE(seen, QSet<QString>(keys.begin(), keys.end()));

    // The seam stays where the page ended, even when the row it ended with changes its place: the first
    // page's last incident lowered to SEV4 does not make the next page skip the SEV2 ones after it.
    const Reply first = request("GET", QStringLiteral("/incidents?limit=2"));
    const QJsonArray firstRows = first.json.value(QLatin1String("incidents")).toArray();
    QCOMPARE(firstRows.size(), 2);
    const QString lastShown = firstRows.last().toObject().value(QLatin1String("id")).toString();
    QCOMPARE(
        request("PATCH", QStringLiteral("/incidents/") + lastShown, R"({"severity": "low"})").status, 200);
    QSet<QString> rest;
    cursor = first.json.value(QLatin1String("nextCursor")).toString();
    while (!cursor.isEmpty() && rest.size() < 10) {
        const Reply page = request("GET", QStringLiteral("/incidents?limit=2&cursor=") + cursor);
        for (const QJsonValue& row : page.json.value(QLatin1String("incidents")).toArray())
            rest.insert(row.toObject().value(QLatin1String("id")).toString());
        cursor = page.json.value(QLatin1String("nextCursor")).toString();
    }
    for (const QString& key : keys.mid(2))
        QVERIFY2(rest.contains(key), qPrintable(key));

    for (int i = 0; i < 4; ++i)
        QCOMPARE(request("POST", QStringLiteral("/incidents/%1/notes").arg(keys.first()),
                     QStringLiteral(R"({"text": "note %1"})").arg(i).toUtf8())
                     .status,
            201);
    const QJsonArray whole = request("GET", QStringLiteral("/incidents/%1/timeline").arg(keys.first()))
                                 .json.value(QLatin1String("entries"))
                                 .toArray();
    QVERIFY(whole.size() >= 5); // declared, and the four notes
    QJsonArray paged;
    cursor.clear();
    pages = 0;
    do {
        const Reply page = request("GET",
            QStringLiteral("/incidents/%1/timeline?limit=2").arg(keys.first())
                + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
        const QJsonArray entries = page.json.value(QLatin1String("entries")).toArray();
        QVERIFY(entries.size() <= 2);
        for (const QJsonValue& entry : entries)
            paged.append(entry);
        cursor = page.json.value(QLatin1String("nextCursor")).toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 20);
    QCOMPARE(paged, whole);
    QCOMPARE(paged.last().toObject().value(QLatin1String("text")).toString(), QStringLiteral("note 3"));
}

void TestRestApi::silencesOverHttp()
{
    const Reply added = request("POST", QStringLiteral("/silences"), R"({
        "matchers": [{"name": "service", "value": "db", "isRegex": false, "isEqual": true}, "alertname=~\"Disk.*\""],
        "endsAt": "2099-01-01T00:00:00Z", "comment": "disk swap tonight"})");
    QCOMPARE(added.status, 201);
    const qint64 id = added.json.value(QLatin1String("id")).toInteger();
    QCOMPARE(added.json.value(QLatin1String("status")).toObject().value(QLatin1String("state")).toString(),
        QStringLiteral("active"));
    QCOMPARE(added.json.value(QLatin1String("createdBy")).toString(), QStringLiteral("script"));
    QCOMPARE(added.json.value(QLatin1String("matchers"))
                 .toArray()
                 .at(1)
                 .toObject()
                 .value(QLatin1String("isRegex"))
                 .toBool(),
        true);
    sendAlerts({ QJsonObject { { QStringLiteral("name"), QStringLiteral("DiskFull") },
                     { QStringLiteral("service"), QStringLiteral("db") } },
        QJsonObject { { QStringLiteral("name"), QStringLiteral("DiskFull") },
            { QStringLiteral("service"), QStringLiteral("web") } } });
    QCOMPARE(request("GET", QStringLiteral("/alerts?status=suppressed"))
                 .json.value(QLatin1String("total"))
                 .toInt(),
        1);
    const QJsonArray listed
        = request("GET", QStringLiteral("/silences")).json.value(QLatin1String("silences")).toArray();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().toObject().value(QLatin1String("comment")).toString(),
        QStringLiteral("disk swap tonight"));

    const Reply expired = request("DELETE", QStringLiteral("/silences/%1").arg(id));
    QCOMPARE(expired.status, 200);
    QCOMPARE(expired.json.value(QLatin1String("status")).toObject().value(QLatin1String("state")).toString(),
        QStringLiteral("expired"));
    QCOMPARE(request("GET", QStringLiteral("/alerts?status=suppressed"))
                 .json.value(QLatin1String("total"))
                 .toInt(),
        0);
    QCOMPARE(request("GET", QStringLiteral("/silences")).json.value(QLatin1String("total")).toInt(), 0);
    QCOMPARE(
        request("GET", QStringLiteral("/silences?ended=true")).json.value(QLatin1String("total")).toInt(), 1);
    // Wrong silences are refused with a reason, and nothing is stored.
    QCOMPARE(
        request("POST", QStringLiteral("/silences"), R"({"matchers": [], "endsAt": "2099-01-01T00:00:00Z"})")
            .status,
        422);
    QCOMPARE(
        request("POST", QStringLiteral("/silences"), R"({"matchers": ["service=db"], "endsAt": "tomorrow"})")
            .status,
        422);
    QCOMPARE(request("DELETE", QStringLiteral("/silences/99999")).status, 404);
}

void TestRestApi::deleteMarksAFalseAlarmAndKeepsTheTimeline()
{
    const QString key = declare(QStringLiteral("Synthetic check flapping"));
    const Reply deleted
        = request("DELETE", QStringLiteral("/incidents/") + key, R"({"reason": "the probe's own network"})");
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.json.value(QLatin1String("status")).toString(), QStringLiteral("closed"));
    const QJsonArray entries = request("GET", QStringLiteral("/incidents/%1/timeline").arg(key))
                                   .json.value(QLatin1String("entries"))
                                   .toArray();
    QStringList summaries;
    for (const QJsonValue& entry : entries)
        summaries.append(entry.toObject().value(QLatin1String("author")).toString() + QLatin1Char(':')
            + entry.toObject().value(QLatin1String("summary")).toString());
    const QString all = summaries.join(QLatin1Char('\n'));
    // The note that says why, by who said so, then resolved and closed: the last three entries.
    QVERIFY2(summaries.size() >= 4, qPrintable(all));
    QVERIFY2(summaries.at(summaries.size() - 3).startsWith(QLatin1String("script:")), qPrintable(all));
    QVERIFY2(
        summaries.at(summaries.size() - 3).contains(QLatin1String("False alarm: the probe's own network")),
        qPrintable(all));
    QVERIFY2(summaries.at(summaries.size() - 2).contains(QLatin1String("Resolved")), qPrintable(all));
    QVERIFY2(summaries.last().contains(QLatin1String("Closed")), qPrintable(all));
    // Still there, and asking twice changes nothing.
    QCOMPARE(request("GET", QStringLiteral("/incidents/") + key).status, 200);
    QCOMPARE(request("DELETE", QStringLiteral("/incidents/") + key).status, 409);
    QCOMPARE(request("DELETE", QStringLiteral("/incidents/INC-1999-0001")).status, 404);
}

void TestRestApi::rulesAreReplacedCheckedAndThePreviousKept()
{
    const Reply before = request("GET", QStringLiteral("/alert-rules"));
    QCOMPARE(before.status, 200);
    QJsonObject rules = before.json;
    QJsonArray list = rules.value(QLatin1String("rules")).toArray();
    list.prepend(QJsonObject { { QStringLiteral("name"), QStringLiteral("Queue backlog") },
        { QStringLiteral("alertName"), QStringLiteral("QueueBacklog") },
        { QStringLiteral("severity"), QStringLiteral("critical") },
        { QStringLiteral("service"), QStringLiteral("queue") } });
    rules.insert(QStringLiteral("rules"), list);
    const auto severityOfTrial = [this] {
        return request("POST", QStringLiteral("/alerts/test"), R"({"labels": {"alertname": "QueueBacklog"}})")
            .json.value(QLatin1String("results"))
            .toArray()
            .first()
            .toObject()
            .value(QLatin1String("severity"))
            .toString();
    };
    const QString severityBefore = severityOfTrial();
    QVERIFY(severityBefore != QLatin1String("critical"));

    // A mistake is refused with its reason, and changes nothing.
    QJsonObject wrong = rules;
    QJsonArray wrongList = list;
    wrongList.append(QJsonObject { { QStringLiteral("name"), QStringLiteral("Broken") },
        { QStringLiteral("alertName"), QStringLiteral("X") },
        { QStringLiteral("severity"), QStringLiteral("apocalyptic") } });
    wrong.insert(QStringLiteral("rules"), wrongList);
    const Reply refused = request("PUT", QStringLiteral("/alert-rules"), QJsonDocument(wrong).toJson());
    QCOMPARE(refused.status, 422);
    QVERIFY2(refused.json.value(QLatin1String("reason")).toString().contains(QLatin1String("apocalyptic")),
        refused.raw.constData());
    QCOMPARE(severityOfTrial(), severityBefore);

    const Reply first = request("PUT", QStringLiteral("/alert-rules"), QJsonDocument(rules).toJson());
    QCOMPARE(first.status, 200);
    QCOMPARE(severityOfTrial(), QStringLiteral("critical"));
    // In force for the alerts that arrive, not only for the tester.
    sendAlerts({ QJsonObject { { QStringLiteral("name"), QStringLiteral("QueueBacklog") } } });
    const QJsonObject stored = request("GET", QStringLiteral("/alerts?q=QueueBacklog"))
                                   .json.value(QLatin1String("alerts"))
                                   .toArray()
                                   .first()
                                   .toObject();
    QCOMPARE(stored.value(QLatin1String("rule")).toString(), QStringLiteral("Queue backlog"));
    QCOMPARE(stored.value(QLatin1String("service")).toString(), QStringLiteral("queue"));

    // The second replacement keeps the first one's file.
    list.removeFirst();
    rules.insert(QStringLiteral("rules"), list);
    const Reply second = request("PUT", QStringLiteral("/api/alerting/rules"), QJsonDocument(rules).toJson());
    QCOMPARE(second.status, 200);
    const QString previous = second.json.value(QLatin1String("previousVersion")).toString();
    QVERIFY2(previous.startsWith(QLatin1String("alert-rules-history/")), qPrintable(previous));
    QDirIterator files(m_dir->filePath(QStringLiteral("config")), { QStringLiteral("alert-rules.json") },
        QDir::Files, QDirIterator::Subdirectories);
    QVERIFY(files.hasNext());
    QFile kept(QFileInfo(files.next()).absoluteDir().filePath(previous));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QVERIFY(kept.readAll().contains("QueueBacklog"));
    QCOMPARE(severityOfTrial(), severityBefore);
    // And the console started again reads the rules replaced last.
    QVERIFY(m_console->stop());
    m_console = std::make_unique<TestSupport::RunningConsole>(m_dir->filePath(QStringLiteral("console.db")),
        m_dir->filePath(QStringLiteral("config")), QStringList {},
        TestSupport::RunningConsole::Kind::Service);
    QVERIFY(m_console->waitUntilAnswering());
    QCOMPARE(
        request("GET", QStringLiteral("/alert-rules")).json.value(QLatin1String("rules")).toArray(), list);
}

void TestRestApi::declareFromAStoredAlert()
{
    sendAlerts({ QJsonObject { { QStringLiteral("name"), QStringLiteral("CheckoutErrors") },
        { QStringLiteral("summary"), QStringLiteral("Checkout returns 502") },
        { QStringLiteral("severity"), QStringLiteral("low") },
        { QStringLiteral("service"), QStringLiteral("checkout") } } });
    const QJsonObject alert = request("GET", QStringLiteral("/alerts?q=CheckoutErrors"))
                                  .json.value(QLatin1String("alerts"))
                                  .toArray()
                                  .first()
                                  .toObject();
    QVERIFY(alert.value(QLatin1String("incident")).isNull());
    const Reply declared = request("POST", QStringLiteral("/incidents/from-alert"),
        QByteArray(R"({"alert_id": )") + QByteArray::number(alert.value(QLatin1String("id")).toInteger())
            + '}');
    QCOMPARE(declared.status, 201);
    QCOMPARE(declared.json.value(QLatin1String("title")).toString(), QStringLiteral("Checkout returns 502"));
    QCOMPARE(declared.json.value(QLatin1String("service")).toString(), QStringLiteral("checkout"));
    const QString key = declared.json.value(QLatin1String("id")).toString();
    QCOMPARE(
        request("GET", QStringLiteral("/alerts?incident=") + key).json.value(QLatin1String("total")).toInt(),
        1);
    QCOMPARE(request("POST", QStringLiteral("/incidents/from-alert"), R"({"alert_id": 987654})").status, 404);
    QCOMPARE(request("POST", QStringLiteral("/incidents/from-alert"), R"({"title": "no id"})").status, 422);
}

void TestRestApi::detectionSourceAndExtendedTeamOverHttp()
{
    const Reply created = request("POST", QStringLiteral("/incidents"),
        R"({"title": "Partner gateway refusing certificates", "severity": "high",
            "detectionSource": "partner_notification"})");
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json.value(QLatin1String("detectionSource")).toString(),
        QStringLiteral("partner_notification"));
    const QString key = created.json.value(QLatin1String("id")).toString();
    const Reply changed = request("PATCH", QStringLiteral("/incidents/") + key,
        R"({"detectionSource": "certificate_monitoring",
            "roles": {"certificate_manager": "Ines", "vendor_liaison": "Omar"}})");
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.json.value(QLatin1String("detectionSource")).toString(),
        QStringLiteral("certificate_monitoring"));
    const QJsonObject roles = changed.json.value(QLatin1String("roles")).toObject();
    QCOMPARE(roles.value(QLatin1String("certificate_manager")).toString(), QStringLiteral("Ines"));
    QCOMPARE(roles.value(QLatin1String("vendor_liaison")).toString(), QStringLiteral("Omar"));
    QCOMPARE(roles.value(QLatin1String("database_administrator")).toString(), QString());
    QCOMPARE(
        request("PATCH", QStringLiteral("/incidents/") + key, R"({"detectionSource": "a hunch"})").status,
        422);
    // Seed 002's ETA and customer impact, seed 004's satisfaction; a wrong one changes nothing of the rest.
    const Reply impact = request("PATCH", QStringLiteral("/incidents/") + key,
        R"({"eta": "2026-11-23T16:00:00Z", "usersAffected": 15000, "revenueImpact": "~$25K",
            "slaImpact": "partner SLA breached", "customerSatisfaction": 3})");
    QCOMPARE(impact.status, 200);
    QCOMPARE(impact.json.value(QLatin1String("eta")).toString(), QStringLiteral("2026-11-23T16:00:00.000Z"));
    QCOMPARE(impact.json.value(QLatin1String("usersAffected")).toInteger(), 15000);
    QCOMPARE(impact.json.value(QLatin1String("customerSatisfaction")).toInt(), 3);
    const Reply wrong = request("PATCH", QStringLiteral("/incidents/") + key,
        R"({"revenueImpact": "none after all", "customerSatisfaction": 9})");
    QCOMPARE(wrong.status, 422);
    // A fraction is not a rating, nor read as 0 (which would clear it).
    QCOMPARE(request("PATCH", QStringLiteral("/incidents/") + key, R"({"customerSatisfaction": 4.5})").status,
        422);
    QCOMPARE(request("PATCH", QStringLiteral("/incidents/") + key, R"({"usersAffected": 1e19})").status, 422);
    QCOMPARE(request("GET", QStringLiteral("/incidents/") + key)
                 .json.value(QLatin1String("customerSatisfaction"))
                 .toInt(),
        3);
    QCOMPARE(request("GET", QStringLiteral("/incidents/") + key)
                 .json.value(QLatin1String("revenueImpact"))
                 .toString(),
        QStringLiteral("~$25K"));
    const Reply cleared
        = request("PATCH", QStringLiteral("/incidents/") + key, R"({"eta": null, "usersAffected": ""})");
    QVERIFY(cleared.json.value(QLatin1String("eta")).isNull());
    QVERIFY(cleared.json.value(QLatin1String("usersAffected")).isNull());
    QCOMPARE(request("POST", QStringLiteral("/incidents"),
                 R"({"severity": "low", "title": "x", "detectionSource": "rumour"})")
                 .status,
        422);
}

void TestRestApi::everyReviewIsCountedAndListedByPage()
{
    // More reviews than a page holds at most, written straight into the console's file while it is stopped.
    QVERIFY(m_console->stop());
    m_console.reset();
    constexpr int kReviews = ListPage::kMaxLimit + 5;
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC));
        const std::unique_ptr<IncidentStore> store
            = TestSupport::openStore(m_dir->filePath(QStringLiteral("console.db")), &clock);
        QVERIFY(store);
        for (int i = 0; i < kReviews; ++i) {
            const StoreResult<Incident> incident = store->incidents().declare(
                TestSupport::draft(QStringLiteral("Incident %1").arg(i)), QStringLiteral("rui"));
            QVERIFY(incident);
            QVERIFY(store->reviews().startReview(incident->id, QStringLiteral("rui")));
        }
    }
    m_console = std::make_unique<TestSupport::RunningConsole>(m_dir->filePath(QStringLiteral("console.db")),
        m_dir->filePath(QStringLiteral("config")), QStringList {},
        TestSupport::RunningConsole::Kind::Service);
    QVERIFY(m_console->waitUntilAnswering());
    const Reply summary = request("GET", QStringLiteral("/pirs/summary"));
    QCOMPARE(summary.json.value(QLatin1String("total")).toInt(), kReviews);
    QCOMPARE(summary.json.value(QLatin1String("byStatus")).toObject().value(QLatin1String("draft")).toInt(),
        kReviews);
    QSet<QString> seen;
    QString cursor;
    int pages = 0;
    do {
        const Reply page = request("GET",
            QStringLiteral("/pirs?status=draft&limit=400")
                + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
        QCOMPARE(page.json.value(QLatin1String("total")).toInt(), kReviews);
        const QJsonArray rows = page.json.value(QLatin1String("pirs")).toArray();
        QVERIFY(rows.size() <= 400);
        for (const QJsonValue& row : rows)
            seen.insert(row.toObject().value(QLatin1String("incident")).toString());
        cursor = page.json.value(QLatin1String("nextCursor")).toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 10);
    QCOMPARE(pages, 3);
    QCOMPARE(seen.size(), kReviews);
}

QTEST_GUILESS_MAIN(TestRestApi)
#include "tst_restapi.moc"
