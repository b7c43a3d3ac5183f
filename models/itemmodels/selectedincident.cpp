#include "models/itemmodels/selectedincident.h"

SelectedIncident::SelectedIncident(AsyncIncidentStore* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{
    connect(m_store, &AsyncIncidentStore::changed, this, &SelectedIncident::applyChanges);
}

void SelectedIncident::select(qint64 incidentId, const Incident* known)
{
    if (incidentId <= 0) {
        clear();
        return;
    }
    if (incidentId == m_incident.id && m_requested == incidentId)
        return;
    m_requested = incidentId;
    if (known && known->id == incidentId)
        set(*known);
    m_store->run<StoreResult<Incident>>(
        this, [incidentId](IncidentStore& store) { return store.incidents().incident(incidentId); },
        [this, incidentId](const StoreResult<Incident>& result) {
            if (incidentId == m_requested && result)
                set(*result);
        });
}

void SelectedIncident::clear()
{
    m_requested = 0;
    set(Incident {});
}

void SelectedIncident::applyChanges(const StoreChanges& changes)
{
    for (qsizetype i = changes.size() - 1; i >= 0; --i) {
        if (m_requested > 0 && changes.at(i).incident.id == m_requested) {
            set(changes.at(i).incident);
            return;
        }
    }
}

void SelectedIncident::set(const Incident& incident)
{
    m_incident = incident;
    Q_EMIT changed(m_incident);
}
