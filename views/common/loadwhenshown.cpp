#include "views/common/loadwhenshown.h"

#include <QDockWidget>
#include <QTimer>

LoadWhenShown::LoadWhenShown(QDockWidget* dock, std::function<void()> load)
    : QObject(dock)
    , m_dock(dock)
{
    connect(dock, &QDockWidget::visibilityChanged, this, [this, load = std::move(load)](bool visible) {
        if (visible && m_waiting)
            QTimer::singleShot(0, m_dock, load); // once it has its place on screen
    });
}

bool LoadWhenShown::canLoadNow()
{
    m_waiting = !m_dock->isVisible() || m_dock->visibleRegion().isEmpty();
    return !m_waiting;
}
