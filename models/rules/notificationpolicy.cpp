#include "models/rules/notificationpolicy.h"

#include "models/domain/timeformat.h"

namespace {
DesktopNotification about(const Incident& incident, const QString& title, const QString& body)
{
    DesktopNotification notification;
    notification.incidentId = incident.id;
    notification.title = title;
    notification.body = body;
    notification.severity = incident.severity;
    notification.urgent = incident.severity == Severity::Sev1;
    return notification;
}
}

QList<DesktopNotification> NotificationPolicy::fromChanges(const StoreChanges& changes) const
{
    QList<DesktopNotification> notifications;
    for (const StoreChange& change : changes) {
        const Incident& incident = change.incident;
        if (change.created && (incident.severity == Severity::Sev1 || incident.severity == Severity::Sev2)) {
            notifications.append(about(incident,
                tr("%1 declared: %2").arg(SeverityNames::code(incident.severity), incident.key),
                incident.title));
        } else if (change.entry.kind == TimelineKind::Escalated) {
            notifications.append(about(incident,
                tr("%1 escalated: %2").arg(SeverityNames::code(incident.severity), incident.key),
                tr("Level %1: paging %2").arg(change.entry.newValue, change.entry.body)));
        }
    }
    return notifications;
}

QList<DesktopNotification> NotificationPolicy::fromMissedTargets(
    const QList<Incident>& incidents, const QDateTime& now)
{
    QList<DesktopNotification> notifications;
    for (const Incident& incident : incidents) {
        const bool missed = incident.status == IncidentStatus::Triggered && incident.responseDueAt.isValid()
            && incident.responseDueAt <= now;
        if (!missed || m_toldMissed.contains(incident.id))
            continue;
        m_toldMissed.insert(incident.id);
        notifications.append(about(incident,
            tr("%1 response target missed: %2").arg(SeverityNames::code(incident.severity), incident.key),
            tr("%1 — nobody has acknowledged it since %2.")
                .arg(incident.title, TimeFormat::local(incident.detectedAt))));
    }
    return notifications;
}
