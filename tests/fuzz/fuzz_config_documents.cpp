// The JSON documents a user edits beside the console (the first byte chooses
// which): escalation.json, communication.json, statistics.json (with its
// durations), integrations.json, polling.json, severity-policy.json, a
// playbook and the review template.
#include "app/integrations/outboundconfig.h"
#include "app/integrations/pollingconfig.h"
#include "fuzzsupport.h"
#include "models/rules/communicationplan.h"
#include "models/rules/escalationpolicy.h"
#include "models/rules/playbook.h"
#include "models/rules/reviewtemplate.h"
#include "models/rules/statisticsconfig.h"

IC_FUZZ_WITH_QT_CORE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray json = FuzzSupport::bytes(data + 1, size - 1);
    QString error;
    switch (data[0] % 8) {
    case 0:
        (void)EscalationConfig::parse(json, &error);
        break;
    case 1:
        (void)CommunicationPlan::parse(json, &error);
        break;
    case 2:
        (void)StatisticsConfig::parse(json, &error);
        (void)StatisticsConfig::parseDuration(QString::fromUtf8(json));
        break;
    case 3:
        (void)OutboundConfig::parse(json, &error);
        break;
    case 4:
        (void)PollingConfig::parse(json, &error);
        break;
    case 5:
        (void)SeverityPolicy::fromJson(json, &error);
        break;
    case 6:
        (void)Playbook::parse(json, &error);
        break;
    default:
        (void)ReviewTemplate::parse(json, &error);
        break;
    }
    return 0;
}
