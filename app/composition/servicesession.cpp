#include "app/composition/servicesession.h"

#include "app/cli/secretcommand.h"
#include "app/composition/consolepaths.h"
#include "app/integrations/pollingconfig.h"
#include "app/keychain/credentialfiles.h"
#include "app/keychain/secretstore.h"
#include "app/webhooks/webhooksources.h"
#include "models/domain/clock.h"
#include "models/store/databaselocation.h"

#include <QPointer>
#include <QTimer>

namespace {
// The keys of the database password, then every other credential the service may use.
QStringList credentialKeys(const QString& databasePath)
{
    QString ignored; // an unreadable location is the store opener's to report
    const std::optional<DatabaseLocation> location = DatabaseLocation::parse(databasePath, &ignored);
    QStringList keys = location && location->isPostgres() ? location->passwordKeys() : QStringList();
    for (const QString& key : SecretCommand::knownKeys()) {
        if (!keys.contains(key))
            keys.append(key);
    }
    return keys;
}
}

ServiceSession::ServiceSession(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_config(ConsoleConfiguration::load())
    , m_settings(ConsolePaths::settingsFile(), QSettings::IniFormat)
{
    for (const QString& warning : { m_config.policyWarning, m_config.rulesWarning, m_config.escalationWarning,
             m_config.reviewWarning, m_config.statisticsWarning })
        if (!warning.isEmpty())
            qWarning("%s", qPrintable(warning));
    for (const QString& warning : std::as_const(m_config.playbookWarnings))
        qWarning("%s", qPrintable(tr("Skipped a playbook or runbook: %1").arg(warning)));
    // Seed 001's quarterly playbook review, for a service nobody watches in a window.
    QStringList due;
    for (const Playbook* playbook : m_config.playbooks.reviewsDue(QDate::currentDate()))
        due.append(playbook->lastReviewed.isValid()
                ? tr("%1 (last reviewed %2)")
                      .arg(playbook->title, playbook->lastReviewed.toString(Qt::ISODate))
                : tr("%1 (never reviewed)").arg(playbook->title));
    if (!due.isEmpty())
        qInfo("%s",
            qPrintable(
                tr("Playbooks due for their review: %1. Mark each reviewed in the window (View → Review "
                   "playbooks), or set \"lastReviewed\" in its file.")
                    .arg(due.join(QLatin1String("; ")))));
}

ServiceSession::~ServiceSession()
{
    // The parts that poke the store stop before it; the receiver's own connection closes with it.
    m_pollers.clear();
    m_receiver.reset();
    m_outbox.reset();
    m_escalations.reset();
    m_store.reset();
}

void ServiceSession::start()
{
    if (!m_options.listen.enabled) {
        Q_EMIT failed(tr("A service without its receiver takes no alerts: give --listen an address."));
        return;
    }
    if (!m_options.credentialsFolder.isEmpty()) {
        QHash<QString, QByteArray> values;
        QString error;
        if (!CredentialFiles::read(
                m_options.credentialsFolder, credentialKeys(m_options.databasePath), &values, &error)) {
            Q_EMIT failed(error);
            return;
        }
        openStore(values);
        return;
    }
    SecretStore::readMany(credentialKeys(m_options.databasePath),
        [this, guard = QPointer<ServiceSession>(this)](
            const SecretStore::Outcome& outcome, const QHash<QString, QByteArray>& values) {
            if (!guard)
                return;
            if (!outcome.ok)
                qWarning("%s",
                    qPrintable(
                        tr("No keychain (%1): the receiver takes requests on loopback only, and paging "
                           "stays off. A service can be given its credentials as files instead "
                           "(--credentials, or systemd's LoadCredential=).")
                            .arg(outcome.error)));
            openStore(values);
        });
}

void ServiceSession::stop(int graceMs)
{
    if (!m_receiver) {
        Q_EMIT stopped();
        return;
    }
    m_pollers.clear(); // nothing new comes in while the inbox empties
    connect(m_receiver.get(), &Receiver::drained, this, &ServiceSession::stopped, Qt::UniqueConnection);
    QTimer::singleShot(graceMs, this, [this] {
        qWarning("%s",
            qPrintable(
                tr("Stopping with alerts still in the alert inbox: they are applied at the next start.")));
        Q_EMIT stopped();
    });
    m_receiver->stopTaking();
}

void ServiceSession::openStore(const QHash<QString, QByteArray>& credentials)
{
    QString ignored;
    const std::optional<DatabaseLocation> location
        = DatabaseLocation::parse(m_options.databasePath, &ignored);
    if (location && location->isPostgres()) {
        for (const QString& key : location->passwordKeys()) {
            if (credentials.contains(key)) {
                m_databasePassword = QString::fromUtf8(credentials.value(key));
                break;
            }
        }
    }
    m_store = std::make_unique<AsyncIncidentStore>(
        m_config.storeOpener(m_options.databasePath, m_databasePassword));
    connect(
        m_store.get(), &AsyncIncidentStore::opened, this, [this, credentials](const OpenOutcome& outcome) {
            if (!outcome.ok()) {
                Q_EMIT failed(outcome.message);
                return;
            }
            if (outcome.status == OpenOutcome::Status::Upgraded)
                qInfo("%s", qPrintable(tr("The database was upgraded to the current schema.")));
            startParts(credentials);
        });
    connect(m_store.get(), &AsyncIncidentStore::connectionChanged, this, [](const QString& problem) {
        if (problem.isEmpty())
            qInfo("%s", qPrintable(tr("The database is reachable again.")));
        else
            qWarning("%s", qPrintable(problem));
    });
    m_store->open();
}

void ServiceSession::startParts(const QHash<QString, QByteArray>& credentials)
{
    m_escalations = std::make_unique<EscalationRunner>(m_store.get(), m_config.escalation);
    m_escalations->start();
    startOutbox(credentials);
    startPolling(credentials.value(QLatin1String(PollingConfig::kPagerDutyKey)));
    // Two services on one machine and one database server keep their alert inboxes apart.
    const Receiver::Settings settings
        = m_config.receiverSettings(m_settings, m_options.listen, m_options.databasePath, m_databasePassword,
            ReceiverCredentials::fromKeychain(credentials, WebhookSources::standard()->paths()),
            QStringLiteral("serve-%1").arg(m_options.listen.port));
    AsyncIncidentStore* store = m_store.get();
    m_receiver = std::make_unique<Receiver>(settings, [store] { store->lookForChanges(); });
    connect(m_receiver.get(), &Receiver::listening, this,
        [](const QString& address) { qInfo("%s", qPrintable(tr("Receiving alerts at %1").arg(address))); });
    connect(m_receiver.get(), &Receiver::failed, this, &ServiceSession::failed);
    connect(m_receiver.get(), &Receiver::inboxChanged, this, [](const AlertInboxState& state) {
        if (!state.problem.isEmpty())
            qWarning("%s",
                qPrintable(tr("%n alert(s) wait in the alert inbox: %1", nullptr, state.waitingAlerts)
                               .arg(state.problem)));
    });
    m_receiver->start();
}

void ServiceSession::startPolling(const QByteArray& pagerDutyKey)
{
    QString warning;
    const QList<PollTarget> targets = PollingConfig::load(ConsolePaths::pollingFile(), &warning);
    if (!warning.isEmpty())
        qWarning("%s", qPrintable(warning));
    if (!targets.isEmpty() && !m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    for (const PollTarget& target : targets) {
        auto poller = std::make_unique<AlertPoller>(target,
            target.kind == PollTarget::Kind::PagerDuty ? pagerDutyKey : QByteArray(), m_store.get(),
            m_config.rulesInForce, m_network.get(), SystemClock::instance());
        AlertPoller* raw = poller.get();
        connect(raw, &AlertPoller::stateChanged, this, [raw] {
            const PollState& state = raw->state();
            if (!state.lastError.isEmpty())
                qWarning("%s", qPrintable(tr("Polling %1: %2").arg(state.name, state.lastError)));
        });
        poller->start();
        m_pollers.push_back(std::move(poller));
    }
}

void ServiceSession::startOutbox(const QHash<QString, QByteArray>& credentials)
{
    QString warning;
    OutboundConfig config = OutboundConfig::load(ConsolePaths::integrationsFile(), &warning);
    if (!warning.isEmpty())
        qWarning("%s", qPrintable(warning));
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    m_outbox = std::make_unique<OutboxSender>(m_store.get(),
        OutboxSender::Settings::from(std::move(config), credentials, QString()), m_network.get(),
        SystemClock::instance());
    for (const QString& channel : m_outbox->channelStates())
        qInfo("%s", qPrintable(channel));
    connect(m_store.get(), &AsyncIncidentStore::changed, m_outbox.get(), &OutboxSender::wake);
    m_outbox->start();
}
