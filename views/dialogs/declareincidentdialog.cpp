#include "views/dialogs/declareincidentdialog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

DeclareIncidentDialog::DeclareIncidentDialog(QWidget* parent)
    : QDialog(parent)
    , m_severity(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_environment(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_service(new QLineEdit(this))
    , m_commander(new QLineEdit(this))
    , m_detected(new QDateTimeEdit(QDateTime::currentDateTime(), this))
    , m_detectedBy(new QComboBox(this))
    , m_description(new QPlainTextEdit(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("DeclareIncidentDialog"));
    setWindowTitle(tr("Declare incident"));
    m_severity->setObjectName(QStringLiteral("DeclareSeverity"));
    for (Severity severity : kAllSeverities)
        m_severity->addItem(SeverityNames::label(severity), static_cast<int>(severity));
    m_severity->setCurrentIndex(m_severity->findData(static_cast<int>(Severity::Sev2)));
    m_type->setObjectName(QStringLiteral("DeclareType"));
    for (IncidentType type : kIncidentTypes.all())
        m_type->addItem(kIncidentTypes.label(type), static_cast<int>(type));
    m_detectedBy->setObjectName(QStringLiteral("DeclareDetectedBy"));
    for (DetectionSource source : kDetectionSources.all())
        m_detectedBy->addItem(kDetectionSources.label(source), static_cast<int>(source));
    m_environment->setObjectName(QStringLiteral("DeclareEnvironment"));
    for (Environment environment : kEnvironments.all())
        m_environment->addItem(kEnvironments.label(environment), static_cast<int>(environment));
    m_title->setObjectName(QStringLiteral("DeclareTitle"));
    m_title->setPlaceholderText(tr("What is wrong, as users would say it"));
    m_service->setObjectName(QStringLiteral("DeclareService"));
    m_service->setPlaceholderText(tr("e.g. database, payments-api"));
    m_commander->setObjectName(QStringLiteral("DeclareCommander"));
    m_commander->setPlaceholderText(tr("who leads the response (optional)"));
    m_detected->setObjectName(QStringLiteral("DeclareDetected"));
    m_detected->setCalendarPopup(true);
    m_detected->setMaximumDateTime(m_detected->dateTime()); // not later than now: it has been noticed
    m_detected->setToolTip(tr("When the problem was first noticed, in local time. Time to detect counts "
                              "from here to the declaration; leave it if that is now."));
    m_description->setObjectName(QStringLiteral("DeclareDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("Impact, symptoms, what is known so far"));
    m_hint->setObjectName(QStringLiteral("DeclareHint"));
    m_hint->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Declare"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Severity"), m_severity);
    form->addRow(tr("T&ype"), m_type);
    form->addRow(tr("&Environment"), m_environment);
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("Ser&vice"), m_service);
    form->addRow(tr("&Commander"), m_commander);
    form->addRow(tr("Detec&ted"), m_detected);
    form->addRow(tr("Detected &by"), m_detectedBy);
    form->addRow(tr("&Description"), m_description);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &DeclareIncidentDialog::updateHint);
    connect(m_service, &QLineEdit::textChanged, this, &DeclareIncidentDialog::updateHint);
    for (QComboBox* choice : { m_severity, m_type, m_environment })
        connect(choice, &QComboBox::currentIndexChanged, this, &DeclareIncidentDialog::updateHint);
    m_title->setFocus();
    updateHint();
    resize(520, sizeHint().height());
}

void DeclareIncidentDialog::updateHint()
{
    // Declaring is never held up for a title: without one, draft() makes one up of what is known.
    const IncidentDraft current = draft();
    const QString impact = SeverityNames::impact(current.severity);
    m_hint->setText(m_title->text().simplified().isEmpty()
            ? tr("No title yet: it will be called “%1” until someone retitles it.").arg(current.title)
                + QLatin1Char('\n') + impact
            : impact);
}

IncidentDraft DeclareIncidentDialog::draft() const
{
    IncidentDraft draft;
    draft.severity = SeverityNames::fromNumber(m_severity->currentData().toInt()).value_or(Severity::Sev2);
    draft.type = static_cast<IncidentType>(m_type->currentData().toInt());
    draft.environment = static_cast<Environment>(m_environment->currentData().toInt());
    draft.service = m_service->text().simplified();
    draft.commander = m_commander->text();
    draft.description = m_description->toPlainText();
    draft.title = m_title->text().simplified();
    if (draft.title.isEmpty())
        draft.title = IncidentTitles::generated(draft);
    draft.detectedAt = m_detected->dateTime().toUTC();
    draft.detectionSource = static_cast<DetectionSource>(m_detectedBy->currentData().toInt());
    return draft;
}

void DeclareIncidentDialog::setDraft(const IncidentDraft& draft)
{
    m_severity->setCurrentIndex(m_severity->findData(static_cast<int>(draft.severity)));
    m_type->setCurrentIndex(m_type->findData(static_cast<int>(draft.type)));
    m_environment->setCurrentIndex(m_environment->findData(static_cast<int>(draft.environment)));
    m_title->setText(draft.title);
    m_service->setText(draft.service);
    m_commander->setText(draft.commander);
    m_description->setPlainText(draft.description);
    if (draft.detectedAt.isValid())
        m_detected->setDateTime(draft.detectedAt.toLocalTime());
    m_detectedBy->setCurrentIndex(m_detectedBy->findData(static_cast<int>(draft.detectionSource)));
}
