// The receiver's credentials in the real OS keychain: a Secret Service
// (gnome-keyring) on a private session bus, started by support/with-keychain.
#include "app/api/receiver.h"
#include "app/cli/secretcommand.h"
#include "app/composition/credentialcatalogue.h"
#include "app/http/receivercredentials.h"
#include "app/keychain/keychainvault.h"
#include "app/keychain/secretstore.h"
#include "app/webhooks/webhooksources.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run console(const QStringList& arguments, const QByteArray& input, const QString& configHome)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    process.setProcessEnvironment(environment);
    process.start(qEnvironmentVariable("INCIDENT_CONSOLE_BIN"), arguments);
    process.write(input);
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(30000))
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// Sends `request` as it is to the receiver at `port` and returns the status of its answer (0: none).
int rawStatus(quint16 port, const QByteArray& request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return 0;
    socket.write(request);
    QByteArray answer;
    QDeadlineTimer deadline(10000);
    while (!answer.contains("\r\n") && !deadline.hasExpired()) {
        socket.waitForReadyRead(100);
        answer += socket.readAll();
    }
    const QList<QByteArray> statusLine = answer.split('\r').first().split(' ');
    return statusLine.size() > 1 ? statusLine.at(1).toInt() : 0;
}

// True if any file under `dir` contains `needle`.
bool anyFileContains(const QString& dir, const QByteArray& needle)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            return true;
    }
    return false;
}
}

class TestKeychain : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void secretCommandStoresListsAndDeletes();
    void unknownKeysAndEmptyValuesAreRefused();
    void credentialsFromTheKeychainGuardTheReceiver();
    void seedEnvironmentImportsAndNothingLeaks();
    void theConsoleRefusesWebPagesAndStrangers();

private:
    QTemporaryDir m_home;
};

void TestKeychain::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run under tests/support/with-keychain");
    QVERIFY(QFileInfo::exists(qEnvironmentVariable("INCIDENT_CONSOLE_BIN")));
}

void TestKeychain::secretCommandStoresListsAndDeletes()
{
    const QByteArray value = "tok-7f3a9c1e";
    Run run = console({ QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("receiver/token") },
        value + '\n', m_home.path());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(!run.out.contains(QString::fromLatin1(value)));

    SecretStore::Outcome outcome;
    QCOMPARE(
        SecretStore::readNow(QStringLiteral("receiver/token"), &outcome), std::optional<QByteArray>(value));
    QVERIFY(outcome.ok);

    run = console(
        { QStringLiteral("secrets"), QStringLiteral("list") }, {}, m_home.path()); // either spelling
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QLatin1String("receiver/token\tset")));
    QVERIFY(run.out.contains(QLatin1String("webhook/grafana/signing-secret\tnot set")));
    QVERIFY(!run.out.contains(QString::fromLatin1(value)));
    // Never in a settings file or anything else the console writes.
    QVERIFY(!anyFileContains(m_home.path(), value));

    run = console({ QStringLiteral("secret"), QStringLiteral("delete"), QStringLiteral("receiver/token") },
        {}, m_home.path());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(!SecretStore::readNow(QStringLiteral("receiver/token"), &outcome));
    QVERIFY(outcome.ok); // not set is not a failure
}

void TestKeychain::unknownKeysAndEmptyValuesAreRefused()
{
    Run run = console({ QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("receiver/tokne") },
        "x\n", m_home.path());
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QLatin1String("receiver/tokne")));
    run = console(
        { QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("webhook/generic/bearer") }, "",
        m_home.path());
    QCOMPARE(run.exitCode, 2);
    SecretStore::Outcome outcome;
    QVERIFY(!SecretStore::readNow(QStringLiteral("webhook/generic/bearer"), &outcome));
}

// What the window does at start: read the receiver's keys, then start it with them.
void TestKeychain::credentialsFromTheKeychainGuardTheReceiver()
{
    QVERIFY(SecretStore::writeNow(QStringLiteral("webhook/generic/bearer"), "gen-token").ok);
    QSignalSpy read(this, &QObject::objectNameChanged); // any signal will do as a wake-up
    QHash<QString, QByteArray> values;
    SecretStore::Outcome outcome;
    SecretStore::readMany(ReceiverCredentials::keychainKeys(WebhookSources::standard()->paths()),
        [&](const SecretStore::Outcome& o, const QHash<QString, QByteArray>& v) {
            outcome = o;
            values = v;
            setObjectName(QStringLiteral("read"));
        });
    QVERIFY(read.wait(30000));
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(values.size(), 1);

    QTemporaryDir dir;
    Receiver::Settings settings;
    settings.port = 0;
    settings.databasePath = dir.filePath(QStringLiteral("keychain.db"));
    settings.credentials = ReceiverCredentials::fromKeychain(values, WebhookSources::standard()->paths());
    Receiver receiver(settings, {});
    QSignalSpy listening(&receiver, &Receiver::listening);
    receiver.start();
    QVERIFY(listening.wait(10000));
    const QString url = listening.first().first().toString() + QStringLiteral("/webhooks/alerts/generic");

    QNetworkAccessManager network;
    const auto post = [&](const QByteArray& authorization) {
        QNetworkRequest request { QUrl(url) };
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        QNetworkReply* reply = network.post(request, QByteArray(R"({"name": "DiskFilling"})"));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(10000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    };
    QCOMPARE(post({}), 401);
    QCOMPARE(post("Bearer gen-token"), 200);
    QVERIFY(SecretStore::removeNow(QStringLiteral("webhook/generic/bearer")).ok);
}

// The seed's environment variables go into the keychain once; then the whole
// console runs on them, and none of the values turns up in its settings, its
// database or its output.
void TestKeychain::seedEnvironmentImportsAndNothingLeaks()
{
    const QByteArray routingKey = "R0UT1NG-5eed-0000-0000-0000000000ab";
    const QByteArray slackUrl = "https://hooks.slack.com/services/T0SEED/B0SEED/s33dwebhook";
    qputenv("PAGERDUTY_SERVICE_KEY", routingKey);
    qputenv("SLACK_INCIDENT_WEBHOOK", slackUrl);
    KeychainVault vault(CredentialCatalogue::all());
    QStringList variables;
    for (const CredentialVault::Credential& credential : vault.importable())
        variables.append(credential.environmentVariable);
    QVERIFY(variables.contains(QLatin1String("PAGERDUTY_SERVICE_KEY")));
    QVERIFY(variables.contains(QLatin1String("SLACK_INCIDENT_WEBHOOK")));
    QString outcome = QStringLiteral("pending");
    vault.importFromEnvironment([&outcome](const QString& error) { outcome = error; });
    QTRY_VERIFY(outcome != QLatin1String("pending"));
    QVERIFY2(outcome.isEmpty(), qPrintable(outcome));
    qunsetenv("PAGERDUTY_SERVICE_KEY");
    qunsetenv("SLACK_INCIDENT_WEBHOOK");
    SecretStore::Outcome read;
    QCOMPARE(SecretStore::readNow(QStringLiteral("pagerduty/routing-key"), &read),
        std::optional<QByteArray>(routingKey));
    QSet<QString> set;
    bool answered = false;
    vault.whichAreSet([&](const QString& error, const QSet<QString>& keys) {
        QVERIFY(error.isEmpty());
        set = keys;
        answered = true;
    });
    QTRY_VERIFY(answered);
    QVERIFY(set.contains(QLatin1String("slack/webhook-url")));

    // The console itself, with those credentials: declare an incident, which it pages and posts (to nowhere).
    QProcess window;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    window.setProcessEnvironment(environment);
    const QString db = m_home.filePath(QStringLiteral("data/leak.db"));
    QDir().mkpath(m_home.filePath(QStringLiteral("data")));
    Run declared = console({ QStringLiteral("--db"), db, QStringLiteral("declare"), QStringLiteral("sev1"),
                               QStringLiteral("--title"), QStringLiteral("Payments down") },
        {}, m_home.filePath(QStringLiteral("config")));
    QCOMPARE(declared.exitCode, 0);
    window.start(qEnvironmentVariable("INCIDENT_CONSOLE_BIN"),
        { QStringLiteral("--db"), db, QStringLiteral("--listen"), QStringLiteral("off") });
    QVERIFY(window.waitForStarted());
    QTest::qWait(4000);
    window.terminate();
    QVERIFY(window.waitForFinished(10000));
    const QByteArray output = window.readAllStandardOutput() + window.readAllStandardError();
    for (const QByteArray& secret : { routingKey, slackUrl, QByteArray("s33dwebhook") }) {
        QVERIFY(!output.contains(secret));
        QVERIFY2(!anyFileContains(m_home.path(), secret), secret.constData());
    }
    QVERIFY(SecretStore::removeNow(QStringLiteral("pagerduty/routing-key")).ok);
    QVERIFY(SecretStore::removeNow(QStringLiteral("slack/webhook-url")).ok);
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"

// The real console, set to require its token on loopback, its outbox on (a webhook
// that receives every timeline entry). What a web page or a local stranger sends it
// is refused, changes nothing and puts nothing in the outbox; the owner's curl works.
void TestKeychain::theConsoleRefusesWebPagesAndStrangers()
{
    QTemporaryDir dir;
    const QString configHome = dir.filePath(QStringLiteral("config"));
    const QDir configDir(QDir(configHome).filePath(QStringLiteral("incident-console")));
    QVERIFY(QDir().mkpath(configDir.path()));
    QCOMPARE(console({ QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("receiver/token") },
                 "l00pback-t0ken\n", configHome)
                 .exitCode,
        0);
    QFile ini(configDir.filePath(QStringLiteral("console.ini")));
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write("[receiver]\nrequireToken=true\n");
    ini.close();
    QFile integrations(configDir.filePath(QStringLiteral("integrations.json")));
    QVERIFY(integrations.open(QIODevice::WriteOnly));
    integrations.write(
        R"({"pagerduty": {"enabled": false}, "slack": {"enabled": false}, "statuspage": {"enabled": false},
                          "webhook": {"enabled": true, "url": "http://127.0.0.1:9/timeline"}})");
    integrations.close();

    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    const QString db = dir.filePath(QStringLiteral("incidents.db"));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(qEnvironmentVariable("INCIDENT_CONSOLE_BIN"),
        { QStringLiteral("--db"), db, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port) });
    QVERIFY(process.waitForStarted());
    const auto send = [port](const QByteArray& method, const QByteArray& path, const QByteArray& headers,
                          const QByteArray& body = QByteArray()) {
        return rawStatus(port,
            method + ' ' + path + " HTTP/1.1\r\n" + headers + "Content-Length: "
                + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    };
    const QByteArray owner
        = "Host: 127.0.0.1\r\nAuthorization: Bearer l00pback-t0ken\r\nContent-Type: application/json\r\n";
    QTRY_COMPARE_WITH_TIMEOUT(send("GET", "/health", "Host: 127.0.0.1\r\n"), 200, 20000);
    QCOMPARE(send("POST", "/incidents", owner, R"({"title": "Checkout down", "severity": "critical"})"), 201);
    const QByteArray resolve = "/incidents/INC-"
        + QByteArray::number(QDateTime::currentDateTimeUtc().date().year()) + "-0001/resolve";
    const QString timeline = QStringLiteral("SELECT count(*) FROM timeline");
    const QString outbox = QStringLiteral("SELECT count(*) FROM outbox");
    QTRY_VERIFY_WITH_TIMEOUT(TestSupport::firstNumber(db, outbox) >= 1, 10000);
    QTest::qWait(2500); // the outbox's next round: everything made so far is queued
    const int entries = TestSupport::firstNumber(db, timeline);
    const int messages = TestSupport::firstNumber(db, outbox);
    QCOMPARE(messages, entries);

    // A page the commander has open: a form, a fetch, a rebinding of its own name.
    QCOMPARE(send("POST", resolve,
                 "Host: 127.0.0.1\r\nOrigin: https://evil.example\r\nSec-Fetch-Site: cross-site\r\n"
                 "Content-Type: application/x-www-form-urlencoded\r\n",
                 "resolution=gone"),
        403);
    QCOMPARE(send("POST", resolve, "Host: 127.0.0.1\r\nContent-Type: text/plain\r\n", "{}"), 415);
    QCOMPARE(send("POST", resolve,
                 "Host: rebind.evil.example:" + QByteArray::number(port)
                     + "\r\nContent-Type: application/json\r\n"),
        421);
    QCOMPARE(send("GET", "/incidents", "Host: rebind.evil.example\r\n"), 421);
    QCOMPARE(
        send("POST", resolve, "Host: evil.example\r\n" + owner.mid(owner.indexOf("Authorization"))), 421);
    // Another user of this machine, without the token; and the owner with the wrong type.
    QCOMPARE(send("POST", resolve, "Host: 127.0.0.1\r\nContent-Type: application/json\r\n"), 401);
    QCOMPARE(send("POST", resolve, "Host: 127.0.0.1\r\nAuthorization: Bearer l00pback-t0ken\r\n"), 415);
    QCOMPARE(send("GET", "/incidents", "Host: 127.0.0.1\r\n"), 401);

    QTest::qWait(2500);
    QCOMPARE(TestSupport::firstNumber(db, timeline), entries);
    QCOMPARE(TestSupport::firstNumber(db, outbox), messages);
    QCOMPARE(TestSupport::firstNumber(
                 db, QStringLiteral("SELECT count(*) FROM incidents WHERE resolved_at IS NOT NULL")),
        0);
    // The owner's own request, as the README writes it, still works.
    QCOMPARE(send("POST", resolve, owner, R"({"resolution": "Rolled back"})"), 200);
    process.terminate();
    QVERIFY(process.waitForFinished(20000));
    QVERIFY(SecretStore::removeNow(QStringLiteral("receiver/token")).ok);
}
