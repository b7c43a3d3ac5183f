#include "models/store/walcheckpointer.h"

#include "models/store/sqlitedatabase.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>

class WalCheckpointWorker final : public QObject {
public:
    WalCheckpointWorker(QString databasePath, QAtomicInteger<int>* passRequested)
        : m_databasePath(std::move(databasePath))
        , m_passRequested(passRequested)
        , m_connectionName(SqliteDatabase::uniqueConnectionName(QStringLiteral("wal-checkpointer")))
    {
    }
    ~WalCheckpointWorker() override
    {
        if (m_opened)
            SqliteDatabase::close(m_connectionName);
    }

    void start()
    {
        m_opened = SqliteDatabase::openCompanion(m_databasePath, m_connectionName);
        m_sinceLastPass.start();
        // Made here, on the worker's thread, which runs it.
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        m_timer->setInterval(WalCheckpointer::kAfterCommitMs);
        QObject::connect(m_timer, &QTimer::timeout, this, [this] { pass(); });
    }

    // Always after start(): that runs as the thread starts, before its event loop delivers this.
    void schedule()
    {
        if (!m_timer->isActive())
            m_timer->start();
    }

private:
    void pass()
    {
        // Lowered first: a commit while this pass runs asks for the next one.
        m_passRequested->storeRelease(0);
        if (!m_opened)
            return; // the writer's own checkpoints carry on as before
        QSqlQuery checkpoint(QSqlDatabase::database(m_connectionName, false));
        // Busy (another checkpoint under way, or the file being migrated) is fine: the next pass copies it.
        // The answer: busy, pages in the log, pages of it now in the file.
        const bool answered
            = checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) && checkpoint.next();
        const qint64 elapsedMs = std::max<qint64>(m_sinceLastPass.restart(), 1);
        // The log's pages came since the last pass (or the start), or since it started over after one.
        // -1: the pass could not run (another checkpoint held it), which says nothing of the pace.
        const qint64 logPages = answered ? checkpoint.value(1).toLongLong() : -1;
        if (logPages >= 0) {
            const bool storm = logPages * 1000 / elapsedMs >= WalCheckpointer::kStormPagesPerSecond;
            m_timer->setInterval(
                storm ? WalCheckpointer::kAfterCommitInStormMs : WalCheckpointer::kAfterCommitMs);
        }
    }

    QString m_databasePath;
    QAtomicInteger<int>* m_passRequested;
    QString m_connectionName;
    bool m_opened = false;
    QTimer* m_timer = nullptr;
    QElapsedTimer m_sinceLastPass;
};

WalCheckpointer::WalCheckpointer(const QString& databasePath)
    : m_worker(new WalCheckpointWorker(databasePath, &m_passRequested))
{
    m_thread.setObjectName(QStringLiteral("wal-checkpointer"));
    m_worker->moveToThread(&m_thread);
    // Deleted on its own thread, where its connection was opened.
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    QObject::connect(&m_thread, &QThread::started, m_worker, [worker = m_worker] { worker->start(); });
    m_thread.start(QThread::LowPriority);
}

WalCheckpointer::~WalCheckpointer()
{
    m_thread.quit();
    m_thread.wait();
}

void WalCheckpointer::walGrew()
{
    if (m_passRequested.testAndSetOrdered(0, 1))
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker] { worker->schedule(); }, Qt::QueuedConnection);
}
