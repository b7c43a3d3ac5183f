#pragma once

#include "models/domain/clock.h"
#include "models/domain/healthreading.h"
#include "models/rules/statisticsconfig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

// Reading Prometheus's HTTP API answers (/api/v1/query and /api/v1/query_range).
class PrometheusAnswer {
    Q_DECLARE_TR_FUNCTIONS(PrometheusAnswer)
public:
    // An instant query's value (a scalar, or the first series of a vector; *note says when there were more).
    // NaN when the vector is empty: the query is fine but has no data now.
    static std::optional<double> instant(const QByteArray& body, QString* note, QString* error);
    // A range query's first series as (seconds since the epoch, value) points.
    static std::optional<QList<QPointF>> range(const QByteArray& body, QString* error);
};

// Keeps the system health tiles current: every refresh, for each configured
// query, its value now, its value a baseline ago and its recent history, read
// from Prometheus. A tile that fails says why; the others carry on. Nothing
// here blocks: every request is asynchronous, with a timeout.
class HealthMonitor final : public QObject {
    Q_OBJECT
public:
    static constexpr int kTimeoutMs = 10000;
    static constexpr int kSparklinePoints = 60;

    HealthMonitor(
        HealthConfig config, QNetworkAccessManager* network, const Clock* clock, QObject* parent = nullptr);

    void start(); // reads now, then every refreshSeconds
    void refresh();
    void setConfig(const HealthConfig& config);
    const HealthConfig& config() const { return m_config; }
    const QList<HealthReading>& readings() const { return m_readings; }
    // When every tile last read without error; invalid before the first.
    QDateTime lastSuccess() const { return m_lastSuccess; }

Q_SIGNALS:
    void updated();

private:
    struct Pending {
        int tile;
        int generation;
        HealthReading reading;
        int outstanding = 3;
    };
    void get(const QString& path, const QList<QPair<QString, QString>>& query,
        const std::function<void(QNetworkReply*)>& done);
    void settle(const std::shared_ptr<Pending>& pending);
    static QString replyError(QNetworkReply* reply, const QByteArray& body);

    HealthConfig m_config;
    QNetworkAccessManager* m_network;
    const Clock* m_clock;
    QList<HealthReading> m_readings;
    QDateTime m_lastSuccess;
    QTimer m_timer;
    int m_generation = 0; // answers to an older configuration or refresh are dropped
    int m_failedThisRound = 0;
    int m_settledThisRound = 0;
};
