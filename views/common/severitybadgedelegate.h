#pragma once

#include <QStyledItemDelegate>

// Paints one column as a coloured severity badge (SEV1 red … SEV4 blue),
// reading the severity number from `severityRole`; other columns as usual.
// Lists of incidents and of alerts share it, so a SEV1 looks the same in both.
class SeverityBadgeDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    SeverityBadgeDelegate(int severityColumn, int severityRole, QObject* parent = nullptr);
    void paint(
        QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_column;
    int m_role;
};
