#include "views/dialogs/severitytabledialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
enum Unit { Minutes, Hours, BusinessDays };

std::size_t indexOf(Severity severity)
{
    return static_cast<std::size_t>(static_cast<int>(severity) - 1);
}
}

SeverityTableDialog::SeverityTableDialog(SeverityPolicy policy, QString file, QWidget* parent)
    : QDialog(parent)
    , m_policy(std::move(policy))
    , m_file(std::move(file))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("SeverityTableDialog"));
    setWindowTitle(tr("Severity table"));
    auto* intro = new QLabel(tr("How soon an incident of each severity must be acknowledged, and the words "
                                "alerts and people use for it (comma-separated). The table applies from the "
                                "console's next start."),
        this);
    intro->setWordWrap(true);
    auto* grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Severity"), this), 0, 0);
    grid->addWidget(new QLabel(tr("Acknowledge within"), this), 0, 1, 1, 2);
    grid->addWidget(new QLabel(tr("Words that mean it"), this), 0, 3);
    for (Severity severity : kAllSeverities) {
        const int line = static_cast<int>(severity);
        const QString code = SeverityNames::code(severity);
        Row& row = m_rows[indexOf(severity)];
        row.amount = new QSpinBox(this);
        row.amount->setObjectName(QStringLiteral("SeverityTarget-%1").arg(code));
        row.amount->setRange(1, 10000);
        row.unit = new QComboBox(this);
        row.unit->setObjectName(QStringLiteral("SeverityTargetUnit-%1").arg(code));
        row.unit->addItem(tr("minutes"), Minutes);
        row.unit->addItem(tr("hours"), Hours);
        row.unit->addItem(tr("business days"), BusinessDays);
        row.words = new QLineEdit(this);
        row.words->setObjectName(QStringLiteral("SeverityWords-%1").arg(code));
        row.words->setMinimumWidth(320);
        auto* name = new QLabel(
            tr("%1 (%2)").arg(SeverityNames::label(severity), SeverityNames::priority(severity)), this);
        name->setToolTip(SeverityNames::impact(severity));
        grid->addWidget(name, line, 0);
        grid->addWidget(row.amount, line, 1);
        grid->addWidget(row.unit, line, 2);
        grid->addWidget(row.words, line, 3);
    }
    grid->setColumnStretch(3, 1);
    m_problem->setObjectName(QStringLiteral("SeverityTableProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton* seed = buttons->addButton(tr("&Procedures document's times"), QDialogButtonBox::ResetRole);
    seed->setObjectName(QStringLiteral("SeverityUseProcedures"));
    seed->setToolTip(tr("P0 15 minutes, P1 30 minutes, P2 2 hours, P3 the next business day"));
    connect(seed, &QPushButton::clicked, this, &SeverityTableDialog::useProceduresDocument);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    showPolicy(m_policy);
}

void SeverityTableDialog::showPolicy(const SeverityPolicy& policy)
{
    for (Severity severity : kAllSeverities) {
        const Row& row = m_rows[indexOf(severity)];
        const ResponseTarget target = policy.responseTarget(severity);
        if (target.businessDays > 0) {
            row.amount->setValue(target.businessDays);
            row.unit->setCurrentIndex(row.unit->findData(BusinessDays));
        } else if (target.minutes % 60 == 0) {
            row.amount->setValue(static_cast<int>(target.minutes / 60));
            row.unit->setCurrentIndex(row.unit->findData(Hours));
        } else {
            row.amount->setValue(static_cast<int>(target.minutes));
            row.unit->setCurrentIndex(row.unit->findData(Minutes));
        }
        row.words->setText(policy.aliasesOf(severity).join(QLatin1String(", ")));
    }
}

void SeverityTableDialog::useProceduresDocument()
{
    // Seed 002's response times for P0–P3.
    const std::optional<SeverityPolicy> current = edited(nullptr);
    SeverityPolicy seed = current ? *current : m_policy;
    seed.setResponseTarget(Severity::Sev1, { 15, 0 });
    seed.setResponseTarget(Severity::Sev2, { 30, 0 });
    seed.setResponseTarget(Severity::Sev3, { 120, 0 });
    seed.setResponseTarget(Severity::Sev4, { 0, 1 });
    showPolicy(seed);
}

std::optional<SeverityPolicy> SeverityTableDialog::edited(QString* problem) const
{
    SeverityPolicy policy = m_policy;
    QHash<QString, Severity> seen;
    for (Severity severity : kAllSeverities) {
        const Row& row = m_rows[indexOf(severity)];
        const int amount = row.amount->value();
        const int unit = row.unit->currentData().toInt();
        policy.setResponseTarget(severity,
            unit == BusinessDays ? ResponseTarget { 0, amount }
                                 : ResponseTarget { unit == Hours ? amount * 60LL : amount, 0 });
        for (const QString& old : policy.aliasesOf(severity))
            policy.removeAlias(old);
        for (const QString& word : row.words->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString key = word.trimmed().toLower();
            if (key.isEmpty())
                continue;
            if (seen.contains(key) && seen.value(key) != severity) {
                if (problem)
                    *problem = tr("“%1” is given for both %2 and %3: a word may mean one severity only.")
                                   .arg(word.trimmed(), SeverityNames::code(seen.value(key)),
                                       SeverityNames::code(severity));
                return std::nullopt;
            }
            if (const std::optional<Severity> code = SeverityNames::fromCode(key);
                code && *code != severity) {
                if (problem)
                    *problem = tr("“%1” always means %2.").arg(word.trimmed(), SeverityNames::code(*code));
                return std::nullopt;
            }
            seen.insert(key, severity);
            policy.setAlias(key, severity);
        }
    }
    return policy;
}

bool SeverityTableDialog::save()
{
    QString problem;
    const std::optional<SeverityPolicy> policy = edited(&problem);
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QSaveFile file(m_file);
    const QByteArray json = policy ? policy->toJson() : QByteArray();
    if (policy && (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()))
        problem = tr("%1 could not be written: %2").arg(m_file, file.errorString());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        m_policy = *policy;
    return problem.isEmpty();
}
