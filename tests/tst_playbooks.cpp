// Playbooks and runbooks: the shipped content the seeds ask for, the user's
// own files, a declared incident's checklist, checking steps on the timeline,
// and the checklist model.
#include "models/itemmodels/checklistmodel.h"
#include "models/rules/alertrules.h"
#include "models/rules/playbook.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestPlaybooks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void shippedPlaybooksFollowTheSeeds();
    void shippedRunbooksFollowTheTemplate();
    void userFilesAddAndReplace();
    void playbooksAreDueForTheirQuarterlyReview();
    void declaringAttachesTheTypesChecklist();
    void rulesAndMatchesAttachTheSeedProcedures();
    void checklistModelShowsPhasesAndAsksToCheck();
};

void TestPlaybooks::shippedPlaybooksFollowTheSeeds()
{
    const PlaybookCatalog catalog = PlaybookCatalog::builtIn();
    // A phased workflow for each kind of incident the seed names.
    for (IncidentType type : { IncidentType::Outage, IncidentType::Security, IncidentType::Performance,
             IncidentType::Data, IncidentType::Integration }) {
        const Playbook* playbook = catalog.forType(type);
        QVERIFY2(playbook, qPrintable(kIncidentTypes.key(type)));
        QVERIFY(playbook->phases.size() >= 3);
        QVERIFY(playbook->phases.first().critical); // the first phase is on the critical path
    }
    const Playbook* outage = catalog.forType(IncidentType::Outage);
    QCOMPARE(outage->phases.first().steps.first(), QStringLiteral("Confirm incident scope and impact"));
    QCOMPARE(outage->phases.first().window, QStringLiteral("0–15 minutes"));
    QCOMPARE(catalog.forType(IncidentType::Security)->phases.at(0).steps.first(),
        QStringLiteral("Isolate affected systems"));
    // The procedures document's compromise investigation checklist, all twelve items as it writes them.
    const QStringList compromise { QStringLiteral("Isolate affected systems"),
        QStringLiteral("Preserve logs and memory dumps"), QStringLiteral("Identify attack vector"),
        QStringLiteral("Check for lateral movement"), QStringLiteral("Scan for malware/backdoors"),
        QStringLiteral("Review access logs for 30 days"), QStringLiteral("Identify data accessed"),
        QStringLiteral("Assess exfiltration risk"), QStringLiteral("Check for persistence mechanisms"),
        QStringLiteral("Coordinate with security team"), QStringLiteral("Notify legal if PII involved"),
        QStringLiteral("Document chain of custody") };
    const QList<PlaybookPhase>& securityPhases = catalog.forType(IncidentType::Security)->phases;
    QVERIFY(std::any_of(securityPhases.cbegin(), securityPhases.cend(),
        [&compromise](const PlaybookPhase& phase) { return phase.steps == compromise; }));
    // The automated procedures of 003: six steps, a duration and the skills.
    for (const QString& id :
        { QStringLiteral("database-connection-failure"), QStringLiteral("high-error-rate"),
            QStringLiteral("security-incident"), QStringLiteral("performance-degradation") }) {
        const Playbook* playbook = catalog.playbook(id);
        QVERIFY2(playbook, qPrintable(id));
        QCOMPARE(playbook->phases.size(), 1);
        QCOMPARE(playbook->phases.first().steps.size(), 6);
        QVERIFY(playbook->estimatedDurationMinutes > 0);
        QVERIFY(!playbook->requiredSkills.isEmpty());
    }
    const Playbook* database = catalog.playbook(QStringLiteral("database-connection-failure"));
    QCOMPARE(database->estimatedDurationMinutes, 30);
    QCOMPARE(database->requiredSkills,
        (QStringList { QStringLiteral("database_admin"), QStringLiteral("system_admin") }));
    QCOMPARE(database->phases.first().steps.first(), QStringLiteral("Check database server status"));
    // Every runbook a playbook names exists.
    for (const Playbook& playbook : catalog.playbooks) {
        for (const QString& runbook : playbook.runbooks)
            QVERIFY2(catalog.runbook(runbook), qPrintable(playbook.id + QLatin1String(" → ") + runbook));
    }
}

void TestPlaybooks::shippedRunbooksFollowTheTemplate()
{
    const PlaybookCatalog catalog = PlaybookCatalog::builtIn();
    for (const QString& id : { QStringLiteral("database-failover"), QStringLiteral("hot-object-mitigation"),
             QStringLiteral("cache-storm-response"), QStringLiteral("security-breach-response") }) {
        const Runbook* runbook = catalog.runbook(id);
        QVERIFY2(runbook, qPrintable(id));
        QVERIFY(runbook->title.startsWith(QLatin1String("Runbook: ")));
        for (const char* section : { "## Symptoms", "## Impact", "## Triage", "## Resolution",
                 "## Verification", "## Communication" })
            QVERIFY2(runbook->markdown.contains(QLatin1String(section)),
                qPrintable(id + QLatin1Char(' ') + QLatin1String(section)));
        QVERIFY(runbook->markdown.contains(QLatin1String("- [ ] "))); // a verification checklist
    }
    // An alert rule's link finds the local runbook by its last path part.
    QCOMPARE(catalog.runbookForLink(QStringLiteral("https://runbooks.example.com/database-failover"))->id,
        QStringLiteral("database-failover"));
    QVERIFY(!catalog.runbookForLink(QStringLiteral("https://wiki.example.com/unknown")));
}

void TestPlaybooks::userFilesAddAndReplace()
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("playbooks"));
    QDir(dir.path()).mkpath(QStringLiteral("runbooks"));
    const auto write = [&dir](const QString& name, const QByteArray& text) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    };
    write(QStringLiteral("playbooks/outage.json"),
        R"({"id": "outage", "title": "Our outage drill", "incidentType": "outage",
            "phases": [{"name": "First", "critical": true, "steps": ["Page the database team"]}]})");
    write(QStringLiteral("playbooks/broken.json"), "{\n\"id\": \"x\",\n}");
    write(QStringLiteral("runbooks/queue-backlog.md"), "# Runbook: Queue backlog\n\n## Symptoms\n- lag\n");
    QStringList warnings;
    const PlaybookCatalog catalog = PlaybookCatalog::load(dir.path(), &warnings);
    QCOMPARE(catalog.forType(IncidentType::Outage)->title, QStringLiteral("Our outage drill"));
    QCOMPARE(catalog.playbooks.size(), PlaybookCatalog::builtIn().playbooks.size()); // replaced, not added
    QCOMPARE(
        catalog.runbook(QStringLiteral("queue-backlog"))->title, QStringLiteral("Runbook: Queue backlog"));
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().contains(QLatin1String("broken.json"))
            && warnings.first().contains(QLatin1String("line 3")),
        qPrintable(warnings.first()));
}

// Seed 001: "Review and update playbooks quarterly". A shipped playbook was never reviewed here, so it is
// due; marking it reviewed writes the user's copy, which replaces it and is due again three months on.
void TestPlaybooks::playbooksAreDueForTheirQuarterlyReview()
{
    QTemporaryDir dir;
    const QDate today(2026, 12, 8);
    QStringList warnings;
    PlaybookCatalog catalog = PlaybookCatalog::load(dir.path(), &warnings);
    QCOMPARE(catalog.reviewsDue(today).size(), catalog.playbooks.size());

    const Playbook* outage = catalog.playbook(QStringLiteral("outage"));
    QString error;
    QVERIFY2(PlaybookCatalog::markReviewed(
                 dir.path(), *outage, QDate(2026, 10, 1), QStringLiteral("Ana Lima"), &error),
        qPrintable(error));
    const Playbook* security = catalog.playbook(QStringLiteral("security"));
    QVERIFY(PlaybookCatalog::markReviewed(
        dir.path(), *security, QDate(2026, 8, 1), QStringLiteral("Rui"), &error));
    catalog = PlaybookCatalog::load(dir.path(), &warnings);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    outage = catalog.playbook(QStringLiteral("outage"));
    QCOMPARE(outage->lastReviewed, QDate(2026, 10, 1));
    QCOMPARE(outage->reviewedBy, QStringLiteral("Ana Lima"));
    QCOMPARE(outage->reviewDue(), QDate(2027, 1, 1));
    QVERIFY(!outage->reviewIsDue(today));
    QVERIFY(outage->reviewIsDue(QDate(2027, 1, 1)));
    // The user's copy is the shipped one with the review noted: every step is still there.
    QCOMPARE(
        outage->phases.size(), PlaybookCatalog::builtIn().playbook(QStringLiteral("outage"))->phases.size());
    QVERIFY(outage->file.startsWith(dir.path()));

    // Never reviewed first, then by how long they have been due; the one reviewed in October is not due.
    const QList<const Playbook*> due = catalog.reviewsDue(today);
    QCOMPARE(due.size(), catalog.playbooks.size() - 1);
    QCOMPARE(due.last()->id, QStringLiteral("security")); // due since 2026-11-01
    QVERIFY(!due.first()->lastReviewed.isValid());

    // A user's own playbook is marked in its own file, whatever that file is called.
    QFile own(dir.filePath(QStringLiteral("playbooks/our-db-procedure.json")));
    QVERIFY(own.open(QIODevice::WriteOnly));
    own.write(R"({"id": "database-connection-failure", "title": "Our DB procedure",
                  "phases": [{"name": "First", "steps": ["Page the DBA"]}]})");
    own.close();
    catalog = PlaybookCatalog::load(dir.path(), &warnings);
    const Playbook* ours = catalog.playbook(QStringLiteral("database-connection-failure"));
    QCOMPARE(ours->title, QStringLiteral("Our DB procedure"));
    QVERIFY(PlaybookCatalog::markReviewed(dir.path(), *ours, today, QStringLiteral("Ana Lima"), &error));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("playbooks/database-connection-failure.json"))));
    catalog = PlaybookCatalog::load(dir.path(), &warnings);
    QCOMPARE(catalog.playbook(QStringLiteral("database-connection-failure"))->lastReviewed, today);
    QCOMPARE(catalog.playbook(QStringLiteral("database-connection-failure"))->title,
        QStringLiteral("Our DB procedure"));
    // An id that is no file name is not written anywhere.
    Playbook odd = *catalog.playbook(QStringLiteral("outage"));
    odd.id = QStringLiteral("../escape");
    odd.file = QStringLiteral(":/playbooks/outage.json");
    QVERIFY(!PlaybookCatalog::markReviewed(dir.path(), odd, today, QStringLiteral("Ana Lima"), &error));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("escape.json"))));

    // A file may say how often, and a wrong date is named.
    const auto parse = [](const QByteArray& extra, QString* why) {
        return Playbook::parse(
            R"({"id": "p", "title": "P", "phases": [{"name": "A", "steps": ["x"]}], )" + extra + '}', why);
    };
    const std::optional<Playbook> monthly
        = parse(R"("lastReviewed": "2026-11-20", "reviewEveryMonths": 1)", &error);
    QVERIFY(monthly);
    QCOMPARE(monthly->reviewDue(), QDate(2026, 12, 20));
    QVERIFY(!parse(R"("lastReviewed": "last spring")", &error));
    QVERIFY2(error.contains(QLatin1String("last spring")), qPrintable(error));
    QVERIFY(!parse(R"("reviewEveryMonths": 0)", &error));
}

// The seeds' four automated procedures attach by themselves: by the incident's service or type (a
// playbook's "matches"), or because the alert rule that opened the incident names one.
void TestPlaybooks::rulesAndMatchesAttachTheSeedProcedures()
{
    TestSupport::TestDatabase storeDatabase;
    QVERIFY2(storeDatabase.isValid(), qPrintable(storeDatabase.error()));
    ManualClock clock;
    std::unique_ptr<IncidentStore> store = TestSupport::openStore(storeDatabase.location(), &clock);
    store->checklists().setPlaybooks(PlaybookCatalog::builtIn());
    const auto attached = [&store](const IncidentDraft& draft) {
        const Incident incident = *store->incidents().declare(draft, QStringLiteral("Ana Lima"));
        QStringList playbooks;
        const QList<ChecklistItem> items = *store->checklists().checklist(incident.id);
        for (const ChecklistItem& item : items)
            if (!playbooks.contains(item.playbookId))
                playbooks.append(item.playbookId);
        return playbooks;
    };
    IncidentDraft draft = TestSupport::draft(QStringLiteral("Primary down"), Severity::Sev1);
    draft.service = QStringLiteral("Database-primary"); // a word of the service
    QCOMPARE(attached(draft),
        (QStringList { QStringLiteral("outage"), QStringLiteral("database-connection-failure") }));
    draft.service = QStringLiteral("databases"); // not the word
    QCOMPARE(attached(draft), QStringList { QStringLiteral("outage") });
    draft.type = IncidentType::Security;
    draft.service.clear();
    QCOMPARE(
        attached(draft), (QStringList { QStringLiteral("security"), QStringLiteral("security-incident") }));
    draft.type = IncidentType::Performance;
    QCOMPARE(attached(draft),
        (QStringList { QStringLiteral("performance"), QStringLiteral("performance-degradation") }));

    // The shipped rules: HighErrorRate's incident gets the high-error-rate procedure first.
    const AlertRules rules = AlertRules::defaults(SeverityPolicy::defaults());
    AlertSignal signal;
    signal.name = QStringLiteral("HighErrorRate");
    signal.labels.insert(QStringLiteral("severity"), QStringLiteral("critical"));
    const AlertDecision decision = rules.decide(signal);
    QCOMPARE(decision.playbook, QStringLiteral("high-error-rate"));
    draft = TestSupport::draft(QStringLiteral("Errors"), decision.severity);
    draft.playbook = decision.playbook;
    QCOMPARE(attached(draft), (QStringList { QStringLiteral("high-error-rate"), QStringLiteral("outage") }));
    draft.playbook = QStringLiteral("no-such-playbook"); // a rule naming none: the others still come
    QCOMPARE(attached(draft), QStringList { QStringLiteral("outage") });

    // A match that names no type or severity is refused, with where.
    QString error;
    QVERIFY(!Playbook::parse(R"({"id": "x", "title": "X", "matches": [{"type": "volcano"}],
        "phases": [{"name": "P", "steps": ["s"]}]})",
        &error));
    QVERIFY2(error.contains(QLatin1String("match 1")) && error.contains(QLatin1String("volcano")),
        qPrintable(error));
}

void TestPlaybooks::declaringAttachesTheTypesChecklist()
{
    TestSupport::TestDatabase storeDatabase;
    QVERIFY2(storeDatabase.isValid(), qPrintable(storeDatabase.error()));
    ManualClock clock;
    std::unique_ptr<IncidentStore> store = TestSupport::openStore(storeDatabase.location(), &clock);
    IncidentDraft draft = TestSupport::draft(QStringLiteral("Checkout down"), Severity::Sev1);
    draft.type = IncidentType::Outage;
    const Incident incident = *store->incidents().declare(draft, QStringLiteral("Ana Lima"));
    QList<ChecklistItem> items = *store->checklists().checklist(incident.id);
    QCOMPARE(items.size(), 15); // three phases of five steps
    QCOMPARE(items.first().text, QStringLiteral("Confirm incident scope and impact"));
    QVERIFY(items.first().critical);
    QVERIFY(!items.constLast().critical);
    // Declaring implies it: the timeline holds the declaration alone.
    QList<TimelineEntry> timeline = *store->incidents().timeline(incident.id, 0, 100);
    QCOMPARE(timeline.size(), 1);

    // Checking a step is on the timeline, with who and when; checking it again writes nothing.
    clock.advance(60);
    ChecklistItem done
        = *store->checklists().setChecklistItem(items.at(1).id, true, QStringLiteral("Bo Chen"));
    QVERIFY(done.isChecked());
    QCOMPARE(done.checkedBy, QStringLiteral("Bo Chen"));
    QCOMPARE(done.checkedAt, clock.nowUtc());
    QVERIFY(store->checklists().setChecklistItem(items.at(1).id, true, QStringLiteral("Bo Chen")));
    timeline = *store->incidents().timeline(incident.id, 0, 100);
    QCOMPARE(
        TimelineText::summary(timeline.constLast()), QStringLiteral("Done: Activate incident response team"));
    QCOMPARE(timeline.constLast().author, QStringLiteral("Bo Chen"));
    const qsizetype entries = timeline.size();
    QCOMPARE(store->incidents().timeline(incident.id, 0, 100)->size(), entries);
    QVERIFY(
        !store->checklists().setChecklistItem(items.at(1).id, false, QStringLiteral("Bo Chen"))->isChecked());
    QCOMPARE(store->incidents().timeline(incident.id, 0, 100)->size(), entries + 1);

    // Another playbook goes after the first; the same one twice is refused.
    const PlaybookCatalog catalog = PlaybookCatalog::builtIn();
    const Playbook* database = catalog.playbook(QStringLiteral("database-connection-failure"));
    QCOMPARE(
        store->checklists().attachPlaybook(incident.id, *database, QStringLiteral("Ana Lima"))->size(), 21);
    QCOMPARE(TimelineText::summary(store->incidents().timeline(incident.id, 0, 100)->constLast()),
        QStringLiteral("Playbook attached: Database connection failure"));
    const StoreResult<QList<ChecklistItem>> again
        = store->checklists().attachPlaybook(incident.id, *database, QStringLiteral("Ana Lima"));
    QVERIFY(!again);
    QCOMPARE(again.errorKind(), StoreErrorKind::Rejected);
    items = *store->checklists().checklist(incident.id);
    QCOMPARE(items.constLast().text, QStringLiteral("Update incident with findings"));
    QCOMPARE(items.constLast().position, 21);

    // A type without a playbook gets none.
    draft.type = IncidentType::Compliance;
    QVERIFY(store->checklists()
                .checklist(store->incidents().declare(draft, QStringLiteral("Ana Lima"))->id)
                ->isEmpty());
}

void TestPlaybooks::checklistModelShowsPhasesAndAsksToCheck()
{
    TestSupport::TestDatabase database;
    QVERIFY2(database.isValid(), qPrintable(database.error()));
    ManualClock clock;
    std::unique_ptr<IncidentStore> store = TestSupport::openStore(database.location(), &clock);
    IncidentDraft draft = TestSupport::draft(QStringLiteral("Breach"), Severity::Sev1);
    draft.type = IncidentType::Security;
    const Incident incident = *store->incidents().declare(draft, QStringLiteral("Ana Lima"));

    ChecklistModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems(incident.id, *store->checklists().checklist(incident.id));
    QCOMPARE(model.rowCount(), 4 + 27 + 1 + 6); // a heading per phase; with the security procedure
    QVERIFY(model.index(0).data(ChecklistModel::IsPhaseRole).toBool());
    QCOMPARE(
        model.index(0).data(Qt::BackgroundRole).value<QBrush>().color(), QColor(QStringLiteral("#3a5b5b")));
    QVERIFY(!model.index(0).flags().testFlag(Qt::ItemIsUserCheckable));
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("Isolate affected systems"));
    QCOMPARE(model.index(1).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(!model.index(12).data(Qt::BackgroundRole).isValid()); // containment is off the critical path
    QCOMPARE(model.openSteps(), 33);

    QSignalSpy asked(&model, &ChecklistModel::checkRequested);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(!model.setData(model.index(1), Qt::Checked, Qt::CheckStateRole)); // asks; the store answers
    QCOMPARE(asked.size(), 1);
    const qint64 itemId = asked.first().at(0).toLongLong();
    QVERIFY(store->checklists().setChecklistItem(
        itemId, asked.first().at(1).toBool(), QStringLiteral("Ana Lima")));
    model.setItems(incident.id, *store->checklists().checklist(incident.id));
    QCOMPARE(changed.size(), 1); // that row only
    QCOMPARE(model.index(1).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(model.openSteps(), 32);
    QVERIFY(model.index(1).data(Qt::ToolTipRole).toString().contains(QLatin1String("Done by Ana Lima")));
}

QTEST_GUILESS_MAIN(TestPlaybooks)
#include "tst_playbooks.moc"
