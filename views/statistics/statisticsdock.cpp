#include "views/statistics/statisticsdock.h"

#include "models/itemmodels/attentioncolours.h"
#include "models/store/asyncincidentstore.h"
#include "views/common/loadwhenshown.h"
#include "views/common/servicechoice.h"
#include "views/common/severitytoggles.h"
#include "views/common/storerefresh.h"
#include "views/statistics/drilldowndialog.h"
#include "views/statistics/metricscharts.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {
constexpr int kRefreshMs = 5 * 60 * 1000; // the current bucket's MTBF and compliance move with the clock
constexpr int kAfterChangeMs = 3000; // incidents change in bursts: count once they settle
constexpr int kDrillLimit = 500;
constexpr int kChartColumns = 3;
constexpr int kChartMinimumHeight = 260;

struct Period {
    MetricsGranularity granularity;
    int count;
    const char* label;
};
const Period kPeriods[] = {
    { MetricsGranularity::Week, 12, QT_TRANSLATE_NOOP("StatisticsDock", "Last 12 weeks") },
    { MetricsGranularity::Week, 26, QT_TRANSLATE_NOOP("StatisticsDock", "Last 26 weeks") },
    { MetricsGranularity::Month, 6, QT_TRANSLATE_NOOP("StatisticsDock", "Last 6 months") },
    { MetricsGranularity::Month, 12, QT_TRANSLATE_NOOP("StatisticsDock", "Last 12 months") },
    { MetricsGranularity::Month, 24, QT_TRANSLATE_NOOP("StatisticsDock", "Last 24 months") },
};

QString compactDuration(double seconds)
{
    const MetricsCharts::DurationUnit unit = MetricsCharts::unitFor(seconds);
    return QStringLiteral("%1 %2").arg(QLocale().toString(seconds / unit.seconds, 'f', 1), unit.name);
}

// Green when the figure keeps its goal, red when not; plain without a goal or a figure.
QString headline(const QString& name, const QString& value, std::optional<bool> good, const QString& goal)
{
    const QString colour = !good ? QStringLiteral("palette(text)")
                                 : (*good ? AttentionColours::met() : AttentionColours::overdue()).name();
    return QStringLiteral("<div style='font-size:small'>%1</div><div style='font-size:x-large; "
                          "font-weight:600; color:%2'>%3</div>"
                          "<div style='font-size:small'>%4</div>")
        .arg(name.toHtmlEscaped(), colour, value.toHtmlEscaped(), goal.toHtmlEscaped());
}
}

StatisticsDock::StatisticsDock(
    AsyncIncidentStore* store, const Clock* clock, const StatisticsConfig& config, QWidget* parent)
    : QDockWidget(tr("Statistics"), parent)
    , m_store(store)
    , m_clock(clock)
    , m_config(config)
    , m_period(new QComboBox(this))
    , m_severities(new SeverityToggles(QStringLiteral("statisticsSeverity"), this))
    , m_service(new ServiceChoice(QStringLiteral("statisticsService"), 14, this))
{
    setObjectName(QStringLiteral("statisticsDock"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);

    auto* bar = new QHBoxLayout;
    m_period->setObjectName(QStringLiteral("statisticsPeriod"));
    for (const Period& period : kPeriods)
        m_period->addItem(tr(period.label));
    m_period->setCurrentIndex(0);
    auto* periodLabel = new QLabel(tr("&Period:"), content);
    periodLabel->setBuddy(m_period);
    auto* report = new QPushButton(tr("Monthly &report…"), content);
    report->setObjectName(QStringLiteral("statisticsReport"));
    bar->addWidget(periodLabel);
    bar->addWidget(m_period);
    bar->addWidget(m_severities);
    bar->addWidget(m_service);
    bar->addStretch();
    bar->addWidget(report);
    layout->addLayout(bar);

    auto* headlines = new QHBoxLayout;
    for (int i = 0; i < 6; ++i) {
        auto* label = new QLabel(content);
        label->setTextFormat(Qt::RichText);
        label->setAlignment(Qt::AlignCenter);
        label->setObjectName(QStringLiteral("statisticsHeadline%1").arg(i));
        headlines->addWidget(label, 1);
        m_headlines.append(label);
    }
    layout->addLayout(headlines);

    auto* grid = new QWidget(content);
    auto* gridLayout = new QGridLayout(grid);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 9; ++i) {
        auto* view = new QChartView(grid);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(kChartMinimumHeight);
        view->setMinimumWidth(280);
        view->setChart(new QChart);
        gridLayout->addWidget(view, i / kChartColumns, i % kChartColumns);
        m_views.append(view);
    }
    auto* scroll = new QScrollArea(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(grid);
    layout->addWidget(scroll, 1);
    setWidget(content);

    connect(m_period, &QComboBox::currentIndexChanged, this, &StatisticsDock::reload);
    connect(m_severities, &SeverityToggles::changed, this, &StatisticsDock::reload);
    connect(m_service, &QComboBox::currentIndexChanged, this, &StatisticsDock::reload);
    connect(report, &QPushButton::clicked, this, &StatisticsDock::reportRequested);
    m_shown = new LoadWhenShown(this, [this] { reload(); });
    new StoreRefresh(
        m_store, kRefreshMs, kAfterChangeMs, [this] { reload(); }, this);
}

void StatisticsDock::setConfig(const StatisticsConfig& config)
{
    m_config = config;
    reload();
}

MetricsRequest StatisticsDock::request() const
{
    const Period& period = kPeriods[std::max(0, m_period->currentIndex())];
    MetricsRequest request;
    request.buckets = MetricsCalendar::lastBuckets(period.granularity, period.count, m_clock->nowUtc());
    request.filter.severities = m_severities->checked();
    request.filter.service = m_service->chosen();
    request.resolutionTargets = m_config.goals.resolutionSeconds;
    return request;
}

void StatisticsDock::reload()
{
    // Behind another tab: load when shown, so that its queries never queue before the triage's at start-up.
    if (!m_shown->canLoadNow())
        return;
    struct Loaded {
        StoreResult<ResponseMetrics> metrics;
        StoreResult<QStringList> services;
    };
    ++m_loads;
    const MetricsRequest asked = request();
    m_store->run<Loaded>(
        this,
        [asked](IncidentStore& store) {
            return Loaded { store.figures().responseMetrics(asked), store.incidents().services() };
        },
        [this, filter = asked.filter](const Loaded& loaded) {
            if (--m_loads > 0)
                return; // a newer choice is on its way
            if (loaded.services)
                m_service->setServices(*loaded.services);
            if (!loaded.metrics) {
                m_headlines.first()->setText(
                    tr("The statistics could not be read: %1").arg(loaded.metrics.error()).toHtmlEscaped());
                return;
            }
            showMetrics(*loaded.metrics, filter);
        });
}

void StatisticsDock::setChart(int index, QChart* chart)
{
    QChart* old = m_views.at(index)->chart();
    m_views.at(index)->setChart(chart);
    delete old;
}

void StatisticsDock::showMetrics(const ResponseMetrics& metrics, const MetricsFilter& filter)
{
    m_metrics = metrics;
    const auto drill = [this](const MetricsDrillDown& asked) { drillDown(asked); };
    const ResponseGoals& goals = m_config.goals;
    setChart(0, MetricsCharts::detectAndAcknowledge(metrics, goals, filter, drill));
    setChart(1, MetricsCharts::resolution(metrics, goals, filter, drill));
    setChart(2, MetricsCharts::betweenFailures(metrics, filter, drill));
    setChart(3, MetricsCharts::incidentsBySeverity(metrics, filter, drill));
    setChart(4, MetricsCharts::incidentsByType(metrics, filter, drill));
    setChart(5, MetricsCharts::incidentsByService(metrics, filter, drill));
    setChart(6, MetricsCharts::compliance(metrics, filter, drill));
    setChart(7, MetricsCharts::alertVolume(metrics));
    setChart(8, MetricsCharts::noisiestAlerts(metrics));
    updateHeadlines();
    Q_EMIT loaded();
}

void StatisticsDock::updateHeadlines()
{
    const ResponseTimes& overall = m_metrics.overall;
    const ResponseGoals& goals = m_config.goals;
    const auto timed
        = [](qint64 count, double seconds) { return count > 0 ? compactDuration(seconds) : tr("no data"); };
    const auto keeps = [](qint64 count, double seconds, qint64 goal) {
        return count > 0 ? std::optional<bool>(seconds <= static_cast<double>(goal)) : std::nullopt;
    };
    const auto share = [](double percent) {
        return percent < 0 ? tr("no data") : QStringLiteral("%1 %").arg(QLocale().toString(percent, 'f', 0));
    };
    m_headlines[0]->setText(headline(tr("MTTD"), timed(overall.incidents, overall.mttdSeconds),
        keeps(overall.incidents, overall.mttdSeconds, goals.mttdSeconds),
        tr("goal %1").arg(compactDuration(goals.mttdSeconds))));
    m_headlines[1]->setText(headline(tr("MTTA"), timed(overall.acknowledged, overall.mttaSeconds),
        keeps(overall.acknowledged, overall.mttaSeconds, goals.mttaSeconds),
        tr("goal %1").arg(compactDuration(goals.mttaSeconds))));
    m_headlines[2]->setText(headline(tr("MTTR"), timed(overall.resolved, overall.mttrSeconds),
        keeps(overall.resolved, overall.mttrSeconds, goals.mttrSeconds),
        tr("goal %1").arg(compactDuration(goals.mttrSeconds))));
    m_headlines[3]->setText(headline(tr("MTBF"), timed(overall.incidents, overall.mtbfSeconds), std::nullopt,
        tr("%n incident(s)", nullptr, static_cast<int>(overall.incidents))));
    const double response = overall.responseCompliance();
    const double resolution = overall.resolutionCompliance();
    m_headlines[4]->setText(headline(tr("Acknowledged in time"), share(response),
        response < 0 ? std::nullopt : std::optional<bool>(response >= 90),
        tr("of %n decided", nullptr, static_cast<int>(overall.responseMet + overall.responseMissed))));
    m_headlines[5]->setText(headline(tr("Resolved in time"), share(resolution),
        resolution < 0 ? std::nullopt : std::optional<bool>(resolution >= 90),
        tr("of %n decided", nullptr, static_cast<int>(overall.resolutionMet + overall.resolutionMissed))));
}

void StatisticsDock::drillDown(const MetricsDrillDown& drill)
{
    m_store->run<StoreResult<QList<Incident>>>(
        this, [drill](IncidentStore& store) { return store.figures().incidentsBehind(drill, kDrillLimit); },
        [this, title = drill.title](const StoreResult<QList<Incident>>& incidents) {
            if (!incidents)
                return;
            auto* dialog = new DrillDownDialog(title, *incidents, kDrillLimit, this);
            dialog->setObjectName(QStringLiteral("drillDownDialog"));
            connect(dialog, &DrillDownDialog::incidentRequested, this, &StatisticsDock::incidentRequested);
            dialog->show();
        });
}
