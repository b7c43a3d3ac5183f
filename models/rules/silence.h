#pragma once

#include "models/rules/labelmatcher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

// A silence, as in Alertmanager: alerts whose labels match every matcher
// between `startsAt` and `endsAt` are kept, marked suppressed, and open or join
// no incident. A silence that starts later is a maintenance window.
struct Silence {
    Q_DECLARE_TR_FUNCTIONS(Silence)
public:
    qint64 id = 0;
    QList<LabelMatcher> matchers;
    QDateTime startsAt; // UTC
    QDateTime endsAt; // UTC
    QString createdBy;
    QString comment;
    QDateTime createdAt;

    bool isActiveAt(const QDateTime& time) const { return startsAt <= time && time < endsAt; }
    bool matches(const AlertLabels& labels) const
    {
        return !matchers.isEmpty() && allMatch(matchers, labels);
    }
    // "alertname=DiskFull, service=db".
    QString matchersText() const;
    // Matchers written as in Alertmanager, one a line (a regex may hold a comma);
    // nullopt with the reason if one is wrong.
    static std::optional<QList<LabelMatcher>> parseMatchers(const QString& text, QString* error);
    // Why it cannot be stored as it is; empty when it can.
    QString problem() const;
};

// The silences in force at one moment, for a delivery's worth of alerts.
class ActiveSilences {
public:
    ActiveSilences() = default;
    ActiveSilences(const QList<Silence>& silences, const QDateTime& at);
    // The id of a silence that matches, or 0.
    qint64 silencing(const AlertLabels& labels) const;

private:
    QList<Silence> m_active;
};
