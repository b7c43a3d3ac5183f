#pragma once

#include "models/domain/incident.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

// Which incidents a rule of a configuration file is for: an incident type, a word of the
// service (case-insensitive, so "database" is in "Database-primary" but not in "databases")
// and a severity, each optional; an incident matches when it meets every one given. Team
// assignment (escalation.json) and playbooks (playbooks/*.json) choose by it.
struct IncidentMatcher {
    Q_DECLARE_TR_FUNCTIONS(IncidentMatcher)
public:
    std::optional<IncidentType> type;
    QString service;
    std::optional<Severity> severity;

    bool matches(const Incident& incident) const;
    // Reads "type", "service" and "severity" of `object`; nullopt, with *error naming `where`, if one
    // is not a type or a severity.
    static std::optional<IncidentMatcher> read(
        const QJsonObject& object, const QString& where, QString* error);
    // Writes what is set, as read() reads it.
    void writeTo(QJsonObject& object) const;
};
