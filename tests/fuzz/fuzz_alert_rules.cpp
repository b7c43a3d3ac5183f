// alert-rules.json, as the console loads it from the user's folder and as
// PUT /alert-rules takes it, then applied to alerts and written back.
#include "fuzzsupport.h"

namespace {
QList<AlertSignal> sampleAlerts()
{
    AlertSignal database;
    database.name = QStringLiteral("PostgresDown");
    database.labels = { { QStringLiteral("alertname"), QStringLiteral("PostgresDown") },
        { QStringLiteral("service"), QStringLiteral("database") },
        { QStringLiteral("severity"), QStringLiteral("critical") },
        { QStringLiteral("instance"), QString(300, QLatin1Char('a')) + QStringLiteral("!") } };
    AlertSignal bare;
    bare.name = QStringLiteral("Unnamed");
    return { database, bare };
}
}

IC_FUZZ_WITH_QT_CORE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const SeverityPolicy policy = SeverityPolicy::defaults();
    static const QList<AlertSignal> alerts = sampleAlerts();
    QString error;
    const std::optional<AlertRules> rules
        = AlertRules::fromJson(FuzzSupport::bytes(data, size), policy, &error);
    if (!rules)
        return 0;
    for (const AlertSignal& alert : alerts)
        (void)rules->decide(alert);
    (void)rules->toJson();
    return 0;
}
