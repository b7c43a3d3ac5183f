#pragma once

#include <QString>

// A tool tip decides by itself whether its text is rich text
// (Qt::mightBeRichText), so an alert label or a service's error that reads
// "<img src=…>" would be rendered, and could fetch or show what its sender
// chose. Text that came from outside is escaped and wrapped, so that it is
// shown exactly as written, line breaks included.
inline QString plainToolTip(const QString& text)
{
    if (text.isEmpty())
        return text;
    return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(text.toHtmlEscaped());
}
