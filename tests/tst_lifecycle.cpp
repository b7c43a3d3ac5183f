#include "models/domain/lifecycle.h"

#include <QTest>

class TestLifecycle : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void transitions_data();
    void transitions();
    void refusalsExplainThemselves();
    void nextStatusesAgreeWithRules();
    void activeAndReopen();
    void seedStatusWords_data();
    void seedStatusWords();
};

using S = IncidentStatus;

void TestLifecycle::transitions_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<bool>("allowed");
    // The whole 7×7 table, written out independently of the implementation.
    // Rows: from; columns: to, in the order triggered … closed.
    const bool table[7][7] = {
        /* triggered     */ { false, true, false, false, false, true, false },
        /* acknowledged  */ { false, false, true, true, true, true, false },
        /* investigating */ { false, false, false, true, true, true, false },
        /* identified    */ { false, false, true, false, true, true, false },
        /* monitoring    */ { false, false, true, true, false, true, false },
        /* resolved      */ { false, false, true, false, false, false, true },
        /* closed        */ { false, false, true, false, false, false, false },
    };
    for (int from = 0; from < 7; ++from) {
        for (int to = 0; to < 7; ++to) {
            const QByteArray name = Lifecycle::key(static_cast<S>(from)).toLatin1() + " -> "
                + Lifecycle::key(static_cast<S>(to)).toLatin1();
            QTest::newRow(name.constData()) << from << to << table[from][to];
        }
    }
}

void TestLifecycle::transitions()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(bool, allowed);
    QCOMPARE(Lifecycle::canTransition(static_cast<S>(from), static_cast<S>(to)), allowed);
    QCOMPARE(Lifecycle::whyNot(static_cast<S>(from), static_cast<S>(to)).isEmpty(), allowed);
}

void TestLifecycle::refusalsExplainThemselves()
{
    QVERIFY(Lifecycle::whyNot(S::Triggered, S::Investigating).contains(QLatin1String("Acknowledge")));
    QVERIFY(Lifecycle::whyNot(S::Investigating, S::Closed).contains(QLatin1String("resolved")));
    QVERIFY(Lifecycle::whyNot(S::Monitoring, S::Monitoring).contains(QLatin1String("already")));
    QVERIFY(Lifecycle::whyNot(S::Investigating, S::Acknowledged).contains(QLatin1String("back")));
}

void TestLifecycle::nextStatusesAgreeWithRules()
{
    for (S from : Lifecycle::all()) {
        const QList<S> next = Lifecycle::nextStatuses(from);
        for (S to : Lifecycle::all())
            QCOMPARE(next.contains(to), Lifecycle::canTransition(from, to));
    }
    QCOMPARE(Lifecycle::nextStatuses(S::Triggered), (QList<S> { S::Acknowledged, S::Resolved }));
}

void TestLifecycle::activeAndReopen()
{
    QVERIFY(Lifecycle::isActive(S::Triggered));
    QVERIFY(Lifecycle::isActive(S::Monitoring));
    QVERIFY(!Lifecycle::isActive(S::Resolved));
    QVERIFY(!Lifecycle::isActive(S::Closed));
    QVERIFY(Lifecycle::isReopen(S::Closed, S::Investigating));
    QVERIFY(Lifecycle::isReopen(S::Resolved, S::Investigating));
    QVERIFY(!Lifecycle::isReopen(S::Monitoring, S::Investigating));
}

void TestLifecycle::seedStatusWords_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("status");
    // Our own keys and the other lifecycle words in the seeds (Open → Investigating → … → Closed).
    QTest::newRow("open") << QStringLiteral("Open") << int(S::Triggered);
    QTest::newRow("triggered") << QStringLiteral("triggered") << int(S::Triggered);
    QTest::newRow("acknowledged") << QStringLiteral("Acknowledged") << int(S::Acknowledged);
    QTest::newRow("investigating") << QStringLiteral("INVESTIGATING") << int(S::Investigating);
    QTest::newRow("identified") << QStringLiteral("identified") << int(S::Identified);
    QTest::newRow("mitigated") << QStringLiteral("mitigated") << int(S::Monitoring);
    QTest::newRow("monitoring") << QStringLiteral("monitoring") << int(S::Monitoring);
    QTest::newRow("resolved") << QStringLiteral("Resolved") << int(S::Resolved);
    QTest::newRow("closed") << QStringLiteral(" closed ") << int(S::Closed);
}

void TestLifecycle::seedStatusWords()
{
    QFETCH(QString, word);
    QFETCH(int, status);
    const std::optional<S> parsed = Lifecycle::parse(word);
    QVERIFY(parsed.has_value());
    QCOMPARE(static_cast<int>(*parsed), status);
    QVERIFY(!Lifecycle::parse(u"exploded").has_value());
}

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
