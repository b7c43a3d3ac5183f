#pragma once

#include "models/domain/alert.h"
#include "models/domain/rejecteddelivery.h"
#include "models/rules/alertrules.h"
#include "models/store/storeresult.h"

#include <QList>
#include <QString>

// Where the store stands in an alert inbox (AlertInbox): a batch of its entries
// is applied only while the store's mark is still at `from`, and moves it to `through`.
struct InboxMark {
    QString inbox; // the inbox file's name for itself (AlertInbox::identity)
    qint64 from = 0;
    qint64 through = 0;
};

// What senders do: deliveries of alerts taken into the store, and the
// deliveries refused on the way in.
class AlertIntake {
public:
    virtual ~AlertIntake() = default;

    // Stores one delivery of alerts in one transaction: dedups each by
    // fingerprint, applies the rules, correlates it into an incident or opens
    // one, writes firing and resolved alerts on the incidents' timelines and
    // resolves an incident whose alerts have all resolved (if the rules say so).
    // All of it is committed, or nothing is.
    virtual StoreResult<AlertIngestReport> ingestAlerts(
        const QList<AlertSignal>& alerts, const AlertRules& rules)
        = 0;
    // Several deliveries in one commit, each all-or-nothing on its own: one
    // that is refused does not hold back the others. A failed commit fails them all.
    // A delivery whose id was recorded before is answered as a duplicate and not applied.
    virtual QList<StoreResult<AlertIngestReport>> ingestAlertDeliveries(
        const QList<AlertDelivery>& deliveries, const AlertRules& rules)
        = 0;
    // Deliveries read from an alert inbox, applied in one transaction that moves
    // the store's mark for that inbox from mark.from to mark.through; all or
    // nothing, and nothing when the mark is no longer at mark.from. `refused`:
    // deliveries of these entries that the store refused earlier, kept with the
    // rejected deliveries in the same transaction (so none is let go unkept).
    // When the store refused one delivery itself (a rule or constraint: the
    // delivery's own fault), *failedDelivery is its index; when it could not
    // write at all (disk full, I/O error), -1, and all of them are to be tried again.
    virtual StoreResult<QList<AlertIngestReport>> ingestFromInbox(const QList<AlertDelivery>& deliveries,
        const AlertRules& rules, const InboxMark& mark, const QList<RejectedDelivery>& refused,
        qsizetype* failedDelivery)
        = 0;
    // The last entry of the inbox applied here; 0 for an inbox never seen.
    virtual StoreResult<qint64> inboxAppliedThrough(const QString& inbox) = 0;
    // What ingestAlerts would do with each alert now, storing nothing.
    virtual StoreResult<QList<AlertTrial>> trialAlerts(
        const QList<AlertSignal>& alerts, const AlertRules& rules)
        = 0;

    // Keeps refused deliveries, in one transaction; only the newest `keep` are kept.
    virtual StoreResult<bool> keepRejectedDeliveries(const QList<RejectedDelivery>& deliveries, int keep) = 0;
    // Newest first, each body cut to RejectedDelivery::kBodyReadBytes.
    virtual StoreResult<QList<RejectedDelivery>> rejectedDeliveries(int limit) = 0;

    // Alert notifications are counted in memory and written with a later commit (see
    // AlertVolumeTally); this writes what is waiting. Whoever ingests calls it now and then
    // (every second), so that other readers of the file see the counts within a second.
    virtual StoreResult<bool> writeAlertCounts() = 0;
};
