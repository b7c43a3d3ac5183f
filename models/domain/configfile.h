#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

// The console's configuration files (severity table, alert rules, …) share one
// behaviour: the user's file wins when it exists and is valid; otherwise the
// built-in default stays in force and the problem is reported, never fatal.
class ConfigFile {
    Q_DECLARE_TR_FUNCTIONS(ConfigFile)
public:
    // A JSON object, or nullopt with "line N: what is wrong" in *error.
    static std::optional<QJsonObject> parseObject(const QByteArray& json, QString* error);

    // The configuration shipped in the resources: read and parsed on first use,
    // then kept, since it cannot change while the program runs. One resource per T.
    template<typename T>
    static T shipped(const char* resource, std::optional<T> (*parse)(const QByteArray&, QString*))
    {
        static const T value = [resource, parse] {
            QFile file(QString::fromLatin1(resource));
            if (!file.open(QIODevice::ReadOnly))
                qFatal("The built-in %s is missing from the resources", resource);
            QString error;
            std::optional<T> parsed = parse(file.readAll(), &error);
            if (!parsed)
                qFatal("The built-in %s is invalid: %s", resource, qPrintable(error));
            return *parsed;
        }();
        return value;
    }

    template<typename T>
    static T load(const QString& userFile,
        const std::function<std::optional<T>(const QByteArray&, QString*)>& parse,
        const std::function<T()>& builtIn, const QString& what, QString* warning)
    {
        QFile file(userFile);
        if (userFile.isEmpty() || !file.exists())
            return builtIn();
        if (!file.open(QIODevice::ReadOnly)) {
            *warning
                = tr("Cannot read %1: %2. Using the built-in %3.").arg(userFile, file.errorString(), what);
            return builtIn();
        }
        QString error;
        std::optional<T> parsed = parse(file.readAll(), &error);
        if (!parsed) {
            *warning = tr("%1, %2. Using the built-in %3.").arg(userFile, error, what);
            return builtIn();
        }
        return *parsed;
    }
};
