#pragma once

#include "models/domain/communication.h"
#include "models/domain/incident.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

// A message template: the seeds' initial, update and resolution notices and the
// status-page update, with {{placeholders}} filled from the incident and
// [[prompts]] the writer must replace before it can be sent (facts the console
// cannot know, such as the root cause). One text file each:
//
//   name: SEV1 initial notification
//   kind: initial            initial | update | resolution | statuspage | compliance
//   audience: internal       internal | external (external text may not use internal placeholders)
//   severity: SEV1           optional: preferred for this severity
//   subject: INCIDENT ALERT - {{severity}}: {{title}}
//   ---
//   the body
struct MessageTemplate {
    QString id; // the file's name without .txt
    QString name;
    QString kind;
    Audience audience = Audience::Internal;
    std::optional<Severity> severity;
    QString subject;
    QString body;

    static std::optional<MessageTemplate> parse(const QString& id, const QString& text, QString* error);
    QString toText() const;
    bool operator==(const MessageTemplate&) const = default;
};

struct TemplateProblem {
    int line = 0; // 1-based, counting the subject as line 0
    QString message;
};

// The facts a template is filled from.
struct TemplateFacts {
    Incident incident;
    QDateTime now; // UTC
    QDateTime nextUpdate; // UTC; invalid: none planned
    QString latestNote; // internal only
    QString publicState; // the status page's state, as the public reads it
    QString components; // the affected components, as the public reads them
    QString audienceName;
};

class MessageTemplates {
    Q_DECLARE_TR_FUNCTIONS(MessageTemplates)
public:
    struct Placeholder {
        QString name;
        QString description;
        bool internalOnly = false;
    };
    static const QList<Placeholder>& placeholders();

    // Unknown placeholders, broken braces, empty names and, in text for an
    // external audience, internal placeholders. Empty: the text can be rendered.
    static QList<TemplateProblem> check(const QString& text, Audience audience);
    static QList<TemplateProblem> check(const MessageTemplate& message);
    // Fills every known placeholder. Only for text check() found no problem in.
    static QString render(const QString& text, const TemplateFacts& facts);
    // The [[prompts]] still in a text: it is not ready to send while there are any.
    static QStringList prompts(const QString& text);
    static QHash<QString, QString> values(const TemplateFacts& facts);
    // "15,000 users affected; revenue: ~$25K; SLA: …", or "being assessed" while none is recorded.
    static QString customerImpact(const Incident& incident);
    // "45 minutes", "2 hours 5 minutes", "3 days 4 hours".
    static QString durationInWords(qint64 seconds);
    // How messages write a time: in UTC, since their readers are anywhere ("2026-11-24 14:23 UTC").
    static QString time(const QDateTime& utc);
};

// The shipped templates (resources/templates) and the user's (<config dir>/templates),
// which replace shipped ones of the same id.
class TemplateCatalog {
    Q_DECLARE_TR_FUNCTIONS(TemplateCatalog)
public:
    QList<MessageTemplate> templates;

    const MessageTemplate* find(const QString& id) const;
    // The template for a kind of message: one made for the severity if there is one, else the general one.
    const MessageTemplate* forKind(const QString& kind, Severity severity) const;
    QList<MessageTemplate> ofKind(const QString& kind) const;

    static TemplateCatalog load(const QString& userDirectory, QStringList* warnings);
    static TemplateCatalog builtIn();
    // Writes <userDirectory>/templates/<id>.txt; refuses a template with problems.
    static bool save(const QString& userDirectory, const MessageTemplate& message, QString* error);
};
