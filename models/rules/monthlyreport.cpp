#include "models/rules/monthlyreport.h"

#include "models/store/incidentstore.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace {
// Minutes under three hours, hours under three days, else days; a whole number without decimals.
QString minutes(double seconds)
{
    const auto number = [](double value) {
        return QLocale().toString(value, 'f', std::abs(value - std::round(value)) < 0.05 ? 0 : 1);
    };
    if (seconds >= 3 * 24 * 3600)
        return MonthlyReport::tr("%1 days").arg(number(seconds / 86400));
    if (seconds >= 3 * 3600)
        return MonthlyReport::tr("%1 hours").arg(number(seconds / 3600));
    return MonthlyReport::tr("%1 minutes").arg(number(seconds / 60));
}

QString percent(double value)
{
    return value < 0 ? MonthlyReport::tr("n/a")
                     : QStringLiteral("%1 %").arg(QLocale().toString(value, 'f', 0));
}

// The change from `before` to `now` in per cent; nullopt when either is missing.
std::optional<double> change(qint64 beforeCount, double before, qint64 nowCount, double now)
{
    if (beforeCount == 0 || nowCount == 0 || before <= 0)
        return std::nullopt;
    return 100.0 * (now - before) / before;
}

QString signedPercent(std::optional<double> value)
{
    if (!value)
        return QStringLiteral("–");
    const int whole = qRound(*value); // "-0 %" says nothing the reader can use
    return QStringLiteral("%1%2 %").arg(
        whole > 0 ? QStringLiteral("+") : QString(), QLocale().toString(whole));
}

// "4.2/5.0 (12 rated)", or "not rated" when no customer rated an incident of the month.
QString rating(const ResponseTimes& times)
{
    return times.rated > 0 ? MonthlyReport::tr("%1/5.0 (%n rated)", nullptr, static_cast<int>(times.rated))
                                 .arg(QLocale().toString(times.satisfaction, 'f', 1))
                           : MonthlyReport::tr("not rated");
}

// A change of a rating in points: "+0.3", "−0.5".
QString signedPoints(double value)
{
    const double rounded = std::round(value * 10) / 10;
    if (rounded == 0)
        return QStringLiteral("±0");
    return (rounded > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(rounded, 'f', 1);
}

QString markdownCell(QString text)
{
    return text.replace(QLatin1Char('|'), QLatin1String("\\|")).replace(QLatin1Char('\n'), QLatin1Char(' '));
}
}

bool MonthlyReport::parseMonth(const QString& text, int* year, int* month)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return false;
    *year = match.captured(1).toInt();
    *month = match.captured(2).toInt();
    return *month >= 1 && *month <= 12 && *year >= 1970;
}

StoreResult<MonthlyReport> MonthlyReport::load(
    IncidentStore& store, int year, int month, const ResponseGoals& goals)
{
    MonthlyReport report;
    report.m_goals = goals;
    MetricsRequest request;
    request.resolutionTargets = goals.resolutionSeconds;
    const QDate first(year, month, 1);
    for (int i = kTrendMonths - 1; i >= 0; --i) {
        const QDate at = first.addMonths(-i);
        request.buckets.append(MetricsCalendar::month(at.year(), at.month()));
    }
    StoreResult<ResponseMetrics> trend = store.figures().responseMetrics(request);
    if (!trend)
        return StoreResult<MonthlyReport>::failureFrom(trend);
    report.m_trend = *trend;
    request.buckets = { request.buckets.last() };
    StoreResult<ResponseMetrics> whole = store.figures().responseMetrics(request);
    if (!whole)
        return StoreResult<MonthlyReport>::failureFrom(whole);
    report.m_month = *whole;
    StoreResult<QList<TrackedActionItem>> done
        = store.reviews().actionItemsDone(request.buckets.first().from, request.buckets.first().to);
    if (!done)
        return StoreResult<MonthlyReport>::failureFrom(done);
    report.m_improvements = *done;
    return report;
}

QString MonthlyReport::monthName() const
{
    const MetricsBucket& bucket = m_month.buckets.first();
    return QLocale().toString(bucket.from.toLocalTime().date(), QStringLiteral("MMMM yyyy"));
}

QString MonthlyReport::previousMonthName() const
{
    return QLocale().toString(
        m_trend.buckets.at(m_trend.buckets.size() - 2).from.toLocalTime().date(), QStringLiteral("MMMM"));
}

QString MonthlyReport::title() const
{
    return tr("Monthly Incident Report — %1").arg(monthName());
}

QList<MonthlyReport::Row> MonthlyReport::responseRows() const
{
    const ResponseTimes& now = current();
    const ResponseTimes& before = previous();
    const auto timed
        = [](qint64 count, double seconds) { return count > 0 ? minutes(seconds) : tr("no data"); };
    return {
        { tr("Mean Time to Detection (MTTD)"), timed(now.incidents, now.mttdSeconds),
            timed(before.incidents, before.mttdSeconds),
            signedPercent(change(before.incidents, before.mttdSeconds, now.incidents, now.mttdSeconds)),
            tr("under %1").arg(minutes(static_cast<double>(m_goals.mttdSeconds))) },
        { tr("Mean Time to Response (MTTA)"), timed(now.acknowledged, now.mttaSeconds),
            timed(before.acknowledged, before.mttaSeconds),
            signedPercent(change(before.acknowledged, before.mttaSeconds, now.acknowledged, now.mttaSeconds)),
            tr("under %1").arg(minutes(static_cast<double>(m_goals.mttaSeconds))) },
        { tr("Mean Time to Resolution (MTTR)"), timed(now.resolved, now.mttrSeconds),
            timed(before.resolved, before.mttrSeconds),
            signedPercent(change(before.resolved, before.mttrSeconds, now.resolved, now.mttrSeconds)),
            tr("under %1").arg(minutes(static_cast<double>(m_goals.mttrSeconds))) },
        { tr("Mean Time Between Failures (MTBF)"), timed(now.incidents, now.mtbfSeconds),
            timed(before.incidents, before.mtbfSeconds),
            signedPercent(change(before.incidents, before.mtbfSeconds, now.incidents, now.mtbfSeconds)),
            QString() },
        // Seed 004: "Customer satisfaction: 4.2/5.0 (+0.3 vs. December)", a change in points, not percent.
        { tr("Customer satisfaction"), rating(now), rating(before),
            now.rated > 0 && before.rated > 0 ? signedPoints(now.satisfaction - before.satisfaction)
                                              : QString(),
            QString() },
    };
}

QStringList MonthlyReport::trendSentences() const
{
    const ResponseTimes& now = current();
    const ResponseTimes& before = previous();
    const QString previousName = previousMonthName();
    QStringList sentences;
    const auto describe = [&](const QString& better, const QString& worse, std::optional<double> moved) {
        if (!moved || qRound(*moved) == 0)
            return;
        sentences.append(
            (*moved < 0 ? better : worse).arg(QLocale().toString(std::abs(*moved), 'f', 0), previousName));
    };
    describe(tr("Response time improved by %1 % vs. %2"), tr("Response time worsened by %1 % vs. %2"),
        change(before.acknowledged, before.mttaSeconds, now.acknowledged, now.mttaSeconds));
    describe(tr("Detection time reduced by %1 % vs. %2"), tr("Detection time grew by %1 % vs. %2"),
        change(before.incidents, before.mttdSeconds, now.incidents, now.mttdSeconds));
    describe(tr("Resolution time improved by %1 % vs. %2"), tr("Resolution time worsened by %1 % vs. %2"),
        change(before.resolved, before.mttrSeconds, now.resolved, now.mttrSeconds));
    if (before.incidents > 0 || now.incidents > 0)
        sentences.append(tr("%n incident(s), against %1 in %2", nullptr, static_cast<int>(now.incidents))
                             .arg(before.incidents)
                             .arg(previousName));
    if (now.resolutionCompliance() >= 0)
        sentences.append(tr("%1 of incidents resolved within SLA").arg(percent(now.resolutionCompliance())));
    if (now.responseCompliance() >= 0)
        sentences.append(tr("%1 of incidents acknowledged within their response target")
                             .arg(percent(now.responseCompliance())));
    return sentences;
}

QStringList MonthlyReport::serviceLines() const
{
    QStringList lines;
    for (const auto& [service, count] : m_month.byService)
        lines.append(tr("%1: %n incident(s)", nullptr, static_cast<int>(count))
                         .arg(service.isEmpty() ? tr("No service") : service));
    if (m_month.otherServices > 0)
        lines.append(tr("%1: %n incident(s)", nullptr, static_cast<int>(m_month.otherServices))
                         .arg(tr("Other services")));
    if (lines.isEmpty())
        lines.append(tr("No incidents."));
    return lines;
}

QStringList MonthlyReport::alertLines() const
{
    QStringList lines;
    for (const auto& [name, count] : m_month.noisiestAlerts)
        lines.append(tr("%1: %n notification(s)", nullptr, static_cast<int>(count)).arg(name));
    if (lines.isEmpty())
        lines.append(tr("No alerts."));
    return lines;
}

QList<QStringList> MonthlyReport::targetRows() const
{
    QList<QStringList> rows;
    for (Severity severity : kAllSeverities) {
        const ResponseTimes times = m_month.complianceBySeverity.value(severity);
        rows.append({ SeverityNames::code(severity), QString::number(times.incidents),
            percent(times.responseCompliance()), percent(times.resolutionCompliance()) });
    }
    return rows;
}

QStringList MonthlyReport::improvementLines() const
{
    QStringList lines;
    for (const TrackedActionItem& done : m_improvements)
        lines.append(tr("%1 — %2 (%3, done %4)")
                         .arg(done.item.text, done.item.owner.isEmpty() ? tr("no owner") : done.item.owner,
                             done.incidentKey,
                             QLocale().toString(done.doneAt.toLocalTime().date(), QLocale::ShortFormat)));
    return lines;
}

QString MonthlyReport::markdown() const
{
    QStringList out;
    out << QStringLiteral("# %1").arg(title()) << QString();
    out << QStringLiteral("## %1").arg(tr("Incident Statistics (%1)").arg(monthName())) << QString();
    out << QStringLiteral("- %1").arg(tr("Total incidents: %1").arg(current().incidents));
    for (Severity severity : kAllSeverities)
        out << QStringLiteral("- %1").arg(
            tr("%1: %n incident(s)", nullptr, static_cast<int>(m_month.bySeverity.value(severity)))
                .arg(SeverityNames::label(severity)));
    out << QString() << QStringLiteral("## %1").arg(tr("Response Time Metrics")) << QString();
    out << QStringLiteral("| %1 | %2 | %3 | %4 | %5 |")
               .arg(tr("Metric"), monthName(), previousMonthName(), tr("Change"), tr("Goal"));
    out << QStringLiteral("|---|---:|---:|---:|---|");
    for (const Row& row : responseRows())
        out << QStringLiteral("| %1 | %2 | %3 | %4 | %5 |")
                   .arg(row.metric, row.current, row.previous, row.change, row.goal);
    out << QString() << QStringLiteral("## %1").arg(tr("Trends and Improvements")) << QString();
    for (const QString& sentence : trendSentences())
        out << QStringLiteral("- %1").arg(sentence);
    out << QString() << QStringLiteral("## %1").arg(tr("Targets Met by Severity")) << QString();
    out << QStringLiteral("| %1 | %2 | %3 | %4 |")
               .arg(tr("Severity"), tr("Incidents"), tr("Acknowledged in time"), tr("Resolved within SLA"));
    out << QStringLiteral("|---|---:|---:|---:|");
    for (const QStringList& cells : targetRows())
        out << QStringLiteral("| %1 |").arg(cells.join(QLatin1String(" | ")));
    out << QString() << QStringLiteral("## %1").arg(tr("Incidents by Service")) << QString();
    for (const QString& line : serviceLines())
        out << QStringLiteral("- %1").arg(markdownCell(line));
    out << QString() << QStringLiteral("## %1").arg(tr("Noisiest Alerts")) << QString();
    for (const QString& line : alertLines())
        out << QStringLiteral("- %1").arg(markdownCell(line));
    out << QString() << QStringLiteral("## %1").arg(tr("Key Improvements This Month")) << QString();
    if (m_improvements.isEmpty())
        out << tr("No action item was completed this month.");
    for (const QString& line : improvementLines())
        out << QStringLiteral("- %1").arg(markdownCell(line));
    out << QString();
    return out.join(QLatin1Char('\n'));
}

QString MonthlyReport::html(const QStringList& charts) const
{
    const auto e = [](const QString& text) { return text.toHtmlEscaped(); };
    QString out = QStringLiteral("<html><body style='font-family: sans-serif'>");
    out += QStringLiteral("<h1>%1</h1>").arg(e(title()));
    out += QStringLiteral("<h2>%1</h2><table border='1' cellspacing='0' cellpadding='4'>")
               .arg(e(tr("Incident Statistics (%1)").arg(monthName())));
    out += QStringLiteral("<tr><th align='left'>%1</th><th align='right'>%2</th></tr>")
               .arg(e(tr("Total incidents")))
               .arg(current().incidents);
    for (Severity severity : kAllSeverities)
        out += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td></tr>")
                   .arg(e(SeverityNames::label(severity)))
                   .arg(m_month.bySeverity.value(severity));
    out += QStringLiteral("</table>");
    out += QStringLiteral("<h2>%1</h2><table border='1' cellspacing='0' cellpadding='4'>")
               .arg(e(tr("Response Time Metrics")));
    out += QStringLiteral("<tr><th align='left'>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
               .arg(e(tr("Metric")), e(monthName()), e(previousMonthName()), e(tr("Change")), e(tr("Goal")));
    for (const Row& row : responseRows())
        out += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td><td "
                              "align='right'>%4</td><td>%5</td></tr>")
                   .arg(e(row.metric), e(row.current), e(row.previous), e(row.change), e(row.goal));
    out += QStringLiteral("</table><h2>%1</h2><ul>").arg(e(tr("Trends and Improvements")));
    for (const QString& sentence : trendSentences())
        out += QStringLiteral("<li>%1</li>").arg(e(sentence));
    out += QStringLiteral("</ul>");
    for (const QString& chart : charts)
        out += QStringLiteral("<p align='center'><img src='%1' width='620'></p>").arg(chartSource(chart));
    out += QStringLiteral("<h2>%1</h2><table border='1' cellspacing='0' cellpadding='4'>")
               .arg(e(tr("Targets Met by Severity")));
    out += QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
               .arg(e(tr("Severity")), e(tr("Incidents")), e(tr("Acknowledged in time")),
                   e(tr("Resolved within SLA")));
    for (const QStringList& cells : targetRows())
        out += QStringLiteral(
            "<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td><td align='right'>%4</td></tr>")
                   .arg(e(cells.at(0)), e(cells.at(1)), e(cells.at(2)), e(cells.at(3)));
    out += QStringLiteral("</table><h2>%1</h2><ul>").arg(e(tr("Incidents by Service")));
    for (const QString& line : serviceLines())
        out += QStringLiteral("<li>%1</li>").arg(e(line));
    out += QStringLiteral("</ul><h2>%1</h2><ul>").arg(e(tr("Noisiest Alerts")));
    for (const QString& line : alertLines())
        out += QStringLiteral("<li>%1</li>").arg(e(line));
    out += QStringLiteral("</ul><h2>%1</h2><ul>").arg(e(tr("Key Improvements This Month")));
    if (m_improvements.isEmpty())
        out += QStringLiteral("<li>%1</li>").arg(e(tr("No action item was completed this month.")));
    for (const QString& line : improvementLines())
        out += QStringLiteral("<li>%1</li>").arg(e(line));
    out += QStringLiteral("</ul></body></html>");
    return out;
}
