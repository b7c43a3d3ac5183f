#pragma once

#include "models/domain/severity.h"

#include <QList>
#include <QWidget>

class QToolButton;

// SEV1…SEV4 as checkable buttons for a filter bar: the severities checked,
// or none for every severity. Buttons are named `<prefix>1` … `<prefix>4`.
class SeverityToggles final : public QWidget {
    Q_OBJECT
public:
    SeverityToggles(const QString& objectNamePrefix, QWidget* parent = nullptr);

    QList<Severity> checked() const;

Q_SIGNALS:
    void changed();

private:
    QList<QToolButton*> m_buttons;
};
