#include "models/domain/severitypolicy.h"

#include <QTemporaryDir>
#include <QTest>

class TestSeverityPolicy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void defaultAliases_data();
    void defaultAliases();
    void unknownAliasIsRejected();
    void userFileOverridesDefaults();
    void malformedFileNamesLineAndFallsBack();
    void aliasForTwoSeveritiesIsAnError();
    void codesAlwaysResolve();
    void responseTargetsFromSeeds();
    void businessDaysSkipWeekends();
    void deadlineIsUtcWhateverTheOffset();
    void raiseAndLowerClamp();
    void jsonRoundTrip();
};

void TestSeverityPolicy::defaultAliases_data()
{
    QTest::addColumn<QString>("alias");
    QTest::addColumn<int>("severity");
    // The seeds: SEV1–4 = critical/high/medium/low = P0–P3, plus emergency, warning, info.
    const char* const table[][2] = {
        { "SEV1", "1" },
        { "sev-1", "1" },
        { "critical", "1" },
        { "CRITICAL", "1" },
        { "P0", "1" },
        { "emergency", "1" },
        { "SEV2", "2" },
        { "high", "2" },
        { "p1", "2" },
        { "SEV3", "3" },
        { "medium", "3" },
        { "P2", "3" },
        { "warning", "3" },
        { "SEV4", "4" },
        { "low", "4" },
        { "p3", "4" },
        { "info", "4" },
        { "  Info  ", "4" },
    };
    for (const auto& row : table)
        QTest::newRow(row[0]) << QString::fromLatin1(row[0]) << QByteArray(row[1]).toInt();
}

void TestSeverityPolicy::defaultAliases()
{
    QFETCH(QString, alias);
    QFETCH(int, severity);
    const std::optional<Severity> mapped = SeverityPolicy::defaults().severityFor(alias);
    QVERIFY(mapped.has_value());
    QCOMPARE(static_cast<int>(*mapped), severity);
}

void TestSeverityPolicy::unknownAliasIsRejected()
{
    const SeverityPolicy policy = SeverityPolicy::defaults();
    QVERIFY(!policy.severityFor(u"catastrophic").has_value());
    QVERIFY(!policy.severityFor(u"").has_value());
    QVERIFY(!policy.severityFor(u"sev5").has_value());
}

void TestSeverityPolicy::userFileOverridesDefaults()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("severity-policy.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"aliases": {"SEV2": ["warning", "disaster"], "SEV1": ["critical"]},
        "responseTargets": {"SEV1": {"minutes": 5}, "SEV2": {"minutes": 30}, "SEV3": {"minutes": 120},
        "SEV4": {"businessDays": 1}}})");
    file.close();
    QString warning;
    const SeverityPolicy policy = SeverityPolicy::load(path, &warning);
    QVERIFY2(warning.isEmpty(), qPrintable(warning));
    QCOMPARE(policy.severityFor(u"warning"), std::optional<Severity>(Severity::Sev2));
    QCOMPARE(policy.severityFor(u"disaster"), std::optional<Severity>(Severity::Sev2));
    QVERIFY(!policy.severityFor(u"p0").has_value()); // the user's table replaces the default one
    QCOMPARE(policy.responseTarget(Severity::Sev1).minutes, 5);
}

void TestSeverityPolicy::malformedFileNamesLineAndFallsBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("severity-policy.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"aliases\": {\n    \"SEV1\": [\"critical\",,]\n  }\n}\n");
    file.close();
    QString warning;
    const SeverityPolicy policy = SeverityPolicy::load(path, &warning);
    QVERIFY(warning.contains(path));
    QVERIFY2(warning.contains(QLatin1String("line 3")), qPrintable(warning));
    QCOMPARE(policy.severityFor(u"p0"), std::optional<Severity>(Severity::Sev1)); // defaults in force
}

void TestSeverityPolicy::aliasForTwoSeveritiesIsAnError()
{
    QString error;
    const auto policy = SeverityPolicy::fromJson(R"({"aliases": {"SEV1": ["bad"], "SEV2": ["bad"]},
        "responseTargets": {"SEV1": {"minutes": 1}, "SEV2": {"minutes": 1}, "SEV3": {"minutes": 1},
        "SEV4": {"minutes": 1}}})",
        &error);
    QVERIFY(!policy);
    QVERIFY(error.contains(QLatin1String("bad")));

    const auto missingTarget = SeverityPolicy::fromJson(R"({"aliases": {}})", &error);
    QVERIFY(!missingTarget);
    QVERIFY(error.contains(QLatin1String("SEV1")));
}

void TestSeverityPolicy::codesAlwaysResolve()
{
    SeverityPolicy policy = SeverityPolicy::defaults();
    policy.removeAlias(QStringLiteral("sev3"));
    policy.removeAlias(QStringLiteral("warning"));
    QCOMPARE(policy.severityFor(u"SEV3"), std::optional<Severity>(Severity::Sev3));
    QVERIFY(!policy.severityFor(u"warning").has_value());
    policy.setAlias(QStringLiteral("Warning"), Severity::Sev2);
    QCOMPARE(policy.severityFor(u"WARNING"), std::optional<Severity>(Severity::Sev2));
}

void TestSeverityPolicy::responseTargetsFromSeeds()
{
    const SeverityPolicy policy = SeverityPolicy::defaults();
    const QDateTime detected(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC); // a Monday
    QCOMPARE(policy.responseTarget(Severity::Sev1).deadline(detected), detected.addSecs(15 * 60));
    QCOMPARE(policy.responseTarget(Severity::Sev2).deadline(detected), detected.addSecs(60 * 60));
    QCOMPARE(policy.responseTarget(Severity::Sev3).deadline(detected), detected.addSecs(4 * 60 * 60));
    QCOMPARE(
        policy.responseTarget(Severity::Sev4).deadline(detected), detected.addDays(7)); // 5 business days
}

void TestSeverityPolicy::businessDaysSkipWeekends()
{
    ResponseTarget oneDay;
    oneDay.businessDays = 1;
    const QDateTime friday(QDate(2026, 11, 27), QTime(16, 30), Qt::UTC);
    QCOMPARE(oneDay.deadline(friday), QDateTime(QDate(2026, 11, 30), QTime(16, 30), Qt::UTC)); // Monday
    const QDateTime saturday(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
    QCOMPARE(oneDay.deadline(saturday), QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC));
}

void TestSeverityPolicy::deadlineIsUtcWhateverTheOffset()
{
    // The deadline is measured from detection, whatever time it is asked.
    const ResponseTarget target { 15, 0 };
    const QDateTime detected(QDate(2026, 1, 1), QTime(23, 50), Qt::UTC);
    QCOMPARE(target.deadline(detected), QDateTime(QDate(2026, 1, 2), QTime(0, 5), Qt::UTC));
    QCOMPARE(
        target.deadline(detected.toOffsetFromUtc(3600)), QDateTime(QDate(2026, 1, 2), QTime(0, 5), Qt::UTC));
}

void TestSeverityPolicy::raiseAndLowerClamp()
{
    QCOMPARE(raisedSeverity(Severity::Sev3), Severity::Sev2);
    QCOMPARE(raisedSeverity(Severity::Sev1), Severity::Sev1);
    QCOMPARE(loweredSeverity(Severity::Sev3), Severity::Sev4);
    QCOMPARE(loweredSeverity(Severity::Sev4), Severity::Sev4);
}

void TestSeverityPolicy::jsonRoundTrip()
{
    SeverityPolicy policy = SeverityPolicy::defaults();
    policy.setAlias(QStringLiteral("page-me"), Severity::Sev1);
    policy.setResponseTarget(Severity::Sev3, ResponseTarget { 90, 0 });
    QString error;
    const std::optional<SeverityPolicy> again = SeverityPolicy::fromJson(policy.toJson(), &error);
    QVERIFY2(again, qPrintable(error));
    for (Severity severity : kAllSeverities) {
        QCOMPARE(again->aliasesOf(severity), policy.aliasesOf(severity));
        QCOMPARE(again->responseTarget(severity), policy.responseTarget(severity));
    }
}

QTEST_GUILESS_MAIN(TestSeverityPolicy)
#include "tst_severitypolicy.moc"
