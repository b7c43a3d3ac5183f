#include "app/composition/consolepaths.h"

#include <QDir>
#include <QStandardPaths>

namespace ConsolePaths {

QString defaultDatabase()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("incidents.db"));
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
