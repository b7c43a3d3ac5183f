#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

// What a post-incident review consists of: its sections in order with their
// titles and prompts, the review agenda, the root-cause categories offered,
// and when the review is due (seed 002: the timeline within 24 hours of
// resolution, the review within a week). The shipped
// resources/reviews/review-template.json, or <config dir>/review-template.json.
struct ReviewSection {
    QString key; // summary, impact, timeline, rootCause, fiveWhys, contributingFactors, detection,
                 // resolution, actionItems, lessons
    QString title;
    QString hint;
};

class ReviewTemplate {
    Q_DECLARE_TR_FUNCTIONS(ReviewTemplate)
public:
    QList<ReviewSection> sections;
    QStringList agenda;
    QStringList rootCauseCategories;
    int timelineWithinHours = 24;
    int reviewWithinDays = 7;

    const ReviewSection* section(const QString& key) const;
    QString titleOf(const QString& key) const;

    static const QStringList& sectionKeys();
    static std::optional<ReviewTemplate> parse(const QByteArray& json, QString* error);
    static ReviewTemplate builtIn();
    static ReviewTemplate load(const QString& file, QString* warning);
};
