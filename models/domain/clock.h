#pragma once

#include <QDateTime>

// Where "now" comes from. Everything that depends on the time takes a Clock so
// that tests can move time on their own terms.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
};

class SystemClock final : public Clock {
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
    static const SystemClock* instance()
    {
        static const SystemClock clock;
        return &clock;
    }
};
