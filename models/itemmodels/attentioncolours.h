#pragma once

#include <QBrush>
#include <QColor>
#include <QVariant>

// The colours that ask for attention, the same in every table and label:
// red for overdue or failed, amber for due soon, dark amber text for waiting,
// and green for a target or goal met.
namespace AttentionColours {
inline QColor overdue()
{
    return QColor(0xc6, 0x28, 0x28);
}
inline QColor dueSoon()
{
    return QColor(0xff, 0xb3, 0x00);
}
inline QColor waiting()
{
    return QColor(0xb2, 0x6a, 0x00);
}
inline QColor met()
{
    return QColor(0x2e, 0x7d, 0x32);
}
enum class Level { None, DueSoon, Overdue };
// A whole row's background and text for a level (none: the view's own).
inline QVariant background(Level level)
{
    if (level == Level::Overdue)
        return QBrush(overdue());
    return level == Level::DueSoon ? QVariant(QBrush(dueSoon())) : QVariant();
}
inline QVariant foreground(Level level)
{
    if (level == Level::Overdue)
        return QBrush(Qt::white);
    return level == Level::DueSoon ? QVariant(QBrush(Qt::black)) : QVariant();
}
}
