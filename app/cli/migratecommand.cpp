#include "app/cli/migratecommand.h"

#include "app/cli/exitcodes.h"
#include "app/keychain/databasepassword.h"
#include "models/store/databaselocation.h"
#include "models/store/postgresdatabase.h"
#include "models/store/sqlitedatabase.h"
#include "models/store/storecopy.h"

#include <QFileInfo>

namespace {
// Closes a connection the command opened, whatever way it returns.
class OpenConnection {
public:
    OpenConnection(QString name, bool postgres)
        : m_name(std::move(name))
        , m_postgres(postgres)
    {
    }
    ~OpenConnection()
    {
        if (!m_opened)
            return;
        if (m_postgres)
            PostgresDatabase::close(m_name);
        else
            SqliteDatabase::close(m_name);
    }
    OpenConnection(const OpenConnection&) = delete;
    OpenConnection& operator=(const OpenConnection&) = delete;
    void opened() { m_opened = true; }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }
    const QString& name() const { return m_name; }

private:
    QString m_name;
    bool m_postgres;
    bool m_opened = false;
};
}

QString MigrateCommand::usage()
{
    return tr(
        "Usage: incident-console migrate --from FILE --to postgresql://USER@HOST/DATABASE [--replace]\n\n"
        "Copies a console's SQLite database into a team's PostgreSQL database: incidents, timelines,\n"
        "alerts, reviews, the outbox and what the database keeps besides, and counts each table on both\n"
        "sides. A database that holds incidents, alerts or reviews already is refused unless --replace\n"
        "is given, which deletes what it holds first. The password comes from the keychain.\n");
}

int MigrateCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QString from;
    QString to;
    bool replace = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if ((argument == QLatin1String("--from") || argument == QLatin1String("--to"))
            && i + 1 < arguments.size())
            (argument == QLatin1String("--from") ? from : to) = arguments.at(++i);
        else if (argument == QLatin1String("--replace"))
            replace = true;
        else if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            out << usage();
            return 0;
        } else {
            err << tr("incident-console migrate: “%1” is not an option of migrate.").arg(argument) << '\n'
                << usage();
            return ExitCode::kUsage;
        }
    }
    QString error;
    const std::optional<DatabaseLocation> source
        = from.isEmpty() ? std::nullopt : DatabaseLocation::parse(from, &error);
    const std::optional<DatabaseLocation> target
        = to.isEmpty() ? std::nullopt : DatabaseLocation::parse(to, &error);
    if (!source || !target || source->isPostgres() || !target->isPostgres()) {
        err << (error.isEmpty() ? tr("incident-console migrate: --from names a SQLite file and --to a "
                                     "postgresql:// database.")
                                : tr("incident-console migrate: %1").arg(error))
            << '\n'
            << usage();
        return ExitCode::kUsage;
    }
    if (!QFileInfo::exists(source->path())) {
        err << tr("incident-console migrate: there is no database file %1.").arg(source->path()) << '\n';
        return ExitCode::kFailed;
    }

    OpenConnection file(SqliteDatabase::uniqueConnectionName(QStringLiteral("migrate-from")), false);
    // Brought to the current schema first, as a console opening it would.
    const OpenOutcome fileOpened = SqliteDatabase::open(source->path(), file.name());
    if (!fileOpened.ok()) {
        err << tr("incident-console migrate: %1").arg(fileOpened.message) << '\n';
        return ExitCode::kFailed;
    }
    file.opened();
    const DatabasePassword password = DatabasePassword::readNow(to);
    OpenConnection server(SqliteDatabase::uniqueConnectionName(QStringLiteral("migrate-to")), true);
    const OpenOutcome serverOpened = PostgresDatabase::open(*target, password.password, server.name());
    if (!serverOpened.ok()) {
        err << tr("incident-console migrate: %1").arg(serverOpened.message) << '\n';
        if (!password.keychainProblem.isEmpty())
            err << tr("The keychain could not be asked for the database password: %1")
                       .arg(password.keychainProblem)
                << '\n';
        return ExitCode::kFailed;
    }
    server.opened();

    const StoreCopy::Outcome copied = StoreCopy::copy(file.database(), server.database(), replace);
    if (!copied.ok) {
        err << tr("incident-console migrate: %1").arg(copied.error) << '\n';
        return ExitCode::kFailed;
    }
    qint64 rows = 0;
    for (const StoreCopy::TableCount& table : copied.tables) {
        out << tr("%1 %2").arg(table.table, -24).arg(table.rows) << '\n';
        rows += table.rows;
    }
    out << tr("Copied %1 rows in %2 tables from %3 to %4; each table counted on both sides.")
               .arg(rows)
               .arg(copied.tables.size())
               .arg(source->path(), target->displayText())
        << '\n';
    return 0;
}
