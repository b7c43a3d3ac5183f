#pragma once

#include "domain/alertquery.h"
#include "domain/checklistitem.h"
#include "domain/communication.h"
#include "domain/incident.h"
#include "domain/incidentquery.h"
#include "domain/outboxmessage.h"
#include "domain/postincidentreview.h"
#include "domain/rejecteddelivery.h"
#include "domain/responsemetrics.h"
#include "domain/statistics.h"
#include "domain/statuspage.h"
#include "domain/timelineentry.h"
#include "rules/alertrules.h"
#include "rules/escalationpolicy.h"
#include "rules/playbook.h"
#include "rules/silence.h"
#include "storeresult.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QStringList>

#include <functional>
#include <optional>

// Something that happened to an incident, as the store reports it to views:
// the incident as it is now and, when the change wrote one, the timeline entry.
struct StoreChange {
    Incident incident;
    TimelineEntry entry; // invalid when the change wrote no entry
    bool created = false;
};
using StoreChanges = QList<StoreChange>;
Q_DECLARE_METATYPE(StoreChanges)

// The messages one change should cause (none for most).
using ChangeToMessages = std::function<QList<OutboxMessage>(const StoreChange&)>;

// How one try to send an outbox message went.
struct OutboundAttempt {
    OutboxState state = OutboxState::Waiting; // Waiting: try again at nextAttemptAt
    QDateTime nextAttemptAt;
    QString error; // empty when delivered
    // The id the service gave what was created (a Statuspage incident), so that later messages update it.
    QString remoteId = {};
    // Say on the incident's timeline that it was delivered or failed for good
    // (not for a webhook that mirrors every entry: that would double the timeline).
    bool onTimeline = true;
    // Who tried (claimDueOutbound's sender). A try that did not deliver counts only while this
    // sender still holds the message, or nobody does: one whose claim lapsed (a laptop that
    // slept through its request) must not take the message back from the console sending it now.
    QString sender = {};
};

// What an incident's audiences have heard so far, and what the templates need besides the incident.
struct CommunicationLog {
    QHash<QString, CommunicationSent> lastSent; // audience id → the newest update to it
    QString latestNote;
};

// The one interface every caller uses to read and change incidents. It is
// synchronous and bound to the thread that made it; the GUI reaches it through
// AsyncIncidentStore. Every change validates its input, writes the change and
// its timeline entry in one transaction, or writes nothing and says why.
class IncidentStore {
public:
    virtual ~IncidentStore() = default;

    virtual StoreResult<Incident> declare(const IncidentDraft& draft, const QString& author) = 0;
    virtual StoreResult<Incident> changeStatus(qint64 incidentId, IncidentStatus to, const QString& author) = 0;
    virtual StoreResult<Incident> changeSeverity(qint64 incidentId, Severity to, const QString& author) = 0;
    virtual StoreResult<Incident> assignRole(
        qint64 incidentId, IncidentRole role, const QString& person, const QString& author)
        = 0;
    virtual StoreResult<Incident> editField(
        qint64 incidentId, IncidentField field, const QString& value, const QString& author)
        = 0;
    virtual StoreResult<TimelineEntry> addNote(qint64 incidentId, const QString& text, const QString& author) = 0;
    virtual StoreResult<TimelineEntry> addCorrection(qint64 entryId, const QString& text, const QString& author) = 0;

    virtual StoreResult<Incident> incident(qint64 incidentId) = 0;
    virtual StoreResult<Incident> incidentByKey(const QString& key) = 0;
    // Rows in the query's order that come after `after` (keyset paging); no `after`: from the start.
    virtual StoreResult<QList<Incident>> incidents(
        const IncidentQuery& query, const std::optional<Incident>& after, int limit)
        = 0;
    virtual StoreResult<int> countIncidents(const IncidentFilter& filter) = 0;
    virtual StoreResult<QStringList> services() = 0;
    // Entries in the order they were written, after entry id `afterId`.
    virtual StoreResult<QList<TimelineEntry>> timeline(qint64 incidentId, qint64 afterId, int limit) = 0;

    // Stores one delivery of alerts in one transaction: dedups each by
    // fingerprint, applies the rules, correlates it into an incident or opens
    // one, writes firing and resolved alerts on the incidents' timelines and
    // resolves an incident whose alerts have all resolved (if the rules say so).
    // All of it is committed, or nothing is.
    virtual StoreResult<AlertIngestReport> ingestAlerts(const QList<AlertSignal>& alerts, const AlertRules& rules) = 0;
    // Several deliveries in one commit, each all-or-nothing on its own: one
    // that is refused does not hold back the others. A failed commit fails them all.
    // A delivery whose id was recorded before is answered as a duplicate and not applied.
    virtual QList<StoreResult<AlertIngestReport>> ingestAlertDeliveries(
        const QList<AlertDelivery>& deliveries, const AlertRules& rules) = 0;
    virtual StoreResult<QList<Alert>> alerts(const AlertQuery& query, const std::optional<Alert>& after, int limit) = 0;
    virtual StoreResult<int> countAlerts(const AlertFilter& filter) = 0;
    // Alerts changed since *cursor (each once, as it is now); advances *cursor. -1 starts at the newest.
    virtual StoreResult<QList<Alert>> alertChangesSince(qint64* cursor, int limit) = 0;

    // A person's actions on one alert. Each writes the timeline of the incident involved.
    virtual StoreResult<Alert> acknowledgeAlert(qint64 alertId, const QString& author) = 0;
    // Links the alert to the incident (moving it from another one, if it had one).
    virtual StoreResult<Alert> attachAlert(qint64 alertId, qint64 incidentId, const QString& author) = 0;
    // Declares an incident from the alert (its summary, severity and service) and links the alert to it.
    virtual StoreResult<Incident> declareFromAlert(qint64 alertId, const QString& author) = 0;

    // Silences and maintenance windows. Adding one suppresses the open alerts it
    // matches now; expiring one lets the alerts it held fire again.
    virtual StoreResult<Silence> addSilence(const Silence& silence) = 0;
    virtual StoreResult<Silence> expireSilence(qint64 silenceId, const QString& author) = 0;
    // Those not yet over (active or scheduled), soonest end first; with `ended`, the rest too.
    virtual StoreResult<QList<Silence>> silences(bool ended) = 0;

    // What ingestAlerts would do with each alert now, storing nothing.
    virtual StoreResult<QList<AlertTrial>> trialAlerts(const QList<AlertSignal>& alerts, const AlertRules& rules) = 0;

    // Counts for the statistics endpoints; `since` bounds "recent" alerts.
    virtual StoreResult<AlertStatistics> alertStatistics(const QDateTime& since, int noisiest) = 0;
    virtual StoreResult<IncidentStatistics> incidentStatistics(const QList<qint64>& resolutionBoundsSeconds) = 0;

    // Keeps refused deliveries, in one transaction; only the newest `keep` are kept.
    virtual StoreResult<bool> keepRejectedDeliveries(const QList<RejectedDelivery>& deliveries, int keep) = 0;
    // Newest first, each body cut to RejectedDelivery::kBodyReadBytes.
    virtual StoreResult<QList<RejectedDelivery>> rejectedDeliveries(int limit) = 0;

    // The outbox. `compose` turns each change after the outbox's own cursor into
    // messages, which are stored together with the cursor's new place in one
    // transaction: each change becomes messages exactly once, across restarts
    // and however many consoles share the file. The very first call starts at
    // the newest change (history is not sent). Returns how many were queued.
    virtual StoreResult<int> enqueueOutbound(const ChangeToMessages& compose, int limit) = 0;
    // Claims the waiting messages due now for `sender` until `leaseSeconds` from now,
    // oldest first, and returns them: while the lease holds, no other sender (another
    // console on the same database) gets them. Only the first waiting message of an
    // incident on a channel is due, so that a resolve never overtakes the trigger
    // still waiting for its retry; and only the oldest of those per channel and target,
    // the one a sender can send now. A sender that died lets its claims lapse.
    virtual StoreResult<QList<OutboxMessage>> claimDueOutbound(const QString& sender, int leaseSeconds, int limit) = 0;
    // Who holds a live claim on a waiting message now.
    virtual StoreResult<QStringList> outboundClaimHolders() = 0;
    // Ends `holder`'s claims now (a sender known to have died): the messages are due
    // again, and still name it as their last holder, so that a send it may have made
    // before it died is looked for first.
    virtual StoreResult<int> letGoOutboundClaims(const QString& holder) = 0;
    // The newest messages, in any state, newest first.
    virtual StoreResult<QList<OutboxMessage>> outboxMessages(int limit) = 0;
    // Records one try: delivered, failed for good (both written on the
    // incident's timeline if the attempt says so), or waiting again until
    // attempt.nextAttemptAt; the message's claim is let go.
    virtual StoreResult<OutboxMessage> recordOutboundAttempt(qint64 messageId, const OutboundAttempt& attempt) = 0;
    // A failed or waiting message is due again now.
    virtual StoreResult<OutboxMessage> retryOutboundNow(qint64 messageId) = 0;

    // Escalation: every level of an unacknowledged incident's policy that has
    // fallen due and not yet paged is written on its timeline (kind Escalated,
    // with who is on call), once; acknowledging stops it. Returns the entries written.
    virtual StoreResult<QList<TimelineEntry>> escalateDue(const EscalationConfig& config) = 0;
    // The next level now, whatever its time (a person decided to escalate).
    virtual StoreResult<TimelineEntry> escalateNow(qint64 incidentId, const EscalationConfig& config, const QString& author) = 0;

    // Playbook checklists. Declaring an incident attaches its type's playbook
    // (when the store has one); more can be attached. Each change is on the timeline.
    virtual StoreResult<QList<ChecklistItem>> attachPlaybook(qint64 incidentId, const Playbook& playbook, const QString& author) = 0;
    virtual StoreResult<QList<ChecklistItem>> checklist(qint64 incidentId) = 0;
    virtual StoreResult<ChecklistItem> setChecklistItem(qint64 itemId, bool done, const QString& author) = 0;

    // Stakeholder communication. Recording an update writes it on the timeline
    // (kind Communicated, with the text), which restarts that audience's clock;
    // the outbox composer posts it to Slack when the channel is Slack.
    virtual StoreResult<TimelineEntry> recordCommunication(
        qint64 incidentId, const CommunicationRecord& record, const QString& author) = 0;
    virtual StoreResult<CommunicationLog> communicationLog(qint64 incidentId) = 0;

    // Status page: one draft per incident, kept as it is written (an empty one when there is none);
    // posting keeps the update in the history, writes the timeline (audience "statuspage"),
    // and queues it for Statuspage when `publish` (channel "statuspage" in the outbox). The draft stays,
    // to start the next update from (and to correct and post again should Statuspage refuse it).
    virtual StoreResult<StatusPageUpdate> statusPageDraft(qint64 incidentId) = 0;
    virtual StoreResult<StatusPageUpdate> saveStatusPageDraft(const StatusPageUpdate& draft, const QString& author) = 0;
    virtual StoreResult<StatusPageUpdate> postStatusPageUpdate(
        const StatusPageUpdate& update, bool publish, const QString& author) = 0;
    // Posted updates, newest first.
    virtual StoreResult<QList<StatusPageUpdate>> statusPageUpdates(qint64 incidentId) = 0;

    // Post-incident reviews, one per incident. Starting one writes the timeline
    // and fills its timeline and impact from the incident's; saving a
    // published review is refused (reopen it: a new revision); each status
    // change is on the incident's timeline and a published revision is kept.
    virtual StoreResult<std::optional<PostIncidentReview>> review(qint64 incidentId) = 0;
    virtual StoreResult<PostIncidentReview> startReview(qint64 incidentId, const QString& author) = 0;
    virtual StoreResult<PostIncidentReview> saveReview(const PostIncidentReview& review, const QString& author) = 0;
    // To in review or published only once the incident is resolved; from published back to draft: a new revision.
    virtual StoreResult<PostIncidentReview> setReviewStatus(qint64 incidentId, ReviewStatus to, const QString& author) = 0;
    // The published revisions, oldest first (each with its content and when it was published).
    virtual StoreResult<QList<PostIncidentReview>> reviewRevisions(qint64 incidentId) = 0;
    // Every review, newest first; with `search`, those whose words match (full text), best first.
    virtual StoreResult<QList<PostIncidentReview>> reviews(const QString& search, int limit) = 0;
    // Reviews of other incidents like this one: the same service first, then by the words of its
    // title and the names of its alerts; newest first.
    virtual StoreResult<QList<PostIncidentReview>> similarReviews(const Incident& incident, int limit) = 0;
    // Incidents per month since `since` (UTC), by root-cause category and by service.
    virtual StoreResult<IncidentTrends> incidentTrends(const QDateTime& since) = 0;
    // Resolved incidents without a review, as reviews not started (due a configured time after resolution).
    virtual StoreResult<QList<PostIncidentReview>> reviewsNotStarted(int limit) = 0;
    // Every review's action items, soonest deadline first (none last).
    virtual StoreResult<QList<TrackedActionItem>> actionItems() = 0;
    // Action items first saved as done in [from, to), oldest first: what a month improved.
    virtual StoreResult<QList<TrackedActionItem>> actionItemsDone(const QDateTime& from, const QDateTime& to) = 0;

    // Alert notifications are counted in memory and written with a later commit (see
    // AlertVolumeTally); this writes what is waiting. Whoever ingests calls it now and then
    // (every second), so that other readers of the file see the counts within a second.
    virtual StoreResult<bool> writeAlertCounts() = 0;
    // The response metrics of the request's spans (see domain/responsemetrics.h).
    virtual StoreResult<ResponseMetrics> responseMetrics(const MetricsRequest& request) = 0;
    // The incidents a chart element stands for, newest first.
    virtual StoreResult<QList<Incident>> incidentsBehind(const MetricsDrillDown& drill, int limit) = 0;
    // Text typed and not yet saved, kept every few seconds so that a crash loses none of it.
    virtual StoreResult<bool> keepUnsavedReview(qint64 incidentId, const QByteArray& content) = 0;
    // The text kept and when (an invalid time: none).
    virtual StoreResult<QPair<QByteArray, QDateTime>> unsavedReview(qint64 incidentId) = 0;
    // How long after resolution a review is due (days), and its timeline (hours): a review not
    // started is due by the timeline's deadline, one started by the review's.
    virtual void setReviewDeadlines(int reviewWithinDays, int timelineWithinHours) = 0;

    // Which team a declared incident is assigned to (escalation.json's assignment rules).
    virtual void setTeamAssignment(TeamAssignment assignment) = 0;

    // Changes made by anyone (this connection or another process) since *cursor,
    // oldest first; advances *cursor. A cursor of -1 starts at the newest change.
    virtual StoreResult<StoreChanges> changesSince(qint64* cursor, int limit) = 0;
    // Says that `reader` (a console, by a name of its own) has read the change log through
    // `seq`: pruning keeps what it has yet to read. Renewed every few seconds while it reads.
    virtual StoreResult<bool> markChangesRead(const QString& reader, qint64 seq) = 0;
    // Cheap: has another connection committed since the last call?
    virtual bool othersWroteSinceLastCheck() = 0;
};
