#include "views/communication/matrixdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QTableWidgetItem* checkItem(bool on)
{
    auto* item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    return item;
}

bool isChecked(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item && item->checkState() == Qt::Checked;
}

// A readable id for a new group, unlike the others: "Partner Managers" → partner-managers.
QString idFor(const QString& name, const QStringList& taken)
{
    static const QRegularExpression other(QStringLiteral("[^a-z0-9]+"));
    QString base = name.toLower().replace(other, QStringLiteral("-"));
    while (base.startsWith(QLatin1Char('-')))
        base.remove(0, 1);
    while (base.endsWith(QLatin1Char('-')))
        base.chop(1);
    if (base.isEmpty() || base == QLatin1String("statuspage") || base.startsWith(QLatin1String("compliance")))
        base = QStringLiteral("group");
    QString id = base;
    for (int n = 2; taken.contains(id); ++n)
        id = QStringLiteral("%1-%2").arg(base).arg(n);
    return id;
}
}

MatrixDialog::MatrixDialog(CommunicationPlan plan, QWidget* parent)
    : QDialog(parent)
    , m_plan(std::move(plan))
{
    setObjectName(QStringLiteral("MatrixDialog"));
    setWindowTitle(tr("Communication matrix"));
    auto* layout = new QVBoxLayout(this);
    auto* explanation = new QLabel(
        tr("Who hears of an incident of each severity, and how. Contacts: “Name <address>”, "
           "separated by “;”; an address is an email address, a phone number or a Slack handle."),
        this);
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::PlainText); // "<address>" is an example, not a tag
    layout->addWidget(explanation);
    m_groups = new QTableWidget(0, ColumnCount, this);
    m_groups->setObjectName(QStringLiteral("MatrixGroups"));
    m_groups->setHorizontalHeaderLabels(
        { tr("Stakeholder group"), SeverityNames::code(Severity::Sev1), SeverityNames::code(Severity::Sev2),
            SeverityNames::code(Severity::Sev3), SeverityNames::code(Severity::Sev4), tr("Channel"),
            tr("External"), tr("Executive"), tr("Contacts") });
    m_groups->verticalHeader()->hide();
    m_groups->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_groups->horizontalHeader()->setSectionResizeMode(ContactsColumn, QHeaderView::Stretch);
    m_groups->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (const StakeholderGroup& group : std::as_const(m_plan.groups))
        addRow(group);
    layout->addWidget(m_groups, 1);
    auto* rowButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add group"), this);
    auto* remove = new QPushButton(tr("&Remove group"), this);
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch(1);
    layout->addLayout(rowButtons);
    connect(add, &QPushButton::clicked, this, [this] {
        StakeholderGroup group;
        group.notified = { true, true, false, false };
        addRow(group);
        m_groups->setCurrentCell(m_groups->rowCount() - 1, NameColumn);
        m_groups->editItem(m_groups->item(m_groups->rowCount() - 1, NameColumn));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_groups->currentRow() >= 0)
            m_groups->removeRow(m_groups->currentRow());
    });

    auto* cadence = new QGroupBox(tr("Update cadence"), this);
    auto* grid = new QGridLayout(cadence);
    grid->addWidget(new QLabel(tr("First notice within (minutes of declaring)"), cadence), 1, 0);
    grid->addWidget(new QLabel(tr("Then an update every (minutes)"), cadence), 2, 0);
    for (Severity severity : kAllSeverities) {
        const int column = static_cast<int>(severity);
        const std::size_t i = static_cast<std::size_t>(column) - 1;
        grid->addWidget(new QLabel(SeverityNames::code(severity), cadence), 0, column, Qt::AlignCenter);
        m_first[i] = new QSpinBox(cadence);
        m_every[i] = new QSpinBox(cadence);
        for (QSpinBox* box : { m_first[i], m_every[i] })
            box->setRange(1, 60 * 24 * 30);
        m_first[i]->setObjectName(QStringLiteral("First%1").arg(SeverityNames::code(severity)));
        m_every[i]->setObjectName(QStringLiteral("Every%1").arg(SeverityNames::code(severity)));
        m_first[i]->setValue(m_plan.cadenceFor(severity).firstMinutes);
        m_every[i]->setValue(m_plan.cadenceFor(severity).everyMinutes);
        grid->addWidget(m_first[i], 1, column);
        grid->addWidget(m_every[i], 2, column);
    }
    grid->addWidget(new QLabel(tr("Due soon in the last (% of the interval)"), cadence), 3, 0);
    m_dueSoon = new QSpinBox(cadence);
    m_dueSoon->setRange(0, 100);
    m_dueSoon->setValue(m_plan.dueSoonPercent);
    grid->addWidget(m_dueSoon, 3, 1);
    layout->addWidget(cadence);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(1000, 560);
}

void MatrixDialog::addRow(const StakeholderGroup& group)
{
    const int row = m_groups->rowCount();
    m_groups->insertRow(row);
    auto* name = new QTableWidgetItem(group.name);
    name->setData(Qt::UserRole, group.id);
    m_groups->setItem(row, NameColumn, name);
    for (Severity severity : kAllSeverities)
        m_groups->setItem(
            row, Sev1Column + static_cast<int>(severity) - 1, checkItem(group.notifies(severity)));
    auto* channel = new QComboBox(m_groups);
    for (CommunicationChannel value : kCommunicationChannels.all())
        channel->addItem(kCommunicationChannels.label(value), static_cast<int>(value));
    channel->setCurrentIndex(channel->findData(static_cast<int>(group.channel)));
    m_groups->setCellWidget(row, ChannelColumn, channel);
    m_groups->setItem(row, ExternalColumn, checkItem(group.audience == Audience::External));
    m_groups->setItem(row, ExecutiveColumn, checkItem(group.executive));
    m_groups->setItem(row, ContactsColumn, new QTableWidgetItem(contactsText(group.contacts)));
}

CommunicationPlan MatrixDialog::plan() const
{
    CommunicationPlan plan = m_plan;
    plan.groups.clear();
    QStringList ids;
    for (int row = 0; row < m_groups->rowCount(); ++row) {
        const QTableWidgetItem* name = m_groups->item(row, NameColumn);
        if (!name || name->text().trimmed().isEmpty())
            continue;
        StakeholderGroup group;
        group.name = name->text().trimmed();
        group.id = name->data(Qt::UserRole).toString();
        if (group.id.isEmpty() || ids.contains(group.id))
            group.id = idFor(group.name, ids);
        ids.append(group.id);
        for (Severity severity : kAllSeverities)
            group.setNotifies(
                severity, isChecked(m_groups, row, Sev1Column + static_cast<int>(severity) - 1));
        const auto* channel = qobject_cast<const QComboBox*>(m_groups->cellWidget(row, ChannelColumn));
        group.channel = static_cast<CommunicationChannel>(channel->currentData().toInt());
        group.audience = isChecked(m_groups, row, ExternalColumn) ? Audience::External : Audience::Internal;
        group.executive = isChecked(m_groups, row, ExecutiveColumn);
        const QTableWidgetItem* contacts = m_groups->item(row, ContactsColumn);
        group.contacts = parseContacts(contacts ? contacts->text() : QString());
        plan.groups.append(group);
    }
    for (Severity severity : kAllSeverities) {
        const std::size_t i = static_cast<std::size_t>(severity) - 1;
        plan.cadenceFor(severity) = { m_first[i]->value(), m_every[i]->value() };
    }
    plan.dueSoonPercent = m_dueSoon->value();
    return plan;
}

QString MatrixDialog::contactsText(const QList<StakeholderContact>& contacts)
{
    QStringList parts;
    for (const StakeholderContact& contact : contacts) {
        if (contact.name.isEmpty() || contact.name == contact.address)
            parts.append(contact.address);
        else if (contact.address.isEmpty())
            parts.append(contact.name);
        else
            parts.append(QStringLiteral("%1 <%2>").arg(contact.name, contact.address));
    }
    return parts.join(QLatin1String("; "));
}

QList<StakeholderContact> MatrixDialog::parseContacts(const QString& text)
{
    static const QRegularExpression named(QStringLiteral("^(.*?)\\s*<([^<>]*)>$"));
    QList<StakeholderContact> contacts;
    for (const QString& part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (trimmed.isEmpty())
            continue;
        const QRegularExpressionMatch match = named.match(trimmed);
        if (match.hasMatch())
            contacts.append({ match.captured(1).trimmed(), match.captured(2).trimmed() });
        else
            contacts.append({ QString(), trimmed });
    }
    return contacts;
}
