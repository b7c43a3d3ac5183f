// An AWS SNS envelope, as POST /webhooks/alerts/cloudwatch takes it: parsed,
// the text its signature covers built, its certificate address judged, and the
// CloudWatch alarm it carries read.
#include "app/webhooks/snsmessage.h"
#include "fuzzsupport.h"

IC_FUZZ_WITH_QT_CORE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QString error;
    const std::optional<SnsMessage> message = SnsMessage::parse(FuzzSupport::bytes(data, size), &error);
    if (!message)
        return 0;
    (void)message->stringToSign();
    (void)message->signatureHash();
    (void)SnsMessage::isTrustedAwsUrl(message->signingCertUrl);
    (void)SnsMessage::isTrustedAwsUrl(message->subscribeUrl);
    if (const auto alarm = message->cloudWatchAlarm(QStringLiteral("cloudwatch"), &error))
        FuzzSupport::decide({ *alarm });
    return 0;
}
