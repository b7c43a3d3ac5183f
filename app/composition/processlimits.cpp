#include "app/composition/processlimits.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

#include <algorithm>
#include <climits>

namespace ProcessLimits {

void raiseOpenFiles()
{
#ifdef Q_OS_UNIX
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return;
    // macOS refuses RLIM_INFINITY for files; OPEN_MAX is its real ceiling there.
    rlim_t wanted = limit.rlim_max;
#ifdef Q_OS_MACOS
    wanted = std::min<rlim_t>(wanted, OPEN_MAX);
#endif
    if (limit.rlim_cur < wanted) {
        rlimit raised = limit;
        raised.rlim_cur = wanted;
        setrlimit(RLIMIT_NOFILE, &raised);
    }
#endif
}

long openFiles()
{
#ifdef Q_OS_UNIX
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 0;
    return static_cast<long>(std::min<rlim_t>(limit.rlim_cur, static_cast<rlim_t>(LONG_MAX)));
#else
    return 0; // Windows sockets are not counted against a per-process file limit.
#endif
}

}
