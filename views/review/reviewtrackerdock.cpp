#include "views/review/reviewtrackerdock.h"

#include "models/itemmodels/actionitemmodel.h"
#include "models/itemmodels/reviewlistmodel.h"
#include "models/store/asyncincidentstore.h"
#include "views/common/loadwhenshown.h"
#include "views/common/recordtable.h"
#include "views/statistics/metricscharts.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <numeric>

namespace {
constexpr int kRefreshMs = 60000; // due and overdue move with the clock
constexpr int kListLimit = 500;
constexpr int kTrendMonths = 12;
constexpr int kServicesShown = 8; // the busiest; the rest as one "other services" band

// A stacked bar per month, a band per name, drawn as the statistics draw theirs.
QChart* stackedChart(
    const QString& title, const QStringList& months, const QList<QPair<QString, QList<int>>>& series)
{
    // "Nov 26" rather than "2026-11": twelve of them fit a narrow dock, upright.
    QStringList labels;
    for (const QString& month : months)
        labels.append(QLocale().toString(
            QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate), QStringLiteral("MMM yy")));
    QList<MetricsCharts::Band> bands;
    for (const auto& [name, counts] : series) {
        MetricsCharts::Band band { name, {}, {} };
        for (int count : counts)
            band.values.append(count);
        bands.append(band);
    }
    QChart* chart = MetricsCharts::stackedBars(title, labels, bands);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setVisible(true);
    return chart;
}

// Open items only (when asked), then the text in the action, its owner or its incident.
class ActionItemFilter final : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setOpenOnly(bool on)
    {
        m_openOnly = on;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        if (m_openOnly && !index.data(ActionItemModel::OpenRole).toBool())
            return false;
        const QRegularExpression pattern = filterRegularExpression();
        if (pattern.pattern().isEmpty())
            return true;
        for (int column : { ActionItemModel::ActionColumn, ActionItemModel::OwnerColumn,
                 ActionItemModel::IncidentColumn }) {
            if (sourceModel()->index(row, column, parent).data().toString().contains(pattern))
                return true;
        }
        return false;
    }

private:
    bool m_openOnly = true;
};
}

ReviewTrackerDock::ReviewTrackerDock(AsyncIncidentStore* store, const Clock* clock, QWidget* parent)
    : QDockWidget(tr("Reviews and actions"), parent)
    , m_store(store)
    , m_reviews(new ReviewListModel(clock, this))
    , m_actions(new ActionItemModel(clock, this))
    , m_actionFilter(new ActionItemFilter(this))
{
    setObjectName(QStringLiteral("ReviewTrackerDock"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    m_summary = new QLabel(content);
    m_summary->setObjectName(QStringLiteral("ReviewTrackerSummary"));
    layout->addWidget(m_summary);
    m_search = new QLineEdit(content);
    m_search->setObjectName(QStringLiteral("ReviewSearch"));
    m_search->setPlaceholderText(tr("Search every review and its lessons (e.g. connection pool)"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    auto* splitter = new QSplitter(Qt::Vertical, content);
    m_reviewView = new QTableView(splitter);
    m_reviewView->setObjectName(QStringLiteral("ReviewList"));
    m_reviewView->setModel(m_reviews);
    configureRecordTable(m_reviewView);
    m_reviewView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_reviewView->horizontalHeader()->setStretchLastSection(true);
    auto* actions = new QWidget(splitter);
    auto* actionLayout = new QVBoxLayout(actions);
    actionLayout->setContentsMargins(0, 0, 0, 0);
    auto* filterRow = new QHBoxLayout;
    auto* filter = new QLineEdit(actions);
    filter->setPlaceholderText(tr("Filter action items by text, owner or incident"));
    filter->setClearButtonEnabled(true);
    m_openOnly = new QCheckBox(tr("Open only"), actions);
    m_openOnly->setChecked(true);
    filterRow->addWidget(filter, 1);
    filterRow->addWidget(m_openOnly);
    actionLayout->addLayout(filterRow);
    m_actionFilter->setSourceModel(m_actions);
    m_actionFilter->setSortRole(ActionItemModel::SortRole);
    m_actionFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_actionView = new QTableView(actions);
    m_actionView->setObjectName(QStringLiteral("ActionItemList"));
    m_actionView->setModel(m_actionFilter);
    configureRecordTable(m_actionView);
    m_actionView->setSortingEnabled(true);
    m_actionView->sortByColumn(ActionItemModel::DeadlineColumn, Qt::AscendingOrder);
    m_actionView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_actionView->horizontalHeader()->setSectionResizeMode(
        ActionItemModel::ActionColumn, QHeaderView::Stretch);
    actionLayout->addWidget(m_actionView, 1);
    layout->addWidget(splitter, 1);
    auto* tabs = new QTabWidget(this);
    tabs->addTab(content, tr("Reviews and actions"));
    // Scrolled: the charts need height the dock's column may not have, and must not force the window taller.
    // Made when the tab is first opened: charts cost a good part of the window's start-up otherwise.
    auto* trendsScroll = new QScrollArea(tabs);
    trendsScroll->setWidgetResizable(true);
    trendsScroll->setFrameShape(QFrame::NoFrame);
    const int trendsTab = tabs->addTab(trendsScroll, tr("Trends"));
    connect(tabs, &QTabWidget::currentChanged, this, [this, trendsScroll, trendsTab](int index) {
        if (index != trendsTab || m_byCause)
            return;
        auto* trends = new QWidget(trendsScroll);
        auto* trendsLayout = new QVBoxLayout(trends);
        trendsLayout->setContentsMargins(4, 4, 4, 4);
        m_byCause = new QChartView(trends);
        m_byCause->setObjectName(QStringLiteral("TrendsByRootCause"));
        m_byService = new QChartView(trends);
        m_byService->setObjectName(QStringLiteral("TrendsByService"));
        for (QChartView* view : { m_byCause, m_byService }) {
            view->setRenderHint(QPainter::Antialiasing);
            view->setMinimumHeight(180);
            trendsLayout->addWidget(view, 1);
        }
        trendsScroll->setWidget(trends);
        showTrends(m_trends);
    });
    setWidget(tabs);

    connect(filter, &QLineEdit::textChanged, m_actionFilter, [this](const QString& text) {
        m_actionFilter->setFilterRegularExpression(
            QRegularExpression(QRegularExpression::escape(text), QRegularExpression::CaseInsensitiveOption));
    });
    connect(m_openOnly, &QCheckBox::toggled, this,
        [this](bool on) { static_cast<ActionItemFilter*>(m_actionFilter)->setOpenOnly(on); });
    connect(m_search, &QLineEdit::textChanged, this, &ReviewTrackerDock::reload);
    connect(m_reviewView, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT incidentRequested(index.data(ReviewListModel::IncidentIdRole).toLongLong());
    });
    connect(m_actionView, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT incidentRequested(index.data(ActionItemModel::IncidentIdRole).toLongLong());
    });
    connect(store, &AsyncIncidentStore::changed, this, [this](const StoreChanges& changes) {
        for (const StoreChange& change : changes) {
            // A review moved on, or an incident was declared or resolved (the trends and the reviews due
            // change).
            if (change.entry.kind == TimelineKind::Review || change.created
                || change.entry.kind == TimelineKind::StatusChanged) {
                reload();
                return;
            }
        }
    });
    m_shown = new LoadWhenShown(this, [this] { reload(); });
    m_refresh.setInterval(kRefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, &ReviewTrackerDock::reload);
    m_refresh.start();
    reload();
}

void ReviewTrackerDock::reload()
{
    // Behind another tab: load when shown. Its queries (the trends scan every incident
    // of a year) would otherwise queue before the triage's first page at start-up.
    if (!m_shown->canLoadNow())
        return;
    struct Loaded {
        StoreResult<QList<PostIncidentReview>> reviews;
        StoreResult<QList<TrackedActionItem>> actions;
        StoreResult<IncidentTrends> trends = IncidentTrends();
    };
    m_store->run<Loaded>(
        this,
        [search = m_search->text()](IncidentStore& store) {
            Loaded loaded { store.reviews().search(search, kListLimit), store.reviews().actionItems(),
                store.reviews().incidentTrends(
                    QDateTime::currentDateTimeUtc().addMonths(-kTrendMonths + 1)) };
            // Without a search, the reviews nobody has started come first: they are the most behind.
            if (search.trimmed().isEmpty() && loaded.reviews) {
                if (const StoreResult<QList<PostIncidentReview>> missing
                    = store.reviews().reviewsNotStarted(kListLimit);
                    missing)
                    loaded.reviews = *missing + *loaded.reviews;
            }
            return loaded;
        },
        [this, search = m_search->text()](const Loaded& loaded) {
            if (search != m_search->text())
                return; // typed on meanwhile: the newer search is on its way
            if (loaded.reviews)
                m_reviews->setReviews(*loaded.reviews);
            if (loaded.actions)
                m_actions->setItems(*loaded.actions);
            if (loaded.trends)
                showTrends(*loaded.trends);
            updateSummary();
        });
}

void ReviewTrackerDock::showTrends(const IncidentTrends& trends)
{
    m_trends = trends;
    if (!m_byCause)
        return; // drawn when the tab is opened
    QList<QPair<QString, QList<int>>> causes = trends.byRootCause;
    for (auto& [name, counts] : causes) {
        if (name.isEmpty())
            name = tr("Not yet known");
    }
    // The busiest services by name; the others summed, so that the chart stays readable.
    QList<QPair<QString, QList<int>>> services = trends.byService;
    std::sort(services.begin(), services.end(), [](const auto& a, const auto& b) {
        return std::accumulate(a.second.cbegin(), a.second.cend(), 0)
            > std::accumulate(b.second.cbegin(), b.second.cend(), 0);
    });
    if (services.size() > kServicesShown) {
        QList<int> others(trends.months.size(), 0);
        for (qsizetype i = kServicesShown; i < services.size(); ++i) {
            for (qsizetype m = 0; m < others.size(); ++m)
                others[m] += services.at(i).second.value(m);
        }
        services.resize(kServicesShown);
        services.append({ tr("Other services"), others });
    }
    for (auto& [name, counts] : services) {
        if (name.isEmpty())
            name = tr("No service");
    }
    for (QChartView* view : { m_byCause, m_byService }) {
        QChart* old = view->chart();
        view->setChart(view == m_byCause
                ? stackedChart(tr("Incidents per month by root cause"), trends.months, causes)
                : stackedChart(tr("Incidents per month by service"), trends.months, services));
        delete old;
    }
}

void ReviewTrackerDock::updateSummary()
{
    const int overdueReviews = m_reviews->overdue();
    const int overdueItems = m_actions->count(ActionItemModel::Due::Overdue);
    const int soonItems = m_actions->count(ActionItemModel::Due::Soon);
    m_summary->setText(m_search->text().isEmpty()
            ? tr("%n review(s), %1 overdue", nullptr, m_reviews->rowCount()).arg(overdueReviews)
                + QStringLiteral(" · ")
                + tr("action items: %1 overdue, %2 due within three days").arg(overdueItems).arg(soonItems)
            : tr("%n review(s) mention “%1”", nullptr, m_reviews->rowCount()).arg(m_search->text()));
    setWindowTitle(overdueReviews + overdueItems > 0
            ? tr("Reviews and actions · %n overdue", nullptr, overdueReviews + overdueItems)
            : tr("Reviews and actions"));
}
