#include "guisession.h"

#include "consolepaths.h"
#include "domain/clock.h"
#include "mainwindow.h"
#include "store/sqlincidentstore.h"

#include <QMessageBox>
#include <QStatusBar>

namespace {
const QString kAuthorKey = QStringLiteral("identity/name");
}

GuiSession::GuiSession(const QString& databasePath, QObject* parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_settings(ConsolePaths::settingsFile(), QSettings::IniFormat)
{
    const SeverityPolicy policy = SeverityPolicy::load(ConsolePaths::severityPolicyFile(), &m_policyWarning);
    m_store = std::make_unique<AsyncIncidentStore>([databasePath, policy](OpenOutcome* outcome) {
        return std::unique_ptr<IncidentStore>(
            SqlIncidentStore::openSqlite(databasePath, policy, SystemClock::instance(), outcome));
    });
    const QString author = m_settings.value(kAuthorKey, ConsolePaths::defaultAuthor()).toString();
    m_commands = std::make_unique<IncidentCommands>(m_store.get(), author);
    connect(m_store.get(), &AsyncIncidentStore::opened, this, &GuiSession::onOpened);
}

GuiSession::~GuiSession()
{
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
        qCritical("%s", qPrintable(outcome.message));
        QMessageBox::critical(nullptr, tr("Incident Console cannot start"), outcome.message);
        Q_EMIT failed(outcome.message);
        return;
    }
    ConsoleContext context;
    context.store = m_store.get();
    context.commands = m_commands.get();
    context.clock = SystemClock::instance();
    context.settings = &m_settings;
    context.databasePath = m_databasePath;
    m_window = std::make_unique<MainWindow>(context);
    connect(m_window.get(), &MainWindow::authorChanged, this,
        [this](const QString& name) { m_settings.setValue(kAuthorKey, name); });
    m_window->show();
    if (!m_policyWarning.isEmpty())
        m_window->statusBar()->showMessage(m_policyWarning, 30000);
    else if (outcome.status == OpenOutcome::Status::Upgraded)
        m_window->statusBar()->showMessage(tr("The database was upgraded to the current schema."), 15000);
    Q_EMIT ready();
}
