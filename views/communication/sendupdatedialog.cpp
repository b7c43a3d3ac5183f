#include "views/communication/sendupdatedialog.h"

#include "models/itemmodels/attentioncolours.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

SendUpdateDialog::SendUpdateDialog(const Incident& incident, const AudienceDue& due,
    const CommunicationLog& log, const TemplateCatalog& templates, const CommunicationPlan& plan,
    const Clock* clock, QWidget* parent)
    : QDialog(parent)
    , m_incident(incident)
    , m_due(due)
    , m_log(log)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("SendUpdateDialog"));
    setWindowTitle(tr("%1 to %2").arg(DueText::kind(due.nextKind), due.name));
    // After this update the next one is due a cadence from now; after the resolution notice, none.
    if (due.nextKind != UpdateKind::Resolution && due.nextKind != UpdateKind::Compliance)
        m_nextUpdate = plan.nextUpdateAfter(incident.severity, clock->nowUtc());

    auto* layout = new QVBoxLayout(this);
    if (due.executive && incident.severity == Severity::Sev1) {
        auto* callout = new QLabel(
            tr("SEV1: the executive team must hear of this now. Call them, then record it here."), this);
        callout->setObjectName(QStringLiteral("ExecutiveCallout"));
        callout->setWordWrap(true);
        callout->setStyleSheet(
            QStringLiteral("QLabel { background: %1; color: white; font-weight: bold; padding: 6px; }")
                .arg(AttentionColours::overdue().name()));
        layout->addWidget(callout);
    }
    auto* form = new QFormLayout;
    QStringList recipients;
    for (const StakeholderContact& contact : due.contacts)
        recipients.append(
            contact.address.isEmpty() ? contact.name : tr("%1 (%2)").arg(contact.name, contact.address));
    auto* to = new QLabel(tr("%1 · %2 · %3")
                              .arg(due.name, kCommunicationChannels.label(due.channel),
                                  recipients.isEmpty() ? tr("no contacts in the matrix")
                                                       : recipients.join(QLatin1String(", "))),
        this);
    to->setWordWrap(true);
    to->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("To:"), to);
    if (due.compliance) {
        auto* required = new QVBoxLayout;
        for (const QString& item : due.compliance->requiredInfo) {
            auto* box = new QCheckBox(item, this);
            box->setObjectName(QStringLiteral("RequiredInfo"));
            connect(box, &QCheckBox::toggled, this, &SendUpdateDialog::checkReady);
            required->addWidget(box);
            m_requiredInfo.append(box);
        }
        form->addRow(
            tr("%1 requires (tick each once it is in the text):").arg(due.compliance->name), required);
    }
    // External audiences get external wording only: internal templates are not offered to them.
    const QString kind = DueText::kindKey(due.nextKind); // the template kinds are the update kinds' keys
    const MessageTemplate* preferred = templates.forKind(kind, incident.severity);
    for (const MessageTemplate& candidate : templates.templates) {
        if (candidate.kind == QLatin1String("statuspage")
            || (due.audience == Audience::External && candidate.audience != Audience::External))
            continue;
        if (preferred && candidate.id == preferred->id)
            m_choices.prepend(candidate);
        else
            m_choices.append(candidate);
    }
    m_template = new QComboBox(this);
    m_template->setObjectName(QStringLiteral("UpdateTemplate"));
    for (const MessageTemplate& choice : std::as_const(m_choices))
        m_template->addItem(choice.name);
    form->addRow(tr("&Template:"), m_template);
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("UpdateSubject"));
    form->addRow(tr("S&ubject:"), m_subject);
    layout->addLayout(form);
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("UpdateBody"));
    m_body->setMinimumSize(560, 300);
    layout->addWidget(m_body, 1);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("UpdateProblems"));
    m_problems->setTextFormat(Qt::PlainText); // prompts quote the incident's own words
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(
        QStringLiteral("QLabel { color: %1; }").arg(AttentionColours::overdue().name()));
    layout->addWidget(m_problems);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    const auto addSend = [this, buttons](const QString& label, CommunicationChannel channel) {
        QPushButton* button = buttons->addButton(label, QDialogButtonBox::AcceptRole);
        button->setObjectName(QStringLiteral("Send_%1").arg(kCommunicationChannels.key(channel)));
        connect(button, &QPushButton::clicked, this, [this, channel] { send(channel); });
        m_sendButtons.append(button);
    };
    switch (due.channel) {
    case CommunicationChannel::SlackEmail:
        addSend(tr("Post to &Slack"), CommunicationChannel::Slack);
        addSend(tr("&Email…"), CommunicationChannel::Email);
        break;
    case CommunicationChannel::Slack:
        addSend(tr("Post to &Slack"), CommunicationChannel::Slack);
        break;
    case CommunicationChannel::Email:
        addSend(tr("&Email…"), CommunicationChannel::Email);
        break;
    case CommunicationChannel::PhoneSms:
        addSend(tr("&Copy call script"), CommunicationChannel::PhoneSms);
        break;
    case CommunicationChannel::PagerDuty:
    case CommunicationChannel::SecureChannel:
    case CommunicationChannel::StatusPage:
        addSend(tr("&Copy and record as sent"), due.channel);
        break;
    }
    m_sendButtons.first()->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_template, &QComboBox::currentIndexChanged, this, &SendUpdateDialog::applyTemplate);
    connect(m_body, &QPlainTextEdit::textChanged, this, &SendUpdateDialog::checkReady);
    connect(m_subject, &QLineEdit::textChanged, this, &SendUpdateDialog::checkReady);
    applyTemplate();
}

void SendUpdateDialog::applyTemplate()
{
    const int index = m_template->currentIndex();
    if (index < 0 || index >= m_choices.size()) {
        m_problems->setText(tr("No template fits this audience: write the update yourself."));
        checkReady();
        return;
    }
    const MessageTemplate& chosen = m_choices.at(index);
    if (const QList<TemplateProblem> problems = MessageTemplates::check(chosen); !problems.isEmpty()) {
        QStringList lines;
        for (const TemplateProblem& problem : problems)
            lines.append(tr("Template line %1: %2").arg(problem.line).arg(problem.message));
        m_subject->clear();
        m_body->clear();
        m_problems->setText(lines.join(QLatin1Char('\n')));
        return;
    }
    TemplateFacts facts;
    facts.incident = m_incident;
    facts.now = m_clock->nowUtc();
    facts.nextUpdate = m_nextUpdate;
    facts.latestNote = m_due.audience == Audience::Internal ? m_log.latestNote : QString();
    facts.audienceName = m_due.compliance ? m_due.compliance->authority : m_due.name;
    m_subject->setText(MessageTemplates::render(chosen.subject, facts));
    m_body->setPlainText(MessageTemplates::render(chosen.body, facts));
    checkReady();
}

QString SendUpdateDialog::text() const
{
    return m_subject->text().trimmed().isEmpty()
        ? m_body->toPlainText().trimmed()
        : m_subject->text().trimmed() + QStringLiteral("\n\n") + m_body->toPlainText().trimmed();
}

void SendUpdateDialog::checkReady()
{
    const QStringList prompts
        = MessageTemplates::prompts(m_subject->text() + QLatin1Char('\n') + m_body->toPlainText());
    QString problem;
    if (m_body->toPlainText().trimmed().isEmpty())
        problem = tr("The update is empty.");
    else if (!prompts.isEmpty())
        problem = tr("Fill in before sending: %1").arg(prompts.join(QLatin1String(" · ")));
    else if (m_body->toPlainText().contains(QLatin1String("{{")))
        problem = tr("The text still has a {{placeholder}} that could not be filled.");
    else if (std::any_of(m_requiredInfo.cbegin(), m_requiredInfo.cend(),
                 [](const QCheckBox* box) { return !box->isChecked(); }))
        problem = tr("Tick each piece of required information once the text gives it.");
    m_problems->setText(problem);
    for (QPushButton* button : std::as_const(m_sendButtons))
        button->setEnabled(problem.isEmpty());
}

bool SendUpdateDialog::openMail()
{
    QStringList addresses;
    for (const StakeholderContact& contact : m_due.contacts) {
        if (contact.address.contains(QLatin1Char('@')))
            addresses.append(contact.address);
    }
    QUrl mail(QStringLiteral("mailto:") + addresses.join(QLatin1Char(',')));
    // Encoded by hand: QUrlQuery would leave "+" and "&" as they are, which mail clients read otherwise.
    mail.setQuery(QStringLiteral("subject=%1&body=%2")
                      .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_subject->text())),
                          QString::fromLatin1(QUrl::toPercentEncoding(m_body->toPlainText()))),
        QUrl::StrictMode);
    if (QDesktopServices::openUrl(mail))
        return true;
    QMessageBox::warning(this, tr("No mail client"),
        tr("The mail client could not be opened. The text is on the clipboard; nothing was recorded."));
    QGuiApplication::clipboard()->setText(text());
    return false;
}

void SendUpdateDialog::send(CommunicationChannel channel)
{
    if (channel == CommunicationChannel::Email) {
        if (!openMail())
            return;
    } else if (channel != CommunicationChannel::Slack) {
        QGuiApplication::clipboard()->setText(text());
    }
    m_record.audienceId = m_due.audienceId;
    m_record.audienceName = m_due.name;
    m_record.channel = channel;
    m_record.text = text();
    accept();
}
