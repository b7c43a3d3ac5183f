// A PagerDuty Webhooks v3 event, as POST /webhooks/alerts/pagerduty takes it
// once its signature holds.
#include "app/webhooks/pagerdutypayload.h"
#include "fuzzsupport.h"

IC_FUZZ_WITH_QT_CORE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QString error;
    const auto event
        = PagerDutyPayload::parse(FuzzSupport::bytes(data, size), QStringLiteral("pagerduty"), &error);
    if (event && event->signal)
        FuzzSupport::decide({ *event->signal });
    return 0;
}
