// What --db and the settings accept: a SQLite file, or a PostgreSQL URL that
// carries no password and passes libpq only what it means.
#include "models/store/databaselocation.h"

#include <QTest>

class TestDatabaseLocation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pathsStayFiles();
    void otherSchemesAreRefused_data();
    void otherSchemesAreRefused();
    void aPostgresUrlNamesServerDatabaseAndUser();
    void aSocketFolderIsAHost();
    void aPasswordIsRefusedAndNeverRepeated_data();
    void aPasswordIsRefusedAndNeverRepeated();
    void optionsAreAllowedByNameAndQuoted();
};

void TestDatabaseLocation::pathsStayFiles()
{
    QString error;
    for (const QString& path : { QStringLiteral("/tmp/incidents.db"), QStringLiteral("relative/x.db"),
             QStringLiteral("C:\\Users\\ana\\incidents.db"), QStringLiteral("C:/Users/ana/incidents.db"),
             QStringLiteral("file with spaces.db") }) {
        const std::optional<DatabaseLocation> location
            = DatabaseLocation::parse(QStringLiteral("  ") + path, &error);
        QVERIFY2(location, qPrintable(error));
        QVERIFY(!location->isPostgres());
        QCOMPARE(location->path(), path);
        QCOMPARE(location->displayText(), path);
    }
    QVERIFY(!DatabaseLocation::parse(QStringLiteral("   "), &error));
}

void TestDatabaseLocation::otherSchemesAreRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("mysql") << QStringLiteral("mysql://ic@db/team");
    QTest::newRow("sqlite url") << QStringLiteral("sqlite:///tmp/x.db");
    QTest::newRow("one slash") << QStringLiteral("postgresql:/db/team");
    QTest::newRow("no slash") << QStringLiteral("postgres:team");
    QTest::newRow("no database") << QStringLiteral("postgresql://ic@db/");
    QTest::newRow("no server") << QStringLiteral("postgresql://ic@/team");
    QTest::newRow("bad port") << QStringLiteral("postgresql://ic@/team?host=/run/pg&port=99999");
    QTest::newRow("unknown option") << QStringLiteral("postgresql://ic@db/team?options=-c%20x%3Dy");
    QTest::newRow("another server") << QStringLiteral("postgresql://ic@db/team?hostaddr=10.0.0.1");
    QTest::newRow("option with ;") << QStringLiteral("postgresql://ic@db/team?sslmode=require%3Bx");
}

void TestDatabaseLocation::otherSchemesAreRefused()
{
    QFETCH(QString, text);
    QString error;
    QVERIFY(!DatabaseLocation::parse(text, &error));
    QVERIFY(!error.isEmpty());
}

void TestDatabaseLocation::aPostgresUrlNamesServerDatabaseAndUser()
{
    QString error;
    const std::optional<DatabaseLocation> location = DatabaseLocation::parse(
        QStringLiteral("postgresql://ic@db.example.org:6543/team?sslmode=verify-full"), &error);
    QVERIFY2(location, qPrintable(error));
    QVERIFY(location->isPostgres());
    QCOMPARE(location->host(), QStringLiteral("db.example.org"));
    QCOMPARE(location->port(), 6543);
    QCOMPARE(location->databaseName(), QStringLiteral("team"));
    QCOMPARE(location->userName(), QStringLiteral("ic"));
    QCOMPARE(location->connectOptions(), QStringList { QStringLiteral("sslmode='verify-full'") });
    QCOMPARE(location->displayText(),
        QStringLiteral("postgresql://ic@db.example.org:6543/team?sslmode=verify-full"));
    QCOMPARE(location->passwordKeys(),
        (QStringList {
            QStringLiteral("postgres/ic@db.example.org:6543/team"), QStringLiteral("postgres/password") }));
    // postgres:// too, and the default port.
    const std::optional<DatabaseLocation> short_
        = DatabaseLocation::parse(QStringLiteral("postgres://ic@db/team"), &error);
    QVERIFY2(short_, qPrintable(error));
    QCOMPARE(short_->port(), 5432);
}

void TestDatabaseLocation::aSocketFolderIsAHost()
{
    QString error;
    const std::optional<DatabaseLocation> location = DatabaseLocation::parse(
        QStringLiteral("postgresql://ic@/team?host=/run/postgresql&port=5433"), &error);
    QVERIFY2(location, qPrintable(error));
    QCOMPARE(location->host(), QStringLiteral("/run/postgresql"));
    QCOMPARE(location->port(), 5433);
    QVERIFY(location->connectOptions().isEmpty());
}

void TestDatabaseLocation::aPasswordIsRefusedAndNeverRepeated_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << QStringLiteral("postgresql://ic:s3cretpw@db/team");
    QTest::newRow("malformed around it") << QStringLiteral("postgresql://ic:s3cretpw#x@db/te am%zz");
    QTest::newRow("as an option") << QStringLiteral("postgresql://ic@db/team?password=s3cretpw");
}

void TestDatabaseLocation::aPasswordIsRefusedAndNeverRepeated()
{
    QFETCH(QString, text);
    QString error;
    QVERIFY(!DatabaseLocation::parse(text, &error));
    QVERIFY2(!error.contains(QLatin1String("s3cretpw")), qPrintable(error));
}

void TestDatabaseLocation::optionsAreAllowedByNameAndQuoted()
{
    // A quote or a backslash in a value cannot end it early and swallow the next option.
    QString error;
    const std::optional<DatabaseLocation> location = DatabaseLocation::parse(
        QStringLiteral("postgresql://ic@db/"
                       "team?sslrootcert=C:%5Cca%20dir%5C&sslmode=verify-full&application_name=o'neil"),
        &error);
    QVERIFY2(location, qPrintable(error));
    QCOMPARE(location->connectOptions(),
        (QStringList { QStringLiteral("sslrootcert='C:\\\\ca dir\\\\'"),
            QStringLiteral("sslmode='verify-full'"), QStringLiteral("application_name='o\\'neil'") }));
    QVERIFY(location->hasOption(QStringLiteral("sslmode")));
    QVERIFY(!location->hasOption(QStringLiteral("keepalives")));
}

QTEST_GUILESS_MAIN(TestDatabaseLocation)
#include "tst_databaselocation.moc"
