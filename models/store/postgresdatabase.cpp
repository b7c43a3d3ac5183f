#include "models/store/postgresdatabase.h"

#include "models/store/postgresmigrations.h"
#include "models/store/sql/sqlchangefeed.h"
#include "models/store/sqlitedatabase.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
// Taken for the whole of a migration: a console that starts meanwhile waits, then finds the work done.
constexpr qint64 kMigrationLock = 0x49434f4d; // "ICOM"

bool execAll(QSqlDatabase& db, std::initializer_list<QString> statements, QSqlError* error)
{
    for (const QString& statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            *error = query.lastError();
            return false;
        }
    }
    return true;
}
}

bool PostgresDatabase::applySessionSettings(QSqlDatabase& db, QSqlError* error)
{
    // A console that stops halfway through a write (frozen, cut off) lets go of the write lock
    // within a minute; one that waits for it gives up after half a minute, and says so, rather
    // than hanging.
    return execAll(db,
        { QStringLiteral("SET idle_in_transaction_session_timeout = '60s'"),
            QStringLiteral("SET lock_timeout = '30s'") },
        error);
}

bool PostgresDatabase::reopen(const QString& connectionName, QString* error)
{
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    db.close();
    QSqlError failure;
    if (db.open() && applySessionSettings(db, &failure))
        return true;
    *error = db.isOpen() ? failure.text() : db.lastError().text();
    db.close();
    return false;
}

OpenOutcome PostgresDatabase::classify(const DatabaseLocation& location, const QSqlError& error)
{
    OpenOutcome outcome;
    outcome.status = OpenOutcome::Status::Failed;
    const QString where = location.displayText();
    const QString code = error.nativeErrorCode();
    // SQLSTATE class 28: the server would not let us in.
    if (code.startsWith(QLatin1String("28")) || error.text().contains(QLatin1String("password"))) {
        outcome.message
            = tr("PostgreSQL at %1 refused the login: %2. Check the user in the URL and the "
                 "password in the system keychain (entry \"%3\").")
                  .arg(where, error.databaseText().trimmed(), location.passwordKeys().constLast());
        return outcome;
    }
    if (code == QLatin1String("3D000")) {
        outcome.message = tr("PostgreSQL at %1 has no database of that name: create it first (createdb %2).")
                              .arg(where, location.databaseName());
        return outcome;
    }
    const QString reason
        = error.databaseText().trimmed().isEmpty() ? error.text() : error.databaseText().trimmed();
    outcome.message = tr("Cannot use the PostgreSQL database %1: %2").arg(where, reason);
    return outcome;
}

OpenOutcome PostgresDatabase::inspect(const DatabaseLocation& location, QSqlDatabase& db)
{
    OpenOutcome outcome;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT to_regclass('ic_schema') IS NOT NULL, "
                                   "(SELECT count(*) FROM pg_tables WHERE schemaname = current_schema())"))
        || !query.next())
        return classify(location, query.lastError());
    const bool ours = query.value(0).toBool();
    const qint64 tables = query.value(1).toLongLong();
    if (!ours) {
        if (tables > 0) {
            outcome.status = OpenOutcome::Status::NotOurs;
            outcome.message
                = tr("The PostgreSQL database %1 holds tables of another program. It has been left "
                     "untouched; give the console a database of its own.")
                      .arg(location.displayText());
            return outcome;
        }
        outcome.status = OpenOutcome::Status::Created;
        return outcome;
    }
    if (!query.exec(QStringLiteral("SELECT application, version FROM ic_schema WHERE id = 1"))
        || !query.next())
        return classify(location, query.lastError());
    if (query.value(0).toString() != PostgresMigrations::applicationName()) {
        outcome.status = OpenOutcome::Status::NotOurs;
        outcome.message = tr("The PostgreSQL database %1 belongs to another program (%2). It has been left "
                             "untouched.")
                              .arg(location.displayText(), query.value(0).toString());
        return outcome;
    }
    outcome.fileVersion = query.value(1).toInt();
    const int latest = PostgresMigrations::latestVersion();
    if (outcome.fileVersion > latest) {
        outcome.status = OpenOutcome::Status::TooNew;
        outcome.message
            = tr("The database %1 was written by a newer Incident Console (schema version %2; this "
                 "version understands up to %3). It has been left untouched; update Incident "
                 "Console to open it.")
                  .arg(location.displayText())
                  .arg(outcome.fileVersion)
                  .arg(latest);
        return outcome;
    }
    outcome.status
        = outcome.fileVersion < latest ? OpenOutcome::Status::Upgraded : OpenOutcome::Status::Opened;
    return outcome;
}

OpenOutcome PostgresDatabase::open(
    const DatabaseLocation& location, const QString& password, const QString& connectionName)
{
    OpenOutcome outcome;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        if (!db.isValid()) {
            outcome.message
                = tr("This installation cannot reach PostgreSQL: Qt's PostgreSQL driver (QPSQL) is "
                     "missing.");
        } else {
            db.setHostName(location.host());
            db.setPort(location.port());
            db.setDatabaseName(location.databaseName());
            db.setUserName(location.userName());
            db.setPassword(password);
            // A server or network that goes silent is noticed within about half a minute, not after the
            // operating system's two hours: a store thread is never stuck in a read, and a lost
            // console's write lock is released, unless the URL says otherwise.
            QStringList options = location.connectOptions();
            const QList<QPair<QString, QString>> defaults { { QStringLiteral("application_name"),
                                                                QStringLiteral("incident-console") },
                { QStringLiteral("connect_timeout"), QStringLiteral("10") },
                { QStringLiteral("keepalives_idle"), QStringLiteral("10") },
                { QStringLiteral("keepalives_interval"), QStringLiteral("5") },
                { QStringLiteral("keepalives_count"), QStringLiteral("3") },
                { QStringLiteral("tcp_user_timeout"), QStringLiteral("30000") } };
            for (const auto& [key, value] : defaults) {
                if (!location.hasOption(key))
                    options.append(key + QLatin1Char('=') + value);
            }
            db.setConnectOptions(options.join(QLatin1Char(';')));
            QSqlError error;
            if (!db.open()) {
                outcome = classify(location, db.lastError());
            } else if (!applySessionSettings(db, &error)
                || !execAll(db,
                    { QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED"),
                        QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLock) },
                    &error)) {
                outcome = classify(location, error);
            } else {
                outcome = inspect(location, db);
                QString migrationError;
                const int latest = PostgresMigrations::latestVersion();
                if (outcome.ok() && outcome.fileVersion < latest
                    && !PostgresMigrations::migrate(db, outcome.fileVersion, latest, &migrationError)) {
                    outcome.status = OpenOutcome::Status::Failed;
                    outcome.message = tr("Cannot upgrade the database %1: %2. It has been left as it was.")
                                          .arg(location.displayText(), migrationError);
                }
                if (outcome.ok()
                    && (!SqlChangeFeed::pruneLog(db, SqliteDatabase::kReaderMarkKeptMs, &error)
                        || !execAll(db, { QStringLiteral("COMMIT") }, &error))) {
                    const int version = outcome.fileVersion;
                    outcome = classify(location, error);
                    outcome.fileVersion = version;
                }
                if (!outcome.ok())
                    execAll(db, { QStringLiteral("ROLLBACK") }, &error);
            }
            if (!outcome.ok())
                db.close();
        }
    }
    if (!outcome.ok())
        QSqlDatabase::removeDatabase(connectionName);
    return outcome;
}

void PostgresDatabase::close(const QString& connectionName)
{
    QSqlDatabase::database(connectionName, false).close();
    QSqlDatabase::removeDatabase(connectionName);
}
