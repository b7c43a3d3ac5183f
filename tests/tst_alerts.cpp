#include "models/itemmodels/alertlistmodel.h"
#include "models/rules/alertnotice.h"
#include "models/rules/alertrules.h"
#include "models/store/alertcsv.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>

namespace {
AlertSignal firing(const QString& name, const QString& fingerprint, AlertLabels labels = {})
{
    AlertSignal signal;
    signal.source = QStringLiteral("alertmanager");
    signal.name = name;
    signal.fingerprint = fingerprint;
    labels.insert(QStringLiteral("alertname"), name);
    signal.labels = labels;
    signal.annotations.insert(QStringLiteral("summary"), name + QStringLiteral(" on ") + fingerprint);
    signal.startsAt = QDateTime(QDate(2026, 11, 23), QTime(8, 59), Qt::UTC);
    return signal;
}

AlertSignal resolvedCopy(AlertSignal signal)
{
    signal.resolved = true;
    signal.endsAt = QDateTime(QDate(2026, 11, 23), QTime(9, 30), Qt::UTC);
    return signal;
}

AlertLabels labels(std::initializer_list<std::pair<const char*, const char*>> pairs)
{
    AlertLabels result;
    for (const auto& [key, value] : pairs)
        result.insert(QString::fromUtf8(key), QString::fromUtf8(value));
    return result;
}
}

// Rules, dedup, correlation and alert-to-incident on a real SQLite file, and
// the alert stream model that shows them.
class TestAlerts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void noticesAreDecidedApartFromTheStore();
    void matchersFollowAlertmanagerSyntax_data();
    void matchersFollowAlertmanagerSyntax();
    void costlyPatternsAreRefusedAtLoad_data();
    void costlyPatternsAreRefusedAtLoad();
    void seedRuleFormatLoads();
    void badRuleFilesAreRefusedWithTheirReason_data();
    void badRuleFilesAreRefusedWithTheirReason();
    void firstMatchingRuleDecides();
    void repeatsAreDeduplicated();
    void labelsKeepEveryCharacter();
    void aNulCharacterNeverStopsADelivery();
    void criticalAlertOpensAnIncidentWithTimeline();
    void warningStaysInTheStream();
    void correlatedAlertsJoinOneIncident();
    void correlationEndsWithItsWindow();
    void resolvingEveryAlertResolvesTheIncident();
    void autoResolveCanBeTurnedOff();
    void refiringAfterResolutionIsANewEpisode();
    void aLateFiringNeverReopensItsEpisode();
    void aLateAcknowledgementFromPagerDutyIsLate();
    void deliveryIsAllOrNothing();
    void deliveriesCommittedTogetherStayApart();
    void acknowledgeAttachAndDeclareFromAnAlert();
    void silencesSuppressAndExpire();
    void maintenanceWindowAppliesOnlyInsideItsTime();
    void filteredStreamExportsToCsv();
    void searchFindsWordsByTheirStart();
    void rejectedDeliveriesAreKeptNewestFirstAndBounded();
    void streamModelPlacesLiveChanges();
    void stormIsAnnouncedAtMostTenTimesASecond();

private:
    AlertRules rules() const { return AlertRules::defaults(SeverityPolicy::defaults()); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestSupport::TestDatabase> m_database;
    ManualClock m_clock;
    std::unique_ptr<IncidentStore> m_store;
};

void TestAlerts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store.reset();
    m_database = std::make_unique<TestSupport::TestDatabase>();
    QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
    m_clock.set(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    m_store = TestSupport::openStore(m_database->location(), &m_clock);
    QVERIFY(m_store);
}

void TestAlerts::noticesAreDecidedApartFromTheStore()
{
    // AlertNotice alone, as any store backend uses it: what the store holds goes in, the alert comes out.
    const QDateTime now(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
    AlertSignal firing;
    firing.source = QStringLiteral("alertmanager");
    firing.fingerprint = QStringLiteral("f1");
    firing.name = QStringLiteral("DiskFull");
    firing.labels = { { QStringLiteral("alertname"), QStringLiteral("DiskFull") } };
    firing.startsAt = now.addSecs(-600);
    const AlertDecision decision = AlertRules::defaults(SeverityPolicy::defaults()).decide(firing);
    AlertIngestReport report;

    // Nothing held: a new alert, which opens or joins an incident.
    const AlertNotice::Outcome fresh = AlertNotice::apply(firing, decision, {}, {}, now, &report);
    QVERIFY(fresh.isNew && !fresh.late && fresh.linksToIncident(firing));
    QCOMPARE(fresh.after.status, AlertStatus::Firing);
    QCOMPARE(fresh.after.occurrences, 1);
    QCOMPARE(fresh.after.startsAt, firing.startsAt);

    // The episode it names ended a minute ago, from a source that does not date its notices: late.
    AlertNotice::Known ended;
    ended.ended = AlertNotice::EndedEpisode { now.addSecs(-60), now.addSecs(-60) };
    QVERIFY(AlertNotice::apply(firing, decision, ended, {}, now, &report).late);
    QCOMPARE(report.deduplicated, 1);
    // Longer after the resolve, the same start is a real return.
    ended.ended->resolveReceivedAt = now.addSecs(-AlertNotice::kLateNoticeWithinSeconds - 1);
    QVERIFY(!AlertNotice::apply(firing, decision, ended, {}, now, &report).late);
    // A source that dates its notices decides by that date, however long ago the resolve came.
    AlertSignal dated = firing;
    dated.observedAt = ended.ended->endedAt.addSecs(-1);
    QVERIFY(AlertNotice::apply(dated, decision, ended, {}, now, &report).late);

    // Held open: a repeat is counted as one, and a resolve closes it.
    AlertNotice::Known open;
    open.open = fresh.after;
    open.open->id = 7;
    const AlertNotice::Outcome repeat = AlertNotice::apply(firing, decision, open, {}, now, &report);
    QVERIFY(!repeat.isNew && !repeat.linksToIncident(firing));
    QCOMPARE(repeat.after.occurrences, 2);
    AlertSignal resolved = firing;
    resolved.resolved = true;
    const int resolvedBefore = report.resolved;
    const AlertNotice::Outcome closing = AlertNotice::apply(resolved, decision, open, {}, now, &report);
    QVERIFY(closing.resolvesOpenAlert(resolved));
    QCOMPARE(closing.after.status, AlertStatus::Resolved);
    QCOMPARE(closing.after.endsAt, now);
    QCOMPARE(closing.after.id, 7);
    QCOMPARE(report.resolved, resolvedBefore + 1);

    // A silence holds a new firing alert: suppressed, and no incident; the source's acknowledgement waits.
    QString error;
    const std::optional<LabelMatcher> matcher
        = LabelMatcher::parse(QStringLiteral("alertname=DiskFull"), &error);
    QVERIFY2(matcher, qPrintable(error));
    Silence silence;
    silence.id = 3; // as stored: the answer names the silence by its id
    silence.matchers = { *matcher };
    silence.startsAt = now.addSecs(-60);
    silence.endsAt = now.addSecs(3600);
    AlertSignal acknowledged = firing;
    acknowledged.action = AlertSignal::Action::Acknowledge;
    const AlertNotice::Outcome held
        = AlertNotice::apply(acknowledged, decision, {}, ActiveSilences({ silence }, now), now, &report);
    QVERIFY(held.silenced && !held.linksToIncident(acknowledged));
    QCOMPARE(held.after.status, AlertStatus::Suppressed);
    QVERIFY(held.acknowledging);
    // Without the silence the same acknowledgement takes the alert.
    QCOMPARE(AlertNotice::apply(acknowledged, decision, {}, {}, now, &report).after.status,
        AlertStatus::Acknowledged);
}

void TestAlerts::matchersFollowAlertmanagerSyntax_data()
{
    QTest::addColumn<QString>("matcher");
    QTest::addColumn<bool>("matches");
    QTest::newRow("equal") << "env=production" << true;
    QTest::newRow("equal quoted") << "env=\"production\"" << true;
    QTest::newRow("equal other") << "env=staging" << false;
    QTest::newRow("not equal") << "env!=staging" << true;
    QTest::newRow("regex anchored") << "instance=~db-.*" << true;
    QTest::newRow("regex is anchored") << "instance=~b-1" << false;
    QTest::newRow("not regex") << "instance!~web-.*" << true;
    QTest::newRow("absent label is empty") << "team!=qa" << true;
    QTest::newRow("absent label equals empty") << "team=\"\"" << true;
}

void TestAlerts::matchersFollowAlertmanagerSyntax()
{
    QFETCH(QString, matcher);
    QFETCH(bool, matches);
    QString error;
    const std::optional<LabelMatcher> parsed = LabelMatcher::parse(matcher, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->matches(labels({ { "env", "production" }, { "instance", "db-1" } })), matches);
}

void TestAlerts::costlyPatternsAreRefusedAtLoad_data()
{
    QTest::addColumn<QString>("matcher");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("plain") << "instance=~db-[0-9]+:9187" << true;
    QTest::newRow("alternation repeated") << "env=~(prod|stag)+" << true;
    QTest::newRow("optional outer") << "instance=~(a+)?b" << true;
    QTest::newRow("once outer") << "instance=~(a+){1}b" << true;
    QTest::newRow("literal brace") << "instance=~(a+){x}" << true;
    QTest::newRow("posix class") << "instance=~[[:alpha:]]+-[0-9]+" << true;
    QTest::newRow("possessive inner") << "host=~(\\w++\\.)+com" << true;
    QTest::newRow("possessive outer") << "host=~(\\w+\\.)++com" << true;
    QTest::newRow("atomic") << "host=~(?>\\w+\\.)+com" << true;
    QTest::newRow("class with bracket") << "path=~[]a+]+" << true;
    QTest::newRow("escaped parenthesis") << "text=~\\(a+\\)+" << true;
    QTest::newRow("nested repetition") << "instance=~(a+)+" << false;
    QTest::newRow("nested star") << "instance=~(a*)*b" << false;
    QTest::newRow("nested deeper") << "instance=~((a+)b)+" << false;
    QTest::newRow("domain-like") << "host=~(\\w+\\.)*com" << false;
    QTest::newRow("open-ended braces") << "instance=~(a+){2,}" << false;
    QTest::newRow("bounded braces") << "instance=~(a+){1,100}" << false;
    QTest::newRow("exact braces") << "instance=~(a+){30}" << false;
    QTest::newRow("quoted class hides nothing") << "instance=~\\Q[\\E(a+)+" << false;
    QTest::newRow("control escape") << "instance=~\\c[(a+)+" << false;
    QTest::newRow("comment hides nothing") << "instance=~(?#[)(a+)+" << false;
    QTest::newRow("named backreference") << "instance=~(?P<x>a)(?P=x)" << false;
    QTest::newRow("recursion") << "instance=~(a(?R)?b)" << false;
    QTest::newRow("backreference") << "instance=~(a)\\1" << false;
    QTest::newRow("lookahead") << "instance=~(?!db).*" << false;
    QTest::newRow("too long") << QStringLiteral("instance=~%1").arg(QString(1100, QLatin1Char('a'))) << false;
}

void TestAlerts::costlyPatternsAreRefusedAtLoad()
{
    QFETCH(QString, matcher);
    QFETCH(bool, accepted);
    QString error;
    const std::optional<LabelMatcher> parsed = LabelMatcher::parse(matcher, &error);
    QCOMPARE(bool(parsed), accepted);
    if (!accepted)
        QVERIFY2(error.contains(QLatin1String("refused")), qPrintable(error));
}

void TestAlerts::seedRuleFormatLoads()
{
    // The seed's example, exactly as the README of the seed shows it.
    const QByteArray seed = R"({
      "rules": [
        {
          "name": "database-down",
          "alertName": "DatabaseDown",
          "severity": "critical",
          "service": "database",
          "runbook": "https://runbooks.example.com/database-failover"
        }
      ]
    })";
    QString error;
    const std::optional<AlertRules> loaded = AlertRules::fromJson(seed, SeverityPolicy::defaults(), &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->rules().size(), 1);
    const AlertDecision decision
        = loaded->decide(firing(QStringLiteral("DatabaseDown"), QStringLiteral("fp1")));
    QCOMPARE(decision.rule, QStringLiteral("database-down"));
    QCOMPARE(decision.severity, Severity::Sev1);
    QCOMPARE(decision.service, QStringLiteral("database"));
    QCOMPARE(decision.runbookUrl, QStringLiteral("https://runbooks.example.com/database-failover"));
    QVERIFY(decision.opensIncident);
    // Defaults for what the seed does not say.
    QCOMPARE(
        loaded->correlationLabels(), QStringList({ QStringLiteral("alertname"), QStringLiteral("service") }));
    QCOMPARE(loaded->correlationWindowMinutes(), 10);
}

void TestAlerts::badRuleFilesAreRefusedWithTheirReason_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("syntax") << QByteArray("{\n  \"rules\": [\n    {,\n") << "line 3";
    QTest::newRow("unknown severity")
        << QByteArray(R"({"rules":[{"name":"x","alertName":"A","severity":"huge"}]})")
        << "“huge” is not a severity";
    QTest::newRow("bad matcher") << QByteArray(R"({"rules":[{"name":"x","matchers":["env=~("]}]})")
                                 << "regular expression";
    QTest::newRow("matches everything")
        << QByteArray(R"({"rules":[{"name":"x"}]})") << "would match every alert";
    QTest::newRow("no name") << QByteArray(R"({"rules":[{"alertName":"A"}]})") << "needs a \"name\"";
    QTest::newRow("negative window") << QByteArray(R"({"correlation":{"windowMinutes":-1}})")
                                     << "cannot be negative";
}

void TestAlerts::badRuleFilesAreRefusedWithTheirReason()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!AlertRules::fromJson(json, SeverityPolicy::defaults(), &error));
    QVERIFY2(error.contains(expected), qPrintable(error));

    // A user file like that leaves the built-in rules in force, and says why.
    const QString path = m_dir->filePath(QStringLiteral("alert-rules.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.close();
    QString warning;
    const AlertRules loaded = AlertRules::load(path, SeverityPolicy::defaults(), &warning);
    QVERIFY2(warning.contains(expected), qPrintable(warning));
    QCOMPARE(loaded.rules().size(), rules().rules().size());
}

void TestAlerts::firstMatchingRuleDecides()
{
    const QByteArray json = R"({
      "rules": [
        {"name": "staging-quiet", "matchers": ["env=staging"], "severity": "low", "openIncident": false},
        {"name": "db", "alertName": "DatabaseDown", "severity": "critical", "service": "database", "incidentType": "data"}
      ],
      "incidents": {"openAtOrAbove": "sev1"}
    })";
    QString error;
    const std::optional<AlertRules> loaded = AlertRules::fromJson(json, SeverityPolicy::defaults(), &error);
    QVERIFY2(loaded, qPrintable(error));

    const AlertDecision staging = loaded->decide(
        firing(QStringLiteral("DatabaseDown"), QStringLiteral("a"), labels({ { "env", "staging" } })));
    QCOMPARE(staging.rule, QStringLiteral("staging-quiet"));
    QCOMPARE(staging.severity, Severity::Sev4);
    QVERIFY(!staging.opensIncident);
    QCOMPARE(staging.environment, Environment::Staging);

    const AlertDecision production = loaded->decide(
        firing(QStringLiteral("DatabaseDown"), QStringLiteral("b"), labels({ { "env", "production" } })));
    QCOMPARE(production.rule, QStringLiteral("db"));
    QCOMPARE(production.incidentType, IncidentType::Data);
    QVERIFY(production.opensIncident);

    // No rule: the alert's own severity label through the severity table; high is below the SEV1 threshold
    // here.
    const AlertDecision unmatched = loaded->decide(firing(QStringLiteral("DiskFull"), QStringLiteral("c"),
        labels({ { "severity", "high" }, { "job", "node" } })));
    QVERIFY(unmatched.rule.isEmpty());
    QCOMPARE(unmatched.severity, Severity::Sev2);
    QCOMPARE(unmatched.service, QStringLiteral("node"));
    QVERIFY(!unmatched.opensIncident);
}

void TestAlerts::repeatsAreDeduplicated()
{
    const AlertSignal signal = firing(
        QStringLiteral("HighLatency"), QStringLiteral("fp-1"), labels({ { "severity", "warning" } }));
    const StoreResult<AlertIngestReport> first = m_store->intake().ingestAlerts({ signal }, rules());
    QVERIFY2(first, qPrintable(first.error()));
    QCOMPARE(first->created, 1);
    m_clock.advance(60);
    const StoreResult<AlertIngestReport> again = m_store->intake().ingestAlerts({ signal, signal }, rules());
    QVERIFY(again);
    QCOMPARE(again->created, 0);
    QCOMPARE(again->deduplicated, 2);

    const StoreResult<QList<Alert>> all = m_store->alerts().page(AlertQuery {}, std::nullopt, 10);
    QVERIFY(all);
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->first().occurrences, 3);
    QCOMPARE(all->first().firstSeen, QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    QCOMPARE(all->first().lastSeen, QDateTime(QDate(2026, 11, 23), QTime(9, 1), Qt::UTC));
    QCOMPARE(all->first().severity, Severity::Sev3);
    QCOMPARE(all->first().summary, QStringLiteral("HighLatency on fp-1"));
}

void TestAlerts::labelsKeepEveryCharacter()
{
    // Labels and annotations are written as JSON by hand: quotes, backslashes,
    // control characters and text beyond ASCII must come back as they went in.
    AlertLabels awkward = labels({ { "instance", "db \"primary\" C:\\data" }, { "team", "zürich ☂ 東京" } });
    awkward.insert(QStringLiteral("query"), QStringLiteral("line one\nline two\tend") + QChar(0x01));
    AlertSignal signal = firing(QStringLiteral("HighLatency"), QStringLiteral("fp-awkward"), awkward);
    signal.annotations.insert(QStringLiteral("description"), QStringLiteral("{\"not\": \"json\"} \\u0041"));
    const StoreResult<AlertIngestReport> report = m_store->intake().ingestAlerts({ signal }, rules());
    QVERIFY2(report, qPrintable(report.error()));

    const StoreResult<QList<Alert>> all = m_store->alerts().page(AlertQuery {}, std::nullopt, 10);
    QVERIFY(all);
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->first().labels, signal.labels);
    QCOMPARE(all->first().annotations, signal.annotations);
}

void TestAlerts::aNulCharacterNeverStopsADelivery()
{
    // A sender's "\u0000" in a name or summary: PostgreSQL's text cannot hold it, and a
    // statement cut short at it would refuse the delivery, and every one after it, for ever.
    const QString withNul = QStringLiteral("Disk") + QChar(0) + QStringLiteral("Full");
    AlertSignal signal = firing(withNul, QStringLiteral("fp-nul"));
    signal.annotations.insert(
        QStringLiteral("summary"), QStringLiteral("before") + QChar(0) + QStringLiteral("after"));
    const StoreResult<AlertIngestReport> report = m_store->intake().ingestAlerts({ signal }, rules());
    QVERIFY2(report, qPrintable(report.error()));
    const QList<Alert> all = *m_store->alerts().page(AlertQuery {}, std::nullopt, 10);
    QCOMPARE(all.size(), 1);
    // Kept whole, the NUL itself as it was or as U+FFFD.
    const auto same = [](QString stored, const QString& sent) {
        return stored.replace(QChar::ReplacementCharacter, QChar(0)) == sent;
    };
    QVERIFY2(same(all.first().name, withNul), qPrintable(all.first().name));
    QVERIFY2(same(all.first().summary, QStringLiteral("before") + QChar(0) + QStringLiteral("after")),
        qPrintable(all.first().summary));
}

void TestAlerts::criticalAlertOpensAnIncidentWithTimeline()
{
    AlertSignal signal
        = firing(QStringLiteral("DatabaseDown"), QStringLiteral("db-1"), labels({ { "env", "production" } }));
    signal.annotations.insert(QStringLiteral("description"), QStringLiteral("Primary refuses connections"));
    const StoreResult<AlertIngestReport> report = m_store->intake().ingestAlerts({ signal }, rules());
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->incidentsOpened, 1);
    QCOMPARE(report->incidentKeys, QStringList { QStringLiteral("INC-2026-0001") });

    const StoreResult<Incident> incident
        = m_store->incidents().incidentByKey(QStringLiteral("INC-2026-0001"));
    QVERIFY(incident);
    QCOMPARE(incident->severity, Severity::Sev1); // the seed's rule: DatabaseDown is critical
    QCOMPARE(incident->service, QStringLiteral("database"));
    QCOMPARE(incident->title, QStringLiteral("DatabaseDown on db-1"));
    QCOMPARE(incident->description, QStringLiteral("Primary refuses connections"));
    QCOMPARE(incident->detectedAt, signal.startsAt);

    const StoreResult<QList<TimelineEntry>> entries = m_store->incidents().timeline(incident->id, 0, 10);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 2);
    QCOMPARE(entries->at(0).kind, TimelineKind::Declared);
    QCOMPARE(entries->at(0).author, QStringLiteral("alertmanager"));
    QCOMPARE(entries->at(1).kind, TimelineKind::AlertFiring);
    QCOMPARE(entries->at(1).newValue, QStringLiteral("DatabaseDown"));

    const StoreResult<QList<Alert>> alerts = m_store->alerts().page(AlertQuery {}, std::nullopt, 10);
    QCOMPARE(alerts->first().incidentId, incident->id);
    QCOMPARE(alerts->first().incidentKey, incident->key);
    QCOMPARE(alerts->first().rule, QStringLiteral("database-down"));
}

void TestAlerts::warningStaysInTheStream()
{
    const StoreResult<AlertIngestReport> report
        = m_store->intake().ingestAlerts({ firing(QStringLiteral("DiskFilling"), QStringLiteral("d1"),
                                             labels({ { "severity", "warning" } })) },
            rules());
    QVERIFY(report);
    QCOMPARE(report->incidentsOpened, 0);
    QCOMPARE(*m_store->incidents().count(IncidentFilter {}), 0);
    QCOMPARE(m_store->alerts().page(AlertQuery {}, std::nullopt, 10)->first().incidentId, 0);
}

void TestAlerts::correlatedAlertsJoinOneIncident()
{
    const AlertLabels shared = labels({ { "severity", "critical" }, { "service", "checkout" } });
    QVERIFY(m_store->intake().ingestAlerts(
        { firing(QStringLiteral("HighErrorRate"), QStringLiteral("pod-a"), shared) }, rules()));
    m_clock.advance(5 * 60);
    // Another instance of the same alert and service, and a warning of it: both join.
    AlertLabels warning = shared;
    warning.insert(QStringLiteral("severity"), QStringLiteral("warning"));
    const StoreResult<AlertIngestReport> report = m_store->intake().ingestAlerts(
        { firing(QStringLiteral("HighErrorRate"), QStringLiteral("pod-b"), shared),
            firing(QStringLiteral("HighErrorRate"), QStringLiteral("pod-c"), warning) },
        rules());
    QVERIFY(report);
    QCOMPARE(report->incidentsOpened, 0);
    QCOMPARE(report->incidentsJoined, 2);
    QCOMPARE(*m_store->incidents().count(IncidentFilter {}), 1);
    // A different service is a different incident.
    QVERIFY(
        m_store->intake().ingestAlerts({ firing(QStringLiteral("HighErrorRate"), QStringLiteral("pod-d"),
                                           labels({ { "severity", "critical" }, { "service", "search" } })) },
            rules()));
    QCOMPARE(*m_store->incidents().count(IncidentFilter {}), 2);

    const Incident incident = *m_store->incidents().incidentByKey(QStringLiteral("INC-2026-0001"));
    AlertFilter filter;
    filter.incidentId = incident.id;
    QCOMPARE(*m_store->alerts().count(filter), 3);
}

void TestAlerts::correlationEndsWithItsWindow()
{
    const AlertLabels critical = labels({ { "severity", "critical" }, { "service", "checkout" } });
    QVERIFY(m_store->intake().ingestAlerts(
        { firing(QStringLiteral("HighErrorRate"), QStringLiteral("pod-a"), critical) }, rules()));
    m_clock.advance(11 * 60); // past the 10-minute window since it was last seen
    QVERIFY(m_store->intake().ingestAlerts(
        { firing(QStringLiteral("HighErrorRate"), QStringLiteral("pod-b"), critical) }, rules()));
    QCOMPARE(*m_store->incidents().count(IncidentFilter {}), 2);
}

void TestAlerts::resolvingEveryAlertResolvesTheIncident()
{
    const AlertLabels critical = labels({ { "severity", "critical" }, { "service", "checkout" } });
    const AlertSignal a = firing(QStringLiteral("HighErrorRate"), QStringLiteral("pod-a"), critical);
    const AlertSignal b = firing(QStringLiteral("HighErrorRate"), QStringLiteral("pod-b"), critical);
    QVERIFY(m_store->intake().ingestAlerts({ a, b }, rules()));
    const qint64 incidentId = m_store->incidents().incidentByKey(QStringLiteral("INC-2026-0001"))->id;

    m_clock.advance(600);
    StoreResult<AlertIngestReport> report = m_store->intake().ingestAlerts({ resolvedCopy(a) }, rules());
    QVERIFY(report);
    QCOMPARE(report->resolved, 1);
    QCOMPARE(report->incidentsResolved, 0);
    QCOMPARE(m_store->incidents().incident(incidentId)->status, IncidentStatus::Triggered);

    report = m_store->intake().ingestAlerts({ resolvedCopy(b) }, rules());
    QVERIFY(report);
    QCOMPARE(report->incidentsResolved, 1);
    const Incident incident = *m_store->incidents().incident(incidentId);
    QCOMPARE(incident.status, IncidentStatus::Resolved);
    const QList<TimelineEntry> entries = *m_store->incidents().timeline(incidentId, 0, 20);
    QCOMPARE(entries.last().kind, TimelineKind::StatusChanged);
    QCOMPARE(entries.at(entries.size() - 2).kind, TimelineKind::AlertResolved);
    QCOMPARE(entries.last().author, QStringLiteral("alertmanager"));

    // The same resolved notice again changes nothing more.
    report = m_store->intake().ingestAlerts({ resolvedCopy(b) }, rules());
    QVERIFY(report);
    QCOMPARE(report->deduplicated, 1);
    QCOMPARE(m_store->incidents().timeline(incidentId, 0, 20)->size(), entries.size());
    QCOMPARE(m_store->alerts().page(AlertQuery {}, std::nullopt, 10)->size(), 2);
}

void TestAlerts::autoResolveCanBeTurnedOff()
{
    AlertRules manual = rules();
    manual.setAutoResolve(false);
    const AlertSignal a = firing(QStringLiteral("DatabaseDown"), QStringLiteral("db"));
    QVERIFY(m_store->intake().ingestAlerts({ a }, manual));
    QVERIFY(m_store->intake().ingestAlerts({ resolvedCopy(a) }, manual));
    QCOMPARE(m_store->incidents().incidentByKey(QStringLiteral("INC-2026-0001"))->status,
        IncidentStatus::Triggered);
}

void TestAlerts::refiringAfterResolutionIsANewEpisode()
{
    const AlertSignal a
        = firing(QStringLiteral("HighLatency"), QStringLiteral("fp"), labels({ { "severity", "info" } }));
    QVERIFY(m_store->intake().ingestAlerts({ a }, rules()));
    QVERIFY(m_store->intake().ingestAlerts({ resolvedCopy(a) }, rules()));
    AlertSignal again = a;
    again.startsAt = a.startsAt.addSecs(3600);
    m_clock.advance(3600);
    const StoreResult<AlertIngestReport> report = m_store->intake().ingestAlerts({ again }, rules());
    QVERIFY(report);
    QCOMPARE(report->created, 1);
    QCOMPARE(*m_store->alerts().count(AlertFilter {}), 2);
    QCOMPARE(*m_store->alerts().count(AlertFilter::open()), 1);
}

// A firing notice sent before its resolve and delivered after it (a retry, a
// storm's inbox): the same episode, by the source's own start time, stays over.
void TestAlerts::aLateFiringNeverReopensItsEpisode()
{
    const AlertSignal down = firing(
        QStringLiteral("DatabaseDown"), QStringLiteral("db-late"), labels({ { "env", "production" } }));
    QCOMPARE(m_store->intake().ingestAlerts({ down }, rules())->incidentsOpened, 1);
    QCOMPARE(m_store->intake().ingestAlerts({ resolvedCopy(down) }, rules())->incidentsResolved, 1);
    m_clock.advance(30);
    const StoreResult<AlertIngestReport> late = m_store->intake().ingestAlerts({ down }, rules());
    QVERIFY(late);
    QCOMPARE(late->created, 0);
    QCOMPARE(late->deduplicated, 1);
    QCOMPARE(late->incidentsOpened, 0);
    QCOMPARE(*m_store->alerts().count(AlertFilter {}), 1);
    QCOMPARE(*m_store->alerts().count(AlertFilter::open()), 0);
    QCOMPARE(*m_store->incidents().count(IncidentFilter::activeOnly()), 0);
    // Long after the resolve, the same start is the alert back (Prometheus restored its start
    // after a restart): not hidden.
    m_clock.advance(10 * 60);
    const StoreResult<AlertIngestReport> back = m_store->intake().ingestAlerts({ down }, rules());
    QVERIFY(back);
    QCOMPARE(back->created, 1);
    QCOMPARE(*m_store->alerts().count(AlertFilter::open()), 1);
}

// PagerDuty's events of one incident share its start (created_at); which came
// first is in each event's occurred_at.
void TestAlerts::aLateAcknowledgementFromPagerDutyIsLate()
{
    AlertSignal triggered = firing(
        QStringLiteral("Checkout 5xx"), QStringLiteral("Q2ZE4AV5UZ"), labels({ { "severity", "info" } }));
    triggered.source = QStringLiteral("pagerduty");
    triggered.observedAt = triggered.startsAt;
    QVERIFY(m_store->intake().ingestAlerts({ triggered }, rules()));
    AlertSignal resolved = resolvedCopy(triggered);
    resolved.observedAt = resolved.endsAt;
    QVERIFY(m_store->intake().ingestAlerts({ resolved }, rules()));
    // Acknowledged at PagerDuty before it was resolved, delivered after: late, nothing changes.
    AlertSignal acknowledged = triggered;
    acknowledged.action = AlertSignal::Action::Acknowledge;
    acknowledged.observedAt = resolved.endsAt.addSecs(-60);
    const StoreResult<AlertIngestReport> late = m_store->intake().ingestAlerts({ acknowledged }, rules());
    QVERIFY(late);
    QCOMPARE(late->created, 0);
    QCOMPARE(late->acknowledged, 0);
    QCOMPARE(*m_store->alerts().count(AlertFilter::open()), 0);
    // Reopened at PagerDuty after it was resolved: the episode starts again.
    AlertSignal reopened = triggered;
    reopened.observedAt = resolved.endsAt.addSecs(600);
    const StoreResult<AlertIngestReport> again = m_store->intake().ingestAlerts({ reopened }, rules());
    QVERIFY(again);
    QCOMPARE(again->created, 1);
    QCOMPARE(*m_store->alerts().count(AlertFilter::open()), 1);
}

void TestAlerts::deliveryIsAllOrNothing()
{
    AlertSignal good = firing(QStringLiteral("DatabaseDown"), QStringLiteral("db"));
    AlertSignal bad = firing(QStringLiteral("Broken"), QString());
    const StoreResult<AlertIngestReport> report = m_store->intake().ingestAlerts({ good, bad }, rules());
    QVERIFY(!report);
    QCOMPARE(report.errorKind(), StoreErrorKind::Rejected);
    QCOMPARE(*m_store->alerts().count(AlertFilter {}), 0);
    QCOMPARE(
        *m_store->incidents().count(IncidentFilter {}), 0); // the incident the good one opened is gone too
    // and the store still works afterwards
    QVERIFY(m_store->intake().ingestAlerts({ good }, rules()));
    QCOMPARE(*m_store->incidents().count(IncidentFilter {}), 1);
}

// The receiver commits deliveries that arrive together in one transaction; a
// refused one must not take the others with it, nor leave half of itself.
void TestAlerts::deliveriesCommittedTogetherStayApart()
{
    const AlertSignal first = firing(QStringLiteral("DatabaseDown"), QStringLiteral("db"));
    const AlertSignal half = firing(QStringLiteral("DiskFull"), QStringLiteral("disk"));
    const AlertSignal broken = firing(QStringLiteral("Broken"), QString());
    const AlertSignal last = firing(QStringLiteral("QueueStuck"), QStringLiteral("queue"));
    const auto delivery = [](const QList<AlertSignal>& alerts) {
        AlertDelivery result;
        result.alerts = alerts;
        return result;
    };
    const QList<StoreResult<AlertIngestReport>> reports = m_store->intake().ingestAlertDeliveries(
        { delivery({ first }), delivery({ half, broken }), delivery({ last, first }) }, rules());
    QCOMPARE(reports.size(), 3);
    QVERIFY(reports.at(0));
    QCOMPARE(reports.at(0)->created, 1);
    QVERIFY(!reports.at(1));
    QCOMPARE(reports.at(1).errorKind(), StoreErrorKind::Rejected);
    QVERIFY(reports.at(2));
    QCOMPARE(reports.at(2)->created, 1);
    QCOMPARE(reports.at(2)->deduplicated, 1); // `first` again, after the first delivery
    QCOMPARE(*m_store->alerts().count(AlertFilter {}), 2);
    AlertFilter disk;
    disk.text = QStringLiteral("DiskFull");
    QCOMPARE(*m_store->alerts().count(disk), 0);
}

namespace {
QList<Alert> allAlerts(IncidentStore& store)
{
    AlertQuery query;
    query.sort = { AlertSortKey::Name, Qt::AscendingOrder };
    return *store.alerts().page(query, std::nullopt, 100);
}

bool timelineSays(IncidentStore& store, qint64 incidentId, const QString& text, const QString& author)
{
    const QList<TimelineEntry> entries = *store.incidents().timeline(incidentId, 0, 100);
    return std::any_of(entries.cbegin(), entries.cend(),
        [&](const TimelineEntry& entry) { return entry.body.contains(text) && entry.author == author; });
}

Silence silenceFor(const QString& matchers, const QDateTime& from, const QDateTime& to)
{
    Silence silence;
    QString error;
    silence.matchers = *Silence::parseMatchers(matchers, &error);
    silence.startsAt = from;
    silence.endsAt = to;
    silence.createdBy = QStringLiteral("Ana");
    silence.comment = QStringLiteral("planned disk swap");
    return silence;
}
}

// A person's actions on alerts, each on the timeline of the incident involved.
void TestAlerts::acknowledgeAttachAndDeclareFromAnAlert()
{
    const AlertSignal critical = firing(
        QStringLiteral("DatabaseDown"), QStringLiteral("db"), labels({ { "severity", "critical" } }));
    const AlertSignal warning
        = firing(QStringLiteral("SlowQueries"), QStringLiteral("sq"), labels({ { "severity", "warning" } }));
    QVERIFY(m_store->intake().ingestAlerts({ critical, warning }, rules()));
    QList<Alert> alerts = allAlerts(*m_store);
    const Alert& database = alerts.at(0);
    const Alert& slow = alerts.at(1);
    QVERIFY(database.incidentId > 0);
    QCOMPARE(slow.incidentId, 0);

    const StoreResult<Alert> acknowledged = m_store->alerts().acknowledge(database.id, QStringLiteral("Ana"));
    QVERIFY2(acknowledged, qPrintable(acknowledged.error()));
    QCOMPARE(acknowledged->status, AlertStatus::Acknowledged);
    QVERIFY(timelineSays(*m_store, database.incidentId, QStringLiteral("Acknowledged the alert DatabaseDown"),
        QStringLiteral("Ana")));
    QCOMPARE(m_store->alerts().acknowledge(database.id, QStringLiteral("Ana")).errorKind(),
        StoreErrorKind::Rejected);
    // A repeat keeps it acknowledged.
    QVERIFY(m_store->intake().ingestAlerts({ critical }, rules()));
    QCOMPARE(allAlerts(*m_store).at(0).status, AlertStatus::Acknowledged);

    const StoreResult<Alert> attached
        = m_store->alerts().attach(slow.id, database.incidentId, QStringLiteral("Bo"));
    QVERIFY(attached);
    QCOMPARE(attached->incidentId, database.incidentId);
    QVERIFY(timelineSays(*m_store, database.incidentId, QStringLiteral("Attached the alert SlowQueries"),
        QStringLiteral("Bo")));

    const StoreResult<Incident> declared = m_store->alerts().declareFromAlert(slow.id, QStringLiteral("Bo"));
    QVERIFY2(declared, qPrintable(declared.error()));
    QCOMPARE(declared->title, QStringLiteral("SlowQueries on sq"));
    QCOMPARE(declared->severity, Severity::Sev3);
    QCOMPARE(declared->detectionSource, DetectionSource::MonitoringAlert);
    QCOMPARE(allAlerts(*m_store).at(1).incidentId, declared->id);
    QVERIFY(timelineSays(
        *m_store, database.incidentId, QStringLiteral("Moved the alert SlowQueries"), QStringLiteral("Bo")));
    QCOMPARE(m_store->alerts().attach(999, declared->id, QStringLiteral("Bo")).errorKind(),
        StoreErrorKind::NotFound);
}

// Silenced alerts are kept, suppressed, and open no incident; expiring the
// silence lets them fire again.
void TestAlerts::silencesSuppressAndExpire()
{
    const AlertSignal diskA = firing(QStringLiteral("DiskFull"), QStringLiteral("a"),
        labels({ { "severity", "critical" }, { "service", "db" } }));
    const AlertSignal diskB = firing(QStringLiteral("DiskFull"), QStringLiteral("b"),
        labels({ { "severity", "critical" }, { "service", "db" } }));
    const AlertSignal other = firing(QStringLiteral("DiskFull"), QStringLiteral("c"),
        labels({ { "severity", "critical" }, { "service", "web" } }));
    QVERIFY(m_store->intake().ingestAlerts({ diskA }, rules())); // fires before the silence

    QString error;
    QVERIFY(!Silence::parseMatchers(QStringLiteral("alertname=~(\n"), &error));
    QCOMPARE(m_store->silences()
                 .add(silenceFor(QStringLiteral("service=db"), m_clock.nowUtc(), m_clock.nowUtc()))
                 .errorKind(),
        StoreErrorKind::Rejected); // ends when it starts
    const StoreResult<Silence> silence
        = m_store->silences().add(silenceFor(QStringLiteral("alertname=DiskFull\nservice=~\"db|cache\""),
            m_clock.nowUtc(), m_clock.nowUtc().addSecs(3600)));
    QVERIFY2(silence, qPrintable(silence.error()));
    QCOMPARE(allAlerts(*m_store).at(0).status, AlertStatus::Suppressed); // the open one, at once

    const StoreResult<AlertIngestReport> report = m_store->intake().ingestAlerts({ diskB, other }, rules());
    QVERIFY(report);
    QCOMPARE(report->incidentsOpened, 1); // only the web one
    const QList<Alert> alerts = allAlerts(*m_store);
    QCOMPARE(alerts.size(), 3);
    QCOMPARE(alerts.at(1).fingerprint, QStringLiteral("b"));
    QCOMPARE(alerts.at(1).status, AlertStatus::Suppressed);
    QCOMPARE(alerts.at(1).incidentId, 0);
    QCOMPARE(alerts.at(2).status, AlertStatus::Firing);

    const QList<Silence> listed = *m_store->silences().list(false);
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().matchers.size(), 2);
    QCOMPARE(listed.first().comment, QStringLiteral("planned disk swap"));
    QVERIFY(listed.first().matches(diskB.labels));

    // Tried while silenced: suppressed, and no incident.
    const QList<AlertTrial> trials
        = *m_store->intake().trialAlerts({ firing(QStringLiteral("DiskFull"), QStringLiteral("d"),
                                             labels({ { "severity", "critical" }, { "service", "db" } })) },
            rules());
    QCOMPARE(trials.first().silencedBy, silence->id);
    QVERIFY(!trials.first().opensIncident);

    m_clock.advance(600);
    const StoreResult<Silence> expired = m_store->silences().expire(silence->id, QStringLiteral("Ana"));
    QVERIFY(expired);
    QCOMPARE(expired->endsAt, m_clock.nowUtc());
    QVERIFY(m_store->silences().list(false)->isEmpty());
    QCOMPARE(m_store->silences().list(true)->size(), 1);
    QCOMPARE(allAlerts(*m_store).at(0).status, AlertStatus::Firing);
    QCOMPARE(allAlerts(*m_store).at(1).status, AlertStatus::Firing);
}

void TestAlerts::maintenanceWindowAppliesOnlyInsideItsTime()
{
    const QDateTime start = m_clock.nowUtc().addSecs(3600);
    QVERIFY(m_store->silences().add(silenceFor(QStringLiteral("service=db"), start, start.addSecs(7200))));
    const AlertSignal disk
        = firing(QStringLiteral("DiskFull"), QStringLiteral("a"), labels({ { "service", "db" } }));
    QVERIFY(m_store->intake().ingestAlerts({ disk }, rules()));
    QCOMPARE(allAlerts(*m_store).at(0).status, AlertStatus::Firing); // not yet
    m_clock.advance(3600 + 60);
    QVERIFY(m_store->intake().ingestAlerts({ disk }, rules())); // the next repeat, inside the window
    QCOMPARE(allAlerts(*m_store).at(0).status, AlertStatus::Suppressed);
    m_clock.advance(7200);
    QVERIFY(m_store->intake().ingestAlerts({ disk }, rules())); // after it
    QCOMPARE(allAlerts(*m_store).at(0).status, AlertStatus::Firing);
}

// The filtered stream as CSV, in the stream's order, across more than one
// page, with quotes, commas and would-be formulas kept as text.
void TestAlerts::filteredStreamExportsToCsv()
{
    AlertSignal tricky = firing(
        QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("t"), labels({ { "service", "db, primary" } }));
    tricky.annotations.insert(QStringLiteral("summary"), QStringLiteral("Disk \"full\" again"));
    QList<AlertSignal> many;
    for (int i = 0; i < AlertCsv::kPageSize + 2; ++i)
        many.append(firing(QStringLiteral("Bulk"), QStringLiteral("bulk-%1").arg(i)));
    QVERIFY(m_store->intake().ingestAlerts(many, rules()));
    QVERIFY(m_store->intake().ingestAlerts({ tricky }, rules()));

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    AlertQuery query;
    query.sort = { AlertSortKey::Name, Qt::AscendingOrder };
    const StoreResult<qint64> written = AlertCsv::write(*m_store, query, &buffer);
    QVERIFY(written);
    QCOMPARE(*written, AlertCsv::kPageSize + 3);
    // Some spreadsheets skip a leading tab or carriage return and run the formula behind it.
    Alert tabbed;
    tabbed.name = QStringLiteral("\t=2+3");
    tabbed.summary = QStringLiteral("\r@SUM(A1)");
    const QByteArray tabbedRow = AlertCsv::row(tabbed);
    QVERIFY2(tabbedRow.contains(",'\t=2+3,") && tabbedRow.contains("\"'\r@SUM(A1)\""), tabbedRow.constData());
    const QByteArray csv = buffer.data();
    QVERIFY(csv.startsWith("id,status,severity,name,summary,"));
    // Ascending by name: the formula-looking name sorts first ("=" before "B").
    const QByteArray first = csv.mid(csv.indexOf("\r\n") + 2);
    QVERIFY2(first.startsWith(QByteArray::number(allAlerts(*m_store).constFirst().id)
                 + ",firing,SEV3,\"'=HYPERLINK(\"\"x\"\")\",\"Disk \"\"full\"\" again\",\"db, primary\""),
        first.left(120).constData());
    QCOMPARE(csv.count("\r\n"), AlertCsv::kPageSize + 4); // the header and every row

    query.filter.text = QStringLiteral("bulk-1");
    buffer.close();
    buffer.setData({});
    buffer.open(QIODevice::WriteOnly);
    QCOMPARE(*AlertCsv::write(*m_store, query, &buffer), *m_store->alerts().count(query.filter));
}

// Text search runs on the store's full-text index: each word of the search
// must start a word of the name, summary, service or fingerprint; the store
// and the live model agree.
void TestAlerts::searchFindsWordsByTheirStart()
{
    AlertSignal disk
        = firing(QStringLiteral("DiskFull"), QStringLiteral("fp-disk"), labels({ { "service", "storage" } }));
    disk.annotations.insert(QStringLiteral("summary"), QStringLiteral("DiskFull on db-1"));
    const AlertSignal latency
        = firing(QStringLiteral("HighLatency"), QStringLiteral("fp-lat"), labels({ { "service", "api" } }));
    QVERIFY(m_store->intake().ingestAlerts({ disk, latency }, rules()));
    const auto found = [this](const QString& text) {
        AlertFilter filter;
        filter.text = text;
        const int count = *m_store->alerts().count(filter);
        int inMemory = 0;
        for (const Alert& alert : allAlerts(*m_store))
            inMemory += filter.matches(alert) ? 1 : 0;
        return count == inMemory ? count : -1; // -1: store and model disagree
    };
    QCOMPARE(found(QStringLiteral("disk db")), 1);
    QCOMPARE(found(QStringLiteral("dis db")), 0); // only the last word may be unfinished
    QCOMPARE(found(QStringLiteral("DISKF")), 1);
    QCOMPARE(found(QStringLiteral("stor")), 1);
    QCOMPARE(found(QStringLiteral("fp")), 2);
    QCOMPARE(found(QStringLiteral("ull")), 0); // inside a word: not a word's start
    QCOMPARE(found(QStringLiteral("latency")), 1); // HighLatency, camel case split
    QCOMPARE(found(QStringLiteral("full db")), 1);
    QCOMPARE(found(QStringLiteral("disk api")), 0);
    QCOMPARE(found(QStringLiteral("-")), 2); // no words: no condition
    // A changed summary is found by its new words only.
    disk.annotations.insert(QStringLiteral("summary"), QStringLiteral("DiskFull on replica"));
    QVERIFY(m_store->intake().ingestAlerts({ disk }, rules()));
    QCOMPARE(found(QStringLiteral("replica")), 1);
    QCOMPARE(found(QStringLiteral("db")), 0);
}

void TestAlerts::rejectedDeliveriesAreKeptNewestFirstAndBounded()
{
    for (int i = 0; i < 5; ++i) {
        RejectedDelivery delivery;
        delivery.route = QStringLiteral("POST /webhooks/alerts/prometheus");
        delivery.status = 400;
        delivery.reason = QStringLiteral("reason %1").arg(i);
        delivery.body = QByteArray("body ") + QByteArray::number(i);
        QVERIFY(m_store->intake().keepRejectedDeliveries({ delivery }, 3));
    }
    const StoreResult<QList<RejectedDelivery>> kept = m_store->intake().rejectedDeliveries(10);
    QVERIFY(kept);
    QCOMPARE(kept->size(), 3);
    QCOMPARE(kept->first().reason, QStringLiteral("reason 4"));
    QCOMPARE(kept->last().body, QByteArray("body 2"));
    QCOMPARE(kept->first().at, m_clock.nowUtc());
}

void TestAlerts::streamModelPlacesLiveChanges()
{
    const QString path = m_database->location();
    std::unique_ptr<AsyncIncidentStore> async = TestSupport::openAsyncStore(path, &m_clock);
    QVERIFY(async);
    AlertListModel model(async.get(), &m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(2);
    model.sort(AlertListModel::LastSeenColumn, Qt::DescendingOrder);
    QSignalSpy loaded(&model, &AlertListModel::loaded);
    model.reload();
    QVERIFY(loaded.wait());
    QCOMPARE(model.rowCount(), 0);

    // Another writer (the receiver has its own connection) stores a delivery.
    QVERIFY(m_store->intake().ingestAlerts(
        { firing(QStringLiteral("A"), QStringLiteral("1"), labels({ { "severity", "info" } })) }, rules()));
    async->lookForChanges();
    QTRY_COMPARE(model.rowCount(), 1);
    m_clock.advance(10);
    QVERIFY(m_store->intake().ingestAlerts(
        { firing(QStringLiteral("B"), QStringLiteral("2"),
            labels({ { "severity", "info" }, { "team", "<img src=file:///etc/hosts>" } })) },
        rules()));
    async->lookForChanges();
    QTRY_COMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(0, AlertListModel::NameColumn)).toString(), QStringLiteral("B"));
    // Its labels, as its sender wrote them, in a tool tip that shows them as text, never as markup.
    const QString tip = model.data(model.index(0, AlertListModel::NameColumn), Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLatin1String("&lt;img src=file:///etc/hosts&gt;")), qPrintable(tip));
    QVERIFY(!tip.contains(QLatin1String("<img")));

    // A repeat of A moves it to the top with its count.
    m_clock.advance(10);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QVERIFY(m_store->intake().ingestAlerts(
        { firing(QStringLiteral("A"), QStringLiteral("1"), labels({ { "severity", "info" } })) }, rules()));
    async->lookForChanges();
    QTRY_COMPARE(model.data(model.index(0, AlertListModel::NameColumn)).toString(), QStringLiteral("A"));
    QCOMPARE(moved.size(), 1);
    QCOMPARE(model.data(model.index(0, AlertListModel::CountColumn)).toInt(), 2);

    // Resolving it takes it out of the default (open) stream.
    QVERIFY(m_store->intake().ingestAlerts({ resolvedCopy(firing(QStringLiteral("A"), QStringLiteral("1"),
                                               labels({ { "severity", "info" } }))) },
        rules()));
    async->lookForChanges();
    QTRY_COMPARE(model.rowCount(), 1);
    QTRY_COMPARE(model.totalCount(), 1);

    // Paging: with every alert shown and a page of 2, the third comes with fetchMore.
    QVERIFY(m_store->intake().ingestAlerts(
        { firing(QStringLiteral("C"), QStringLiteral("3"), labels({ { "severity", "info" } })) }, rules()));
    model.setFilter(AlertFilter {});
    QVERIFY(loaded.wait());
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QTRY_COMPARE(model.rowCount(), 3);

    // Sorting by severity and filtering by text run in the store.
    AlertFilter text;
    text.text = QStringLiteral("b on");
    model.setFilter(text);
    QVERIFY(loaded.wait());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, AlertListModel::NameColumn)).toString(), QStringLiteral("B"));
}

QTEST_GUILESS_MAIN(TestAlerts)
#include "tst_alerts.moc"

void TestAlerts::stormIsAnnouncedAtMostTenTimesASecond()
{
    if (TestSupport::TestDatabase::onPostgres())
        QSKIP("How a storm is announced does not depend on the backend, and PostgreSQL here takes alerts "
              "one statement at a time, too slowly for a storm from this one writer");
    // Thousands of alert changes a second, committed by another writer 200 at a time,
    // each commit followed by a nudge as the receiver gives one.
    const QString path = m_database->location();
    std::unique_ptr<AsyncIncidentStore> async = TestSupport::openAsyncStore(path, &m_clock);
    QVERIFY(async);
    QSignalSpy announced(async.get(), &AsyncIncidentStore::alertsChanged);
    QElapsedTimer storm;
    storm.start();
    int sent = 0;
    while (storm.elapsed() < 1500) {
        QList<AlertSignal> delivery;
        for (int i = 0; i < 200; ++i, ++sent)
            delivery.append(
                firing(QStringLiteral("Storm"), QString::number(sent), labels({ { "severity", "info" } })));
        QVERIFY(m_store->intake().ingestAlerts(delivery, rules()));
        async->lookForChanges();
        QTest::qWait(10);
    }
    const qint64 lasted = storm.elapsed();
    // A storm by the console's measure (AsyncIncidentStore: over 2,000 a second), on either backend.
    QVERIFY2(sent * 1000 / lasted > 3000,
        qPrintable(QStringLiteral("only %1 alerts in %2 ms").arg(sent).arg(lasted)));
    QTRY_COMPARE(std::accumulate(announced.cbegin(), announced.cend(), qsizetype(0),
                     [](qsizetype sum, const QList<QVariant>& args) {
                         return sum + args.at(0).value<QList<Alert>>().size();
                     }),
        qsizetype(sent));
    // Past the first announcements, which find no storm yet: ~10 a second.
    QVERIFY2(announced.size() <= 3 + lasted / 100 + 1,
        qPrintable(QStringLiteral("%1 announcements in %2 ms").arg(announced.size()).arg(lasted)));
}
