// The statistics dock on a real store: the headline figures against their
// goals, and a click on a bar listing the incidents behind it, one of which
// then selects that incident. Its models are the store's; the dock only draws.
#include "testsupport.h"
#include "views/health/healthdock.h"
#include "views/health/healthtile.h"
#include "views/statistics/drilldowndialog.h"
#include "views/statistics/reportdialog.h"
#include "views/statistics/statisticsdock.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

class TestStatisticsDock : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void headlinesAndDrillDown();
    void reportDialogExportsTheChosenMonth();
    void healthDockAsksForAnAddressThenShowsTiles();
};

void TestStatisticsDock::headlinesAndDrillDown()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dock.db"));
    ManualClock clock(QDateTime(QDate(2026, 11, 10), QTime(8, 0), Qt::UTC));
    qint64 slow = 0;
    {
        const std::unique_ptr<IncidentStore> store = TestSupport::openStore(path, &clock);
        QVERIFY(store);
        // Two SEV2s this week: acknowledged after 2 and after 8 minutes (MTTA 5, the goal); one more SEV3
        // unacknowledged.
        for (int minutes : { 2, 8 }) {
            const Incident incident
                = *store->incidents().declare(TestSupport::draft(QStringLiteral("Latency %1").arg(minutes),
                                                  Severity::Sev2, QStringLiteral("payments")),
                    QStringLiteral("ana"));
            clock.advance(minutes * 60);
            QVERIFY(store->incidents().changeStatus(
                incident.id, IncidentStatus::Acknowledged, QStringLiteral("ana")));
            slow = incident.id;
            clock.advance(3600);
        }
        QVERIFY(store->incidents().declare(
            TestSupport::draft(QStringLiteral("Search slow"), Severity::Sev3, QStringLiteral("search")),
            QStringLiteral("bo")));
    }
    const std::unique_ptr<AsyncIncidentStore> store = TestSupport::openAsyncStore(path, &clock);
    QVERIFY(store);
    StatisticsDock dock(store.get(), &clock, StatisticsConfig::builtIn());
    QSignalSpy loaded(&dock, &StatisticsDock::loaded);
    dock.resize(1600, 900);
    dock.show();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(dock.metrics().overall.incidents, 3);
    QCOMPARE(dock.metrics().overall.mttaSeconds, 300.0);
    const auto* mtta = dock.findChild<QLabel*>(QStringLiteral("statisticsHeadline1"));
    QVERIFY(mtta->text().contains(QLatin1String("5.0 minutes")));
    QVERIFY2(mtta->text().contains(QLatin1String("#2e7d32")), "MTTA at its goal is shown as kept");

    // The severity chart: a band per severity, a bar per week; the SEV2 band of this week.
    QChart* bySeverity = dock.chartViews().at(3)->chart();
    auto* bars = qobject_cast<QStackedBarSeries*>(bySeverity->series().first());
    QVERIFY(bars);
    QBarSet* sev2 = nullptr;
    for (QBarSet* set : bars->barSets()) {
        if (set->label() == QLatin1String("SEV2"))
            sev2 = set;
    }
    QVERIFY(sev2);
    const int thisWeek = static_cast<int>(dock.metrics().buckets.size()) - 1;
    QCOMPARE(sev2->at(thisWeek), 2.0);
    Q_EMIT sev2->clicked(thisWeek);
    DrillDownDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = dock.findChild<DrillDownDialog*>()) != nullptr);
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("drillDownTable"));
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Latency 8")); // newest first
    QSignalSpy requested(&dock, &StatisticsDock::incidentRequested);
    Q_EMIT table->itemActivated(table->item(0, 0));
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().toLongLong(), slow);
}

void TestStatisticsDock::reportDialogExportsTheChosenMonth()
{
    QTemporaryDir dir;
    ManualClock clock(QDateTime(QDate(2026, 10, 14), QTime(8, 0), Qt::UTC));
    {
        const std::unique_ptr<IncidentStore> store
            = TestSupport::openStore(dir.filePath(QStringLiteral("report.db")), &clock);
        QVERIFY(store->incidents().declare(
            TestSupport::draft(QStringLiteral("October outage"), Severity::Sev1, QStringLiteral("api")),
            QStringLiteral("ana")));
    }
    const std::unique_ptr<AsyncIncidentStore> store
        = TestSupport::openAsyncStore(dir.filePath(QStringLiteral("report.db")), &clock);
    ReportDialog dialog(store.get(), StatisticsConfig::builtIn().goals, QDate(2026, 11, 24));
    auto* month = dialog.findChild<QComboBox*>(QStringLiteral("reportMonth"));
    QCOMPARE(month->currentData().toString(), QStringLiteral("2026-11"));
    month->setCurrentIndex(month->findData(QStringLiteral("2026-10")));
    QSignalSpy exported(&dialog, &ReportDialog::exported);
    const QString path = dir.filePath(QStringLiteral("october.md"));
    dialog.exportTo(path);
    QVERIFY(exported.wait(10000));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(QLatin1String("October 2026")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("- Total incidents: 1")));
    QVERIFY(text.contains(QLatin1String("api")));
}

void TestStatisticsDock::healthDockAsksForAnAddressThenShowsTiles()
{
    HealthDock dock;
    dock.show();
    const HealthConfig config = StatisticsConfig::builtIn().health;
    QList<HealthReading> readings;
    for (const HealthTileSpec& spec : config.tiles)
        readings.append(HealthReading { spec, std::nullopt, std::nullopt, {}, {}, {}, {} });
    dock.setReadings(readings, QString());
    const auto* hint = dock.findChild<QLabel*>(QStringLiteral("healthHint"));
    QVERIFY(hint->isVisible());
    QVERIFY2(hint->text().contains(QLatin1String("Error rate")), qPrintable(hint->text()));
    QSignalSpy chosen(&dock, &HealthDock::prometheusUrlChanged);
    QTest::keyClicks(dock.address(), QStringLiteral("http://prometheus.internal:9090"));
    QTest::keyClick(dock.address(), Qt::Key_Return);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().first().toString(), QStringLiteral("http://prometheus.internal:9090"));

    readings.first().value = 12.3;
    readings.first().baseline = 4.2;
    dock.setReadings(readings, QStringLiteral("http://prometheus.internal:9090"));
    QVERIFY(!hint->isVisible());
    QCOMPARE(dock.tiles().size(), readings.size());
    QTRY_VERIFY(dock.tiles().first()->isVisible()); // a layout shows new children from the event loop
    QCOMPARE(dock.tiles().first()->accessibleName(),
        QStringLiteral("Error rate: 12.3 %, ▲ 8.1 points from baseline"));
}

QTEST_MAIN(TestStatisticsDock)
#include "tst_statisticsdock.moc"
