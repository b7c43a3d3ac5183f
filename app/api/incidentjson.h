#pragma once

#include "models/domain/incident.h"
#include "models/domain/timelineentry.h"

#include <QJsonObject>

// How incidents and timeline entries look in the HTTP API. Times are ISO 8601 in UTC.
namespace IncidentJson {
// ISO 8601 in UTC with milliseconds; null when not yet.
QJsonValue time(const QDateTime& utc);
QJsonObject toJson(const Incident& incident);
QJsonObject toJson(const TimelineEntry& entry);
}
