#pragma once

#include "models/domain/alert.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

// The webhook payload Prometheus Alertmanager sends (version 4): receiver,
// status, alerts[] (status, labels, annotations, startsAt, endsAt,
// generatorURL, fingerprint), groupLabels, commonLabels, commonAnnotations,
// externalURL, groupKey, truncatedAlerts. Grafana's unified alerting sends the
// same shape (version "1") with orgId, title, state and message, and per alert
// values, dashboardURL, panelURL, silenceURL and imageURL; those per-alert
// extras are kept as annotations of the same name (values as "B=0.92, C=1").
// Fields it does not know are ignored, not fatal: newer senders add some.
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
    // A JSON object of strings as labels; absent or null is empty; nullopt if anything else.
    static std::optional<AlertLabels> labelsOf(const QJsonValue& value);
    // A body that must be JSON; nullopt with "not valid JSON (at byte …)" in *error.
    static std::optional<QJsonDocument> parseJson(const QByteArray& body, QString* error);
    // The fields that place an alert's episode, read alike by every alert
    // format: "status" (`defaultStatus` when absent), "startsAt", "endsAt"
    // (dropped while firing: it is a staleness horizon, not an end) and
    // "fingerprint" (from the labels when absent). False, with the reason for
    // alerts[index] in *error, when one is wrong.
    static bool readEpisode(const QJsonObject& alert, const QString& defaultStatus, qsizetype index,
        AlertSignal* signal, QString* error);
};
