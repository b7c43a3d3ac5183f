#include "views/common/severitytoggles.h"

#include <QHBoxLayout>
#include <QToolButton>

SeverityToggles::SeverityToggles(const QString& objectNamePrefix, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (Severity severity : kAllSeverities) {
        auto* button = new QToolButton(this);
        button->setText(SeverityNames::code(severity));
        button->setCheckable(true);
        button->setToolTip(tr("Only %1 (none checked: every severity)").arg(SeverityNames::label(severity)));
        button->setObjectName(objectNamePrefix + QString::number(static_cast<int>(severity)));
        connect(button, &QToolButton::toggled, this, &SeverityToggles::changed);
        m_buttons.append(button);
        layout->addWidget(button);
    }
}

QList<Severity> SeverityToggles::checked() const
{
    QList<Severity> severities;
    for (qsizetype i = 0; i < m_buttons.size(); ++i) {
        if (m_buttons.at(i)->isChecked())
            severities.append(kAllSeverities[static_cast<std::size_t>(i)]);
    }
    return severities;
}
