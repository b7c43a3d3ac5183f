#include "app/cli/declarecommand.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
QStringList words(const char* text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}
}

// Runs the real executable, without a display, as a script or a terminal would.
class TestCommandLine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void declareAddsTheIncident();
    void declareAfterTheFactKeepsDetectionTime();
    void databaseOptionMayComeBeforeTheSubcommand();
    void declareAcceptsTheSeedShapes_data();
    void declareAcceptsTheSeedShapes();
    void theSeedsCommandsWorkVerbatim_data();
    void theSeedsCommandsWorkVerbatim();
    void declareRefusesBadInputAndWritesNothing_data();
    void declareRefusesBadInputAndWritesNothing();
    void declareReportsAnUnusableDatabase();
    void aRunningConsoleSeesTheDeclaredIncident();
    void versionAndHelpNeedNoDisplay();
    void tlsCertificateAndKeyGoTogether();

private:
    int run(const QStringList& arguments, QString* out = nullptr, QString* err = nullptr);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestCommandLine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(QStringLiteral("cli.db"));
}

int TestCommandLine::run(const QStringList& arguments, QString* out, QString* err)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM")); // a window would fail to start here
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("USER"), QStringLiteral("oncall-bot"));
    process.setProcessEnvironment(environment);
    process.start(qEnvironmentVariable("INCIDENT_CONSOLE_BIN"), arguments);
    if (!process.waitForFinished(30000))
        return -1;
    if (out)
        *out = QString::fromUtf8(process.readAllStandardOutput());
    if (err)
        *err = QString::fromUtf8(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void TestCommandLine::declareAddsTheIncident()
{
    QString out;
    QString err;
    const int code
        = run({ QStringLiteral("declare"), QStringLiteral("critical"), QStringLiteral("outage"),
                  QStringLiteral("production"), QStringLiteral("--service"), QStringLiteral("database"),
                  QStringLiteral("--title"), QStringLiteral("Test incident"), QStringLiteral("--db"), m_db },
            &out, &err);
    QVERIFY2(code == 0, qPrintable(err));
    QVERIFY(out.startsWith(QLatin1String("INC-")));

    SystemClock clock;
    std::unique_ptr<IncidentStore> store = TestSupport::openStore(m_db, &clock);
    QVERIFY(store);
    const StoreResult<Incident> incident
        = store->incidents().incidentByKey(out.section(QLatin1Char('\t'), 0, 0));
    QVERIFY2(incident, qPrintable(incident.error()));
    QCOMPARE(incident->title, QStringLiteral("Test incident"));
    QCOMPARE(incident->severity, Severity::Sev1);
    QCOMPARE(incident->type, IncidentType::Outage);
    QCOMPARE(incident->environment, Environment::Production);
    QCOMPARE(incident->service, QStringLiteral("database"));
    QCOMPARE(store->incidents().timeline(incident->id, 0, 10)->first().author, QStringLiteral("oncall-bot"));
}

void TestCommandLine::databaseOptionMayComeBeforeTheSubcommand()
{
    QString out;
    QString err;
    // Without a display this only succeeds if no window is attempted.
    const int code
        = run(QStringList { QStringLiteral("--db"), m_db } + words("declare high --title early-option"), &out,
            &err);
    QVERIFY2(code == 0, qPrintable(err));
    SystemClock clock;
    std::unique_ptr<IncidentStore> store = TestSupport::openStore(m_db, &clock);
    QVERIFY(store);
    const StoreResult<Incident> incident
        = store->incidents().incidentByKey(out.section(QLatin1Char('\t'), 0, 0));
    QVERIFY2(incident, qPrintable(incident.error()));
    QCOMPARE(incident->title, QStringLiteral("early-option"));
    QCOMPARE(incident->severity, Severity::Sev2);
}

void TestCommandLine::declareAfterTheFactKeepsDetectionTime()
{
    QString out;
    QString err;
    QCOMPARE(run(words("declare sev2 --title late --detected 2026-11-23T15:02:00+01:00 --detected-by "
                       "customer_report --db")
                     + QStringList { m_db },
                 &out, &err),
        0);
    SystemClock clock;
    std::unique_ptr<IncidentStore> store = TestSupport::openStore(m_db, &clock);
    const StoreResult<Incident> incident
        = store->incidents().incidentByKey(out.section(QLatin1Char('\t'), 0, 0));
    QVERIFY(incident);
    QCOMPARE(incident->detectedAt, QDateTime(QDate(2026, 11, 23), QTime(14, 2), Qt::UTC));
    QCOMPARE(
        incident->responseDueAt, QDateTime(QDate(2026, 11, 23), QTime(15, 2), Qt::UTC)); // SEV2: one hour
    QCOMPARE(incident->detectionSource, DetectionSource::CustomerReport);
    // A source the seed does not name is refused, and says which there are.
    QCOMPARE(
        run(words("declare sev2 --title x --detected-by gossip --db") + QStringList { m_db }, &out, &err), 2);
    QVERIFY2(err.contains(QLatin1String("gossip")) && err.contains(QLatin1String("partner_notification")),
        qPrintable(err));
}

void TestCommandLine::declareAcceptsTheSeedShapes_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<int>("severity");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("environment");
    // /incident-response [severity] [type] [environment]: the seed's four examples, and other orders.
    const struct {
        const char* words;
        int severity;
        const char* type;
        const char* environment;
    } rows[] = {
        { "critical outage production", 1, "outage", "production" },
        { "high security production", 2, "security", "production" },
        { "medium performance staging", 3, "performance", "staging" },
        { "low data development", 4, "data", "development" },
        { "P0", 1, "outage", "production" },
        { "staging third-party sev2", 2, "third-party", "staging" },
        { "high security all", 2, "security", "all" },
    };
    for (const auto& row : rows)
        QTest::newRow(row.words) << words(row.words) << row.severity << QString::fromLatin1(row.type)
                                 << QString::fromLatin1(row.environment);
}

void TestCommandLine::declareAcceptsTheSeedShapes()
{
    QFETCH(QStringList, words);
    QFETCH(int, severity);
    QFETCH(QString, type);
    QFETCH(QString, environment);
    QString out;
    QString err;
    const int code = run(QStringList { QStringLiteral("declare") } + words
            + QStringList { QStringLiteral("--title"), QStringLiteral("t"), QStringLiteral("--db"), m_db },
        &out, &err);
    QVERIFY2(code == 0, qPrintable(err));
    const QStringList fields = out.trimmed().split(QLatin1Char('\t'));
    QCOMPARE(fields.value(1), QStringLiteral("SEV%1").arg(severity));
    QCOMPARE(fields.value(2), type);
    QCOMPARE(fields.value(3), environment);
}

void TestCommandLine::theSeedsCommandsWorkVerbatim_data()
{
    QTest::addColumn<QString>("seedLine");
    QTest::addColumn<QStringList>("arguments"); // what follows `incident-console declare`
    QTest::addColumn<QString>("expected"); // SEVERITY TYPE ENVIRONMENT SERVICE | TITLE
    // Quoted from the seeds. The incident-response command (seed 004):
    const char* const command[]
        = { "/incident-response critical outage production", "/incident-response high security production",
              "/incident-response medium performance staging", "/incident-response low data development" };
    const char* const made[] = { "SEV1 outage production - | SEV1 · Outage · Production",
        "SEV2 security production - | SEV2 · Security · Production",
        "SEV3 performance staging - | SEV3 · Performance · Staging",
        "SEV4 data development - | SEV4 · Data · Development" };
    for (std::size_t i = 0; i < std::size(command); ++i) {
        const QString line = QString::fromUtf8(command[i]);
        QTest::newRow(command[i]) << line << line.split(QLatin1Char(' ')).mid(1)
                                  << QString::fromUtf8(made[i]);
    }
    // The emergency script of the integration tests (seed 000), its quoted title one word:
    QTest::newRow("emergency-response.sh")
        << QStringLiteral(
               "./scripts/incident-response/emergency-response.sh database critical \"Test incident\"")
        << QStringList { QStringLiteral("database"), QStringLiteral("critical"),
               QStringLiteral("Test incident") }
        << QStringLiteral("SEV1 outage production database | Test incident");
}

// Each seed command, as the seed writes it, declares what it says; untitled ones get a title made of what
// was said, and the command says so, and that the detection time is now.
void TestCommandLine::theSeedsCommandsWorkVerbatim()
{
    QFETCH(QString, seedLine);
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    QString out;
    QString err;
    const int code = run(
        QStringList { QStringLiteral("declare") } + arguments + QStringList { QStringLiteral("--db"), m_db },
        &out, &err);
    QVERIFY2(code == 0, qPrintable(seedLine + QLatin1String(": ") + err));
    SystemClock clock;
    std::unique_ptr<IncidentStore> store = TestSupport::openStore(m_db, &clock);
    const StoreResult<Incident> incident
        = store->incidents().incidentByKey(out.section(QLatin1Char('\t'), 0, 0));
    QVERIFY2(incident, qPrintable(out));
    const QString actual
        = QStringLiteral("%1 %2 %3 %4 | %5")
              .arg(SeverityNames::code(incident->severity), kIncidentTypes.key(incident->type),
                  kEnvironments.key(incident->environment),
                  incident->service.isEmpty() ? QStringLiteral("-") : incident->service, incident->title);
    QCOMPARE(actual, expected);
    QCOMPARE(err.contains(QLatin1String("no title was given")), !arguments.contains(incident->title));
    QVERIFY2(err.contains(QLatin1String("detected now")), qPrintable(err));
    // Detected when declared: the statement is true.
    QVERIFY(qAbs(incident->detectedAt.secsTo(incident->createdAt)) <= 1);
}

void TestCommandLine::declareRefusesBadInputAndWritesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown severity") << words("catastrophic --title x") << QStringLiteral("catastrophic");
    QTest::newRow("no severity") << words("outage --title x") << QStringLiteral("severe");
    QTest::newRow("empty title") << QStringList { QStringLiteral("critical"), QStringLiteral("--title"),
        QStringLiteral("  ") } << QStringLiteral("title");
    QTest::newRow("mistyped environment, not a title")
        << words("critical outage prodution") << QStringLiteral("prodution");
    QTest::newRow("unknown word before the severity, not a service")
        << words("database critical") << QStringLiteral("database");
    QTest::newRow("service twice") << QStringList { QStringLiteral("database"), QStringLiteral("critical"),
        QStringLiteral("Test incident"), QStringLiteral("--service"), QStringLiteral("db") }
                                   << QStringLiteral("twice");
    QTest::newRow("title twice") << QStringList { QStringLiteral("database"), QStringLiteral("critical"),
        QStringLiteral("Test incident"), QStringLiteral("--title"), QStringLiteral("other") }
                                 << QStringLiteral("twice");
    QTest::newRow("two severities") << words("critical low --title x") << QStringLiteral("low");
    QTest::newRow("unknown option") << words("critical --title x --bogus") << QStringLiteral("bogus");
    QTest::newRow("detected without zone")
        << words("critical --title x --detected 2026-11-23T14:02:00") << QStringLiteral("zone");
    QTest::newRow("detected not a time")
        << words("critical --title x --detected yesterday") << QStringLiteral("yesterday");
}

void TestCommandLine::declareRefusesBadInputAndWritesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QString err;
    const int code = run(
        QStringList { QStringLiteral("declare") } + arguments + QStringList { QStringLiteral("--db"), m_db },
        nullptr, &err);
    QCOMPARE(code, 2);
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY(err.contains(QLatin1String("Usage:")));
    QVERIFY(!QFile::exists(m_db)); // not even created
}

void TestCommandLine::declareReportsAnUnusableDatabase()
{
    QFile garbage(m_db);
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(4096, 'z'));
    garbage.close();
    const QByteArray before = TestSupport::digest(m_db);
    QString err;
    const int code = run({ QStringLiteral("declare"), QStringLiteral("sev1"), QStringLiteral("--title"),
                             QStringLiteral("x"), QStringLiteral("--db"), m_db },
        nullptr, &err);
    QCOMPARE(code, 1);
    QVERIFY2(err.contains(QLatin1String("damaged")), qPrintable(err));
    QCOMPARE(TestSupport::digest(m_db), before);
}

void TestCommandLine::aRunningConsoleSeesTheDeclaredIncident()
{
    SystemClock clock;
    std::unique_ptr<AsyncIncidentStore> console = TestSupport::openAsyncStore(m_db, &clock);
    QVERIFY(console);
    QSignalSpy changed(console.get(), &AsyncIncidentStore::changed);
    QCOMPARE(run({ QStringLiteral("declare"), QStringLiteral("high"), QStringLiteral("--title"),
                 QStringLiteral("Seen live"), QStringLiteral("--db"), m_db }),
        0);
    QTRY_VERIFY(!changed.isEmpty());
    const StoreChanges changes = changed.first().first().value<StoreChanges>();
    QVERIFY(changes.first().created);
    QCOMPARE(changes.first().incident.title, QStringLiteral("Seen live"));
}

void TestCommandLine::versionAndHelpNeedNoDisplay()
{
    QString out;
    QCOMPARE(run({ QStringLiteral("--version") }, &out), 0);
    QCOMPARE(out.trimmed(), QStringLiteral("incident-console %1").arg(QStringLiteral(IC_VERSION_STRING)));
    QCOMPARE(run({ QStringLiteral("--help") }, &out), 0);
    QVERIFY(out.contains(QLatin1String("--db")));
    QVERIFY(out.contains(QLatin1String("declare critical outage production")));
    QVERIFY(out.contains(QLatin1String("declare SERVICE SEVERITY \"TITLE\"")));
    QCOMPARE(run({ QStringLiteral("declare"), QStringLiteral("--help") }, &out), 0);
    // Both of the seeds' forms, with an example of each as the seeds write them.
    QVERIFY(out.contains(QLatin1String("declare SEVERITY [TYPE] [ENVIRONMENT]")));
    QVERIFY(out.contains(QLatin1String("declare SERVICE SEVERITY TITLE")));
    QVERIFY(out.contains(QLatin1String("declare critical outage production\n")));
    QVERIFY(out.contains(QLatin1String("declare database critical \"Test incident\"")));
}

void TestCommandLine::tlsCertificateAndKeyGoTogether()
{
    QString err;
    QCOMPARE(run({ QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("--db"), m_db,
                     QStringLiteral("--tls-cert"), m_dir->filePath(QStringLiteral("cert.pem")) },
                 nullptr, &err),
        2);
    QVERIFY2(err.contains(QLatin1String("--tls-key")), qPrintable(err));
    QVERIFY(!QFile::exists(m_db));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
