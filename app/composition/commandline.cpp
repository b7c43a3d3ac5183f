#include "app/composition/commandline.h"

#include "app/cli/declarecommand.h"
#include "app/cli/exportreviewcommand.h"
#include "app/cli/migratecommand.h"
#include "app/cli/offlinecommand.h"
#include "app/cli/secretcommand.h"
#include "app/cli/servecommand.h"
#include "app/composition/consolepaths.h"
#include "app/composition/listenaddress.h"
#include "app/composition/translations.h"

#include <QDir>
#include <QTextStream>

namespace {
const QString kDeclare = QStringLiteral("declare");
const QString kSecret = QStringLiteral("secret");
const QString kSecrets = QStringLiteral("secrets"); // the same, as administrators may type it
const QString kExportReview = QStringLiteral("export-pir");
const QString kReport = QStringLiteral("report");
const QString kServe = QStringLiteral("serve");
const QString kMigrate = QStringLiteral("migrate");
const QString kOffline = QStringLiteral("offline");

// main()'s arguments, before there is an application to ask for them.
QStringList argumentList(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

// Where the subcommand stands, if there is one: the first word that is not an
// option, so that `--db FILE declare …` works as well as `declare … --db FILE`.
qsizetype subcommandIndex(const QStringList& arguments)
{
    static const QStringList optionsWithValue { QStringLiteral("--db"), QStringLiteral("--listen"),
        QStringLiteral("--tls-cert"), QStringLiteral("--tls-key"), QStringLiteral("--credentials") };
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (optionsWithValue.contains(argument)) {
            ++i; // skip its value
            continue;
        }
        if (!argument.startsWith(QLatin1Char('-')))
            return argument == kDeclare || argument == kSecret || argument == kSecrets
                    || argument == kExportReview || argument == kReport || argument == kServe
                    || argument == kMigrate || argument == kOffline
                ? i
                : -1;
    }
    return -1;
}
}

ConsoleCommandLine::ConsoleCommandLine(Purpose purpose)
    : m_database(QStringLiteral("db"),
        tr("The SQLite database file (default: %1).")
            .arg(QDir::toNativeSeparators(ConsolePaths::defaultDatabase())),
        tr("path"))
    , m_listen(QStringLiteral("listen"),
          tr("Where the HTTP receiver listens (default: %1), or off. Other than loopback only over "
             "HTTPS and with a receiver token in the keychain.")
              .arg(ListenAddress::defaultText()),
          tr("address:port"))
    , m_tlsCertificate(QStringLiteral("tls-cert"),
          tr("Serve the receiver over HTTPS with this certificate (PEM, chain included); needs --tls-key."),
          tr("path"))
    , m_tlsKey(QStringLiteral("tls-key"),
          tr("The certificate's private key (PEM). An encrypted key opens with the keychain's "
             "receiver/tls-key-passphrase."),
          tr("path"))
    , m_wall(QStringLiteral("wall"),
          tr("The NOC wall display: full screen, read-only, rotating through active incidents, alerts, "
             "health and charts "
             "(views and timing in statistics.json)."))
    , m_credentials(QStringLiteral("credentials"),
          tr("A folder of credential files, one a keychain key with '.' for '/' (receiver.token, "
             "postgres.password), readable by the service alone: for a service with no keychain. Default: "
             "$CREDENTIALS_DIRECTORY, where systemd's LoadCredential= puts them."),
          tr("folder"))
{
    if (purpose == Purpose::Service) {
        m_parser.setApplicationDescription(tr(
            "incident-console serve: the receiver, polling, the outbox and escalation, with no window.\n"
            "Several may share one PostgreSQL database (--db postgresql://…) behind a load balancer. Stops "
            "on SIGTERM."));
        m_parser.addHelpOption();
        m_parser.addOption(m_database);
        m_parser.addOption(m_listen);
        m_parser.addOption(m_tlsCertificate);
        m_parser.addOption(m_tlsKey);
        m_parser.addOption(m_credentials);
        return;
    }
    m_parser.setApplicationDescription(
        tr("Incident Console: a desktop console for incident response.\n\n"
           "Commands that need no window:\n"
           "  declare SEVERITY [TYPE] [ENVIRONMENT] [--title TEXT]   declare an incident, e.g.\n"
           "      declare critical outage production   (the seeds' /incident-response)\n"
           "  declare SERVICE SEVERITY \"TITLE\"   the same, as the seeds' emergency script writes it\n"
           "  (see `incident-console declare --help`)\n"
           "  secret(s) list | set KEY | delete KEY   credentials in the OS keychain\n"
           "  export-pir INCIDENT --format pdf|html|md -o FILE   an incident's post-incident review\n"
           "  report --month YYYY-MM --format pdf|html|md -o FILE   the monthly incident report\n"
           "  migrate --from FILE --to postgresql://…   move a console's database to a team's\n"
           "  offline take INCIDENT --from DATABASE -o FILE | push FILE   write a review with no network\n"
           "  serve [--db URL] [--listen ADDRESS:PORT]   the receiver and paging with no window "
           "(see `incident-console serve --help`)"));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOption(m_database);
    m_parser.addOption(m_listen);
    m_parser.addOption(m_tlsCertificate);
    m_parser.addOption(m_tlsKey);
    m_parser.addOption(m_wall);
}

QString ConsoleCommandLine::databasePath() const
{
    return m_parser.isSet(m_database) ? m_parser.value(m_database) : ConsolePaths::defaultDatabase();
}

QString ConsoleCommandLine::credentialsFolder() const
{
    return m_parser.isSet(m_credentials) ? m_parser.value(m_credentials)
                                         : qEnvironmentVariable("CREDENTIALS_DIRECTORY");
}

QString ConsoleCommandLine::listenText() const
{
    return m_parser.isSet(m_listen) ? m_parser.value(m_listen) : ListenAddress::defaultText();
}

std::optional<ListenAddress> ConsoleCommandLine::listenAddress(QString* error) const
{
    std::optional<ListenAddress> listen = ListenAddress::parse(listenText(), error);
    if (!listen)
        return std::nullopt;
    if (m_parser.isSet(m_tlsCertificate) != m_parser.isSet(m_tlsKey)) {
        *error = tr("--tls-cert and --tls-key go together: HTTPS needs both the certificate and its key.");
        return std::nullopt;
    }
    listen->tlsCertificatePath = m_parser.value(m_tlsCertificate);
    listen->tlsKeyPath = m_parser.value(m_tlsKey);
    return listen;
}

QString ConsoleCommandLine::subcommand(const QStringList& arguments, QStringList* rest)
{
    const qsizetype at = subcommandIndex(arguments);
    if (at <= 0)
        return QString();
    // Options given before the subcommand (--db) apply to it as well.
    *rest = arguments.mid(1, at - 1) + arguments.mid(at + 1);
    return arguments.at(at);
}

bool ConsoleCommandLine::needsCharts(int argc, char** argv)
{
    QStringList rest;
    return subcommand(argumentList(argc, argv), &rest) == kReport;
}

bool ConsoleCommandLine::needsFonts(int argc, char** argv)
{
    QStringList rest;
    return subcommand(argumentList(argc, argv), &rest) == kExportReview;
}

bool ConsoleCommandLine::isHeadless(int argc, char** argv)
{
    const QStringList arguments = argumentList(argc, argv);
    if (subcommandIndex(arguments) > 0)
        return true;
    for (const QString& argument : std::as_const(arguments)) {
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h")
            || argument == QLatin1String("--help-all") || argument == QLatin1String("--version")
            || argument == QLatin1String("-v"))
            return true;
    }
    return false;
}

void ConsoleCommandLine::setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("incident-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IC_VERSION_STRING));
}

int runHeadless(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (const qsizetype at = subcommandIndex(arguments); at > 0) {
        // Options given before the subcommand (--db) apply to it as well.
        const QStringList rest = arguments.mid(1, at - 1) + arguments.mid(at + 1);
        if (arguments.at(at) == kSecret || arguments.at(at) == kSecrets) {
            QTextStream in(stdin);
            return SecretCommand::run(arguments.mid(at + 1), in, out, err);
        }
        if (arguments.at(at) == kExportReview)
            return ExportReviewCommand::run(rest, out, err);
        if (arguments.at(at) == kOffline)
            return OfflineCommand::run(arguments.mid(at + 1), out, err);
        if (arguments.at(at) == kMigrate)
            return MigrateCommand::run(rest, out, err);
        if (arguments.at(at) == kServe)
            return ServeCommand::run(QStringList { arguments.first() } + rest, err);
        if (rest.contains(QLatin1String("--help")) || rest.contains(QLatin1String("-h"))) {
            out << DeclareCommand::usage();
            return 0;
        }
        QString warning;
        const SeverityPolicy policy = SeverityPolicy::load(ConsolePaths::severityPolicyFile(), &warning);
        if (!warning.isEmpty())
            err << warning << '\n';
        return DeclareCommand::run(rest, policy, out, err);
    }
    ConsoleCommandLine commandLine;
    commandLine.parser().process(arguments); // prints --help or --version and exits
    return 0;
}
