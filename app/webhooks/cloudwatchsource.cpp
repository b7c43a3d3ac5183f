#include "app/webhooks/cloudwatchsource.h"

CloudWatchSource::CloudWatchSource(SnsGateway::Fetch fetch, SnsPolicy policy)
    : m_sns(name(), std::move(fetch), std::move(policy))
{
}

void CloudWatchSource::take(const HttpRequest& request, const std::function<void(const Outcome&)>& done)
{
    // The content type says nothing here: AWS's signature, checked by the gateway, vouches for the body.
    m_sns.take(request, [done](const SnsGateway::Outcome& outcome) {
        if (const HttpResponse* answer = std::get_if<HttpResponse>(&outcome))
            done(*answer);
        else
            done(std::get<AlertDelivery>(outcome));
    });
}
