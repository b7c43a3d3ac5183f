#pragma once

#include "models/domain/alert.h"

#include <QList>
#include <QString>

// What the alert stream shows. As with incidents, the store evaluates it with
// SQL and indexes, and `matches` / `AlertOrdering` do the same in memory so
// that a live change lands in the right place of an open view.
struct AlertFilter {
    QList<AlertStatus> statuses; // empty: any
    QList<Severity> severities; // empty: any
    QString source; // empty: any
    // Words of the name, summary, service or fingerprint, the last one perhaps
    // only begun ("full db" finds "DiskFull on db-1"; camel case is split):
    // what the store's full-text index answers in milliseconds over a million alerts.
    QString text;
    qint64 incidentId = 0; // 0: any

    bool matches(const Alert& alert) const;
    bool operator==(const AlertFilter&) const = default;

    static AlertFilter open(); // firing, acknowledged, suppressed
};

enum class AlertSortKey { LastSeen, Severity, Status, Name, Source, Service, Occurrences, FirstSeen };

struct AlertSort {
    AlertSortKey key = AlertSortKey::LastSeen;
    Qt::SortOrder order = Qt::DescendingOrder;
    bool operator==(const AlertSort&) const = default;
};

struct AlertQuery {
    AlertFilter filter;
    AlertSort sort;
    bool operator==(const AlertQuery&) const = default;
};

// By the sort key, then by id in the same direction: the store's order.
class AlertOrdering {
public:
    explicit AlertOrdering(AlertSort sort)
        : m_sort(sort)
    {
    }
    bool operator()(const Alert& a, const Alert& b) const;

private:
    int compareKey(const Alert& a, const Alert& b) const;
    AlertSort m_sort;
};

// The alert stream's text search, the same in the store (SQLite FTS5, default
// tokenizer: letters and digits make words, case folded) and in memory.
class AlertTextSearch {
public:
    static QStringList words(const QString& text);
    // For FTS5 MATCH: every word as a quoted prefix, all required.
    static QString ftsQuery(const QString& text);
    static bool matches(const QString& text, const Alert& alert);
    // What is indexed of an alert: name, summary, service and fingerprint,
    // camel case also split, so that "latency" finds "HighLatency".
    static QString indexedText(const Alert& alert);
};
