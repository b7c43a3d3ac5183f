#include "app/cli/servecommand.h"

#include "app/cli/exitcodes.h"
#include "app/composition/commandline.h"
#include "app/composition/servicesession.h"
#include "app/composition/stopsignals.h"

namespace {
// Within Kubernetes' default grace period (30 s) and systemd's (90 s): the alerts a storm left in the inbox
// reach the store before the service ends.
constexpr int kStopGraceMs = 25000;
}

int ServeCommand::run(const QStringList& arguments, QTextStream& err)
{
    ConsoleCommandLine commandLine(ConsoleCommandLine::Purpose::Service);
    QCommandLineParser& parser = commandLine.parser();
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return ExitCode::kUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        err.flush();
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << tr("serve takes no arguments besides its options: %1")
                   .arg(parser.positionalArguments().join(QLatin1Char(' ')))
            << '\n';
        return ExitCode::kUsage;
    }
    QString error;
    const std::optional<ListenAddress> listen = commandLine.listenAddress(&error);
    if (!listen) {
        err << error << '\n';
        return ExitCode::kUsage;
    }
    ServiceSession session({ commandLine.databasePath(), *listen, commandLine.credentialsFolder() });
    StopSignals stopSignals;
    int exitCode = 0;
    bool stopping = false;
    QObject::connect(&stopSignals, &StopSignals::stopRequested, &session, [&session, &stopping](int number) {
        if (std::exchange(stopping, true)) {
            QCoreApplication::exit(0); // asked twice: now
            return;
        }
        qInfo("%s", qPrintable(tr("Stopping (signal %1): taking no more alerts.").arg(number)));
        session.stop(kStopGraceMs);
    });
    QObject::connect(&session, &ServiceSession::stopped, &session, [] { QCoreApplication::exit(0); });
    QObject::connect(&session, &ServiceSession::failed, &session, [&exitCode](const QString& message) {
        qCritical("%s", qPrintable(message));
        exitCode = ExitCode::kFailed;
        QCoreApplication::exit(ExitCode::kFailed);
    });
    QMetaObject::invokeMethod(
        &session, &ServiceSession::start, Qt::QueuedConnection); // exit() works in the loop only
    const int loopCode = QCoreApplication::exec();
    return exitCode != 0 ? exitCode : loopCode;
}
