// The alert inbox (the queue file a storm is committed to first) and its drain
// (which applies it to the store): real SQLite files, real threads.
#include "models/store/alertinbox.h"
#include "models/store/alertinboxdrain.h"
#include "models/store/sql/sqlincidentstore.h"
#include "models/store/sqlitedatabase.h"
#include "testsupport.h"

#include <QDataStream>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
AlertSignal signalNumber(int number, bool resolved = false)
{
    AlertSignal signal;
    signal.source = QStringLiteral("alertmanager");
    signal.fingerprint = QStringLiteral("fp-%1").arg(number);
    signal.name = QStringLiteral("DiskFilling");
    signal.labels = { { QStringLiteral("alertname"), signal.name },
        { QStringLiteral("service"), QStringLiteral("billing") },
        { QStringLiteral("instance"), QStringLiteral("host-%1").arg(number) } };
    signal.annotations
        = { { QStringLiteral("summary"), QStringLiteral("Disk filling on host-%1").arg(number) } };
    signal.resolved = resolved;
    signal.startsAt = QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);
    if (resolved)
        signal.endsAt = signal.startsAt.addSecs(300);
    return signal;
}

AlertDelivery deliveryOf(int first, int count, bool resolved = false)
{
    AlertDelivery delivery;
    delivery.source = QStringLiteral("alertmanager");
    for (int i = first; i < first + count; ++i)
        delivery.alerts.append(signalNumber(i, resolved));
    return delivery;
}

bool sameSignal(const AlertSignal& a, const AlertSignal& b)
{
    return a.source == b.source && a.fingerprint == b.fingerprint && a.name == b.name && a.labels == b.labels
        && a.annotations == b.annotations && a.resolved == b.resolved && a.startsAt == b.startsAt
        && a.endsAt == b.endsAt && a.generatorUrl == b.generatorUrl && a.action == b.action
        && a.note == b.note && a.actor == b.actor && a.observedAt == b.observedAt;
}

// The receiver's webhooks, as the drain is told of them (it names a refused delivery's route).
const QList<AlertSource> kSources { { QStringLiteral("prometheus"), QStringLiteral("alertmanager"),
    QStringLiteral("Alertmanager") } };

std::unique_ptr<IncidentStore> openConfigured(const QString& path, QString* error)
{
    return TestSupport::openStore(path, SystemClock::instance(), error);
}

AlertInboxDrain::OpenStore opener(const QString& path)
{
    return [path](QString* error) { return openConfigured(path, error); };
}

// A store in a temporary folder and its alert inbox, as the receiver has them.
struct StoreAndInbox {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("x.db"));
    QString error;
    std::unique_ptr<IncidentStore> store = openConfigured(path, &error);
    std::unique_ptr<AlertInbox> inbox = store ? AlertInbox::open(path, &error) : nullptr;

    bool opened() const { return store && inbox; }
};
}

class TestAlertInbox : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void entriesComeBackAsTheyWent();
    void batchesHoldWholeEntries();
    void numbersAreNeverReused();
    void newerFormatIsRefused();
    void entriesOfTheFirstFormatAreStillRead();
    void drainAppliesEachEntryOnce();
    void twoDrainsOfOneInboxApplyEachEntryOnce();
    void aDeliveryTheStoreRefusesIsKept();
    void aStoreThatCannotWriteLosesNothing();
    void anUnreadableEntryIsSetAside();
};

void TestAlertInbox::entriesComeBackAsTheyWent()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("x.db"));
    QString error;
    std::unique_ptr<AlertInbox> inbox = AlertInbox::open(store, &error);
    QVERIFY2(inbox, qPrintable(error));
    QVERIFY(QFile::exists(AlertInbox::pathFor(store)));

    AlertDelivery pagerDuty;
    pagerDuty.source = QStringLiteral("pagerduty");
    pagerDuty.deliveryId = QStringLiteral("01DEF5");
    AlertSignal acknowledged = signalNumber(7);
    acknowledged.source = QStringLiteral("pagerduty");
    acknowledged.action = AlertSignal::Action::Acknowledge;
    acknowledged.note = QStringLiteral("Looking — “ünïcode” too");
    acknowledged.actor = QStringLiteral("Ana Lima");
    acknowledged.observedAt = QDateTime(QDate(2026, 11, 24), QTime(9, 3, 7, 250), Qt::UTC);
    acknowledged.generatorUrl = QStringLiteral("https://example.pagerduty.com/incidents/Q1");
    pagerDuty.alerts = { acknowledged };
    const QList<AlertDelivery> sent { deliveryOf(0, 3, true), pagerDuty };
    const StoreResult<qint64> entry = inbox->append(sent, 0);
    QVERIFY2(entry, qPrintable(entry.error()));

    // Read back through a connection of its own, as the drain does.
    std::unique_ptr<AlertInbox> reader = AlertInbox::open(store, &error);
    QVERIFY(reader);
    QCOMPARE(reader->identity(), inbox->identity());
    const StoreResult<AlertInbox::Batch> batch = reader->next(0, 100);
    QVERIFY2(batch, qPrintable(batch.error()));
    QCOMPARE(batch->through, *entry);
    QCOMPARE(batch->alerts, 4);
    QCOMPARE(batch->deliveries.size(), 2);
    for (qsizetype d = 0; d < sent.size(); ++d) {
        QCOMPARE(batch->deliveries.at(d).source, sent.at(d).source);
        QCOMPARE(batch->deliveries.at(d).deliveryId, sent.at(d).deliveryId);
        QCOMPARE(batch->deliveries.at(d).alerts.size(), sent.at(d).alerts.size());
        for (qsizetype a = 0; a < sent.at(d).alerts.size(); ++a)
            QVERIFY2(sameSignal(batch->deliveries.at(d).alerts.at(a), sent.at(d).alerts.at(a)),
                qPrintable(QStringLiteral("delivery %1, alert %2").arg(d).arg(a)));
    }
    QCOMPARE(reader->next(*entry, 100)->through, 0); // nothing after it
}

void TestAlertInbox::batchesHoldWholeEntries()
{
    QTemporaryDir dir;
    QString error;
    std::unique_ptr<AlertInbox> inbox = AlertInbox::open(dir.filePath(QStringLiteral("x.db")), &error);
    QVERIFY(inbox);
    for (int i = 0; i < 5; ++i)
        QVERIFY(inbox->append({ deliveryOf(i * 10, 10) }, 0));
    // 25 alerts asked for: three entries of ten, never part of one.
    const StoreResult<AlertInbox::Batch> first = inbox->next(0, 25);
    QCOMPARE(first->alerts, 30);
    QCOMPARE(first->deliveries.size(), 3);
    const StoreResult<AlertInbox::Batch> rest = inbox->next(first->through, 25);
    QCOMPARE(rest->alerts, 20);
    QCOMPARE(rest->deliveries.first().alerts.first().fingerprint, QStringLiteral("fp-30"));
}

void TestAlertInbox::numbersAreNeverReused()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("x.db"));
    QString error;
    QString identity;
    {
        std::unique_ptr<AlertInbox> inbox = AlertInbox::open(store, &error);
        identity = inbox->identity();
        QCOMPARE(*inbox->lastEntry(), 0);
        QCOMPARE(*inbox->append({ deliveryOf(0, 1) }, 0), 1);
        QCOMPARE(*inbox->append({ deliveryOf(1, 1) }, 0), 2);
        QVERIFY(inbox->discardThrough(2));
        QCOMPARE(inbox->next(0, 10)->through, 0);
    }
    // Emptied and opened again: a store's mark "applied through 2" must not swallow the next entry.
    std::unique_ptr<AlertInbox> again = AlertInbox::open(store, &error);
    QCOMPARE(again->identity(), identity);
    QCOMPARE(*again->lastEntry(), 2);
    QCOMPARE(*again->append({ deliveryOf(2, 1) }, 2), 3);
    again.reset();
    // A file deleted and made anew is another inbox, whatever its numbers.
    QVERIFY(QFile::remove(AlertInbox::pathFor(store)));
    QFile::remove(AlertInbox::pathFor(store) + QStringLiteral("-wal"));
    QFile::remove(AlertInbox::pathFor(store) + QStringLiteral("-shm"));
    std::unique_ptr<AlertInbox> fresh = AlertInbox::open(store, &error);
    QVERIFY(fresh);
    QVERIFY(fresh->identity() != identity);
}

void TestAlertInbox::newerFormatIsRefused()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("x.db"));
    QString error;
    QVERIFY(AlertInbox::open(store, &error));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(AlertInbox::pathFor(store));
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    QVERIFY(!AlertInbox::open(store, &error));
    QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
}

// An inbox an older console left with entries in it (format 1, from before
// entries said how they are encoded): they are read as they were written.
void TestAlertInbox::entriesOfTheFirstFormatAreStillRead()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("x.db"));
    // Format 1 as it was written: the layout of the file, and an entry's bytes field by field.
    const AlertSignal old = signalNumber(3);
    QByteArray bytes;
    {
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << qint32(1) << old.source << QString() << qint32(1);
        out << old.source << old.fingerprint << old.name << old.labels << old.annotations << old.resolved
            << old.startsAt << old.endsAt << old.generatorUrl << qint32(0) << old.note << old.actor;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(AlertInbox::pathFor(store));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TABLE entries (id INTEGER PRIMARY KEY AUTOINCREMENT, alerts INTEGER NOT NULL, "
            "payload BLOB NOT NULL)")));
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TABLE identity (id INTEGER PRIMARY KEY CHECK (id = 1), name TEXT NOT NULL)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO identity VALUES (1, 'an older console')")));
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO entries (alerts, payload) VALUES (1, ?)")));
        q.addBindValue(bytes);
        QVERIFY(q.exec());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    QString error;
    std::unique_ptr<AlertInbox> inbox = AlertInbox::open(store, &error);
    QVERIFY2(inbox, qPrintable(error));
    QVERIFY(inbox->append({ deliveryOf(10, 1) }, 0)); // a new entry beside it, in today's encoding
    const StoreResult<AlertInbox::Batch> batch = inbox->next(0, 100);
    QVERIFY2(batch, qPrintable(batch.error()));
    QCOMPARE(batch->quarantined, 0);
    QCOMPARE(batch->deliveries.size(), 2);
    QVERIFY(sameSignal(batch->deliveries.at(0).alerts.first(), old));
    QVERIFY(sameSignal(batch->deliveries.at(1).alerts.first(), signalNumber(10)));
}

void TestAlertInbox::drainAppliesEachEntryOnce()
{
    StoreAndInbox files;
    QVERIFY2(files.opened(), qPrintable(files.error));
    const QString& path = files.path;
    IncidentStore* store = files.store.get();
    AlertInbox* inbox = files.inbox.get();
    // More than a batch, so that it takes the drain several.
    const int entries = AlertInboxDrain::kBatchAlerts / 100 * 3;
    for (int i = 0; i < entries; ++i)
        QVERIFY(inbox->append({ deliveryOf(i * 100, 100) }, 0));
    // The last entry resolves alerts the first one fired: applied after it, it leaves them resolved.
    const qint64 last = *inbox->append({ deliveryOf(0, 10, true) }, 0);
    const AlertRules rules = AlertRules::defaults(SeverityPolicy::defaults());
    int batches = 0;
    {
        AlertInboxDrain drain(
            path, 0, opener(path), std::make_shared<RulesInForce>(rules), [&batches] { ++batches; },
            [](const QString&) {}, kSources);
        drain.delivered();
        QTRY_COMPARE(drain.appliedThrough(), last);
    }
    QVERIFY2(batches >= 3, qPrintable(QString::number(batches)));
    QCOMPARE(*store->alerts().count(AlertFilter {}), entries * 100);
    AlertFilter resolved;
    resolved.statuses = { AlertStatus::Resolved };
    QCOMPARE(*store->alerts().count(resolved), 10);
    QCOMPARE(*store->intake().inboxAppliedThrough(inbox->identity()), last);

    // A drain that starts from the store's mark (a restart before the inbox let go) applies nothing again.
    int again = 0;
    {
        AlertInboxDrain drain(
            path, *store->intake().inboxAppliedThrough(inbox->identity()), opener(path),
            std::make_shared<RulesInForce>(rules), [&again] { ++again; }, [](const QString&) {}, kSources);
        QTest::qWait(300);
    }
    QCOMPARE(again, 0);
    QCOMPARE(TestSupport::firstNumber(
                 path, QStringLiteral("SELECT max(occurrences) FROM alerts WHERE status <> 2")),
        1);
}

void TestAlertInbox::twoDrainsOfOneInboxApplyEachEntryOnce()
{
    // Two consoles on one database, both receiving: each drain applies whatever the other has not.
    StoreAndInbox files;
    QVERIFY2(files.opened(), qPrintable(files.error));
    const QString& path = files.path;
    IncidentStore* store = files.store.get();
    AlertInbox* inbox = files.inbox.get();
    constexpr int kEntries = 200;
    qint64 last = 0;
    for (int i = 0; i < kEntries; ++i)
        last = *inbox->append({ deliveryOf(i * 20, 20) }, 0);
    const AlertRules rules = AlertRules::defaults(SeverityPolicy::defaults());
    QAtomicInteger<int> firstBatches = 0;
    QAtomicInteger<int> secondBatches = 0;
    {
        AlertInboxDrain first(
            path, 0, opener(path), std::make_shared<RulesInForce>(rules), [&firstBatches] { ++firstBatches; },
            [](const QString&) {}, kSources);
        AlertInboxDrain second(
            path, 0, opener(path), std::make_shared<RulesInForce>(rules),
            [&secondBatches] { ++secondBatches; }, [](const QString&) {}, kSources);
        first.delivered();
        second.delivered();
        QTRY_VERIFY_WITH_TIMEOUT(first.appliedThrough() == last && second.appliedThrough() == last, 30000);
    }
    qInfo("batches reported: %d by one drain, %d by the other", firstBatches.loadRelaxed(),
        secondBatches.loadRelaxed());
    QCOMPARE(*store->alerts().count(AlertFilter {}), kEntries * 20);
    QCOMPARE(TestSupport::firstNumber(path, QStringLiteral("SELECT max(occurrences) FROM alerts")), 1);
}

void TestAlertInbox::aDeliveryTheStoreRefusesIsKept()
{
    StoreAndInbox files;
    QVERIFY2(files.opened(), qPrintable(files.error));
    const QString& path = files.path;
    IncidentStore* store = files.store.get();
    AlertInbox* inbox = files.inbox.get();
    // A rule of the store this console does not have refuses any alert named "Poison".
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(
            QSqlQuery(db).exec(QStringLiteral("CREATE TRIGGER poison BEFORE INSERT ON alerts WHEN NEW.name = "
                                              "'Poison' BEGIN SELECT RAISE(ABORT, 'poisoned'); END")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    AlertDelivery poison = deliveryOf(100, 2);
    poison.alerts[1].name = QStringLiteral("Poison");
    const qint64 last = *inbox->append({ deliveryOf(0, 5), poison, deliveryOf(200, 5) }, 0);
    QStringList troubles;
    {
        AlertInboxDrain drain(
            path, 0, opener(path),
            std::make_shared<RulesInForce>(AlertRules::defaults(SeverityPolicy::defaults())), [] {},
            [&troubles](const QString& reason) { troubles.append(reason); }, kSources);
        drain.delivered();
        QTRY_COMPARE(drain.appliedThrough(), last);
    }
    // The others are in; the refused one is with the rejected deliveries, whole, in a form it can be sent
    // again in.
    QCOMPARE(*store->alerts().count(AlertFilter {}), 10);
    QCOMPARE(troubles.size(), 1);
    const StoreResult<QList<RejectedDelivery>> kept = store->intake().rejectedDeliveries(10);
    QCOMPARE(kept->size(), 1);
    QCOMPARE(kept->first().route, QStringLiteral("POST /webhooks/alerts/prometheus"));
    QVERIFY2(kept->first().reason.contains(QLatin1String("poisoned")), qPrintable(kept->first().reason));
    QVERIFY(kept->first().body.contains("\"fp-101\""));
    QVERIFY(kept->first().body.contains("\"Poison\""));
}

// The store's disk fills up while the drain applies a batch (SQLite's own
// "database or disk is full", from a page limit on the drain's connection):
// every alert answered 202 waits in the inbox, none is taken for refused, and
// all are applied once there is room again.
void TestAlertInbox::aStoreThatCannotWriteLosesNothing()
{
    StoreAndInbox files;
    QVERIFY2(files.opened(), qPrintable(files.error));
    const QString& path = files.path;
    IncidentStore* store = files.store.get();
    AlertInbox* inbox = files.inbox.get();
    const qint64 last = *inbox->append({ deliveryOf(0, 50), deliveryOf(50, 50), deliveryOf(100, 50) }, 0);

    QAtomicInteger<int> diskFull = 1;
    QMutex lock;
    QStringList connections;
    QStringList troubles;
    const AlertInboxDrain::OpenStore onSmallDisk = [&](QString* openError) -> std::unique_ptr<IncidentStore> {
        const QString name = SqliteDatabase::uniqueConnectionName(QStringLiteral("small-disk"));
        const OpenOutcome outcome = SqliteDatabase::open(path, name);
        if (!outcome.ok()) {
            *openError = outcome.message;
            return nullptr;
        }
        if (diskFull.loadAcquire()) {
            QSqlQuery pages(QSqlDatabase::database(name));
            if (!pages.exec(QStringLiteral("PRAGMA page_count")) || !pages.next()
                || !QSqlQuery(QSqlDatabase::database(name))
                        .exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages.value(0).toLongLong())))
                qFatal("could not limit the store's pages");
        }
        const QMutexLocker locked(&lock);
        connections.append(name);
        return std::make_unique<SqlIncidentStore>(
            name, SeverityPolicy::defaults(), SystemClock::instance(), false);
    };
    const auto troubleCount = [&] {
        const QMutexLocker locked(&lock);
        return troubles.size();
    };
    {
        AlertInboxDrain drain(
            path, 0, onSmallDisk,
            std::make_shared<RulesInForce>(AlertRules::defaults(SeverityPolicy::defaults())), [] {},
            [&](const QString& reason) {
                const QMutexLocker locked(&lock);
                troubles.append(reason);
            },
            kSources);
        drain.delivered();
        QTRY_VERIFY_WITH_TIMEOUT(troubleCount() >= 2, 10000); // tried, and tried again
        QCOMPARE(drain.appliedThrough(), 0);
        QCOMPARE(*store->alerts().count(AlertFilter {}), 0);
        diskFull.storeRelease(0);
        QTRY_COMPARE_WITH_TIMEOUT(drain.appliedThrough(), last, 20000);
    }
    for (const QString& name : std::as_const(connections))
        QSqlDatabase::removeDatabase(name);
    QVERIFY2(troubles.first().contains(QLatin1String("full")), qPrintable(troubles.first()));
    QCOMPARE(*store->alerts().count(AlertFilter {}), 150);
    QCOMPARE(store->intake().rejectedDeliveries(10)->size(), 0);
    QCOMPARE(TestSupport::firstNumber(path, QStringLiteral("SELECT max(occurrences) FROM alerts")), 1);
}

// An entry whose bytes no longer decode (a damaged sector, a file edited by
// hand) is set aside whole; the entries after it are applied, not refused for ever.
void TestAlertInbox::anUnreadableEntryIsSetAside()
{
    StoreAndInbox files;
    QVERIFY2(files.opened(), qPrintable(files.error));
    const QString& path = files.path;
    IncidentStore* store = files.store.get();
    AlertInbox* inbox = files.inbox.get();
    QVERIFY(inbox->append({ deliveryOf(0, 10) }, 0));
    const qint64 damaged = *inbox->append({ deliveryOf(10, 10) }, 0);
    const qint64 last = *inbox->append({ deliveryOf(20, 10) }, 0);
    const QByteArray garbage = QByteArray::fromHex("0000000bdeadbeef");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(AlertInbox::pathFor(path));
        QVERIFY(db.open());
        QSqlQuery damage(db);
        QVERIFY(damage.prepare(QStringLiteral("UPDATE entries SET payload = ? WHERE id = ?")));
        damage.addBindValue(garbage);
        damage.addBindValue(damaged);
        QVERIFY(damage.exec());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    {
        AlertInboxDrain drain(
            path, 0, opener(path),
            std::make_shared<RulesInForce>(AlertRules::defaults(SeverityPolicy::defaults())), [] {},
            [](const QString&) {}, kSources);
        drain.delivered();
        QTRY_COMPARE(drain.appliedThrough(), last);
    }
    QCOMPARE(*store->alerts().count(AlertFilter {}), 20);
    const StoreResult<QList<AlertInbox::SetAside>> setAside = inbox->quarantined();
    QVERIFY(setAside);
    QCOMPARE(setAside->size(), 1);
    QCOMPARE(setAside->first().entry, damaged);
    QCOMPARE(setAside->first().alerts, 10);
    QCOMPARE(setAside->first().payload, garbage);
    QCOMPARE(*inbox->quarantinedCount(), 1);
    // Exportable as they were, byte for byte.
    const QJsonObject exported = QJsonDocument::fromJson(*inbox->quarantinedAsJson()).object();
    QCOMPARE(exported.value(QLatin1String("identity")).toString(), inbox->identity());
    const QJsonArray entries = exported.value(QLatin1String("entries")).toArray();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().toObject().value(QLatin1String("entry")).toInteger(), damaged);
    QCOMPARE(QByteArray::fromBase64(
                 entries.first().toObject().value(QLatin1String("payloadBase64")).toString().toLatin1()),
        garbage);
    // Kept when the inbox lets go of the entries applied.
    QVERIFY(inbox->discardThrough(last));
    QCOMPARE(*inbox->quarantinedCount(), 1);
}

QTEST_GUILESS_MAIN(TestAlertInbox)
#include "tst_alertinbox.moc"
