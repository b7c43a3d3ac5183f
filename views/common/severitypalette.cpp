#include "views/common/severitypalette.h"

#include "models/itemmodels/attentioncolours.h"

namespace SeverityPalette {

QColor background(Severity severity)
{
    switch (severity) {
    case Severity::Sev1:
        return QColor(0xc6, 0x28, 0x28);
    case Severity::Sev2:
        return QColor(0xe6, 0x6a, 0x10);
    case Severity::Sev3:
        return QColor(0xe0, 0xb4, 0x1a);
    case Severity::Sev4:
        return QColor(0x5a, 0x7d, 0x9a);
    }
    return {};
}

QColor text(Severity severity)
{
    return severity == Severity::Sev3 ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white);
}

QColor response(ResponseStatus::State state, const QColor& normalText)
{
    switch (state) {
    case ResponseStatus::State::Missed:
    case ResponseStatus::State::MetLate:
        return AttentionColours::overdue();
    case ResponseStatus::State::DueSoon:
        return QColor(0xd0, 0x60, 0x00);
    case ResponseStatus::State::Met:
        return AttentionColours::met();
    case ResponseStatus::State::Pending:
        return normalText;
    }
    return normalText;
}

}
