// Escalation and on-call under a clock the test moves: who is on call across
// a handover and a daylight-saving change; each level of a policy pages once
// at its time, acknowledging stops it, and a restart mid-policy carries on
// where it was (levels that fell due while closed page at once).
#include "models/itemmodels/oncallmodel.h"
#include "models/rules/escalationpolicy.h"
#include "models/rules/notificationpolicy.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QByteArray kConfig = R"({
    "schedules": [
        { "id": "primary", "name": "Primary On-Call", "time_zone": "America/New_York",
          "layers": [ { "start": "2026-10-26T09:00:00", "rotation_turn_length_seconds": 604800,
                        "users": ["Ana Lima", "Bo Chen", "Cy Diaz"] } ] },
        { "id": "secondary", "name": "Secondary On-Call", "time_zone": "Europe/Berlin",
          "layers": [ { "start": "2026-11-01T00:00:00", "rotation_turn_length_seconds": 86400, "users": ["Dee Eve"] } ] }
    ],
    "escalation_policies": [ { "name": "Production", "rules": [
        { "escalation_delay_in_minutes": 0, "targets": [ { "type": "schedule", "id": "primary" } ] },
        { "escalation_delay_in_minutes": 15, "targets": [ { "type": "schedule", "id": "secondary" } ] },
        { "escalation_delay_in_minutes": 30, "targets": [ { "type": "user", "id": "Fay Gold" } ] } ] } ],
    "escalation_rules": [ { "severity": "SEV1", "unacknowledged_minutes": 5, "policy": "Production" } ]
})";

QDateTime utc(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODate).toUTC();
}

EscalationConfig config()
{
    QString error;
    const std::optional<EscalationConfig> parsed = EscalationConfig::parse(kConfig, &error);
    if (!parsed)
        qFatal("test configuration does not parse: %s", qPrintable(error));
    return *parsed;
}
}

class TestEscalation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void onCallFollowsTheRotaAcrossHandoversAndDaylightSaving();
    void laterLayerOverridesFromItsStart();
    void eachLevelPagesOnceAndAcknowledgingStopsIt();
    void restartMidPolicyCarriesOn();
    void escalatingByHandTakesTheNextLevel();
    void badConfigurationsSayWhatIsWrong_data();
    void badConfigurationsSayWhatIsWrong();
    void builtInFollowsTheSeed();
    void onCallModelFollowsHandovers();
    void desktopNotificationsForWhatMatters();
    void assignmentByCategoryThenSeverity();
    void configurationSurvivesTheEditorsRoundTrip();
};

void TestEscalation::onCallFollowsTheRotaAcrossHandoversAndDaylightSaving()
{
    const EscalationConfig escalation = config();
    const OnCallSchedule* primary = escalation.schedule(QStringLiteral("primary"));
    QVERIFY(primary);
    QVERIFY(!primary->shiftAt(utc(QStringLiteral("2026-10-26T12:59:00Z")))); // before the rota starts
    QCOMPARE(
        primary->nextShift(utc(QStringLiteral("2026-10-26T12:59:00Z")))->user, QStringLiteral("Ana Lima"));
    // Monday 09:00 in New York is 13:00 UTC in October (EDT)...
    std::optional<OnCallShift> shift = primary->shiftAt(utc(QStringLiteral("2026-10-26T13:00:00Z")));
    QCOMPARE(shift->user, QStringLiteral("Ana Lima"));
    QCOMPARE(shift->from, utc(QStringLiteral("2026-10-26T13:00:00Z")));
    // ...and 14:00 UTC after the clocks went back on 1 November (EST): the week was an hour longer.
    QCOMPARE(shift->until, utc(QStringLiteral("2026-11-02T14:00:00Z")));
    QCOMPARE(primary->shiftAt(utc(QStringLiteral("2026-11-02T13:59:59Z")))->user, QStringLiteral("Ana Lima"));
    QCOMPARE(primary->shiftAt(utc(QStringLiteral("2026-11-02T14:00:00Z")))->user, QStringLiteral("Bo Chen"));
    const std::optional<OnCallShift> next = primary->nextShift(utc(QStringLiteral("2026-11-02T13:00:00Z")));
    QCOMPARE(next->user, QStringLiteral("Bo Chen"));
    QCOMPARE(next->from, utc(QStringLiteral("2026-11-02T14:00:00Z")));
    QCOMPARE(primary->shiftAt(utc(QStringLiteral("2026-11-09T14:00:00Z")))->user, QStringLiteral("Cy Diaz"));
    QCOMPARE(primary->shiftAt(utc(QStringLiteral("2026-11-16T14:00:00Z")))->user, QStringLiteral("Ana Lima"));
    // Spring forward (14 March 2027): the next handover is back at 13:00 UTC; 20 weeks in, Cy's turn.
    QCOMPARE(primary->shiftAt(utc(QStringLiteral("2027-03-08T14:00:00Z")))->user, QStringLiteral("Bo Chen"));
    QCOMPARE(primary->shiftAt(utc(QStringLiteral("2027-03-15T12:59:00Z")))->user, QStringLiteral("Bo Chen"));
    QCOMPARE(primary->shiftAt(utc(QStringLiteral("2027-03-15T13:00:00Z")))->user, QStringLiteral("Cy Diaz"));
    // Resolving a target names the person and the rota.
    QCOMPARE(escalation.resolve({ EscalationTarget::Kind::Schedule, QStringLiteral("primary") },
                 utc(QStringLiteral("2026-11-03T10:00:00Z"))),
        QStringList { QStringLiteral("Bo Chen (Primary On-Call)") });
}

void TestEscalation::laterLayerOverridesFromItsStart()
{
    OnCallSchedule schedule;
    schedule.zone = QTimeZone::utc();
    schedule.layers.append({ QDateTime(QDate(2026, 11, 1), QTime(0, 0)), 86400,
        { QStringLiteral("Ana"), QStringLiteral("Bo") } });
    schedule.layers.append(
        { QDateTime(QDate(2026, 11, 5), QTime(12, 0)), 86400 * 7, { QStringLiteral("Cy") } });
    const std::optional<OnCallShift> before = schedule.shiftAt(utc(QStringLiteral("2026-11-05T06:00:00Z")));
    QCOMPARE(before->user, QStringLiteral("Ana")); // day 5 of a two-person daily rota
    QCOMPARE(before->until, utc(QStringLiteral("2026-11-05T12:00:00Z"))); // cut short by the new layer
    QCOMPARE(schedule.shiftAt(utc(QStringLiteral("2026-11-05T12:00:00Z")))->user, QStringLiteral("Cy"));
}

void TestEscalation::eachLevelPagesOnceAndAcknowledgingStopsIt()
{
    TestSupport::TestDatabase database;
    QVERIFY2(database.isValid(), qPrintable(database.error()));
    ManualClock clock(utc(QStringLiteral("2026-11-03T10:00:00Z")));
    std::unique_ptr<IncidentStore> store = TestSupport::openStore(database.location(), &clock);
    const EscalationConfig escalation = config();
    const Incident down = *store->incidents().declare(
        TestSupport::draft(QStringLiteral("Checkout down"), Severity::Sev1), QStringLiteral("ana"));
    const Incident slow = *store->incidents().declare(
        TestSupport::draft(QStringLiteral("Search slow"), Severity::Sev1), QStringLiteral("ana"));
    const Incident minor = *store->incidents().declare(
        TestSupport::draft(QStringLiteral("Typo"), Severity::Sev4), QStringLiteral("ana"));
    Q_UNUSED(minor)

    clock.advance(4 * 60 + 59);
    QVERIFY(store->escalation().escalateDue(escalation)->isEmpty()); // 5 minutes unacknowledged first
    QVERIFY(store->incidents().changeStatus(slow.id, IncidentStatus::Acknowledged, QStringLiteral("bo")));
    clock.advance(1);
    QList<TimelineEntry> paged = *store->escalation().escalateDue(escalation);
    QCOMPARE(paged.size(), 1); // the acknowledged one and the SEV4 (no rule) stay quiet
    QCOMPARE(paged.first().incidentId, down.id);
    QCOMPARE(paged.first().kind, TimelineKind::Escalated);
    QCOMPARE(paged.first().newValue, QStringLiteral("1"));
    QCOMPARE(paged.first().body, QStringLiteral("Bo Chen (Primary On-Call)"));
    QVERIFY(store->escalation().escalateDue(escalation)->isEmpty()); // once

    clock.advance(15 * 60 - 1);
    QVERIFY(store->escalation().escalateDue(escalation)->isEmpty());
    clock.advance(1);
    paged = *store->escalation().escalateDue(escalation);
    QCOMPARE(paged.size(), 1);
    QCOMPARE(paged.first().body, QStringLiteral("Dee Eve (Secondary On-Call)"));

    QVERIFY(store->incidents().changeStatus(down.id, IncidentStatus::Acknowledged, QStringLiteral("dee")));
    clock.advance(60 * 60);
    QVERIFY(store->escalation().escalateDue(escalation)->isEmpty()); // acknowledged: the manager is not paged
    const QList<TimelineEntry> timeline = *store->incidents().timeline(down.id, 0, 100);
    QCOMPARE(std::count_if(timeline.cbegin(), timeline.cend(),
                 [](const TimelineEntry& entry) { return entry.kind == TimelineKind::Escalated; }),
        2);
}

void TestEscalation::restartMidPolicyCarriesOn()
{
    TestSupport::TestDatabase database;
    QVERIFY2(database.isValid(), qPrintable(database.error()));
    const QString path = database.location();
    ManualClock clock(utc(QStringLiteral("2026-11-03T10:00:00Z")));
    const EscalationConfig escalation = config();
    qint64 id = 0;
    {
        std::unique_ptr<IncidentStore> store = TestSupport::openStore(path, &clock);
        id = store->incidents()
                 .declare(TestSupport::draft(QStringLiteral("Payments down"), Severity::Sev1),
                     QStringLiteral("ana"))
                 ->id;
        clock.advance(6 * 60);
        QCOMPARE(store->escalation().escalateDue(escalation)->size(), 1);
    } // closed at minute 6; levels 2 (minute 20) and 3 (minute 35) fall due while it is closed
    clock.advance(40 * 60);
    std::unique_ptr<IncidentStore> store = TestSupport::openStore(path, &clock);
    const QList<TimelineEntry> paged = *store->escalation().escalateDue(escalation);
    QCOMPARE(paged.size(), 2);
    QCOMPARE(paged.at(0).newValue, QStringLiteral("2"));
    QCOMPARE(paged.at(1).newValue, QStringLiteral("3"));
    QCOMPARE(paged.at(1).body, QStringLiteral("Fay Gold"));
    QVERIFY(store->escalation().escalateDue(escalation)->isEmpty());
    QCOMPARE(store->incidents().timeline(id, 0, 100)->constLast().kind, TimelineKind::Escalated);
}

void TestEscalation::escalatingByHandTakesTheNextLevel()
{
    TestSupport::TestDatabase database;
    QVERIFY2(database.isValid(), qPrintable(database.error()));
    ManualClock clock(utc(QStringLiteral("2026-11-03T10:00:00Z")));
    std::unique_ptr<IncidentStore> store = TestSupport::openStore(database.location(), &clock);
    const EscalationConfig escalation = config();
    const Incident down = *store->incidents().declare(
        TestSupport::draft(QStringLiteral("Checkout down"), Severity::Sev1), QStringLiteral("ana"));
    StoreResult<TimelineEntry> entry
        = store->escalation().escalateNow(down.id, escalation, QStringLiteral("Ana Lima"));
    QVERIFY(entry);
    QCOMPARE(entry->newValue, QStringLiteral("1"));
    QCOMPARE(entry->author, QStringLiteral("Ana Lima"));
    QCOMPARE(store->escalation().escalateNow(down.id, escalation, QStringLiteral("Ana Lima"))->newValue,
        QStringLiteral("2"));
    // The timer does not page a level again that a person already did.
    clock.advance(6 * 60);
    QVERIFY(store->escalation().escalateDue(escalation)->isEmpty());
    QCOMPARE(store->escalation().escalateNow(down.id, escalation, QStringLiteral("Ana Lima"))->newValue,
        QStringLiteral("3"));
    entry = store->escalation().escalateNow(down.id, escalation, QStringLiteral("Ana Lima"));
    QVERIFY(!entry);
    QVERIFY(entry.error().contains(QLatin1String("Every level")));
    const Incident minor = *store->incidents().declare(
        TestSupport::draft(QStringLiteral("Typo"), Severity::Sev4), QStringLiteral("ana"));
    entry = store->escalation().escalateNow(minor.id, escalation, QStringLiteral("Ana Lima"));
    QVERIFY(!entry);
    QCOMPARE(entry.errorKind(), StoreErrorKind::Rejected);
}

void TestEscalation::badConfigurationsSayWhatIsWrong_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("broken JSON") << QByteArray("{\n\"schedules\": [,]\n}") << QStringLiteral("line 2");
    QTest::newRow("unknown zone") << QByteArray(
        R"({"schedules": [{"id": "p", "time_zone": "Mars/Olympus"}]})")
                                  << QStringLiteral("Mars/Olympus");
    QTest::newRow("no users") << QByteArray(
        R"({"schedules": [{"id": "p", "layers": [{"start": "2026-11-02T09:00:00", "users": []}]}]})")
                              << QStringLiteral("layer 1");
    QTest::newRow("unknown schedule") << QByteArray(
        R"({"escalation_policies": [{"name": "P", "rules": [{"escalation_delay_in_minutes": 0, "targets": [{"type": "schedule", "id": "nope"}]}]}]})")
                                      << QStringLiteral("no schedule \"nope\"");
    QTest::newRow("unknown policy") << QByteArray(
        R"({"escalation_rules": [{"severity": "SEV1", "unacknowledged_minutes": 5, "policy": "Nope"}]})")
                                    << QStringLiteral("no escalation policy \"Nope\"");
    QTest::newRow("delays going back") << QByteArray(
        R"({"escalation_policies": [{"name": "P", "rules": [{"escalation_delay_in_minutes": 10, "targets": [{"type": "user", "id": "a"}]}, {"escalation_delay_in_minutes": 5, "targets": [{"type": "user", "id": "b"}]}]}]})")
                                       << QStringLiteral("rule 2");
}

void TestEscalation::badConfigurationsSayWhatIsWrong()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!EscalationConfig::parse(json, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    // The user's broken file leaves the built-in configuration in force, and says so with the file's name.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("escalation.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(json);
    out.close();
    QString warning;
    const EscalationConfig loaded = EscalationConfig::load(file, &warning);
    QVERIFY(warning.contains(file));
    QCOMPARE(loaded.policies.size(), EscalationConfig::builtIn().policies.size());
}

void TestEscalation::builtInFollowsTheSeed()
{
    const EscalationConfig builtIn = EscalationConfig::builtIn();
    Incident incident;
    incident.detectedAt = utc(QStringLiteral("2026-11-03T10:00:00Z"));
    incident.severity = Severity::Sev1; // critical: 5 minutes to senior engineers
    QCOMPARE(builtIn.ruleFor(incident)->unacknowledgedMinutes, 5);
    QCOMPARE(builtIn.ruleFor(incident)->policy, QStringLiteral("Senior engineers"));
    incident.severity = Severity::Sev2; // high: 15 minutes to the on-call engineer
    QCOMPARE(builtIn.dueTimes(incident).first(), utc(QStringLiteral("2026-11-03T10:15:00Z")));
    incident.severity = Severity::Sev3; // medium: an hour to support
    QCOMPARE(builtIn.ruleFor(incident)->policy, QStringLiteral("Support"));
    incident.severity = Severity::Sev4;
    QVERIFY(!builtIn.ruleFor(incident));
    // The seed's PagerDuty policy: primary, then secondary at 15, then a person at 30.
    const EscalationPolicy* production = builtIn.policy(QStringLiteral("Production"));
    QCOMPARE(production->levels.size(), 3);
    QCOMPARE(production->levels.at(2).delayMinutes, 30);
}

void TestEscalation::onCallModelFollowsHandovers()
{
    ManualClock clock(utc(QStringLiteral("2026-11-02T13:30:00Z")));
    OnCallModel model(config(), &clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(
        model.index(0, OnCallModel::ScheduleColumn).data().toString(), QStringLiteral("Primary On-Call"));
    QCOMPARE(model.index(0, OnCallModel::NowColumn).data().toString(), QStringLiteral("Ana Lima"));
    QVERIFY(
        model.index(0, OnCallModel::NextColumn).data().toString().startsWith(QLatin1String("Bo Chen from ")));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    clock.advance(60);
    model.refresh();
    QCOMPARE(changed.size(), 0); // nothing handed over
    clock.advance(30 * 60);
    model.refresh();
    QCOMPARE(changed.size(),
        1); // the weekly rota handed over at 14:00 UTC; the daily one turns at Berlin midnight
    QCOMPARE(model.index(0, OnCallModel::NowColumn).data().toString(), QStringLiteral("Bo Chen"));
}

// Desktop notifications: a new SEV1 or SEV2, an escalation step, a missed
// response target (once), nothing else, and nothing while quiet.
void TestEscalation::desktopNotificationsForWhatMatters()
{
    TestSupport::TestDatabase database;
    QVERIFY2(database.isValid(), qPrintable(database.error()));
    ManualClock clock(utc(QStringLiteral("2026-11-03T10:00:00Z")));
    std::unique_ptr<IncidentStore> store = TestSupport::openStore(database.location(), &clock);
    qint64 cursor = -1;
    QVERIFY(store->changes().changesSince(&cursor, 100));
    const Incident down = *store->incidents().declare(
        TestSupport::draft(QStringLiteral("Checkout down"), Severity::Sev1), QStringLiteral("ana"));
    QVERIFY(store->incidents().declare(
        TestSupport::draft(QStringLiteral("Typo"), Severity::Sev4), QStringLiteral("ana")));
    NotificationPolicy policy;
    QList<DesktopNotification> told = policy.fromChanges(*store->changes().changesSince(&cursor, 100));
    QCOMPARE(told.size(), 1); // the SEV4 interrupts nobody
    QCOMPARE(told.first().incidentId, down.id);
    QCOMPARE(told.first().title, QStringLiteral("SEV1 declared: %1").arg(down.key));
    QVERIFY(told.first().urgent);

    clock.advance(6 * 60);
    QCOMPARE(store->escalation().escalateDue(config())->size(), 1);
    told = policy.fromChanges(*store->changes().changesSince(&cursor, 100));
    QCOMPARE(told.size(), 1);
    QVERIFY(told.first().body.contains(QLatin1String("Bo Chen")));

    // SEV1's target is 15 minutes: missed at minute 15, told once.
    IncidentQuery triggered;
    triggered.filter.statuses = { IncidentStatus::Triggered };
    QVERIFY(policy.fromMissedTargets(*store->incidents().page(triggered, std::nullopt, 100), clock.nowUtc())
                .isEmpty());
    clock.advance(9 * 60);
    told = policy.fromMissedTargets(*store->incidents().page(triggered, std::nullopt, 100), clock.nowUtc());
    QCOMPARE(told.size(), 1);
    QVERIFY(told.first().title.startsWith(QLatin1String("SEV1 response target missed")));
    clock.advance(60);
    QVERIFY(policy.fromMissedTargets(*store->incidents().page(triggered, std::nullopt, 100), clock.nowUtc())
                .isEmpty());

    policy.setQuietUntil(clock.nowUtc().addSecs(3600));
    QVERIFY(policy.isQuietAt(clock.nowUtc()));
    QVERIFY(!policy.isQuietAt(clock.nowUtc().addSecs(3600)));
}

QTEST_GUILESS_MAIN(TestEscalation)
void TestEscalation::assignmentByCategoryThenSeverity()
{
    const TeamAssignment assignment = EscalationConfig::builtIn().assignment;
    const auto teamOf = [&assignment](IncidentType type, Severity severity, const QString& service) {
        Incident incident;
        incident.type = type;
        incident.severity = severity;
        incident.service = service;
        return assignment.teamFor(incident);
    };
    // 003: category first (security, performance, database, network, system) ...
    QCOMPARE(teamOf(IncidentType::Security, Severity::Sev1, QStringLiteral("auth")),
        QStringLiteral("security_team"));
    QCOMPARE(
        teamOf(IncidentType::Performance, Severity::Sev3, QString()), QStringLiteral("performance_team"));
    QCOMPARE(teamOf(IncidentType::Outage, Severity::Sev1, QStringLiteral("Database-primary")),
        QStringLiteral("database_team"));
    // 001's response teams: Compliance + Legal, DevOps + Product, ahead of any severity rule.
    QCOMPARE(teamOf(IncidentType::Compliance, Severity::Sev1, QStringLiteral("billing")),
        QStringLiteral("compliance_legal_team"));
    QCOMPARE(teamOf(IncidentType::ThirdParty, Severity::Sev2, QStringLiteral("payments-provider")),
        QStringLiteral("devops_product_team"));
    QCOMPARE(teamOf(IncidentType::Outage, Severity::Sev2, QStringLiteral("core network")),
        QStringLiteral("network_team"));
    QCOMPARE(teamOf(IncidentType::Outage, Severity::Sev2, QStringLiteral("platform")),
        QStringLiteral("platform_team"));
    // ... then severity: critical to the emergency team, high to the on-call engineer; else the default.
    QCOMPARE(teamOf(IncidentType::Outage, Severity::Sev1, QStringLiteral("checkout")),
        QStringLiteral("emergency_team"));
    QCOMPARE(teamOf(IncidentType::Outage, Severity::Sev2, QStringLiteral("checkout")),
        QStringLiteral("on_call_engineer"));
    QCOMPARE(teamOf(IncidentType::Outage, Severity::Sev3, QStringLiteral("databases")),
        QStringLiteral("support_team")); // a word, not a prefix

    // Declaring assigns it, and the declaration says so on the timeline.
    TestSupport::TestDatabase database;
    QVERIFY2(database.isValid(), qPrintable(database.error()));
    ManualClock clock;
    auto store = TestSupport::openStore(database.location(), &clock);
    IncidentDraft draft
        = TestSupport::draft(QStringLiteral("Token leak"), Severity::Sev2, QStringLiteral("auth"));
    draft.type = IncidentType::Security;
    const StoreResult<Incident> declared = store->incidents().declare(draft, QStringLiteral("ana"));
    QVERIFY(declared);
    QCOMPARE(declared->team, QStringLiteral("security_team"));
    QCOMPARE(store->incidents().incident(declared->id)->team, QStringLiteral("security_team"));
    QVERIFY(TimelineText::summary(store->incidents().timeline(declared->id, 0, 10)->first())
                .endsWith(QLatin1String("(assigned to security_team)")));
    // A team of one's own rules; and reassigning by hand is on the timeline.
    TeamAssignment mine;
    mine.defaultTeam = QStringLiteral("sre");
    store->incidents().setTeamAssignment(mine);
    QCOMPARE(
        store->incidents().declare(TestSupport::draft(QStringLiteral("Slow")), QStringLiteral("ana"))->team,
        QStringLiteral("sre"));
    QVERIFY(store->incidents().editField(
        declared->id, IncidentField::Team, QStringLiteral("identity_team"), QStringLiteral("rui")));
    QCOMPARE(TimelineText::summary(store->incidents().timeline(declared->id, 0, 10)->last()),
        QStringLiteral("Team: “security_team” → “identity_team”"));
}

void TestEscalation::configurationSurvivesTheEditorsRoundTrip()
{
    const EscalationConfig shipped = EscalationConfig::builtIn();
    QString error;
    const std::optional<EscalationConfig> again = EscalationConfig::parse(shipped.toJson(), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->toJson(), shipped.toJson());
    QCOMPARE(again->assignment.rules.size(), 11);
    QCOMPARE(again->policies.size(), 3);
    QCOMPARE(again->rules.first().unacknowledgedMinutes, 5);
    QVERIFY(
        !EscalationConfig::parse(R"({"assignment": {"rules": [{"type": "gossip", "team": "x"}]}})", &error));
    QVERIFY(error.contains(QLatin1String("gossip")));
    QVERIFY(!EscalationConfig::parse(R"({"assignment": {"rules": [{"severity": "SEV1"}]}})", &error));
}

#include "tst_escalation.moc"
