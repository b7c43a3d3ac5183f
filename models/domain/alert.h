#pragma once

#include "models/domain/severity.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

#include <optional>

// The stored integer is part of the schema: append, never renumber.
enum class AlertStatus {
    Firing = 0,
    Acknowledged = 1, // a person has seen it; it is still firing at its source
    Resolved = 2,
    Suppressed = 3,
};

using AlertLabels = QMap<QString, QString>;

// One alert as a monitoring system reported it, normalised from any source
// (Alertmanager, CloudWatch, PagerDuty, Grafana, generic JSON) before rules
// see it. Nothing here has been decided yet: severity is the source's word.
struct AlertSignal {
    QString source; // "alertmanager", "grafana", …
    QString fingerprint; // stable identity of the alert at its source
    QString name; // alertname
    AlertLabels labels;
    AlertLabels annotations;
    bool resolved = false;
    QDateTime startsAt; // UTC
    QDateTime endsAt; // UTC; invalid while it fires
    QString generatorUrl;
    // When the source says the change this notice reports happened (PagerDuty's
    // occurred_at), UTC; invalid for sources that do not say (Alertmanager). Tells a
    // notice that was sent before a resolve and delivered after it from a real reopening.
    QDateTime observedAt;

    // Beyond firing and resolved, a sender that runs incidents of its own
    // (PagerDuty) reports what people did there, to be mirrored here.
    enum class Action {
        Report, // firing or resolved, as `resolved` says
        Acknowledge, // someone acknowledged it at the source; it still fires
        Annotate, // a note for the timeline of its incident; nothing else changes
    };
    Action action = Action::Report;
    QString note; // for Annotate, or said alongside Acknowledge
    QString actor; // who did it at the source ("Ana Lima"); empty when unknown

    QString severityWord() const { return labels.value(QStringLiteral("severity")); }
    QString summary() const;
    QString runbookUrl() const;
};

// An alert as the console keeps it: one row per firing episode of a
// fingerprint. Repeats of a firing alert bump `occurrences` and `lastSeen`.
struct Alert {
    qint64 id = 0;
    QString source;
    QString fingerprint;
    QString name;
    QString summary;
    QString service;
    Severity severity = Severity::Sev3;
    AlertStatus status = AlertStatus::Firing;
    AlertLabels labels;
    AlertLabels annotations;
    QDateTime startsAt;
    QDateTime endsAt;
    QDateTime firstSeen; // when the console first received it
    QDateTime lastSeen;
    int occurrences = 1;
    QString generatorUrl;
    QString runbookUrl;
    QString rule; // the rule that matched, if any
    QString correlationKey;
    qint64 incidentId = 0;
    QString incidentKey; // read with the alert, for display

    bool isOpen() const { return status != AlertStatus::Resolved; }
};
Q_DECLARE_METATYPE(Alert)

class AlertStatusNames {
    Q_DECLARE_TR_FUNCTIONS(AlertStatusNames)
public:
    static QString key(AlertStatus status); // "firing"
    static QString label(AlertStatus status); // translated
    static std::optional<AlertStatus> parse(QStringView key);
};

// Labels and annotations are stored and sent as flat JSON objects.
namespace AlertLabelsJson {
QString toJson(const AlertLabels& labels);
AlertLabels fromJson(const QByteArray& json);
}

// One request's worth of alerts from a sender. A sender that delivers at least
// once (PagerDuty) names each delivery; a delivery whose id was seen before is
// acknowledged and not applied again.
struct AlertDelivery {
    QList<AlertSignal> alerts;
    QString source; // whose delivery ids these are
    QString deliveryId; // empty: the sender gives none
};

// What one delivery did, as its sender and the receiver's status view see it.
struct AlertIngestReport {
    bool duplicate = false; // a delivery id seen before: nothing was applied
    int received = 0;
    int acknowledged = 0;
    int annotated = 0;
    int created = 0; // new alert rows
    // Repeats of an alert already open, and late notices about an episode already over
    // (a firing sent before its resolve, delivered after it): neither changes anything.
    int deduplicated = 0;
    int resolved = 0;
    int incidentsOpened = 0;
    int incidentsJoined = 0; // alerts linked to an incident that was already open
    int incidentsResolved = 0;
    QStringList incidentKeys; // every incident the delivery touched
};
