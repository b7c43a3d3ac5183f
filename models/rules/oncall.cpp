#include "models/rules/oncall.h"

namespace {
// Seconds on the wall clock of the zone since an arbitrary origin: local
// date and time as written, ignoring offsets, so that turns fall on the same
// local time whatever daylight saving does in between.
qint64 wallSeconds(const QDateTime& local)
{
    return local.date().toJulianDay() * 86400 + local.time().msecsSinceStartOfDay() / 1000;
}

QDateTime fromWallSeconds(qint64 seconds, const QTimeZone& zone)
{
    const qint64 day = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400;
    const QDate date = QDate::fromJulianDay(day);
    const QTime time = QTime(0, 0).addSecs(static_cast<int>(seconds - day * 86400));
    // A wall time that does not exist (skipped by a spring-forward) comes out shifted by Qt; that is as close
    // as the rota gets.
    return QDateTime(date, time, zone).toUTC();
}

qint64 floorDivide(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

const RotationLayer* layerAt(const QList<RotationLayer>& layers, qint64 wall, const QTimeZone& zone)
{
    const RotationLayer* current = nullptr;
    for (const RotationLayer& layer : layers) {
        if (!layer.users.isEmpty() && layer.turnSeconds > 0
            && wallSeconds(QDateTime(layer.start.date(), layer.start.time(), zone)) <= wall)
            current = &layer;
    }
    return current;
}
}

std::optional<OnCallShift> OnCallSchedule::shiftAt(const QDateTime& utc) const
{
    const qint64 wall = wallSeconds(utc.toTimeZone(zone));
    const RotationLayer* layer = layerAt(layers, wall, zone);
    if (!layer)
        return std::nullopt;
    const qint64 start = wallSeconds(QDateTime(layer->start.date(), layer->start.time(), zone));
    const qint64 turn = floorDivide(wall - start, layer->turnSeconds);
    OnCallShift shift;
    shift.user = layer->users.at(static_cast<qsizetype>(turn % layer->users.size()));
    shift.from = fromWallSeconds(start + turn * layer->turnSeconds, zone);
    shift.until = fromWallSeconds(start + (turn + 1) * layer->turnSeconds, zone);
    // A later layer that begins within this turn ends it early.
    for (const RotationLayer& other : layers) {
        const QDateTime begins = QDateTime(other.start.date(), other.start.time(), zone).toUTC();
        if (&other != layer && begins > utc && begins < shift.until && !other.users.isEmpty())
            shift.until = begins;
    }
    return shift;
}

std::optional<OnCallShift> OnCallSchedule::nextShift(const QDateTime& utc) const
{
    if (const std::optional<OnCallShift> now = shiftAt(utc))
        return shiftAt(now->until);
    // Before any layer: the first shift of the earliest one to begin.
    std::optional<QDateTime> first;
    for (const RotationLayer& layer : layers) {
        const QDateTime begins = QDateTime(layer.start.date(), layer.start.time(), zone).toUTC();
        if (!layer.users.isEmpty() && begins > utc && (!first || begins < *first))
            first = begins;
    }
    return first ? shiftAt(*first) : std::nullopt;
}
