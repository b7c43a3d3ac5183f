#include "alertquery.h"

#include "incidentquery.h"

bool AlertFilter::matches(const Alert& alert) const
{
    if (!statuses.isEmpty() && !statuses.contains(alert.status))
        return false;
    if (!severities.isEmpty() && !severities.contains(alert.severity))
        return false;
    if (!source.isEmpty() && alert.source != source)
        return false;
    if (incidentId > 0 && alert.incidentId != incidentId)
        return false;
    if (!text.isEmpty()) {
        return containsNoCase(alert.name, text) || containsNoCase(alert.summary, text)
            || containsNoCase(alert.service, text) || containsNoCase(alert.fingerprint, text);
    }
    return true;
}

AlertFilter AlertFilter::open()
{
    AlertFilter filter;
    filter.statuses = { AlertStatus::Firing, AlertStatus::Acknowledged, AlertStatus::Suppressed };
    return filter;
}

int AlertOrdering::compareKey(const Alert& a, const Alert& b) const
{
    switch (m_sort.key) {
    case AlertSortKey::LastSeen:
        return threeWay(a.lastSeen.toMSecsSinceEpoch(), b.lastSeen.toMSecsSinceEpoch());
    case AlertSortKey::FirstSeen:
        return threeWay(a.firstSeen.toMSecsSinceEpoch(), b.firstSeen.toMSecsSinceEpoch());
    case AlertSortKey::Severity:
        return threeWay(static_cast<int>(a.severity), static_cast<int>(b.severity));
    case AlertSortKey::Status:
        return threeWay(static_cast<int>(a.status), static_cast<int>(b.status));
    case AlertSortKey::Name:
        return compareNoCase(a.name, b.name);
    case AlertSortKey::Source:
        return compareNoCase(a.source, b.source);
    case AlertSortKey::Service:
        return compareNoCase(a.service, b.service);
    case AlertSortKey::Occurrences:
        return threeWay(a.occurrences, b.occurrences);
    }
    return 0;
}

bool AlertOrdering::operator()(const Alert& a, const Alert& b) const
{
    int c = compareKey(a, b);
    if (c == 0)
        c = threeWay(a.id, b.id);
    return m_sort.order == Qt::AscendingOrder ? c < 0 : c > 0;
}
