// Grafana's unified alerting webhook, as POST /webhooks/alerts/grafana takes it:
// Alertmanager's shape with Grafana's extras (values, dashboard and panel links).
#include "fuzzsupport.h"

IC_FUZZ_WITH_QT_CORE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzSupport::parseAlertmanagerShape(data, size, QStringLiteral("grafana"));
    return 0;
}
