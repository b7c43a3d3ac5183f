#include "models/store/asyncincidentstore.h"

#include "models/store/idlerelease.h"

#include <QTimer>
#include <QUuid>

namespace {
constexpr int kChangesPerRead = 2000;
constexpr int kDefaultPollMs = 250;
constexpr int kSteadyPublishIntervalMs = 20;
constexpr int kStormPublishIntervalMs = 100;
constexpr qint64 kStormAlertChangesPerSecond = 2000;
constexpr int kMarkEveryMs = 5000;
constexpr qint64 kRenewUnmovedMarkMs = 10 * 60 * 1000;
constexpr int kFirstReconnectMs = 1000;
constexpr int kLongestReconnectMs = 30000;
}

AsyncIncidentStore::AsyncIncidentStore(Opener opener, QObject* parent)
    : QObject(parent)
    , m_worker(new StoreWorker(std::move(opener)))
{
    qRegisterMetaType<StoreChanges>();
    qRegisterMetaType<OpenOutcome>();
    qRegisterMetaType<QList<Alert>>();
    m_thread.setObjectName(QStringLiteral("incident-store"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &StoreWorker::opened, this, &AsyncIncidentStore::opened);
    connect(m_worker, &StoreWorker::changed, this, &AsyncIncidentStore::changed);
    connect(m_worker, &StoreWorker::alertsChanged, this, &AsyncIncidentStore::alertsChanged);
    connect(m_worker, &StoreWorker::connectionChanged, this, &AsyncIncidentStore::connectionChanged);
    m_thread.start();
}

AsyncIncidentStore::~AsyncIncidentStore()
{
    // Jobs already queued still run (a declared incident is never dropped on quit);
    // then the worker, its store and its connection go with the thread.
    m_thread.quit();
    m_thread.wait();
}

void AsyncIncidentStore::open()
{
    QMetaObject::invokeMethod(m_worker, &StoreWorker::open, Qt::QueuedConnection);
}

void AsyncIncidentStore::lookForChanges()
{
    QMetaObject::invokeMethod(m_worker, &StoreWorker::schedulePublish, Qt::QueuedConnection);
}

void AsyncIncidentStore::setExternalPollInterval(int milliseconds)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, milliseconds] { worker->setExternalPollInterval(milliseconds); },
        Qt::QueuedConnection);
}

void AsyncIncidentStore::post(std::function<void(IncidentStore&)> job)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, job = std::move(job)] { worker->execute(job); }, Qt::QueuedConnection);
}

StoreWorker::StoreWorker(AsyncIncidentStore::Opener opener)
    : m_opener(std::move(opener))
    , m_publishIntervalMs(kSteadyPublishIntervalMs)
    , m_reader(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

StoreWorker::~StoreWorker() = default;

void StoreWorker::open()
{
    OpenOutcome outcome;
    std::unique_ptr<IncidentStore> store = m_opener(&outcome);
    if (store) {
        store->changes().changesSince(&m_cursor, 0); // start from now: views load the present themselves
        store->alerts().changesSince(&m_alertCursor, 0);
        attach(std::move(store));
        m_publish = new QTimer(this);
        m_publish->setSingleShot(true);
        connect(m_publish, &QTimer::timeout, this, &StoreWorker::publishChanges);
        m_release = new IdleRelease(
            [this] {
                if (m_store)
                    m_store->releaseMemory();
            },
            this);
        m_poll = new QTimer(this);
        connect(m_poll, &QTimer::timeout, this, &StoreWorker::pollOtherWriters);
        m_poll->start(kDefaultPollMs);
        markRead();
        auto* marks = new QTimer(this);
        connect(marks, &QTimer::timeout, this, &StoreWorker::markRead);
        marks->start(kMarkEveryMs);
    }
    Q_EMIT opened(outcome);
}

void StoreWorker::attach(std::unique_ptr<IncidentStore> store)
{
    m_store = std::move(store);
    m_store->changes().othersWroteSinceLastCheck();
    // PostgreSQL says when anyone commits; the poll stays, for a wake-up lost across a reconnect.
    m_store->changes().wakeOnCommits([this] { schedulePublish(); });
}

void StoreWorker::reconnectLater(const QString& problem)
{
    m_store.reset();
    m_reconnectDelayMs
        = m_reconnectDelayMs == 0 ? kFirstReconnectMs : std::min(m_reconnectDelayMs * 2, kLongestReconnectMs);
    if (!m_reconnect) {
        m_reconnect = new QTimer(this);
        m_reconnect->setSingleShot(true);
        connect(m_reconnect, &QTimer::timeout, this, &StoreWorker::reconnect);
    }
    m_reconnect->start(m_reconnectDelayMs);
    Q_EMIT connectionChanged(
        tr("%1 Trying again in %n second(s).", nullptr, m_reconnectDelayMs / 1000).arg(problem));
}

bool StoreWorker::reconnectIfLost()
{
    if (!m_store->changes().connectionLost())
        return false;
    reconnectLater(tr("The connection to the database broke."));
    return true;
}

void StoreWorker::reconnect()
{
    OpenOutcome outcome;
    std::unique_ptr<IncidentStore> store = m_opener(&outcome);
    if (!store) {
        reconnectLater(tr("The database is still out of reach: %1").arg(outcome.message));
        return;
    }
    attach(std::move(store));
    m_reconnectDelayMs = 0;
    Q_EMIT connectionChanged({});
    // What was done meanwhile, in the order it was done; then what others committed meanwhile,
    // read on from the cursors (the log keeps it for a reader whose mark is recent).
    const QList<std::function<void(IncidentStore&)>> waiting = std::exchange(m_waiting, {});
    for (const std::function<void(IncidentStore&)>& job : waiting)
        job(*m_store);
    schedulePublish();
}

void StoreWorker::setExternalPollInterval(int milliseconds)
{
    if (!m_poll)
        return;
    if (milliseconds > 0)
        m_poll->start(milliseconds);
    else
        m_poll->stop();
}

void StoreWorker::execute(const std::function<void(IncidentStore&)>& job)
{
    if (!m_store && m_reconnect) {
        m_waiting.append(job);
        return;
    }
    if (!m_store) {
        qWarning("A store job was submitted before the store was open; it was not run");
        return;
    }
    job(*m_store);
    // A burst of jobs is followed by one look at the change log, not one each.
    schedulePublish();
}

void StoreWorker::pollOtherWriters()
{
    if (!m_store)
        return;
    // Polled alerts are counted here: let other readers of the file see the counts within a poll.
    m_store->intake().writeAlertCounts();
    const bool othersWrote = m_store->changes().othersWroteSinceLastCheck();
    if (reconnectIfLost())
        return;
    if (othersWrote)
        schedulePublish();
}

void StoreWorker::markRead()
{
    if (!m_store || m_cursor < 0
        || (m_cursor == m_markedCursor && m_sinceMarked.isValid()
            && m_sinceMarked.elapsed() < kRenewUnmovedMarkMs))
        return;
    const StoreResult<bool> marked = m_store->changes().markChangesRead(m_reader, m_cursor);
    if (!marked) {
        qWarning("Cannot mark how far the change log was read: %s", qPrintable(marked.error()));
        return;
    }
    m_markedCursor = m_cursor;
    m_sinceMarked.start();
}

void StoreWorker::schedulePublish()
{
    if (!m_publish || m_publish->isActive())
        return;
    const qint64 since = m_sincePublished.isValid() ? m_sincePublished.elapsed() : m_publishIntervalMs;
    m_publish->start(static_cast<int>(std::max<qint64>(0, m_publishIntervalMs - since)));
}

int StoreWorker::publishAlertChanges()
{
    const StoreResult<QList<Alert>> alerts = m_store->alerts().changesSince(&m_alertCursor, kChangesPerRead);
    if (!alerts) {
        qWarning("Cannot read the alert log: %s", qPrintable(alerts.error()));
        return 0;
    }
    if (!alerts->isEmpty())
        Q_EMIT alertsChanged(*alerts);
    return static_cast<int>(alerts->size());
}

void StoreWorker::publishChanges()
{
    if (!m_store)
        return;
    const qint64 sincePrevious
        = m_sincePublished.isValid() ? std::max<qint64>(m_sincePublished.elapsed(), 1) : 1000;
    m_sincePublished.start();
    // A storm is read in slices, each announced as it is read. A slice short of
    // full is the end of what was there: what commits meanwhile waits for the
    // next publish, so that a storm is announced at most once an interval.
    qint64 alertChanges = 0;
    for (;;) {
        const int announced = publishAlertChanges();
        alertChanges += announced;
        if (announced < kChangesPerRead)
            break;
    }
    if (alertChanges > 0)
        m_release->noteWork();
    const bool storm = alertChanges * 1000 / sincePrevious > kStormAlertChangesPerSecond;
    m_publishIntervalMs = storm ? kStormPublishIntervalMs : kSteadyPublishIntervalMs;
    for (;;) {
        const StoreResult<StoreChanges> changes = m_store->changes().changesSince(&m_cursor, kChangesPerRead);
        if (!changes) {
            qWarning("Cannot read the change log: %s", qPrintable(changes.error()));
            m_store->changes().othersWroteSinceLastCheck(); // looks whether the server is still there
            reconnectIfLost();
            return;
        }
        if (changes->isEmpty())
            return;
        m_release->noteWork();
        Q_EMIT changed(*changes);
        if (changes->size() < kChangesPerRead)
            return;
    }
}
