#pragma once

#include "models/domain/clock.h"
#include "models/domain/postincidentreview.h"
#include "models/itemmodels/keyedlistmodel.h"

#include <QHash>

// Reviews in a table: the incident, title, status and revision, when it is
// due, and a lessons excerpt; reviews past their due date and not published
// are red. Shows what the tracker asked for: every review, or a search's matches.
class ReviewListModel final : public KeyedListModel<PostIncidentReview> {
    Q_OBJECT
public:
    enum Column { IncidentColumn, TitleColumn, StatusColumn, DueColumn, CategoryColumn, LessonsColumn };
    enum Role { IncidentIdRole = Qt::UserRole + 1, OverdueRole };

    ReviewListModel(const Clock* clock, QObject* parent = nullptr);

    void setReviews(const QList<PostIncidentReview>& reviews);
    bool isOverdue(const PostIncidentReview& review) const;
    int overdue() const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    QStringList columnTitles() const override;

private:
    const Clock* m_clock;
    QHash<qint64, QString> m_lessons; // each review's lessons as plain text, made once, not at every paint
};
