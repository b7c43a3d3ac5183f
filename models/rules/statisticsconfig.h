#pragma once

#include "models/domain/healthreading.h"
#include "models/domain/responsemetrics.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The goals the response is measured against (seed 001: MTTD and MTTA under 5
// minutes, MTTR under 30) and how long each severity may take to resolve.
struct ResponseGoals {
    qint64 mttdSeconds = 0;
    qint64 mttaSeconds = 0;
    qint64 mttrSeconds = 0;
    ResolutionTargets resolutionSeconds {};
};

struct HealthConfig {
    QString prometheusUrl; // empty: not configured
    int refreshSeconds = 30;
    int sparklineMinutes = 60;
    QList<HealthTileSpec> tiles;
};

// What `incident-console --wall` shows, and when it calls its data stale.
struct WallConfig {
    QStringList views; // incidents, alerts, health, charts
    int rotateSeconds = 20;
    int staleMinutes = 10;

    static const QStringList& knownViews();
};

// statistics.json: the goals, the health tiles and the wall display.
class StatisticsConfig {
    Q_DECLARE_TR_FUNCTIONS(StatisticsConfig)
public:
    ResponseGoals goals;
    HealthConfig health;
    WallConfig wall;

    static std::optional<StatisticsConfig> parse(const QByteArray& json, QString* error);
    static StatisticsConfig builtIn();
    static StatisticsConfig load(const QString& file, QString* warning);
    // "30m", "6h", "1d", "1w" in seconds; nullopt for anything else.
    static std::optional<qint64> parseDuration(const QString& text);
    // Writes the Prometheus address into the user's file (created from the built-in one if missing), keeping
    // the rest.
    static bool savePrometheusUrl(const QString& file, const QString& url, QString* error);
};
