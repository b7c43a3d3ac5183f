#pragma once

#include "models/domain/communication.h"
#include "models/domain/incident.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <array>
#include <optional>

// Who must hear about an incident, by which channel and how often: the
// communication matrix of the response document (stakeholder groups × SEV1–4,
// a channel each), the update cadence per severity, and the regulators'
// notification deadlines for incidents involving regulated data. Read from
// <config dir>/communication.json (the shipped resources/config/communication.json
// when there is none); the matrix editor writes the user's file.
struct StakeholderContact {
    QString name;
    QString address; // an email address, a phone number, a Slack handle or channel

    bool operator==(const StakeholderContact&) const = default;
};

struct StakeholderGroup {
    QString id; // stable: timeline entries name it
    QString name;
    std::array<bool, 4> notified { false, false, false, false }; // SEV1..SEV4
    CommunicationChannel channel = CommunicationChannel::SlackEmail;
    Audience audience = Audience::Internal;
    bool executive = false; // called out for SEV1: leadership must hear at once
    QList<StakeholderContact> contacts;

    bool notifies(Severity severity) const { return notified[static_cast<std::size_t>(severity) - 1]; }
    void setNotifies(Severity severity, bool on) { notified[static_cast<std::size_t>(severity) - 1] = on; }
    bool operator==(const StakeholderGroup&) const = default;
};

// When a severity's audiences must hear: the first notice within `firstMinutes`
// of declaring (and the resolution notice within as long of resolving), then an
// update every `everyMinutes`.
struct UpdateCadence {
    int firstMinutes = 15;
    int everyMinutes = 30;

    bool operator==(const UpdateCadence&) const = default;
};

// A regulator's deadline, counted from detection, for any incident that involves
// `dataKind` (a RegulatedData key), whatever its type: the law follows the data,
// not how the incident was classified. 0 minutes: immediately.
struct ComplianceRule {
    QString id; // "gdpr"
    QString name; // "GDPR"
    QString dataKind;
    int deadlineMinutes = 0;
    QString authority;
    QStringList requiredInfo;

    bool applies(const Incident& incident) const;
    QString audienceId() const { return QStringLiteral("compliance/") + id; }
    bool operator==(const ComplianceRule&) const = default;
};

enum class UpdateKind { Initial, Update, Resolution, Compliance };
enum class DueState {
    NotRequired, // this severity does not notify the group
    OnTrack,
    DueSoon, // the last quarter (configurable) of the interval
    Overdue,
    Done, // told of the resolution, or the incident is closed; a regulator notified
};

// One audience's clock for one incident.
struct AudienceDue {
    QString audienceId;
    QString name;
    CommunicationChannel channel = CommunicationChannel::SlackEmail;
    Audience audience = Audience::Internal;
    bool executive = false;
    QList<StakeholderContact> contacts;
    std::optional<ComplianceRule> compliance; // set for a regulator's deadline
    UpdateKind nextKind = UpdateKind::Initial;
    QDateTime lastSent; // UTC; invalid: never
    QDateTime nextDue; // UTC; invalid when nothing is due
    DueState state = DueState::NotRequired;
};

class CommunicationPlan {
    Q_DECLARE_TR_FUNCTIONS(CommunicationPlan)
public:
    QList<StakeholderGroup> groups;
    std::array<UpdateCadence, 4> cadence; // SEV1..SEV4
    int dueSoonPercent = 25;
    QList<ComplianceRule> compliance;

    const UpdateCadence& cadenceFor(Severity severity) const
    {
        return cadence[static_cast<std::size_t>(severity) - 1];
    }
    UpdateCadence& cadenceFor(Severity severity) { return cadence[static_cast<std::size_t>(severity) - 1]; }
    const StakeholderGroup* group(const QString& id) const;
    // When the update after one sent at `sent` is due, at the severity's cadence.
    QDateTime nextUpdateAfter(Severity severity, const QDateTime& sent) const
    {
        return sent.addSecs(qint64(cadenceFor(severity).everyMinutes) * 60);
    }

    // Every group (those the severity does not notify as NotRequired) and every
    // regulator's deadline that applies, as of `now`, given when each audience last heard.
    QList<AudienceDue> schedule(const Incident& incident, const QHash<QString, CommunicationSent>& lastSent,
        const QDateTime& now) const;

    static std::optional<CommunicationPlan> parse(const QByteArray& json, QString* error);
    QByteArray toJson() const;
    static CommunicationPlan builtIn();
    // The user's file, or the built-in plan when it is missing or broken (said in *warning).
    static CommunicationPlan load(const QString& file, QString* warning);
    // Writes the user's file whole or not at all; false with *error.
    bool save(const QString& file, QString* error) const;

    bool operator==(const CommunicationPlan&) const = default;
};

class DueText {
    Q_DECLARE_TR_FUNCTIONS(DueText)
public:
    static QString state(DueState state);
    static QString kind(UpdateKind kind);
    // Stable words for other programs: not_required, on_track, due_soon, overdue, done;
    // initial, update, resolution, compliance.
    static QString stateKey(DueState state);
    static QString kindKey(UpdateKind kind);
};
