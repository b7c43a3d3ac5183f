// Post-incident reviews: the workflow in the store (start, save, review,
// publish, read-only, revisions), text kept while unsaved, the knowledge
// base's full-text search, and the exports read back (the PDF with pdfinfo
// and pdftotext).
#include "models/rules/reviewdocument.h"
#include "models/rules/reviewhtml.h"
#include "testsupport.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace {
QString html(const QString& text)
{
    return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
}

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QStringLiteral("failed: ") + QString::fromUtf8(process.readAllStandardError());
    return QString::fromUtf8(process.readAllStandardOutput());
}
}

class TestReviews : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void workflowRevisionsAndTheTimeline();
    void unsavedTextIsKeptUntilSaved();
    void twoWritersNeverOverwriteEachOtherUnseen();
    void searchFindsAReviewByItsLessons();
    void similarPastIncidentsBringTheirLessons();
    void trendsByRootCauseAndService();
    void exportsCarryEverySection();
    void exportToAnUnwritablePathSaysSo();
    void proseReachesNothingOutsideTheReview();
    void exportsOfHostileProseLoadNothing();

private:
    PostIncidentReview written(qint64 incidentId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestSupport::TestDatabase> m_database;
    ManualClock m_clock;
    std::unique_ptr<IncidentStore> m_store;
    Incident m_incident;
};

void TestReviews::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store.reset();
    m_database = std::make_unique<TestSupport::TestDatabase>();
    QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
    m_store = TestSupport::openStore(m_database->location(), &m_clock);
    QVERIFY(m_store);
    m_incident = *m_store->incidents().declare(
        TestSupport::draft(QStringLiteral("API outage"), Severity::Sev1, QStringLiteral("payments")),
        QStringLiteral("ana"));
    m_clock.advance(45 * 60);
}

PostIncidentReview TestReviews::written(qint64 incidentId)
{
    PostIncidentReview review = **m_store->reviews().review(incidentId);
    review.summary = html(QStringLiteral("API unresponsive: connection pool exhausted by a slow query."));
    review.rootCause = html(QStringLiteral("New query missing an index on user_id."));
    review.rootCauseCategory = QStringLiteral("Code change");
    review.contributingFactors = html(QStringLiteral("Load tests used small data."));
    review.detection = html(QStringLiteral("Alert on error rate after four minutes."));
    review.resolution = html(QStringLiteral("Rolled back to v2.3.0 and killed the queries."));
    review.lessons = html(QStringLiteral("Consider circuit breakers for database operations."));
    review.impact.usersAffected = 15000;
    review.impact.revenue = QStringLiteral("~$25K");
    review.impact.slaBreached = true;
    review.fiveWhys = { QStringLiteral("The API timed out"), QStringLiteral("The pool was exhausted"),
        QStringLiteral("Queries were slow"), QStringLiteral("An index was missing"),
        QStringLiteral("Reviews do not check query plans") };
    review.actionItems
        = { { QStringLiteral("Add index on user_id"), QStringLiteral("DB team"), QDate(2026, 11, 25),
                ActionPriority::High, ActionStatus::Open, ActionHorizon::ShortTerm },
              { QStringLiteral("Query performance testing"), QStringLiteral("Platform"), QDate(2026, 12, 20),
                  ActionPriority::Medium, ActionStatus::Open, ActionHorizon::MediumTerm } };
    return review;
}

void TestReviews::twoWritersNeverOverwriteEachOtherUnseen()
{
    const StoreResult<PostIncidentReview> opened
        = m_store->reviews().startReview(m_incident.id, QStringLiteral("rui"));
    QVERIFY2(opened, qPrintable(opened.error()));
    // Both open the review; Ana saves first.
    PostIncidentReview mine = *opened;
    mine.summary = html(QStringLiteral("Mine: the pool ran dry"));
    PostIncidentReview theirs = *opened;
    theirs.summary = html(QStringLiteral("Theirs: a bad deploy"));
    m_clock.advance(60);
    QVERIFY(m_store->reviews().saveReview(theirs, QStringLiteral("ana")));
    m_clock.advance(60);
    const StoreResult<PostIncidentReview> late = m_store->reviews().saveReview(mine, QStringLiteral("rui"));
    QCOMPARE(late.errorKind(), StoreErrorKind::Conflict);
    QVERIFY2(late.error().startsWith(QStringLiteral("ana saved this review at ")), qPrintable(late.error()));
    QVERIFY(m_store->reviews().review(m_incident.id)->value().summary.contains(QStringLiteral("Theirs")));

    // Having read theirs, Rui saves over it on purpose; and goes on from his own save.
    mine.updatedAt = QDateTime();
    const StoreResult<PostIncidentReview> chosen = m_store->reviews().saveReview(mine, QStringLiteral("rui"));
    QVERIFY2(chosen, qPrintable(chosen.error()));
    QVERIFY(m_store->reviews().review(m_incident.id)->value().summary.contains(QStringLiteral("Mine")));
    PostIncidentReview next = *chosen;
    next.lessons = html(QStringLiteral("Alert on pool saturation"));
    QVERIFY(m_store->reviews().saveReview(next, QStringLiteral("rui")));
}

void TestReviews::workflowRevisionsAndTheTimeline()
{
    const StoreResult<PostIncidentReview> started
        = m_store->reviews().startReview(m_incident.id, QStringLiteral("rui"));
    QVERIFY2(started, qPrintable(started.error()));
    QCOMPARE(started->status, ReviewStatus::Draft);
    QCOMPARE(started->impact.durationMinutes, 45); // detection to now: not resolved yet
    QVERIFY(!started->timeline.isEmpty()); // from the incident's timeline
    QVERIFY(started->timeline.first().event.startsWith(QLatin1String("Declared SEV1")));
    QVERIFY(!started->dueAt.isValid());
    QVERIFY(!m_store->reviews().startReview(m_incident.id, QStringLiteral("rui"))); // one per incident
    // A resolved incident nobody reviews is listed as a review not started.
    const Incident unreviewed = *m_store->incidents().declare(
        TestSupport::draft(QStringLiteral("Cache storm")), QStringLiteral("ana"));
    QVERIFY(m_store->reviews().reviewsNotStarted(10)->isEmpty());
    QVERIFY(
        m_store->incidents().changeStatus(unreviewed.id, IncidentStatus::Resolved, QStringLiteral("ana")));
    const QList<PostIncidentReview> missing = *m_store->reviews().reviewsNotStarted(10);
    QCOMPARE(missing.size(), 1);
    QVERIFY(missing.first().isNotStarted());
    QCOMPARE(missing.first().incidentId, unreviewed.id);
    // Not started: due by its timeline's deadline, a day after resolution.
    QCOMPARE(
        missing.first().dueAt, m_store->incidents().incident(unreviewed.id)->resolvedAt.addSecs(24 * 3600));

    QVERIFY(m_store->reviews().saveReview(written(m_incident.id), QStringLiteral("rui")));
    // Not resolved: it stays a draft, and says why.
    const StoreResult<PostIncidentReview> early
        = m_store->reviews().setReviewStatus(m_incident.id, ReviewStatus::Published, QStringLiteral("rui"));
    QVERIFY(!early);
    QVERIFY(early.error().contains(QLatin1String("not resolved")));

    QVERIFY(
        m_store->incidents().changeStatus(m_incident.id, IncidentStatus::Resolved, QStringLiteral("ana")));
    const QDateTime resolved = m_store->incidents().incident(m_incident.id)->resolvedAt;
    QCOMPARE(m_store->reviews().saveReview(written(m_incident.id), QStringLiteral("rui"))->dueAt,
        resolved.addDays(7)); // due within a week
    QCOMPARE(m_store->reviews()
                 .setReviewStatus(m_incident.id, ReviewStatus::InReview, QStringLiteral("rui"))
                 ->status,
        ReviewStatus::InReview);
    const StoreResult<PostIncidentReview> published
        = m_store->reviews().setReviewStatus(m_incident.id, ReviewStatus::Published, QStringLiteral("lead"));
    QVERIFY(published);
    QCOMPARE(published->revision, 1);
    QVERIFY(published->publishedAt.isValid());
    // Published is read-only; reopening makes revision 2, the first kept as it was.
    PostIncidentReview change = **m_store->reviews().review(m_incident.id);
    change.lessons = html(QStringLiteral("Also: alert on pool saturation."));
    const StoreResult<PostIncidentReview> refused
        = m_store->reviews().saveReview(change, QStringLiteral("rui"));
    QVERIFY(!refused);
    QVERIFY(refused.error().contains(QLatin1String("read-only")));
    QCOMPARE(m_store->reviews()
                 .setReviewStatus(m_incident.id, ReviewStatus::Draft, QStringLiteral("rui"))
                 ->revision,
        2);
    QVERIFY(m_store->reviews().saveReview(change, QStringLiteral("rui")));
    QVERIFY(
        m_store->reviews().setReviewStatus(m_incident.id, ReviewStatus::Published, QStringLiteral("lead")));
    const QList<PostIncidentReview> revisions = *m_store->reviews().reviewRevisions(m_incident.id);
    QCOMPARE(revisions.size(), 2);
    QVERIFY(revisions.at(0).lessons.contains(QLatin1String("circuit breakers")));
    QVERIFY(revisions.at(1).lessons.contains(QLatin1String("pool saturation")));
    // Every step is on the incident's timeline.
    QStringList steps;
    const QList<TimelineEntry> timeline = *m_store->incidents().timeline(m_incident.id, 0, 100);
    for (const TimelineEntry& entry : timeline) {
        if (entry.kind == TimelineKind::Review)
            steps.append(TimelineText::summary(entry).section(QLatin1Char(':'), 0, 0));
    }
    QCOMPARE(steps,
        (QStringList { QStringLiteral("Review started"),
            QStringLiteral("Review sent for review (revision 1)"),
            QStringLiteral("Review published (revision 1)"), QStringLiteral("Review reopened as revision 2"),
            QStringLiteral("Review published (revision 2)") }));
}

void TestReviews::unsavedTextIsKeptUntilSaved()
{
    QVERIFY(m_store->reviews().startReview(m_incident.id, QStringLiteral("rui")));
    QVERIFY(!m_store->reviews().unsavedReview(m_incident.id)->second.isValid());
    const QByteArray typed = written(m_incident.id).contentJson();
    QVERIFY(m_store->reviews().keepUnsavedReview(m_incident.id, typed));
    QCOMPARE(m_store->reviews().unsavedReview(m_incident.id)->first, typed);
    QCOMPARE(m_store->reviews().unsavedReview(m_incident.id)->second, m_clock.nowUtc());
    QVERIFY(m_store->reviews().saveReview(written(m_incident.id), QStringLiteral("rui")));
    QVERIFY(
        !m_store->reviews().unsavedReview(m_incident.id)->second.isValid()); // saved: nothing left to restore
}

void TestReviews::searchFindsAReviewByItsLessons()
{
    QVERIFY(m_store->reviews().startReview(m_incident.id, QStringLiteral("rui")));
    QVERIFY(m_store->reviews().saveReview(written(m_incident.id), QStringLiteral("rui")));
    const Incident other = *m_store->incidents().declare(
        TestSupport::draft(QStringLiteral("Cache storm")), QStringLiteral("ana"));
    QVERIFY(m_store->reviews().startReview(other.id, QStringLiteral("rui")));
    QCOMPARE(m_store->reviews().search(QString(), 10)->size(), 2);
    const QList<PostIncidentReview> found
        = *m_store->reviews().search(QStringLiteral("circuit breakers"), 10);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().incidentId, m_incident.id);
    QCOMPARE(
        m_store->reviews().search(QStringLiteral("Storm"), 10)->first().incidentId, other.id); // by its title
    QVERIFY(m_store->reviews().search(QStringLiteral("zebra"), 10)->isEmpty());
}

void TestReviews::similarPastIncidentsBringTheirLessons()
{
    QVERIFY(m_store->reviews().startReview(m_incident.id, QStringLiteral("rui")));
    QVERIFY(m_store->reviews().saveReview(written(m_incident.id), QStringLiteral("rui")));
    const Incident cache
        = *m_store->incidents().declare(TestSupport::draft(QStringLiteral("Cache storm on sessions"),
                                            Severity::Sev2, QStringLiteral("sessions")),
            QStringLiteral("ana"));
    QVERIFY(m_store->reviews().startReview(cache.id, QStringLiteral("rui")));
    // A new payments incident: the payments review comes first (same service) ...
    const Incident again = *m_store->incidents().declare(
        TestSupport::draft(QStringLiteral("Checkout slow"), Severity::Sev2, QStringLiteral("payments")),
        QStringLiteral("ana"));
    QList<PostIncidentReview> similar = *m_store->reviews().similarReviews(again, 5);
    QCOMPARE(similar.size(), 1);
    QCOMPARE(similar.first().incidentId, m_incident.id);
    QVERIFY(similar.first().lessons.contains(QLatin1String("circuit breakers")));
    // ... and words of the title find others, on any service; an incident is not like itself.
    const Incident storm = *m_store->incidents().declare(
        TestSupport::draft(QStringLiteral("Another cache storm"), Severity::Sev3, QStringLiteral("search")),
        QStringLiteral("ana"));
    similar = *m_store->reviews().similarReviews(storm, 5);
    QCOMPARE(similar.size(), 1);
    QCOMPARE(similar.first().incidentId, cache.id);
    QVERIFY(m_store->reviews().similarReviews(cache, 5)->isEmpty());
    // An incident opened by an alert: the alert's name finds a review that mentions it.
    PostIncidentReview mentioning = written(cache.id);
    mentioning.detection
        = html(QStringLiteral("Found by the alert RedisEvictionStorm firing on every node."));
    QVERIFY(m_store->reviews().saveReview(mentioning, QStringLiteral("rui")));
    AlertSignal alert;
    alert.source = QStringLiteral("alertmanager");
    alert.fingerprint = QStringLiteral("fp-storm");
    alert.name = QStringLiteral("RedisEvictionStorm");
    alert.labels = { { QStringLiteral("alertname"), alert.name },
        { QStringLiteral("severity"), QStringLiteral("critical") },
        { QStringLiteral("service"), QStringLiteral("cache-eu") } };
    alert.startsAt = m_clock.nowUtc();
    const StoreResult<AlertIngestReport> ingested
        = m_store->intake().ingestAlerts({ alert }, AlertRules::defaults(SeverityPolicy::defaults()));
    QVERIFY2(ingested, qPrintable(ingested.error()));
    const StoreResult<QList<Alert>> alerts = m_store->alerts().page(AlertQuery(), std::nullopt, 10);
    QVERIFY(!alerts->isEmpty() && alerts->first().incidentId > 0);
    const Incident opened = *m_store->incidents().incident(alerts->first().incidentId);
    similar = *m_store->reviews().similarReviews(opened, 5);
    QVERIFY(std::any_of(similar.cbegin(), similar.cend(),
        [&cache](const PostIncidentReview& r) { return r.incidentId == cache.id; }));
}

void TestReviews::trendsByRootCauseAndService()
{
    // This month: the payments outage (reviewed: code change) and a search incident (no review).
    QVERIFY(m_store->reviews().startReview(m_incident.id, QStringLiteral("rui")));
    QVERIFY(m_store->reviews().saveReview(written(m_incident.id), QStringLiteral("rui")));
    QVERIFY(m_store->incidents().declare(
        TestSupport::draft(QStringLiteral("Slow search"), Severity::Sev3, QStringLiteral("search")),
        QStringLiteral("ana")));
    // Two months earlier: one more payments incident.
    IncidentDraft old
        = TestSupport::draft(QStringLiteral("Old payments blip"), Severity::Sev4, QStringLiteral("payments"));
    old.detectedAt = m_clock.nowUtc().addMonths(-2);
    QVERIFY(m_store->incidents().declare(old, QStringLiteral("ana")));
    const IncidentTrends trends = *m_store->reviews().incidentTrends(m_clock.nowUtc().addMonths(-3));
    QCOMPARE(trends.months.size(), 4); // August to November, quiet months too
    QCOMPARE(trends.months.last(), QStringLiteral("2026-11"));
    const auto seriesOf = [](const QList<QPair<QString, QList<int>>>& all, const QString& name) {
        for (const auto& series : all) {
            if (series.first == name)
                return series.second;
        }
        return QList<int>();
    };
    QCOMPARE(seriesOf(trends.byService, QStringLiteral("payments")), (QList<int> { 0, 1, 0, 1 }));
    QCOMPARE(seriesOf(trends.byService, QStringLiteral("search")), (QList<int> { 0, 0, 0, 1 }));
    QCOMPARE(seriesOf(trends.byRootCause, QStringLiteral("Code change")), (QList<int> { 0, 0, 0, 1 }));
    QCOMPARE(seriesOf(trends.byRootCause, QString()), (QList<int> { 0, 1, 0, 1 })); // not yet known
}

void TestReviews::exportsCarryEverySection()
{
    QVERIFY(m_store->reviews().startReview(m_incident.id, QStringLiteral("rui")));
    PostIncidentReview review = written(m_incident.id);
    // A long timeline: the PDF runs to several pages.
    for (int i = 0; i < 60; ++i)
        review.timeline.append({ m_clock.nowUtc().addSecs(i * 60), QStringLiteral("Event %1").arg(i),
            QStringLiteral("Looked"), QStringLiteral("ana") });
    review = *m_store->reviews().saveReview(review, QStringLiteral("rui"));
    const ReviewTemplate reviewTemplate = ReviewTemplate::builtIn();
    const ReviewDocument document(review, *m_store->incidents().incident(m_incident.id), reviewTemplate);

    const QString markdown = document.markdown();
    for (const ReviewSection& section : reviewTemplate.sections)
        QVERIFY2(markdown.contains(QStringLiteral("## %1\n").arg(section.title)), qPrintable(section.title));
    QVERIFY(markdown.contains(QLatin1String("| Time (UTC) | Event | Action taken | Owner |")));
    QVERIFY(markdown.contains(
        QLatin1String("| Add index on user_id | DB team | 2026-11-25 | High | Open | Short term |")));
    QVERIFY(markdown.contains(QLatin1String("Consider circuit breakers")));
    QVERIFY(document.html().contains(QLatin1String("<table")));

    const QString pdf = m_dir->filePath(QStringLiteral("review.pdf"));
    QString error;
    QVERIFY2(document.write(pdf, QStringLiteral("pdf"), &error), qPrintable(error));
    const QString info = run(QStringLiteral("pdfinfo"), { pdf });
    const int pages
        = info.section(QLatin1String("Pages:"), 1).trimmed().section(QLatin1Char('\n'), 0, 0).toInt();
    QVERIFY2(pages >= 2, qPrintable(info));
    const QString text
        = run(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    for (const ReviewSection& section : reviewTemplate.sections)
        QVERIFY2(text.contains(section.title), qPrintable(section.title));
    QVERIFY(text.contains(QStringLiteral("page %1 of %1").arg(pages))); // numbered to the last page
    QVERIFY(text.contains(QLatin1String("Add index on user_id")));
}

void TestReviews::exportToAnUnwritablePathSaysSo()
{
    QVERIFY(m_store->reviews().startReview(m_incident.id, QStringLiteral("rui")));
    const PostIncidentReview review = **m_store->reviews().review(m_incident.id);
    const ReviewDocument document(review, m_incident, ReviewTemplate::builtIn());
    QString error;
    QVERIFY(!document.write(QStringLiteral("/nonexistent/dir/review.md"), QString(), &error));
    QVERIFY(error.contains(QLatin1String("/nonexistent/dir/review.md")));
    QVERIFY(!document.write(m_dir->filePath(QStringLiteral("review.docx")), QString(), &error));
    QVERIFY(error.contains(QLatin1String(".docx")));
    QVERIFY((*m_store->reviews().review(m_incident.id))->sameContent(review)); // untouched
}

namespace {
// Prose as someone with the API, or an old database, could have written it.
const char* const kHostileProse = R"html(<html><head><link rel="stylesheet" href="file:///etc/passwd">
<style>p { background-image: url(file:///etc/shadow); }</style></head>
<body background="file:///etc/hosts"><p>Kept <b>bold</b> and <a href="https://runbooks.example/db">the runbook</a>.</p>
<p><img src="file:///etc/passwd" width="10"><img src="https://tracker.example/pixel.png"></p>
<p><a href="javascript:alert(1)">click</a> <a href="file:///etc/group">local</a> <a href="mailto:dba@example.com">mail</a></p>
<script>document.title = 'script ran';</script>
<table><tr><td background="file:///etc/issue">cell</td></tr></table>
<iframe src="https://evil.example/frame"></iframe><p onclick="alert(2)">clicked text</p></body></html>)html";

void verifyNothingReachesOut(const QString& html)
{
    for (const QLatin1String gone :
        { QLatin1String("<img"), QLatin1String("src="), QLatin1String("javascript:"),
            QLatin1String("href=\"file:"), QLatin1String("<script"), QLatin1String("script ran"),
            QLatin1String("<iframe"), QLatin1String("onclick"), QLatin1String("background-image"),
            QLatin1String("background="), QLatin1String("<link"), QLatin1String("/etc/shadow") })
        QVERIFY2(!html.contains(gone, Qt::CaseInsensitive),
            qPrintable(QStringLiteral("%1 in %2").arg(gone, html)));
}
}

void TestReviews::proseReachesNothingOutsideTheReview()
{
    const QString clean = ReviewHtml::sanitized(QString::fromUtf8(kHostileProse));
    verifyNothingReachesOut(clean);
    // What a reader needs stays: the text, its formatting, web and mail links, and where the images were.
    for (const QLatin1String kept : { QLatin1String("Kept"), QLatin1String("font-weight:700"),
             QLatin1String("href=\"https://runbooks.example/db\""),
             QLatin1String("href=\"mailto:dba@example.com\""), QLatin1String("click"), QLatin1String("local"),
             QLatin1String("cell"), QLatin1String("clicked text"),
             QLatin1String("[image: https://tracker.example/pixel.png]") })
        QVERIFY2(clean.contains(kept), qPrintable(QStringLiteral("%1 not in %2").arg(kept, clean)));
    QCOMPARE(ReviewHtml::sanitized(clean), clean); // nothing left to take away
    // A font name or list numbering cannot end Qt's style value and start CSS of its own.
    const QString styled = ReviewHtml::sanitized(QString::fromUtf8(
        R"html(<p><font face='x";background-image:url(file:///etc/hosts);y:"&#39;'>t</font></p><ol style="-qt-list-number-suffix: '&quot;;background:url(file:///x)'"><li>one</li></ol>)html"));
    QVERIFY2(
        !styled.contains(QLatin1String("url(")) && styled.contains(QLatin1String("one")), qPrintable(styled));
    // Words that Markdown would take for an image, a link or HTML are written as words.
    const QString words = ReviewHtml::sanitizedMarkdown(QStringLiteral(
        "<p>See ![](https://tracker.example/p.png) and [x](javascript:alert(1)) <img src=x></p>"));
    QVERIFY2(!words.contains(QLatin1String("![")) && !words.contains(QLatin1String("]("))
            && !words.contains(QLatin1String("<img")),
        qPrintable(words));
    // Each run of text escaped in its place, its formatting kept (found by fuzzing: escaping one run moved
    // the others).
    QCOMPARE(ReviewHtml::sanitizedMarkdown(QStringLiteral("<p>a [x] <b>b (y)</b> c ![z] <i>d|e</i></p>")),
        QStringLiteral("a \\[x\\] **b \\(y\\)** c \\!\\[z\\] *d\\|e*"));
    QVERIFY(ReviewHtml::sanitized(QString()).isEmpty());
    const QString markdown = ReviewHtml::sanitizedMarkdown(QString::fromUtf8(kHostileProse));
    QVERIFY2(!markdown.contains(QLatin1String("![")) && !markdown.contains(QLatin1String("(file:")),
        qPrintable(markdown));
    QVERIFY2(markdown.contains(QLatin1String("(https://runbooks.example/db)")), qPrintable(markdown));
}

void TestReviews::exportsOfHostileProseLoadNothing()
{
    // A local file the hostile prose names as an image: it must not end up in the PDF.
    const QString secret = m_dir->filePath(QStringLiteral("secret.png"));
    QImage image(400, 400, QImage::Format_RGB32);
    image.fill(Qt::red);
    QVERIFY(image.save(secret));
    QVERIFY(m_store->reviews().startReview(m_incident.id, QStringLiteral("rui")));
    PostIncidentReview review = written(m_incident.id);
    review.lessons = QString::fromUtf8(kHostileProse)
        + QStringLiteral("<p><img src=\"%1\"></p>").arg(QUrl::fromLocalFile(secret).toString())
        + QString::fromUtf8(
            R"html(<p><font face='x";background-image:url(%1);y:"&#39;'>styled</font></p>)html")
              .arg(QUrl::fromLocalFile(secret).toString());
    review.fiveWhys = { QStringLiteral("![](%1)").arg(QUrl::fromLocalFile(secret).toString()) };
    review = *m_store->reviews().saveReview(review, QStringLiteral("rui"));
    const ReviewDocument document(review, m_incident, ReviewTemplate::builtIn());
    verifyNothingReachesOut(document.html());
    const QString markdown = document.markdown();
    QVERIFY2(!markdown.contains(QLatin1String("![")), qPrintable(markdown));
    const QString pdf = m_dir->filePath(QStringLiteral("review.pdf"));
    QString error;
    QVERIFY2(document.write(pdf, QStringLiteral("pdf"), &error), qPrintable(error));
    QCOMPARE(run(QStringLiteral("pdfimages"), { QStringLiteral("-list"), pdf }).count(QLatin1Char('\n')),
        2); // its header only: no image
    const QString text = run(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    // Where the image was, as text (the PDF's font joins "fi" into one glyph).
    QVERIFY2(text.contains(QLatin1String("secret.png]")) && text.contains(QLatin1String("[image: ")),
        qPrintable(text.right(300)));
}

QTEST_MAIN(TestReviews)
#include "tst_reviews.moc"
