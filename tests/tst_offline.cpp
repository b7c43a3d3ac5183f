// Writing a review with no network, with the real binary: `offline take` copies
// an incident off the team's database (either engine) into a file, the review is
// written there through the store as the console writes it, and `offline push`
// brings it back; a review someone saved meanwhile is a conflict that saves
// nothing, until --replace.
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
int offline(const QStringList& arguments, QString* output)
{
    return TestSupport::runConsole(QStringList { QStringLiteral("offline") } + arguments, output);
}

QString html(const QString& text)
{
    return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
}
}

class TestOffline : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void aReviewWrittenOfflineComesBack();
    void aReviewSavedMeanwhileIsAConflict();
    void aReviewStartedOnBothSidesIsAConflict();
    void refusesWhatItCannotDo();

private:
    // Writes `summary` into the review of the incident in the store at `location`, as `author`,
    // based on the review as that store has it.
    void writeReview(const QString& location, const QString& summary, const QString& author);
    QString summaryAt(const QString& location);
    QString file() const { return m_dir->filePath(QStringLiteral("INC-offline.db")); }

    std::unique_ptr<TestSupport::TestDatabase> m_team;
    std::unique_ptr<QTemporaryDir> m_dir;
    Incident m_incident;
};

void TestOffline::init()
{
    m_team = std::make_unique<TestSupport::TestDatabase>();
    QVERIFY2(m_team->isValid(), qPrintable(m_team->error()));
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    std::unique_ptr<IncidentStore> team
        = TestSupport::openStore(m_team->location(), SystemClock::instance(), &error);
    QVERIFY2(team, qPrintable(error));
    m_incident = *team->incidents().declare(
        TestSupport::draft(QStringLiteral("Card payments failing")), QStringLiteral("ana"));
    QVERIFY(team->incidents().addNote(m_incident.id, QStringLiteral("Failover done"), QStringLiteral("ana")));
    QVERIFY(team->incidents().changeStatus(m_incident.id, IncidentStatus::Resolved, QStringLiteral("ana")));
    QVERIFY(team->reviews().startReview(m_incident.id, QStringLiteral("ana")));
}

void TestOffline::writeReview(const QString& location, const QString& summary, const QString& author)
{
    QString error;
    std::unique_ptr<IncidentStore> store = TestSupport::openStore(location, SystemClock::instance(), &error);
    QVERIFY2(store, qPrintable(error));
    PostIncidentReview review = store->reviews().review(m_incident.id)->value();
    review.summary = html(summary);
    const StoreResult<PostIncidentReview> saved = store->reviews().saveReview(review, author);
    QVERIFY2(saved, qPrintable(saved.error()));
}

QString TestOffline::summaryAt(const QString& location)
{
    QString error;
    std::unique_ptr<IncidentStore> store = TestSupport::openStore(location, SystemClock::instance(), &error);
    return store ? store->reviews().review(m_incident.id)->value_or(PostIncidentReview()).summary : error;
}

void TestOffline::aReviewWrittenOfflineComesBack()
{
    QString output;
    QCOMPARE(offline({ QStringLiteral("take"), m_incident.key, QStringLiteral("--from"), m_team->location(),
                         QStringLiteral("-o"), file() },
                 &output),
        0);
    QVERIFY2(output.contains(m_incident.key), qPrintable(output));
    {
        // The file is a store of its own: the incident, its timeline and review, with their ids.
        QString error;
        std::unique_ptr<IncidentStore> local
            = TestSupport::openStore(file(), SystemClock::instance(), &error);
        QVERIFY2(local, qPrintable(error));
        const StoreResult<Incident> incident = local->incidents().incident(m_incident.id);
        QVERIFY2(incident, qPrintable(incident.error()));
        QCOMPARE(incident->key, m_incident.key);
        QCOMPARE(incident->status, IncidentStatus::Resolved);
        std::unique_ptr<IncidentStore> team
            = TestSupport::openStore(m_team->location(), SystemClock::instance(), &error);
        QVERIFY2(team, qPrintable(error));
        const QList<TimelineEntry> entries = *team->incidents().timeline(m_incident.id, 0, 100);
        QVERIFY(entries.size() >= 3); // declared, a note, resolved, …
        const QList<TimelineEntry> copied = *local->incidents().timeline(m_incident.id, 0, 100);
        QCOMPARE(copied.size(), entries.size());
        for (qsizetype i = 0; i < entries.size(); ++i) {
            QCOMPARE(copied.at(i).id, entries.at(i).id);
            QCOMPARE(copied.at(i).at, entries.at(i).at);
            QCOMPARE(copied.at(i).author, entries.at(i).author);
            QCOMPARE(copied.at(i).body, entries.at(i).body);
        }
    }
    writeReview(file(), QStringLiteral("Written on the train"), QStringLiteral("rui"));
    QVERIFY(!summaryAt(m_team->location()).contains(QStringLiteral("train")));

    QCOMPARE(offline({ QStringLiteral("push"), file() }, &output), 0);
    QVERIFY2(output.contains(QStringLiteral("as written offline by rui")), qPrintable(output));
    QVERIFY(summaryAt(m_team->location()).contains(QStringLiteral("Written on the train")));

    // Still on the train: more, pushed again from where the last push left the team's copy.
    writeReview(file(), QStringLiteral("Written on the train, and at the station"), QStringLiteral("rui"));
    QCOMPARE(offline({ QStringLiteral("push"), file() }, &output), 0);
    QVERIFY(summaryAt(m_team->location()).contains(QStringLiteral("at the station")));
}

void TestOffline::aReviewStartedOnBothSidesIsAConflict()
{
    QString error;
    qint64 unreviewed = 0;
    {
        std::unique_ptr<IncidentStore> team
            = TestSupport::openStore(m_team->location(), SystemClock::instance(), &error);
        QVERIFY2(team, qPrintable(error));
        unreviewed = team->incidents()
                         .declare(TestSupport::draft(QStringLiteral("DNS flapping")), QStringLiteral("ana"))
                         ->id;
    }
    QString output;
    QCOMPARE(offline({ QStringLiteral("take"), QString::number(unreviewed), QStringLiteral("--from"),
                         m_team->location(), QStringLiteral("-o"), file() },
                 &output),
        0);
    for (const QString& location : { m_team->location(), file() }) {
        std::unique_ptr<IncidentStore> store
            = TestSupport::openStore(location, SystemClock::instance(), &error);
        QVERIFY2(store, qPrintable(error));
        const QString who = location == file() ? QStringLiteral("rui") : QStringLiteral("ana");
        PostIncidentReview review = *store->reviews().startReview(unreviewed, who);
        review.summary = html(QStringLiteral("Started by %1").arg(who));
        QVERIFY(store->reviews().saveReview(review, who));
    }
    QCOMPARE(offline({ QStringLiteral("push"), file() }, &output), 1);
    QVERIFY2(output.contains(QStringLiteral("ana started a review of")), qPrintable(output));
    QCOMPARE(offline({ QStringLiteral("push"), file(), QStringLiteral("--replace") }, &output), 0);
    std::unique_ptr<IncidentStore> team
        = TestSupport::openStore(m_team->location(), SystemClock::instance(), &error);
    QVERIFY(team->reviews().review(unreviewed)->value().summary.contains(QStringLiteral("Started by rui")));
}

void TestOffline::aReviewSavedMeanwhileIsAConflict()
{
    QString output;
    QCOMPARE(offline({ QStringLiteral("take"), QString::number(m_incident.id), QStringLiteral("--from"),
                         m_team->location(), QStringLiteral("-o"), file() },
                 &output),
        0);
    writeReview(m_team->location(), QStringLiteral("Ana's version, at the office"), QStringLiteral("ana"));
    writeReview(file(), QStringLiteral("Rui's version, on the train"), QStringLiteral("rui"));

    QCOMPARE(offline({ QStringLiteral("push"), file() }, &output), 1);
    QVERIFY2(output.contains(QStringLiteral("ana saved this review at ")), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("Your review stays in")), qPrintable(output));
    QVERIFY(summaryAt(m_team->location()).contains(QStringLiteral("at the office")));
    QVERIFY(QFile::exists(file()));

    QCOMPARE(offline({ QStringLiteral("push"), file(), QStringLiteral("--replace") }, &output), 0);
    QVERIFY(summaryAt(m_team->location()).contains(QStringLiteral("on the train")));
}

void TestOffline::refusesWhatItCannotDo()
{
    QString output;
    QCOMPARE(offline({ QStringLiteral("take"), QStringLiteral("INC-1999-0001"), QStringLiteral("--from"),
                         m_team->location(), QStringLiteral("-o"), file() },
                 &output),
        1);
    QVERIFY(!QFile::exists(file()));
    QCOMPARE(offline({ QStringLiteral("take"), m_incident.key, QStringLiteral("--from"), m_team->location() },
                 &output),
        2);
    QCOMPARE(
        offline({ QStringLiteral("push"), m_dir->filePath(QStringLiteral("never-taken.db")) }, &output), 1);
    QVERIFY2(output.contains(QStringLiteral("is not a file taken offline")), qPrintable(output));
    QCOMPARE(offline({ QStringLiteral("take"), m_incident.key, QStringLiteral("--from"), m_team->location(),
                         QStringLiteral("-o"), file() },
                 &output),
        0);
    QCOMPARE(offline({ QStringLiteral("take"), m_incident.key, QStringLiteral("--from"), m_team->location(),
                         QStringLiteral("-o"), file() },
                 &output),
        1); // the file is there already: not overwritten
}

QTEST_GUILESS_MAIN(TestOffline)
#include "tst_offline.moc"
