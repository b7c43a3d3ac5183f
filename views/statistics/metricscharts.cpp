#include "views/statistics/metricscharts.h"

#include "models/itemmodels/attentioncolours.h"
#include "views/common/severitypalette.h"
#include "views/common/walltheme.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {
// A round upper bound for an axis, so that its ticks fall on readable numbers.
qreal niceCeiling(qreal value)
{
    if (value <= 0)
        return 1;
    const qreal magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (qreal step : { 1.0, 2.0, 2.5, 5.0, 10.0 }) {
        if (value <= step * magnitude)
            return step * magnitude;
    }
    return 10 * magnitude;
}

QBarCategoryAxis* categoryAxis(QChart* chart, const QStringList& categories, bool upright)
{
    auto* axis = new QBarCategoryAxis(chart);
    axis->append(categories);
    axis->setTruncateLabels(false);
    if (upright && categories.size() > 6)
        axis->setLabelsAngle(-90);
    QFont small = axis->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    axis->setLabelsFont(small);
    return axis;
}

QValueAxis* valueAxis(QChart* chart, qreal largest, const QString& title, bool whole)
{
    auto* axis = new QValueAxis(chart);
    const qreal top = whole ? std::max<qreal>(1, std::ceil(niceCeiling(largest))) : niceCeiling(largest);
    axis->setRange(0, top);
    axis->setLabelFormat(whole ? QStringLiteral("%d") : QStringLiteral("%.3g"));
    axis->setTickCount(whole && top < 5 ? static_cast<int>(top) + 1 : 6);
    axis->setTitleText(title);
    return axis;
}

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    return chart;
}

QStringList labels(const ResponseMetrics& metrics)
{
    QStringList names;
    for (const MetricsBucket& bucket : metrics.buckets)
        names.append(bucket.label);
    return names;
}

// A click on a trend's point lists the incidents detected in its bucket.
std::function<void(int)> bucketClick(
    const MetricsCharts::DrillHandler& drill, const ResponseMetrics& metrics, const MetricsFilter& filter)
{
    if (!drill)
        return {};
    return [drill, buckets = metrics.buckets, filter](int index) {
        if (index >= 0 && index < buckets.size())
            drill({ buckets.at(index).from, buckets.at(index).to, filter, std::nullopt,
                MetricsCharts::tr("Incidents detected in %1").arg(buckets.at(index).label) });
    };
}

// The whole span under `filter`; the element clicked narrows it and names it.
MetricsDrillDown spanDrill(const ResponseMetrics& metrics, const MetricsFilter& filter)
{
    return { metrics.buckets.first().from, metrics.buckets.last().to, filter, std::nullopt, QString() };
}

// A line through the buckets that have a value; its points answer clicks with their bucket.
struct Line {
    QString name;
    QList<std::optional<double>> seconds;
    QColor colour;
};

QChart* durationTrend(const QString& title, const ResponseMetrics& metrics, const QList<Line>& lines,
    const QList<QPair<QString, qint64>>& goals, const std::function<void(int)>& onClick)
{
    QChart* chart = newChart(title);
    double largest = 0;
    for (const Line& line : lines) {
        for (const std::optional<double>& value : line.seconds)
            largest = std::max(largest, value.value_or(0));
    }
    for (const auto& [name, seconds] : goals)
        largest = std::max(largest, static_cast<double>(seconds));
    const MetricsCharts::DurationUnit unit = MetricsCharts::unitFor(largest);
    const QStringList categories = labels(metrics);
    QBarCategoryAxis* x = categoryAxis(chart, categories, true);
    QValueAxis* y = valueAxis(chart, largest / unit.seconds, unit.name, false);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (const Line& line : lines) {
        auto* series = new QLineSeries(chart);
        series->setName(line.name);
        for (qsizetype i = 0; i < line.seconds.size(); ++i) {
            if (line.seconds.at(i))
                series->append(static_cast<qreal>(i), *line.seconds.at(i) / unit.seconds);
        }
        series->setPointsVisible(true);
        QPen pen(line.colour, 2.5);
        series->setPen(pen);
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
        if (onClick)
            QObject::connect(series, &QLineSeries::clicked, chart,
                [onClick](const QPointF& point) { onClick(qRound(point.x())); });
    }
    for (const auto& [name, seconds] : goals) {
        auto* goal = new QLineSeries(chart);
        goal->setName(name);
        const qreal at = static_cast<qreal>(seconds) / unit.seconds;
        goal->append(-0.5, at);
        goal->append(static_cast<qreal>(categories.size()) - 0.5, at);
        goal->setPen(QPen(AttentionColours::met(), 1.5, Qt::DashLine));
        chart->addSeries(goal);
        goal->attachAxis(x);
        goal->attachAxis(y);
    }
    return chart;
}

const QColor kDetect(0x15, 0x65, 0xc0);
const QColor kAcknowledge(0x8e, 0x24, 0xaa);
const QColor kResolve(0xd8, 0x43, 0x15);
const QColor kBetween(0x00, 0x83, 0x8f);
}

MetricsCharts::DurationUnit MetricsCharts::unitFor(double largestSeconds)
{
    if (largestSeconds < 3 * 3600)
        return { 60, tr("minutes") };
    if (largestSeconds < 3 * 24 * 3600)
        return { 3600, tr("hours") };
    return { 24 * 3600, tr("days") };
}

QChart* MetricsCharts::stackedBars(const QString& title, const QStringList& categories,
    const QList<Band>& bands, const std::function<void(int, int)>& onClick)
{
    QChart* chart = newChart(title);
    auto* series = new QStackedBarSeries(chart);
    QList<qreal> totals(categories.size(), 0);
    for (qsizetype b = 0; b < bands.size(); ++b) {
        const Band& band = bands.at(b);
        auto* set = new QBarSet(band.name);
        for (qsizetype i = 0; i < categories.size(); ++i) {
            const qreal value = band.values.value(i);
            *set << value;
            totals[i] += value;
        }
        if (band.colour.isValid()) {
            set->setColor(band.colour);
            set->setBorderColor(band.colour.darker(120));
        }
        if (onClick)
            QObject::connect(set, &QBarSet::clicked, chart,
                [onClick, b](int index) { onClick(static_cast<int>(b), index); });
        series->append(set);
    }
    chart->addSeries(series);
    QBarCategoryAxis* x = categoryAxis(chart, categories, true);
    QValueAxis* y = valueAxis(
        chart, totals.isEmpty() ? 0 : *std::max_element(totals.cbegin(), totals.cend()), QString(), true);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setVisible(bands.size() > 1);
    return chart;
}

QChart* MetricsCharts::rankedBars(const QString& title, const QList<QPair<QString, qint64>>& ranking,
    const std::function<void(int)>& onClick)
{
    QChart* chart = newChart(title);
    auto* series = new QHorizontalBarSeries(chart);
    auto* set = new QBarSet(title);
    QStringList names;
    qint64 largest = 0;
    // Bottom to top: the largest last, so that it is drawn on top.
    for (qsizetype i = ranking.size() - 1; i >= 0; --i) {
        names.append(ranking.at(i).first.isEmpty() ? tr("(none)") : ranking.at(i).first);
        *set << static_cast<qreal>(ranking.at(i).second);
        largest = std::max(largest, ranking.at(i).second);
    }
    set->setColor(QColor(0x45, 0x5a, 0x64));
    if (onClick) {
        const int count = static_cast<int>(ranking.size());
        QObject::connect(
            set, &QBarSet::clicked, chart, [onClick, count](int index) { onClick(count - 1 - index); });
    }
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(series);
    auto* y = categoryAxis(chart, names, false);
    QValueAxis* x = valueAxis(chart, static_cast<qreal>(largest), QString(), true);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    chart->legend()->setVisible(false);
    return chart;
}

QChart* MetricsCharts::detectAndAcknowledge(const ResponseMetrics& metrics, const ResponseGoals& goals,
    const MetricsFilter& filter, const DrillHandler& drill)
{
    Line detect { tr("MTTD"), {}, kDetect };
    Line acknowledge { tr("MTTA"), {}, kAcknowledge };
    for (const ResponseTimes& times : metrics.trend) {
        detect.seconds.append(times.incidents > 0 ? std::optional<double>(times.mttdSeconds) : std::nullopt);
        acknowledge.seconds.append(
            times.acknowledged > 0 ? std::optional<double>(times.mttaSeconds) : std::nullopt);
    }
    const auto onClick = bucketClick(drill, metrics, filter);
    return durationTrend(tr("Time to detect and to acknowledge"), metrics, { detect, acknowledge },
        { { tr("MTTD and MTTA goal"), std::max(goals.mttdSeconds, goals.mttaSeconds) } }, onClick);
}

QChart* MetricsCharts::resolution(const ResponseMetrics& metrics, const ResponseGoals& goals,
    const MetricsFilter& filter, const DrillHandler& drill)
{
    Line resolve { tr("MTTR"), {}, kResolve };
    for (const ResponseTimes& times : metrics.trend)
        resolve.seconds.append(times.resolved > 0 ? std::optional<double>(times.mttrSeconds) : std::nullopt);
    const auto onClick = bucketClick(drill, metrics, filter);
    return durationTrend(
        tr("Time to resolve"), metrics, { resolve }, { { tr("MTTR goal"), goals.mttrSeconds } }, onClick);
}

QChart* MetricsCharts::betweenFailures(
    const ResponseMetrics& metrics, const MetricsFilter& filter, const DrillHandler& drill)
{
    Line between { tr("MTBF"), {}, kBetween };
    for (const ResponseTimes& times : metrics.trend)
        between.seconds.append(times.incidents > 0 ? std::optional<double>(times.mtbfSeconds) : std::nullopt);
    const auto onClick = bucketClick(drill, metrics, filter);
    return durationTrend(tr("Time between incidents"), metrics, { between }, {}, onClick);
}

QChart* MetricsCharts::incidentsBySeverity(
    const ResponseMetrics& metrics, const MetricsFilter& filter, const DrillHandler& drill)
{
    QList<Band> bands;
    QList<Severity> shown;
    for (Severity severity : kAllSeverities) {
        if (!filter.severities.isEmpty() && !filter.severities.contains(severity))
            continue;
        Band band { SeverityNames::code(severity), {}, SeverityPalette::background(severity) };
        for (const QMap<Severity, qint64>& bucket : metrics.bySeverityPerBucket)
            band.values.append(static_cast<qreal>(bucket.value(severity)));
        bands.append(band);
        shown.append(severity);
    }
    std::function<void(int, int)> onClick;
    if (drill) {
        onClick = [drill, buckets = metrics.buckets, filter, shown](int band, int index) {
            MetricsFilter narrowed = filter;
            narrowed.severities = { shown.at(band) };
            drill({ buckets.at(index).from, buckets.at(index).to, narrowed, std::nullopt,
                tr("%1 incidents detected in %2")
                    .arg(SeverityNames::code(shown.at(band)), buckets.at(index).label) });
        };
    }
    return stackedBars(tr("Incidents by severity"), labels(metrics), bands, onClick);
}

QChart* MetricsCharts::incidentsByType(
    const ResponseMetrics& metrics, const MetricsFilter& filter, const DrillHandler& drill)
{
    QList<QPair<QString, qint64>> ranking;
    for (const auto& [type, count] : metrics.byType)
        ranking.append({ kIncidentTypes.label(type), count });
    std::function<void(int)> onClick;
    if (drill) {
        onClick = [drill, span = spanDrill(metrics, filter), types = metrics.byType](int index) {
            MetricsDrillDown narrowed = span;
            narrowed.type = types.at(index).first;
            narrowed.title = tr("%1 incidents").arg(kIncidentTypes.label(types.at(index).first));
            drill(narrowed);
        };
    }
    return rankedBars(tr("Incidents by type"), ranking, onClick);
}

QChart* MetricsCharts::incidentsByService(
    const ResponseMetrics& metrics, const MetricsFilter& filter, const DrillHandler& drill)
{
    QList<QPair<QString, qint64>> ranking = metrics.byService;
    for (auto& [service, count] : ranking) {
        if (service.isEmpty())
            service = tr("No service");
    }
    if (metrics.otherServices > 0)
        ranking.append({ tr("Other services"), metrics.otherServices });
    std::function<void(int)> onClick;
    if (drill) {
        onClick = [drill, span = spanDrill(metrics, filter), services = metrics.byService](int index) {
            if (index >= services.size())
                return; // the other services together: no one list
            MetricsDrillDown narrowed = span;
            narrowed.filter.service = services.at(index).first;
            narrowed.title = tr("Incidents of %1").arg(services.at(index).first);
            drill(narrowed);
        };
    }
    return rankedBars(tr("Incidents by service"), ranking, onClick);
}

QChart* MetricsCharts::alertVolume(const ResponseMetrics& metrics)
{
    QList<Band> bands;
    for (qsizetype s = 0; s < metrics.alertVolume.sources.size(); ++s) {
        Band band { metrics.alertVolume.sources.at(s), {}, {} };
        for (const QList<qint64>& bucket : metrics.alertVolume.perBucket)
            band.values.append(static_cast<qreal>(bucket.value(s)));
        bands.append(band);
    }
    QChart* chart = stackedBars(tr("Alert notifications by source"), labels(metrics), bands);
    chart->legend()->setVisible(!bands.isEmpty());
    return chart;
}

QChart* MetricsCharts::noisiestAlerts(const ResponseMetrics& metrics)
{
    return rankedBars(tr("Noisiest alerts (notifications)"), metrics.noisiestAlerts);
}

QChart* MetricsCharts::compliance(
    const ResponseMetrics& metrics, const MetricsFilter& filter, const DrillHandler& drill)
{
    QChart* chart = newChart(tr("Targets met"));
    auto* series = new QBarSeries(chart);
    auto* response = new QBarSet(tr("Acknowledged in time"));
    auto* resolution = new QBarSet(tr("Resolved in time"));
    response->setColor(kAcknowledge);
    resolution->setColor(kResolve);
    QStringList names;
    QList<Severity> shown;
    for (Severity severity : kAllSeverities) {
        if (!metrics.complianceBySeverity.contains(severity))
            continue;
        const ResponseTimes& times = metrics.complianceBySeverity.value(severity);
        names.append(SeverityNames::code(severity));
        shown.append(severity);
        *response << std::max(0.0, times.responseCompliance());
        *resolution << std::max(0.0, times.resolutionCompliance());
    }
    series->append(response);
    series->append(resolution);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value %"));
    series->setLabelsPrecision(3);
    // Upright, inside the bar's top: side by side, level labels ran into each other.
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    series->setLabelsAngle(-90);
    chart->addSeries(series);
    QBarCategoryAxis* x = categoryAxis(chart, names, false);
    auto* y = new QValueAxis(chart);
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%d %%"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    if (drill) {
        for (QBarSet* set : { response, resolution }) {
            QObject::connect(
                set, &QBarSet::clicked, chart, [drill, span = spanDrill(metrics, filter), shown](int index) {
                    MetricsDrillDown narrowed = span;
                    narrowed.filter.severities = { shown.at(index) };
                    narrowed.title = tr("%1 incidents").arg(SeverityNames::code(shown.at(index)));
                    drill(narrowed);
                });
        }
    }
    return chart;
}

void MetricsCharts::styleForWall(QChart* chart, qreal scale)
{
    // By hand rather than with the dark theme, which would repaint the series in its own colours
    // (a green SEV1 on a wall would mislead the room).
    const QColor text = WallTheme::text();
    const QColor grid = WallTheme::rule();
    const auto bigger = [scale](QFont font) {
        font.setPointSizeF(font.pointSizeF() * scale);
        return font;
    };
    chart->setBackgroundBrush(WallTheme::background());
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleFont(bigger(chart->titleFont()));
    chart->setTitleBrush(text);
    chart->legend()->setFont(bigger(chart->legend()->font()));
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsFont(bigger(axis->labelsFont()));
        axis->setLabelsColor(text);
        axis->setTitleFont(bigger(axis->titleFont()));
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
    for (QAbstractSeries* series : chart->series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            for (QBarSet* set : bars->barSets()) {
                set->setLabelFont(bigger(set->labelFont()));
                set->setLabelColor(text);
            }
        }
    }
}
