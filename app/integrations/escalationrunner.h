#pragma once

#include "models/rules/escalationpolicy.h"
#include "models/store/asyncincidentstore.h"

#include <QObject>
#include <QTimer>

// Looks every few seconds for escalation levels that have fallen due and has
// the store page them (on the timeline, and from there through the outbox).
// Levels that fell due while the console was closed page at its first look.
class EscalationRunner final : public QObject {
    Q_OBJECT
public:
    EscalationRunner(AsyncIncidentStore* store, EscalationConfig config, int intervalMs = 15000,
        QObject* parent = nullptr);

    void start();
    const EscalationConfig& config() const { return m_config; }
    // Edited policies apply from the next look (levels already paged stay paged).
    void setConfig(EscalationConfig config) { m_config = std::move(config); }

Q_SIGNALS:
    // Levels paged in this look.
    void escalated(const QList<TimelineEntry>& entries);

private:
    void look();

    AsyncIncidentStore* m_store;
    EscalationConfig m_config;
    QTimer m_timer;
    bool m_looking = false;
};
