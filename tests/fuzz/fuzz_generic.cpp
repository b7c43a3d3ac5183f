// The console's own JSON alert format, as POST /webhooks/alerts/generic takes it.
#include "app/webhooks/genericpayload.h"
#include "fuzzsupport.h"

IC_FUZZ_WITH_QT_CORE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QString error;
    if (const auto alerts
        = GenericPayload::parse(FuzzSupport::bytes(data, size), QStringLiteral("generic"), &error))
        FuzzSupport::decide(*alerts);
    return 0;
}
