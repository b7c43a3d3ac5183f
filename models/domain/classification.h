#pragma once

#include "models/domain/keyedenum.h"

// Incident types from the seeds' classification tables.
enum class IncidentType { Outage, Security, Performance, Data, Integration, Compliance, ThirdParty };

// All: the seed's `/incident-response … all`, an incident in every environment at once; a search for
// one environment finds it too (environmentCovers).
enum class Environment { Production, Staging, Development, All };

// The core response team of the procedures document.
enum class IncidentRole { Commander, TechnicalLead, CommunicationsLead, SecurityLead };
inline constexpr int kIncidentRoleCount = 4;

inline constexpr KeyedEnum<IncidentType, 7> kIncidentTypes { "Classification",
    { {
        { IncidentType::Outage, "outage", QT_TRANSLATE_NOOP("Classification", "Outage") },
        { IncidentType::Security, "security", QT_TRANSLATE_NOOP("Classification", "Security") },
        { IncidentType::Performance, "performance", QT_TRANSLATE_NOOP("Classification", "Performance") },
        { IncidentType::Data, "data", QT_TRANSLATE_NOOP("Classification", "Data") },
        { IncidentType::Integration, "integration", QT_TRANSLATE_NOOP("Classification", "Integration") },
        { IncidentType::Compliance, "compliance", QT_TRANSLATE_NOOP("Classification", "Compliance") },
        { IncidentType::ThirdParty, "third-party", QT_TRANSLATE_NOOP("Classification", "Third party") },
    } } };

inline constexpr KeyedEnum<Environment, 4> kEnvironments { "Classification",
    { {
        { Environment::Production, "production", QT_TRANSLATE_NOOP("Classification", "Production") },
        { Environment::Staging, "staging", QT_TRANSLATE_NOOP("Classification", "Staging") },
        { Environment::Development, "development", QT_TRANSLATE_NOOP("Classification", "Development") },
        { Environment::All, "all", QT_TRANSLATE_NOOP("Classification", "Every environment") },
    } } };

// Whether an incident in `incident` concerns `wanted`: its own environment, or every one.
constexpr bool environmentCovers(Environment incident, Environment wanted)
{
    return incident == wanted || incident == Environment::All;
}

inline constexpr KeyedEnum<IncidentRole, kIncidentRoleCount> kIncidentRoles { "Classification",
    { {
        { IncidentRole::Commander, "commander", QT_TRANSLATE_NOOP("Classification", "Incident commander") },
        { IncidentRole::TechnicalLead, "technical_lead",
            QT_TRANSLATE_NOOP("Classification", "Technical lead") },
        { IncidentRole::CommunicationsLead, "communications_lead",
            QT_TRANSLATE_NOOP("Classification", "Communications lead") },
        { IncidentRole::SecurityLead, "security_lead", QT_TRANSLATE_NOOP("Classification", "Security lead") },
    } } };
