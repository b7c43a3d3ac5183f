#pragma once

#include <QCoreApplication>
#include <QList>
#include <QUrl>

#include <optional>

// Where to poll for alerts when a webhook cannot reach this workstation, from
// <config dir>/polling.json (no file: no polling):
//   {"alertmanager": [{"name": "prod", "url": "http://alertmanager:9093", "intervalSeconds": 30}],
//    "pagerduty": {"url": "https://api.pagerduty.com", "intervalSeconds": 60}}
// PagerDuty's REST API key comes from the keychain (pagerduty/api-key).
struct PollTarget {
    enum class Kind { Alertmanager, PagerDuty };
    Kind kind = Kind::Alertmanager;
    QString name; // "alertmanager prod", shown in the receiver dock
    QUrl url; // the service's base URL
    int intervalSeconds = 30;
};

class PollingConfig {
    Q_DECLARE_TR_FUNCTIONS(PollingConfig)
public:
    static constexpr int kMinimumIntervalSeconds = 5;
    static constexpr const char* kPagerDutyKey = "pagerduty/api-key";

    // nullopt, with "line N: …" or the wrong field in *error, when the file is not valid.
    static std::optional<QList<PollTarget>> parse(const QByteArray& json, QString* error);
    // The user's file; none or a broken one (reported in *warning) polls nothing.
    static QList<PollTarget> load(const QString& file, QString* warning);
};
