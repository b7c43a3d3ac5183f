// Stakeholder communication, headless: the message templates (every
// placeholder, problems flagged), the communication plan's clocks under a
// controllable clock, compliance deadlines, matrix edits kept in the user's
// file, and what the store records.
#include "models/rules/communicationplan.h"
#include "models/rules/messagetemplate.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {
Incident sampleIncident(const QDateTime& at)
{
    Incident incident;
    incident.id = 7;
    incident.key = QStringLiteral("INC-2026-0042");
    incident.title = QStringLiteral("Payment API unavailable");
    incident.description = QStringLiteral("Pool exhausted on db-7 (internal)");
    incident.severity = Severity::Sev1;
    incident.service = QStringLiteral("payments");
    incident.status = IncidentStatus::Investigating;
    incident.role(IncidentRole::Commander) = QStringLiteral("Ana Lima");
    incident.role(IncidentRole::CommunicationsLead) = QStringLiteral("Rui Costa");
    incident.warRoom = QStringLiteral("https://meet.example.com/inc-42");
    incident.detectedAt = at;
    incident.createdAt = at;
    return incident;
}

const AudienceDue& dueFor(const QList<AudienceDue>& schedule, const QString& id)
{
    for (const AudienceDue& due : schedule) {
        if (due.audienceId == id)
            return due;
    }
    qFatal("no audience %s", qPrintable(id));
}
}

class TestCommunication : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyPlaceholderIsRendered();
    void problemsAreFlagged();
    void promptsMustBeFilled();
    void shippedTemplatesAreClean();
    void userTemplatesReplaceShippedOnes();
    void cadenceAndOverdueFollowTheClock();
    void severityDecidesWhoIsTold();
    void complianceClocksCountFromDetection();
    void matrixEditsArePersisted();
    void brokenMatrixFileFallsBack();
    void storeRecordsUpdatesOnTheTimeline();
    void warRoomAndRegulatedDataAreIncidentFields();
    void statusPageDraftsAndHistory();
};

void TestCommunication::initTestCase()
{
    // The English plural forms ("2 hours") live in the translation the console loads.
    auto* english = new QTranslator(this);
    QVERIFY(english->load(QStringLiteral(IC_ENGLISH_QM)));
    QCoreApplication::installTranslator(english);
}

void TestCommunication::everyPlaceholderIsRendered()
{
    const QDateTime start(QDate(2026, 11, 24), QTime(14, 23), Qt::UTC);
    TemplateFacts facts;
    facts.incident = sampleIncident(start);
    facts.now = start.addSecs(45 * 60);
    facts.nextUpdate = start.addSecs(30 * 60);
    facts.latestNote = QStringLiteral("Rolled back to v2.3.0");
    facts.publicState = QStringLiteral("Identified");
    facts.components = QStringLiteral("API (major outage)");
    facts.audienceName = QStringLiteral("Executive Team");
    for (const MessageTemplates::Placeholder& placeholder : MessageTemplates::placeholders()) {
        const QString text = QStringLiteral("<{{%1}}>").arg(placeholder.name);
        QVERIFY2(MessageTemplates::check(text, Audience::Internal).isEmpty(), qPrintable(placeholder.name));
        const QString rendered = MessageTemplates::render(text, facts);
        QVERIFY2(!rendered.contains(QLatin1String("{{")), qPrintable(rendered));
        QVERIFY2(rendered.size() > 2, qPrintable(placeholder.name)); // something between the brackets
    }
    const QString text = MessageTemplates::render(
        QStringLiteral(
            "{{incident_id}} {{severity}} {{priority}} {{started}} {{duration}} {{commander}} {{war_room}} "
            "{{next_update}} {{latest_note}} {{ service }}"),
        facts);
    QCOMPARE(text,
        QStringLiteral(
            "INC-2026-0042 SEV1 P0 2026-11-24 14:23 UTC 45 minutes Ana Lima https://meet.example.com/inc-42 "
            "2026-11-24 14:53 UTC Rolled back to v2.3.0 payments"));
    // The ETA and the customer impact, from the incident; said plainly while nobody has given them.
    QCOMPARE(MessageTemplates::render(QStringLiteral("{{eta}} | {{customer_impact}}"), facts),
        QStringLiteral("to be confirmed | being assessed"));
    facts.incident.eta = start.addSecs(2 * 3600);
    facts.incident.usersAffected = 15000;
    facts.incident.revenueImpact = QStringLiteral("~$25K");
    QCOMPARE(MessageTemplates::render(QStringLiteral("{{eta}} | {{customer_impact}}"), facts),
        QStringLiteral("2026-11-24 16:23 UTC | 15,000 users affected; revenue: ~$25K"));
    QCOMPARE(MessageTemplates::durationInWords(2 * 3600 + 5 * 60), QStringLiteral("2 hours 5 minutes"));
    QCOMPARE(MessageTemplates::durationInWords(3 * 86400 + 4 * 3600), QStringLiteral("3 days 4 hours"));
    QCOMPARE(MessageTemplates::durationInWords(60), QStringLiteral("1 minute"));
    // Resolved: the duration runs to the resolution, not to now.
    facts.incident.resolvedAt = start.addSecs(45 * 60);
    facts.now = start.addSecs(5 * 3600);
    QCOMPARE(MessageTemplates::render(QStringLiteral("{{duration}} until {{resolved}}"), facts),
        QStringLiteral("45 minutes until 2026-11-24 15:08 UTC"));
}

void TestCommunication::problemsAreFlagged()
{
    QCOMPARE(
        MessageTemplates::check(QStringLiteral("Fine {{title}}\nand {{service}}"), Audience::Internal).size(),
        0);
    const QList<TemplateProblem> unknown
        = MessageTemplates::check(QStringLiteral("a\n{{title}} {{root_cause}}"), Audience::Internal);
    QCOMPARE(unknown.size(), 1);
    QCOMPARE(unknown.first().line, 2);
    QVERIFY(unknown.first().message.contains(QLatin1String("{{root_cause}}")));
    // The ETA may be told to anyone; the customer impact in money and SLAs stays inside.
    QCOMPARE(MessageTemplates::check(QStringLiteral("{{eta}}"), Audience::External).size(), 0);
    QCOMPARE(MessageTemplates::check(QStringLiteral("{{customer_impact}}"), Audience::External).size(), 1);
    QCOMPARE(MessageTemplates::check(QStringLiteral("{{title"), Audience::Internal).size(), 1);
    QCOMPARE(MessageTemplates::check(QStringLiteral("title}}"), Audience::Internal).size(), 1);
    QCOMPARE(MessageTemplates::check(QStringLiteral("{{}}"), Audience::Internal).size(), 1);
    QCOMPARE(MessageTemplates::check(QStringLiteral("{{Title}}"), Audience::Internal).size(), 1);
    QCOMPARE(MessageTemplates::check(QStringLiteral("{{title\n}}"), Audience::Internal).size(), 2);
    // Internal facts may not reach the public.
    QCOMPARE(MessageTemplates::check(QStringLiteral("{{latest_note}}"), Audience::Internal).size(), 0);
    const QList<TemplateProblem> leak
        = MessageTemplates::check(QStringLiteral("{{latest_note}} {{war_room}}"), Audience::External);
    QCOMPARE(leak.size(), 2);
    // An unknown placeholder is never silently dropped: it stays as written.
    TemplateFacts facts;
    facts.incident = sampleIncident(QDateTime::currentDateTimeUtc());
    QCOMPARE(MessageTemplates::render(QStringLiteral("{{root_cause}} {{title}}"), facts),
        QStringLiteral("{{root_cause}} Payment API unavailable"));
}

void TestCommunication::promptsMustBeFilled()
{
    QCOMPARE(MessageTemplates::prompts(QStringLiteral("Root cause: [[Brief explanation]]\nETA: [[ When ]]")),
        (QStringList { QStringLiteral("Brief explanation"), QStringLiteral("When") }));
    QVERIFY(MessageTemplates::prompts(QStringLiteral("Root cause: a bad deploy [1]")).isEmpty());
}

void TestCommunication::shippedTemplatesAreClean()
{
    const TemplateCatalog catalog = TemplateCatalog::builtIn();
    for (const MessageTemplate& message : catalog.templates) {
        const QList<TemplateProblem> problems = MessageTemplates::check(message);
        QVERIFY2(problems.isEmpty(),
            qPrintable(message.id + QLatin1String(": ")
                + (problems.isEmpty() ? QString() : problems.first().message)));
    }
    // The seeds' templates: initial, update and resolution (a SEV1 one each where 001 has one), status page,
    // regulators.
    QCOMPARE(catalog.forKind(QStringLiteral("initial"), Severity::Sev1)->id, QStringLiteral("initial-sev1"));
    QCOMPARE(catalog.forKind(QStringLiteral("initial"), Severity::Sev3)->id, QStringLiteral("initial"));
    QCOMPARE(
        catalog.forKind(QStringLiteral("resolution"), Severity::Sev1)->id, QStringLiteral("resolution-sev1"));
    QCOMPARE(catalog.forKind(QStringLiteral("update"), Severity::Sev2)->id, QStringLiteral("update"));
    QVERIFY(catalog.find(QStringLiteral("status-page")));
    QCOMPARE(catalog.find(QStringLiteral("status-page"))->audience, Audience::External);
    QVERIFY(catalog.forKind(QStringLiteral("compliance"), Severity::Sev1));
    QVERIFY(catalog.find(QStringLiteral("initial-sev1"))
                ->body.contains(QLatin1String("**War Room**: {{war_room}}")));
    // The war room is in every internal message; never in what the public reads.
    for (const MessageTemplate& message : catalog.templates) {
        if (message.audience == Audience::Internal)
            QVERIFY2(message.body.contains(QLatin1String("{{war_room}}")), qPrintable(message.id));
        else
            QVERIFY2(!message.body.contains(QLatin1String("{{war_room}}")), qPrintable(message.id));
    }
}

void TestCommunication::userTemplatesReplaceShippedOnes()
{
    QTemporaryDir config;
    MessageTemplate mine = *TemplateCatalog::builtIn().find(QStringLiteral("update"));
    mine.body = QStringLiteral("Short: {{title}} is {{status}}");
    QString error;
    QVERIFY2(TemplateCatalog::save(config.path(), mine, &error), qPrintable(error));
    MessageTemplate broken = mine;
    broken.id = QStringLiteral("broken");
    broken.body = QStringLiteral("{{nope}}");
    QVERIFY(!TemplateCatalog::save(config.path(), broken, &error));
    QVERIFY(error.contains(QLatin1String("{{nope}}")));
    QFile bad(config.filePath(QStringLiteral("templates/headless.txt")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("no header here");
    bad.close();
    QStringList warnings;
    const TemplateCatalog catalog = TemplateCatalog::load(config.path(), &warnings);
    QCOMPARE(catalog.find(QStringLiteral("update"))->body, mine.body);
    QCOMPARE(catalog.templates.size(), TemplateCatalog::builtIn().templates.size());
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.first().contains(QLatin1String("headless.txt")));
}

void TestCommunication::cadenceAndOverdueFollowTheClock()
{
    const CommunicationPlan plan = CommunicationPlan::builtIn();
    const QDateTime start(QDate(2026, 11, 24), QTime(14, 0), Qt::UTC);
    Incident incident = sampleIncident(start);
    QHash<QString, CommunicationSent> sent;
    const QString leads = QStringLiteral("engineering-leads");
    // SEV1: the first notice within 15 minutes of declaring; due soon in its last quarter.
    AudienceDue due = dueFor(plan.schedule(incident, sent, start.addSecs(10 * 60)), leads);
    QCOMPARE(due.nextKind, UpdateKind::Initial);
    QCOMPARE(due.nextDue, start.addSecs(15 * 60));
    QCOMPARE(due.state, DueState::OnTrack);
    QCOMPARE(dueFor(plan.schedule(incident, sent, start.addSecs(12 * 60)), leads).state, DueState::DueSoon);
    QCOMPARE(dueFor(plan.schedule(incident, sent, start.addSecs(16 * 60)), leads).state, DueState::Overdue);
    // An update restarts the clock: every 30 minutes for SEV1.
    sent.insert(
        leads, { leads, start.addSecs(16 * 60), QStringLiteral("ana"), CommunicationChannel::SlackEmail });
    due = dueFor(plan.schedule(incident, sent, start.addSecs(20 * 60)), leads);
    QCOMPARE(due.nextKind, UpdateKind::Update);
    QCOMPARE(due.nextDue, start.addSecs(46 * 60));
    QCOMPARE(due.state, DueState::OnTrack);
    QCOMPARE(dueFor(plan.schedule(incident, sent, start.addSecs(40 * 60)), leads).state, DueState::DueSoon);
    QCOMPARE(dueFor(plan.schedule(incident, sent, start.addSecs(47 * 60)), leads).state, DueState::Overdue);
    // SEV2 updates every two hours.
    incident.severity = Severity::Sev2;
    QCOMPARE(dueFor(plan.schedule(incident, sent, start.addSecs(47 * 60)), leads).nextDue,
        start.addSecs((16 + 120) * 60));
    // Resolved: a resolution notice is due as promptly as the first one was; once sent, done.
    incident.severity = Severity::Sev1;
    incident.status = IncidentStatus::Resolved;
    incident.resolvedAt = start.addSecs(50 * 60);
    due = dueFor(plan.schedule(incident, sent, start.addSecs(51 * 60)), leads);
    QCOMPARE(due.nextKind, UpdateKind::Resolution);
    QCOMPARE(due.nextDue, start.addSecs(65 * 60));
    QCOMPARE(due.state, DueState::OnTrack);
    QCOMPARE(dueFor(plan.schedule(incident, sent, start.addSecs(70 * 60)), leads).state, DueState::Overdue);
    sent.insert(
        leads, { leads, start.addSecs(55 * 60), QStringLiteral("ana"), CommunicationChannel::SlackEmail });
    QCOMPARE(dueFor(plan.schedule(incident, sent, start.addSecs(70 * 60)), leads).state, DueState::Done);
}

void TestCommunication::severityDecidesWhoIsTold()
{
    const CommunicationPlan plan = CommunicationPlan::builtIn();
    const QDateTime start(QDate(2026, 11, 24), QTime(14, 0), Qt::UTC);
    Incident incident = sampleIncident(start);
    // The matrix of 004: executives and customers for SEV1-2, legal for SEV1 only, on-call for all.
    const QList<AudienceDue> sev1 = plan.schedule(incident, {}, start);
    QCOMPARE(sev1.size(), 7);
    for (const AudienceDue& due : sev1)
        QVERIFY2(due.state != DueState::NotRequired, qPrintable(due.audienceId));
    QVERIFY(dueFor(sev1, QStringLiteral("executives")).executive);
    QCOMPARE(dueFor(sev1, QStringLiteral("executives")).channel, CommunicationChannel::PhoneSms);
    QCOMPARE(dueFor(sev1, QStringLiteral("customers")).channel, CommunicationChannel::StatusPage);
    QCOMPARE(dueFor(sev1, QStringLiteral("customers")).audience, Audience::External);
    incident.severity = Severity::Sev3;
    const QList<AudienceDue> sev3 = plan.schedule(incident, {}, start);
    QCOMPARE(dueFor(sev3, QStringLiteral("executives")).state, DueState::NotRequired);
    QCOMPARE(dueFor(sev3, QStringLiteral("customers")).state, DueState::NotRequired);
    QCOMPARE(dueFor(sev3, QStringLiteral("legal")).state, DueState::NotRequired);
    QCOMPARE(dueFor(sev3, QStringLiteral("support")).state, DueState::OnTrack);
    incident.severity = Severity::Sev4;
    const QList<AudienceDue> sev4 = plan.schedule(incident, {}, start);
    QCOMPARE(dueFor(sev4, QStringLiteral("on-call")).state, DueState::OnTrack);
    QCOMPARE(dueFor(sev4, QStringLiteral("on-call")).nextDue, start.addSecs(24 * 3600));
    QCOMPARE(dueFor(sev4, QStringLiteral("support")).state, DueState::NotRequired);
}

void TestCommunication::complianceClocksCountFromDetection()
{
    const CommunicationPlan plan = CommunicationPlan::builtIn();
    const QDateTime detected(QDate(2026, 11, 24), QTime(8, 0), Qt::UTC);
    Incident incident = sampleIncident(detected);
    incident.createdAt = detected.addSecs(3600); // declared an hour after detection
    incident.type = IncidentType::Security;
    incident.regulatedData = { QStringLiteral("personal"), QStringLiteral("card") };
    const QList<AudienceDue> schedule = plan.schedule(incident, {}, detected.addSecs(2 * 3600));
    QStringList regulators;
    for (const AudienceDue& due : schedule) {
        if (due.compliance)
            regulators.append(due.compliance->id);
    }
    QCOMPARE(regulators, (QStringList { QStringLiteral("gdpr"), QStringLiteral("pci_dss") }));
    const AudienceDue& gdpr = dueFor(schedule, QStringLiteral("compliance/gdpr"));
    QCOMPARE(gdpr.nextDue, detected.addSecs(72 * 3600));
    QCOMPARE(gdpr.state, DueState::OnTrack);
    QCOMPARE(gdpr.compliance->requiredInfo.size(), 5);
    QCOMPARE(gdpr.compliance->authority, QStringLiteral("Data Protection Officer"));
    const AudienceDue& pci = dueFor(schedule, QStringLiteral("compliance/pci_dss"));
    QCOMPARE(pci.nextDue, detected.addSecs(24 * 3600));
    QCOMPARE(
        dueFor(plan.schedule(incident, {}, detected.addSecs(25 * 3600)), QStringLiteral("compliance/pci_dss"))
            .state,
        DueState::Overdue);
    // SOX is immediate; HIPAA 60 days.
    incident.regulatedData = { QStringLiteral("health"), QStringLiteral("financial") };
    const QList<AudienceDue> other = plan.schedule(incident, {}, detected.addSecs(60));
    QCOMPARE(dueFor(other, QStringLiteral("compliance/sox")).nextDue, detected);
    QCOMPARE(dueFor(other, QStringLiteral("compliance/sox")).state, DueState::Overdue);
    QCOMPARE(dueFor(other, QStringLiteral("compliance/hipaa")).nextDue, detected.addDays(60));
    // Notified: done.
    QHash<QString, CommunicationSent> sent;
    sent.insert(QStringLiteral("compliance/sox"),
        { QStringLiteral("compliance/sox"), detected.addSecs(30), {}, CommunicationChannel::SecureChannel });
    QCOMPARE(
        dueFor(plan.schedule(incident, sent, detected.addSecs(60)), QStringLiteral("compliance/sox")).state,
        DueState::Done);
    // The law follows the data, not the incident's type: an outage, a compliance or a third-party incident
    // with regulated data starts the same clocks; SOC 2 for customer data. Without regulated data, none.
    for (IncidentType type : kIncidentTypes.all()) {
        incident.type = type;
        incident.regulatedData = RegulatedData::keys();
        QStringList clocks;
        for (const AudienceDue& due : plan.schedule(incident, {}, detected))
            if (due.compliance)
                clocks.append(due.compliance->id);
        QCOMPARE(clocks,
            (QStringList { QStringLiteral("gdpr"), QStringLiteral("pci_dss"), QStringLiteral("sox"),
                QStringLiteral("hipaa"), QStringLiteral("soc2") }));
        incident.regulatedData.clear();
        for (const AudienceDue& due : plan.schedule(incident, {}, detected))
            QVERIFY(!due.compliance);
    }
    incident.type = IncidentType::ThirdParty;
    incident.regulatedData = { QStringLiteral("customer") };
    const AudienceDue soc2 = dueFor(plan.schedule(incident, {}, detected), QStringLiteral("compliance/soc2"));
    QCOMPARE(soc2.nextDue, detected.addSecs(72 * 3600));
    QCOMPARE(soc2.compliance->name, QStringLiteral("SOC 2"));
    QVERIFY(!soc2.compliance->requiredInfo.isEmpty());
}

void TestCommunication::matrixEditsArePersisted()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("communication.json"));
    CommunicationPlan plan = CommunicationPlan::builtIn();
    plan.cadenceFor(Severity::Sev1).everyMinutes = 15; // the runbook's SEV1 promise
    StakeholderGroup& executives = plan.groups[0];
    executives.setNotifies(Severity::Sev2, false);
    executives.contacts.append({ QStringLiteral("CTO"), QStringLiteral("+44 20 7946 0000") });
    plan.groups.append({ QStringLiteral("partners"), QStringLiteral("Partners"), { true, true, false, false },
        CommunicationChannel::Email, Audience::External, false,
        { { QStringLiteral("Acme"), QStringLiteral("ops@acme.example") } } });
    QString error;
    QVERIFY2(plan.save(file, &error), qPrintable(error));
    QString warning;
    const CommunicationPlan loaded = CommunicationPlan::load(file, &warning);
    QVERIFY2(warning.isEmpty(), qPrintable(warning));
    QVERIFY(loaded == plan);
    QVERIFY(!(loaded == CommunicationPlan::builtIn()));
    QCOMPARE(loaded.cadenceFor(Severity::Sev1).everyMinutes, 15);
    QVERIFY(!loaded.group(QStringLiteral("executives"))->notifies(Severity::Sev2));
    QCOMPARE(loaded.group(QStringLiteral("partners"))->contacts.first().address,
        QStringLiteral("ops@acme.example"));
}

void TestCommunication::brokenMatrixFileFallsBack()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("communication.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(R"({"groups": [{"id": "x", "name": "X", "severities": ["SEV9"], "channel": "email"}]})");
    out.close();
    QString warning;
    const CommunicationPlan plan = CommunicationPlan::load(file, &warning);
    QVERIFY(warning.contains(QLatin1String("SEV9")));
    QVERIFY(plan == CommunicationPlan::builtIn());
    // A file an earlier version saved, with a rule limited to some incident types: read, the limit not.
    const std::optional<CommunicationPlan> older = CommunicationPlan::parse(
        R"({"compliance": [{"id": "gdpr", "data": "personal", "types": ["security"], "deadlineMinutes": 60}]})",
        &warning);
    QVERIFY2(older, qPrintable(warning));
    Incident outage;
    outage.type = IncidentType::Outage;
    outage.regulatedData = { QStringLiteral("personal") };
    QVERIFY(older->compliance.first().applies(outage));
    QString error;
    QVERIFY(!CommunicationPlan::parse(
        R"({"groups": [{"id": "statuspage", "name": "S", "channel": "email"}]})", &error));
    QVERIFY(
        !CommunicationPlan::parse(R"({"groups": [{"id": "a", "name": "A", "channel": "pigeon"}]})", &error));
    QVERIFY(error.contains(QLatin1String("pigeon")));
}

void TestCommunication::storeRecordsUpdatesOnTheTimeline()
{
    TestSupport::TestDatabase database;
    QVERIFY2(database.isValid(), qPrintable(database.error()));
    ManualClock clock;
    auto store = TestSupport::openStore(database.location(), &clock);
    const Incident incident = *store->incidents().declare(
        TestSupport::draft(QStringLiteral("Checkout down"), Severity::Sev1), QStringLiteral("ana"));
    QVERIFY(store->incidents().addNote(incident.id, QStringLiteral("Rolled back"), QStringLiteral("ana")));
    clock.advance(600);
    CommunicationRecord record { QStringLiteral("executives"), QStringLiteral("Executive Team"),
        CommunicationChannel::PhoneSms, QStringLiteral("SEV1: checkout down\nBridge open") };
    const StoreResult<TimelineEntry> entry
        = store->communication().recordCommunication(incident.id, record, QStringLiteral("rui"));
    QVERIFY2(entry, qPrintable(entry.error()));
    QCOMPARE(entry->kind, TimelineKind::Communicated);
    QCOMPARE(TimelineText::summary(*entry),
        QStringLiteral("Update sent to Executive Team (Phone/SMS): SEV1: checkout down"));
    clock.advance(60);
    record.text = QStringLiteral("Second");
    QVERIFY(store->communication().recordCommunication(incident.id, record, QStringLiteral("ana")));
    QVERIFY(!store->communication().recordCommunication(incident.id,
        { QStringLiteral("x"), {}, CommunicationChannel::Email, QStringLiteral("  ") },
        QStringLiteral("ana")));
    const StoreResult<CommunicationLog> log = store->communication().communicationLog(incident.id);
    QVERIFY2(log, qPrintable(log.error()));
    QCOMPARE(log->lastSent.size(), 1);
    QCOMPARE(log->lastSent.value(QStringLiteral("executives")).at, clock.nowUtc());
    QCOMPARE(log->lastSent.value(QStringLiteral("executives")).author, QStringLiteral("ana"));
    QCOMPARE(log->latestNote, QStringLiteral("Rolled back"));
}

void TestCommunication::warRoomAndRegulatedDataAreIncidentFields()
{
    TestSupport::TestDatabase database;
    QVERIFY2(database.isValid(), qPrintable(database.error()));
    ManualClock clock;
    const QString path = database.location();
    qint64 id = 0;
    {
        auto store = TestSupport::openStore(path, &clock);
        id = store->incidents()
                 .declare(TestSupport::draft(QStringLiteral("Leak")), QStringLiteral("ana"))
                 ->id;
        QVERIFY(store->incidents().editField(id, IncidentField::WarRoom,
            QStringLiteral("https://meet.example.com/x #inc-1"), QStringLiteral("ana")));
        const StoreResult<Incident> flagged = store->incidents().editField(
            id, IncidentField::RegulatedData, QStringLiteral("card, personal"), QStringLiteral("ana"));
        QVERIFY2(flagged, qPrintable(flagged.error()));
        QCOMPARE(
            flagged->regulatedData, (QStringList { QStringLiteral("personal"), QStringLiteral("card") }));
        const StoreResult<Incident> refused = store->incidents().editField(
            id, IncidentField::RegulatedData, QStringLiteral("gossip"), QStringLiteral("ana"));
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QLatin1String("gossip")));
    }
    auto reopened = TestSupport::openStore(path, &clock);
    const Incident incident = *reopened->incidents().incident(id);
    QCOMPARE(incident.warRoom, QStringLiteral("https://meet.example.com/x #inc-1"));
    QCOMPARE(incident.regulatedData, (QStringList { QStringLiteral("personal"), QStringLiteral("card") }));
    const QList<TimelineEntry> timeline = *reopened->incidents().timeline(id, 0, 100);
    QCOMPARE(TimelineText::summary(timeline.at(timeline.size() - 2)),
        QStringLiteral("War room: “” → “https://meet.example.com/x #inc-1”"));
    QCOMPARE(TimelineText::summary(timeline.last()), QStringLiteral("Regulated data: “” → “personal, card”"));
}

void TestCommunication::statusPageDraftsAndHistory()
{
    TestSupport::TestDatabase database;
    QVERIFY2(database.isValid(), qPrintable(database.error()));
    ManualClock clock;
    auto store = TestSupport::openStore(database.location(), &clock);
    const Incident incident = *store->incidents().declare(
        TestSupport::draft(QStringLiteral("Checkout down"), Severity::Sev1), QStringLiteral("ana"));
    QVERIFY(store->communication().statusPageDraft(incident.id)->isEmpty());
    StatusPageUpdate draft;
    draft.incidentId = incident.id;
    draft.title = QStringLiteral("Checkout unavailable");
    draft.state = PublicState::Identified;
    draft.components = { { QStringLiteral("Checkout"), QStringLiteral("cmp1"), ComponentStatus::MajorOutage },
        { QStringLiteral("Search"), QString(), ComponentStatus::DegradedPerformance } };
    draft.body = QStringLiteral("We found the cause.");
    QVERIFY(store->communication().saveStatusPageDraft(draft, QStringLiteral("rui")));
    const StatusPageUpdate kept = *store->communication().statusPageDraft(incident.id);
    QCOMPARE(kept.title, draft.title);
    QCOMPARE(kept.state, PublicState::Identified);
    QVERIFY(kept.components == draft.components);
    QCOMPARE(kept.author, QStringLiteral("rui"));

    clock.advance(60);
    const StoreResult<StatusPageUpdate> exported
        = store->communication().postStatusPageUpdate(draft, false, QStringLiteral("rui"));
    QVERIFY2(exported, qPrintable(exported.error()));
    QVERIFY(!exported->delivery);
    clock.advance(60);
    draft.state = PublicState::Monitoring;
    const StoreResult<StatusPageUpdate> published
        = store->communication().postStatusPageUpdate(draft, true, QStringLiteral("rui"));
    QVERIFY(published);
    QCOMPARE(published->delivery, OutboxState::Waiting);
    draft.body.clear();
    QVERIFY(!store->communication().postStatusPageUpdate(draft, true, QStringLiteral("rui")));

    const QList<StatusPageUpdate> history = *store->communication().statusPageUpdates(incident.id);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.first().state, PublicState::Monitoring); // newest first
    QCOMPARE(history.first().delivery, OutboxState::Waiting);
    QVERIFY(!history.last().delivery);
    // The draft stays for the next update.
    QCOMPARE(store->communication().statusPageDraft(incident.id)->title, draft.title);
    // One message for Statuspage, carrying the update.
    const QList<OutboxMessage> outbox = *store->outbox().outboxMessages(10);
    QCOMPARE(outbox.size(), 1);
    QCOMPARE(outbox.first().channel, QStringLiteral("statuspage"));
    QCOMPARE(outbox.first().event, QStringLiteral("monitoring"));
    QCOMPARE(StatusPageUpdate::fromJson(outbox.first().payload).components.size(), 2);
    // Each post is on the timeline and restarts the status page's clock.
    QCOMPARE(
        store->communication().communicationLog(incident.id)->lastSent.value(QStringLiteral("statuspage")).at,
        clock.nowUtc());
}

QTEST_GUILESS_MAIN(TestCommunication)
#include "tst_communication.moc"
