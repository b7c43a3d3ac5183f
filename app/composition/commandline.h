#pragma once

#include "app/composition/listenaddress.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

// The options of `incident-console` itself, shared by the window and by the
// headless path that answers --help and --version without a display.
class ConsoleCommandLine {
    Q_DECLARE_TR_FUNCTIONS(ConsoleCommandLine)
public:
    // The window's options, or `serve`'s: no --wall, and --credentials.
    enum class Purpose { Window, Service };
    explicit ConsoleCommandLine(Purpose purpose = Purpose::Window);

    QCommandLineParser& parser() { return m_parser; }
    QString databasePath() const;
    QString listenText() const;
    bool wall() const { return m_parser.isSet(m_wall); }
    // serve --credentials, else $CREDENTIALS_DIRECTORY (systemd's LoadCredential=); empty: the keychain.
    QString credentialsFolder() const;
    // Where and how the receiver listens, or why the options make no sense.
    std::optional<ListenAddress> listenAddress(QString* error) const;

    // True when the arguments ask for something that needs no window:
    // --help, --version or a subcommand such as `declare`.
    static bool isHeadless(int argc, char** argv);
    // A headless command that lays out text (a PDF): it needs a GUI application, on the offscreen platform.
    static bool needsFonts(int argc, char** argv);
    // A headless command that draws charts: it needs a widgets application, on the offscreen platform.
    static bool needsCharts(int argc, char** argv);
    // The subcommand's name (empty if none) and, in *rest, the other arguments.
    static QString subcommand(const QStringList& arguments, QStringList* rest);
    // Names used for the settings and data directories.
    static void setApplicationIdentity();

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_database;
    QCommandLineOption m_listen;
    QCommandLineOption m_tlsCertificate;
    QCommandLineOption m_tlsKey;
    QCommandLineOption m_wall;
    QCommandLineOption m_credentials;
};

// Runs the headless path; returns the process exit code.
int runHeadless(const QStringList& arguments);
