#pragma once

#include "models/domain/responsestatus.h"
#include "models/domain/severity.h"

#include <QColor>

// The colours severity and response state are shown in, in one place so that
// every panel (and later the wall display) agrees.
namespace SeverityPalette {
QColor background(Severity severity);
QColor text(Severity severity);
QColor response(ResponseStatus::State state, const QColor& normalText);
}
