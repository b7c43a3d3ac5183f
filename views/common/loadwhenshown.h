#pragma once

#include <QObject>

#include <functional>

class QDockWidget;

// For a dock whose contents cost queries: load only while it can be seen, and
// once it comes into view if a load was asked for while it was hidden (behind
// another tab, or closed). Its queries then never queue before those of the
// panels on screen, at start-up least of all.
class LoadWhenShown final : public QObject {
    Q_OBJECT
public:
    LoadWhenShown(QDockWidget* dock, std::function<void()> load);

    // True when the dock can be seen: load now. False: the load waits until it is shown.
    bool canLoadNow();

private:
    QDockWidget* m_dock;
    bool m_waiting = true;
};
