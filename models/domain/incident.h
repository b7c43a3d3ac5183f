#pragma once

#include "classification.h"
#include "lifecycle.h"
#include "severity.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <array>

// One incident as stored. Every QDateTime is UTC; an invalid one means "not yet".
struct Incident {
    qint64 id = 0;
    QString key; // INC-2026-0001, readable by people and stable
    QString title;
    QString description;
    Severity severity = Severity::Sev3;
    IncidentType type = IncidentType::Outage;
    QString service;
    Environment environment = Environment::Production;
    IncidentStatus status = IncidentStatus::Triggered;
    std::array<QString, kIncidentRoleCount> roles;
    QDateTime detectedAt;
    QDateTime responseDueAt; // when acknowledgement is due under the severity's response target
    QDateTime acknowledgedAt;
    QDateTime mitigatedAt;
    QDateTime resolvedAt;
    QDateTime closedAt;
    QDateTime createdAt;
    QDateTime updatedAt;

    const QString& role(IncidentRole r) const { return roles[static_cast<std::size_t>(r)]; }
    QString& role(IncidentRole r) { return roles[static_cast<std::size_t>(r)]; }
    bool isValid() const { return id > 0; }
};

// What a person or a script gives to declare an incident.
struct IncidentDraft {
    QString title;
    QString description;
    Severity severity = Severity::Sev3;
    IncidentType type = IncidentType::Outage;
    QString service;
    Environment environment = Environment::Production;
    QString commander;
    QDateTime detectedAt; // invalid: now
};

// The plain fields a user edits in place; status, severity and roles have their own operations.
enum class IncidentField { Title, Description, Service, Type, Environment };

class IncidentFieldNames {
    Q_DECLARE_TR_FUNCTIONS(IncidentFieldNames)
public:
    static QString key(IncidentField field);
    static QString label(IncidentField field);
};

Q_DECLARE_METATYPE(Incident)
