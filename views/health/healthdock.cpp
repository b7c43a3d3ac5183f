#include "views/health/healthdock.h"

#include "models/domain/timeformat.h"
#include "models/itemmodels/plaintooltip.h"
#include "views/health/healthtile.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {
constexpr int kColumns = 3;
}

HealthDock::HealthDock(QWidget* parent)
    : QDockWidget(tr("System health"), parent)
    , m_address(new QLineEdit(this))
    , m_state(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_grid(new QWidget(this))
    , m_gridLayout(new QGridLayout(m_grid))
{
    setObjectName(QStringLiteral("healthDock"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    auto* bar = new QHBoxLayout;
    auto* label = new QLabel(tr("Prometheus:"), content);
    label->setBuddy(m_address);
    m_address->setObjectName(QStringLiteral("healthPrometheus"));
    m_address->setPlaceholderText(tr("http://prometheus.example:9090 — Enter to use it"));
    m_address->setClearButtonEnabled(true);
    bar->addWidget(label);
    bar->addWidget(m_address, 1);
    m_state->setTextFormat(Qt::PlainText);
    bar->addWidget(m_state);
    layout->addLayout(bar);
    m_hint->setObjectName(QStringLiteral("healthHint"));
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hint->hide();
    layout->addWidget(m_hint);
    m_gridLayout->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_grid);
    layout->addWidget(m_scroll, 1);
    layout->addStretch(); // keeps the hint at the top while the tiles are hidden
    setWidget(content);
    connect(m_address, &QLineEdit::returnPressed, this,
        [this] { Q_EMIT prometheusUrlChanged(m_address->text().trimmed()); });
}

void HealthDock::setReadings(const QList<HealthReading>& readings, const QString& prometheusUrl)
{
    if (!m_address->hasFocus())
        m_address->setText(prometheusUrl);
    while (m_tiles.size() > readings.size())
        delete m_tiles.takeLast();
    while (m_tiles.size() < readings.size()) {
        auto* tile = new HealthTile(m_grid);
        tile->setObjectName(QStringLiteral("healthTile%1").arg(m_tiles.size()));
        m_gridLayout->addWidget(
            tile, static_cast<int>(m_tiles.size()) / kColumns, static_cast<int>(m_tiles.size()) % kColumns);
        m_tiles.append(tile);
    }
    QDateTime newest;
    int failing = 0;
    for (qsizetype i = 0; i < readings.size(); ++i) {
        m_tiles.at(i)->setReading(readings.at(i));
        if (!readings.at(i).error.isEmpty())
            ++failing;
        newest = std::max(newest, readings.at(i).readAt);
    }
    // Without an address every tile would say the same: say it once, with what the tiles will read.
    m_hint->setVisible(prometheusUrl.isEmpty());
    m_scroll->setVisible(!prometheusUrl.isEmpty());
    if (prometheusUrl.isEmpty()) {
        QStringList titles;
        for (const HealthReading& reading : readings)
            titles.append(reading.spec.title);
        m_hint->setText(tr("No Prometheus yet. Type its address above and press Enter; then %1 are read from "
                           "it, each with its "
                           "change against a baseline and a sparkline. The queries are in statistics.json.")
                            .arg(QLocale().createSeparatedList(titles)));
    }
    if (prometheusUrl.isEmpty())
        m_state->setText(tr("not set"));
    else if (failing > 0)
        m_state->setText(tr("%n tile(s) failing", nullptr, failing));
    else
        m_state->setText(newest.isValid() ? tr("read %1").arg(TimeFormat::localShort(newest)) : QString());
}

void HealthDock::setAddressProblem(const QString& problem)
{
    m_state->setText(problem);
    m_state->setToolTip(plainToolTip(problem));
}
