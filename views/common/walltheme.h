#pragma once

#include <QColor>
#include <QPalette>

// The wall display's dark, high-contrast colours, in one place for the wall,
// its health tiles and its charts. Dark, not black: a pure black field next to
// white type tires eyes and panels alike.
namespace WallTheme {
inline QColor background()
{
    return QColor(0x0b, 0x0f, 0x14);
}
inline QColor panel()
{
    return QColor(0x16, 0x1b, 0x22);
}
inline QColor text()
{
    return QColor(0xf0, 0xf0, 0xf0);
}
inline QColor dim()
{
    return QColor(0xa0, 0xa8, 0xb0);
}
// Grid lines, borders and separators.
inline QColor rule()
{
    return QColor(0x33, 0x3a, 0x44);
}
inline QPalette palette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, background());
    palette.setColor(QPalette::WindowText, text());
    palette.setColor(QPalette::Base, background());
    palette.setColor(QPalette::AlternateBase, panel());
    palette.setColor(QPalette::Text, text());
    palette.setColor(QPalette::Button, panel());
    palette.setColor(QPalette::ButtonText, text());
    palette.setColor(QPalette::Highlight, panel());
    palette.setColor(QPalette::HighlightedText, text());
    palette.setColor(QPalette::PlaceholderText, dim());
    palette.setColor(QPalette::Mid, rule());
    return palette;
}
}
