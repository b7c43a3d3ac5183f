#pragma once

#include "models/domain/clock.h"
#include "models/rules/messagetemplate.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

// Edits the message templates with a live preview filled from the selected
// incident. Unknown placeholders, broken braces and internal facts in external
// text are listed with their lines, and such a template cannot be saved.
// Saved templates go to the user's templates folder and replace shipped ones of the same id.
class TemplateEditorDialog final : public QDialog {
    Q_OBJECT
public:
    // `nextUpdate`: when the incident's next update would be due, for the preview.
    TemplateEditorDialog(TemplateCatalog templates, const Incident& incident, const QDateTime& nextUpdate,
        QString configDirectory, const Clock* clock, QWidget* parent = nullptr);

    const TemplateCatalog& templates() const { return m_templates; }
    QPlainTextEdit* bodyEditor() const { return m_body; }
    QPlainTextEdit* preview() const { return m_preview; }
    QLabel* problems() const { return m_problems; }
    QPushButton* saveButton() const { return m_save; }
    void selectTemplate(const QString& id);

private:
    void showTemplate(int row);
    MessageTemplate edited() const;
    void updatePreview();
    void save(const QString& id);

    TemplateCatalog m_templates;
    Incident m_incident;
    QDateTime m_nextUpdate;
    QString m_configDirectory;
    const Clock* m_clock;
    QListWidget* m_list;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QComboBox* m_audience;
    QLineEdit* m_subject;
    QPlainTextEdit* m_body;
    QPlainTextEdit* m_preview;
    QLabel* m_problems;
    QPushButton* m_save;
    QPushButton* m_saveAs;
    int m_current = -1;
};
