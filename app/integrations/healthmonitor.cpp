#include "app/integrations/healthmonitor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

#include <cmath>
#include <limits>

namespace {
std::optional<QJsonObject> successData(const QByteArray& body, QString* error)
{
    QJsonParseError parse {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parse);
    if (!document.isObject()) {
        *error = PrometheusAnswer::tr("Prometheus answered something that is not JSON: %1")
                     .arg(parse.errorString());
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("status")).toString() != QLatin1String("success")) {
        *error = PrometheusAnswer::tr("Prometheus refused the query: %1")
                     .arg(root.value(QLatin1String("error")).toString());
        return std::nullopt;
    }
    return root.value(QLatin1String("data")).toObject();
}

// A sample is [seconds, "value"]; Prometheus writes values as strings ("NaN" and "+Inf" included).
double sampleValue(const QJsonArray& sample)
{
    bool ok = false;
    const double value = sample.at(1).toString().toDouble(&ok);
    return ok ? value : std::numeric_limits<double>::quiet_NaN();
}
}

std::optional<double> PrometheusAnswer::instant(const QByteArray& body, QString* note, QString* error)
{
    const std::optional<QJsonObject> data = successData(body, error);
    if (!data)
        return std::nullopt;
    const QString type = data->value(QLatin1String("resultType")).toString();
    const QJsonValue result = data->value(QLatin1String("result"));
    if (type == QLatin1String("scalar"))
        return sampleValue(result.toArray());
    if (type != QLatin1String("vector")) {
        *error = tr("The query gives a %1; a tile needs one number (a scalar or a vector).").arg(type);
        return std::nullopt;
    }
    const QJsonArray series = result.toArray();
    if (series.isEmpty())
        return std::numeric_limits<double>::quiet_NaN();
    if (series.size() > 1)
        *note = tr(
            "The query gives %n series; the first is shown. Aggregate it (sum, avg, max) for one number.",
            nullptr, static_cast<int>(series.size()));
    return sampleValue(series.first().toObject().value(QLatin1String("value")).toArray());
}

std::optional<QList<QPointF>> PrometheusAnswer::range(const QByteArray& body, QString* error)
{
    const std::optional<QJsonObject> data = successData(body, error);
    if (!data)
        return std::nullopt;
    QList<QPointF> points;
    const QJsonArray series = data->value(QLatin1String("result")).toArray();
    if (series.isEmpty())
        return points;
    for (const QJsonValue& sample : series.first().toObject().value(QLatin1String("values")).toArray()) {
        const double value = sampleValue(sample.toArray());
        if (std::isfinite(value))
            points.append(QPointF(sample.toArray().at(0).toDouble(), value));
    }
    return points;
}

HealthMonitor::HealthMonitor(
    HealthConfig config, QNetworkAccessManager* network, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_network(network)
    , m_clock(clock)
{
    connect(&m_timer, &QTimer::timeout, this, &HealthMonitor::refresh);
}

void HealthMonitor::start()
{
    m_timer.start(m_config.refreshSeconds * 1000);
    refresh();
}

void HealthMonitor::setConfig(const HealthConfig& config)
{
    m_config = config;
    m_readings.clear();
    if (m_timer.isActive())
        m_timer.start(m_config.refreshSeconds * 1000);
    refresh();
}

QString HealthMonitor::replyError(QNetworkReply* reply, const QByteArray& body)
{
    // Prometheus says what is wrong with a query in the body of its 400 or 422.
    QString error;
    if (!body.isEmpty() && successData(body, &error))
        error.clear();
    if (!error.isEmpty())
        return error;
    return tr("Prometheus cannot be read: %1").arg(reply->errorString());
}

void HealthMonitor::get(const QString& path, const QList<QPair<QString, QString>>& query,
    const std::function<void(QNetworkReply*)>& done)
{
    QUrl url(m_config.prometheusUrl);
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + path);
    QUrlQuery items;
    for (const auto& [name, value] : query)
        items.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    url.setQuery(items);
    QNetworkRequest request(url);
    request.setTransferTimeout(kTimeoutMs);
    QNetworkReply* reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [reply, done] {
        reply->deleteLater();
        done(reply);
    });
}

void HealthMonitor::refresh()
{
    ++m_generation;
    m_failedThisRound = 0;
    m_settledThisRound = 0;
    if (m_readings.size() != m_config.tiles.size()) {
        m_readings.clear();
        for (const HealthTileSpec& spec : std::as_const(m_config.tiles))
            m_readings.append(HealthReading { spec, std::nullopt, std::nullopt, {}, {}, {}, {} });
    }
    if (m_config.prometheusUrl.isEmpty()) {
        for (HealthReading& reading : m_readings)
            reading.error
                = tr("No Prometheus address: set it above, or as health.prometheus in statistics.json.");
        Q_EMIT updated();
        return;
    }
    const QDateTime now = m_clock->nowUtc();
    const auto seconds = [](const QDateTime& at) {
        return QString::number(static_cast<double>(at.toMSecsSinceEpoch()) / 1000.0, 'f', 3);
    };
    const qint64 window = qint64(m_config.sparklineMinutes) * 60;
    const QString step = QString::number(std::max<qint64>(1, window / kSparklinePoints));
    for (int tile = 0; tile < m_config.tiles.size(); ++tile) {
        const HealthTileSpec& spec = m_config.tiles.at(tile);
        auto pending = std::make_shared<Pending>(Pending {
            tile, m_generation, HealthReading { spec, std::nullopt, std::nullopt, {}, {}, {}, now } });
        get(QStringLiteral("/api/v1/query"),
            { { QStringLiteral("query"), spec.query }, { QStringLiteral("time"), seconds(now) } },
            [this, pending](QNetworkReply* reply) {
                const QByteArray body = reply->readAll();
                QString error;
                QString note;
                std::optional<double> value = reply->error() == QNetworkReply::NoError
                    ? PrometheusAnswer::instant(body, &note, &error)
                    : std::nullopt;
                if (reply->error() != QNetworkReply::NoError)
                    error = replyError(reply, body);
                pending->reading.value = value;
                pending->reading.note = note;
                if (!error.isEmpty())
                    pending->reading.error = error;
                settle(pending);
            });
        get(QStringLiteral("/api/v1/query"),
            { { QStringLiteral("query"), spec.query },
                { QStringLiteral("time"), seconds(now.addSecs(-spec.baselineSeconds)) } },
            [this, pending](QNetworkReply* reply) {
                QString ignored;
                QString note;
                if (reply->error() == QNetworkReply::NoError) {
                    const std::optional<double> baseline
                        = PrometheusAnswer::instant(reply->readAll(), &note, &ignored);
                    if (baseline && std::isfinite(*baseline))
                        pending->reading.baseline = baseline;
                }
                settle(pending);
            });
        get(QStringLiteral("/api/v1/query_range"),
            { { QStringLiteral("query"), spec.query },
                { QStringLiteral("start"), seconds(now.addSecs(-window)) },
                { QStringLiteral("end"), seconds(now) }, { QStringLiteral("step"), step } },
            [this, pending](QNetworkReply* reply) {
                QString ignored;
                if (reply->error() == QNetworkReply::NoError) {
                    if (const std::optional<QList<QPointF>> points
                        = PrometheusAnswer::range(reply->readAll(), &ignored))
                        pending->reading.history = *points;
                }
                settle(pending);
            });
    }
}

void HealthMonitor::settle(const std::shared_ptr<Pending>& pending)
{
    if (--pending->outstanding > 0 || pending->generation != m_generation
        || pending->tile >= m_readings.size())
        return;
    m_readings[pending->tile] = pending->reading;
    if (!pending->reading.error.isEmpty())
        ++m_failedThisRound;
    if (++m_settledThisRound == m_readings.size() && m_failedThisRound == 0)
        m_lastSuccess = m_clock->nowUtc();
    Q_EMIT updated();
}
