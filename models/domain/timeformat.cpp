#include "models/domain/timeformat.h"

#include <QLocale>

QString TimeFormat::local(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime time = utc.toLocalTime();
    return tr("%1 %2").arg(QLocale().toString(time.date(), QLocale::ShortFormat),
        time.time().toString(QStringLiteral("HH:mm:ss")));
}

QString TimeFormat::localShort(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime time = utc.toLocalTime();
    const QString clock = time.time().toString(QStringLiteral("HH:mm"));
    if (time.date() == QDate::currentDate())
        return clock;
    return tr("%1 %2").arg(QLocale().toString(time.date(), QLocale::ShortFormat), clock);
}

QString TimeFormat::duration(qint64 seconds)
{
    seconds = std::max<qint64>(seconds, 0);
    if (seconds < 60)
        return tr("%1s").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%1m").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return tr("%1h %2m").arg(hours).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return tr("%1d %2h").arg(hours / 24).arg(hours % 24);
}

QString TimeFormat::countdown(qint64 seconds)
{
    seconds = std::max<qint64>(seconds, 0);
    if (seconds >= 3600)
        return duration(seconds);
    return QStringLiteral("%1:%2")
        .arg(seconds / 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}
