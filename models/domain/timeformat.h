#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// Times are stored in UTC and shown in the user's local time; durations are
// shown compactly because they sit in narrow table columns.
class TimeFormat {
    Q_DECLARE_TR_FUNCTIONS(TimeFormat)
public:
    static QString local(const QDateTime& utc); // "23/11/2026 14:05:09", locale date order
    static QString localShort(const QDateTime& utc); // "14:05" today, else date and time
    static QString duration(qint64 seconds); // "45s", "12m", "3h 05m", "2d 4h"
    static QString countdown(qint64 seconds); // "14:59" under an hour, else as duration()
};
