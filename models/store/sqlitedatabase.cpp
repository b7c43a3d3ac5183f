#include "models/store/sqlitedatabase.h"

#include "models/store/schemamigrations.h"
#include "models/store/sql/sqlchangefeed.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace {
// SQLite's primary result codes, as QSqlError::nativeErrorCode() reports them.
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADatabase = 26;

int primaryCode(const QSqlError& error)
{
    return error.nativeErrorCode().toInt() & 0xff;
}

QSqlDatabase addConnection(const QString& path, const QString& name, bool readOnly, int busyTimeoutMs)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    return db;
}

bool execAll(QSqlDatabase& db, std::initializer_list<const char*> statements, QSqlError* error)
{
    for (const char* statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(QString::fromLatin1(statement))) {
            *error = query.lastError();
            return false;
        }
    }
    return true;
}
}

OpenOutcome SqliteDatabase::classify(const QString& path, const QSqlError& error)
{
    OpenOutcome outcome;
    switch (primaryCode(error)) {
    case kSqliteBusy:
    case kSqliteLocked:
        outcome.status = OpenOutcome::Status::Locked;
        outcome.message = tr("The database %1 is locked by another program. Close it, or start with another "
                             "file (--db), and try again.")
                              .arg(QDir::toNativeSeparators(path));
        break;
    case kSqliteCorrupt:
    case kSqliteNotADatabase:
        outcome.status = OpenOutcome::Status::Corrupt;
        outcome.message = tr("The file %1 is damaged or is not a database (%2). It has been left exactly as "
                             "it is; restore it from a backup or start with another file (--db).")
                              .arg(QDir::toNativeSeparators(path), error.databaseText());
        break;
    default:
        outcome.status = OpenOutcome::Status::Failed;
        outcome.message
            = tr("Cannot open the database %1: %2").arg(QDir::toNativeSeparators(path), error.text());
        break;
    }
    return outcome;
}

// Reads the existing file through a read-only connection, so that a file we
// must refuse is never modified, not even by the switch to WAL.
OpenOutcome SqliteDatabase::inspect(const QString& path, const QString& connectionName, int busyTimeoutMs)
{
    const QString probeName = connectionName + QStringLiteral("-probe");
    OpenOutcome outcome;
    {
        QSqlDatabase db = addConnection(path, probeName, true, busyTimeoutMs);
        if (!db.open()) {
            outcome = classify(path, db.lastError());
        } else {
            QSqlQuery query(db);
            qint64 applicationId = 0;
            qint64 objectCount = 0;
            if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
                outcome.fileVersion = query.value(0).toInt();
            if (!query.lastError().isValid() && query.exec(QStringLiteral("PRAGMA application_id"))
                && query.next())
                applicationId = query.value(0).toLongLong();
            if (!query.lastError().isValid()
                && query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && query.next())
                objectCount = query.value(0).toLongLong();
            // Touch the incidents table's pages: a truncated file fails here, not later in the GUI.
            if (!query.lastError().isValid() && applicationId == SchemaMigrations::kApplicationId)
                query.exec(QStringLiteral("SELECT count(*) FROM incidents"));

            const int latest = SchemaMigrations::latestVersion();
            if (query.lastError().isValid()) {
                outcome = classify(path, query.lastError());
            } else if ((applicationId != 0 && applicationId != SchemaMigrations::kApplicationId)
                || (applicationId == 0 && objectCount > 0)) {
                outcome.status = OpenOutcome::Status::NotOurs;
                outcome.message = tr("The file %1 is an SQLite database of another program. It has been left "
                                     "untouched; choose another file (--db).")
                                      .arg(QDir::toNativeSeparators(path));
            } else if (outcome.fileVersion > latest) {
                outcome.status = OpenOutcome::Status::TooNew;
                outcome.message
                    = tr("The database %1 was written by a newer Incident Console (schema version "
                         "%2; this version understands up to %3). It has been left untouched; "
                         "update Incident Console to open it.")
                          .arg(QDir::toNativeSeparators(path))
                          .arg(outcome.fileVersion)
                          .arg(latest);
            } else {
                outcome.status = OpenOutcome::Status::Opened;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(probeName);
    return outcome;
}

OpenOutcome SqliteDatabase::open(const QString& path, const QString& connectionName, int busyTimeoutMs)
{
    const QFileInfo info(path);
    const bool existed = info.exists() && info.size() > 0;
    int fromVersion = 0;
    if (existed) {
        OpenOutcome inspected = inspect(path, connectionName, busyTimeoutMs);
        if (!inspected.ok())
            return inspected;
        fromVersion = inspected.fileVersion;
    } else if (!QDir().mkpath(info.absolutePath())) {
        OpenOutcome outcome;
        outcome.message = tr("Cannot create the folder %1 for the database.")
                              .arg(QDir::toNativeSeparators(info.absolutePath()));
        return outcome;
    }

    OpenOutcome outcome;
    outcome.fileVersion = fromVersion;
    QSqlDatabase db = addConnection(path, connectionName, false, busyTimeoutMs);
    QSqlError error;
    bool ok = db.open();
    if (!ok)
        error = db.lastError();
    // WAL: readers never wait for the writer, so a second console or the
    // command line can use the same file while this one runs. NORMAL sync in
    // WAL mode keeps every commit across a crash of this program.
    ok = ok
        && execAll(db,
            { "PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL" },
            &error);
    ok = ok && execAll(db, { "BEGIN IMMEDIATE" }, &error);
    if (ok) {
        // Read again under the write lock: another process may have migrated meanwhile.
        {
            // Scoped: a statement still open would keep DROP statements of a migration from running.
            QSqlQuery version(db);
            if (version.exec(QStringLiteral("PRAGMA user_version")) && version.next())
                fromVersion = version.value(0).toInt();
        }
        QString migrationError;
        const int latest = SchemaMigrations::latestVersion();
        if (fromVersion < latest && !SchemaMigrations::migrate(db, fromVersion, latest, &migrationError)) {
            execAll(db, { "ROLLBACK" }, &error);
            outcome.status = OpenOutcome::Status::Failed;
            outcome.message = tr("Cannot upgrade the database %1: %2. It has been left as it was.")
                                  .arg(QDir::toNativeSeparators(path), migrationError);
            db.close();
            QSqlDatabase::removeDatabase(connectionName);
            return outcome;
        }
        QSqlQuery stamp(db);
        ok = stamp.exec(QStringLiteral("PRAGMA application_id = %1").arg(SchemaMigrations::kApplicationId));
        // A new database's outbox starts at its beginning: nothing in it is history, and an incident
        // opened before the outbox first looks (an alert in the console's first second) is paged too.
        // (A database from before the outbox starts at its newest change: its history is not sent.)
        if (fromVersion == 0)
            ok = ok
                && stamp.exec(QStringLiteral("INSERT OR IGNORE INTO outbox_cursor (id, seq) VALUES (1, 0)"));
        if (!ok)
            error = stamp.lastError();
        ok = ok && SqlChangeFeed::pruneLog(db, kReaderMarkKeptMs, &error);
        ok = ok && execAll(db, { "COMMIT" }, &error);
        if (!ok)
            execAll(db, { "ROLLBACK" }, &error);
    }
    if (!ok) {
        outcome = classify(path, error);
        db.close();
        QSqlDatabase::removeDatabase(connectionName);
        return outcome;
    }
    if (!existed)
        outcome.status = OpenOutcome::Status::Created;
    else if (fromVersion < SchemaMigrations::latestVersion())
        outcome.status = OpenOutcome::Status::Upgraded;
    else
        outcome.status = OpenOutcome::Status::Opened;
    return outcome;
}

QString SqliteDatabase::uniqueConnectionName(const QString& purpose)
{
    // Connections are named process-wide, and stores open on several threads at once.
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("%1-%2").arg(purpose).arg(++counter);
}

bool SqliteDatabase::openCompanion(const QString& path, const QString& connectionName, QString* error)
{
    bool opened = false;
    {
        QSqlDatabase db = addConnection(path, connectionName, false, kBusyTimeoutMs);
        opened = db.open();
        if (!opened && error)
            *error = db.lastError().text();
    }
    if (!opened)
        QSqlDatabase::removeDatabase(connectionName);
    return opened;
}

void SqliteDatabase::releaseMemory(const QString& connectionName)
{
    const QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    if (!db.isOpen())
        return;
    QSqlQuery shrink(db);
    shrink.exec(QStringLiteral("PRAGMA shrink_memory"));
}

void SqliteDatabase::close(const QString& connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen()) {
            QSqlQuery optimize(db);
            optimize.exec(QStringLiteral("PRAGMA optimize"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}
