#pragma once

#include "models/domain/incident.h"

#include <QCoreApplication>

// Where an incident stands against its response-time target at a moment.
struct ResponseStatus {
    enum class State {
        Pending, // not acknowledged, time left
        DueSoon, // not acknowledged, less than a quarter of the target left
        Missed, // not acknowledged, past due
        Met, // acknowledged in time
        MetLate, // acknowledged after the deadline
    };
    State state = State::Pending;
    qint64 seconds = 0; // Pending/DueSoon: left; Missed: overdue; Met: time to acknowledge; MetLate: how late

    static ResponseStatus of(const Incident& incident, const QDateTime& nowUtc);
    bool needsAttention() const { return state == State::DueSoon || state == State::Missed; }
};

class ResponseStatusText {
    Q_DECLARE_TR_FUNCTIONS(ResponseStatusText)
public:
    static QString brief(const ResponseStatus& status); // "14:59 left", "missed by 3m"
};
