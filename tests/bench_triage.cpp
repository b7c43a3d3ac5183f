// Triage at scale: 100,000 incidents and 1,000,000 timeline entries in the store (SQLite, and
// PostgreSQL as a team runs it).
// Prints figures; asserts only that the answers are right, never how fast they came.
#include "models/itemmodels/incidentlistmodel.h"
#include "models/store/incidentcommands.h"
#include "models/store/sql/sqlbatchinsert.h"
#include "models/store/storeopener.h"
#include "testsupport.h"
#include "views/mainwindow.h"
#include "views/triage/triagedock.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <vector>

namespace {
// QBENCHMARK runs a test function several times; say each figure once.
void figure(const QString& line)
{
    static QSet<QString> said;
    const QString key = QString::fromLatin1(QTest::currentTestFunction()) + QLatin1Char('/')
        + QString::fromLatin1(QTest::currentDataTag());
    if (!said.contains(key)) {
        said.insert(key);
        qInfo("FIGURE %s, on %s", qPrintable(line),
            TestSupport::TestDatabase::onPostgres() ? "PostgreSQL" : "SQLite");
    }
}

constexpr int kIncidents = 100000;
constexpr int kEntriesPerIncident = 10;

QString word(QRandomGenerator& random, const QStringList& words)
{
    return words.at(static_cast<int>(random.bounded(static_cast<quint32>(words.size()))));
}
}

class BenchTriage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void startupToFirstPage();
    void changeFilter_data();
    void changeFilter();
    void changeSort_data();
    void changeSort();
    void cleanupTestCase();

private:
    void generate();
    double waitForLoad(IncidentListModel& model, const IncidentQuery& query);

    QTemporaryDir m_dir; // the window's settings
    TestSupport::TestDatabase m_database;
    QString m_location;
    std::unique_ptr<AsyncIncidentStore> m_store;
    std::unique_ptr<IncidentListModel> m_model;
};

void BenchTriage::generate()
{
    // Written straight into the schema in one transaction: the store's own path
    // would take minutes for a million entries, and this is only the fixture.
    QElapsedTimer timer;
    timer.start();
    TestSupport::FixtureDatabase fixture(m_location);
    QVERIFY(fixture.isOpen());
    QSqlDatabase db = fixture.database();
    SqlBatchInsert incidents(db,
        QStringLiteral(
            "INSERT INTO incidents (id, key, key_year, key_number, title, description, severity, type, "
            "service, "
            "environment, status, commander, detected_at, response_due_at, acknowledged_at, resolved_at, "
            "closed_at, created_at, updated_at) VALUES "),
        QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"), 19);
    SqlBatchInsert entries(db,
        QStringLiteral("INSERT INTO timeline (incident_id, at, author, kind, field, old_value, new_value, "
                       "body) VALUES "),
        QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?)"), 8);

    QRandomGenerator random(20261123);
    const QStringList services { QStringLiteral("api"), QStringLiteral("database"),
        QStringLiteral("payments"), QStringLiteral("auth"), QStringLiteral("search"), QStringLiteral("cdn"),
        QStringLiteral("checkout"), QStringLiteral("queue"), QStringLiteral("cache"),
        QStringLiteral("reporting"), QStringLiteral("mail"), QStringLiteral("billing") };
    const QStringList symptoms { QStringLiteral("latency above SLO"), QStringLiteral("error rate spike"),
        QStringLiteral("disk nearly full"), QStringLiteral("connection pool exhausted"),
        QStringLiteral("certificate expiring"), QStringLiteral("replication lag"),
        QStringLiteral("5xx from edge"), QStringLiteral("queue backlog growing"),
        QStringLiteral("memory leak suspected") };
    const QStringList people { QStringLiteral("ana"), QStringLiteral("bo"), QStringLiteral("chris"),
        QStringLiteral("dee"), QStringLiteral("eve"), QStringLiteral("farid"), QStringLiteral("gus") };
    const QStringList types { QStringLiteral("outage"), QStringLiteral("performance"),
        QStringLiteral("security"), QStringLiteral("data"), QStringLiteral("integration") };
    const QStringList environments { QStringLiteral("production"), QStringLiteral("staging"),
        QStringLiteral("development") };
    const QString kEmpty = QStringLiteral(""); // Qt binds a null QString as NULL
    const qint64 start = QDateTime(QDate(2024, 11, 23), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 span = 2LL * 365 * 24 * 3600 * 1000;

    struct Made {
        qint64 detected;
        int severity;
        QString service;
        QString title;
    };
    std::vector<Made> made;
    made.reserve(kIncidents);
    for (int i = 1; i <= kIncidents; ++i) {
        const qint64 detected = start + span / kIncidents * i;
        const quint32 roll = random.bounded(100u);
        const int severity = roll < 5 ? 1 : roll < 20 ? 2 : roll < 60 ? 3 : 4;
        // Most history is closed; the newest couple of hundred are still being worked.
        const int status
            = i > kIncidents - 300 ? static_cast<int>(random.bounded(5u)) : (roll % 3 == 0 ? 5 : 6);
        const QString service = word(random, services);
        const QString title = service + QLatin1Char(' ') + word(random, symptoms);
        const int year = QDateTime::fromMSecsSinceEpoch(detected, Qt::UTC).date().year();
        const QVariant none(QMetaType::fromType<qint64>());
        QVERIFY2(
            incidents.add({ i, QStringLiteral("INC-%1-%2").arg(year).arg(i, 6, 10, QLatin1Char('0')), year, i,
                title, QStringLiteral("Seen by monitoring on %1").arg(service), severity, word(random, types),
                service, word(random, environments), status, word(random, people), detected,
                detected + 15 * 60 * 1000, status > 0 ? QVariant(detected + 4 * 60 * 1000) : none,
                status >= 5 ? QVariant(detected + 40 * 60 * 1000) : none,
                status == 6 ? QVariant(detected + 90 * 60 * 1000) : none, detected,
                detected + 90 * 60 * 1000 }),
            qPrintable(incidents.error().text()));
        made.push_back({ detected, severity, service, title });
    }
    QVERIFY2(incidents.finish(), qPrintable(incidents.error().text()));
    // The timeline once every incident is written: its entries name their incident.
    for (int i = 1; i <= kIncidents; ++i) {
        const Made& incident = made.at(std::size_t(i - 1));
        for (int e = 0; e < kEntriesPerIncident; ++e) {
            QVERIFY2(entries.add({ i, incident.detected + e * 60 * 1000, word(random, people), e == 0 ? 0 : 5,
                         kEmpty, kEmpty, e == 0 ? QStringLiteral("SEV%1").arg(incident.severity) : kEmpty,
                         e == 0 ? incident.title
                                : QStringLiteral("Checked %1, step %2").arg(incident.service).arg(e) }),
                qPrintable(entries.error().text()));
        }
    }
    QVERIFY2(entries.finish(), qPrintable(entries.error().text()));
    QVERIFY(fixture.finish());
    qInfo("generated %d incidents and %d timeline entries in %.1f s", kIncidents,
        kIncidents * kEntriesPerIncident, timer.elapsed() / 1000.0);
}

void BenchTriage::initTestCase()
{
    QVERIFY2(m_database.isValid(), qPrintable(m_database.error()));
    m_location = m_database.location();
    generate();
}

double BenchTriage::waitForLoad(IncidentListModel& model, const IncidentQuery& query)
{
    QSignalSpy loaded(&model, &IncidentListModel::loaded);
    QElapsedTimer timer;
    timer.start();
    model.setQuery(query);
    if (!loaded.wait(30000))
        return -1;
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

void BenchTriage::startupToFirstPage()
{
    // What the user waits for: the store opened on its thread, the window built,
    // and the first page of the triage queue on screen.
    QElapsedTimer timer;
    timer.start();
    auto store = std::make_unique<AsyncIncidentStore>([path = m_location](OpenOutcome* outcome) {
        StoreOptions options;
        options.location = path;
        return openIncidentStore(options, outcome);
    });
    QSignalSpy opened(store.get(), &AsyncIncidentStore::opened);
    store->open();
    QVERIFY(opened.wait(30000));
    const double openMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    IncidentCommands commands(store.get(), QStringLiteral("bench"));
    QSettings settings(m_dir.filePath(QStringLiteral("bench.ini")), QSettings::IniFormat);
    ConsoleContext context { store.get(), &commands, SystemClock::instance(), &settings, m_location };
    auto window = std::make_unique<MainWindow>(context);
    auto* model = qobject_cast<IncidentListModel*>(window->triageDock()->view()->model());
    QSignalSpy loaded(model, &IncidentListModel::loaded);
    window->show();
    QVERIFY(loaded.wait(30000));
    QCoreApplication::processEvents();
    const double firstPageMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    QVERIFY(model->rowCount() > 0);
    QCOMPARE(model->totalCount(), 300); // the active queue: the newest 300 are still being worked
    qint64 resident = 0;
    TestSupport::peakResidentKb(&resident);
    qInfo("FIGURE startup on %s: store open %.1f ms, window with first triage page %.1f ms (%d active "
          "incidents); resident %.1f MB",
        TestSupport::TestDatabase::onPostgres() ? "PostgreSQL" : "SQLite", openMs, firstPageMs,
        model->totalCount(), resident / 1024.0);
    window.reset();
    store.reset();
}

void BenchTriage::changeFilter_data()
{
    QTest::addColumn<int>("variant");
    const char* const names[] = { "active (default)", "all incidents", "SEV1 only, all statuses",
        "service=database, all statuses", "environment=staging, all statuses", "text 'disk', all statuses",
        "text 'INC-2025-05', all statuses", "resolved and closed" };
    for (int i = 0; i < int(std::size(names)); ++i)
        QTest::newRow(names[i]) << i;
}

void BenchTriage::changeFilter()
{
    QFETCH(int, variant);
    if (!m_store) {
        m_store = TestSupport::openAsyncStore(m_location, SystemClock::instance());
        QVERIFY(m_store);
        m_model = std::make_unique<IncidentListModel>(m_store.get(), SystemClock::instance());
        m_model->setTickInterval(0);
    }
    IncidentQuery query;
    switch (variant) {
    case 0:
        query.filter = IncidentFilter::activeOnly();
        break;
    case 1:
        break;
    case 2:
        query.filter.severities = { Severity::Sev1 };
        break;
    case 3:
        query.filter.service = QStringLiteral("database");
        break;
    case 4:
        query.filter.environment = Environment::Staging;
        break;
    case 5:
        query.filter.text = QStringLiteral("disk");
        break;
    case 6:
        query.filter.text = QStringLiteral("INC-2025-05");
        break;
    case 7:
        query.filter.statuses = { IncidentStatus::Resolved, IncidentStatus::Closed };
        break;
    }
    double worst = 0;
    QBENCHMARK
    {
        const double ms = waitForLoad(*m_model, query);
        QVERIFY(ms >= 0);
        worst = std::max(worst, ms);
    }
    QVERIFY(m_model->rowCount() > 0);
    for (int row = 0; row < m_model->rowCount(); ++row)
        QVERIFY(query.filter.matches(*m_model->incidentAt(row)));
    figure(QStringLiteral("filter '%1': worst %2 ms for %3 matching of %4")
               .arg(QLatin1String(QTest::currentDataTag()))
               .arg(worst, 0, 'f', 1)
               .arg(m_model->totalCount())
               .arg(kIncidents));
}

void BenchTriage::changeSort_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    const char* const names[IncidentListModel::ColumnCount] = { "key", "severity", "status", "title",
        "service", "environment", "commander", "age", "response target" };
    for (int column = 0; column < IncidentListModel::ColumnCount; ++column) {
        QTest::newRow(qPrintable(QStringLiteral("%1 ascending").arg(QLatin1String(names[column]))))
            << column << int(Qt::AscendingOrder);
        QTest::newRow(qPrintable(QStringLiteral("%1 descending").arg(QLatin1String(names[column]))))
            << column << int(Qt::DescendingOrder);
    }
}

void BenchTriage::changeSort()
{
    // Over all 100,000 incidents: the worst case for the store.
    QFETCH(int, column);
    QFETCH(int, order);
    IncidentFilter all;
    m_model->setFilter(all);
    QTRY_VERIFY(!m_model->isLoading());
    double worst = 0;
    QBENCHMARK
    {
        // Start from another order, so that the header click below really changes it.
        IncidentQuery other = m_model->query();
        other.sort = { IncidentSortKey::Key,
            column == 0 && order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder };
        QVERIFY(waitForLoad(*m_model, other) >= 0);
        QSignalSpy loaded(m_model.get(), &IncidentListModel::loaded);
        QElapsedTimer timer;
        timer.start();
        m_model->sort(column, static_cast<Qt::SortOrder>(order));
        QVERIFY(loaded.wait(30000));
        worst = std::max(worst, static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    QCOMPARE(m_model->totalCount(), kIncidents);
    const IncidentOrdering ordering(m_model->query().sort);
    for (int row = 1; row < m_model->rowCount(); ++row)
        QVERIFY(!ordering.lessThan(*m_model->incidentAt(row), *m_model->incidentAt(row - 1)));
    figure(QStringLiteral("sort '%1': worst %2 ms over %3 incidents")
               .arg(QLatin1String(QTest::currentDataTag()))
               .arg(worst, 0, 'f', 1)
               .arg(kIncidents));
}

void BenchTriage::cleanupTestCase()
{
    qint64 current = 0;
    const qint64 peak = TestSupport::peakResidentKb(&current);
    qInfo("FIGURE memory: peak resident %.1f MB (after the data set was written), now %.1f MB", peak / 1024.0,
        current / 1024.0);
    m_model.reset();
    m_store.reset();
}

QTEST_MAIN(BenchTriage)
#include "bench_triage.moc"
