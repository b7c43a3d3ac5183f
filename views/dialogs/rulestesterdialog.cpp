#include "views/dialogs/rulestesterdialog.h"

#include "models/store/asyncincidentstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

RulesTesterDialog::RulesTesterDialog(
    AsyncIncidentStore* store, AlertRules rules, const QList<AlertSource>& sources, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_rules(std::move(rules))
    , m_labels(new QPlainTextEdit(this))
    , m_source(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_test(new QPushButton(tr("&Test"), this))
    , m_verdict(new QLabel(this))
{
    setObjectName(QStringLiteral("RulesTesterDialog"));
    setWindowTitle(tr("Test alert rules"));
    m_labels->setObjectName(QStringLiteral("TesterLabels"));
    m_labels->setPlaceholderText(
        tr("The alert's labels, one a line:\nalertname=DiskFull\nservice=database\nseverity=warning"));
    m_labels->setTabChangesFocus(true);
    // Correlation keys include the source: an alert joins incidents of its own source's alerts.
    m_source->setObjectName(QStringLiteral("TesterSource"));
    for (const AlertSource& source : sources)
        m_source->addItem(source.name);
    m_status->addItem(tr("Firing"), false);
    m_status->addItem(tr("Resolved"), true);
    m_verdict->setObjectName(QStringLiteral("TesterVerdict"));
    m_verdict->setTextFormat(Qt::PlainText);
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setMinimumHeight(m_verdict->fontMetrics().lineSpacing() * 8);
    m_verdict->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_test->setDefault(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Labels"), m_labels);
    form->addRow(tr("S&ource"), m_source);
    form->addRow(tr("&Status"), m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_verdict);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &RulesTesterDialog::test);
    resize(560, sizeHint().height());
    m_labels->setFocus(Qt::OtherFocusReason);
}

void RulesTesterDialog::setLabels(const QString& text)
{
    m_labels->setPlainText(text);
}

QString RulesTesterDialog::verdict() const
{
    return m_verdict->text();
}

void RulesTesterDialog::test()
{
    AlertSignal signal;
    signal.source = m_source->currentText();
    for (const QString& line : m_labels->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            m_verdict->setText(tr("“%1” is not name=value.").arg(line.trimmed()));
            return;
        }
        QString value = line.mid(equals + 1).trimmed();
        if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
            value = value.mid(1, value.size() - 2);
        signal.labels.insert(line.left(equals).trimmed(), value);
    }
    signal.name = signal.labels.value(QStringLiteral("alertname"));
    if (signal.name.isEmpty()) {
        m_verdict->setText(tr("An alert needs an alertname label."));
        return;
    }
    signal.resolved = m_status->currentData().toBool();
    // The fingerprint Alertmanager would give these labels, so that a repeat of an open alert shows as one.
    QStringList parts;
    for (auto it = signal.labels.cbegin(); it != signal.labels.cend(); ++it)
        parts.append(it.key() + QLatin1Char('=') + it.value());
    signal.fingerprint = parts.join(QLatin1Char(','));
    m_test->setEnabled(false);
    m_store->run<StoreResult<QList<AlertTrial>>>(
        this,
        [signal, rules = m_rules](
            IncidentStore& store) { return store.intake().trialAlerts({ signal }, rules); },
        [this](const StoreResult<QList<AlertTrial>>& trials) {
            m_test->setEnabled(true);
            if (!trials) {
                m_verdict->setText(trials.error());
                Q_EMIT tested();
                return;
            }
            const AlertTrial& trial = trials->first();
            QStringList lines;
            lines.append(trial.decision.rule.isEmpty() ? tr("No rule matches; the severity table decides.")
                                                       : tr("Rule: %1").arg(trial.decision.rule));
            lines.append(tr("Severity: %1").arg(SeverityNames::label(trial.decision.severity)));
            lines.append(tr("Service: %1")
                             .arg(trial.decision.service.isEmpty() ? tr("(none)") : trial.decision.service));
            if (!trial.decision.runbookUrl.isEmpty())
                lines.append(tr("Runbook: %1").arg(trial.decision.runbookUrl));
            lines.append(tr("Correlation key: %1").arg(trial.decision.correlationKey));
            if (trial.silencedBy > 0)
                lines.append(
                    tr("Suppressed by silence %1: it would open or join no incident.").arg(trial.silencedBy));
            else if (!trial.joinsIncident.isEmpty())
                lines.append(tr("It would join %1.").arg(trial.joinsIncident));
            else
                lines.append(trial.opensIncident ? tr("It would open a new incident.")
                                                 : tr("It would stay in the alert stream."));
            if (trial.openAlertId > 0)
                lines.append(tr("It repeats open alert %1: its count would go up.").arg(trial.openAlertId));
            m_verdict->setText(lines.join(QLatin1Char('\n')));
            Q_EMIT tested();
        });
}
