#include "views/common/storerefresh.h"

#include "models/store/asyncincidentstore.h"

StoreRefresh::StoreRefresh(
    AsyncIncidentStore* store, int everyMs, int afterChangeMs, std::function<void()> load, QObject* parent)
    : QObject(parent)
    , m_load(std::move(load))
{
    m_every.setInterval(everyMs);
    connect(&m_every, &QTimer::timeout, this, [this] { m_load(); });
    m_every.start();
    m_afterChange.setSingleShot(true);
    m_afterChange.setInterval(afterChangeMs);
    connect(&m_afterChange, &QTimer::timeout, this, [this] { m_load(); });
    connect(store, &AsyncIncidentStore::changed, this, [this] {
        if (!m_afterChange.isActive())
            m_afterChange.start();
    });
}
