#pragma once

#include "models/domain/classification.h"
#include "models/domain/lifecycle.h"
#include "models/domain/severity.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

// One incident as stored. Every QDateTime is UTC; an invalid one means "not yet".
struct Incident {
    qint64 id = 0;
    QString key; // INC-2026-0001, readable by people and stable
    // Its dedup key at PagerDuty: the key with this database's name, so that another
    // database's INC-2026-0001 never resolves its page; stable for its life.
    QString pageKey;
    QString title;
    QString description;
    Severity severity = Severity::Sev3;
    IncidentType type = IncidentType::Outage;
    QString service;
    Environment environment = Environment::Production;
    IncidentStatus status = IncidentStatus::Triggered;
    std::array<QString, kIncidentRoleCount> roles;
    QString team; // assigned at declaration by category and severity (TeamAssignment); changeable
    QString warRoom; // where responders meet: a conference bridge, a chat channel (one or more links)
    // Kinds of regulated data involved (RegulatedData keys: personal, health, card, financial,
    // customer); each starts its regulator's clock, whatever the incident's type.
    QStringList regulatedData;
    DetectionSource detectionSource = DetectionSource::NotRecorded; // how it was discovered (seed 002)
    // Seed 002's updates: the estimated time of resolution; invalid while nobody has given one.
    QDateTime eta;
    // Seed 002's customer impact, quantified: people affected (when known), revenue and the SLA, as people
    // write them ("~$25K", "checkout 99.95 % monthly SLA breached").
    std::optional<qint64> usersAffected;
    QString revenueImpact;
    QString slaImpact;
    // How customers rated the handling of it, 1–5 (seed 004's monthly figure); 0 while not rated.
    int customerSatisfaction = 0;
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
    // Declared from an alert: a monitoring alert; by hand: asked (a customer report, a partner, …).
    DetectionSource detectionSource = DetectionSource::NotRecorded;
    // The id of a playbook to attach besides those of its type and matches (an alert rule's).
    QString playbook;
};

class IncidentTitles {
    Q_DECLARE_TR_FUNCTIONS(IncidentTitles)
public:
    // A title for a draft declared without one, as the seed's `/incident-response critical outage
    // production` is: "SEV1 · Outage · database · Production". People retitle it once they know more.
    static QString generated(const IncidentDraft& draft);
};

// The plain fields a user edits in place; status, severity and roles have their own operations.
enum class IncidentField {
    Title,
    Description,
    Service,
    Type,
    Environment,
    WarRoom,
    RegulatedData,
    Team,
    DetectionSource,
    Eta,
    UsersAffected,
    RevenueImpact,
    SlaImpact,
    CustomerSatisfaction,
};
inline constexpr int kIncidentFieldCount = 14;

class IncidentFieldNames {
    Q_DECLARE_TR_FUNCTIONS(IncidentFieldNames)
public:
    static QString key(IncidentField field);
    static QString label(IncidentField field);
    // The field's value as the store keeps it, and a value given for it written the same way: what an
    // edit based on an earlier value is compared by.
    static QString valueOf(const Incident& incident, IncidentField field);
    static QString comparable(IncidentField field, const QString& value);
    static QList<IncidentField> all();
};

// The values of the fields that are not plain text, read as people and scripts write them; nullopt when
// the text is not one (the store names what is wrong).
class IncidentValues {
public:
    // An ISO 8601 time with its zone, in UTC; an invalid time for an empty text (no ETA).
    static std::optional<QDateTime> eta(const QString& text);
    // More than there are people: a number beyond it is a mistake, and sums of it could overflow.
    static constexpr qint64 kMostUsersAffected = 10'000'000'000;
    // Free text fields of the impact are kept short: they go into every internal update.
    static constexpr int kMostImpactText = 500;
    // A whole number of people ("15000", "15,000"); an empty optional for an empty text (not known).
    static std::optional<std::optional<qint64>> usersAffected(const QString& text);
    // 1–5; 0 for an empty text or 0 (not rated).
    static std::optional<int> satisfaction(const QString& text);
};

// The kinds of regulated data an incident can involve; each is subject to its
// own notification deadline (see rules/communicationplan.h).
class RegulatedData {
    Q_DECLARE_TR_FUNCTIONS(RegulatedData)
public:
    static const QStringList& keys(); // personal, health, card, financial, customer
    static QString label(const QString& key);
    // A comma- or space-separated list, in the order of keys(); nullopt with *error if a word is not a key.
    static std::optional<QStringList> parse(const QString& text, QString* error);
};

Q_DECLARE_METATYPE(Incident)
