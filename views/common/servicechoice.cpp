#include "views/common/servicechoice.h"

ServiceChoice::ServiceChoice(const QString& objectName, int minimumCharacters, QWidget* parent)
    : QComboBox(parent)
{
    setObjectName(objectName);
    setMinimumContentsLength(minimumCharacters);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    addItem(tr("All services"), QString());
}

void ServiceChoice::setServices(const QStringList& services)
{
    QStringList known;
    for (int i = 1; i < count(); ++i)
        known.append(itemData(i).toString());
    if (known == services)
        return;
    const QString current = chosen();
    const QSignalBlocker quiet(this);
    while (count() > 1)
        removeItem(1);
    for (const QString& service : services)
        addItem(service, service);
    setCurrentIndex(std::max(0, findData(current)));
}
