#include "views/dialogs/credentialsdialog.h"

#include "models/domain/credentialvault.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { KeyColumn, PurposeColumn, StateColumn, ColumnCount };
}

CredentialsDialog::CredentialsDialog(CredentialVault* vault, QWidget* parent)
    : QDialog(parent)
    , m_vault(vault)
{
    setObjectName(QStringLiteral("CredentialsDialog"));
    setWindowTitle(tr("Credentials"));
    auto* layout = new QVBoxLayout(this);
    auto* intro
        = new QLabel(tr("Credentials live only in the OS keychain, never in a file, the database or a log, "
                        "and are never shown here. Changes take effect the next time the console starts."),
            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    const QList<CredentialVault::Credential> credentials = vault->credentials();
    m_table = new QTableWidget(static_cast<int>(credentials.size()), ColumnCount, this);
    m_table->setObjectName(QStringLiteral("CredentialsTable"));
    m_table->setHorizontalHeaderLabels({ tr("Key"), tr("What it is for"), tr("State") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(KeyColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(PurposeColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
    for (int row = 0; row < credentials.size(); ++row) {
        const CredentialVault::Credential& credential = credentials.at(row);
        m_table->setItem(row, KeyColumn, new QTableWidgetItem(credential.key));
        QString purpose = credential.purpose;
        if (!credential.environmentVariable.isEmpty())
            purpose += tr(" (from %1)").arg(credential.environmentVariable);
        m_table->setItem(row, PurposeColumn, new QTableWidgetItem(purpose));
        m_table->setItem(row, StateColumn, new QTableWidgetItem(tr("…")));
    }
    layout->addWidget(m_table, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("CredentialsStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto* buttons = new QHBoxLayout;
    m_set = new QPushButton(tr("&Set or replace…"), this);
    m_delete = new QPushButton(tr("&Delete"), this);
    m_import = new QPushButton(tr("&Import from environment"), this);
    m_import->setObjectName(QStringLiteral("ImportCredentials"));
    buttons->addWidget(m_set);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_import);
    layout->addLayout(buttons);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(close);

    QStringList variables;
    for (const CredentialVault::Credential& credential : vault->importable())
        variables.append(credential.environmentVariable);
    m_import->setVisible(!variables.isEmpty());
    m_import->setToolTip(tr("Store %1 in the keychain").arg(variables.join(QLatin1String(", "))));

    connect(m_set, &QPushButton::clicked, this, &CredentialsDialog::askAndStore);
    connect(m_delete, &QPushButton::clicked, this, &CredentialsDialog::confirmAndDelete);
    connect(m_import, &QPushButton::clicked, this, &CredentialsDialog::importFromEnvironment);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::currentCellChanged, this, &CredentialsDialog::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &CredentialsDialog::askAndStore);
    resize(900, 640);
    updateButtons();
    refresh();
}

QString CredentialsDialog::currentKey() const
{
    const QTableWidgetItem* item = m_table->item(m_table->currentRow(), KeyColumn);
    return item ? item->text() : QString();
}

void CredentialsDialog::updateButtons()
{
    const QTableWidgetItem* state = m_table->item(m_table->currentRow(), StateColumn);
    m_set->setEnabled(state != nullptr);
    m_delete->setEnabled(state && state->data(Qt::UserRole).toBool());
}

void CredentialsDialog::refresh()
{
    m_vault->whichAreSet(
        [guard = QPointer<CredentialsDialog>(this)](const QString& error, const QSet<QString>& set) {
            if (!guard)
                return;
            for (int row = 0; row < guard->m_table->rowCount(); ++row) {
                const bool isSet = set.contains(guard->m_table->item(row, KeyColumn)->text());
                QTableWidgetItem* state = guard->m_table->item(row, StateColumn);
                state->setText(!error.isEmpty() ? tr("unknown") : isSet ? tr("Set") : tr("Not set"));
                state->setData(Qt::UserRole, isSet);
                QFont font = state->font();
                font.setBold(isSet);
                state->setFont(font);
            }
            if (!error.isEmpty())
                guard->m_status->setText(
                    tr("The keychain is not available: %1. Credentials cannot be stored, and the "
                       "integrations that need them stay off (there is no plaintext fallback).")
                        .arg(error));
            guard->updateButtons();
        });
}

void CredentialsDialog::showOutcome(const QString& error, const QString& success)
{
    m_status->setText(error.isEmpty() ? success : tr("Not done: %1").arg(error));
    refresh();
    Q_EMIT finishedChange();
}

void CredentialsDialog::askAndStore()
{
    const QString key = currentKey();
    if (key.isEmpty())
        return;
    bool ok = false;
    const QString value = QInputDialog::getText(this, tr("Set %1").arg(key),
        tr("Value for %1 (it is stored in the keychain and not shown again):").arg(key), QLineEdit::Password,
        QString(), &ok);
    if (ok && !value.isEmpty())
        storeValue(key, value.toUtf8());
}

void CredentialsDialog::storeValue(const QString& key, const QByteArray& value)
{
    m_vault->store(key, value, [guard = QPointer<CredentialsDialog>(this), key](const QString& error) {
        if (guard)
            guard->showOutcome(error, tr("Stored %1 in the keychain.").arg(key));
    });
}

void CredentialsDialog::confirmAndDelete()
{
    const QString key = currentKey();
    if (key.isEmpty()
        || QMessageBox::question(this, tr("Delete %1").arg(key), tr("Delete %1 from the keychain?").arg(key))
            != QMessageBox::Yes)
        return;
    deleteValue(key);
}

void CredentialsDialog::deleteValue(const QString& key)
{
    m_vault->remove(key, [guard = QPointer<CredentialsDialog>(this), key](const QString& error) {
        if (guard)
            guard->showOutcome(error, tr("Deleted %1 from the keychain.").arg(key));
    });
}

void CredentialsDialog::importFromEnvironment()
{
    const int count = static_cast<int>(m_vault->importable().size());
    m_vault->importFromEnvironment([guard = QPointer<CredentialsDialog>(this), count](const QString& error) {
        if (guard)
            guard->showOutcome(error,
                tr("Imported %n credential(s) from the environment into the keychain.", nullptr, count));
    });
}
