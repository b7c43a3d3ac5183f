#pragma once

#include "models/domain/clock.h"
#include "models/domain/healthreading.h"
#include "models/domain/pollstate.h"
#include "models/domain/responsemetrics.h"
#include "models/domain/statistics.h"
#include "models/rules/statisticsconfig.h"
#include "models/store/storeresult.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QTimer>
#include <QWidget>

class AlertListModel;
class AsyncIncidentStore;
class HealthTile;
class IncidentListModel;
class QChartView;
class QGridLayout;
class QLabel;
class QStackedWidget;
class QTableView;
class QAbstractItemModel;
class QVBoxLayout;

// `incident-console --wall`: the NOC's wall screen. Full screen, read-only,
// dark and high-contrast, type sized to the screen so that it reads from five
// metres. It rotates through the views the settings name — active incidents by
// severity with their age and commander, the live alert stream, the health
// tiles, the response charts — and says plainly when its data is stale or a
// part of it is in trouble, recovering by itself when the trouble passes.
// Against burn-in, the whole picture drifts a few pixels every minute and no
// bright area stays put.
class WallWindow final : public QWidget {
    Q_OBJECT
public:
    WallWindow(AsyncIncidentStore* store, const Clock* clock, const StatisticsConfig& config,
        QWidget* parent = nullptr);

    // What the window knows from outside the store.
    void setPollStates(const QList<PollState>& states);
    void setReceiverStatus(const QString& text, bool healthy, const QString& detail);
    void setHealth(const QList<HealthReading>& readings);

    // For tests and the keyboard: the views, and moving between them.
    QStringList viewNames() const;
    int currentView() const;
    void showView(int index);
    void nextView();
    // The banner's text; empty when all is well.
    QString bannerText() const;
    bool isStale() const { return m_stale; }
    // Looks at how fresh the data is now (also done on a timer).
    void checkFreshness();
    // What the freshness check heard from the store: a failure puts the database's trouble on the
    // banner; the next answer clears it and has every view look again.
    void storeAnswered(const StoreResult<AlertStatistics>& stats);
    // The drift against burn-in, in pixels from the centre.
    QPoint drift() const { return m_drift; }
    void stepDrift();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    // The views, in the order of WallConfig::knownViews().
    enum class View { Incidents, Alerts, Health, Charts };
    // A list of records from `model`, its severity as a badge, `stretch` taking the room left.
    QTableView* recordsView(const QString& name, QAbstractItemModel* model, int severityColumn,
        int severityRole, const QList<int>& hidden, int stretch);
    QWidget* healthView();
    QWidget* chartsView();
    void applyDrift();
    void loadCharts();
    void updateBanner();
    void updateHeader();
    void applyTypeSizes();

    AsyncIncidentStore* m_store;
    const Clock* m_clock;
    StatisticsConfig m_config;
    IncidentListModel* m_incidents;
    AlertListModel* m_alerts;
    QVBoxLayout* m_outer;
    QLabel* m_title;
    QLabel* m_viewName;
    QLabel* m_clockLabel;
    QLabel* m_banner;
    QLabel* m_footer;
    QStackedWidget* m_stack;
    QList<View> m_views;
    QList<QTableView*> m_tables;
    QGridLayout* m_healthGrid = nullptr;
    QWidget* m_healthArea = nullptr;
    QList<HealthTile*> m_tiles;
    QList<QChartView*> m_charts;
    QTimer m_rotate;
    QTimer m_tick;
    QTimer m_drifting;
    QPoint m_drift;
    int m_driftStep = 0;

    QList<PollState> m_polls;
    QString m_receiverProblem;
    QString m_storeProblem;
    QDateTime m_lastDelivery; // newest alert notification the store holds
    QDateTime m_freshest; // newest delivery or successful poll; invalid when none yet
    QDateTime m_startedAt;
    bool m_stale = false;
    qint64 m_staleFor = 0; // seconds
};
