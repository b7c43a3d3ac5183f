// A message template file (<config dir>/templates/<id>.txt): parsed, checked
// for an internal and an external audience, and, where the check finds
// nothing wrong, filled in from an incident.
#include "fuzzsupport.h"
#include "models/rules/messagetemplate.h"

namespace {
TemplateFacts sampleFacts()
{
    TemplateFacts facts;
    facts.incident.key = QStringLiteral("INC-2026-0001");
    facts.incident.title = QStringLiteral("Database primary down {{title}} [[prompt]]");
    facts.incident.severity = Severity::Sev1;
    facts.incident.service = QStringLiteral("database");
    facts.incident.detectedAt = QDateTime(QDate(2026, 11, 23), QTime(14, 2), Qt::UTC);
    facts.now = facts.incident.detectedAt.addSecs(3 * 3600 + 17);
    facts.nextUpdate = facts.now.addSecs(1800);
    facts.latestNote = QStringLiteral("Failover started");
    facts.publicState = QStringLiteral("Identified");
    facts.components = QStringLiteral("API, Checkout");
    facts.audienceName = QStringLiteral("Executives");
    return facts;
}
}

IC_FUZZ_WITH_QT_CORE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const TemplateFacts facts = sampleFacts();
    const QString text = QString::fromUtf8(FuzzSupport::bytes(data, size));
    QString error;
    if (const std::optional<MessageTemplate> parsed
        = MessageTemplate::parse(QStringLiteral("fuzzed"), text, &error)) {
        (void)parsed->toText();
        if (MessageTemplates::check(*parsed).isEmpty()) {
            (void)MessageTemplates::render(parsed->subject, facts);
            (void)MessageTemplates::render(parsed->body, facts);
        }
    }
    for (const Audience audience : { Audience::Internal, Audience::External }) {
        if (MessageTemplates::check(text, audience).isEmpty())
            (void)MessageTemplates::render(text, facts);
    }
    (void)MessageTemplates::prompts(text);
    return 0;
}
