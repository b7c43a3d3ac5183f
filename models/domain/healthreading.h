#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

// One tile of the system health overview: a Prometheus query and how to read it.
struct HealthTileSpec {
    enum class Change { Relative, Absolute };
    QString title;
    QString query;
    QString unit;
    qint64 baselineSeconds = 7 * 24 * 3600; // compared with the same query this long ago
    Change change = Change::Relative;
    bool higherIsWorse = true;
};

// What one health tile shows: its query's value now, the same query a
// baseline ago, the recent history for a sparkline, or why there is none.
struct HealthReading {
    HealthTileSpec spec;
    std::optional<double> value;
    std::optional<double> baseline;
    QList<QPointF> history; // x: seconds since the epoch, y: value
    QString error; // empty when the value was read
    QString note; // e.g. that the query gave several series and the first is shown
    QDateTime readAt; // UTC

    enum class Trend { Unknown, Better, Same, Worse };
    // The change against the baseline: per cent or in the unit, as the tile asks; nullopt without both
    // values.
    std::optional<double> change() const;
    Trend trend() const;
};

class HealthText {
    Q_DECLARE_TR_FUNCTIONS(HealthText)
public:
    static QString value(const HealthReading& reading); // "12.3 %", "1,247 req/min"
    static QString change(const HealthReading& reading); // "▲ 8.1 % from baseline"
};
