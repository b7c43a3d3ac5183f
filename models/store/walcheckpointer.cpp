#include "walcheckpointer.h"

#include "sqlitedatabase.h"

#include <QAtomicInteger>
#include <QSqlQuery>
#include <QTimer>

class WalCheckpointWorker final : public QObject {
public:
    explicit WalCheckpointWorker(QString databasePath)
        : m_databasePath(std::move(databasePath))
    {
        static QAtomicInteger<quint64> counter;
        m_connectionName = QStringLiteral("wal-checkpointer-%1").arg(++counter);
    }
    ~WalCheckpointWorker() override
    {
        if (m_opened)
            SqliteDatabase::close(m_connectionName);
    }

    void start()
    {
        m_opened = SqliteDatabase::openCompanion(m_databasePath, m_connectionName);
        if (!m_opened)
            return; // the writer's own checkpoints carry on as before
        // Made here, on the worker's thread, which runs it.
        auto* timer = new QTimer(this);
        timer->setTimerType(Qt::CoarseTimer);
        QObject::connect(timer, &QTimer::timeout, this, [this] {
            QSqlQuery checkpoint(QSqlDatabase::database(m_connectionName, false));
            // Busy (another checkpoint under way, or the file being migrated) is fine: the next pass copies it.
            checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
        });
        timer->start(WalCheckpointer::kEveryMs);
    }

private:
    QString m_databasePath;
    QString m_connectionName;
    bool m_opened = false;
};

WalCheckpointer::WalCheckpointer(const QString& databasePath)
{
    auto* worker = new WalCheckpointWorker(databasePath);
    m_thread.setObjectName(QStringLiteral("wal-checkpointer"));
    worker->moveToThread(&m_thread);
    // Deleted on its own thread, where its connection was opened.
    QObject::connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    QObject::connect(&m_thread, &QThread::started, worker, [worker] { worker->start(); });
    m_thread.start(QThread::LowPriority);
}

WalCheckpointer::~WalCheckpointer()
{
    m_thread.quit();
    m_thread.wait();
}
