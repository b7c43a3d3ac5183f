#pragma once

#include <QList>
#include <QString>

// The senders the receiver has a webhook for: the last part of the webhook's
// path (/webhooks/alerts/<path>, and the keychain's webhook/<path>/… keys) and
// the source name their alerts are kept, shown and counted under.
struct AlertSource {
    QString path;
    QString name;

    static QList<AlertSource> all()
    {
        return { { QStringLiteral("prometheus"), QStringLiteral("alertmanager") },
            { QStringLiteral("grafana"), QStringLiteral("grafana") },
            { QStringLiteral("pagerduty"), QStringLiteral("pagerduty") },
            { QStringLiteral("cloudwatch"), QStringLiteral("cloudwatch") },
            { QStringLiteral("generic"), QStringLiteral("generic") } };
    }
    // The source name for a webhook path; empty when there is no such webhook.
    static QString nameForPath(const QString& path) { return find(&AlertSource::path, path).name; }
    // The webhook path of a source name; empty when there is no such webhook.
    static QString pathForName(const QString& name) { return find(&AlertSource::name, name).path; }

private:
    static AlertSource find(QString AlertSource::*key, const QString& value)
    {
        for (const AlertSource& source : all()) {
            if (source.*key == value)
                return source;
        }
        return {};
    }
};
