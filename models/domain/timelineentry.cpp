#include "models/domain/timelineentry.h"

#include "models/domain/classification.h"
#include "models/domain/communication.h"
#include "models/domain/incident.h"
#include "models/domain/lifecycle.h"
#include "models/domain/outboxmessage.h"
#include "models/domain/postincidentreview.h"
#include "models/domain/severity.h"
#include "models/domain/timeformat.h"

namespace {
// Field and role keys are stored; show them with their translated labels.
QString fieldLabel(const QString& key)
{
    for (IncidentRole role : kIncidentRoles.all()) {
        if (kIncidentRoles.key(role) == key)
            return kIncidentRoles.label(role);
    }
    for (IncidentField field : IncidentFieldNames::all()) {
        if (IncidentFieldNames::key(field) == key)
            return IncidentFieldNames::label(field);
    }
    return key;
}

QString statusLabel(const QString& key)
{
    const std::optional<IncidentStatus> status = Lifecycle::parse(key);
    return status ? Lifecycle::label(*status) : key;
}

// Type, environment and detection source are stored as keys; show their labels.
QString valueLabel(const QString& field, const QString& value)
{
    if (field == IncidentFieldNames::key(IncidentField::Type)) {
        if (const std::optional<IncidentType> type = kIncidentTypes.parse(value))
            return kIncidentTypes.label(*type);
    }
    if (field == IncidentFieldNames::key(IncidentField::Environment)) {
        if (const std::optional<Environment> environment = kEnvironments.parse(value))
            return kEnvironments.label(*environment);
    }
    if (field == IncidentFieldNames::key(IncidentField::DetectionSource)) {
        if (const std::optional<DetectionSource> source = kDetectionSources.parse(value))
            return kDetectionSources.label(*source);
    }
    if (field == IncidentFieldNames::key(IncidentField::Eta) && !value.isEmpty()) {
        if (const std::optional<QDateTime> eta = IncidentValues::eta(value); eta && eta->isValid())
            return TimeFormat::local(*eta);
    }
    if (field == IncidentFieldNames::key(IncidentField::CustomerSatisfaction) && !value.isEmpty())
        return TimelineText::tr("%1 of 5").arg(value);
    return value;
}

QString severityLabel(const QString& code)
{
    const std::optional<Severity> severity = SeverityNames::fromCode(code);
    return severity ? SeverityNames::label(*severity) : code;
}
}

QString TimelineText::kindLabel(TimelineKind kind)
{
    switch (kind) {
    case TimelineKind::Declared:
        return tr("Declared");
    case TimelineKind::StatusChanged:
        return tr("Status");
    case TimelineKind::SeverityChanged:
        return tr("Severity");
    case TimelineKind::RoleAssigned:
        return tr("Role");
    case TimelineKind::FieldEdited:
        return tr("Edit");
    case TimelineKind::Note:
        return tr("Note");
    case TimelineKind::Correction:
        return tr("Correction");
    case TimelineKind::AlertFiring:
        return tr("Alert");
    case TimelineKind::AlertResolved:
        return tr("Alert resolved");
    case TimelineKind::Notified:
        return tr("Notified");
    case TimelineKind::Escalated:
        return tr("Escalated");
    case TimelineKind::Checklist:
        return tr("Checklist");
    case TimelineKind::Communicated:
        return tr("Update sent");
    case TimelineKind::Review:
        return tr("Review");
    }
    return {};
}

QString TimelineText::kindKey(TimelineKind kind)
{
    switch (kind) {
    case TimelineKind::Declared:
        return QStringLiteral("declared");
    case TimelineKind::StatusChanged:
        return QStringLiteral("status_changed");
    case TimelineKind::SeverityChanged:
        return QStringLiteral("severity_changed");
    case TimelineKind::RoleAssigned:
        return QStringLiteral("role_assigned");
    case TimelineKind::FieldEdited:
        return QStringLiteral("field_edited");
    case TimelineKind::Note:
        return QStringLiteral("note");
    case TimelineKind::Correction:
        return QStringLiteral("correction");
    case TimelineKind::AlertFiring:
        return QStringLiteral("alert_firing");
    case TimelineKind::AlertResolved:
        return QStringLiteral("alert_resolved");
    case TimelineKind::Notified:
        return QStringLiteral("notified");
    case TimelineKind::Escalated:
        return QStringLiteral("escalated");
    case TimelineKind::Checklist:
        return QStringLiteral("checklist");
    case TimelineKind::Communicated:
        return QStringLiteral("communicated");
    case TimelineKind::Review:
        return QStringLiteral("review");
    }
    return {};
}

QString TimelineText::summary(const TimelineEntry& entry)
{
    const QString none = tr("(none)");
    auto orNone = [&none](const QString& value) { return value.isEmpty() ? none : value; };
    switch (entry.kind) {
    case TimelineKind::Declared:
        return entry.field.isEmpty() ? tr("Declared %1: %2").arg(severityLabel(entry.newValue), entry.body)
                                     : tr("Declared %1: %2 (assigned to %3)")
                                           .arg(severityLabel(entry.newValue), entry.body, entry.field);
    case TimelineKind::StatusChanged:
        return tr("Status: %1 → %2").arg(statusLabel(entry.oldValue), statusLabel(entry.newValue));
    case TimelineKind::SeverityChanged:
        return tr("Severity: %1 → %2").arg(severityLabel(entry.oldValue), severityLabel(entry.newValue));
    case TimelineKind::RoleAssigned:
        return tr("%1: %2 → %3").arg(fieldLabel(entry.field), orNone(entry.oldValue), orNone(entry.newValue));
    case TimelineKind::FieldEdited:
        return tr("%1: “%2” → “%3”")
            .arg(fieldLabel(entry.field), valueLabel(entry.field, entry.oldValue),
                valueLabel(entry.field, entry.newValue));
    case TimelineKind::Note:
        return entry.body;
    case TimelineKind::Correction:
        return tr("Correction to entry #%1: %2").arg(entry.correctsId).arg(entry.body);
    case TimelineKind::AlertFiring:
        return tr("Alert firing (%1): %2 — %3").arg(entry.field, entry.newValue, entry.body);
    case TimelineKind::AlertResolved:
        return tr("Alert resolved (%1): %2 — %3").arg(entry.field, entry.newValue, entry.body);
    case TimelineKind::Notified:
        return entry.body.isEmpty()
            ? tr("%1: %2 sent").arg(OutboxText::channelLabel(entry.field), entry.newValue)
            : tr("%1: %2 not sent: %3")
                  .arg(OutboxText::channelLabel(entry.field), entry.newValue, entry.body);
    case TimelineKind::Escalated:
        return tr("Escalated (%1, level %2): paging %3").arg(entry.field, entry.newValue, entry.body);
    case TimelineKind::Checklist:
        if (entry.newValue == QLatin1String("attached"))
            return tr("Playbook attached: %1").arg(entry.body);
        return entry.newValue == QLatin1String("checked") ? tr("Done: %1").arg(entry.body)
                                                          : tr("Not done after all: %1").arg(entry.body);
    case TimelineKind::Communicated: {
        const std::optional<CommunicationChannel> channel = kCommunicationChannels.parse(entry.newValue);
        return tr("Update sent to %1 (%2): %3")
            .arg(entry.oldValue, channel ? kCommunicationChannels.label(*channel) : entry.newValue,
                entry.body.section(QLatin1Char('\n'), 0, 0, QString::SectionSkipEmpty).left(160));
    }
    case TimelineKind::Review: {
        const std::optional<ReviewStatus> status = kReviewStatuses.parse(entry.field);
        if (status == ReviewStatus::Draft)
            return entry.newValue == QLatin1String("1")
                ? tr("Review started: %1").arg(entry.body)
                : tr("Review reopened as revision %1: %2").arg(entry.newValue, entry.body);
        if (status == ReviewStatus::InReview)
            return tr("Review sent for review (revision %1): %2").arg(entry.newValue, entry.body);
        return tr("Review published (revision %1): %2").arg(entry.newValue, entry.body);
    }
    }
    return {};
}
