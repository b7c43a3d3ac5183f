#pragma once

#include <QString>

// wrk driving tests/load/alerts.lua: 10 alerts never sent before in every
// request, on `connections` keep-alive connections from one thread.
namespace WrkLoad {
struct Result {
    qint64 requests = 0;
    double seconds = 0;
    qint64 errors = 0;
    qint64 non2xx = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    qint64 alerts() const { return requests * 10; }
    double alertsPerSecond() const { return seconds > 0 ? static_cast<double>(alerts()) / seconds : 0; }
};

struct Plan {
    QString url;
    QString format; // "console" (an Alertmanager webhook) or "alertmanager" (its POST /api/v2/alerts)
    int seconds = 10; // how long at most
    qint64 alertLimit = 0; // stop once this many alerts were answered (one thread); 0: run for `seconds`
    int threads = 2;
    int connections = 4;
    QString tag = QStringLiteral("t"); // runs with different tags send different alerts
};

// Runs wrk; false (and the reason in *error) if it could not run or said nothing.
bool run(const Plan& plan, Result* result, QString* error);
}
