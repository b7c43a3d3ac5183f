#pragma once

#include "models/domain/incident.h"
#include "models/domain/timelineentry.h"

#include <QList>
#include <QMetaType>

// Something that happened to an incident, as the store reports it to views:
// the incident as it is now and, when the change wrote one, the timeline entry.
struct StoreChange {
    Incident incident;
    TimelineEntry entry; // invalid when the change wrote no entry
    bool created = false;
};
using StoreChanges = QList<StoreChange>;
Q_DECLARE_METATYPE(StoreChanges)
