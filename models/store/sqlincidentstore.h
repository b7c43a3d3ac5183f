#pragma once

#include "domain/clock.h"
#include "domain/severitypolicy.h"
#include "alertinbox.h"
#include "alerttable.h"
#include "alertvolume.h"
#include "incidentstore.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>
#include <memory>

class QSqlQuery;

// IncidentStore on a Qt Sql connection opened by SqliteDatabase. The SQL is
// kept to what SQLite and PostgreSQL both speak where that costs nothing.
class SqlIncidentStore final : public IncidentStore {
    Q_DECLARE_TR_FUNCTIONS(SqlIncidentStore)
public:
    SqlIncidentStore(const QString& connectionName, SeverityPolicy policy, const Clock* clock);
    ~SqlIncidentStore() override;
    SqlIncidentStore(const SqlIncidentStore&) = delete;
    SqlIncidentStore& operator=(const SqlIncidentStore&) = delete;

    // Opens (or creates) the SQLite file on a connection of its own for the calling
    // thread; the store closes it when destroyed. Null, with the reason in *outcome, on failure.
    static std::unique_ptr<SqlIncidentStore> openSqlite(
        const QString& path, SeverityPolicy policy, const Clock* clock, struct OpenOutcome* outcome);
    // This connection's commits copy the write-ahead log into the file only once it
    // holds `pages` (SQLite's default: 1000), for a store whose WalCheckpointer does it.
    bool setWriterCheckpointPages(int pages);
    // Each commit of this connection is on the disk before it returns, also across a
    // power cut or an OS crash (SQLite's synchronous=FULL; the default, NORMAL, survives
    // a killed process only): for a connection whose commits let a sender forget its alerts.
    bool setDurableCommits();
    // The name this database gave itself when it was made: unique, never changed.
    StoreResult<QString> storeIdentity();

    StoreResult<Incident> declare(const IncidentDraft& draft, const QString& author) override;
    StoreResult<Incident> changeStatus(qint64 incidentId, IncidentStatus to, const QString& author) override;
    StoreResult<Incident> changeSeverity(qint64 incidentId, Severity to, const QString& author) override;
    StoreResult<Incident> assignRole(
        qint64 incidentId, IncidentRole role, const QString& person, const QString& author) override;
    StoreResult<Incident> editField(
        qint64 incidentId, IncidentField field, const QString& value, const QString& author) override;
    StoreResult<TimelineEntry> addNote(qint64 incidentId, const QString& text, const QString& author) override;
    StoreResult<TimelineEntry> addCorrection(qint64 entryId, const QString& text, const QString& author) override;

    StoreResult<Incident> incident(qint64 incidentId) override;
    StoreResult<Incident> incidentByKey(const QString& key) override;
    StoreResult<QList<Incident>> incidents(
        const IncidentQuery& query, const std::optional<Incident>& after, int limit) override;
    StoreResult<int> countIncidents(const IncidentFilter& filter) override;
    StoreResult<QStringList> services() override;
    StoreResult<QList<TimelineEntry>> timeline(qint64 incidentId, qint64 afterId, int limit) override;

    StoreResult<AlertIngestReport> ingestAlerts(const QList<AlertSignal>& alerts, const AlertRules& rules) override;
    QList<StoreResult<AlertIngestReport>> ingestAlertDeliveries(
        const QList<AlertDelivery>& deliveries, const AlertRules& rules) override;
    // Deliveries read from an alert inbox, applied in one transaction that moves
    // the store's mark for that inbox from mark.from to mark.through; all or
    // nothing, and nothing when the mark is no longer at mark.from. `refused`:
    // deliveries of these entries that the store refused earlier, kept with the
    // rejected deliveries in the same transaction (so none is let go unkept).
    // When the store refused one delivery itself (a rule or constraint: the
    // delivery's own fault), *failedDelivery is its index; when it could not
    // write at all (disk full, I/O error), -1, and all of them are to be tried again.
    StoreResult<QList<AlertIngestReport>> ingestFromInbox(const QList<AlertDelivery>& deliveries,
        const AlertRules& rules, const InboxMark& mark, const QList<RejectedDelivery>& refused,
        qsizetype* failedDelivery);
    // The last entry of the inbox applied here; 0 for an inbox never seen.
    StoreResult<qint64> inboxAppliedThrough(const QString& inbox);
    StoreResult<QList<Alert>> alerts(const AlertQuery& query, const std::optional<Alert>& after, int limit) override;
    StoreResult<int> countAlerts(const AlertFilter& filter) override;
    StoreResult<QList<Alert>> alertChangesSince(qint64* cursor, int limit) override;
    StoreResult<Alert> acknowledgeAlert(qint64 alertId, const QString& author) override;
    StoreResult<Alert> attachAlert(qint64 alertId, qint64 incidentId, const QString& author) override;
    StoreResult<Incident> declareFromAlert(qint64 alertId, const QString& author) override;
    StoreResult<Silence> addSilence(const Silence& silence) override;
    StoreResult<Silence> expireSilence(qint64 silenceId, const QString& author) override;
    StoreResult<QList<Silence>> silences(bool ended) override;
    StoreResult<QList<AlertTrial>> trialAlerts(const QList<AlertSignal>& alerts, const AlertRules& rules) override;
    StoreResult<AlertStatistics> alertStatistics(const QDateTime& since, int noisiest) override;
    StoreResult<IncidentStatistics> incidentStatistics(const QList<qint64>& resolutionBoundsSeconds) override;
    StoreResult<bool> keepRejectedDeliveries(const QList<RejectedDelivery>& deliveries, int keep) override;
    StoreResult<QList<RejectedDelivery>> rejectedDeliveries(int limit) override;

    StoreResult<int> enqueueOutbound(const ChangeToMessages& compose, int limit) override;
    StoreResult<QList<OutboxMessage>> claimDueOutbound(const QString& sender, int leaseSeconds, int limit) override;
    StoreResult<QStringList> outboundClaimHolders() override;
    StoreResult<int> letGoOutboundClaims(const QString& holder) override;
    StoreResult<QList<OutboxMessage>> outboxMessages(int limit) override;
    StoreResult<OutboxMessage> recordOutboundAttempt(qint64 messageId, const OutboundAttempt& attempt) override;
    StoreResult<OutboxMessage> retryOutboundNow(qint64 messageId) override;
    StoreResult<QList<TimelineEntry>> escalateDue(const EscalationConfig& config) override;
    StoreResult<TimelineEntry> escalateNow(qint64 incidentId, const EscalationConfig& config, const QString& author) override;
    StoreResult<QList<ChecklistItem>> attachPlaybook(qint64 incidentId, const Playbook& playbook, const QString& author) override;
    StoreResult<QList<ChecklistItem>> checklist(qint64 incidentId) override;
    StoreResult<ChecklistItem> setChecklistItem(qint64 itemId, bool done, const QString& author) override;
    StoreResult<TimelineEntry> recordCommunication(
        qint64 incidentId, const CommunicationRecord& record, const QString& author) override;
    StoreResult<CommunicationLog> communicationLog(qint64 incidentId) override;
    StoreResult<StatusPageUpdate> statusPageDraft(qint64 incidentId) override;
    StoreResult<StatusPageUpdate> saveStatusPageDraft(const StatusPageUpdate& draft, const QString& author) override;
    StoreResult<StatusPageUpdate> postStatusPageUpdate(const StatusPageUpdate& update, bool publish, const QString& author) override;
    StoreResult<QList<StatusPageUpdate>> statusPageUpdates(qint64 incidentId) override;
    StoreResult<std::optional<PostIncidentReview>> review(qint64 incidentId) override;
    StoreResult<PostIncidentReview> startReview(qint64 incidentId, const QString& author) override;
    StoreResult<PostIncidentReview> saveReview(const PostIncidentReview& review, const QString& author) override;
    StoreResult<PostIncidentReview> setReviewStatus(qint64 incidentId, ReviewStatus to, const QString& author) override;
    StoreResult<QList<PostIncidentReview>> reviewRevisions(qint64 incidentId) override;
    StoreResult<QList<PostIncidentReview>> reviews(const QString& search, int limit) override;
    StoreResult<QList<TrackedActionItem>> actionItems() override;
    StoreResult<QList<TrackedActionItem>> actionItemsDone(const QDateTime& from, const QDateTime& to) override;
    StoreResult<ResponseMetrics> responseMetrics(const MetricsRequest& request) override;
    StoreResult<bool> writeAlertCounts() override;
    StoreResult<QList<Incident>> incidentsBehind(const MetricsDrillDown& drill, int limit) override;
    StoreResult<QList<PostIncidentReview>> reviewsNotStarted(int limit) override;
    StoreResult<IncidentTrends> incidentTrends(const QDateTime& since) override;
    StoreResult<QList<PostIncidentReview>> similarReviews(const Incident& incident, int limit) override;
    StoreResult<bool> keepUnsavedReview(qint64 incidentId, const QByteArray& content) override;
    StoreResult<QPair<QByteArray, QDateTime>> unsavedReview(qint64 incidentId) override;
    void setReviewDeadlines(int reviewWithinDays, int timelineWithinHours) override
    {
        m_reviewWithinDays = reviewWithinDays;
        m_timelineWithinHours = timelineWithinHours;
    }

    // The playbooks a declared incident gets its checklist from (by its type); the built-in ones unless set.
    void setPlaybooks(PlaybookCatalog playbooks) { m_playbooks = std::move(playbooks); }
    // Which team a declared incident is assigned to; the built-in rules unless set.
    void setTeamAssignment(TeamAssignment assignment) override { m_assignment = std::move(assignment); }
    StoreResult<StoreChanges> changesSince(qint64* cursor, int limit) override;
    StoreResult<bool> markChangesRead(const QString& reader, qint64 seq) override;
    bool othersWroteSinceLastCheck() override;

private:
    // A change to one incident: gets the current row inside the write
    // transaction, edits it, and returns the timeline entries to write (none:
    // nothing changed, nothing is written), or a rejection.
    using Mutation = std::function<StoreResult<QList<TimelineEntry>>(Incident& incident, const QDateTime& now)>;
    StoreResult<Incident> mutate(qint64 incidentId, const QString& author, const Mutation& mutation,
        QList<TimelineEntry>* written = nullptr);
    // Runs `change` in a transaction of its own (or the caller's), committed if it succeeds.
    template<typename T> StoreResult<T> inTransaction(const std::function<StoreResult<T>()>& change);
    // The alert as it is, or NotFound.
    StoreResult<Alert> existingAlert(qint64 alertId);
    // Writes the changes to an alert, with its change-log row so that open views hear of it.
    StoreResult<bool> saveAlert(const Alert& before, const Alert& after);
    // Re-decides suppression of every open alert against the silences in force now.
    StoreResult<bool> applySilences();
    StoreResult<ActiveSilences> activeSilences(const QDateTime& at);
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
    // One alert of a delivery, inside its transaction.
    StoreResult<bool> ingestAlert(const AlertSignal& signal, const AlertRules& rules, const ActiveSilences& silences,
        const QDateTime& now, AlertIngestReport* report);
    StoreResult<bool> linkToIncident(Alert* alert, const AlertDecision& decision, const AlertSignal& signal,
        const AlertRules& rules, const QDateTime& now, AlertIngestReport* report);
    StoreResult<bool> resolveIfAllAlertsResolved(qint64 incidentId, const QString& author, AlertIngestReport* report);
    // (value, count) rows of a GROUP BY.
    StoreResult<QList<QPair<QVariant, qint64>>> groupCounts(const QString& sql, const QVariantList& bindings);
    StoreResult<bool> alertVolume(const MetricsRequest& request, ResponseMetrics* metrics);
    StoreResult<QList<TrackedActionItem>> trackedActionItems(const QString& where, const QVariantList& bindings, const QString& orderBy);
    StoreResult<TimelineEntry> appendEntry(qint64 incidentId, const TimelineEntry& entry, const QString& author);
    // Pages one level of the incident's policy: the step's row and its timeline entry.
    // Inserts the playbook's steps after the incident's last item, inside the caller's transaction;
    // `onTimeline`: says so on the timeline (not at declaration, which implies the type's playbook).
    StoreResult<QList<ChecklistItem>> insertChecklist(
        qint64 incidentId, const Playbook& playbook, const QDateTime& at, const QString& author, bool onTimeline);
    StoreResult<TimelineEntry> fireEscalationLevel(const Incident& incident, const EscalationPolicy& policy, int level,
        const EscalationConfig& config, const QString& author);

    StoreResult<qint64> insertEntry(TimelineEntry entry);
    // The review's rows besides its content: action items and full-text words, inside the caller's transaction.
    StoreResult<bool> indexReview(const PostIncidentReview& review);
    StoreResult<QList<PostIncidentReview>> selectReviews(const QString& tail, const QVariantList& bindings);
    // Queues one message for the incident, due now, inside the caller's transaction.
    StoreResult<qint64> insertOutboxMessage(const OutboxMessage& message, const Incident& incident, const QDateTime& now);
    bool logChange(qint64 incidentId, qint64 entryId, bool created, QString* error);
    StoreResult<QList<Incident>> selectIncidents(const QString& where, const QVariantList& bindings,
        const QString& orderBy = QString(), int limit = -1);
    StoreResult<QList<TimelineEntry>> selectEntries(const QString& where, const QVariantList& bindings, int limit);

    template<typename T> StoreResult<T> rejected(const QString& message) const
    {
        return StoreResult<T>::failure(StoreErrorKind::Rejected, message);
    }
    bool begin(QString* error);
    bool commit(QString* error);
    void rollback();

    QSqlDatabase database() const;

    // While a source's delivery is applied: every timeline entry written meanwhile
    // records that source as its origin (TimelineEntry::origin).
    class OriginScope {
    public:
        OriginScope(SqlIncidentStore* store, const QString& origin)
            : m_store(store)
            , m_previous(std::exchange(store->m_origin, origin))
        {
        }
        ~OriginScope() { m_store->m_origin = m_previous; }
        OriginScope(const OriginScope&) = delete;
        OriginScope& operator=(const OriginScope&) = delete;

    private:
        SqlIncidentStore* m_store;
        QString m_previous;
    };

    QString m_connectionName;
    QString m_identity; // storeIdentity(), once read
    QString m_origin; // see OriginScope
    SeverityPolicy m_policy;
    const Clock* m_clock;
    qint64 m_dataVersion = -1;
    bool m_ownsConnection = false;
    int m_transactionDepth = 0;
    SqlSupport::PreparedStatements m_statements; // before m_alerts, which uses it
    AlertTable m_alerts;
    AlertVolumeTally m_alertVolume; // the notifications of the commit under way
    PlaybookCatalog m_playbooks = PlaybookCatalog::builtIn();
    TeamAssignment m_assignment = EscalationConfig::builtIn().assignment;
    int m_reviewWithinDays = 7;
    int m_timelineWithinHours = 24;
};

template<typename T> inline StoreResult<T> SqlIncidentStore::inTransaction(const std::function<StoreResult<T>()>& change)
{
    QString error;
    if (!begin(&error))
        return StoreResult<T>::failure(StoreErrorKind::Unavailable, tr("The database is busy: %1").arg(error));
    StoreResult<T> result = change();
    if (!result) {
        rollback();
        return result;
    }
    if (!commit(&error))
        return StoreResult<T>::failure(StoreErrorKind::Unavailable, error);
    return result;
}
