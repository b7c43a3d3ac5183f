#include "app/composition/guisession.h"

#include "app/cli/secretcommand.h"
#include "app/composition/consolepaths.h"
#include "app/composition/privatefiles.h"
#include "app/integrations/pollingconfig.h"
#include "app/keychain/secretstore.h"
#include "app/webhooks/webhooksources.h"
#include "models/domain/clock.h"
#include "views/common/walltheme.h"
#include "views/health/healthdock.h"
#include "views/mainwindow.h"
#include "views/outbox/outboxdock.h"
#include "views/receiver/receiverdock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPointer>
#include <QScreen>
#include <QStatusBar>

namespace {
const QString kAuthorKey = QStringLiteral("identity/name");
constexpr int kWallRetryMs = 30000;

// Full screen; and the screen's size even where no window manager honours full screen (a bare X server behind
// a wall).
void showOnWholeScreen(QWidget* widget)
{
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        widget->setGeometry(screen->geometry());
    widget->showFullScreen();
}
}

GuiSession::GuiSession(const QString& databasePath, const ListenAddress& listen, QObject* parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_databasePassword(DatabasePassword::readNow(databasePath))
    , m_listen(listen)
    , m_config(ConsoleConfiguration::load())
    , m_settings(ConsolePaths::settingsFile(), QSettings::IniFormat)
{
    // Files an older version made readable by others are made the user's alone.
    PrivateFiles::tightenDirectory(ConsolePaths::configDirectory());
    PrivateFiles::tightenStore(ConsolePaths::localFilesOf(databasePath));
    if (QFileInfo(databasePath).absoluteFilePath()
        == QFileInfo(ConsolePaths::defaultDatabase()).absoluteFilePath())
        PrivateFiles::tightenDirectory(QFileInfo(databasePath).absolutePath());
    m_store = std::make_unique<AsyncIncidentStore>(
        m_config.storeOpener(databasePath, m_databasePassword.password));
    const QString author = m_settings.value(kAuthorKey, ConsolePaths::defaultAuthor()).toString();
    m_commands = std::make_unique<IncidentCommands>(m_store.get(), author);
    connect(m_store.get(), &AsyncIncidentStore::opened, this, &GuiSession::onOpened);
}

GuiSession::~GuiSession()
{
    m_wall.reset();
    m_health.reset();
    m_pollers.clear(); // they and the receiver poke the store; stop them first
    m_receiver.reset();
    m_window.reset();
    m_commands.reset();
    m_store.reset();
}

void GuiSession::start()
{
    m_store->open();
}

void GuiSession::onOpened(const OpenOutcome& outcome)
{
    if (!outcome.ok()) {
        QString message = outcome.message;
        if (!m_databasePassword.keychainProblem.isEmpty())
            message += QLatin1Char('\n')
                + tr("The keychain could not be asked for the database password: %1")
                      .arg(m_databasePassword.keychainProblem);
        qCritical("%s", qPrintable(message));
        if (m_wallMode) {
            // Nobody is at a wall to read a dialog: say so on the screen and try again until it opens.
            if (!m_wallTrouble) {
                m_wallTrouble = std::make_unique<QLabel>();
                m_wallTrouble->setObjectName(QStringLiteral("wallTrouble"));
                m_wallTrouble->setAlignment(Qt::AlignCenter);
                m_wallTrouble->setWordWrap(true);
                m_wallTrouble->setStyleSheet(
                    QStringLiteral("background: %1; color: %2; font-size: 32px; padding: 80px")
                        .arg(WallTheme::background().name(), WallTheme::text().name()));
                m_wallTrouble->setCursor(Qt::BlankCursor);
                showOnWholeScreen(m_wallTrouble.get());
            }
            m_wallTrouble->setText(
                tr("Incident Console cannot open its database.\n\n%1\n\nTrying again every %2 seconds; last "
                   "try %3.")
                    .arg(message)
                    .arg(kWallRetryMs / 1000)
                    .arg(QLocale().toString(QTime::currentTime(), QStringLiteral("HH:mm:ss"))));
            QTimer::singleShot(kWallRetryMs, m_store.get(), &AsyncIncidentStore::open);
            return;
        }
        QMessageBox::critical(nullptr, tr("Incident Console cannot start"), message);
        Q_EMIT failed(message);
        return;
    }
    m_wallTrouble.reset();
    ConsoleContext context;
    context.store = m_store.get();
    context.commands = m_commands.get();
    context.clock = SystemClock::instance();
    context.settings = &m_settings;
    context.databasePath = m_databasePath;
    context.rules = m_config.rulesInForce;
    context.alertSources = WebhookSources::standard()->descriptions();
    context.vault = &m_vault;
    context.escalation = m_config.escalation;
    context.escalationFile = ConsolePaths::escalationFile();
    context.playbooks = m_config.playbooks;
    context.playbooksDirectory = ConsolePaths::configDirectory();
    context.policy = m_config.policy;
    context.severityPolicyFile = ConsolePaths::severityPolicyFile();
    QString communicationWarning;
    context.communication.plan
        = CommunicationPlan::load(ConsolePaths::communicationFile(), &communicationWarning);
    context.communication.planFile = ConsolePaths::communicationFile();
    QStringList templateWarnings;
    context.communication.templates
        = TemplateCatalog::load(ConsolePaths::configDirectory(), &templateWarnings);
    context.communication.configDirectory = ConsolePaths::configDirectory();
    if (!templateWarnings.isEmpty())
        communicationWarning
            = tr("Skipped a message template: %1").arg(templateWarnings.join(QLatin1String("; ")));
    context.reviewTemplate = m_config.reviewTemplate;
    if (!m_config.reviewWarning.isEmpty())
        communicationWarning = m_config.reviewWarning;
    context.statistics = m_config.statistics;
    context.statisticsFile = ConsolePaths::statisticsFile();
    context.openStore = m_config.anyStoreOpener(m_databasePath, m_databasePassword.password);
    if (!m_config.statisticsWarning.isEmpty())
        communicationWarning = m_config.statisticsWarning;
    m_window = std::make_unique<MainWindow>(context);
    connect(m_window.get(), &MainWindow::authorChanged, this,
        [this](const QString& name) { m_settings.setValue(kAuthorKey, name); });
    connect(m_store.get(), &AsyncIncidentStore::connectionChanged, m_window.get(),
        &MainWindow::setDatabaseProblem);
    if (m_wallMode) {
        // The console's window exists for the wiring it carries, unseen; the wall is what shows.
        m_wall = std::make_unique<WallWindow>(m_store.get(), SystemClock::instance(), m_config.statistics);
        showOnWholeScreen(m_wall.get());
    } else {
        m_window->show();
    }
    if (!m_config.policyWarning.isEmpty())
        m_window->statusBar()->showMessage(m_config.policyWarning, 30000);
    else if (!m_config.rulesWarning.isEmpty())
        m_window->statusBar()->showMessage(m_config.rulesWarning, 30000);
    else if (!m_config.escalationWarning.isEmpty())
        m_window->statusBar()->showMessage(m_config.escalationWarning, 30000);
    else if (!communicationWarning.isEmpty())
        m_window->statusBar()->showMessage(communicationWarning, 30000);
    else if (!m_config.playbookWarnings.isEmpty())
        m_window->statusBar()->showMessage(
            tr("Skipped a playbook or runbook: %1").arg(m_config.playbookWarnings.join(QLatin1String("; "))),
            30000);
    else if (outcome.status == OpenOutcome::Status::Upgraded)
        m_window->statusBar()->showMessage(tr("The database was upgraded to the current schema."), 15000);
    m_escalations = std::make_unique<EscalationRunner>(m_store.get(), m_config.escalation);
    m_escalations->start();
    connect(m_window.get(), &MainWindow::escalationChanged, this, &GuiSession::applyEscalation);
    connect(m_window.get(), &MainWindow::credentialsChanged, this, &GuiSession::restartIntegrations);
    watchEscalationFile();
    startHealth();
    startReceiver();
    Q_EMIT ready();
}

void GuiSession::showReceiverStatus(const QString& text, bool healthy, const QString& detail)
{
    m_window->setReceiverStatus(text, healthy, detail);
    if (m_wall)
        m_wall->setReceiverStatus(text, healthy, detail);
}

void GuiSession::startHealth()
{
    m_health
        = std::make_unique<HealthMonitor>(m_config.statistics.health, network(), SystemClock::instance());
    HealthDock* dock = m_window->healthDock();
    connect(m_health.get(), &HealthMonitor::updated, dock, [this, dock] {
        dock->setReadings(m_health->readings(), m_health->config().prometheusUrl);
        if (m_wall)
            m_wall->setHealth(m_health->readings());
    });
    connect(dock, &HealthDock::prometheusUrlChanged, this, [this, dock](const QString& url) {
        QString error;
        if (!StatisticsConfig::savePrometheusUrl(ConsolePaths::statisticsFile(), url, &error)) {
            dock->setAddressProblem(error);
            return;
        }
        m_config.statistics.health.prometheusUrl = url;
        m_health->setConfig(m_config.statistics.health);
    });
    m_health->start();
}

void GuiSession::restartIntegrations()
{
    // The receiver, polling and the outbox hold the credentials they started with: start them
    // again with the keychain as it is now. Unsent messages wait in the store meanwhile.
    m_pollers.clear();
    m_receiver.reset();
    m_outbox.reset();
    m_window->statusBar()->showMessage(
        tr("Credentials changed: the receiver, polling and outbound integrations restart with them."), 15000);
    startReceiver();
}

void GuiSession::applyEscalation(const EscalationConfig& config)
{
    m_config.escalation = config;
    m_escalations->setConfig(config);
    m_store->run<bool>(
        this,
        [assignment = config.assignment](IncidentStore& store) {
            store.incidents().setTeamAssignment(assignment);
            return true;
        },
        [](const bool&) {});
}

void GuiSession::watchEscalationFile()
{
    // Edited by hand while the console runs: a valid file takes over; a broken one is named and the
    // configuration in force stays. The folder is watched too, since saving replaces the file.
    const QString file = ConsolePaths::escalationFile();
    QDir().mkpath(QFileInfo(file).absolutePath());
    m_configWatcher.addPath(QFileInfo(file).absolutePath());
    if (QFileInfo::exists(file))
        m_configWatcher.addPath(file);
    m_configSettle.setSingleShot(true);
    m_configSettle.setInterval(300); // an editor writes in several steps
    const auto changed = [this] { m_configSettle.start(); };
    connect(&m_configWatcher, &QFileSystemWatcher::fileChanged, this, changed);
    connect(&m_configWatcher, &QFileSystemWatcher::directoryChanged, this, changed);
    connect(&m_configSettle, &QTimer::timeout, this, [this, file] {
        if (QFileInfo::exists(file) && !m_configWatcher.files().contains(file))
            m_configWatcher.addPath(file);
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            return; // gone or unreadable: what is in force stays
        QString error;
        const std::optional<EscalationConfig> config = EscalationConfig::parse(in.readAll(), &error);
        if (!config) {
            m_window->statusBar()->showMessage(
                tr("%1, %2. The escalation policies in force stay until the file is fixed.").arg(file, error),
                60000);
            return;
        }
        if (config->toJson() != m_config.escalation.toJson())
            m_window->setEscalation(*config);
    });
}

void GuiSession::startReceiver()
{
    showReceiverStatus(m_listen.enabled ? tr("Receiver starting…") : tr("Receiver off"), true);
    // Credentials first: a receiver that started without them would take
    // deliveries its configuration says to refuse. Polling needs its key too.
    SecretStore::readMany(SecretCommand::knownKeys(),
        [this, guard = QPointer<GuiSession>(this)](
            const SecretStore::Outcome& outcome, const QHash<QString, QByteArray>& values) {
            if (!guard)
                return;
            if (!outcome.ok)
                m_window->statusBar()->showMessage(tr("No credentials: the receiver takes requests on "
                                                      "loopback only, and PagerDuty and Slack stay off. "
                                                      "(%1)")
                                                       .arg(outcome.error),
                    30000);
            if (m_listen.enabled)
                startReceiverWith(
                    ReceiverCredentials::fromKeychain(values, WebhookSources::standard()->paths()));
            startPolling(values.value(QLatin1String(PollingConfig::kPagerDutyKey)));
            startOutbox(values, outcome.ok ? QString() : tr("the keychain is not available"));
        });
}

void GuiSession::startPolling(const QByteArray& pagerDutyKey)
{
    QString warning;
    const QList<PollTarget> targets = PollingConfig::load(ConsolePaths::pollingFile(), &warning);
    if (!warning.isEmpty())
        m_window->statusBar()->showMessage(warning, 30000);
    if (targets.isEmpty())
        return;
    const SharedRules& rules = m_config.rulesInForce;
    for (const PollTarget& target : targets) {
        auto poller = std::make_unique<AlertPoller>(target,
            target.kind == PollTarget::Kind::PagerDuty ? pagerDutyKey : QByteArray(), m_store.get(), rules,
            network(), SystemClock::instance());
        connect(poller.get(), &AlertPoller::stateChanged, this, &GuiSession::showPollStates);
        poller->start();
        m_pollers.push_back(std::move(poller));
    }
    showPollStates();
}

QNetworkAccessManager* GuiSession::network()
{
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    return m_network.get();
}

void GuiSession::startOutbox(const QHash<QString, QByteArray>& secrets, const QString& keychainProblem)
{
    QString warning;
    OutboundConfig config = OutboundConfig::load(ConsolePaths::integrationsFile(), &warning);
    if (!warning.isEmpty())
        m_window->statusBar()->showMessage(warning, 30000);
    const OutboxSender::Settings settings
        = OutboxSender::Settings::from(std::move(config), secrets, keychainProblem);
    m_outbox = std::make_unique<OutboxSender>(m_store.get(), settings, network(), SystemClock::instance());
    OutboxDock* dock = m_window->outboxDock();
    dock->setChannelStates(m_outbox->channelStates());
    m_window->setStatusPagePublishing(
        OutboxSender::statusPageProblem(settings), settings.config.statusPage.components);
    connect(m_store.get(), &AsyncIncidentStore::changed, m_outbox.get(), &OutboxSender::wake);
    connect(m_outbox.get(), &OutboxSender::outboxChanged, dock, &OutboxDock::reload);
    connect(dock, &OutboxDock::retryRequested, m_outbox.get(), &OutboxSender::wake);
    m_outbox->start();
}

void GuiSession::showPollStates()
{
    QList<PollState> states;
    for (const auto& poller : m_pollers)
        states.append(poller->state());
    m_window->setPollStates(states);
    if (m_wall)
        m_wall->setPollStates(states);
}

void GuiSession::startReceiverWith(const ReceiverCredentials& credentials)
{
    const Receiver::Settings settings = m_config.receiverSettings(
        m_settings, m_listen, m_databasePath, m_databasePassword.password, credentials);
    AsyncIncidentStore* store = m_store.get();
    m_receiver = std::make_unique<Receiver>(settings, [store] { store->lookForChanges(); });
    connect(m_receiver.get(), &Receiver::listening, this,
        [this](const QString& address) { showReceiverStatus(tr("Receiver: %1").arg(address), true); });
    connect(m_receiver.get(), &Receiver::rejected, m_window.get(), &MainWindow::deliveryRefused);
    connect(m_receiver.get(), &Receiver::inboxChanged, m_window->receiverDock(), &ReceiverDock::setInbox);
    connect(m_receiver.get(), &Receiver::failed, this, [this](const QString& reason) {
        // Another console may hold the port; this one still works, without a receiver.
        qWarning("%s", qPrintable(reason));
        showReceiverStatus(tr("Receiver not listening"), false, reason);
        // A wall keeps trying: whoever held the port may let it go.
        if (m_wallMode)
            QTimer::singleShot(kWallRetryMs, this, [this] {
                if (m_receiver)
                    m_receiver->start();
            });
    });
    m_receiver->start();
}
