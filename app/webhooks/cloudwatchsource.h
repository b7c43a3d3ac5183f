#pragma once

#include "app/webhooks/snsgateway.h"
#include "app/webhooks/webhooksource.h"

// CloudWatch alarms through an AWS SNS subscription: POST /webhooks/alerts/cloudwatch.
// SNS posts its JSON as text/plain and signs each message with AWS's certificate,
// which SnsGateway fetches and checks before anything is taken.
class CloudWatchSource final : public WebhookSource {
    Q_DECLARE_TR_FUNCTIONS(CloudWatchSource)
public:
    CloudWatchSource(SnsGateway::Fetch fetch, SnsPolicy policy);

    QString path() const override { return QStringLiteral("cloudwatch"); }
    QString name() const override { return QStringLiteral("cloudwatch"); }
    QString senderLabel() const override { return tr("AWS SNS"); }
    bool sendsJsonType() const override { return false; }
    void take(const HttpRequest& request, const std::function<void(const Outcome&)>& done) override;

private:
    SnsGateway m_sns;
};
