#include "views/statistics/monthlyreportwriter.h"

#include "models/rules/documentfile.h"
#include "views/statistics/metricscharts.h"

#include <QBuffer>
#include <QChart>
#include <QGraphicsScene>
#include <QPainter>
#include <QTextDocument>
#include <QUrl>

namespace {
constexpr int kPrintScale = 3;
const QSize kChartSize(640, 300);
}

QImage MonthlyReportWriter::render(QChart* chart, QSize size)
{
    QGraphicsScene scene;
    scene.addItem(chart); // the scene owns it now
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->resize(size);
    QImage image(size * kPrintScale, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), image.size()), QRectF(QPointF(0, 0), size));
    painter.end();
    return image;
}

QList<QPair<QString, QImage>> MonthlyReportWriter::charts(const MonthlyReport& report, QSize size)
{
    const MetricsFilter all;
    return {
        { QStringLiteral("severity"), render(MetricsCharts::incidentsBySeverity(report.trend(), all), size) },
        { QStringLiteral("detect"),
            render(MetricsCharts::detectAndAcknowledge(report.trend(), report.goals(), all), size) },
        { QStringLiteral("resolve"),
            render(MetricsCharts::resolution(report.trend(), report.goals(), all), size) },
        { QStringLiteral("targets"), render(MetricsCharts::compliance(report.month(), all), size) },
    };
}

bool MonthlyReportWriter::write(
    const MonthlyReport& report, const QString& path, const QString& format, QString* error)
{
    const QString chosen = DocumentFile::formatOf(path, format, error);
    if (chosen.isEmpty())
        return false;
    if (chosen == QLatin1String("md"))
        return DocumentFile::writeText(path, report.markdown(), error);
    const QList<QPair<QString, QImage>> images = charts(report, kChartSize);
    QStringList names;
    for (const auto& [name, image] : images)
        names.append(name);
    QString html = report.html(names);
    if (chosen == QLatin1String("html")) {
        // One file that opens anywhere: the charts go in as data URLs.
        for (const auto& [name, image] : images) {
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
            html.replace(MonthlyReport::chartSource(name),
                QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64()));
        }
        return DocumentFile::writeText(path, html, error);
    }
    QTextDocument document;
    for (const auto& [name, image] : images)
        document.addResource(QTextDocument::ImageResource, QUrl(MonthlyReport::chartSource(name)), image);
    document.setHtml(html);
    return DocumentFile::writePdf(path, document, report.title(), report.title(), error);
}
