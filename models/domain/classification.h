#pragma once

#include "models/domain/keyedenum.h"

// Incident types from the seeds' classification tables.
enum class IncidentType { Outage, Security, Performance, Data, Integration, Compliance, ThirdParty };

// All: the seed's `/incident-response … all`, an incident in every environment at once; a search for
// one environment finds it too (environmentCovers).
enum class Environment { Production, Staging, Development, All };

// The core response team of the procedures document.
// The core response team of the procedures document (seed 002), then its extended team, called in as
// needed. Stored in this order: new roles go last.
enum class IncidentRole {
    Commander,
    TechnicalLead,
    CommunicationsLead,
    SecurityLead,
    DatabaseAdministrator,
    NetworkEngineer,
    CertificateManager,
    VendorLiaison,
};
inline constexpr int kIncidentRoleCount = 8;
inline constexpr int kCoreIncidentRoleCount = 4; // the first four; the others are the extended team

// How the incident was discovered (seed 002's automated and manual detection); not recorded for incidents
// declared before the console asked.
enum class DetectionSource {
    NotRecorded,
    MonitoringAlert,
    HealthCheck,
    CertificateMonitoring,
    SecurityEvent,
    CustomerReport,
    PartnerNotification,
    InternalDiscovery,
};

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
        { IncidentRole::DatabaseAdministrator, "database_administrator",
            QT_TRANSLATE_NOOP("Classification", "Database administrator") },
        { IncidentRole::NetworkEngineer, "network_engineer",
            QT_TRANSLATE_NOOP("Classification", "Network engineer") },
        { IncidentRole::CertificateManager, "certificate_manager",
            QT_TRANSLATE_NOOP("Classification", "Certificate manager") },
        { IncidentRole::VendorLiaison, "vendor_liaison",
            QT_TRANSLATE_NOOP("Classification", "Vendor liaison") },
    } } };

inline constexpr KeyedEnum<DetectionSource, 8> kDetectionSources { "Classification",
    { {
        { DetectionSource::NotRecorded, "not_recorded", QT_TRANSLATE_NOOP("Classification", "Not recorded") },
        { DetectionSource::MonitoringAlert, "monitoring_alert",
            QT_TRANSLATE_NOOP("Classification", "Monitoring alert") },
        { DetectionSource::HealthCheck, "health_check", QT_TRANSLATE_NOOP("Classification", "Health check") },
        { DetectionSource::CertificateMonitoring, "certificate_monitoring",
            QT_TRANSLATE_NOOP("Classification", "Certificate monitoring") },
        { DetectionSource::SecurityEvent, "security_event",
            QT_TRANSLATE_NOOP("Classification", "Security event") },
        { DetectionSource::CustomerReport, "customer_report",
            QT_TRANSLATE_NOOP("Classification", "Customer report") },
        { DetectionSource::PartnerNotification, "partner_notification",
            QT_TRANSLATE_NOOP("Classification", "Partner notification") },
        { DetectionSource::InternalDiscovery, "internal_discovery",
            QT_TRANSLATE_NOOP("Classification", "Internal discovery") },
    } } };
