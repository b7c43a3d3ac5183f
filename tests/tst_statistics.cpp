// Response metrics from the store on a seeded data set whose answers are
// worked out by hand: MTTD, MTTA, MTTR and MTBF per month and week, the
// breakdowns, target compliance, the alert volume and noisiest alerts, the
// drill-down to the incidents behind a figure, and the statistics settings.
#include "app/api/statisticsapi.h"
#include "models/rules/alertrules.h"
#include "models/rules/monthlyreport.h"
#include "models/rules/statisticsconfig.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {
QDateTime utc(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC);
}

constexpr ResolutionTargets kTargets { 4 * 3600, 24 * 3600, 72 * 3600, 240 * 3600 };
}

class TestStatistics : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void monthFiguresAreTheHandWorkedOnes();
    void trendHasOneEntryPerBucketAndQuietOnesAreZero();
    void filtersNarrowEveryFigure();
    void breakdownsAndCompliancePerSeverity();
    void drillDownListsTheIncidentsBehindAFigure();
    void alertVolumeAndNoisiestComeFromEveryNotification();
    void actionItemsDoneInAMonthKeepTheirDay();
    void weeksStartOnMondayAndFollowEachOther();
    void incidentStatisticsCarryMttd();
    void resolutionsOnlyEverCountUp();
    void settingsParseAndRefuseNonsense();
    void reportHasTheMonthsFiguresAndTrends();
    void statsApiGivesTheReportsFigures();
    void reportCommandWritesAPdfWithCharts();

private:
    // Declares at `created` an incident first seen at `detected`, then acknowledges and resolves it when
    // given.
    Incident incident(const QString& title, Severity severity, const QString& service, IncidentType type,
        const QDateTime& detected, const QDateTime& created, const QDateTime& acknowledged = {},
        const QDateTime& resolved = {});
    MetricsRequest request(const QList<MetricsBucket>& buckets, const MetricsFilter& filter = {}) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestSupport::TestDatabase> m_database;
    ManualClock m_clock;
    std::unique_ptr<IncidentStore> m_store;
    Incident m_a, m_b, m_c, m_d;
    const QDateTime m_now = utc(11, 23, 9);
};

Incident TestStatistics::incident(const QString& title, Severity severity, const QString& service,
    IncidentType type, const QDateTime& detected, const QDateTime& created, const QDateTime& acknowledged,
    const QDateTime& resolved)
{
    m_clock.set(created);
    IncidentDraft draft = TestSupport::draft(title, severity, service);
    draft.type = type;
    draft.detectedAt = detected;
    StoreResult<Incident> declared = m_store->incidents().declare(draft, QStringLiteral("ana"));
    if (!declared)
        qFatal("declare: %s", qPrintable(declared.error()));
    if (acknowledged.isValid()) {
        m_clock.set(acknowledged);
        declared = m_store->incidents().changeStatus(
            declared->id, IncidentStatus::Acknowledged, QStringLiteral("ana"));
    }
    if (resolved.isValid()) {
        m_clock.set(resolved);
        declared = m_store->incidents().changeStatus(
            declared->id, IncidentStatus::Resolved, QStringLiteral("ana"));
    }
    if (!declared)
        qFatal("change: %s", qPrintable(declared.error()));
    return *declared;
}

MetricsRequest TestStatistics::request(const QList<MetricsBucket>& buckets, const MetricsFilter& filter) const
{
    MetricsRequest request;
    request.buckets = buckets;
    request.filter = filter;
    request.resolutionTargets = kTargets;
    return request;
}

void TestStatistics::initTestCase()
{
    // The English plural forms ("2 incidents") live in the translation the console loads.
    auto* english = new QTranslator(this);
    QVERIFY(english->load(QStringLiteral(IC_ENGLISH_QM)));
    QCoreApplication::installTranslator(english);
}

void TestStatistics::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store.reset();
    m_database = std::make_unique<TestSupport::TestDatabase>();
    QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
    m_store = TestSupport::openStore(m_database->location(), &m_clock);
    QVERIFY(m_store);
    // October: one SEV2, 10 minutes to declare, 20 to acknowledge, an hour to resolve.
    m_d = incident(QStringLiteral("Checkout slow"), Severity::Sev2, QStringLiteral("payments"),
        IncidentType::Performance, utc(10, 15, 12), utc(10, 15, 12, 10), utc(10, 15, 12, 20),
        utc(10, 15, 13));
    // November: A met both targets; B acknowledged after 90 minutes (SEV2: 60) and resolved after 28 hours
    // (SEV2: 24); C, a SEV3 nobody acknowledged (4 hours passed long ago), unresolved but within its 72
    // hours.
    m_a = incident(QStringLiteral("Payments down"), Severity::Sev1, QStringLiteral("payments"),
        IncidentType::Outage, utc(11, 2, 10), utc(11, 2, 10, 6), utc(11, 2, 10, 10), utc(11, 2, 12));
    m_b = incident(QStringLiteral("Payments latency"), Severity::Sev2, QStringLiteral("payments"),
        IncidentType::Performance, utc(11, 10, 8), utc(11, 10, 8, 2), utc(11, 10, 9, 30), utc(11, 11, 12));
    m_c = incident(QStringLiteral("Search down"), Severity::Sev3, QStringLiteral("search"),
        IncidentType::Outage, utc(11, 21, 14), utc(11, 21, 14));
    m_clock.set(m_now);
}

void TestStatistics::monthFiguresAreTheHandWorkedOnes()
{
    const MetricsBucket november = MetricsCalendar::month(2026, 11);
    const StoreResult<ResponseMetrics> metrics = m_store->figures().responseMetrics(request({ november }));
    QVERIFY2(metrics, qPrintable(metrics.error()));
    const ResponseTimes& times = metrics->overall;
    QCOMPARE(times.incidents, 3);
    QCOMPARE(times.mttdSeconds, (6 + 2 + 0) * 60 / 3.0);
    QCOMPARE(times.acknowledged, 2);
    QCOMPARE(times.mttaSeconds, (10 + 90) * 60 / 2.0);
    QCOMPARE(times.resolved, 2);
    QCOMPARE(times.mttrSeconds, (2 * 3600 + 28 * 3600) / 2.0);
    QCOMPARE(times.responseMet, 1);
    QCOMPARE(times.responseMissed, 2);
    QCOMPARE(times.resolutionMet, 1);
    QCOMPARE(times.resolutionMissed, 1);
    // The month so far, per incident.
    QCOMPARE(times.mtbfSeconds, static_cast<double>(november.from.secsTo(m_now)) / 3);
    QCOMPARE(times.responseCompliance(), 100.0 / 3);
    QCOMPARE(times.resolutionCompliance(), 50.0);
}

void TestStatistics::trendHasOneEntryPerBucketAndQuietOnesAreZero()
{
    const QList<MetricsBucket> months = MetricsCalendar::lastBuckets(MetricsGranularity::Month, 4, m_now);
    QCOMPARE(months.size(), 4);
    QCOMPARE(months.last().label, QStringLiteral("2026-11"));
    QCOMPARE(months.first().label, QStringLiteral("2026-08"));
    const StoreResult<ResponseMetrics> metrics = m_store->figures().responseMetrics(request(months));
    QVERIFY(metrics);
    QCOMPARE(metrics->trend.size(), 4);
    QCOMPARE(metrics->trend.at(0).incidents, 0);
    QCOMPARE(metrics->trend.at(0).mtbfSeconds, 0.0);
    QCOMPARE(metrics->trend.at(1).incidents, 0);
    QCOMPARE(metrics->trend.at(2).incidents, 1);
    QCOMPARE(metrics->trend.at(2).mttdSeconds, 600.0);
    QCOMPARE(metrics->trend.at(2).mttaSeconds, 1200.0);
    QCOMPARE(metrics->trend.at(2).mttrSeconds, 3600.0);
    // October is over: its whole length counts.
    QCOMPARE(
        metrics->trend.at(2).mtbfSeconds, static_cast<double>(months.at(2).from.secsTo(months.at(2).to)));
    QCOMPARE(metrics->trend.at(3).incidents, 3);
    QCOMPARE(metrics->bySeverityPerBucket.at(2), (QMap<Severity, qint64> { { Severity::Sev2, 1 } }));
    QCOMPARE(metrics->bySeverityPerBucket.at(3).value(Severity::Sev1), 1);
    QVERIFY(metrics->bySeverityPerBucket.at(0).isEmpty());
    QCOMPARE(metrics->overall.incidents, 4);
}

void TestStatistics::filtersNarrowEveryFigure()
{
    const MetricsBucket november = MetricsCalendar::month(2026, 11);
    const StoreResult<ResponseMetrics> severe = m_store->figures().responseMetrics(
        request({ november }, { { Severity::Sev1, Severity::Sev2 }, {} }));
    QVERIFY(severe);
    QCOMPARE(severe->overall.incidents, 2);
    QCOMPARE(severe->overall.mttdSeconds, 4 * 60.0);
    QCOMPARE(severe->byService, (QList<QPair<QString, qint64>> { { QStringLiteral("payments"), 2 } }));
    const StoreResult<ResponseMetrics> search
        = m_store->figures().responseMetrics(request({ november }, { {}, QStringLiteral("search") }));
    QVERIFY(search);
    QCOMPARE(search->overall.incidents, 1);
    QCOMPARE(search->overall.acknowledged, 0);
    QCOMPARE(search->overall.mttaSeconds, 0.0);
    QCOMPARE(search->bySeverity, (QMap<Severity, qint64> { { Severity::Sev3, 1 } }));
}

void TestStatistics::breakdownsAndCompliancePerSeverity()
{
    MetricsRequest asked = request({ MetricsCalendar::month(2026, 11) });
    asked.topServices = 1;
    const StoreResult<ResponseMetrics> metrics = m_store->figures().responseMetrics(asked);
    QVERIFY(metrics);
    QCOMPARE(metrics->bySeverity,
        (QMap<Severity, qint64> { { Severity::Sev1, 1 }, { Severity::Sev2, 1 }, { Severity::Sev3, 1 } }));
    QCOMPARE(metrics->byType,
        (QList<QPair<IncidentType, qint64>> {
            { IncidentType::Outage, 2 }, { IncidentType::Performance, 1 } }));
    QCOMPARE(metrics->byService, (QList<QPair<QString, qint64>> { { QStringLiteral("payments"), 2 } }));
    QCOMPARE(metrics->otherServices, 1);
    const ResponseTimes sev2 = metrics->complianceBySeverity.value(Severity::Sev2);
    QCOMPARE(sev2.responseMissed, 1);
    QCOMPARE(sev2.resolutionMissed, 1);
    QCOMPARE(metrics->complianceBySeverity.value(Severity::Sev1).responseCompliance(), 100.0);
    QCOMPARE(metrics->complianceBySeverity.value(Severity::Sev3).resolutionCompliance(),
        -1.0); // nothing decided yet
}

void TestStatistics::drillDownListsTheIncidentsBehindAFigure()
{
    const MetricsBucket november = MetricsCalendar::month(2026, 11);
    MetricsDrillDown drill { november.from, november.to, {}, std::nullopt, QString() };
    StoreResult<QList<Incident>> behind = m_store->figures().incidentsBehind(drill, 100);
    QVERIFY(behind);
    QCOMPARE(behind->size(), 3);
    QCOMPARE(behind->first().id, m_c.id); // newest first
    drill.filter.service = QStringLiteral("payments");
    drill.type = IncidentType::Performance;
    behind = m_store->figures().incidentsBehind(drill, 100);
    QVERIFY(behind);
    QCOMPARE(behind->size(), 1);
    QCOMPARE(behind->first().id, m_b.id);
}

void TestStatistics::alertVolumeAndNoisiestComeFromEveryNotification()
{
    const AlertRules rules = AlertRules::defaults(SeverityPolicy::defaults());
    const auto signal
        = [](const QString& source, const QString& fingerprint, const QString& name, const QString& service) {
              AlertSignal alert;
              alert.source = source;
              alert.fingerprint = fingerprint;
              alert.name = name;
              alert.labels = { { QStringLiteral("alertname"), name },
                  { QStringLiteral("severity"), QStringLiteral("warning") },
                  { QStringLiteral("service"), service } };
              return alert;
          };
    // One notification in October; in November three of one alert (a repeat is a notification too) and one of
    // another.
    const QList<QPair<QDateTime, AlertSignal>> notifications {
        { utc(10, 20, 9),
            signal(QStringLiteral("alertmanager"), QStringLiteral("f0"), QStringLiteral("DiskFull"),
                QStringLiteral("search")) },
        { utc(11, 5, 9),
            signal(QStringLiteral("alertmanager"), QStringLiteral("f1"), QStringLiteral("HighErrorRate"),
                QStringLiteral("payments")) },
        { utc(11, 5, 9, 5),
            signal(QStringLiteral("alertmanager"), QStringLiteral("f1"), QStringLiteral("HighErrorRate"),
                QStringLiteral("payments")) },
        { utc(11, 12, 9),
            signal(QStringLiteral("alertmanager"), QStringLiteral("f1"), QStringLiteral("HighErrorRate"),
                QStringLiteral("payments")) },
        { utc(11, 12, 10),
            signal(QStringLiteral("cloudwatch"), QStringLiteral("f2"), QStringLiteral("QueueDepth"),
                QStringLiteral("search")) },
    };
    for (const auto& [at, alert] : notifications) {
        m_clock.set(at);
        QVERIFY(m_store->intake().ingestAlerts({ alert }, rules));
    }
    m_clock.set(m_now);
    const QList<MetricsBucket> months { MetricsCalendar::month(2026, 10), MetricsCalendar::month(2026, 11) };
    StoreResult<ResponseMetrics> metrics = m_store->figures().responseMetrics(request(months));
    QVERIFY(metrics);
    QCOMPARE(metrics->alertVolume.sources,
        (QStringList { QStringLiteral("alertmanager"), QStringLiteral("cloudwatch") }));
    QCOMPARE(metrics->alertVolume.perBucket, (QList<QList<qint64>> { { 1, 0 }, { 3, 1 } }));
    QCOMPARE(metrics->noisiestAlerts.first(), qMakePair(QStringLiteral("HighErrorRate"), qint64(3)));
    QCOMPARE(metrics->noisiestAlerts.size(), 3);

    metrics
        = m_store->figures().responseMetrics(request({ months.last() }, { {}, QStringLiteral("search") }));
    QVERIFY(metrics);
    QCOMPARE(
        metrics->noisiestAlerts, (QList<QPair<QString, qint64>> { { QStringLiteral("QueueDepth"), 1 } }));
}

void TestStatistics::actionItemsDoneInAMonthKeepTheirDay()
{
    m_clock.set(utc(11, 3, 9));
    PostIncidentReview review = *m_store->reviews().startReview(m_a.id, QStringLiteral("ana"));
    review.actionItems
        = { { QStringLiteral("Raise the pool limit"), QStringLiteral("DB team"), QDate(2026, 11, 10),
                ActionPriority::High, ActionStatus::Done, ActionHorizon::ShortTerm },
              { QStringLiteral("Load test with production data"), QStringLiteral("QA"), QDate(2026, 12, 10),
                  ActionPriority::Medium, ActionStatus::Open, ActionHorizon::MediumTerm } };
    QVERIFY(m_store->reviews().saveReview(review, QStringLiteral("ana")));
    // Saved again weeks later: the first item was done on the 3rd, the second now.
    m_clock.set(utc(12, 2, 9));
    review.actionItems[1].status = ActionStatus::Done;
    QVERIFY(m_store->reviews().saveReview(review, QStringLiteral("ana")));
    const MetricsBucket november = MetricsCalendar::month(2026, 11);
    const StoreResult<QList<TrackedActionItem>> done
        = m_store->reviews().actionItemsDone(november.from, november.to);
    QVERIFY(done);
    QCOMPARE(done->size(), 1);
    QCOMPARE(done->first().item.text, QStringLiteral("Raise the pool limit"));
    QCOMPARE(done->first().doneAt, utc(11, 3, 9));
    QCOMPARE(done->first().incidentKey, m_a.key);
}

void TestStatistics::weeksStartOnMondayAndFollowEachOther()
{
    const QList<MetricsBucket> weeks = MetricsCalendar::lastBuckets(MetricsGranularity::Week, 6, m_now);
    QCOMPARE(weeks.size(), 6);
    for (qsizetype i = 0; i < weeks.size(); ++i) {
        QCOMPARE(weeks.at(i).from.toLocalTime().date().dayOfWeek(), 1);
        QCOMPARE(weeks.at(i).from.toLocalTime().time(), QTime(0, 0));
        if (i > 0)
            QCOMPARE(weeks.at(i).from, weeks.at(i - 1).to);
    }
    QVERIFY(weeks.last().from <= m_now && m_now < weeks.last().to);
    const StoreResult<ResponseMetrics> metrics = m_store->figures().responseMetrics(request(weeks));
    QVERIFY(metrics);
    qint64 total = 0;
    for (const ResponseTimes& week : metrics->trend)
        total += week.incidents;
    QCOMPARE(total, metrics->overall.incidents);
}

void TestStatistics::incidentStatisticsCarryMttd()
{
    const StoreResult<IncidentStatistics> stats
        = m_store->figures().incidentStatistics(IncidentStatistics::defaultResolutionBounds());
    QVERIFY(stats);
    QCOMPARE(stats->meanSecondsToDetect, (10 + 6 + 2 + 0) * 60 / 4.0);
    QCOMPARE(stats->meanSecondsToAcknowledge, (20 + 10 + 90) * 60 / 3.0);
}

// incidents_resolved_total is a Prometheus counter: reopening an incident must not take a resolution back
// (rate() would read a drop as a reset), and resolving it again counts again.
void TestStatistics::resolutionsOnlyEverCountUp()
{
    const auto figures = [this] {
        const StoreResult<IncidentStatistics> stats
            = m_store->figures().incidentStatistics(IncidentStatistics::defaultResolutionBounds());
        if (!stats)
            qFatal("statistics: %s", qPrintable(stats.error()));
        return std::pair { stats->resolutions, stats->resolved };
    };
    const auto [resolutionsBefore, resolvedBefore] = figures();
    QVERIFY(resolutionsBefore > 0); // the month's incidents were resolved: the count reads the timeline
    QCOMPARE(resolutionsBefore, resolvedBefore); // none was reopened yet
    const QDateTime now = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    const Incident flapping = incident(QStringLiteral("Flapping"), Severity::Sev2, QStringLiteral("api"),
        IncidentType::Outage, now, now, now.addSecs(60), now.addSecs(600));
    QCOMPARE(figures(), std::pair(resolutionsBefore + 1, resolvedBefore + 1));
    const QString ana = QStringLiteral("ana");
    QVERIFY(m_store->incidents().changeStatus(flapping.id, IncidentStatus::Investigating, ana));
    QCOMPARE(figures(), std::pair(resolutionsBefore + 1, resolvedBefore)); // reopened: still counted once
    QVERIFY(m_store->incidents().changeStatus(flapping.id, IncidentStatus::Resolved, ana));
    QVERIFY(m_store->incidents().changeStatus(flapping.id, IncidentStatus::Closed, ana));
    QCOMPARE(figures(), std::pair(resolutionsBefore + 2, resolvedBefore + 1));
}

void TestStatistics::settingsParseAndRefuseNonsense()
{
    const StatisticsConfig shipped = StatisticsConfig::builtIn();
    QCOMPARE(shipped.goals.mttaSeconds, 5 * 60);
    QCOMPARE(shipped.goals.mttrSeconds, 30 * 60);
    QCOMPARE(shipped.goals.resolutionSeconds, kTargets);
    QCOMPARE(shipped.health.tiles.size(), 5);
    QCOMPARE(shipped.health.tiles.at(2).higherIsWorse, false);
    QCOMPARE(shipped.wall.views, WallConfig::knownViews());
    QCOMPARE(StatisticsConfig::parseDuration(QStringLiteral("6h")), std::optional<qint64>(6 * 3600));
    QCOMPARE(StatisticsConfig::parseDuration(QStringLiteral("6x")), std::nullopt);
    QCOMPARE(StatisticsConfig::parseDuration(QStringLiteral("1111111111111111111d")),
        std::nullopt); // found by fuzzing: it overflowed
    QCOMPARE(StatisticsConfig::parseDuration(QStringLiteral("999999999999999w")), std::nullopt);
    QString error;
    QVERIFY(!StatisticsConfig::parse("{\"wall\": {\"views\": [\"incidents\", \"weather\"]}}", &error));
    QVERIFY2(error.contains(QLatin1String("weather")), qPrintable(error));
    QVERIFY(!StatisticsConfig::parse(
        "{\"health\": {\"tiles\": [{\"title\": \"X\", \"query\": \"up\", \"baseline\": \"soon\"}]}}",
        &error));
    QVERIFY2(error.contains(QLatin1String("soon")), qPrintable(error));
    QVERIFY(!StatisticsConfig::parse("{\"health\": {\"prometheus\": \"ftp://x\"}}", &error));
    // A number too large for what it counts is refused, not turned into an integer it cannot be (found by
    // fuzzing).
    QVERIFY(!StatisticsConfig::parse("{\"health\": {\"refreshSeconds\": 7e80}}", &error));
    QVERIFY2(error.contains(QLatin1String("refreshSeconds")), qPrintable(error));
    QVERIFY(!StatisticsConfig::parse("{\"goals\": {\"mttrMinutes\": 1e300}}", &error));

    const QString file = m_dir->filePath(QStringLiteral("config/statistics.json"));
    QVERIFY2(StatisticsConfig::savePrometheusUrl(file, QStringLiteral("http://127.0.0.1:9090"), &error),
        qPrintable(error));
    QString warning;
    const StatisticsConfig saved = StatisticsConfig::load(file, &warning);
    QVERIFY2(warning.isEmpty(), qPrintable(warning));
    QCOMPARE(saved.health.prometheusUrl, QStringLiteral("http://127.0.0.1:9090"));
    QCOMPARE(saved.health.tiles.size(), 5);
}

void TestStatistics::reportHasTheMonthsFiguresAndTrends()
{
    // Customers rated two of November's incidents 5 and 4, and October's one 4 (seed 004's figure).
    QList<int> ratings { 5, 4 };
    const StoreResult<QList<Incident>> incidents
        = m_store->incidents().page(IncidentQuery {}, std::nullopt, 10);
    QVERIFY(incidents);
    for (const Incident& incident : *incidents) {
        const int rating = incident.detectedAt.date().month() == 10 ? 4
            : ratings.isEmpty()                                     ? 0
                                                                    : ratings.takeFirst();
        if (rating > 0)
            QVERIFY(m_store->incidents().editField(incident.id, IncidentField::CustomerSatisfaction,
                QString::number(rating), QStringLiteral("cs")));
    }
    QVERIFY(ratings.isEmpty());
    const StoreResult<MonthlyReport> report
        = MonthlyReport::load(*m_store, 2026, 11, StatisticsConfig::builtIn().goals);
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->current().incidents, 3);
    QCOMPARE(report->previous().incidents, 1);
    const QString markdown = report->markdown();
    for (const QString& expected : {
             QStringLiteral("# Monthly Incident Report — November 2026"),
             QStringLiteral("- Total incidents: 3"),
             QStringLiteral("- SEV1 · Critical: 1 incident"),
             QStringLiteral("- SEV4 · Low: 0 incidents"),
             // Hand-worked: (6 + 2 + 0) / 3 minutes against October's 10; (10 + 90) / 2 against 20; (2 + 28)
             // / 2 hours against 1.
             QStringLiteral(
                 "| Mean Time to Detection (MTTD) | 2.7 minutes | 10 minutes | -73 % | under 5 minutes |"),
             QStringLiteral(
                 "| Mean Time to Response (MTTA) | 50 minutes | 20 minutes | +150 % | under 5 minutes |"),
             QStringLiteral(
                 "| Mean Time to Resolution (MTTR) | 15 hours | 60 minutes | +%1 % | under 30 minutes |")
                 .arg(QLocale().toString(1400)),
             QStringLiteral("| Customer satisfaction | 4.5/5.0 (2 rated) | 4.0/5.0 (1 rated) | +0.5 |  |"),
             QStringLiteral("- Detection time reduced by 73 % vs. October"),
             QStringLiteral("- Response time worsened by 150 % vs. October"),
             QStringLiteral("- 50 % of incidents resolved within SLA"),
             QStringLiteral("- 33 % of incidents acknowledged within their response target"),
             QStringLiteral("| SEV2 | 1 | 0 % | 0 % |"),
             QStringLiteral("- payments: 2 incidents"),
         })
        QVERIFY2(markdown.contains(expected), qPrintable(expected + QStringLiteral("\n---\n") + markdown));
}

void TestStatistics::statsApiGivesTheReportsFigures()
{
    ReceiverCounters counters;
    StatisticsApi statistics(m_store.get(), &m_clock, &counters, StatisticsConfig::builtIn().goals);
    RouteTable api;
    statistics.addRoutes(api);
    HttpRequest request;
    request.method = "GET";
    request.path = QStringLiteral("/stats/incidents");
    request.query.addQueryItem(QStringLiteral("month"), QStringLiteral("2026-11"));
    const HttpResponse response = api.handle(request);
    QCOMPARE(response.status, 200);
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    const QJsonObject month = body.value(QLatin1String("month")).toObject();
    const StoreResult<MonthlyReport> report
        = MonthlyReport::load(*m_store, 2026, 11, StatisticsConfig::builtIn().goals);
    QVERIFY(report);
    QCOMPARE(month.value(QLatin1String("incidents")).toInt(), 3);
    QCOMPARE(month.value(QLatin1String("mttdSeconds")).toDouble(), report->current().mttdSeconds);
    QCOMPARE(month.value(QLatin1String("mttaSeconds")).toDouble(), 3000.0);
    QCOMPARE(month.value(QLatin1String("mttrSeconds")).toDouble(), 54000.0);
    QCOMPARE(body.value(QLatin1String("mttdSeconds")).toDouble(), (10 + 6 + 2 + 0) * 60 / 4.0);
    request.query = QUrlQuery(QStringLiteral("month=November"));
    QCOMPARE(api.handle(request).status, 400);
}

void TestStatistics::reportCommandWritesAPdfWithCharts()
{
    const QString pdf = m_dir->filePath(QStringLiteral("report.pdf"));
    QProcess console;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM")); // the command must need no display of its own
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    console.setProcessEnvironment(environment);
    const QString database = m_database->location();
    m_store.reset(); // the command opens the file itself
    console.start(qEnvironmentVariable("INCIDENT_CONSOLE_BIN"),
        { QStringLiteral("report"), QStringLiteral("--month"), QStringLiteral("2026-11"),
            QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), pdf,
            QStringLiteral("--db"), database });
    QVERIFY(console.waitForFinished(60000));
    QVERIFY2(console.exitCode() == 0, console.readAllStandardError().constData());
    QProcess text;
    text.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    QVERIFY(text.waitForFinished(30000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput());
    for (const QString& expected : { QStringLiteral("Monthly Incident Report — November 2026"),
             QStringLiteral("2.7 minutes"), QStringLiteral("50 minutes"), QStringLiteral("15 hours"),
             QStringLiteral("Key Improvements This Month"), QStringLiteral("page 1 of") })
        QVERIFY2(words.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + words));
    // The charts are pictures in the PDF: pdfimages lists them.
    QProcess images;
    images.start(QStringLiteral("pdfimages"), { QStringLiteral("-list"), pdf });
    QVERIFY(images.waitForFinished(30000));
    QVERIFY2(images.readAllStandardOutput().count('\n') >= 2 + 4, "expected four chart images");

    console.start(qEnvironmentVariable("INCIDENT_CONSOLE_BIN"),
        { QStringLiteral("report"), QStringLiteral("--month"), QStringLiteral("11/2026"),
            QStringLiteral("-o"), pdf, QStringLiteral("--db"), database });
    QVERIFY(console.waitForFinished(60000));
    QCOMPARE(console.exitCode(), 2);
}

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
