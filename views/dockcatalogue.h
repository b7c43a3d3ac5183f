#pragma once

#include "views/consolecontext.h"

#include <QList>
#include <QString>

#include <functional>

class AlertListModel;
class IncidentListModel;
class QDockWidget;
class QWidget;
class SelectedIncident;
class TimelineModel;

// The models the window's docks share, made once by the window.
struct DockParts {
    const ConsoleContext& context;
    IncidentListModel* incidents;
    TimelineModel* timeline;
    SelectedIncident* selected;
    AlertListModel* alerts;
};

// Where a dock goes in the default layout, beside one placed before it.
struct DockPlacement {
    enum class How { Area, Below, RightOf, TabBehind };
    How how = How::Area;
    Qt::DockWidgetArea area = Qt::TopDockWidgetArea; // for How::Area
    QString of = {}; // the dock it is placed beside (its object name), for the others
    bool inFront = false; // the tab shown when the window opens
};

// One dock of the main window.
struct DockEntry {
    QString name; // its object name, under which the saved layout keeps it
    DockPlacement placement;
    std::function<QDockWidget*(const DockParts& parts, QWidget* parent)> make;
};

// Every dock of the main window, in the order they are placed and listed in the
// View menu. Adding a dock is its class and one entry here.
QList<DockEntry> mainWindowDocks();
// Changes whenever a dock is added, renamed or placed elsewhere, so that a layout
// saved by an older version is not applied to a window it does not describe.
int dockLayoutVersion(const QList<DockEntry>& docks);
