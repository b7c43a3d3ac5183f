#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// The stored integer is part of the schema: append, never renumber.
enum class IncidentStatus {
    Triggered = 0,
    Acknowledged = 1,
    Investigating = 2,
    Identified = 3,
    Monitoring = 4,
    Resolved = 5,
    Closed = 6,
};

inline constexpr int kIncidentStatusCount = 7;

// The incident lifecycle:
//   triggered → acknowledged → investigating → identified → monitoring → resolved → closed
// Work may step back while the incident is active (a fix that did not hold sends
// monitoring back to investigating), may skip ahead once acknowledged, and a
// resolved or closed incident can be reopened. Acknowledging is never skipped,
// because the time to acknowledge is a response target.
class Lifecycle {
    Q_DECLARE_TR_FUNCTIONS(Lifecycle)
public:
    static bool canTransition(IncidentStatus from, IncidentStatus to);
    static QList<IncidentStatus> nextStatuses(IncidentStatus from);
    // Empty when the transition is allowed, else a sentence saying why not.
    static QString whyNot(IncidentStatus from, IncidentStatus to);

    static bool isActive(IncidentStatus status) { return status < IncidentStatus::Resolved; }
    static bool isReopen(IncidentStatus from, IncidentStatus to) { return !isActive(from) && isActive(to); }

    static QString key(IncidentStatus status); // "investigating": API and storage word
    static QString label(IncidentStatus status); // translated
    static QString actionLabel(IncidentStatus to); // translated verb: "Acknowledge", "Resolve", …
    static QList<IncidentStatus> all();
    // Accepts our keys and the other status words the seeds use (open, mitigated, …).
    static std::optional<IncidentStatus> parse(QStringView word);
};
