// The webhook sources as one list: each is reached at exactly its own path,
// over the real receiver and real sockets, and nowhere else.
#include "app/api/receiver.h"
#include "app/webhooks/webhooksources.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
// An alert every JSON reader of the console would take if it reached it.
const QByteArray kGenericAlert
    = R"({"name": "Misrouted", "severity": "critical", "labels": {"service": "db"}})";
}

class TestWebhookSources final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aSourceIsFoundAtExactlyItsPath();
    void sourcesHaveDistinctPathsAndNames();
    void noOtherPathReachesAnySource();
    void helpNamesEverySource();

private:
    int post(const QString& path, const QByteArray& body, QByteArray* answer = nullptr);
    int storedAlerts();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Receiver> m_receiver;
    std::unique_ptr<WebhookSources> m_sources;
    quint16 m_port = 0;
    QNetworkAccessManager m_network;
};

void TestWebhookSources::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_sources = WebhookSources::standard();
    Receiver::Settings settings;
    settings.port = 0;
    settings.databasePath = m_dir->filePath(QStringLiteral("sources.db"));
    // No credentials, on loopback: the front door lets every request through to the routing under test.
    m_receiver = std::make_unique<Receiver>(settings, [] {});
    QSignalSpy listening(m_receiver.get(), &Receiver::listening);
    m_receiver->start();
    QVERIFY(listening.wait(10000));
    m_port = static_cast<quint16>(QUrl(listening.first().first().toString()).port());
}

void TestWebhookSources::cleanup()
{
    m_receiver.reset();
}

int TestWebhookSources::post(const QString& path, const QByteArray& body, QByteArray* answer)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply* reply = m_network.post(request, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(10000))
        return 0;
    if (answer)
        *answer = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

int TestWebhookSources::storedAlerts()
{
    const std::unique_ptr<IncidentStore> store
        = TestSupport::openStore(m_dir->filePath(QStringLiteral("sources.db")), SystemClock::instance());
    return store ? *store->alerts().count(AlertFilter {}) : -1;
}

void TestWebhookSources::aSourceIsFoundAtExactlyItsPath()
{
    for (WebhookSource* source : m_sources->all()) {
        const QString path = WebhookSources::kPathPrefix + source->path();
        QCOMPARE(m_sources->forRequestPath(path), source);
        QCOMPARE(m_sources->forRequestPath(path + QLatin1Char('/')), nullptr);
        QCOMPARE(m_sources->forRequestPath(path.toUpper()), nullptr);
        QCOMPARE(m_sources->forRequestPath(WebhookSources::kPathPrefix + source->path().toUpper()), nullptr);
        QCOMPARE(m_sources->forRequestPath(path + QStringLiteral("/x")), nullptr);
        QCOMPARE(m_sources->forRequestPath(QStringLiteral("/webhooks/") + source->path()), nullptr);
    }
}

void TestWebhookSources::sourcesHaveDistinctPathsAndNames()
{
    QSet<QString> paths;
    QSet<QString> names;
    for (const AlertSource& source : m_sources->descriptions()) {
        QVERIFY2(!paths.contains(source.path), qPrintable(source.path));
        QVERIFY2(!names.contains(source.name), qPrintable(source.name));
        QVERIFY(!source.label.isEmpty());
        paths.insert(source.path);
        names.insert(source.name);
    }
    QCOMPARE(paths.size(), m_sources->all().size());
    // Every path has its keychain keys, for credentials of its own.
    for (const QString& path : std::as_const(paths))
        QVERIFY(ReceiverCredentials::keychainKeys(m_sources->paths())
                    .contains(QStringLiteral("webhook/%1/bearer").arg(path)));
}

void TestWebhookSources::noOtherPathReachesAnySource()
{
    // The receiver reads "/x/" and "/x//" as "/x" (one spelling for routes and checks): the same
    // source, which reads the body its own way. Any other spelling is no source at all. No
    // spelling may reach another source: the generic alert here would be taken by the generic one.
    for (WebhookSource* source : m_sources->all()) {
        const QString path = WebhookSources::kPathPrefix + source->path();
        QByteArray answer;
        const int own = post(path, kGenericAlert, &answer);
        const QString ownError
            = QJsonDocument::fromJson(answer).object().value(QLatin1String("error")).toString();
        QVERIFY(own != 404);
        for (const QString& near :
            { path + QLatin1Char('/'), path + QStringLiteral("//"),
                WebhookSources::kPathPrefix + source->path().toUpper(), path + QStringLiteral("/generic") }) {
            const int status = post(near, kGenericAlert, &answer);
            const QString error
                = QJsonDocument::fromJson(answer).object().value(QLatin1String("error")).toString();
            const bool noSource = status == 404 && error == QLatin1String("unknown_source");
            const bool sameSource = status == own && error == ownError;
            QVERIFY2(noSource || sameSource,
                qPrintable(QStringLiteral("%1: %2 %3").arg(near).arg(status).arg(QString::fromUtf8(answer))));
        }
        if (source->path() != QLatin1String("generic"))
            QCOMPARE(storedAlerts(), 0);
    }
    QCOMPARE(storedAlerts(), 1); // the generic source's, however often it came
}

void TestWebhookSources::helpNamesEverySource()
{
    QByteArray answer;
    QCOMPARE(post(WebhookSources::kPathPrefix + QStringLiteral("nagios"), kGenericAlert, &answer), 404);
    const QString reason = QJsonDocument::fromJson(answer).object().value(QLatin1String("reason")).toString();
    for (WebhookSource* source : m_sources->all())
        QVERIFY2(reason.contains(WebhookSources::kPathPrefix + source->path()), qPrintable(reason));
}

QTEST_GUILESS_MAIN(TestWebhookSources)
#include "tst_webhooksources.moc"
