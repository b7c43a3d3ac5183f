#pragma once

#include "models/domain/alert.h"
#include "models/store/alertintake.h"
#include "models/store/sqlsupport.h"
#include "models/store/storeresult.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

// What an operator is told of the inbox: how many accepted alerts wait to be
// applied to the store, and why they wait, if the store refuses them.
struct AlertInboxState {
    int waitingAlerts = 0;
    QString problem; // empty while the drain is doing fine
    int setAsideEntries = 0; // entries that could not be read, kept in the inbox file's quarantine table
    QString storePath; // the database whose inbox it is (to export what was set aside)

    bool operator==(const AlertInboxState&) const = default;
};

// A durable queue of alert deliveries in an SQLite file of its own, beside the
// store's file. In an alert storm the receiver commits deliveries here and
// answers their senders at once; AlertInboxDrain applies them to the store in
// large transactions on another thread. A commit is what a delivery of ten
// alerts mostly costs in the store (every index and full-text page it touches
// is written again), so a thousand alerts per commit cost a fraction of what
// four connections' worth did; and an entry here is one row in one table.
//
// One writer (the receiver) appends and discards; readers (the drain) read.
// Each thread opens an AlertInbox of its own.
class AlertInbox final {
    Q_DECLARE_TR_FUNCTIONS(AlertInbox)
public:
    struct Batch {
        qint64 through = 0; // the last entry read; 0: none
        int alerts = 0;
        QList<AlertDelivery> deliveries;
        int quarantined = 0; // entries among them that could not be read, set aside
    };
    // An entry that could not be read, kept whole in the inbox file's quarantine table.
    struct SetAside {
        qint64 entry = 0;
        int alerts = 0; // as the receiver counted them when it wrote the entry
        QByteArray payload;
        QString reason;
        QDateTime at; // when it was set aside, UTC
    };

    // The inbox of the store at storePath: the file storePath + "-inbox", created if missing.
    static QString pathFor(const QString& storePath);
    // Null, with the reason in *error, when the file cannot be opened or is of a newer format.
    static std::unique_ptr<AlertInbox> open(const QString& storePath, QString* error);
    ~AlertInbox();
    AlertInbox(const AlertInbox&) = delete;
    AlertInbox& operator=(const AlertInbox&) = delete;

    // Tells the store's marks for this file from those of a file that was deleted and made again.
    const QString& identity() const { return m_identity; }

    // Commits the deliveries as one entry, first letting go of the entries
    // through `applied`; the entry's number.
    StoreResult<qint64> append(const QList<AlertDelivery>& deliveries, qint64 applied);
    StoreResult<bool> discardThrough(qint64 applied);
    // The entries after `after`, whole, until they hold at least `alerts` alerts or run out.
    // An entry that cannot be read is set aside (quarantined()) and passed over.
    StoreResult<Batch> next(qint64 after, int alerts);
    StoreResult<QList<SetAside>> quarantined();
    StoreResult<int> quarantinedCount();
    // The set-aside entries as a JSON document a person can keep or hand on: each entry's
    // number, alert count, reason, when, and its bytes exactly as they were (base64).
    StoreResult<QByteArray> quarantinedAsJson();
    // The database whose inbox this is.
    const QString& storePath() const { return m_storePath; }
    // The newest entry's number, also once it has been discarded; 0 for a new file.
    StoreResult<qint64> lastEntry();
    // Empties the connection's page cache after a storm (see IdleRelease).
    void releaseMemory();

private:
    AlertInbox(QString connectionName, QString identity, QString storePath);
    StoreResult<bool> quarantine(qint64 entry, int alerts, const QByteArray& payload);

    QString m_connectionName;
    QString m_identity;
    QString m_storePath;
    SqlSupport::PreparedStatements m_statements;
};
