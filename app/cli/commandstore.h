#pragma once

#include "models/domain/severitypolicy.h"
#include "models/store/incidentstore.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QTextStream;

// The store a headless command reads: the --db file or the user's default.
class CommandStore {
    Q_DECLARE_TR_FUNCTIONS(CommandStore)
public:
    // Null, having said why on `err` as "incident-console COMMAND: …", when it cannot be opened.
    // A PostgreSQL store's password comes from the keychain.
    static std::unique_ptr<IncidentStore> open(const QString& path, const QString& command, QTextStream& err,
        const SeverityPolicy& policy = SeverityPolicy::defaults());
    // The same, the reason in *error, for a command that words its own messages.
    static std::unique_ptr<IncidentStore> open(
        const QString& path, QString* error, const SeverityPolicy& policy = SeverityPolicy::defaults());
};
