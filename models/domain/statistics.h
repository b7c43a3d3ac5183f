#pragma once

#include "models/domain/alert.h"
#include "models/domain/lifecycle.h"
#include "models/domain/severity.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

// What the alert stream holds, counted by the store: for GET /stats/alerts and /metrics.
struct AlertStatistics {
    qint64 alerts = 0; // rows: one per firing episode of a fingerprint
    qint64 notifications = 0; // every firing or resolved notice received, repeats included
    QMap<AlertStatus, qint64> byStatus;
    QMap<Severity, qint64> bySeverity;
    QMap<QString, qint64> bySource; // alerts
    QMap<QString, qint64> notificationsBySource;
    QMap<QString, QDateTime> lastReceivedBySource;
    qint64 firstSeenSince = 0; // alerts first seen at or after `since`
    QDateTime since;
    QDateTime lastReceived; // invalid when there are none
    QList<QPair<QString, qint64>> noisiest; // alert names by notifications, most first
};

// A cumulative histogram in Prometheus's sense: counts[i] is how many values were <= bounds[i].
struct DurationHistogram {
    QList<qint64> boundsSeconds;
    QList<qint64> counts;
    qint64 count = 0; // all values (the +Inf bucket)
    double sumSeconds = 0;
};

// What the incidents say about the response: for GET /stats/incidents and /metrics.
struct IncidentStatistics {
    qint64 incidents = 0;
    qint64 active = 0;
    qint64 resolved = 0; // ever reached resolved (resolved or closed now)
    // Times an incident reached resolved, a reopened one each time again: a counter, it never goes
    // down (incidents_resolved_total), where `resolved` drops when an incident is reopened.
    qint64 resolutions = 0;
    QMap<IncidentStatus, qint64> byStatus;
    QMap<Severity, qint64> bySeverity;
    qint64 acknowledged = 0; // ever acknowledged
    double meanSecondsToDetect = 0; // detection to declaration (see domain/responsemetrics.h)
    double meanSecondsToAcknowledge = 0; // detection to acknowledgement, over those acknowledged
    double meanSecondsToResolve = 0; // detection to resolution, over those resolved
    qint64 responseTargetsMet = 0; // acknowledged by their response deadline
    qint64 responseTargetsMissed = 0; // acknowledged late, or still not acknowledged past it
    DurationHistogram resolution;

    // The histogram's default buckets: one minute to a week.
    static QList<qint64> defaultResolutionBounds();
};
