#pragma once

#include <QStyledItemDelegate>

// Paints the severity column as a coloured badge and the response column in
// the colour of its state, from the model's raw-value roles.
class TriageDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};
