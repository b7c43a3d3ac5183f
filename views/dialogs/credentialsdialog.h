#pragma once

#include <QDialog>

class CredentialVault;
class QLabel;
class QPushButton;
class QTableWidget;

// Settings → Credentials: every credential the console uses, what it is for
// and whether it is set in the OS keychain (never its value); set, replace or
// delete one, or import the seed's environment variables once.
class CredentialsDialog final : public QDialog {
    Q_OBJECT
public:
    explicit CredentialsDialog(CredentialVault* vault, QWidget* parent = nullptr);

    // Stores `value` under `key` and shows the outcome; the Set button asks for the value, then calls this.
    void storeValue(const QString& key, const QByteArray& value);
    void deleteValue(const QString& key);
    void importFromEnvironment();
    QTableWidget* table() const { return m_table; }

Q_SIGNALS:
    // A store, delete or import finished (with its outcome shown).
    void finishedChange();

private:
    void refresh();
    void askAndStore();
    void confirmAndDelete();
    void updateButtons();
    QString currentKey() const;
    void showOutcome(const QString& error, const QString& success);

    CredentialVault* m_vault;
    QTableWidget* m_table;
    QLabel* m_status;
    QPushButton* m_set;
    QPushButton* m_delete;
    QPushButton* m_import;
};
