#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

class AsyncIncidentStore;

// For a view of figures drawn from the whole store (charts, headlines): loads
// again every `everyMs`, because the current period's figures move with the
// clock, and `afterChangeMs` after the store first reports a change, so that a
// burst of changes costs one load, not one each.
class StoreRefresh final : public QObject {
    Q_OBJECT
public:
    StoreRefresh(AsyncIncidentStore* store, int everyMs, int afterChangeMs, std::function<void()> load,
        QObject* parent);

private:
    std::function<void()> m_load;
    QTimer m_every;
    QTimer m_afterChange;
};
