#pragma once

#include "models/rules/alertnotice.h"
#include "models/rules/silence.h"
#include "models/store/alertintake.h"
#include "models/store/alertvolume.h"

#include <QCoreApplication>

class AlertTable;
class IncidentRecords;
class SqlJournal;
class SqlSession;
class SqlSilenceRecords;

// AlertIntake in SQL: ingestion with dedup, rules and correlation. The SQL of
// the alerts table is in AlertTable.
class SqlAlertIntake final : public AlertIntake {
    Q_DECLARE_TR_FUNCTIONS(SqlAlertIntake)
public:
    SqlAlertIntake(SqlSession& session, SqlJournal& journal, IncidentRecords& incidents,
        SqlSilenceRecords& silences, AlertTable& alerts);

    StoreResult<AlertIngestReport> ingestAlerts(
        const QList<AlertSignal>& alerts, const AlertRules& rules) override;
    QList<StoreResult<AlertIngestReport>> ingestAlertDeliveries(
        const QList<AlertDelivery>& deliveries, const AlertRules& rules) override;
    StoreResult<QList<AlertIngestReport>> ingestFromInbox(const QList<AlertDelivery>& deliveries,
        const AlertRules& rules, const InboxMark& mark, const QList<RejectedDelivery>& refused,
        qsizetype* failedDelivery) override;
    StoreResult<qint64> inboxAppliedThrough(const QString& inbox) override;
    StoreResult<QList<AlertTrial>> trialAlerts(
        const QList<AlertSignal>& alerts, const AlertRules& rules) override;
    StoreResult<bool> keepRejectedDeliveries(const QList<RejectedDelivery>& deliveries, int keep) override;
    StoreResult<QList<RejectedDelivery>> rejectedDeliveries(int limit) override;
    StoreResult<bool> writeAlertCounts() override;

private:
    // The deliveries in one transaction (moving the inbox mark too, if given, and keeping
    // `refused` with the rejected deliveries); all or nothing.
    StoreResult<QList<AlertIngestReport>> ingestTogether(const QList<AlertDelivery>& deliveries,
        const AlertRules& rules, const InboxMark* mark, const QList<RejectedDelivery>& refused,
        qsizetype* failedDelivery);
    // Keeps one refused delivery, and the newest `keep` of them, inside the caller's transaction.
    StoreResult<qint64> insertRejectedDelivery(const RejectedDelivery& delivery, int keep);
    // One delivery's alerts, inside the transaction of ingestAlertDeliveries.
    StoreResult<AlertIngestReport> ingestDelivery(const AlertDelivery& delivery, const AlertRules& rules,
        const ActiveSilences& silences, const QDateTime& now);
    // False if the delivery's id was recorded before (a repeat to acknowledge and not apply).
    StoreResult<bool> recordDeliveryId(const AlertDelivery& delivery, const QDateTime& now);
    // A note from the source onto the timeline of the alert's incident.
    StoreResult<bool> annotate(const AlertSignal& signal, AlertIngestReport* report);
    // Mirrors an acknowledgement at the source onto a fresh incident.
    StoreResult<bool> acknowledgeIncidentOf(const Alert& alert, const AlertSignal& signal);
    // "Ana Lima (pagerduty)": who did something at a source, as the timeline names them.
    static QString authorAtSource(const AlertSignal& signal);
    // What the store holds of the notice's alert (AlertNotice::Known).
    StoreResult<AlertNotice::Known> knownOf(const AlertSignal& signal);
    // The notice's alert row, inserted or updated, with its change-log row.
    StoreResult<bool> write(AlertNotice::Outcome* notice, AlertIngestReport* report);
    // One alert of a delivery, inside its transaction.
    StoreResult<bool> ingestAlert(const AlertSignal& signal, const AlertRules& rules,
        const ActiveSilences& silences, const QDateTime& now, AlertIngestReport* report);
    StoreResult<bool> linkToIncident(Alert* alert, const AlertDecision& decision, const AlertSignal& signal,
        const AlertRules& rules, const QDateTime& now, AlertIngestReport* report);
    StoreResult<bool> resolveIfAllAlertsResolved(
        qint64 incidentId, const QString& author, AlertIngestReport* report);

    SqlSession& m_session;
    SqlJournal& m_journal;
    IncidentRecords& m_incidents;
    SqlSilenceRecords& m_silences;
    AlertTable& m_alerts;
    AlertVolumeTally m_alertVolume; // the notifications of the commit under way
};
