#pragma once

#include "models/domain/alert.h"
#include "models/domain/classification.h"
#include "models/domain/severitypolicy.h"
#include "models/rules/labelmatcher.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <optional>

// One entry of alert-rules.json, in the seed's shape (name, alertName,
// severity, service, runbook) plus label matchers and what to open.
struct AlertRule {
    QString name;
    QString alertName; // empty: any
    QList<LabelMatcher> matchers;
    std::optional<Severity> severity; // overrides the alert's own
    QString service; // overrides the alert's service label
    QString runbook;
    QString playbook; // attached to the incident the rule opens (a playbook id)
    std::optional<bool> openIncident; // unset: decided by the severity threshold
    std::optional<IncidentType> incidentType;

    bool matches(const AlertSignal& signal) const;
};

// What the rules make of one incoming alert.
struct AlertDecision {
    QString rule; // empty: no rule matched
    Severity severity = Severity::Sev3;
    QString service;
    QString runbookUrl;
    QString playbook; // the rule's playbook, for the incident it opens
    bool opensIncident = false;
    IncidentType incidentType = IncidentType::Outage;
    Environment environment = Environment::Production;
    QString correlationKey;
};

// What the store would do with an alert, worked out without storing anything:
// the rules tester's answer.
struct AlertTrial {
    AlertDecision decision;
    qint64 openAlertId = 0; // an open alert of this fingerprint, which a repeat would bump (dedup)
    QString joinsIncident; // the key of the incident correlation would link it to
    bool opensIncident = false; // would declare a new incident
    qint64 silencedBy = 0; // the silence that would suppress it
};

// The rules in force: the first matching rule wins. Also holds how alerts
// become incidents: the severity at or above which an alert opens one, how
// alerts are correlated into the same incident, and whether an incident
// resolves by itself when all its alerts have.
class AlertRules {
    Q_DECLARE_TR_FUNCTIONS(AlertRules)
public:
    static AlertRules defaults(const SeverityPolicy& policy);
    static std::optional<AlertRules> fromJson(
        const QByteArray& json, const SeverityPolicy& policy, QString* error);
    static AlertRules load(const QString& userFile, const SeverityPolicy& policy, QString* warning);

    AlertDecision decide(const AlertSignal& signal) const;
    QJsonObject toJson() const;

    const QList<AlertRule>& rules() const { return m_rules; }
    Severity openAtOrAbove() const { return m_openAtOrAbove; }
    void setOpenAtOrAbove(Severity severity) { m_openAtOrAbove = severity; }
    bool autoResolve() const { return m_autoResolve; }
    void setAutoResolve(bool on) { m_autoResolve = on; }
    const QStringList& correlationLabels() const { return m_correlationLabels; }
    int correlationWindowMinutes() const { return m_correlationWindowMinutes; }
    void setCorrelationWindowMinutes(int minutes) { m_correlationWindowMinutes = minutes; }

private:
    SeverityPolicy m_policy;
    QList<AlertRule> m_rules;
    Severity m_openAtOrAbove = Severity::Sev2;
    bool m_autoResolve = true;
    QStringList m_correlationLabels { QStringLiteral("alertname"), QStringLiteral("service") };
    int m_correlationWindowMinutes = 10;
};
