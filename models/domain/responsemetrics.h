#pragma once

#include "models/domain/classification.h"
#include "models/domain/severity.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

#include <array>
#include <optional>

// How incident response is measured. Every clock starts when the problem was
// first seen (the incident's detected time: the first alert's start, or the
// time a person gave when declaring):
//   MTTD  detected → declared in the console (how long the problem went unnoticed by people)
//   MTTA  detected → acknowledged
//   MTTR  detected → resolved
//   MTBF  the time the bucket has run / incidents detected in it: the mean time between
//         one incident's start and the next. Downtime is not subtracted: across many
//         services incidents overlap, and their summed durations can exceed the span.
// Response targets are the severity policy's; resolution targets are the metrics settings'.

// Periods are calendar weeks (Monday first) or months in local time.
enum class MetricsGranularity { Week, Month };

// One span of time, [from, to), in UTC, with the name people use for it.
struct MetricsBucket {
    QDateTime from;
    QDateTime to;
    QString label; // "2026-11", "W47 (16 Nov)" or "2026-11-24"
    bool contains(const QDateTime& utc) const { return from <= utc && utc < to; }
    bool operator==(const MetricsBucket&) const = default;
};

class MetricsCalendar {
    Q_DECLARE_TR_FUNCTIONS(MetricsCalendar)
public:
    // The `count` weeks or months that end with the one holding `now`, oldest first.
    static QList<MetricsBucket> lastBuckets(MetricsGranularity granularity, int count, const QDateTime& now);
    // One calendar month, local time.
    static MetricsBucket month(int year, int month);
    // The local calendar day `utc` falls in (23 or 25 hours long on the days clocks change).
    static MetricsBucket dayOf(const QDateTime& utc);
    static MetricsBucket bucketAt(MetricsGranularity granularity, const QDate& localDate);
};

// What narrows every figure: the severities and one service (empty: all).
struct MetricsFilter {
    QList<Severity> severities;
    QString service;
    bool operator==(const MetricsFilter&) const = default;
};

// The response figures of the incidents detected in one span of time.
struct ResponseTimes {
    qint64 incidents = 0;
    double mttdSeconds = 0;
    qint64 acknowledged = 0;
    double mttaSeconds = 0; // over those acknowledged
    qint64 resolved = 0;
    double mttrSeconds = 0; // over those resolved
    double mtbfSeconds = 0; // 0 without incidents
    qint64 responseMet = 0; // acknowledged by the response target
    qint64 responseMissed = 0; // acknowledged late, or not yet and past it
    qint64 resolutionMet = 0; // resolved within the resolution target
    qint64 resolutionMissed = 0; // resolved late, or not yet and past it
    qint64 rated = 0; // incidents customers rated
    double satisfaction = 0; // their mean rating, 1–5 (seed 004's customer satisfaction); 0 without any
    qint64 usersAffected = 0; // summed over the incidents whose impact is known

    // Percentages of those decided (met + missed); -1 when none is decided yet.
    double responseCompliance() const;
    double resolutionCompliance() const;
};

// How long an incident of each severity may take to resolve (seconds, SEV1 first).
using ResolutionTargets = std::array<qint64, 4>;

// What a statistics view asks the store for.
struct MetricsRequest {
    QList<MetricsBucket> buckets; // consecutive, oldest first
    MetricsFilter filter;
    ResolutionTargets resolutionTargets {};
    int topServices = 8;
    int noisiestAlerts = 10;
};

// Alert notifications received, per bucket and source.
struct AlertVolume {
    QStringList sources; // most first
    QList<QList<qint64>> perBucket; // [bucket][source index]
};

// Everything the statistics dock, the report and the wall draw, for the request's buckets.
struct ResponseMetrics {
    QList<MetricsBucket> buckets;
    QList<ResponseTimes> trend; // one per bucket
    ResponseTimes overall; // the whole span
    QMap<Severity, qint64> bySeverity;
    QList<QMap<Severity, qint64>> bySeverityPerBucket; // one per bucket
    QMap<Severity, ResponseTimes> complianceBySeverity;
    QList<QPair<IncidentType, qint64>> byType; // most first
    QList<QPair<QString, qint64>> byService; // most first; the rest summed under "" last if any
    qint64 otherServices = 0; // incidents of services beyond the top ones
    AlertVolume alertVolume;
    QList<QPair<QString, qint64>> noisiestAlerts; // alert names by notifications in the span, most first
};

// What a chart element stands for, so that a click on it lists the incidents behind it.
struct MetricsDrillDown {
    QDateTime from;
    QDateTime to;
    MetricsFilter filter; // narrowed further by the element (its severity or service)
    std::optional<IncidentType> type;
    QString title; // says what the list shows
};
