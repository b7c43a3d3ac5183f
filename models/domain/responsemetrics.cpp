#include "models/domain/responsemetrics.h"

namespace {
QDateTime localMidnightUtc(const QDate& date)
{
    return QDateTime(date, QTime(0, 0)).toUTC();
}

double percentage(qint64 met, qint64 missed)
{
    return met + missed > 0 ? 100.0 * static_cast<double>(met) / static_cast<double>(met + missed) : -1;
}
}

MetricsBucket MetricsCalendar::month(int year, int month)
{
    const QDate first(year, month, 1);
    return { localMidnightUtc(first), localMidnightUtc(first.addMonths(1)),
        first.toString(QStringLiteral("yyyy-MM")) };
}

MetricsBucket MetricsCalendar::dayOf(const QDateTime& utc)
{
    const QDate day = utc.toLocalTime().date();
    return { localMidnightUtc(day), localMidnightUtc(day.addDays(1)), day.toString(Qt::ISODate) };
}

MetricsBucket MetricsCalendar::bucketAt(MetricsGranularity granularity, const QDate& localDate)
{
    if (granularity == MetricsGranularity::Month)
        return month(localDate.year(), localDate.month());
    const QDate monday = localDate.addDays(1 - localDate.dayOfWeek());
    //: A calendar week in a chart's axis: its ISO number and the date it starts, e.g. "W47 · 16 Nov"
    const QString label
        = tr("W%1 · %2").arg(monday.weekNumber()).arg(QLocale().toString(monday, QStringLiteral("d MMM")));
    return { localMidnightUtc(monday), localMidnightUtc(monday.addDays(7)), label };
}

QList<MetricsBucket> MetricsCalendar::lastBuckets(
    MetricsGranularity granularity, int count, const QDateTime& now)
{
    QList<MetricsBucket> buckets;
    MetricsBucket bucket = bucketAt(granularity, now.toLocalTime().date());
    for (int i = 0; i < count; ++i) {
        buckets.prepend(bucket);
        bucket = bucketAt(granularity, bucket.from.toLocalTime().date().addDays(-1));
    }
    return buckets;
}

double ResponseTimes::responseCompliance() const
{
    return percentage(responseMet, responseMissed);
}

double ResponseTimes::resolutionCompliance() const
{
    return percentage(resolutionMet, resolutionMissed);
}
