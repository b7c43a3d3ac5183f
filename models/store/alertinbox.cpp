#include "models/store/alertinbox.h"

#include "models/store/sqlitedatabase.h"

#include <QDataStream>
#include <QDir>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace SqlSupport;

namespace {
// The file's layout, in user_version: a file of a later version is refused, not misread.
// Format 2 added entries.format, the encoding of each entry (below), so that the entries
// an older console left in the file are still read as they were written.
constexpr int kFormat = 2;
// How an entry is encoded. 1: without AlertSignal::observedAt; 2: with it, after the actor.
constexpr int kEntryEncoding = 2;
constexpr QDataStream::Version kStreamVersion = QDataStream::Qt_6_4;

// Written field by field, lists with their length first: Qt's own operators for
// QList need ones for the element type that its templates can find, which
// ones private to this file are not.
void write(QDataStream& out, const AlertSignal& signal)
{
    out << signal.source << signal.fingerprint << signal.name << signal.labels << signal.annotations
        << signal.resolved << signal.startsAt << signal.endsAt << signal.generatorUrl
        << static_cast<qint32>(signal.action) << signal.note << signal.actor << signal.observedAt;
}

AlertSignal readSignal(QDataStream& in, int encoding)
{
    AlertSignal signal;
    qint32 action = 0;
    in >> signal.source >> signal.fingerprint >> signal.name >> signal.labels >> signal.annotations
        >> signal.resolved >> signal.startsAt >> signal.endsAt >> signal.generatorUrl >> action >> signal.note
        >> signal.actor;
    if (encoding >= 2)
        in >> signal.observedAt;
    signal.action = static_cast<AlertSignal::Action>(action);
    return signal;
}

QByteArray encode(const QList<AlertDelivery>& deliveries)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(kStreamVersion);
    out << static_cast<qint32>(deliveries.size());
    for (const AlertDelivery& delivery : deliveries) {
        out << delivery.source << delivery.deliveryId << static_cast<qint32>(delivery.alerts.size());
        for (const AlertSignal& signal : delivery.alerts)
            write(out, signal);
    }
    return bytes;
}

std::optional<QList<AlertDelivery>> decode(const QByteArray& bytes, int encoding)
{
    QDataStream in(bytes);
    in.setVersion(kStreamVersion);
    qint32 count = 0;
    in >> count;
    QList<AlertDelivery> deliveries;
    for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        AlertDelivery delivery;
        qint32 alerts = 0;
        in >> delivery.source >> delivery.deliveryId >> alerts;
        for (qint32 j = 0; j < alerts && in.status() == QDataStream::Ok; ++j)
            delivery.alerts.append(readSignal(in, encoding));
        deliveries.append(delivery);
    }
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    return deliveries;
}

bool exec(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}

// Creates the tables and the identity of a new file, in one transaction so
// that two threads opening it at once agree on one identity.
std::optional<QString> prepare(QSqlDatabase& db, QString* error)
{
    if (!exec(db, QStringLiteral("PRAGMA journal_mode = WAL"), error)
        // A 202 tells the sender it may forget the alerts: each commit is on the disk before that,
        // also across a power cut. Deliveries that wait together share one commit, so this costs
        // one sync per turn of the receiver, not one per delivery.
        || !exec(db, QStringLiteral("PRAGMA synchronous = FULL"), error)
        || !exec(db, QStringLiteral("BEGIN IMMEDIATE"), error))
        return std::nullopt;
    QSqlQuery query(db);
    const auto failed = [&db, &query, error] {
        if (error->isEmpty())
            *error = query.lastError().text();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return std::nullopt;
    };
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return failed();
    const int format = query.value(0).toInt();
    if (format > kFormat) {
        *error = AlertInbox::tr("it was written by a newer Incident Console (format %1)").arg(format);
        return failed();
    }
    if (format == 0) {
        // AUTOINCREMENT: numbers are never reused, also once every entry has been discarded, so a mark stays
        // true.
        if (!query.exec(QStringLiteral(
                "CREATE TABLE entries (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                "alerts INTEGER NOT NULL, payload BLOB NOT NULL, format INTEGER NOT NULL DEFAULT 1)"))
            || !query.exec(QStringLiteral(
                "CREATE TABLE identity (id INTEGER PRIMARY KEY CHECK (id = 1), name TEXT NOT NULL)"))
            || !query.prepare(QStringLiteral("INSERT INTO identity (id, name) VALUES (1, ?)")))
            return failed();
        query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        if (!query.exec() || !query.exec(QStringLiteral("PRAGMA user_version = %1").arg(kFormat)))
            return failed();
    }
    // Entries that could not be read, set aside (AlertInbox::next); a table older consoles do not read.
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS quarantine (entry INTEGER PRIMARY KEY, "
                                   "alerts INTEGER NOT NULL, payload BLOB NOT NULL, reason TEXT NOT NULL, "
                                   "at INTEGER NOT NULL)")))
        return failed();
    // A format 1 file, from before entries said how they are encoded: its entries are encoding 1.
    if (format == 1
        && (!query.exec(QStringLiteral("ALTER TABLE entries ADD COLUMN format INTEGER NOT NULL DEFAULT 1"))
            || !query.exec(QStringLiteral("PRAGMA user_version = %1").arg(kFormat))))
        return failed();
    if (!query.exec(QStringLiteral("SELECT name FROM identity WHERE id = 1")) || !query.next())
        return failed();
    const QString identity = query.value(0).toString();
    query.finish();
    if (!exec(db, QStringLiteral("COMMIT"), error))
        return failed();
    return identity;
}
}

QString AlertInbox::pathFor(const QString& storePath)
{
    return storePath + QStringLiteral("-inbox");
}

std::unique_ptr<AlertInbox> AlertInbox::open(const QString& storePath, QString* error)
{
    const QString connectionName = SqliteDatabase::uniqueConnectionName(QStringLiteral("alert-inbox"));
    const QString path = pathFor(storePath);
    QString reason;
    if (!SqliteDatabase::openCompanion(path, connectionName, &reason)) {
        *error = tr("Cannot open the alert inbox %1: %2").arg(QDir::toNativeSeparators(path), reason);
        return nullptr;
    }
    std::optional<QString> identity;
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        identity = prepare(db, &reason);
    }
    if (!identity) {
        *error = tr("Cannot open the alert inbox %1: %2").arg(QDir::toNativeSeparators(path), reason);
        SqliteDatabase::close(connectionName);
        return nullptr;
    }
    return std::unique_ptr<AlertInbox>(new AlertInbox(connectionName, *identity, storePath));
}

AlertInbox::AlertInbox(QString connectionName, QString identity, QString storePath)
    : m_connectionName(std::move(connectionName))
    , m_identity(std::move(identity))
    , m_storePath(std::move(storePath))
    , m_statements(m_connectionName)
{
}

AlertInbox::~AlertInbox()
{
    m_statements.clear();
    SqliteDatabase::close(m_connectionName);
}

StoreResult<qint64> AlertInbox::append(const QList<AlertDelivery>& deliveries, qint64 applied)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return StoreResult<qint64>::failure(StoreErrorKind::Unavailable, db.lastError().text());
    int alerts = 0;
    for (const AlertDelivery& delivery : deliveries)
        alerts += static_cast<int>(delivery.alerts.size());
    if (const StoreResult<bool> discarded = discardThrough(applied); !discarded) {
        db.rollback();
        return StoreResult<qint64>::failureFrom(discarded);
    }
    const PreparedStatements::Run insert
        = m_statements.run(QStringLiteral("INSERT INTO entries (alerts, payload, format) VALUES (?, ?, ?)"),
            { alerts, encode(deliveries), kEntryEncoding });
    if (!insert) {
        db.rollback();
        return failed<qint64>(insert.query());
    }
    const qint64 id = insert.query().lastInsertId().toLongLong();
    if (!db.commit())
        return StoreResult<qint64>::failure(StoreErrorKind::Unavailable, db.lastError().text());
    return id;
}

StoreResult<bool> AlertInbox::discardThrough(qint64 applied)
{
    const PreparedStatements::Run discard
        = m_statements.run(QStringLiteral("DELETE FROM entries WHERE id <= ?"), { applied });
    if (!discard)
        return failed<bool>(discard.query());
    return true;
}

StoreResult<AlertInbox::Batch> AlertInbox::next(qint64 after, int alerts)
{
    Batch batch;
    struct Unreadable {
        qint64 id;
        int alerts;
        QByteArray payload;
    };
    std::optional<Unreadable> unreadable;
    {
        const PreparedStatements::Run read = m_statements.run(
            QStringLiteral("SELECT id, alerts, payload, format FROM entries WHERE id > ? ORDER BY id"),
            { after });
        if (!read)
            return failed<Batch>(read.query());
        while (batch.alerts < alerts && read.query().next()) {
            const qint64 id = read.query().value(0).toLongLong();
            const QByteArray payload = read.query().value(2).toByteArray();
            std::optional<QList<AlertDelivery>> deliveries = decode(payload, read.query().value(3).toInt());
            if (!deliveries) {
                // Set aside once this read is over: a write while it steps would fail at once in a
                // storm (its snapshot older than the receiver's last commit). So the batch ends
                // before the entry, or, when it is the first, with it alone.
                if (batch.through == 0)
                    unreadable = Unreadable { id, read.query().value(1).toInt(), payload };
                break;
            }
            batch.through = id;
            batch.alerts += read.query().value(1).toInt();
            batch.deliveries.append(*deliveries);
        }
        if (read.query().lastError().isValid())
            return failed<Batch>(read.query());
    }
    if (unreadable) {
        // One damaged entry must not hold back every alert after it (each later delivery
        // would be refused): it is set aside, whole, before the mark passes it.
        const StoreResult<bool> kept = quarantine(unreadable->id, unreadable->alerts, unreadable->payload);
        if (!kept)
            return StoreResult<Batch>::failureFrom(kept);
        batch.through = unreadable->id;
        batch.quarantined = 1;
    }
    return batch;
}

StoreResult<bool> AlertInbox::quarantine(qint64 entry, int alerts, const QByteArray& payload)
{
    QSqlQuery keep(QSqlDatabase::database(m_connectionName, false));
    if (!prepareAndExec(keep,
            QStringLiteral("INSERT OR IGNORE INTO quarantine (entry, alerts, payload, reason, at) VALUES (?, "
                           "?, ?, ?, ?)"),
            { entry, alerts, payload, tr("The entry's bytes do not decode as alert deliveries."),
                toDb(QDateTime::currentDateTimeUtc()) }))
        return failed<bool>(keep);
    return true;
}

StoreResult<QList<AlertInbox::SetAside>> AlertInbox::quarantined()
{
    QSqlQuery read(QSqlDatabase::database(m_connectionName, false));
    read.setForwardOnly(true);
    if (!read.exec(
            QStringLiteral("SELECT entry, alerts, payload, reason, at FROM quarantine ORDER BY entry")))
        return failed<QList<SetAside>>(read);
    QList<SetAside> entries;
    while (read.next())
        entries.append({ read.value(0).toLongLong(), read.value(1).toInt(), read.value(2).toByteArray(),
            read.value(3).toString(), fromDb(read.value(4)) });
    return entries;
}

StoreResult<QByteArray> AlertInbox::quarantinedAsJson()
{
    const StoreResult<QList<SetAside>> entries = quarantined();
    if (!entries)
        return StoreResult<QByteArray>::failureFrom(entries);
    QJsonArray list;
    for (const SetAside& entry : *entries)
        list.append(QJsonObject { { QStringLiteral("entry"), entry.entry },
            { QStringLiteral("alerts"), entry.alerts }, { QStringLiteral("reason"), entry.reason },
            { QStringLiteral("setAsideAt"), entry.at.toString(Qt::ISODateWithMs) },
            { QStringLiteral("payloadBase64"), QString::fromLatin1(entry.payload.toBase64()) } });
    return QJsonDocument(
        QJsonObject { { QStringLiteral("inbox"), QDir::toNativeSeparators(pathFor(m_storePath)) },
            { QStringLiteral("identity"), m_identity }, { QStringLiteral("entries"), list } })
        .toJson(QJsonDocument::Indented);
}

StoreResult<int> AlertInbox::quarantinedCount()
{
    const PreparedStatements::Run read
        = m_statements.run(QStringLiteral("SELECT count(*) FROM quarantine"), {});
    if (!read || !read.query().next())
        return failed<int>(read.query());
    return read.query().value(0).toInt();
}

void AlertInbox::releaseMemory()
{
    SqliteDatabase::releaseMemory(m_connectionName);
}

StoreResult<qint64> AlertInbox::lastEntry()
{
    const PreparedStatements::Run read = m_statements.run(
        QStringLiteral("SELECT COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'entries'), 0)"), {});
    if (!read || !read.query().next())
        return failed<qint64>(read.query());
    return read.query().value(0).toLongLong();
}
