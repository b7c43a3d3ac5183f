#include "app/composition/consolepaths.h"

#include "models/store/databaselocation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>

namespace ConsolePaths {

QString defaultDatabase()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("incidents.db"));
}

QString localFilesOf(const QString& databaseLocation)
{
    QString ignored; // an unreadable location is the store opener's to report
    const std::optional<DatabaseLocation> location = DatabaseLocation::parse(databaseLocation, &ignored);
    if (!location || !location->isPostgres())
        return databaseLocation;
    const QByteArray hash
        = QCryptographicHash::hash(location->displayText().toUtf8(), QCryptographicHash::Sha256).toHex();
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("team-") + QString::fromLatin1(hash.left(12)));
}

QString configDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
}

QString severityPolicyFile()
{
    return QDir(configDirectory()).filePath(QStringLiteral("severity-policy.json"));
}

QString alertRulesFile()
{
    return QDir(configDirectory()).filePath(QStringLiteral("alert-rules.json"));
}

QString escalationFile()
{
    return QDir(configDirectory()).filePath(QStringLiteral("escalation.json"));
}

QString integrationsFile()
{
    return QDir(configDirectory()).filePath(QStringLiteral("integrations.json"));
}

QString reviewTemplateFile()
{
    return QDir(configDirectory()).filePath(QStringLiteral("review-template.json"));
}

QString statisticsFile()
{
    return QDir(configDirectory()).filePath(QStringLiteral("statistics.json"));
}

QString communicationFile()
{
    return QDir(configDirectory()).filePath(QStringLiteral("communication.json"));
}

QString pollingFile()
{
    return QDir(configDirectory()).filePath(QStringLiteral("polling.json"));
}

QString settingsFile()
{
    return QDir(configDirectory()).filePath(QStringLiteral("console.ini"));
}

QString defaultAuthor()
{
    for (const char* variable : { "USER", "USERNAME", "LOGNAME" }) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("operator");
}

}
