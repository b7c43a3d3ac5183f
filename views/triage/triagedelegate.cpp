#include "views/triage/triagedelegate.h"

#include "models/itemmodels/incidentlistmodel.h"
#include "views/common/severitypalette.h"

TriageDelegate::TriageDelegate(QObject* parent)
    : SeverityBadgeDelegate(IncidentListModel::SeverityColumn, IncidentListModel::SeverityRole, parent)
{
}

void TriageDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == IncidentListModel::ResponseColumn) {
        const auto state
            = static_cast<ResponseStatus::State>(index.data(IncidentListModel::ResponseStateRole).toInt());
        option->palette.setColor(
            QPalette::Text, SeverityPalette::response(state, option->palette.color(QPalette::Text)));
        if (state == ResponseStatus::State::Missed || state == ResponseStatus::State::DueSoon)
            option->font.setBold(true);
    }
    if (index.data(IncidentListModel::StatusRole).toInt() == static_cast<int>(IncidentStatus::Triggered))
        option->font.setBold(true); // not yet acknowledged: make the whole row stand out
}
