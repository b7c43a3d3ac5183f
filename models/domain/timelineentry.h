#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>

// The stored integer is part of the schema: append, never renumber.
enum class TimelineKind {
    Declared = 0, // newValue: severity, body: title, field: the team it was assigned to
    StatusChanged = 1,
    SeverityChanged = 2,
    RoleAssigned = 3,
    FieldEdited = 4,
    Note = 5,
    Correction = 6,
    AlertFiring = 7, // field: source, newValue: alert name, body: summary
    AlertResolved = 8,
    Notified = 9, // field: channel, newValue: event, body: empty when delivered, else why it failed for good
    Escalated = 10, // field: policy, newValue: level (1-based), body: who was paged
    Checklist
    = 11, // field: playbook id, newValue: attached | checked | unchecked, body: playbook title or step
    Communicated
    = 12, // field: audience id, oldValue: audience name, newValue: channel key, body: what was said
    Review = 13, // field: review status key (draft, in_review, published), newValue: revision, body: the
                 // review's title
    // Keep last: views size their columns over every kind.
};
inline constexpr TimelineKind kLastTimelineKind = TimelineKind::Review;

// One line of an incident's timeline. Entries are immutable once written: a
// correction is a new entry that points at the one it corrects.
struct TimelineEntry {
    qint64 id = 0;
    qint64 incidentId = 0;
    QDateTime at; // UTC
    QString author;
    TimelineKind kind = TimelineKind::Note;
    QString field; // which field or role changed (storage key)
    QString oldValue;
    QString newValue;
    QString body; // note or correction text
    qint64 correctsId = 0;
    // Where the change came from: the alert source whose delivery made it ("pagerduty",
    // "alertmanager", …), or empty when it was made here (a person, the API, a script,
    // the console's own rules). A field, never read out of the author, which anyone can type.
    QString origin;

    bool isValid() const { return id > 0; }
};

class TimelineText {
    Q_DECLARE_TR_FUNCTIONS(TimelineText)
public:
    static QString kindLabel(TimelineKind kind);
    // A stable word for other programs: "declared", "status_changed", "alert_firing", …
    static QString kindKey(TimelineKind kind);
    // The entry in one readable sentence, e.g. "Status: Triggered → Acknowledged".
    static QString summary(const TimelineEntry& entry);
};

Q_DECLARE_METATYPE(TimelineEntry)
