#pragma once

#include "models/domain/severitypolicy.h"

#include <QDialog>

#include <array>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// The severity table without editing JSON: for SEV1–SEV4 (P0–P3), how soon an incident must be acknowledged
// and the words monitoring tools and people use for it. "Procedures document" fills in seed 002's response
// times (15 minutes, 30 minutes, 2 hours, next business day). Saved to the user's severity-policy.json,
// which the console reads when it starts.
class SeverityTableDialog final : public QDialog {
    Q_OBJECT
public:
    SeverityTableDialog(SeverityPolicy policy, QString file, QWidget* parent = nullptr);

    // The table as the dialog holds it now; nullopt with the reason when it cannot be saved so.
    std::optional<SeverityPolicy> edited(QString* problem) const;
    bool save();

private:
    struct Row {
        QSpinBox* amount;
        QComboBox* unit;
        QLineEdit* words;
    };
    void showPolicy(const SeverityPolicy& policy);
    void useProceduresDocument();

    SeverityPolicy m_policy;
    QString m_file;
    std::array<Row, 4> m_rows {};
    QLabel* m_problem;
};
