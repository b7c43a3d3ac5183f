#include "views/communication/templateeditordialog.h"

#include "models/itemmodels/attentioncolours.h"
#include "views/common/plainmessage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QVBoxLayout>

TemplateEditorDialog::TemplateEditorDialog(TemplateCatalog templates, const Incident& incident,
    const QDateTime& nextUpdate, QString configDirectory, const Clock* clock, QWidget* parent)
    : QDialog(parent)
    , m_templates(std::move(templates))
    , m_incident(incident)
    , m_nextUpdate(nextUpdate)
    , m_configDirectory(std::move(configDirectory))
    , m_clock(clock)
{
    setObjectName(QStringLiteral("TemplateEditorDialog"));
    setWindowTitle(tr("Message templates"));
    auto* layout = new QVBoxLayout(this);
    auto* splitter = new QSplitter(this);
    m_list = new QListWidget(splitter);
    m_list->setObjectName(QStringLiteral("TemplateList"));
    for (const MessageTemplate& message : std::as_const(m_templates.templates))
        m_list->addItem(message.name);

    auto* editor = new QWidget(splitter);
    auto* editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(editor);
    m_kind = new QComboBox(editor);
    for (const char* kind : { "initial", "update", "resolution", "statuspage", "compliance" })
        m_kind->addItem(QString::fromLatin1(kind));
    m_audience = new QComboBox(editor);
    m_audience->addItem(tr("Internal"), static_cast<int>(Audience::Internal));
    m_audience->addItem(tr("External (no internal facts)"), static_cast<int>(Audience::External));
    m_subject = new QLineEdit(editor);
    m_subject->setObjectName(QStringLiteral("TemplateSubject"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Audience:"), m_audience);
    form->addRow(tr("S&ubject:"), m_subject);
    editorLayout->addLayout(form);
    m_body = new QPlainTextEdit(editor);
    m_body->setObjectName(QStringLiteral("TemplateBody"));
    editorLayout->addWidget(m_body, 2);
    m_problems = new QLabel(editor);
    m_problems->setObjectName(QStringLiteral("TemplateProblems"));
    m_problems->setWordWrap(true);
    editorLayout->addWidget(m_problems);
    editorLayout->addWidget(
        new QLabel(m_incident.isValid() ? tr("Preview with %1:").arg(m_incident.key)
                                        : tr("Preview (select an incident to fill it with its facts):"),
            editor));
    m_preview = new QPlainTextEdit(editor);
    m_preview->setObjectName(QStringLiteral("TemplatePreview"));
    m_preview->setReadOnly(true);
    editorLayout->addWidget(m_preview, 2);

    auto* reference = new QListWidget(splitter);
    reference->setObjectName(QStringLiteral("PlaceholderList"));
    reference->setToolTip(
        tr("Double-click to insert. [[Text]] marks what the writer must fill in before sending."));
    for (const MessageTemplates::Placeholder& placeholder : MessageTemplates::placeholders()) {
        auto* item
            = new QListWidgetItem(placeholder.internalOnly ? tr("{{%1}} · internal").arg(placeholder.name)
                                                           : QStringLiteral("{{%1}}").arg(placeholder.name),
                reference);
        item->setToolTip(placeholder.description);
        item->setData(Qt::UserRole, placeholder.name);
    }
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("SaveTemplate"));
    m_saveAs = buttons->addButton(tr("Save as &new…"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    const bool canSave = !m_configDirectory.isEmpty();
    m_save->setVisible(canSave);
    m_saveAs->setVisible(canSave);

    connect(m_list, &QListWidget::currentRowChanged, this, &TemplateEditorDialog::showTemplate);
    connect(reference, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem* item) {
        m_body->insertPlainText(QStringLiteral("{{%1}}").arg(item->data(Qt::UserRole).toString()));
        m_body->setFocus();
    });
    for (QLineEdit* edit : { m_name, m_subject })
        connect(edit, &QLineEdit::textChanged, this, &TemplateEditorDialog::updatePreview);
    connect(m_body, &QPlainTextEdit::textChanged, this, &TemplateEditorDialog::updatePreview);
    connect(m_audience, &QComboBox::currentIndexChanged, this, &TemplateEditorDialog::updatePreview);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (m_current >= 0)
            save(m_templates.templates.at(m_current).id);
    });
    connect(m_saveAs, &QPushButton::clicked, this, [this] {
        static const QRegularExpression valid(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
        const QString id
            = QInputDialog::getText(this, tr("New template"), tr("File name (lower case, digits and -):"))
                  .trimmed();
        if (id.isEmpty())
            return;
        if (!valid.match(id).hasMatch()) {
            QMessageBox::warning(this, tr("New template"), tr("“%1” is not a usable file name.").arg(id));
            return;
        }
        save(id);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(1100, 700);
    m_list->setCurrentRow(0);
}

void TemplateEditorDialog::selectTemplate(const QString& id)
{
    for (int i = 0; i < m_templates.templates.size(); ++i) {
        if (m_templates.templates.at(i).id == id)
            m_list->setCurrentRow(i);
    }
}

void TemplateEditorDialog::showTemplate(int row)
{
    if (row < 0 || row >= m_templates.templates.size())
        return;
    m_current = row;
    const MessageTemplate& message = m_templates.templates.at(row);
    m_name->setText(message.name);
    m_kind->setCurrentText(message.kind);
    m_audience->setCurrentIndex(m_audience->findData(static_cast<int>(message.audience)));
    m_subject->setText(message.subject);
    m_body->setPlainText(message.body);
    updatePreview();
}

MessageTemplate TemplateEditorDialog::edited() const
{
    MessageTemplate message = m_current >= 0 ? m_templates.templates.at(m_current) : MessageTemplate();
    message.name = m_name->text().trimmed();
    message.kind = m_kind->currentText();
    message.audience = static_cast<Audience>(m_audience->currentData().toInt());
    message.subject = m_subject->text();
    message.body = m_body->toPlainText();
    return message;
}

void TemplateEditorDialog::updatePreview()
{
    const MessageTemplate message = edited();
    const QList<TemplateProblem> problems = MessageTemplates::check(message);
    QStringList lines;
    for (const TemplateProblem& problem : problems)
        lines.append(problem.line == 0 ? tr("Subject: %1").arg(problem.message)
                                       : tr("Line %1: %2").arg(problem.line).arg(problem.message));
    m_problems->setText(lines.isEmpty() ? tr("No problems.") : lines.join(QLatin1Char('\n')));
    m_problems->setStyleSheet(lines.isEmpty() ? QString()
                                              : QStringLiteral("QLabel { color: %1; font-weight: bold; }")
                                                    .arg(AttentionColours::overdue().name()));
    m_save->setEnabled(lines.isEmpty());
    m_saveAs->setEnabled(lines.isEmpty());
    if (!m_incident.isValid()) {
        m_preview->setPlainText(message.subject + QStringLiteral("\n\n") + message.body);
        return;
    }
    TemplateFacts facts;
    facts.incident = m_incident;
    facts.now = m_clock->nowUtc();
    facts.nextUpdate = m_nextUpdate;
    facts.audienceName = tr("(audience)");
    // Unknown placeholders stay as written in the preview, where the list above names them.
    m_preview->setPlainText(MessageTemplates::render(message.subject, facts) + QStringLiteral("\n\n")
        + MessageTemplates::render(message.body, facts));
}

void TemplateEditorDialog::save(const QString& id)
{
    MessageTemplate message = edited();
    message.id = id;
    QString error;
    if (!TemplateCatalog::save(m_configDirectory, message, &error)) {
        PlainMessage::warning(this, tr("Template not saved"), error);
        return;
    }
    for (int i = 0; i < m_templates.templates.size(); ++i) {
        if (m_templates.templates.at(i).id == id) {
            m_templates.templates[i] = message;
            m_list->item(i)->setText(message.name);
            return;
        }
    }
    m_templates.templates.append(message);
    m_list->addItem(message.name);
    m_list->setCurrentRow(m_list->count() - 1);
}
