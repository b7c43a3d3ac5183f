#pragma once

#include "models/store/incidentstore.h"

#include <QCoreApplication>
#include <QSet>

// A desktop notification for the person at the console.
struct DesktopNotification {
    qint64 incidentId = 0;
    QString title; // "SEV1 declared: INC-2026-0001"
    QString body;
    Severity severity = Severity::Sev3;
    bool urgent = false; // SEV1: worth a sound
};

Q_DECLARE_METATYPE(DesktopNotification)

// What deserves interrupting someone: a new SEV1 or SEV2 incident, an
// escalation step, and a response target passing unacknowledged (each once).
// Do-not-disturb holds them all back until it ends.
class NotificationPolicy {
    Q_DECLARE_TR_FUNCTIONS(NotificationPolicy)
public:
    QList<DesktopNotification> fromChanges(const StoreChanges& changes) const;
    // `incidents`: the unacknowledged ones; those past their target are told once each.
    QList<DesktopNotification> fromMissedTargets(const QList<Incident>& incidents, const QDateTime& now);

    void setQuietUntil(const QDateTime& until) { m_quietUntil = until; }
    QDateTime quietUntil() const { return m_quietUntil; }
    bool isQuietAt(const QDateTime& now) const { return m_quietUntil.isValid() && now < m_quietUntil; }

private:
    QSet<qint64> m_toldMissed;
    QDateTime m_quietUntil; // UTC; invalid: not quiet
};
