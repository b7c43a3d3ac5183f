#include "app/cli/offlinecommand.h"

#include "app/cli/commandstore.h"
#include "app/cli/exitcodes.h"
#include "models/store/offlinetransfer.h"

QString OfflineCommand::usage()
{
    return tr(
        "Usage: incident-console offline take INCIDENT --from DATABASE -o FILE\n"
        "       incident-console offline push FILE [--replace]\n\n"
        "take copies an incident (its key or number), its timeline, checklist and review from DATABASE\n"
        "(a postgresql:// URL or a file) into the new file FILE; write the review there with\n"
        "incident-console --db FILE, with no network. push saves that review back to DATABASE. If\n"
        "someone saved the review there after you took it, nothing is saved and you are told who and\n"
        "when; --replace saves yours over theirs.\n");
}

int OfflineCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString verb = arguments.value(0);
    QString target;
    QString from;
    QString file;
    bool replace = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--from") && i + 1 < arguments.size())
            from = arguments.at(++i);
        else if (argument == QLatin1String("-o") && i + 1 < arguments.size())
            file = arguments.at(++i);
        else if (argument == QLatin1String("--replace"))
            replace = true;
        else if (!argument.startsWith(QLatin1Char('-')) && target.isEmpty())
            target = argument;
        else {
            err << tr("incident-console offline: “%1” is not understood here.").arg(argument) << '\n'
                << usage();
            return ExitCode::kUsage;
        }
    }
    if (verb == QLatin1String("take") && !target.isEmpty() && !from.isEmpty() && !file.isEmpty() && !replace)
        return take(target, from, file, out, err);
    if (verb == QLatin1String("push") && !target.isEmpty() && from.isEmpty() && file.isEmpty())
        return push(target, replace, out, err);
    if (verb == QLatin1String("--help") || verb == QLatin1String("-h")) {
        out << usage();
        return 0;
    }
    err << usage();
    return ExitCode::kUsage;
}

namespace {
// The stores a command opens: a PostgreSQL store's password from the keychain.
OfflineTransfer transfer()
{
    return OfflineTransfer(
        [](const QString& location, QString* error) { return CommandStore::open(location, error); });
}

QString said(const QString& error)
{
    return OfflineCommand::tr("incident-console offline: %1").arg(error);
}
}

int OfflineCommand::take(
    const QString& incident, const QString& from, const QString& file, QTextStream& out, QTextStream& err)
{
    const OfflineTransfer::Outcome taken = transfer().take(incident, from, file);
    if (!taken.ok) {
        err << said(taken.error) << '\n';
        return ExitCode::kFailed;
    }
    out << tr("%1 is in %2: write its review with incident-console --db %2, then bring it back with "
              "incident-console offline push %2.")
               .arg(taken.incidentKey, file)
        << '\n';
    return 0;
}

int OfflineCommand::push(const QString& file, bool replace, QTextStream& out, QTextStream& err)
{
    const OfflineTransfer::Outcome pushed = transfer().push(file, replace);
    if (!pushed.error.isEmpty())
        err << said(pushed.error) << '\n';
    if (pushed.conflict)
        err << tr("Your review stays in %1. Read theirs, then push with --replace to save yours over it.")
                   .arg(file)
            << '\n';
    if (!pushed.ok)
        return ExitCode::kFailed;
    out << tr("The review of %1 is saved to %2, as written offline by %3.")
               .arg(pushed.incidentKey, pushed.location, pushed.author)
        << '\n';
    return 0;
}
