#include "app/api/receiverapi.h"

#include "app/api/alertrulesapi.h"
#include "app/api/alertsapi.h"
#include "app/api/incidentapi.h"
#include "app/api/responseapi.h"
#include "app/api/reviewapi.h"
#include "app/api/silencesapi.h"
#include "app/api/statisticsapi.h"
#include "app/webhooks/webhookapi.h"
#include "models/domain/clock.h"

#include <QDir>
#include <QFile>

ReceiverApi::ReceiverApi(IncidentStore* store, const Receiver::Settings& settings, SharedRules rules,
    const WebhookSources* sources, const ReceiverCounters* counters, std::function<void()> committed)
    : m_incidents(std::make_unique<IncidentApi>(store, settings.policy, committed))
    , m_response(std::make_unique<ResponseApi>(store, settings.escalation, settings.playbooks, committed))
    , m_alerts(std::make_unique<AlertsApi>(store, settings.policy, committed))
    , m_silences(std::make_unique<SilencesApi>(store, committed))
    , m_reviews(std::make_unique<ReviewApi>(store, SystemClock::instance(), committed))
    , m_statistics(std::make_unique<StatisticsApi>(store, SystemClock::instance(), counters, settings.goals))
    , m_rules(std::make_unique<AlertRulesApi>(store, settings.policy, rules,
          settings.configDirectory.isEmpty()
              ? QString()
              : QDir(settings.configDirectory).filePath(QStringLiteral("alert-rules.json")),
          sources))
    , m_webhooks(std::make_unique<WebhookApi>(store, rules, sources, committed))
{
    m_response->setCommunicationFile(settings.communicationFile);
    m_response->setConfigDirectory(settings.configDirectory);
    m_incidents->addRoutes(m_routes);
    m_response->addRoutes(m_routes);
    m_alerts->addRoutes(m_routes);
    m_silences->addRoutes(m_routes);
    m_reviews->addRoutes(m_routes);
    m_statistics->addRoutes(m_routes);
    m_rules->addRoutes(m_routes);
    m_webhooks->addRoutes(m_routes);
    m_routes.add(
        "GET", QStringLiteral("/openapi.json"), [](const HttpRequest&, const RouteTable::Parameters&) {
            HttpResponse response;
            response.body = openApiDocument();
            return response;
        });
}

ReceiverApi::~ReceiverApi() = default;

QByteArray ReceiverApi::openApiDocument()
{
    QFile file(QStringLiteral(":/api/openapi.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
