#include "models/domain/responsestatus.h"

#include "models/domain/timeformat.h"

ResponseStatus ResponseStatus::of(const Incident& incident, const QDateTime& nowUtc)
{
    ResponseStatus status;
    if (incident.acknowledgedAt.isValid()) {
        const qint64 late = incident.responseDueAt.secsTo(incident.acknowledgedAt);
        status.state = late > 0 ? State::MetLate : State::Met;
        status.seconds = late > 0 ? late : incident.detectedAt.secsTo(incident.acknowledgedAt);
        return status;
    }
    const qint64 left = nowUtc.secsTo(incident.responseDueAt);
    if (left < 0) {
        status.state = State::Missed;
        status.seconds = -left;
        return status;
    }
    const qint64 window = std::max<qint64>(incident.detectedAt.secsTo(incident.responseDueAt), 1);
    status.state = left * 4 < window ? State::DueSoon : State::Pending;
    status.seconds = left;
    return status;
}

QString ResponseStatusText::brief(const ResponseStatus& status)
{
    switch (status.state) {
    case ResponseStatus::State::Pending:
    case ResponseStatus::State::DueSoon:
        return tr("%1 left").arg(TimeFormat::countdown(status.seconds));
    case ResponseStatus::State::Missed:
        return tr("missed by %1").arg(TimeFormat::duration(status.seconds));
    case ResponseStatus::State::Met:
        return tr("met in %1").arg(TimeFormat::duration(status.seconds));
    case ResponseStatus::State::MetLate:
        return tr("late by %1").arg(TimeFormat::duration(status.seconds));
    }
    return {};
}
