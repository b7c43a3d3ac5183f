#pragma once

#include "models/domain/incident.h"

#include <QDialog>
#include <QList>

class QLabel;
class QTableWidget;

// The incidents behind a figure of the statistics: what a click on a bar or a
// point stands for. Activating one (double-click or Enter) selects it in the window.
class DrillDownDialog final : public QDialog {
    Q_OBJECT
public:
    DrillDownDialog(
        const QString& title, const QList<Incident>& incidents, int limit, QWidget* parent = nullptr);

Q_SIGNALS:
    void incidentRequested(qint64 incidentId);

private:
    QTableWidget* m_table;
};
