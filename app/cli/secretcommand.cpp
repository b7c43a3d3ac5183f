#include "app/cli/secretcommand.h"

#include "app/composition/credentialcatalogue.h"
#include "app/keychain/databasepassword.h"
#include "app/keychain/secretstore.h"

namespace {
constexpr int kKeychainFailed = 1;
constexpr int kUsage = 2;
}

QStringList SecretCommand::knownKeys()
{
    return CredentialCatalogue::keys();
}

QString SecretCommand::usage()
{
    return tr("Usage: incident-console secret list\n"
              "       incident-console secret set KEY      (reads the value from standard input)\n"
              "       incident-console secret delete KEY\n\n"
              "Credentials live in the OS keychain only. Keys:\n  %1\n")
        .arg(knownKeys().join(QLatin1String("\n  ")));
}

int SecretCommand::run(const QStringList& arguments, QTextStream& in, QTextStream& out, QTextStream& err)
{
    const QString verb = arguments.value(0);
    const QString key = arguments.value(1);
    const bool needsKey = verb == QLatin1String("set") || verb == QLatin1String("delete");
    if ((verb != QLatin1String("list") && !needsKey) || (needsKey && arguments.size() != 2)
        || (!needsKey && arguments.size() != 1)) {
        err << usage();
        return kUsage;
    }
    if (needsKey && !knownKeys().contains(key) && !DatabasePassword::isKey(key)) {
        err << tr("“%1” is not a credential the console uses.").arg(key) << '\n' << usage();
        return kUsage;
    }

    if (verb == QLatin1String("list")) {
        out << tr("# in the OS keychain, service \"%1\"; values are never shown")
                   .arg(QLatin1String(SecretStore::kService))
            << '\n';
        for (const QString& known : knownKeys()) {
            SecretStore::Outcome outcome;
            const std::optional<QByteArray> value = SecretStore::readNow(known, &outcome);
            if (!outcome.ok) {
                err << outcome.error << '\n';
                return kKeychainFailed;
            }
            out << known << '\t' << (value ? tr("set") : tr("not set")) << '\n';
        }
        return 0;
    }
    if (verb == QLatin1String("delete")) {
        const SecretStore::Outcome outcome = SecretStore::removeNow(key);
        if (!outcome.ok) {
            err << outcome.error << '\n';
            return kKeychainFailed;
        }
        out << tr("Deleted %1 from the keychain.").arg(key) << '\n';
        return 0;
    }
    const QString value = in.readLine();
    if (value.isEmpty()) {
        err << tr("No value on standard input; nothing was stored.") << '\n';
        return kUsage;
    }
    const SecretStore::Outcome outcome = SecretStore::writeNow(key, value.toUtf8());
    if (!outcome.ok) {
        err << outcome.error << '\n';
        return kKeychainFailed;
    }
    out << tr("Stored %1 in the keychain. A running console uses it from its next start.").arg(key) << '\n';
    return 0;
}
