#include "app/integrations/escalationrunner.h"

EscalationRunner::EscalationRunner(
    AsyncIncidentStore* store, EscalationConfig config, int intervalMs, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_config(std::move(config))
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &EscalationRunner::look);
}

void EscalationRunner::start()
{
    m_timer.start();
    look();
}

void EscalationRunner::look()
{
    if (m_looking)
        return;
    m_looking = true;
    m_store->run<StoreResult<QList<TimelineEntry>>>(
        this, [config = m_config](IncidentStore& store) { return store.escalation().escalateDue(config); },
        [this](const StoreResult<QList<TimelineEntry>>& entries) {
            m_looking = false;
            if (!entries)
                qWarning("Escalations could not be checked: %s", qPrintable(entries.error()));
            else if (!entries->isEmpty())
                Q_EMIT escalated(*entries);
        });
}
