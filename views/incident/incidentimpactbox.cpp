#include "views/incident/incidentimpactbox.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpressionValidator>

namespace {
// The earliest time the ETA editor can show stands for "no ETA given".
const QDateTime kNoEta(QDate(2000, 1, 1), QTime(0, 0));
}

IncidentImpactBox::IncidentImpactBox(QWidget* parent)
    : QGroupBox(tr("Impact and outlook"), parent)
    , m_eta(new QDateTimeEdit(this))
    , m_satisfaction(new QComboBox(this))
{
    setObjectName(QStringLiteral("IncidentImpact"));
    auto* form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    m_eta->setObjectName(QStringLiteral("IncidentEta"));
    m_eta->setMinimumDateTime(kNoEta);
    m_eta->setSpecialValueText(tr("not given"));
    m_eta->setCalendarPopup(true);
    m_eta->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_eta->setToolTip(
        tr("When the team expects it resolved: the ETA of every update (seed 002). The earliest "
           "time clears it."));
    form->addRow(tr("ETA"), m_eta);
    connect(m_eta, &QDateTimeEdit::editingFinished, this, [this] {
        const QString value
            = m_eta->dateTime() == kNoEta ? QString() : m_eta->dateTime().toUTC().toString(Qt::ISODate);
        if (value != m_etaShown) {
            Q_EMIT edited(IncidentField::Eta, value, m_etaShown);
            m_etaShown = value;
        }
    });

    QLineEdit* users = addText(IncidentField::UsersAffected, tr("Users affected"), tr("not known"));
    users->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9, _]{0,20}")), users));
    addText(IncidentField::RevenueImpact, tr("Revenue impact"), tr("e.g. ~$25K lost, orders failing"));
    addText(IncidentField::SlaImpact, tr("SLA impact"), tr("e.g. checkout 99.95 % monthly SLA breached"));

    m_satisfaction->setObjectName(QStringLiteral("IncidentSatisfaction"));
    m_satisfaction->addItem(tr("Not rated"), 0);
    m_satisfaction->addItem(tr("1 — very dissatisfied"), 1);
    m_satisfaction->addItem(tr("2 — dissatisfied"), 2);
    m_satisfaction->addItem(tr("3 — neutral"), 3);
    m_satisfaction->addItem(tr("4 — satisfied"), 4);
    m_satisfaction->addItem(tr("5 — very satisfied"), 5);
    m_satisfaction->setToolTip(tr("How customers rated the handling of it: the monthly report's customer "
                                  "satisfaction (seed 004)."));
    form->addRow(tr("Customer satisfaction"), m_satisfaction);
    connect(m_satisfaction, &QComboBox::activated, this, [this] {
        const int rating = m_satisfaction->currentData().toInt();
        Q_EMIT edited(IncidentField::CustomerSatisfaction, rating > 0 ? QString::number(rating) : QString(),
            std::nullopt);
    });
}

QLineEdit* IncidentImpactBox::addText(IncidentField field, const QString& label, const QString& placeholder)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(QStringLiteral("IncidentImpact-%1").arg(IncidentFieldNames::key(field)));
    edit->setPlaceholderText(placeholder);
    qobject_cast<QFormLayout*>(layout())->addRow(label, edit);
    // Only what the user changed, once they are done with the field (Return or leaving it).
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, field] {
        if (edit->isModified()) {
            Q_EMIT edited(field, edit->text(), edit->property("basedOn").toString());
            edit->setProperty("basedOn", IncidentFieldNames::comparable(field, edit->text()));
        }
        edit->setModified(false);
    });
    m_texts.insert(field, edit);
    return edit;
}

void IncidentImpactBox::showText(IncidentField field, const QString& value)
{
    QLineEdit* edit = m_texts.value(field);
    if (edit->hasFocus() && edit->isModified())
        return;
    if (edit->text() != value)
        edit->setText(value);
    edit->setModified(false);
    edit->setProperty("basedOn", value);
}

void IncidentImpactBox::setIncident(const Incident& incident)
{
    if (!m_eta->hasFocus()) {
        const QSignalBlocker blocker(m_eta);
        m_eta->setDateTime(incident.eta.isValid() ? incident.eta.toLocalTime() : kNoEta);
        m_etaShown = IncidentFieldNames::valueOf(incident, IncidentField::Eta);
    }
    for (IncidentField field :
        { IncidentField::UsersAffected, IncidentField::RevenueImpact, IncidentField::SlaImpact })
        showText(field, IncidentFieldNames::valueOf(incident, field));
    const QSignalBlocker blocker(m_satisfaction);
    m_satisfaction->setCurrentIndex(m_satisfaction->findData(incident.customerSatisfaction));
}
