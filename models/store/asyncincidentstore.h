#pragma once

#include "models/store/incidentstore.h"
#include "models/store/openoutcome.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

class QTimer;

Q_DECLARE_METATYPE(QList<Alert>)

// Runs one IncidentStore on a thread of its own, so that the GUI never waits on
// the disk. Jobs run in the order they are submitted; each answer comes back on
// the submitting thread, and is dropped if its context object is gone by then.
// Every change to the store, by this process or by another one on the same
// file, is announced through changed(), in batches.
class StoreWorker;

class AsyncIncidentStore final : public QObject {
    Q_OBJECT
public:
    // Called on the store thread to open the store; sets *outcome either way.
    using Opener = std::function<std::unique_ptr<IncidentStore>(OpenOutcome* outcome)>;

    explicit AsyncIncidentStore(Opener opener, QObject* parent = nullptr);
    ~AsyncIncidentStore() override;

    void open();
    // Another writer in this process has committed: announce its changes now
    // instead of at the next poll. Safe to call from any thread.
    void lookForChanges();
    // How often to look for changes written by other processes; 0 turns looking off.
    void setExternalPollInterval(int milliseconds);

    template<typename R>
    void run(QObject* context, std::function<R(IncidentStore&)> job, std::function<void(const R&)> done)
    {
        QPointer<QObject> guard(context);
        post([this, guard, job = std::move(job), done = std::move(done)](IncidentStore& store) {
            R result = job(store);
            QMetaObject::invokeMethod(
                this,
                [guard, done, result = std::move(result)] {
                    if (guard)
                        done(result);
                },
                Qt::QueuedConnection);
        });
    }

Q_SIGNALS:
    void opened(const OpenOutcome& outcome);
    void changed(const StoreChanges& changes);
    // Alerts that changed, each once, as they are now.
    void alertsChanged(const QList<Alert>& alerts);
    // The connection to a database server broke (empty `problem`: it is back). Jobs posted meanwhile
    // wait, in order, and run once it is back (those still waiting when the console quits are not
    // run); a job that ran just as it broke fails, and its caller says so.
    void connectionChanged(const QString& problem);

private:
    void post(std::function<void(IncidentStore&)> job);

    QThread m_thread;
    StoreWorker* m_worker = nullptr;
};

// The part of AsyncIncidentStore that lives on the store thread.
class StoreWorker final : public QObject {
    Q_OBJECT
public:
    explicit StoreWorker(AsyncIncidentStore::Opener opener);
    ~StoreWorker() override;

    void open();
    void execute(const std::function<void(IncidentStore&)>& job);
    void setExternalPollInterval(int milliseconds);
    // Looks at the change logs soon: at once if the last announcement is old
    // enough, otherwise when it is. Old enough is 20 ms while alerts change at
    // a steady pace, so that a new alert reaches the views within a few tens of
    // milliseconds; in a storm (more than 2,000 alert changes a second) it is
    // 100 ms, so that views hear of changes at most ~10 times a second and the
    // GUI thread keeps time for the user.
    void schedulePublish();

Q_SIGNALS:
    void opened(const OpenOutcome& outcome);
    void changed(const StoreChanges& changes);
    void alertsChanged(const QList<Alert>& alerts);
    void connectionChanged(const QString& problem);

private:
    // Starts reading a store that was just opened (again).
    void attach(std::unique_ptr<IncidentStore> store);
    // The connection broke: forgets the store and tries again after a back-off.
    void reconnectLater(const QString& problem);
    // True, having started reconnecting, when the last look at the server found it gone.
    bool reconnectIfLost();
    void reconnect();
    void publishChanges();
    // How many alerts it announced.
    int publishAlertChanges();
    void pollOtherWriters();
    // Tells the file how far this console has read its change log, so that no
    // other console prunes what it has yet to read: when it has read further, and
    // now and then when it has not, so that the mark is seen to be alive.
    void markRead();

    AsyncIncidentStore::Opener m_opener;
    std::unique_ptr<IncidentStore> m_store;
    // While the connection is being restored: the back-off, and the jobs that wait for it.
    QTimer* m_reconnect = nullptr;
    int m_reconnectDelayMs = 0;
    QList<std::function<void(IncidentStore&)>> m_waiting;
    qint64 m_cursor = -1;
    qint64 m_alertCursor = -1;
    QElapsedTimer m_sincePublished;
    int m_publishIntervalMs;
    QTimer* m_publish = nullptr;
    QTimer* m_poll = nullptr;
    class IdleRelease* m_release = nullptr; // the store's caches, after a burst of changes
    const QString m_reader;
    qint64 m_markedCursor = -1;
    QElapsedTimer m_sinceMarked;
};
