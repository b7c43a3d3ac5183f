#pragma once

#include "models/domain/clock.h"
#include "models/domain/postincidentreview.h"

#include <QDockWidget>
#include <QTimer>

class ActionItemModel;
class QChartView;
class AsyncIncidentStore;
class LoadWhenShown;
class QCheckBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class ReviewListModel;

// What the reviews ask of people, across every incident: reviews due and
// overdue, and every action item with its owner and deadline (overdue red,
// due soon amber), sortable and filterable. Its search looks through the
// words of every review — the knowledge base of past incidents and their lessons.
// Its Trends tab charts incidents per month by root cause and by service.
class ReviewTrackerDock final : public QDockWidget {
    Q_OBJECT
public:
    ReviewTrackerDock(AsyncIncidentStore* store, const Clock* clock, QWidget* parent = nullptr);

    ReviewListModel* reviews() const { return m_reviews; }
    ActionItemModel* actionItems() const { return m_actions; }
    QSortFilterProxyModel* actionFilter() const { return m_actionFilter; }
    QLineEdit* search() const { return m_search; }
    void reload();

Q_SIGNALS:
    void incidentRequested(qint64 incidentId);

private:
    void updateSummary();
    void showTrends(const IncidentTrends& trends);

    AsyncIncidentStore* m_store;
    ReviewListModel* m_reviews;
    ActionItemModel* m_actions;
    QSortFilterProxyModel* m_actionFilter;
    QLineEdit* m_search;
    QCheckBox* m_openOnly;
    QLabel* m_summary;
    QTableView* m_reviewView;
    QTableView* m_actionView;
    QChartView* m_byCause = nullptr;
    QChartView* m_byService = nullptr;
    IncidentTrends m_trends;
    QTimer m_refresh;
    LoadWhenShown* m_shown;
};
