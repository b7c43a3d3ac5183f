#pragma once

#include "models/domain/alert.h"

#include <QCoreApplication>

#include <optional>

// A PagerDuty Webhooks v3 event: {"event": {id, event_type, resource_type,
// occurred_at, agent, client, data}}. Incident events become one signal about
// the PagerDuty incident (fingerprint: its id), mirrored onto ours:
//   triggered, reopened, unacknowledged, priority_updated   firing
//   acknowledged                                             acknowledged there
//   resolved                                                 resolved
//   annotated (data is the note), reassigned, escalated,
//   delegated, responder.added                               a note on our timeline
// Severity: the incident's priority P1–P5 (PagerDuty's P1 is its highest)
// reads as critical, high, medium, low, low; without a priority, urgency
// high or low. Other event types are acknowledged and left alone.
class PagerDutyPayload {
    Q_DECLARE_TR_FUNCTIONS(PagerDutyPayload)
public:
    struct Parsed {
        QString eventId;
        QString eventType; // "incident.triggered"
        std::optional<AlertSignal> signal; // none for events that change nothing here
    };

    // A PagerDuty incident object (from a webhook or the REST API) as a firing
    // signal: fingerprint, name, service, severity, link and start.
    static AlertSignal incidentSignal(const QJsonObject& incident, const QString& source);

    // nullopt, with a sentence for the sender in *error, when the body is not such an event.
    static std::optional<Parsed> parse(const QByteArray& body, const QString& source, QString* error);
};
