#include "views/health/healthtile.h"

#include "models/itemmodels/attentioncolours.h"
#include "models/itemmodels/plaintooltip.h"
#include "views/common/walltheme.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace {
// The widget's font scaled, whether it was given in points (the dock) or in pixels (the wall).
QFont scaled(QFont font, qreal factor)
{
    if (font.pixelSize() > 0)
        font.setPixelSize(std::max(1, qRound(font.pixelSize() * factor)));
    else
        font.setPointSizeF(font.pointSizeF() * factor);
    return font;
}
}

HealthTile::HealthTile(QWidget* parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void HealthTile::setReading(const HealthReading& reading)
{
    m_reading = reading;
    setToolTip(plainToolTip(reading.error.isEmpty() ? (reading.spec.query
                                + (reading.note.isEmpty() ? QString() : QStringLiteral("\n") + reading.note))
                                                    : reading.error));
    setAccessibleName(QStringLiteral("%1: %2, %3")
                          .arg(reading.spec.title, HealthText::value(reading), HealthText::change(reading)));
    update();
}

void HealthTile::setScale(qreal scale)
{
    m_scale = scale;
    updateGeometry();
    update();
}

void HealthTile::setDark(bool dark)
{
    m_dark = dark;
    update();
}

QSize HealthTile::sizeHint() const
{
    const int line = fontMetrics().height();
    return QSize(qRound(line * 14 * m_scale), qRound(line * 7 * m_scale));
}

QSize HealthTile::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return QSize(qRound(line * 10 * m_scale), qRound(line * 6 * m_scale));
}

QColor HealthTile::trendColour() const
{
    switch (m_reading.trend()) {
    case HealthReading::Trend::Worse:
        return m_dark ? QColor(0xff, 0x6b, 0x6b) : AttentionColours::overdue();
    case HealthReading::Trend::Better:
        return m_dark ? QColor(0x69, 0xdb, 0x7c) : AttentionColours::met();
    case HealthReading::Trend::Same:
    case HealthReading::Trend::Unknown:
        break;
    }
    return palette().color(QPalette::PlaceholderText);
}

void HealthTile::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor background = m_dark ? WallTheme::panel() : palette().color(QPalette::Base);
    const QColor text = m_dark ? WallTheme::text() : palette().color(QPalette::Text);
    painter.fillRect(rect(), m_dark ? WallTheme::background() : palette().color(QPalette::Window));
    const QRectF card = QRectF(rect()).adjusted(3, 3, -3, -3);
    painter.setPen(QPen(m_dark ? WallTheme::rule() : palette().color(QPalette::Mid), 1));
    painter.setBrush(background);
    painter.drawRoundedRect(card, 6, 6);

    const qreal pad = fontMetrics().height() * 0.6 * m_scale;
    QRectF area = card.adjusted(pad, pad * 0.6, -pad, -pad * 0.6);
    QFont titleFont = scaled(font(), m_scale);
    titleFont.setBold(true);
    painter.setFont(titleFont);
    painter.setPen(text);
    const qreal titleHeight = QFontMetricsF(titleFont).height();
    painter.drawText(QRectF(area.left(), area.top(), area.width(), titleHeight),
        Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(titleFont).elidedText(m_reading.spec.title, Qt::ElideRight, area.width()));
    area.setTop(area.top() + titleHeight);

    QFont valueFont = scaled(font(), 2.2 * m_scale);
    valueFont.setBold(true);
    const QFont smallFont = scaled(font(), 0.9 * m_scale);
    const qreal valueHeight = QFontMetricsF(valueFont).height();
    const qreal smallHeight = QFontMetricsF(smallFont).height();

    if (!m_reading.error.isEmpty()) {
        painter.setFont(smallFont);
        painter.setPen(m_dark ? QColor(0xff, 0xb0, 0x4d) : QColor(0xb2, 0x5c, 0x00));
        painter.drawText(area, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_reading.error);
        return;
    }
    painter.setFont(valueFont);
    painter.setPen(text);
    painter.drawText(QRectF(area.left(), area.top(), area.width(), valueHeight),
        Qt::AlignLeft | Qt::AlignVCenter, HealthText::value(m_reading));
    painter.setFont(smallFont);
    painter.setPen(trendColour());
    painter.drawText(QRectF(area.left(), area.top() + valueHeight, area.width(), smallHeight),
        Qt::AlignLeft | Qt::AlignVCenter, HealthText::change(m_reading));

    // The sparkline fills what is left, scaled to its own range.
    const QRectF spark(area.left(), area.top() + valueHeight + smallHeight + pad * 0.3, area.width(),
        area.bottom() - (area.top() + valueHeight + smallHeight + pad * 0.3));
    const QList<QPointF>& history = m_reading.history;
    if (history.size() < 2 || spark.height() < 8)
        return;
    const auto [low, high] = std::minmax_element(
        history.cbegin(), history.cend(), [](const QPointF& a, const QPointF& b) { return a.y() < b.y(); });
    const double minY = low->y();
    const double spanY = std::max(1e-9, high->y() - minY);
    const double minX = history.first().x();
    const double spanX = std::max(1e-9, history.last().x() - minX);
    QPainterPath path;
    for (qsizetype i = 0; i < history.size(); ++i) {
        const QPointF at(spark.left() + (history.at(i).x() - minX) / spanX * spark.width(),
            spark.bottom() - (history.at(i).y() - minY) / spanY * spark.height());
        if (i == 0)
            path.moveTo(at);
        else
            path.lineTo(at);
    }
    painter.setPen(QPen(m_dark ? QColor(0x4d, 0xab, 0xf7) : QColor(0x15, 0x65, 0xc0),
        1.5 * std::max<qreal>(1, m_scale * 0.8)));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
}
