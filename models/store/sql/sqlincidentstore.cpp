#include "models/store/sql/sqlincidentstore.h"

#include "models/store/databaselocation.h"
#include "models/store/postgresdatabase.h"
#include "models/store/sqlitedatabase.h"
#include "models/store/storeopener.h"

SqlIncidentStore::SqlIncidentStore(
    const QString& connectionName, SeverityPolicy policy, const Clock* clock, bool ownsConnection)
    : m_connectionName(connectionName)
    , m_ownsConnection(ownsConnection)
    , m_session(connectionName, std::move(policy), clock)
    , m_journal(m_session)
    , m_alertTable(connectionName, &m_session.statements())
    , m_checklists(m_session, m_journal)
    , m_incidents(m_session, m_journal, m_checklists)
    , m_silences(m_session, m_alertTable)
    , m_intake(m_session, m_journal, m_incidents, m_silences, m_alertTable)
    , m_alerts(m_session, m_journal, m_incidents, m_alertTable)
    , m_changes(m_session, m_journal)
    , m_outbox(m_session, m_journal, m_changes)
    , m_communication(m_session, m_journal, m_outbox)
    , m_escalation(m_session, m_journal)
    , m_reviews(m_session, m_journal)
    , m_figures(m_session, m_journal, m_intake)
    , m_presence(m_session)
{
}

SqlIncidentStore::~SqlIncidentStore()
{
    m_intake.writeAlertCounts(); // the last second's counts, if any
    m_session.statements().clear();
    if (!m_ownsConnection)
        return;
    if (m_session.dialect().isPostgres())
        PostgresDatabase::close(m_connectionName);
    else
        SqliteDatabase::close(m_connectionName);
}

bool SqlIncidentStore::setDurableCommits()
{
    QSqlQuery pragma(m_session.database());
    return pragma.exec(QStringLiteral("PRAGMA synchronous = FULL"));
}

bool SqlIncidentStore::setWriterCheckpointPages(int pages)
{
    QSqlQuery pragma(m_session.database());
    return pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(pages));
}

std::unique_ptr<IncidentStore> openIncidentStore(const StoreOptions& options, OpenOutcome* outcome)
{
    QString error;
    const std::optional<DatabaseLocation> location = DatabaseLocation::parse(options.location, &error);
    if (!location) {
        *outcome = { OpenOutcome::Status::Failed, error, 0 };
        return nullptr;
    }
    // One connection per store.
    const QString name = SqliteDatabase::uniqueConnectionName(QStringLiteral("incident-store"));
    if (location->isPostgres()) {
        *outcome = PostgresDatabase::open(*location, options.password, name);
        if (!outcome->ok())
            return nullptr;
        return std::make_unique<SqlIncidentStore>(name, options.policy, options.clock, true);
    }
    *outcome = SqliteDatabase::open(location->path(), name);
    if (!outcome->ok())
        return nullptr;
    auto store = std::make_unique<SqlIncidentStore>(name, options.policy, options.clock, true);
    // A hint about when to copy the log into the file: a connection that will not take it
    // still works (it checkpoints at SQLite's default), so it is not a reason to refuse.
    if (options.writerCheckpointPages > 0)
        store->setWriterCheckpointPages(options.writerCheckpointPages);
    if (options.durableCommits && !store->setDurableCommits()) {
        *outcome = { OpenOutcome::Status::Failed,
            SqliteDatabase::tr("The database cannot make its commits durable."), outcome->fileVersion };
        return nullptr;
    }
    return store;
}
