#pragma once

#include "models/domain/incident.h"
#include "models/rules/incidentmatcher.h"
#include "models/rules/oncall.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

// Who is paged when an incident stays unacknowledged, from escalation.json,
// shaped like the seed's PagerDuty configuration:
//   schedules            on-call rotas (see OnCallSchedule)
//   escalation_policies  levels, each `escalation_delay_in_minutes` after the
//                        escalation starts, with targets: a schedule (whoever
//                        is on call then) or a user
//   escalation_rules     which incidents follow which policy, and how long they
//                        may stay unacknowledged first (the seed: critical after
//                        5 minutes to senior engineers, high after 15 to the
//                        on-call engineer, medium after an hour to support)
struct EscalationTarget {
    enum class Kind { Schedule, User };
    Kind kind = Kind::Schedule;
    QString id;
};

struct EscalationLevel {
    int delayMinutes = 0;
    QList<EscalationTarget> targets;
};

struct EscalationPolicy {
    QString name;
    QList<EscalationLevel> levels;
};

struct EscalationRule {
    std::optional<Severity> severity; // none: any
    std::optional<IncidentType> type; // none: any
    int unacknowledgedMinutes = 0;
    QString policy;
};

// Which team an incident is assigned to when it is declared (003's category-
// and severity-based assignment): the first rule that matches its type, a word
// of its service and its severity (each optional) names the team; none: the default.
struct AssignmentRule : IncidentMatcher {
    QString team;
};

struct TeamAssignment {
    QList<AssignmentRule> rules;
    QString defaultTeam;

    QString teamFor(const Incident& incident) const;
};

class EscalationConfig {
    Q_DECLARE_TR_FUNCTIONS(EscalationConfig)
public:
    QList<OnCallSchedule> schedules;
    QList<EscalationPolicy> policies;
    QList<EscalationRule> rules;
    TeamAssignment assignment;

    const OnCallSchedule* schedule(const QString& id) const;
    const EscalationPolicy* policy(const QString& name) const;
    // The first rule the incident matches.
    const EscalationRule* ruleFor(const Incident& incident) const;
    // When each level of its policy falls due (UTC); empty when no rule applies.
    QList<QDateTime> dueTimes(const Incident& incident) const;
    // The people a target means at `at`: "Ana Lima (Primary On-Call)", or who
    // it should have been when nobody is on the rota.
    QStringList resolve(const EscalationTarget& target, const QDateTime& at) const;

    static std::optional<EscalationConfig> parse(const QByteArray& json, QString* error);
    // The file's format, as parse() reads it (for the editor, which writes the user's file).
    QByteArray toJson() const;
    static EscalationConfig builtIn();
    static EscalationConfig load(const QString& file, QString* warning);
};
