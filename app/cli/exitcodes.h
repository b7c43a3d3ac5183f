#pragma once

// What the console's subcommands tell scripts through their exit code.
namespace ExitCode {
inline constexpr int kFailed = 1; // the store or a file refused; nothing (more) was written
inline constexpr int kUsage = 2; // the command line was wrong; nothing was written
}
