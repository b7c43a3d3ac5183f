#include "models/store/alertinboxdrain.h"

#include "models/store/alertinbox.h"
#include "models/store/alertvolume.h"
#include "models/store/idlerelease.h"
#include "models/store/incidentstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>

namespace {
QJsonObject toObject(const AlertLabels& labels)
{
    QJsonObject object;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

// A refused delivery in the console's generic format, which it can be posted again in.
QByteArray genericFormat(const AlertDelivery& delivery)
{
    QJsonArray alerts;
    for (const AlertSignal& signal : delivery.alerts) {
        QJsonObject alert { { QStringLiteral("name"), signal.name },
            { QStringLiteral("status"),
                signal.resolved ? QStringLiteral("resolved") : QStringLiteral("firing") },
            { QStringLiteral("fingerprint"), signal.fingerprint },
            { QStringLiteral("labels"), toObject(signal.labels) },
            { QStringLiteral("annotations"), toObject(signal.annotations) } };
        if (signal.startsAt.isValid())
            alert.insert(QStringLiteral("startsAt"), signal.startsAt.toString(Qt::ISODateWithMs));
        if (signal.endsAt.isValid())
            alert.insert(QStringLiteral("endsAt"), signal.endsAt.toString(Qt::ISODateWithMs));
        if (!signal.generatorUrl.isEmpty())
            alert.insert(QStringLiteral("url"), signal.generatorUrl);
        alerts.append(alert);
    }
    return QJsonDocument(QJsonObject { { QStringLiteral("alerts"), alerts } }).toJson(QJsonDocument::Compact);
}
}

class AlertInboxDrainWorker final : public QObject {
public:
    AlertInboxDrainWorker(QString storePath, QAtomicInteger<qint64>* appliedThrough,
        AlertInboxDrain::OpenStore openStore, SharedRules rules, AlertInboxDrain::Applied onApplied,
        AlertInboxDrain::Trouble onTrouble, QList<AlertSource> sources)
        : m_storePath(std::move(storePath))
        , m_appliedThrough(appliedThrough)
        , m_openStore(std::move(openStore))
        , m_rules(std::move(rules))
        , m_onApplied(std::move(onApplied))
        , m_onTrouble(std::move(onTrouble))
        , m_sources(std::move(sources))
    {
    }

    void start()
    {
        // Made here, on the worker's thread, which runs them.
        m_retry = new QTimer(this);
        m_retry->setSingleShot(true);
        QObject::connect(m_retry, &QTimer::timeout, this, [this] { pass(); });
        m_release = new IdleRelease(
            [this] {
                if (m_store)
                    m_store->releaseMemory();
                if (m_inbox)
                    m_inbox->releaseMemory();
            },
            this);
        m_writeCounts = new QTimer(this);
        m_writeCounts->setSingleShot(true);
        m_writeCounts->setInterval(AlertVolumeTally::kWriteEveryMs);
        QObject::connect(m_writeCounts, &QTimer::timeout, this, [this] {
            if (m_store)
                m_store->intake().writeAlertCounts();
        });
        pass(); // what an earlier run committed to the inbox and did not apply
    }

    // Always after start(): that runs as the thread starts, before its event loop delivers this.
    void delivered()
    {
        if (!m_passQueued && !m_retry->isActive())
            queuePass();
    }

    // Before the thread ends: the store writes its counts and closes on the thread that opened it.
    void stop()
    {
        m_store.reset();
        m_inbox.reset();
    }

private:
    void queuePass()
    {
        m_passQueued = true;
        QMetaObject::invokeMethod(
            this, [this] { pass(); }, Qt::QueuedConnection);
    }

    bool opened()
    {
        QString error;
        if (!m_store)
            m_store = m_openStore(&error);
        if (m_store && !m_inbox)
            m_inbox = AlertInbox::open(m_storePath, &error);
        if (!error.isEmpty())
            m_onTrouble(error);
        return m_store && m_inbox;
    }

    // One batch per turn of the event loop, so that the thread can be told to stop between two.
    void pass()
    {
        m_passQueued = false;
        if (!opened())
            return retryLater();
        // The store's word, not ours: another console's drain may be applying this inbox too.
        const StoreResult<qint64> applied = m_store->intake().inboxAppliedThrough(m_inbox->identity());
        if (!applied) {
            m_onTrouble(applied.error());
            return retryLater();
        }
        if (*applied != m_appliedThrough->loadAcquire()) {
            m_appliedThrough->storeRelease(*applied);
            m_onApplied();
        }
        const StoreResult<AlertInbox::Batch> batch = m_inbox->next(*applied, AlertInboxDrain::kBatchAlerts);
        if (!batch) {
            m_onTrouble(batch.error());
            return retryLater();
        }
        if (batch->through == 0) {
            // Up to date. The last second's alert counts, held for the next commit, are written within one.
            m_writeCounts->start();
            return;
        }
        switch (apply(*batch, InboxMark { m_inbox->identity(), *applied, batch->through })) {
        case Outcome::Applied:
            m_appliedThrough->storeRelease(batch->through);
            m_retryMs = 0;
            m_release->noteWork();
            m_onApplied();
            break;
        case Outcome::Overtaken:
            break; // the next pass starts where the other drain got to
        case Outcome::Failed:
            return retryLater();
        }
        queuePass();
    }

    enum class Outcome { Applied, Overtaken, Failed };

    Outcome apply(const AlertInbox::Batch& batch, const InboxMark& mark)
    {
        QList<AlertDelivery> deliveries = batch.deliveries;
        // Let go only together with their kept copies, in the transaction that moves the mark.
        QList<RejectedDelivery> refused;
        for (;;) {
            qsizetype failedDelivery = -1;
            const StoreResult<QList<AlertIngestReport>> done = m_store->intake().ingestFromInbox(
                deliveries, m_rules->current(), mark, refused, &failedDelivery);
            if (done)
                return Outcome::Applied;
            if (failedDelivery < 0) {
                const StoreResult<qint64> now = m_store->intake().inboxAppliedThrough(mark.inbox);
                if (now && *now != mark.from)
                    return Outcome::Overtaken;
                m_onTrouble(done.error());
                // The store, not a delivery: all of it again later, on a connection opened
                // afresh (one that met a full disk or an I/O error is not trusted further).
                m_store.reset();
                return Outcome::Failed;
            }
            m_onTrouble(done.error());
            refused.append(refusedCopy(deliveries.takeAt(failedDelivery), done));
        }
    }

    RejectedDelivery refusedCopy(
        const AlertDelivery& delivery, const StoreResult<QList<AlertIngestReport>>& failure) const
    {
        RejectedDelivery kept;
        kept.at = QDateTime::currentDateTimeUtc();
        kept.route = QStringLiteral("POST /webhooks/alerts/%1")
                         .arg(AlertSource::pathForName(m_sources, delivery.source));
        kept.status = httpStatusOf(failure.errorKind());
        kept.reason
            = AlertInboxDrain::tr("Accepted into the alert inbox, then refused by the store: %1 The body "
                                  "holds its alerts in the generic format (POST /webhooks/alerts/generic).")
                  .arg(failure.error());
        kept.contentType = QStringLiteral("application/json");
        kept.body = genericFormat(delivery);
        return kept;
    }

    void retryLater()
    {
        m_retryMs = std::clamp(m_retryMs * 2, AlertInboxDrain::kFirstRetryMs, AlertInboxDrain::kLastRetryMs);
        m_retry->start(m_retryMs);
    }

    QString m_storePath;
    QAtomicInteger<qint64>* m_appliedThrough;
    AlertInboxDrain::OpenStore m_openStore;
    SharedRules m_rules;
    AlertInboxDrain::Applied m_onApplied;
    AlertInboxDrain::Trouble m_onTrouble;
    QList<AlertSource> m_sources;
    std::unique_ptr<IncidentStore> m_store;
    std::unique_ptr<AlertInbox> m_inbox;
    QTimer* m_retry = nullptr;
    QTimer* m_writeCounts = nullptr;
    IdleRelease* m_release = nullptr; // the store's and the inbox's caches, once a storm is applied
    int m_retryMs = 0;
    bool m_passQueued = false;
};

AlertInboxDrain::AlertInboxDrain(QString storePath, qint64 applied, OpenStore openStore, SharedRules rules,
    Applied onApplied, Trouble onTrouble, QList<AlertSource> sources)
    : m_worker(new AlertInboxDrainWorker(std::move(storePath), &m_appliedThrough, std::move(openStore),
        std::move(rules), std::move(onApplied), std::move(onTrouble), std::move(sources)))
    , m_appliedThrough(applied)
{
    m_thread.setObjectName(QStringLiteral("alert-inbox"));
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::started, m_worker, [worker = m_worker] { worker->start(); });
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

AlertInboxDrain::~AlertInboxDrain()
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->stop(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void AlertInboxDrain::delivered()
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->delivered(); }, Qt::QueuedConnection);
}
