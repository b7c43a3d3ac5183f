#pragma once

#include "models/domain/responsemetrics.h"
#include "models/rules/statisticsconfig.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>

class QChart;

// The charts of the response metrics, built one way for every place that
// shows them: the statistics dock, the wall display and the monthly report's
// PDF. A chart is handed to its caller, who owns it.
class MetricsCharts {
    Q_DECLARE_TR_FUNCTIONS(MetricsCharts)
public:
    // Called with what a clicked bar or point stands for; empty: charts do not answer clicks.
    using DrillHandler = std::function<void(const MetricsDrillDown&)>;

    struct Band {
        QString name;
        QList<qreal> values; // one per category
        QColor colour = {}; // invalid: the theme's
    };
    // A bar per category, one band stacked on another; `onClick(band, category)` when given.
    static QChart* stackedBars(const QString& title, const QStringList& categories, const QList<Band>& bands,
        const std::function<void(int band, int category)>& onClick = {});
    // One horizontal bar per name, the largest on top.
    static QChart* rankedBars(const QString& title, const QList<QPair<QString, qint64>>& ranking,
        const std::function<void(int index)>& onClick = {});

    // MTTD and MTTA per bucket, with their goals as dashed lines.
    static QChart* detectAndAcknowledge(const ResponseMetrics& metrics, const ResponseGoals& goals,
        const MetricsFilter& filter, const DrillHandler& drill = {});
    static QChart* resolution(const ResponseMetrics& metrics, const ResponseGoals& goals,
        const MetricsFilter& filter, const DrillHandler& drill = {});
    static QChart* betweenFailures(
        const ResponseMetrics& metrics, const MetricsFilter& filter, const DrillHandler& drill = {});
    static QChart* incidentsBySeverity(
        const ResponseMetrics& metrics, const MetricsFilter& filter, const DrillHandler& drill = {});
    static QChart* incidentsByType(
        const ResponseMetrics& metrics, const MetricsFilter& filter, const DrillHandler& drill = {});
    static QChart* incidentsByService(
        const ResponseMetrics& metrics, const MetricsFilter& filter, const DrillHandler& drill = {});
    static QChart* alertVolume(const ResponseMetrics& metrics);
    static QChart* noisiestAlerts(const ResponseMetrics& metrics);
    // Per severity, the share of incidents that met their response and their resolution target.
    static QChart* compliance(
        const ResponseMetrics& metrics, const MetricsFilter& filter, const DrillHandler& drill = {});

    // Light for the dock and paper, dark and large for the wall.
    static void styleForWall(QChart* chart, qreal scale);

    // The unit that keeps the figures readable: minutes, hours or days, chosen by the largest.
    struct DurationUnit {
        double seconds;
        QString name;
    };
    static DurationUnit unitFor(double largestSeconds);
};
