#pragma once

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

#include <optional>

// An on-call schedule as PagerDuty shapes it: rotation layers, each handing
// over from one person to the next every turn, in the schedule's time zone.
// Handovers keep their local wall-clock time across daylight-saving changes
// (a weekly rotation that hands over Monday 09:00 New York time still does so
// in November), as people expect of a rota.
struct RotationLayer {
    QDateTime start; // local wall time in the schedule's zone: the first person's turn begins
    qint64 turnSeconds = 7 * 24 * 3600;
    QStringList users;
};

struct OnCallShift {
    QString user;
    QDateTime from; // UTC
    QDateTime until; // UTC
};

struct OnCallSchedule {
    QString id; // "primary", as escalation targets name it
    QString name;
    QTimeZone zone = QTimeZone::utc();
    QList<RotationLayer> layers; // a later layer overrides the earlier ones once it has begun

    // Who is on call at `utc`, from when and until when; nullopt before the first layer starts.
    std::optional<OnCallShift> shiftAt(const QDateTime& utc) const;
    // The shift after the one at `utc`.
    std::optional<OnCallShift> nextShift(const QDateTime& utc) const;
};
