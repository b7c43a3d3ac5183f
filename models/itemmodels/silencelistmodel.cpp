#include "models/itemmodels/silencelistmodel.h"

#include "models/domain/timeformat.h"
#include "models/itemmodels/plaintooltip.h"

SilenceListModel::SilenceListModel(const Clock* clock, QObject* parent)
    : KeyedListModel<Silence>(parent)
    , m_clock(clock)
{
}

void SilenceListModel::setSilences(const QList<Silence>& silences)
{
    setRows(silences, [](const Silence& a, const Silence& b) {
        return a.startsAt == b.startsAt && a.endsAt == b.endsAt && a.comment == b.comment
            && a.matchersText() == b.matchersText();
    });
}

QVariant SilenceListModel::data(const QModelIndex& index, int role) const
{
    const Silence* silence = rowAt(index.row());
    if (!silence || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const bool active = silence->isActiveAt(m_clock->nowUtc());
    switch (role) {
    case SilenceIdRole:
        return silence->id;
    case ActiveRole:
        return active;
    case Qt::ToolTipRole:
        return plainToolTip(silence->matchersText());
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case StateColumn:
            return active ? tr("Active") : tr("Scheduled");
        case MatchersColumn:
            return silence->matchersText();
        case StartsColumn:
            return TimeFormat::localShort(silence->startsAt);
        case EndsColumn:
            return TimeFormat::localShort(silence->endsAt);
        case CreatedByColumn:
            return silence->createdBy;
        case CommentColumn:
            return silence->comment;
        case ColumnCount:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QStringList SilenceListModel::columnTitles() const
{
    return { tr("State"), tr("Matchers"), tr("Starts"), tr("Ends"), tr("By"), tr("Comment") };
}
