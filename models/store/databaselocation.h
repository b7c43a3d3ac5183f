#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// Where the store lives, as a person writes it after --db or in the settings:
// a SQLite file (a path), or a PostgreSQL database shared by a team
// (postgresql://user@host:port/dbname?sslmode=verify-full). Anything else
// that looks like a URL is refused, never taken for a file name.
class DatabaseLocation {
    Q_DECLARE_TR_FUNCTIONS(DatabaseLocation)
public:
    enum class Engine { Sqlite, Postgres };

    // Null, with the reason in *error, for text that names no database we can open.
    static std::optional<DatabaseLocation> parse(const QString& text, QString* error);

    Engine engine() const { return m_engine; }
    bool isPostgres() const { return m_engine == Engine::Postgres; }
    // The SQLite file.
    const QString& path() const { return m_path; }

    // PostgreSQL: a host name, or the folder of the server's Unix socket.
    const QString& host() const { return m_host; }
    int port() const { return m_port; }
    const QString& databaseName() const { return m_databaseName; }
    const QString& userName() const { return m_userName; }
    // libpq keywords from the URL's query (sslmode=verify-full, sslrootcert=…), each as
    // key='value' for QPSQL's connect options (joined with ";").
    QStringList connectOptions() const;
    bool hasOption(const QString& key) const;

    // For messages and the status bar: the path, or the URL (it never holds a password).
    QString displayText() const;
    // The keychain entries a PostgreSQL password is looked up under, most specific first:
    // one for this user, server and database, then the one for every database.
    QStringList passwordKeys() const;

private:
    static std::optional<DatabaseLocation> parsePostgres(const QString& text, QString* error);

    Engine m_engine = Engine::Sqlite;
    QString m_path;
    QString m_host;
    int m_port = 5432;
    QString m_databaseName;
    QString m_userName;
    QList<QPair<QString, QString>> m_options;
};
