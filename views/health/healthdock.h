#pragma once

#include "models/domain/healthreading.h"

#include <QDockWidget>
#include <QList>

class HealthTile;
class QGridLayout;
class QLabel;
class QLineEdit;
class QScrollArea;

// The system health overview (seed 004's dashboard): a tile per configured
// Prometheus query with its value, its change against a baseline and a
// sparkline. Where no Prometheus is set, it asks for the address.
class HealthDock final : public QDockWidget {
    Q_OBJECT
public:
    explicit HealthDock(QWidget* parent = nullptr);

    void setReadings(const QList<HealthReading>& readings, const QString& prometheusUrl);
    QList<HealthTile*> tiles() const { return m_tiles; }
    QLineEdit* address() const { return m_address; }
    // The outcome of saving a new address: empty, or why it was not kept.
    void setAddressProblem(const QString& problem);

Q_SIGNALS:
    void prometheusUrlChanged(const QString& url);

private:
    QLineEdit* m_address;
    QLabel* m_state;
    QLabel* m_hint;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_grid;
    QGridLayout* m_gridLayout;
    QList<HealthTile*> m_tiles;
};
