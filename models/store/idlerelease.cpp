#include "models/store/idlerelease.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

IdleRelease::IdleRelease(std::function<void()> release, QObject* parent, int quietMs)
    : QObject(parent)
    , m_release(std::move(release))
{
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(quietMs);
    connect(&m_quiet, &QTimer::timeout, this, [this] {
        m_release();
        returnFreedHeap();
    });
}

void IdleRelease::noteWork()
{
    m_quiet.start();
}

void IdleRelease::returnFreedHeap()
{
#if defined(__GLIBC__)
    // glibc keeps freed memory in its arenas for reuse; trimming hands whole free pages back.
    malloc_trim(0);
#endif
}
