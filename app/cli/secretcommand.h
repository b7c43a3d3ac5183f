#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// `incident-console secret list | set KEY | delete KEY`: the receiver's
// credentials in the OS keychain, from a terminal or a provisioning script.
// `set` reads the value from standard input, so that it never appears in a
// process list or a shell history; `list` says which are set, never their values.
class SecretCommand {
    Q_DECLARE_TR_FUNCTIONS(SecretCommand)
public:
    // `arguments` starts after the word "secret". Returns the process exit code.
    static int run(const QStringList& arguments, QTextStream& in, QTextStream& out, QTextStream& err);
    static QString usage();
    // The keys this command manages: the receiver's and the PagerDuty REST key polling uses.
    static QStringList knownKeys();
};
