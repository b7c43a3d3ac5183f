#include "views/wall/wallwindow.h"

#include "models/domain/timeformat.h"
#include "models/itemmodels/alertlistmodel.h"
#include "models/itemmodels/incidentlistmodel.h"
#include "models/store/asyncincidentstore.h"
#include "views/common/severitybadgedelegate.h"
#include "views/common/storerefresh.h"
#include "views/common/walltheme.h"
#include "views/health/healthtile.h"
#include "views/statistics/metricscharts.h"

#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace {
constexpr int kFreshnessMs = 15000;
constexpr int kDriftMs = 60000;
constexpr int kChartsMs = 5 * 60 * 1000;
constexpr int kChartsAfterChangeMs = 20000;
constexpr int kChartWeeks = 12;
constexpr int kDriftPixels = 6;

const QColor kStaleBanner(0xb7, 0x1c, 0x1c);
const QColor kTroubleBanner(0x8a, 0x5a, 0x00);

QString ago(qint64 seconds)
{
    return WallWindow::tr("%1 ago").arg(TimeFormat::duration(std::max<qint64>(0, seconds)));
}
}

WallWindow::WallWindow(
    AsyncIncidentStore* store, const Clock* clock, const StatisticsConfig& config, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_clock(clock)
    , m_config(config)
    , m_incidents(new IncidentListModel(store, clock, this))
    , m_alerts(new AlertListModel(store, clock, this))
    , m_outer(new QVBoxLayout(this))
    , m_title(new QLabel(tr("Incident Console"), this))
    , m_viewName(new QLabel(this))
    , m_clockLabel(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_footer(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_startedAt(clock->nowUtc())
{
    setObjectName(QStringLiteral("wallWindow"));
    setWindowTitle(tr("Incident Console — wall"));
    setPalette(WallTheme::palette());
    setAutoFillBackground(true);
    setCursor(Qt::BlankCursor); // nobody points at a wall

    auto* header = new QHBoxLayout;
    m_title->setObjectName(QStringLiteral("wallTitle"));
    m_viewName->setObjectName(QStringLiteral("wallViewName"));
    m_viewName->setAlignment(Qt::AlignCenter);
    m_clockLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_title->setStyleSheet(QStringLiteral("color: %1").arg(WallTheme::dim().name()));
    header->addWidget(m_title, 1);
    header->addWidget(m_viewName, 2);
    header->addWidget(m_clockLabel, 1);
    m_outer->addLayout(header);
    m_banner->setObjectName(QStringLiteral("wallBanner"));
    m_banner->setTextFormat(Qt::PlainText); // it may quote what a sender or a service wrote
    m_banner->setWordWrap(true);
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setAutoFillBackground(true);
    m_banner->hide();
    m_outer->addWidget(m_banner);
    m_outer->addWidget(m_stack, 1);
    m_footer->setObjectName(QStringLiteral("wallFooter"));
    m_footer->setAlignment(Qt::AlignCenter);
    m_footer->setStyleSheet(QStringLiteral("color: %1").arg(WallTheme::dim().name()));
    m_outer->addWidget(m_footer);

    for (const QString& key : m_config.wall.views) {
        // Only known views come here: the settings refuse any other name.
        const auto view = static_cast<View>(WallConfig::knownViews().indexOf(key));
        switch (view) {
        case View::Incidents:
            m_stack->addWidget(recordsView(QStringLiteral("wallIncidents"), m_incidents,
                IncidentListModel::SeverityColumn, IncidentListModel::SeverityRole,
                { IncidentListModel::ServiceColumn, IncidentListModel::EnvironmentColumn,
                    IncidentListModel::ResponseColumn },
                IncidentListModel::TitleColumn));
            break;
        case View::Alerts:
            m_stack->addWidget(recordsView(QStringLiteral("wallAlerts"), m_alerts,
                AlertListModel::SeverityColumn, AlertListModel::SeverityRole,
                { AlertListModel::SourceColumn, AlertListModel::IncidentColumn, AlertListModel::NameColumn },
                AlertListModel::SummaryColumn));
            break;
        case View::Health:
            m_stack->addWidget(healthView());
            break;
        case View::Charts:
            m_stack->addWidget(chartsView());
            break;
        }
        m_views.append(view);
    }
    IncidentQuery query;
    query.filter = IncidentFilter::activeOnly();
    query.sort = { IncidentSortKey::Severity, Qt::AscendingOrder };
    m_incidents->setQuery(query);
    m_alerts->setFilter(AlertFilter::open());
    m_alerts->sort(AlertListModel::LastSeenColumn, Qt::DescendingOrder);
    // The header shows how many there are: it follows the counts, which change after the rows do.
    for (PagedTableSignals* model :
        { static_cast<PagedTableSignals*>(m_incidents), static_cast<PagedTableSignals*>(m_alerts) })
        connect(model, &PagedTableSignals::totalCountChanged, this, &WallWindow::updateHeader);

    m_rotate.setInterval(m_config.wall.rotateSeconds * 1000);
    connect(&m_rotate, &QTimer::timeout, this, &WallWindow::nextView);
    m_rotate.start();
    m_tick.setInterval(kFreshnessMs);
    connect(&m_tick, &QTimer::timeout, this, &WallWindow::checkFreshness);
    m_tick.start();
    m_drifting.setInterval(kDriftMs);
    connect(&m_drifting, &QTimer::timeout, this, &WallWindow::stepDrift);
    m_drifting.start();
    // New and resolved incidents move the charts: redraw once a burst of changes has settled.
    new StoreRefresh(
        m_store, kChartsMs, kChartsAfterChangeMs, [this] { loadCharts(); }, this);
    applyDrift();
    showView(0);
    loadCharts();
    checkFreshness();
}

QTableView* WallWindow::recordsView(const QString& name, QAbstractItemModel* model, int severityColumn,
    int severityRole, const QList<int>& hidden, int stretch)
{
    auto* view = new QTableView(this);
    view->setObjectName(name);
    view->setModel(model);
    view->setItemDelegate(new SeverityBadgeDelegate(severityColumn, severityRole, view));
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionMode(QAbstractItemView::NoSelection);
    view->setFocusPolicy(Qt::NoFocus);
    view->setShowGrid(false);
    view->setAlternatingRowColors(true);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setFrameShape(QFrame::NoFrame);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    view->setWordWrap(false);
    for (int column : hidden)
        view->hideColumn(column);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    m_tables.append(view);
    return view;
}

QWidget* WallWindow::healthView()
{
    m_healthArea = new QWidget(this);
    m_healthArea->setObjectName(QStringLiteral("wallHealth"));
    m_healthGrid = new QGridLayout(m_healthArea);
    m_healthGrid->setSpacing(12);
    auto* empty = new QLabel(
        tr("No health tiles: set a Prometheus address and tiles in statistics.json."), m_healthArea);
    empty->setObjectName(QStringLiteral("wallHealthEmpty"));
    empty->setAlignment(Qt::AlignCenter);
    m_healthGrid->addWidget(empty, 0, 0);
    return m_healthArea;
}

QWidget* WallWindow::chartsView()
{
    auto* area = new QWidget(this);
    area->setObjectName(QStringLiteral("wallCharts"));
    auto* grid = new QGridLayout(area);
    for (int i = 0; i < 3; ++i) {
        auto* view = new QChartView(area);
        view->setRenderHint(QPainter::Antialiasing);
        view->setFrameShape(QFrame::NoFrame);
        view->setBackgroundBrush(WallTheme::background());
        view->setChart(new QChart);
        grid->addWidget(view, 0, i);
        m_charts.append(view);
    }
    return area;
}

void WallWindow::loadCharts()
{
    if (m_charts.isEmpty())
        return;
    MetricsRequest request;
    request.buckets = MetricsCalendar::lastBuckets(MetricsGranularity::Week, kChartWeeks, m_clock->nowUtc());
    request.resolutionTargets = m_config.goals.resolutionSeconds;
    m_store->run<StoreResult<ResponseMetrics>>(
        this, [request](IncidentStore& store) { return store.figures().responseMetrics(request); },
        [this](const StoreResult<ResponseMetrics>& metrics) {
            if (!metrics)
                return; // the freshness check reports a store in trouble
            const qreal scale = std::max<qreal>(1.4, height() / 480.0);
            const QList<QChart*> charts { MetricsCharts::detectAndAcknowledge(*metrics, m_config.goals, {}),
                MetricsCharts::incidentsBySeverity(*metrics, {}), MetricsCharts::compliance(*metrics, {}) };
            for (qsizetype i = 0; i < charts.size(); ++i) {
                MetricsCharts::styleForWall(charts.at(i), scale);
                QChart* old = m_charts.at(i)->chart();
                m_charts.at(i)->setChart(charts.at(i));
                delete old;
            }
        });
}

QStringList WallWindow::viewNames() const
{
    QStringList names;
    for (View view : m_views) {
        switch (view) {
        case View::Incidents:
            names.append(tr("Active incidents"));
            break;
        case View::Alerts:
            names.append(tr("Alert stream"));
            break;
        case View::Health:
            names.append(tr("System health"));
            break;
        case View::Charts:
            names.append(tr("Response this quarter"));
            break;
        }
    }
    return names;
}

int WallWindow::currentView() const
{
    return m_stack->currentIndex();
}

void WallWindow::showView(int index)
{
    if (m_stack->count() == 0)
        return;
    m_stack->setCurrentIndex((index % m_stack->count() + m_stack->count()) % m_stack->count());
    updateHeader();
}

void WallWindow::nextView()
{
    showView(currentView() + 1);
}

void WallWindow::updateHeader()
{
    QString title = viewNames().value(currentView());
    if (m_views.value(currentView()) == View::Incidents)
        title = tr("Active incidents (%1)").arg(m_incidents->totalCount());
    else if (m_views.value(currentView()) == View::Alerts)
        title = tr("Open alerts (%1)").arg(m_alerts->totalCount());
    m_viewName->setText(title);
    m_clockLabel->setText(
        QLocale().toString(m_clock->nowUtc().toLocalTime().time(), QStringLiteral("HH:mm")));
    // Where the rotation is: one mark per view, the current one filled.
    QStringList marks;
    for (int i = 0; i < m_stack->count(); ++i)
        marks.append(i == currentView() ? QStringLiteral("●") : QStringLiteral("○"));
    m_footer->setText(marks.join(QLatin1Char(' ')) + QStringLiteral("    ")
        + (m_lastDelivery.isValid()
                ? tr("last alert received %1").arg(ago(m_lastDelivery.secsTo(m_clock->nowUtc())))
                : tr("no alert received yet")));
}

void WallWindow::setPollStates(const QList<PollState>& states)
{
    m_polls = states;
    checkFreshness();
}

void WallWindow::setReceiverStatus(const QString& text, bool healthy, const QString& detail)
{
    m_receiverProblem = healthy ? QString() : (detail.isEmpty() ? text : tr("%1: %2").arg(text, detail));
    updateBanner();
}

void WallWindow::setHealth(const QList<HealthReading>& readings)
{
    if (!m_healthGrid)
        return;
    if (m_tiles.size() != readings.size()) {
        qDeleteAll(m_tiles);
        m_tiles.clear();
        if (QWidget* empty = m_healthArea->findChild<QWidget*>(QStringLiteral("wallHealthEmpty")))
            empty->setVisible(readings.isEmpty());
        const int columns = readings.size() <= 4 ? 2 : 3;
        for (qsizetype i = 0; i < readings.size(); ++i) {
            auto* tile = new HealthTile(m_healthArea);
            tile->setDark(true);
            tile->setObjectName(QStringLiteral("wallTile%1").arg(i));
            m_healthGrid->addWidget(tile, static_cast<int>(i) / columns, static_cast<int>(i) % columns);
            m_tiles.append(tile);
        }
        applyTypeSizes();
    }
    for (qsizetype i = 0; i < readings.size(); ++i)
        m_tiles.at(i)->setReading(readings.at(i));
}

void WallWindow::checkFreshness()
{
    m_store->run<StoreResult<AlertStatistics>>(
        this,
        [since = m_clock->nowUtc()](
            IncidentStore& store) { return store.figures().alertStatistics(since, 0); },
        [this](const StoreResult<AlertStatistics>& stats) { storeAnswered(stats); });
}

void WallWindow::storeAnswered(const StoreResult<AlertStatistics>& stats)
{
    const bool recovered = stats && !m_storeProblem.isEmpty();
    m_storeProblem = stats ? QString() : stats.error();
    if (stats)
        m_lastDelivery = stats->lastReceived;
    if (recovered) {
        // The lists may have missed changes while the store was away: a fresh look.
        m_incidents->reload();
        m_alerts->reload();
        loadCharts();
    }
    // Fresh when an alert arrived or a poll succeeded within the limit.
    m_freshest = m_lastDelivery;
    for (const PollState& poll : std::as_const(m_polls))
        m_freshest = std::max(m_freshest, poll.lastSuccess);
    const QDateTime now = m_clock->nowUtc();
    const qint64 limit = qint64(m_config.wall.staleMinutes) * 60;
    m_staleFor = (m_freshest.isValid() ? m_freshest : m_startedAt).secsTo(now);
    m_stale = m_staleFor >= limit;
    updateBanner();
    updateHeader();
}

QString WallWindow::bannerText() const
{
    return m_banner->text();
}

void WallWindow::updateBanner()
{
    QStringList lines;
    if (!m_storeProblem.isEmpty())
        lines.append(tr("THE DATABASE IS NOT ANSWERING — %1 — trying again every %2 s")
                         .arg(m_storeProblem)
                         .arg(kFreshnessMs / 1000));
    if (m_stale) {
        lines.append(m_freshest.isValid()
                ? tr("DATA IS STALE — no alert delivery or successful poll for %1")
                      .arg(TimeFormat::duration(m_staleFor))
                : tr("DATA IS STALE — no alert delivery or successful poll since the wall started (%1)")
                      .arg(ago(m_staleFor)));
    }
    if (!m_receiverProblem.isEmpty())
        lines.append(tr("RECEIVER DOWN — %1 — retrying").arg(m_receiverProblem));
    m_banner->setText(lines.join(QLatin1Char('\n')));
    QPalette palette = m_banner->palette();
    palette.setColor(QPalette::Window, m_stale || !m_storeProblem.isEmpty() ? kStaleBanner : kTroubleBanner);
    palette.setColor(QPalette::WindowText, Qt::white);
    m_banner->setPalette(palette);
    m_banner->setVisible(!lines.isEmpty());
}

void WallWindow::stepDrift()
{
    // Nine places on a small circle, one a minute: every edge moves, nothing stays lit in one spot.
    ++m_driftStep;
    const double angle = (m_driftStep % 8) * M_PI / 4;
    m_drift = m_driftStep % 9 == 0
        ? QPoint(0, 0)
        : QPoint(qRound(kDriftPixels * std::cos(angle)), qRound(kDriftPixels * std::sin(angle)));
    applyDrift();
}

void WallWindow::applyDrift()
{
    const int base = kDriftPixels + 8;
    m_outer->setContentsMargins(
        base + m_drift.x(), base + m_drift.y(), base - m_drift.x(), base - m_drift.y());
}

void WallWindow::applyTypeSizes()
{
    // Sized by the screen: on 1080 lines, body type 30 px high reads from five metres.
    const int body = std::max(16, height() / 36);
    QFont base = font();
    base.setPixelSize(body);
    for (QTableView* view : std::as_const(m_tables)) {
        view->setFont(base);
        view->verticalHeader()->setDefaultSectionSize(qRound(body * 1.9));
        // A style sheet, since the header's style ignores its palette; the size with it, since a sheet
        // overrides setFont.
        view->horizontalHeader()->setStyleSheet(
            QStringLiteral("QHeaderView::section { background: %1; color: %2; border: none; padding: 4px; "
                           "font-size: %3px; }")
                .arg(WallTheme::panel().name(), WallTheme::dim().name())
                .arg(qRound(body * 0.7)));
    }
    QFont big = base;
    big.setPixelSize(qRound(body * 1.4));
    big.setBold(true);
    m_viewName->setFont(big);
    m_clockLabel->setFont(big);
    QFont small = base;
    small.setPixelSize(qRound(body * 0.8));
    m_title->setFont(small);
    m_footer->setFont(small);
    QFont banner = base;
    banner.setBold(true);
    m_banner->setFont(banner);
    QFont tileFont = base;
    tileFont.setPixelSize(qRound(body * 0.9));
    for (HealthTile* tile : std::as_const(m_tiles)) {
        tile->setFont(tileFont);
        tile->setScale(1.3);
    }
    if (QWidget* empty
        = m_healthArea ? m_healthArea->findChild<QWidget*>(QStringLiteral("wallHealthEmpty")) : nullptr)
        empty->setFont(base);
}

void WallWindow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    applyTypeSizes();
}

void WallWindow::keyPressEvent(QKeyEvent* event)
{
    // Read-only: the keys only move between views or leave.
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Space:
        nextView();
        m_rotate.start();
        return;
    case Qt::Key_Left:
        showView(currentView() - 1);
        m_rotate.start();
        return;
    case Qt::Key_Escape:
        if (isFullScreen())
            showNormal();
        return;
    case Qt::Key_F11:
        isFullScreen() ? showNormal() : showFullScreen();
        return;
    default:
        break;
    }
    if (event->matches(QKeySequence::Quit) || event->matches(QKeySequence::Close)) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}
