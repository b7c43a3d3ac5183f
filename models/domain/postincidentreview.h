#pragma once

#include "models/domain/keyedenum.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// The post-incident review's workflow: written as a draft, read by the team in
// review, then published (read-only; a later change makes a new revision).
enum class ReviewStatus { Draft = 0, InReview = 1, Published = 2 };

inline constexpr KeyedEnum<ReviewStatus, 3> kReviewStatuses { "Review",
    { {
        { ReviewStatus::Draft, "draft", QT_TRANSLATE_NOOP("Review", "Draft") },
        { ReviewStatus::InReview, "in_review", QT_TRANSLATE_NOOP("Review", "In review") },
        { ReviewStatus::Published, "published", QT_TRANSLATE_NOOP("Review", "Published") },
    } } };

// The seeds' action item horizons: short term (1–2 weeks), medium (1–3 months), long (3+ months).
enum class ActionHorizon { ShortTerm, MediumTerm, LongTerm };
inline constexpr KeyedEnum<ActionHorizon, 3> kActionHorizons { "Review",
    { {
        { ActionHorizon::ShortTerm, "short", QT_TRANSLATE_NOOP("Review", "Short term") },
        { ActionHorizon::MediumTerm, "medium", QT_TRANSLATE_NOOP("Review", "Medium term") },
        { ActionHorizon::LongTerm, "long", QT_TRANSLATE_NOOP("Review", "Long term") },
    } } };

enum class ActionPriority { High, Medium, Low };
inline constexpr KeyedEnum<ActionPriority, 3> kActionPriorities { "Review",
    { {
        { ActionPriority::High, "high", QT_TRANSLATE_NOOP("Review", "High") },
        { ActionPriority::Medium, "medium", QT_TRANSLATE_NOOP("Review", "Medium") },
        { ActionPriority::Low, "low", QT_TRANSLATE_NOOP("Review", "Low") },
    } } };

enum class ActionStatus { Open, InProgress, Done };
inline constexpr KeyedEnum<ActionStatus, 3> kActionStatuses { "Review",
    { {
        { ActionStatus::Open, "open", QT_TRANSLATE_NOOP("Review", "Open") },
        { ActionStatus::InProgress, "in_progress", QT_TRANSLATE_NOOP("Review", "In progress") },
        { ActionStatus::Done, "done", QT_TRANSLATE_NOOP("Review", "Done") },
    } } };

struct ReviewTimelineRow {
    QDateTime at; // UTC
    QString event;
    QString action; // what was done about it
    QString owner;

    bool operator==(const ReviewTimelineRow&) const = default;
};

struct ActionItem {
    QString text;
    QString owner;
    QDate deadline;
    ActionPriority priority = ActionPriority::Medium;
    ActionStatus status = ActionStatus::Open;
    ActionHorizon horizon = ActionHorizon::ShortTerm;

    // Open, with a deadline before `today`.
    bool isOverdue(const QDate& today) const
    {
        return status != ActionStatus::Done && deadline.isValid() && deadline < today;
    }
    bool operator==(const ActionItem&) const = default;
};

struct ReviewImpact {
    int durationMinutes = 0;
    qint64 usersAffected = 0;
    QString revenue; // as people write it: "~$25K"
    bool slaBreached = false;
    QString notes; // rich text (HTML)

    bool operator==(const ReviewImpact&) const = default;
};

// One incident's review. The prose sections are rich text (HTML from the
// editor); the structured ones (impact, timeline, five whys, action items) are fields.
struct PostIncidentReview {
    qint64 id = 0;
    qint64 incidentId = 0;
    QString incidentKey;
    ReviewStatus status = ReviewStatus::Draft;
    int revision = 1;
    QString title;
    QString summary;
    ReviewImpact impact;
    QList<ReviewTimelineRow> timeline;
    QString rootCause;
    QString rootCauseCategory; // one of the template's categories
    QString contributingFactors;
    QString detection;
    QString resolution;
    QString lessons;
    QStringList fiveWhys; // "Why?" five times, each answer the cause of the one before
    QList<ActionItem> actionItems;
    QDateTime createdAt; // UTC
    QDateTime updatedAt;
    QString updatedBy;
    QDateTime publishedAt;
    QDateTime dueAt; // when the review should be published (resolution + the configured time)

    // The rich text of a section written as prose (summary, rootCause, contributingFactors,
    // detection, resolution, lessons; "impact" is its notes); null for a structured section.
    const QString* prose(const QString& key) const;
    QString* prose(const QString& key) { return const_cast<QString*>(std::as_const(*this).prose(key)); }
    // The review's own prose fields, as they are named in its content.
    static const QStringList& proseKeys();

    bool isValid() const { return id > 0; }
    // A review that should exist and does not: a resolved incident nobody has started reviewing (id is
    // -incidentId).
    bool isNotStarted() const { return id < 0; }
    bool isReadOnly() const { return status == ReviewStatus::Published; }
    // Not published, and past the date it was due.
    bool isOverdue(const QDateTime& now) const
    {
        return status != ReviewStatus::Published && dueAt.isValid() && dueAt < now;
    }
    // The writing, without its bookkeeping (id, times, status): what a revision keeps and an autosave
    // restores.
    QByteArray contentJson() const;
    void setContent(const QByteArray& json);
    // Every word of it, for the full-text index.
    QString plainText() const;
    bool sameContent(const PostIncidentReview& other) const { return contentJson() == other.contentJson(); }
};

// One action item as the tracker across all reviews shows it.
struct TrackedActionItem {
    qint64 reviewId = 0;
    int position = 0; // in its review
    qint64 incidentId = 0;
    QString incidentKey;
    ReviewStatus reviewStatus = ReviewStatus::Draft;
    ActionItem item;
    QDateTime doneAt; // when it was first saved as done; invalid while not done

    qint64 id() const { return reviewId * 100000 + position; }
};

// How incidents spread over the months: by the root cause their reviews found,
// and by service. Counts per month, oldest month first, a series per name.
struct IncidentTrends {
    QStringList months; // "2026-11"
    QList<QPair<QString, QList<int>>> byRootCause; // "" when no review named one
    QList<QPair<QString, QList<int>>> byService;
};

Q_DECLARE_METATYPE(PostIncidentReview)
