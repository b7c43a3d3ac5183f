// Alertmanager's webhook (version 4), as POST /webhooks/alerts/prometheus takes it.
#include "fuzzsupport.h"

IC_FUZZ_WITH_QT_CORE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzSupport::parseAlertmanagerShape(data, size, QStringLiteral("prometheus"));
    return 0;
}
