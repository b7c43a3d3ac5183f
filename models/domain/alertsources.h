#pragma once

#include <QList>
#include <QString>

// A sender the receiver has a webhook for, as views and the store are told of it
// (the receiver's list of webhook sources is the one that says which there are):
// the last part of the webhook's path (/webhooks/alerts/<path>, and the keychain's
// webhook/<path>/… keys), the source name its alerts are kept, shown and counted
// under, and who posts there, for people.
struct AlertSource {
    QString path;
    QString name;
    QString label;

    // The webhook path of a source name among `sources`; empty when there is none.
    static QString pathForName(const QList<AlertSource>& sources, const QString& name)
    {
        for (const AlertSource& source : sources) {
            if (source.name == name)
                return source.path;
        }
        return {};
    }
};
