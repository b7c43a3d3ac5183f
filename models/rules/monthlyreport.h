#pragma once

#include "models/domain/postincidentreview.h"
#include "models/domain/responsemetrics.h"
#include "models/rules/statisticsconfig.h"
#include "models/store/storeresult.h"

#include <QCoreApplication>
#include <QString>

class IncidentStore;

// The monthly incident report of the incident-response document (seed 004):
// incidents per severity, MTTD, MTTA and MTTR against the month before and the
// goals, target compliance ("resolved within SLA"), the busiest services and
// alerts, and the improvements made (action items done in the month).
class MonthlyReport {
    Q_DECLARE_TR_FUNCTIONS(MonthlyReport)
public:
    static constexpr int kTrendMonths = 6;

    // Reads the month's figures from the store.
    static StoreResult<MonthlyReport> load(
        IncidentStore& store, int year, int month, const ResponseGoals& goals);
    // "2026-11" → year and month; false if it is not one.
    static bool parseMonth(const QString& text, int* year, int* month);

    QString title() const;
    QString monthName() const; // "November 2026"
    QString markdown() const;
    // The report as HTML; a chart is an <img> whose source is chartSource(name), for a writer that draws
    // them.
    QString html(const QStringList& charts) const;
    static QString chartSource(const QString& name) { return QStringLiteral("chart://") + name; }

    const ResponseMetrics& month() const { return m_month; }
    const ResponseMetrics& trend() const { return m_trend; } // the last kTrendMonths months, this one last
    const ResponseTimes& current() const { return m_trend.trend.last(); }
    const ResponseTimes& previous() const { return m_trend.trend.at(m_trend.trend.size() - 2); }
    const ResponseGoals& goals() const { return m_goals; }
    const QList<TrackedActionItem>& improvements() const { return m_improvements; }

    // One line per figure that moved against the previous month ("… improved by 15 % vs. October").
    QStringList trendSentences() const;

private:
    struct Row {
        QString metric;
        QString current;
        QString previous;
        QString change;
        QString goal;
    };
    QList<Row> responseRows() const;
    QString previousMonthName() const;
    QStringList serviceLines() const;
    QStringList alertLines() const;
    // Per severity: its code, incidents, acknowledged in time, resolved within SLA.
    QList<QStringList> targetRows() const;
    // The action items done in the month, one line each (none: empty).
    QStringList improvementLines() const;

    ResponseMetrics m_month; // the month as one bucket: breakdowns
    ResponseMetrics m_trend;
    ResponseGoals m_goals;
    QList<TrackedActionItem> m_improvements;
};
