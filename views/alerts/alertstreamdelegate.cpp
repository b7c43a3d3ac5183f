#include "views/alerts/alertstreamdelegate.h"

#include "models/itemmodels/alertlistmodel.h"

AlertStreamDelegate::AlertStreamDelegate(QObject* parent)
    : SeverityBadgeDelegate(AlertListModel::SeverityColumn, AlertListModel::SeverityRole, parent)
{
}

void AlertStreamDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    switch (static_cast<AlertStatus>(index.data(AlertListModel::AlertStatusRole).toInt())) {
    case AlertStatus::Firing:
        option->font.setBold(true);
        break;
    case AlertStatus::Resolved:
    case AlertStatus::Suppressed:
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
        break;
    case AlertStatus::Acknowledged:
        break;
    }
}
