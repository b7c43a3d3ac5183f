// Incident Console: wires the pieces together and nothing else.
#include "app/cli/reportcommand.h"
#include "app/composition/commandline.h"
#include "app/composition/guisession.h"
#include "app/composition/listenaddress.h"
#include "app/composition/privatefiles.h"
#include "app/composition/processlimits.h"
#include "app/composition/translations.h"

#include <QApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QTextStream>

int main(int argc, char* argv[])
{
    ConsoleCommandLine::setApplicationIdentity();
    ProcessLimits::raiseOpenFiles();
    PrivateFiles::createPrivately();
    if (ConsoleCommandLine::needsCharts(argc, argv)) {
        // Charts are graphics widgets: they need a widgets application, though no display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication application(argc, argv);
        Translations::install(application);
        QStringList rest;
        ConsoleCommandLine::subcommand(QCoreApplication::arguments(), &rest);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return ReportCommand::run(rest, out, err);
    }
    if (ConsoleCommandLine::needsFonts(argc, argv)) {
        // Fonts need a GUI application, not a display: lay the document out offscreen.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication application(argc, argv);
        Translations::install(application);
        return runHeadless(QCoreApplication::arguments());
    }
    if (ConsoleCommandLine::isHeadless(argc, argv)) {
        QCoreApplication application(argc, argv);
        Translations::install(application);
        return runHeadless(QCoreApplication::arguments());
    }

    QApplication application(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/incident-console.svg")));
    QApplication::setDesktopFileName(QStringLiteral("incident-console"));
    Translations::install(application);
    ConsoleCommandLine commandLine;
    commandLine.parser().process(application);

    QString error;
    const std::optional<ListenAddress> listen = commandLine.listenAddress(&error);
    if (!listen) {
        qCritical("incident-console: %s", qPrintable(error));
        return 2;
    }

    GuiSession session(commandLine.databasePath(), *listen);
    session.setWallMode(commandLine.wall());
    QObject::connect(&session, &GuiSession::failed, &application, [] { QCoreApplication::exit(1); });
    session.start();
    return QApplication::exec();
}
