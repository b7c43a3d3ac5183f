#pragma once

#include "models/store/alertrecords.h"

#include <QCoreApplication>

class AlertTable;
class IncidentRecords;
class SqlJournal;
class SqlSession;

// AlertRecords in SQL: what a person does to alerts from the console (acknowledge,
// attach to an incident, declare one from an alert) and what the alert views read.
// Kept apart from ingestion (SqlAlertIntake), which is what senders do.
class SqlAlertRecords final : public AlertRecords {
    Q_DECLARE_TR_FUNCTIONS(SqlAlertRecords)
public:
    SqlAlertRecords(SqlSession& session, SqlJournal& journal, IncidentRecords& incidents, AlertTable& alerts);

    StoreResult<QList<Alert>> page(
        const AlertQuery& query, const std::optional<Alert>& after, int limit) override;
    StoreResult<int> count(const AlertFilter& filter) override;
    StoreResult<QList<Alert>> changesSince(qint64* cursor, int limit) override;
    StoreResult<Alert> acknowledge(qint64 alertId, const QString& author) override;
    StoreResult<Alert> attach(qint64 alertId, qint64 incidentId, const QString& author) override;
    StoreResult<Incident> declareFromAlert(qint64 alertId, const QString& author) override;

private:
    // The alert as it is, or NotFound.
    StoreResult<Alert> existingAlert(qint64 alertId);

    SqlSession& m_session;
    SqlJournal& m_journal;
    IncidentRecords& m_incidents;
    AlertTable& m_alerts;
};
