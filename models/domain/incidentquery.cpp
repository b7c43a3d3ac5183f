#include "models/domain/incidentquery.h"

namespace {
QChar asciiLower(QChar c)
{
    return (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ? QChar(c.unicode() + 32) : c;
}

QString asciiLowered(const QString& s)
{
    QString result = s;
    for (QChar& c : result)
        c = asciiLower(c);
    return result;
}

}

int compareNoCase(const QString& a, const QString& b)
{
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t x = asciiLower(a.at(i)).unicode();
        const char16_t y = asciiLower(b.at(i)).unicode();
        if (x != y)
            return x < y ? -1 : 1;
    }
    return threeWay(a.size(), b.size());
}

bool containsNoCase(const QString& haystack, const QString& needle)
{
    return asciiLowered(haystack).contains(asciiLowered(needle));
}

bool IncidentFilter::matches(const Incident& incident) const
{
    if (!statuses.isEmpty() && !statuses.contains(incident.status))
        return false;
    if (!severities.isEmpty() && !severities.contains(incident.severity))
        return false;
    if (!service.isEmpty() && incident.service != service)
        return false;
    if (environment && !environmentCovers(incident.environment, *environment))
        return false;
    if (!text.isEmpty()) {
        return containsNoCase(incident.key, text) || containsNoCase(incident.title, text)
            || containsNoCase(incident.service, text) || containsNoCase(incident.description, text);
    }
    return true;
}

IncidentFilter IncidentFilter::activeOnly()
{
    IncidentFilter filter;
    for (IncidentStatus status : Lifecycle::all()) {
        if (Lifecycle::isActive(status))
            filter.statuses.append(status);
    }
    return filter;
}

int IncidentOrdering::compareKey(const Incident& a, const Incident& b) const
{
    switch (m_sort.key) {
    case IncidentSortKey::Key:
        // Keys sort by their row id: INC-2026-0010 after INC-2026-0009.
        return 0;
    case IncidentSortKey::Severity:
        return threeWay(static_cast<int>(a.severity), static_cast<int>(b.severity));
    case IncidentSortKey::Status:
        return threeWay(static_cast<int>(a.status), static_cast<int>(b.status));
    case IncidentSortKey::Title:
        return compareNoCase(a.title, b.title);
    case IncidentSortKey::Service:
        return compareNoCase(a.service, b.service);
    case IncidentSortKey::Environment:
        // Stored as its key, so the store orders it alphabetically by key.
        return threeWay(kEnvironments.key(a.environment), kEnvironments.key(b.environment));
    case IncidentSortKey::DetectedAt:
        return threeWay(a.detectedAt.toMSecsSinceEpoch(), b.detectedAt.toMSecsSinceEpoch());
    case IncidentSortKey::ResponseDue:
        return threeWay(a.responseDueAt.toMSecsSinceEpoch(), b.responseDueAt.toMSecsSinceEpoch());
    case IncidentSortKey::Commander:
        return compareNoCase(a.role(IncidentRole::Commander), b.role(IncidentRole::Commander));
    }
    return 0;
}

bool IncidentOrdering::lessThan(const Incident& a, const Incident& b) const
{
    int c = compareKey(a, b);
    if (c == 0)
        c = threeWay(a.id, b.id);
    return m_sort.order == Qt::AscendingOrder ? c < 0 : c > 0;
}
