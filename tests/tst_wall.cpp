// The wall display on a real store: its views rotate, type is sized to the
// screen, the picture drifts against burn-in, and the banner says when data is
// stale, the receiver is down or the database does not answer — and goes away
// by itself when the trouble does.
#include "testsupport.h"
#include "views/statistics/metricscharts.h"
#include "views/wall/wallwindow.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestWall : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void viewsRotateInTheConfiguredOrder();
    void typeIsSizedForTheRoom();
    void driftStaysSmallAndComesBack();
    void staleWhenNothingArrivesFreshWhenSomethingDoes();
    void receiverTroubleIsShownAndCleared();
    void databaseTroubleIsShownAndRecoveredFrom();

private:
    std::unique_ptr<WallWindow> wall(const QStringList& views = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock;
    std::unique_ptr<AsyncIncidentStore> m_store;
};

void TestWall::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock.set(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    m_store = TestSupport::openAsyncStore(m_dir->filePath(QStringLiteral("wall.db")), &m_clock);
    QVERIFY(m_store);
}

void TestWall::cleanup()
{
    m_store.reset();
}

std::unique_ptr<WallWindow> TestWall::wall(const QStringList& views)
{
    StatisticsConfig config = StatisticsConfig::builtIn();
    if (!views.isEmpty())
        config.wall.views = views;
    config.wall.staleMinutes = 10;
    auto window = std::make_unique<WallWindow>(m_store.get(), &m_clock, config);
    window->resize(1920, 1080);
    window->show();
    return window;
}

void TestWall::viewsRotateInTheConfiguredOrder()
{
    const auto window
        = wall({ QStringLiteral("health"), QStringLiteral("incidents"), QStringLiteral("charts") });
    QCOMPARE(window->viewNames(),
        (QStringList { QStringLiteral("System health"), QStringLiteral("Active incidents"),
            QStringLiteral("Response this quarter") }));
    QCOMPARE(window->currentView(), 0);
    window->nextView();
    QCOMPARE(window->currentView(), 1);
    QVERIFY(window->findChild<QLabel*>(QStringLiteral("wallViewName"))
                ->text()
                .startsWith(QLatin1String("Active incidents")));
    window->nextView();
    window->nextView();
    QCOMPARE(window->currentView(), 0); // round again
    QTest::keyClick(window.get(), Qt::Key_Left);
    QCOMPARE(window->currentView(), 2);
}

void TestWall::typeIsSizedForTheRoom()
{
    const auto window = wall();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    const QTableView* incidents = window->findChild<QTableView*>(QStringLiteral("wallIncidents"));
    QVERIFY(incidents);
    // On 1080 lines, rows of 30-pixel type: legible from five metres.
    QVERIFY2(incidents->font().pixelSize() >= 30, qPrintable(QString::number(incidents->font().pixelSize())));
    QVERIFY(window->findChild<QLabel*>(QStringLiteral("wallViewName"))->font().pixelSize() >= 40);
}

void TestWall::driftStaysSmallAndComesBack()
{
    const auto window = wall();
    QSet<QPair<int, int>> places;
    bool centred = false;
    for (int minute = 0; minute < 18; ++minute) {
        window->stepDrift();
        const QPoint drift = window->drift();
        QVERIFY(std::abs(drift.x()) <= 6 && std::abs(drift.y()) <= 6);
        places.insert({ drift.x(), drift.y() });
        centred = centred || drift.isNull();
    }
    QVERIFY2(places.size() >= 8, "the picture moves through several places");
    QVERIFY(centred);
}

void TestWall::staleWhenNothingArrivesFreshWhenSomethingDoes()
{
    const auto window = wall();
    window->checkFreshness();
    QTRY_VERIFY(!window->isStale());
    m_clock.advance(11 * 60); // nothing for longer than the 10 minutes allowed
    window->checkFreshness();
    QTRY_VERIFY(window->isStale());
    QVERIFY2(window->bannerText().contains(QLatin1String("DATA IS STALE")), qPrintable(window->bannerText()));

    // A successful poll makes it fresh.
    PollState poll;
    poll.name = QStringLiteral("alertmanager");
    poll.lastSuccess = m_clock.nowUtc();
    window->setPollStates({ poll });
    QTRY_VERIFY(!window->isStale());
    QTRY_VERIFY(window->bannerText().isEmpty());

    // So does an alert that arrives, after the poll has gone quiet again.
    m_clock.advance(20 * 60);
    window->checkFreshness();
    QTRY_VERIFY(window->isStale());
    AlertSignal alert;
    alert.source = QStringLiteral("alertmanager");
    alert.fingerprint = QStringLiteral("f1");
    alert.name = QStringLiteral("DiskFull");
    alert.labels = { { QStringLiteral("alertname"), QStringLiteral("DiskFull") },
        { QStringLiteral("severity"), QStringLiteral("warning") } };
    QSignalSpy done(m_store.get(), &AsyncIncidentStore::alertsChanged);
    m_store->run<bool>(
        this,
        [alert](IncidentStore& store) {
            return bool(
                store.intake().ingestAlerts({ alert }, AlertRules::defaults(SeverityPolicy::defaults())));
        },
        [](const bool&) {});
    QVERIFY(done.wait(5000));
    window->checkFreshness();
    QTRY_VERIFY(!window->isStale());
    QTRY_VERIFY(window->findChild<QLabel*>(QStringLiteral("wallFooter"))
                    ->text()
                    .contains(QLatin1String("last alert received")));
}

void TestWall::receiverTroubleIsShownAndCleared()
{
    const auto window = wall();
    window->setReceiverStatus(
        QStringLiteral("Receiver not listening"), false, QStringLiteral("address in use"));
    QVERIFY(window->bannerText().contains(QLatin1String("RECEIVER DOWN")));
    QVERIFY(window->bannerText().contains(QLatin1String("address in use")));
    window->setReceiverStatus(QStringLiteral("Receiver: http://127.0.0.1:3001"), true, QString());
    QVERIFY(window->bannerText().isEmpty());
}

void TestWall::databaseTroubleIsShownAndRecoveredFrom()
{
    const auto window = wall({ QStringLiteral("incidents") });
    // The answer a store gives when its file is locked or its disk is gone.
    window->storeAnswered(StoreResult<AlertStatistics>::failure(
        StoreErrorKind::Unavailable, QStringLiteral("database is locked")));
    QVERIFY(window->bannerText().contains(QLatin1String("DATABASE IS NOT ANSWERING")));
    QVERIFY(window->bannerText().contains(QLatin1String("database is locked")));
    // Meanwhile an incident is declared; when the store answers again, the list looks again and shows it.
    QVERIFY(TestSupport::openStore(m_dir->filePath(QStringLiteral("wall.db")), &m_clock)
                ->incidents()
                .declare(TestSupport::draft(QStringLiteral("Declared while the wall could not read")),
                    QStringLiteral("ana")));
    window->checkFreshness();
    QTRY_VERIFY(!window->bannerText().contains(QLatin1String("DATABASE")));
    const QTableView* incidents = window->findChild<QTableView*>(QStringLiteral("wallIncidents"));
    QTRY_COMPARE(incidents->model()->rowCount(), 1);
    // The header counts them too, once the count has caught up with the rows.
    QTRY_COMPARE(window->findChild<QLabel*>(QStringLiteral("wallViewName"))->text(),
        QStringLiteral("Active incidents (1)"));
}

QTEST_MAIN(TestWall)
#include "tst_wall.moc"
