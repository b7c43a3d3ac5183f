#pragma once

#include "models/domain/incident.h"

#include <QGroupBox>
#include <QMap>

#include <optional>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;

// Seed 002's impact and outlook of the selected incident, edited in place: the ETA people give in their
// updates, the customer impact quantified (users affected, revenue, the SLA), and how customers rated the
// handling of it (seed 004's satisfaction, 1–5). A change is offered through edited(); what the user has
// begun typing is never replaced by a change from elsewhere.
class IncidentImpactBox final : public QGroupBox {
    Q_OBJECT
public:
    explicit IncidentImpactBox(QWidget* parent = nullptr);

    void setIncident(const Incident& incident);

Q_SIGNALS:
    // `value` as the store reads it; `basedOn` the value shown when the edit began.
    void edited(IncidentField field, const QString& value, const std::optional<QString>& basedOn);

private:
    QLineEdit* addText(IncidentField field, const QString& label, const QString& placeholder);
    void showText(IncidentField field, const QString& value);

    QDateTimeEdit* m_eta;
    QString m_etaShown; // as IncidentFieldNames keeps it: an edit that leaves it so is no change
    QComboBox* m_satisfaction;
    QMap<IncidentField, QLineEdit*> m_texts;
};
