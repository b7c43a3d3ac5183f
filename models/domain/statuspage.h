#pragma once

#include "models/domain/keyedenum.h"
#include "models/domain/outboxmessage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// The public state of an incident on a status page (Atlassian Statuspage's
// incident statuses for a realtime incident).
enum class PublicState { Investigating, Identified, Monitoring, Resolved };

inline constexpr KeyedEnum<PublicState, 4> kPublicStates { "StatusPage",
    { {
        { PublicState::Investigating, "investigating", QT_TRANSLATE_NOOP("StatusPage", "Investigating") },
        { PublicState::Identified, "identified", QT_TRANSLATE_NOOP("StatusPage", "Identified") },
        { PublicState::Monitoring, "monitoring", QT_TRANSLATE_NOOP("StatusPage", "Monitoring") },
        { PublicState::Resolved, "resolved", QT_TRANSLATE_NOOP("StatusPage", "Resolved") },
    } } };

// A component's status as the public sees it (Statuspage's component statuses).
enum class ComponentStatus { Operational, DegradedPerformance, PartialOutage, MajorOutage, UnderMaintenance };

inline constexpr KeyedEnum<ComponentStatus, 5> kComponentStatuses { "StatusPage",
    { {
        { ComponentStatus::Operational, "operational", QT_TRANSLATE_NOOP("StatusPage", "Operational") },
        { ComponentStatus::DegradedPerformance, "degraded_performance",
            QT_TRANSLATE_NOOP("StatusPage", "Degraded performance") },
        { ComponentStatus::PartialOutage, "partial_outage",
            QT_TRANSLATE_NOOP("StatusPage", "Partial outage") },
        { ComponentStatus::MajorOutage, "major_outage", QT_TRANSLATE_NOOP("StatusPage", "Major outage") },
        { ComponentStatus::UnderMaintenance, "under_maintenance",
            QT_TRANSLATE_NOOP("StatusPage", "Under maintenance") },
    } } };

struct AffectedComponent {
    QString name; // as the public page shows it
    QString statusPageId; // the component's id on Statuspage; empty when it is only named in the text
    ComponentStatus status = ComponentStatus::MajorOutage;

    bool operator==(const AffectedComponent&) const = default;
};

// What the public will read: a draft while it is written, an update once posted.
struct StatusPageUpdate {
    qint64 id = 0; // posted updates only
    qint64 incidentId = 0;
    QString title; // the public incident's name
    PublicState state = PublicState::Investigating;
    QList<AffectedComponent> components;
    QString body;
    QDateTime at; // UTC: saved (draft) or posted (update)
    QString author;
    // Posted updates sent to Statuspage: how that is going (none: kept here and exported only).
    std::optional<OutboxState> delivery;
    QString deliveryError;

    bool isEmpty() const { return title.trimmed().isEmpty() && body.trimmed().isEmpty(); }
    // Stored in the store's tables and as the outbox payload; the sender turns it into Statuspage's format.
    QByteArray toJson() const;
    static StatusPageUpdate fromJson(const QByteArray& json);
};

Q_DECLARE_METATYPE(StatusPageUpdate)
