#include "models/itemmodels/reviewlistmodel.h"

#include "models/domain/inerttext.h"
#include "models/domain/timeformat.h"
#include "models/itemmodels/attentioncolours.h"
#include "models/itemmodels/plaintooltip.h"

#include <QBrush>
#include <QColor>

ReviewListModel::ReviewListModel(const Clock* clock, QObject* parent)
    : KeyedListModel(parent)
    , m_clock(clock)
{
}

void ReviewListModel::setReviews(const QList<PostIncidentReview>& reviews)
{
    m_lessons.clear();
    for (const PostIncidentReview& review : reviews)
        m_lessons.insert(review.id, InertText::plainText(review.lessons));
    setRows(reviews, [](const PostIncidentReview& a, const PostIncidentReview& b) {
        return a.updatedAt == b.updatedAt && a.status == b.status && a.revision == b.revision
            && a.dueAt == b.dueAt;
    });
}

bool ReviewListModel::isOverdue(const PostIncidentReview& review) const
{
    return review.isOverdue(m_clock->nowUtc());
}

int ReviewListModel::overdue() const
{
    return static_cast<int>(std::count_if(rows().cbegin(), rows().cend(),
        [this](const PostIncidentReview& review) { return isOverdue(review); }));
}

QStringList ReviewListModel::columnTitles() const
{
    return { tr("Incident"), tr("Review"), tr("Status"), tr("Due"), tr("Root cause"), tr("Lessons") };
}

QVariant ReviewListModel::data(const QModelIndex& index, int role) const
{
    const PostIncidentReview* review = rowAt(index.row());
    if (!review || index.column() < 0 || index.column() >= columnCount())
        return {};
    const bool late = isOverdue(*review);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IncidentColumn:
            return review->incidentKey;
        case TitleColumn:
            return review->title;
        case StatusColumn:
            if (review->isNotStarted())
                return tr("not started");
            return tr("%1 (rev. %2)").arg(kReviewStatuses.label(review->status)).arg(review->revision);
        case DueColumn:
            if (review->status == ReviewStatus::Published)
                return tr("published %1").arg(TimeFormat::localShort(review->publishedAt));
            if (!review->dueAt.isValid())
                return tr("when resolved");
            if (review->isNotStarted())
                return late ? tr("timeline overdue since %1").arg(TimeFormat::localShort(review->dueAt))
                            : tr("timeline by %1").arg(TimeFormat::localShort(review->dueAt));
            return late ? tr("%1 (overdue)").arg(TimeFormat::localShort(review->dueAt))
                        : TimeFormat::localShort(review->dueAt);
        case CategoryColumn:
            return review->rootCauseCategory;
        case LessonsColumn:
            return m_lessons.value(review->id).simplified().left(200);
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == LessonsColumn ? QVariant(plainToolTip(m_lessons.value(review->id)))
                                               : QVariant();
    case Qt::BackgroundRole:
        return AttentionColours::background(
            late ? AttentionColours::Level::Overdue : AttentionColours::Level::None);
    case Qt::ForegroundRole:
        return AttentionColours::foreground(
            late ? AttentionColours::Level::Overdue : AttentionColours::Level::None);
    case IncidentIdRole:
        return review->incidentId;
    case OverdueRole:
        return late;
    }
    return {};
}
