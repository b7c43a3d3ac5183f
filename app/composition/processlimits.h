#pragma once

// Limits of the process that the receiver needs raised.
namespace ProcessLimits {
// Raises the soft limit on open files to the hard limit (where the system has
// one), so that many senders, or a flood of connections, do not exhaust the
// descriptors that the store and the receiver need.
void raiseOpenFiles();
// The soft limit on open files now; 0 where the system has none to tell.
long openFiles();
}
