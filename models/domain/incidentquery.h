#pragma once

#include "models/domain/incident.h"

#include <QList>
#include <QString>

#include <optional>

// What the triage queue shows. The store evaluates this with SQL and indexes;
// `matches` and `IncidentOrdering` evaluate the same thing in memory so that a
// live change can be placed in an open view without asking the store again.
// Text matching follows SQLite's LIKE: case-insensitive for ASCII letters only.
struct IncidentFilter {
    QList<IncidentStatus> statuses; // empty: any
    QList<Severity> severities; // empty: any
    QString service; // empty: any; exact match
    std::optional<Environment> environment;
    QString text; // substring of key, title, service or description

    bool matches(const Incident& incident) const;
    bool operator==(const IncidentFilter&) const = default;

    static IncidentFilter activeOnly();
};

enum class IncidentSortKey {
    Key,
    Severity,
    Status,
    Title,
    Service,
    Environment,
    DetectedAt,
    ResponseDue,
    Commander,
};

struct IncidentSort {
    IncidentSortKey key = IncidentSortKey::Severity;
    Qt::SortOrder order = Qt::AscendingOrder;
    bool operator==(const IncidentSort&) const = default;
};

struct IncidentQuery {
    IncidentFilter filter;
    IncidentSort sort;
    bool operator==(const IncidentQuery&) const = default;
};

// The order the store returns rows in: by the sort key, then by id in the same direction.
class IncidentOrdering {
public:
    explicit IncidentOrdering(IncidentSort sort)
        : m_sort(sort)
    {
    }
    bool lessThan(const Incident& a, const Incident& b) const;
    bool operator()(const Incident& a, const Incident& b) const { return lessThan(a, b); }

private:
    int compareKey(const Incident& a, const Incident& b) const;
    IncidentSort m_sort;
};

template<typename T> int threeWay(const T& a, const T& b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

// Case-insensitive for ASCII only, like SQLite's NOCASE collation and LIKE.
int compareNoCase(const QString& a, const QString& b);
bool containsNoCase(const QString& haystack, const QString& needle);
