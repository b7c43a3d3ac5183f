// Incident Console: wires the pieces together and nothing else.
#include "composition/commandline.h"
#include "composition/guisession.h"
#include "composition/listenaddress.h"
#include "composition/translations.h"

#include <QApplication>
#include <QGuiApplication>
#include <QIcon>

int main(int argc, char* argv[])
{
    ConsoleCommandLine::setApplicationIdentity();
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
    QObject::connect(&session, &GuiSession::failed, &application, [] { QCoreApplication::exit(1); });
    session.start();
    return QApplication::exec();
}
