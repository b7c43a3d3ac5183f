#include "models/store/databaselocation.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace {
// The libpq connection keywords a URL may carry. Others (password above all, and
// host-level overrides that would make the URL mean another server) are refused.
const QStringList kAllowedOptions {
    QStringLiteral("sslmode"),
    QStringLiteral("sslrootcert"),
    QStringLiteral("sslcert"),
    QStringLiteral("sslkey"),
    QStringLiteral("sslcrl"),
    QStringLiteral("connect_timeout"),
    QStringLiteral("application_name"),
    QStringLiteral("target_session_attrs"),
    QStringLiteral("keepalives"),
    QStringLiteral("keepalives_idle"),
    QStringLiteral("keepalives_interval"),
    QStringLiteral("keepalives_count"),
    QStringLiteral("tcp_user_timeout"),
};

bool looksLikeUrl(const QString& text)
{
    // A scheme of two letters or more before "://" (C:\ and C:/ stay Windows paths).
    static const QRegularExpression scheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]+):"));
    const QRegularExpressionMatch match = scheme.match(text);
    return match.hasMatch() && text.mid(match.capturedLength(), 2) == QLatin1String("//");
}
}

std::optional<DatabaseLocation> DatabaseLocation::parse(const QString& text, QString* error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *error = tr("No database given: name a SQLite file or a postgresql:// URL.");
        return std::nullopt;
    }
    const QString lower = trimmed.toLower();
    if (lower.startsWith(QLatin1String("postgresql:")) || lower.startsWith(QLatin1String("postgres:"))) {
        if (!lower.contains(QLatin1String("://"))) {
            *error = tr("The PostgreSQL URL is not valid: write postgresql://user@host:5432/dbname.");
            return std::nullopt;
        }
        return parsePostgres(trimmed, error);
    }
    if (looksLikeUrl(trimmed)) {
        *error = tr("Unsupported database %1: give a SQLite file's path or a postgresql:// URL.")
                     .arg(trimmed.section(QLatin1Char(':'), 0, 0) + QStringLiteral("://…"));
        return std::nullopt;
    }
    DatabaseLocation location;
    location.m_path = trimmed;
    return location;
}

std::optional<DatabaseLocation> DatabaseLocation::parsePostgres(const QString& text, QString* error)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        // Not QUrl's own words: they quote the whole text, a password perhaps among it.
        *error = tr("The PostgreSQL URL is not valid: write postgresql://user@host:5432/dbname, with "
                    "characters such as # @ / ? and spaces in a name written as %XX.");
        return std::nullopt;
    }
    if (!url.password().isEmpty()) {
        *error
            = tr("The PostgreSQL URL holds a password. Take it out: the console reads the password from "
                 "the system keychain (entry \"postgres/password\"), so that it never shows in settings or "
                 "in the list of running programs.");
        return std::nullopt;
    }
    DatabaseLocation location;
    location.m_engine = Engine::Postgres;
    location.m_host = url.host();
    location.m_port = url.port(5432);
    location.m_userName = url.userName();
    location.m_databaseName = url.path().mid(1);
    if (location.m_databaseName.isEmpty() || location.m_databaseName.contains(QLatin1Char('/'))) {
        *error = tr("The PostgreSQL URL names no database: write postgresql://user@host:5432/dbname.");
        return std::nullopt;
    }
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host") && location.m_host.isEmpty()) {
            location.m_host = value; // a Unix socket's folder: postgresql://ic@/team?host=/run/postgresql
            continue;
        }
        if (key == QLatin1String("port") && url.port() < 0) {
            bool number = false;
            location.m_port = value.toInt(&number);
            if (!number || location.m_port <= 0 || location.m_port > 65535) {
                *error = tr("The PostgreSQL URL's port is not a port number: %1").arg(value);
                return std::nullopt;
            }
            continue;
        }
        if (!kAllowedOptions.contains(key)) {
            *error = tr("The PostgreSQL URL has an option the console does not pass on: %1").arg(key);
            return std::nullopt;
        }
        // QPSQL joins the options into one libpq connection string, split at ";": a value is
        // quoted there, and a ";" could not be told from the next option.
        if (value.contains(QLatin1Char(';'))) {
            *error = tr("The PostgreSQL URL's option %1 has a value the console cannot pass on.").arg(key);
            return std::nullopt;
        }
        location.m_options.append({ key, value });
    }
    if (location.m_host.isEmpty()) {
        *error = tr("The PostgreSQL URL names no server: write postgresql://user@host:5432/dbname.");
        return std::nullopt;
    }
    return location;
}

QString DatabaseLocation::displayText() const
{
    if (m_engine == Engine::Sqlite)
        return m_path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_userName);
    const bool socket = m_host.startsWith(QLatin1Char('/'));
    if (!socket) {
        url.setHost(m_host);
        url.setPort(m_port);
    }
    url.setPath(QLatin1Char('/') + m_databaseName);
    QUrlQuery query;
    if (socket) {
        query.addQueryItem(QStringLiteral("host"), m_host);
        if (m_port != 5432)
            query.addQueryItem(QStringLiteral("port"), QString::number(m_port));
    }
    for (const auto& [key, value] : m_options)
        query.addQueryItem(key, value);
    url.setQuery(query);
    return url.toString();
}

QStringList DatabaseLocation::connectOptions() const
{
    QStringList options;
    for (const auto& [key, value] : m_options) {
        // libpq's quoting: a backslash and a quote are escaped with a backslash.
        QString quoted = value;
        quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        quoted.replace(QLatin1Char('\''), QLatin1String("\\'"));
        options.append(key + QLatin1String("='") + quoted + QLatin1Char('\''));
    }
    return options;
}

bool DatabaseLocation::hasOption(const QString& key) const
{
    return std::any_of(
        m_options.cbegin(), m_options.cend(), [&key](const auto& option) { return option.first == key; });
}

QStringList DatabaseLocation::passwordKeys() const
{
    return { QStringLiteral("postgres/%1@%2:%3/%4").arg(m_userName, m_host).arg(m_port).arg(m_databaseName),
        QStringLiteral("postgres/password") };
}
