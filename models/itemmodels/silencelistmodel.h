#pragma once

#include "models/domain/clock.h"
#include "models/itemmodels/keyedlistmodel.h"
#include "models/rules/silence.h"

// Silences and maintenance windows not yet over, soonest end first.
class SilenceListModel final : public KeyedListModel<Silence> {
    Q_OBJECT
public:
    enum Column {
        StateColumn,
        MatchersColumn,
        StartsColumn,
        EndsColumn,
        CreatedByColumn,
        CommentColumn,
        ColumnCount
    };
    enum Role { SilenceIdRole = Qt::UserRole + 1, ActiveRole };

    explicit SilenceListModel(const Clock* clock, QObject* parent = nullptr);

    void setSilences(const QList<Silence>& silences);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    QStringList columnTitles() const override;

private:
    const Clock* m_clock;
};
