#include "views/common/severitybadgedelegate.h"

#include "models/domain/severity.h"
#include "views/common/severitypalette.h"

#include <QApplication>
#include <QPainter>

SeverityBadgeDelegate::SeverityBadgeDelegate(int severityColumn, int severityRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_column(severityColumn)
    , m_role(severityRole)
{
}

void SeverityBadgeDelegate::paint(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (index.column() != m_column) {
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
    const std::optional<Severity> severity = SeverityNames::fromNumber(index.data(m_role).toInt());
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
