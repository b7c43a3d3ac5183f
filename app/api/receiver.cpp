#include "app/api/receiver.h"

#include "app/api/incidentapi.h"
#include "app/api/receiverapi.h"
#include "app/http/httpserver.h"
#include "app/http/receiverauth.h"
#include "app/http/receiverroutes.h"
#include "app/http/receivertls.h"
#include "app/webhooks/webhookapi.h"
#include "app/webhooks/webhooksources.h"
#include "models/domain/clock.h"
#include "models/store/alertinbox.h"
#include "models/store/alertinboxdrain.h"
#include "models/store/alertvolume.h"
#include "models/store/idlerelease.h"
#include "models/store/sqlitedatabase.h"
#include "models/store/storeopener.h"
#include "models/store/walcheckpointer.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <memory>

class ReceiverWorker final : public QObject {
    Q_OBJECT
    using OpenStore = AlertInboxDrain::OpenStore;

public:
    ReceiverWorker(Receiver::Settings settings, std::function<void()> committed)
        : m_settings(std::move(settings))
        , m_committed(std::move(committed))
    {
    }

    void start()
    {
        if (!m_settings.address.isLoopback() && m_settings.credentials.token.isEmpty()) {
            Q_EMIT failed(
                tr("The receiver does not listen on %1 without a receiver token: anyone on the network "
                   "could change incidents. Store one in the keychain (incident-console secret set "
                   "receiver/token) or listen on 127.0.0.1.")
                    .arg(m_settings.address.toString()));
            return;
        }
        // The token travels in every request's header: over plain HTTP anyone on the path could read it.
        if (!m_settings.address.isLoopback() && m_settings.tlsCertificatePath.isEmpty()) {
            Q_EMIT failed(
                tr("The receiver listens on %1 only over HTTPS: anyone on the network could read its "
                   "token. Give it a certificate and key (--tls-cert and --tls-key), or listen on "
                   "127.0.0.1 behind a proxy that speaks HTTPS.")
                    .arg(m_settings.address.toString()));
            return;
        }
        if (m_settings.requireToken && m_settings.credentials.token.isEmpty()) {
            Q_EMIT failed(tr("The receiver is set to require its token, and the keychain has none. Store one "
                             "(incident-console secret set receiver/token) or turn off requireToken in the "
                             "[receiver] settings."));
            return;
        }
        const OpenStore openStore
            = [settings = m_settings](QString* error) -> std::unique_ptr<IncidentStore> {
            StoreOptions options;
            options.location = settings.databasePath;
            options.password = settings.databasePassword;
            options.policy = settings.policy;
            // In a storm, committing alerts is this thread's whole work; copying them on into the file is
            // left to another.
            options.writerCheckpointPages = WalCheckpointer::kWriterCheckpointPages;
            // Its answers tell senders they may forget the alerts: what it committed survives a power cut
            // too.
            options.durableCommits = true;
            OpenOutcome outcome;
            std::unique_ptr<IncidentStore> store = openIncidentStore(options, &outcome);
            if (!store) {
                *error = outcome.message;
                return nullptr;
            }
            store->checklists().setPlaybooks(settings.playbooks);
            store->incidents().setTeamAssignment(settings.escalation.assignment);
            store->reviews().setReviewDeadlines(settings.reviewWithinDays, settings.timelineWithinHours);
            return store;
        };
        QString error;
        m_store = openStore(&error);
        if (!m_store) {
            Q_EMIT failed(error);
            return;
        }
        m_inbox = AlertInbox::open(inboxBeside(), &error);
        const StoreResult<qint64> applied
            = m_inbox ? m_store->intake().inboxAppliedThrough(m_inbox->identity()) : StoreResult<qint64>(0);
        const StoreResult<qint64> lastEntry = m_inbox ? m_inbox->lastEntry() : StoreResult<qint64>(0);
        if (!m_inbox || !applied || !lastEntry) {
            Q_EMIT failed(!m_inbox ? error : !applied ? applied.error() : lastEntry.error());
            return;
        }
        // A server's store keeps its own log; a SQLite file's is copied into it by another thread.
        if (m_settings.inboxBeside.isEmpty())
            m_checkpointer = std::make_unique<WalCheckpointer>(m_settings.databasePath);
        // Whatever the handlers commit, the window hears of it and the checkpointer follows it.
        m_committed = [window = std::move(m_committed), checkpointer = m_checkpointer.get()] {
            if (checkpointer)
                checkpointer->walGrew();
            if (window)
                window();
        };
        buildFrontDoor();
        m_rules = m_settings.rulesInForce ? m_settings.rulesInForce
                                          : std::make_shared<RulesInForce>(m_settings.rules);
        m_api = std::make_unique<ReceiverApi>(
            m_store.get(), m_settings, m_rules, m_sources.get(), &m_counters, m_committed);
        m_webhooks = m_api->webhooks();
        m_routes = std::make_unique<ReceiverRoutes>(m_store.get(), m_api->routes(), m_guard.get(),
            m_auth.get(), &m_counters,
            [this](const RejectedDelivery& delivery) { Q_EMIT rejected(delivery.status, delivery.reason); });
        m_server = std::make_unique<HttpServer>(m_routes.get(), m_settings.limits);
        if (!m_settings.tlsCertificatePath.isEmpty()) {
            const std::optional<QSslConfiguration> tls = ReceiverTls::load(m_settings.tlsCertificatePath,
                m_settings.tlsKeyPath, m_settings.credentials.tlsKeyPassphrase, &error);
            if (!tls) {
                Q_EMIT failed(tr("The receiver does not start without its TLS identity: %1").arg(error));
                m_server.reset();
                return;
            }
            m_server->useTls(*tls);
        }
        connect(m_server.get(), &HttpServer::rejected, this,
            [routes = m_routes.get()](const RejectedDelivery& delivery, const QString& code) {
                routes->keepRefusedEarly(delivery, code);
            });
        m_counters.setLoad([server = m_server.get(), routes = m_routes.get()] {
            return ReceiverCounters::Load { server->openConnections(), server->heldBytes(),
                routes->refusalsNotKept() };
        });
        if (!m_server->listen(m_settings.address, m_settings.port, &error)) {
            Q_EMIT failed(tr("Cannot listen on %1:%2: %3")
                              .arg(m_settings.address.toString())
                              .arg(m_settings.port)
                              .arg(error));
            m_server.reset();
            return;
        }
        // Applies what a storm left in the inbox first (a run that ended before applying it), then each
        // storm's. Only once listening: a console that cannot listen (another holds the port) leaves the
        // inbox to it.
        m_drain = std::make_unique<AlertInboxDrain>(
            inboxBeside(), *applied, openStore, m_rules,
            [this, committed = m_committed] {
                committed();
                QMetaObject::invokeMethod(
                    this, [this] { m_webhooks->inboxApplied(); }, Qt::QueuedConnection);
            },
            [this](const QString& problem) {
                qWarning("Alert inbox: %s", qUtf8Printable(problem));
                QMetaObject::invokeMethod(
                    this, [this, problem] { m_webhooks->inboxTrouble(problem); }, Qt::QueuedConnection);
            },
            m_sources->descriptions());
        m_release = std::make_unique<IdleRelease>(
            [this] {
                m_store->releaseMemory();
                m_inbox->releaseMemory();
            },
            nullptr);
        m_webhooks->useInbox(m_inbox.get(), m_drain.get(), *lastEntry, [this](const AlertInboxState& state) {
            m_release->noteWork(); // a storm goes through the inbox
            Q_EMIT inboxChanged(state);
            reportIfDrained();
        });
        m_api->incidents()->setInboxState([webhooks = m_webhooks] { return webhooks->inboxState(); });
        // Alert counts wait in memory for a later commit; in a lull there is none: write them within a
        // second.
        m_countsTimer = std::make_unique<QTimer>();
        connect(
            m_countsTimer.get(), &QTimer::timeout, this, [this] { m_store->intake().writeAlertCounts(); });
        m_countsTimer->start(AlertVolumeTally::kWriteEveryMs);
        const QString host = m_server->address().protocol() == QAbstractSocket::IPv6Protocol
            ? QStringLiteral("[%1]").arg(m_server->address().toString())
            : m_server->address().toString();
        Q_EMIT listening(
            QStringLiteral("%1://%2:%3")
                .arg(m_server->usesTls() ? QStringLiteral("https") : QStringLiteral("http"), host)
                .arg(m_server->port()));
    }

    void stopTaking()
    {
        if (m_server)
            m_server->stopListening();
        m_stopping = true;
        reportIfDrained();
    }

Q_SIGNALS:
    void drained();
    void listening(const QString& address);
    void failed(const QString& reason);
    void rejected(int status, const QString& reason);
    void inboxChanged(const AlertInboxState& state);

private:
    void reportIfDrained()
    {
        if (!m_stopping || (m_webhooks && m_webhooks->inboxState().waitingAlerts > 0))
            return;
        m_stopping = false;
        Q_EMIT drained();
    }
    QString inboxBeside() const
    {
        return m_settings.inboxBeside.isEmpty() ? m_settings.databasePath : m_settings.inboxBeside;
    }
    // The webhooks, and the front door that knows how each one's sender proves itself.
    void buildFrontDoor()
    {
        SnsGateway::Fetch fetch = m_settings.awsFetch;
        if (!fetch) {
            m_network = std::make_unique<QNetworkAccessManager>();
            fetch = SnsGateway::networkFetch(m_network.get(), kAwsTimeoutMs);
        }
        m_sources = WebhookSources::standard({ fetch, m_settings.sns });
        m_guard = std::make_unique<CrossSiteGuard>(m_settings.crossSite, m_sources->signedAsTextRoutes());
        m_auth = std::make_unique<ReceiverAuth>(m_settings.credentials, m_sources->authRoutes());
    }

    Receiver::Settings m_settings;
    std::function<void()> m_committed;
    bool m_stopping = false; // stopTaking() was asked: drained() when the inbox is empty
    // Each uses the ones above it; members are destroyed bottom-up, so the
    // server stops before the handlers, and they go before the store.
    static constexpr int kAwsTimeoutMs = 10000;
    ReceiverCounters m_counters;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<WebhookSources> m_sources;
    std::unique_ptr<CrossSiteGuard> m_guard;
    std::unique_ptr<ReceiverAuth> m_auth;
    std::unique_ptr<IncidentStore> m_store;
    std::unique_ptr<AlertInbox> m_inbox;
    std::unique_ptr<IdleRelease> m_release; // the store's and the inbox's caches, once a storm has passed
    std::unique_ptr<WalCheckpointer> m_checkpointer;
    SharedRules m_rules; // the webhooks', the drain's and the rules API's
    std::unique_ptr<ReceiverApi> m_api;
    WebhookApi* m_webhooks = nullptr; // m_api's
    std::unique_ptr<ReceiverRoutes> m_routes;
    std::unique_ptr<HttpServer> m_server;
    std::unique_ptr<QTimer> m_countsTimer;
    std::unique_ptr<AlertInboxDrain> m_drain; // first to stop: it tells the handlers of its progress
};

Receiver::Receiver(Settings settings, std::function<void()> committed, QObject* parent)
    : QObject(parent)
    , m_worker(new ReceiverWorker(std::move(settings), std::move(committed)))
{
    m_thread.setObjectName(QStringLiteral("receiver"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ReceiverWorker::listening, this, &Receiver::listening);
    connect(m_worker, &ReceiverWorker::failed, this, &Receiver::failed);
    connect(m_worker, &ReceiverWorker::rejected, this, &Receiver::rejected);
    connect(m_worker, &ReceiverWorker::inboxChanged, this, &Receiver::inboxChanged);
    connect(m_worker, &ReceiverWorker::drained, this, &Receiver::drained);
    m_thread.start();
}

Receiver::~Receiver()
{
    m_thread.quit();
    m_thread.wait();
}

void Receiver::start()
{
    QMetaObject::invokeMethod(m_worker, &ReceiverWorker::start, Qt::QueuedConnection);
}

void Receiver::stopTaking()
{
    QMetaObject::invokeMethod(m_worker, &ReceiverWorker::stopTaking, Qt::QueuedConnection);
}

#include "receiver.moc"
