#include "triagedelegate.h"

#include "common/severitypalette.h"
#include "itemmodels/incidentlistmodel.h"

#include <QApplication>
#include <QPainter>

void TriageDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == IncidentListModel::ResponseColumn) {
        const auto state = static_cast<ResponseStatus::State>(index.data(IncidentListModel::ResponseStateRole).toInt());
        option->palette.setColor(QPalette::Text, SeverityPalette::response(state, option->palette.color(QPalette::Text)));
        if (state == ResponseStatus::State::Missed || state == ResponseStatus::State::DueSoon)
            option->font.setBold(true);
    }
    if (index.data(IncidentListModel::StatusRole).toInt() == static_cast<int>(IncidentStatus::Triggered))
        option->font.setBold(true); // not yet acknowledged: make the whole row stand out
}

void TriageDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (index.column() != IncidentListModel::SeverityColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background and selection as usual, then the badge instead of the text.
    QStyleOptionViewItem plain = option;
    initStyleOption(&plain, index);
    plain.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &plain, painter, widget);
    const std::optional<Severity> severity
        = SeverityNames::fromNumber(index.data(IncidentListModel::SeverityRole).toInt());
    if (!severity)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect badge = option.rect.adjusted(4, 3, -4, -3);
    painter->setPen(Qt::NoPen);
    painter->setBrush(SeverityPalette::background(*severity));
    painter->drawRoundedRect(badge, 4, 4);
    QFont font = option.font;
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(SeverityPalette::text(*severity));
    painter->drawText(badge, Qt::AlignCenter, index.data(Qt::DisplayRole).toString());
    painter->restore();
}
