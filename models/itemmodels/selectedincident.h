#pragma once

#include "models/store/asyncincidentstore.h"

#include <QObject>

// The incident the user is working on, kept current: selecting one loads it,
// and every change to it from anywhere replaces the snapshot and says so.
class SelectedIncident final : public QObject {
    Q_OBJECT
public:
    explicit SelectedIncident(AsyncIncidentStore* store, QObject* parent = nullptr);

    qint64 id() const { return m_incident.id; }
    const Incident& incident() const { return m_incident; }
    bool isValid() const { return m_incident.isValid(); }

    // Selects by id; `known` (a row already in a view) is shown at once while the store confirms.
    void select(qint64 incidentId, const Incident* known = nullptr);
    void clear();

Q_SIGNALS:
    void changed(const Incident& incident); // invalid incident: nothing selected

private:
    void applyChanges(const StoreChanges& changes);
    void set(const Incident& incident);

    AsyncIncidentStore* m_store;
    Incident m_incident;
    qint64 m_requested = 0;
};
