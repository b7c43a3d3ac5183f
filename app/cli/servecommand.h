#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// `incident-console serve`: runs ServiceSession until SIGTERM or SIGINT, in the
// running QCoreApplication. Exit codes: 0 stopped as asked; 1 could not start or
// went on no longer (the store, the port, the TLS identity); 2 a wrong command line.
class ServeCommand {
    Q_DECLARE_TR_FUNCTIONS(ServeCommand)
public:
    // `arguments` as a program's: the program's name first, then serve's options.
    static int run(const QStringList& arguments, QTextStream& err);
};
