#pragma once

#include "domain/alert.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

// The webhook payload Prometheus Alertmanager sends (version 4): receiver,
// status, alerts[] (status, labels, annotations, startsAt, endsAt,
// generatorURL, fingerprint), groupLabels, commonLabels, commonAnnotations,
// externalURL, groupKey, truncatedAlerts. Fields it does not know are ignored,
// not fatal: newer Alertmanagers add some.
class AlertmanagerPayload {
    Q_DECLARE_TR_FUNCTIONS(AlertmanagerPayload)
public:
    struct Parsed {
        QString receiver;
        QString status; // of the group: firing or resolved
        QString groupKey;
        QString externalUrl;
        AlertLabels groupLabels;
        AlertLabels commonLabels;
        AlertLabels commonAnnotations;
        int truncatedAlerts = 0; // alerts Alertmanager left out of this delivery (max_alerts)
        QList<AlertSignal> alerts;
    };

    // nullopt, with a sentence for the sender in *error, when the body is not such a payload.
    static std::optional<Parsed> parse(const QByteArray& body, const QString& source, QString* error);

    // Alertmanager's zero time (0001-01-01T00:00:00Z) stands for "not yet": an invalid QDateTime.
    static QDateTime parseTime(const QJsonValue& value, bool* ok);
    // The fingerprint of a label set when the sender gave none: stable across deliveries.
    static QString fingerprintOf(const AlertLabels& labels);
};
