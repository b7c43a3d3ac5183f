#pragma once

#include <QComboBox>
#include <QStringList>

// A filter bar's choice of service: "All services", then the services the
// store knows. Given a new list, it keeps the service chosen (if still there)
// and says nothing: only a person's choice emits currentIndexChanged.
class ServiceChoice final : public QComboBox {
    Q_OBJECT
public:
    ServiceChoice(const QString& objectName, int minimumCharacters, QWidget* parent = nullptr);

    void setServices(const QStringList& services);
    // Empty for all services.
    QString chosen() const { return currentData().toString(); }
};
