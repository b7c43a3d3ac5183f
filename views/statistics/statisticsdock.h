#pragma once

#include "models/domain/clock.h"
#include "models/domain/responsemetrics.h"
#include "models/rules/statisticsconfig.h"

#include <QDockWidget>
#include <QList>

class AsyncIncidentStore;
class LoadWhenShown;
class QChart;
class QChartView;
class QComboBox;
class ServiceChoice;
class QLabel;
class SeverityToggles;

// How the response is going: MTTD, MTTA, MTTR and MTBF per week or month
// against their goals, incidents by severity, type and service, alert volume
// by source, the noisiest alerts and target compliance. Every figure is a
// query in the store; a click on a bar or a point lists the incidents behind it.
// It loads only while it can be seen, and again when incidents change.
class StatisticsDock final : public QDockWidget {
    Q_OBJECT
public:
    StatisticsDock(AsyncIncidentStore* store, const Clock* clock, const StatisticsConfig& config,
        QWidget* parent = nullptr);

    void setConfig(const StatisticsConfig& config);
    // Asks the store again (if shown; otherwise when next shown).
    void reload();
    // The request the current choices make.
    MetricsRequest request() const;
    const ResponseMetrics& metrics() const { return m_metrics; }
    QList<QChartView*> chartViews() const { return m_views; }

Q_SIGNALS:
    void incidentRequested(qint64 incidentId);
    void reportRequested();
    // The figures on screen changed (after a load).
    void loaded();

private:
    // `filter`: what the figures were asked for, which a drill-down narrows further.
    void showMetrics(const ResponseMetrics& metrics, const MetricsFilter& filter);
    void drillDown(const MetricsDrillDown& drill);
    void setChart(int index, QChart* chart);
    void updateHeadlines();

    AsyncIncidentStore* m_store;
    const Clock* m_clock;
    StatisticsConfig m_config;
    QComboBox* m_period;
    SeverityToggles* m_severities;
    ServiceChoice* m_service;
    QList<QLabel*> m_headlines;
    QList<QChartView*> m_views;
    ResponseMetrics m_metrics;
    LoadWhenShown* m_shown;
    int m_loads = 0; // answers still to come; the newest wins
};
