#include "models/domain/lifecycle.h"

#include <array>

namespace {
using S = IncidentStatus;

struct StatusText {
    const char* key;
    const char* label;
    const char* action;
};

constexpr std::array<StatusText, kIncidentStatusCount> kTexts { {
    { "triggered", QT_TRANSLATE_NOOP("Lifecycle", "Triggered"), QT_TRANSLATE_NOOP("Lifecycle", "Trigger") },
    { "acknowledged", QT_TRANSLATE_NOOP("Lifecycle", "Acknowledged"),
        QT_TRANSLATE_NOOP("Lifecycle", "Acknowledge") },
    { "investigating", QT_TRANSLATE_NOOP("Lifecycle", "Investigating"),
        QT_TRANSLATE_NOOP("Lifecycle", "Investigate") },
    { "identified", QT_TRANSLATE_NOOP("Lifecycle", "Identified"),
        QT_TRANSLATE_NOOP("Lifecycle", "Mark identified") },
    { "monitoring", QT_TRANSLATE_NOOP("Lifecycle", "Monitoring"),
        QT_TRANSLATE_NOOP("Lifecycle", "Monitor fix") },
    { "resolved", QT_TRANSLATE_NOOP("Lifecycle", "Resolved"), QT_TRANSLATE_NOOP("Lifecycle", "Resolve") },
    { "closed", QT_TRANSLATE_NOOP("Lifecycle", "Closed"), QT_TRANSLATE_NOOP("Lifecycle", "Close") },
} };

// Other words for the same states, from the seeds' lifecycles and common tools.
struct StatusAlias {
    const char* word;
    S status;
};
constexpr std::array<StatusAlias, 9> kAliases { {
    { "open", S::Triggered },
    { "new", S::Triggered },
    { "firing", S::Triggered },
    { "ack", S::Acknowledged },
    { "active", S::Investigating },
    { "mitigated", S::Monitoring },
    { "mitigating", S::Monitoring },
    { "fixed", S::Resolved },
    { "done", S::Closed },
} };

const StatusText& textOf(S status)
{
    return kTexts[static_cast<std::size_t>(status)];
}
}

bool Lifecycle::canTransition(IncidentStatus from, IncidentStatus to)
{
    if (from == to)
        return false;
    switch (from) {
    case S::Triggered:
        // Acknowledge first; a false alarm may be resolved straight away.
        return to == S::Acknowledged || to == S::Resolved;
    case S::Acknowledged:
    case S::Investigating:
    case S::Identified:
    case S::Monitoring:
        // Any other active working state or resolution; never back to un-acknowledged.
        return to != S::Triggered && to != S::Closed && to != S::Acknowledged;
    case S::Resolved:
        return to == S::Closed || to == S::Investigating;
    case S::Closed:
        return to == S::Investigating;
    }
    return false;
}

QList<IncidentStatus> Lifecycle::nextStatuses(IncidentStatus from)
{
    QList<IncidentStatus> result;
    for (IncidentStatus to : all()) {
        if (canTransition(from, to))
            result.append(to);
    }
    return result;
}

QString Lifecycle::whyNot(IncidentStatus from, IncidentStatus to)
{
    if (canTransition(from, to))
        return {};
    if (from == to)
        return tr("The incident is already %1.").arg(label(to).toLower());
    if (from == S::Triggered)
        return tr("Acknowledge the incident before moving it to %1.").arg(label(to).toLower());
    if (to == S::Closed)
        return tr("Only a resolved incident can be closed.");
    if (!isActive(from))
        return tr("A %1 incident can only be reopened (to investigating) or closed.")
            .arg(label(from).toLower());
    return tr("An incident cannot go from %1 back to %2.").arg(label(from).toLower(), label(to).toLower());
}

QString Lifecycle::key(IncidentStatus status)
{
    return QString::fromLatin1(textOf(status).key);
}

QString Lifecycle::label(IncidentStatus status)
{
    return tr(textOf(status).label);
}

QString Lifecycle::actionLabel(IncidentStatus to)
{
    return tr(textOf(to).action);
}

QList<IncidentStatus> Lifecycle::all()
{
    QList<IncidentStatus> result;
    for (int i = 0; i < kIncidentStatusCount; ++i)
        result.append(static_cast<IncidentStatus>(i));
    return result;
}

std::optional<IncidentStatus> Lifecycle::parse(QStringView word)
{
    const QStringView trimmed = word.trimmed();
    for (IncidentStatus status : all()) {
        if (trimmed.compare(QLatin1String(textOf(status).key), Qt::CaseInsensitive) == 0)
            return status;
    }
    for (const StatusAlias& alias : kAliases) {
        if (trimmed.compare(QLatin1String(alias.word), Qt::CaseInsensitive) == 0)
            return alias.status;
    }
    return std::nullopt;
}
