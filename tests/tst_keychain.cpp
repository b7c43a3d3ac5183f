// The receiver's credentials in the real OS keychain: a Secret Service
// (gnome-keyring) on a private session bus, started by support/with-keychain.
#include "cli/secretcommand.h"
#include "ingestion/receiver.h"
#include "ingestion/receivercredentials.h"
#include "keychain/keychainvault.h"
#include "keychain/secretstore.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
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
    QCOMPARE(SecretStore::readNow(QStringLiteral("receiver/token"), &outcome), std::optional<QByteArray>(value));
    QVERIFY(outcome.ok);

    run = console({ QStringLiteral("secrets"), QStringLiteral("list") }, {}, m_home.path()); // either spelling
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QLatin1String("receiver/token\tset")));
    QVERIFY(run.out.contains(QLatin1String("webhook/grafana/signing-secret\tnot set")));
    QVERIFY(!run.out.contains(QString::fromLatin1(value)));
    // Never in a settings file or anything else the console writes.
    QVERIFY(!anyFileContains(m_home.path(), value));

    run = console({ QStringLiteral("secret"), QStringLiteral("delete"), QStringLiteral("receiver/token") }, {}, m_home.path());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(!SecretStore::readNow(QStringLiteral("receiver/token"), &outcome));
    QVERIFY(outcome.ok); // not set is not a failure
}

void TestKeychain::unknownKeysAndEmptyValuesAreRefused()
{
    Run run = console({ QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("receiver/tokne") }, "x\n", m_home.path());
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QLatin1String("receiver/tokne")));
    run = console({ QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("webhook/generic/bearer") }, "", m_home.path());
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
    SecretStore::readMany(ReceiverCredentials::keychainKeys(),
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
    settings.credentials = ReceiverCredentials::fromKeychain(values);
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
    KeychainVault vault;
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
    QCOMPARE(SecretStore::readNow(QStringLiteral("pagerduty/routing-key"), &read), std::optional<QByteArray>(routingKey));
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
    window.start(qEnvironmentVariable("INCIDENT_CONSOLE_BIN"), { QStringLiteral("--db"), db, QStringLiteral("--listen"), QStringLiteral("off") });
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
