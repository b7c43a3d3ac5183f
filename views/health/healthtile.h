#pragma once

#include "models/domain/healthreading.h"

#include <QWidget>

// One tile of the system health overview, painted: the title, the value in
// large type, the change against the baseline coloured by whether it is worse,
// and a sparkline of the recent history. The same tile serves the dock and the
// wall, which scales it up and darkens it.
class HealthTile final : public QWidget {
    Q_OBJECT
public:
    explicit HealthTile(QWidget* parent = nullptr);

    void setReading(const HealthReading& reading);
    const HealthReading& reading() const { return m_reading; }
    // Type sizes relative to the widget's font; the wall uses about 2.5.
    void setScale(qreal scale);
    void setDark(bool dark);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QColor trendColour() const;

    HealthReading m_reading;
    qreal m_scale = 1;
    bool m_dark = false;
};
