#pragma once

#include "models/domain/alertsources.h"
#include "models/rules/rulesinforce.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>

class AlertInboxDrainWorker;
class IncidentStore;

// Applies the entries of an alert inbox (AlertInbox) to the store, oldest
// first, up to kBatchAlerts alerts in one transaction, on a thread and a
// connection of its own. What it has applied it never applies again: the
// store's mark for the inbox moves in the same transaction.
//
// A batch the store cannot take now (locked, disk full, an I/O error) stays in
// the inbox and is tried again whole, later each time; a delivery the store
// refuses outright (a rule or constraint) is kept with the rejected deliveries,
// with the reason, in the transaction that applies the others.
class AlertInboxDrain final {
    Q_DECLARE_TR_FUNCTIONS(AlertInboxDrain)
public:
    static constexpr int kBatchAlerts = 1000;
    static constexpr int kFirstRetryMs = 250;
    static constexpr int kLastRetryMs = 8000;

    // Run on the drain's thread: the store's connection for it, configured as the receiver's own.
    using OpenStore = std::function<std::unique_ptr<IncidentStore>(QString* error)>;
    // On the drain's thread after each batch it committed.
    using Applied = std::function<void()>;
    // On the drain's thread when a batch failed or a delivery was refused: what a person should know.
    using Trouble = std::function<void(const QString& reason)>;

    // `applied` is where the store's mark for this inbox stands now (read by the caller, so that
    // appliedThrough() is right before the thread has started).
    // `sources`: the receiver's webhooks, to name the route of a delivery the store refuses.
    AlertInboxDrain(QString storePath, qint64 applied, OpenStore openStore, SharedRules rules,
        Applied onApplied, Trouble onTrouble, QList<AlertSource> sources);
    ~AlertInboxDrain();
    AlertInboxDrain(const AlertInboxDrain&) = delete;
    AlertInboxDrain& operator=(const AlertInboxDrain&) = delete;

    // New entries wait in the inbox. Any thread.
    void delivered();
    // Every entry through this one is in the store. Any thread.
    qint64 appliedThrough() const { return m_appliedThrough.loadAcquire(); }

private:
    QThread m_thread;
    AlertInboxDrainWorker* m_worker; // lives on m_thread
    QAtomicInteger<qint64> m_appliedThrough;
};
